package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// namePrefixes are the prefixes English writes in lower case with a
// hyphen before a name to make a word of its own ("ex-Acme boss",
// "anti-Tarvik protests", "all-Norlandic final", "un-Norlandic"): the
// nounPrefixes and "un", "all", "pro" and "double", a closed list. An
// Arabic article ("al-", "el-") is part of the name and no such prefix.
// It is not the lexicon's Prefix, which trimAffix reads: that class
// lacks "un", "all", "double", "cross" and "multi", and has "pan",
// "neo", "super", "ultra", "inter", "trans", "counter" and "under",
// which this rule would then cut off a name the tagger read whole, or
// drop it ("pan-Norlandic", "trans-Tarvik"), answers it does not give
// now.
var namePrefixes = map[string]bool{"un": true, "all": true, "pro": true, "double": true}

// trimNamePrefixes takes such a prefix off the name the tokenizer glued it
// to ("ex-Acme" is Acme, "anti-Ann Lee" Ann Lee), and drops the mention
// when what is left is an adjective ("all-Norlandic", "un-Norlandic":
// a demonym the aliases know or a word WordNet has as an adjective) or a
// common word news capitalises less often than not ("ex-Cabinet
// minister"), which names no one. A one-word rest of a whole read as a
// miscellaneous word ("anti-Tarvik protests") may be anything: it is
// kept, with the type of its other mention, only where the document
// names it so elsewhere (the name-prefix rule).
func (r *Resolver) trimNamePrefixes(res *extract.Result) {
	casings, _ := r.aliases.(Casings)
	kept := res.Mentions[:0]
	for _, m := range res.Mentions {
		pre, rest, ok := strings.Cut(m.Text, "-")
		if !ok || !isEntityType(m.Type) || !namePrefixes[pre] && !nounPrefixes[pre] || rest == "" || !tokenize.StartsUpper(rest) {
			kept = append(kept, m)
			continue
		}
		if r.adjectiveWord(rest) || casings != nil && !strings.Contains(rest, " ") && commonWord(casings, rest) {
			continue
		}
		if m.Type == extract.Miscellaneous && !strings.Contains(rest, " ") {
			t := namedType(res, rest)
			if t == "" {
				continue
			}
			m.Type = t
		}
		m.Start += len(pre) + 1
		m.Text = rest
		kept = append(kept, m)
	}
	res.Mentions = kept
}

// adjectiveWord reports whether w, one word, is a demonym the aliases
// know or an adjective WordNet has and no noun.
func (r *Resolver) adjectiveWord(w string) bool {
	if strings.ContainsAny(w, " -") {
		return false
	}
	if d, ok := r.aliases.(Demonyms); ok && d.IsDemonym(w) {
		return true
	}
	l := strings.ToLower(w)
	return r.words != nil && r.words.Known(l, lexicon.Adjective) && !r.words.Known(l, lexicon.Noun)
}
