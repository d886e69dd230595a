package resolve

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// lowerShare is how many times as often news must write each word of a
// capitalised common phrase in lower case as capitalised inside a
// sentence for commonPhrase to read the capitals as the writer's:
// "rights" and "citizens", not "office" or "labour" alone.
const lowerShare = 2

// commonPhrase reports whether mention m, inside a sentence and with no
// article "the" before it, is a common noun's phrase a writer has
// capitalised ("higher Oil Sales", "the lives of Hill Farmers"):
// the document writes the same words in lower case elsewhere ("water
// rights"), news writes each word in lower case more than lowerShare
// times as often as capitalised, WordNet knows the last as a noun, and
// no word is one bodies' names are made of ("Office", "Party",
// "Times"). A name the gazetteer or the alias table knows is one
// ("Labour"), "the Budget", "the Cabinet" name one thing each, and one
// word a body's is left alone (a firm may be named by one common noun).
func (r *Resolver) commonPhrase(res *extract.Result, m extract.Mention) bool {
	casings, ok := r.aliases.(Casings)
	if !ok || r.words == nil || m.Type == extract.EventType || m.Type == extract.Person || m.Sentence < 0 || m.Sentence >= len(res.Sentences) || allCaps(m.Text) {
		return false
	}
	words := strings.Fields(m.Text)
	if len(words) == 0 || len(words) == 1 && m.Type == extract.Organization {
		// One common noun is a firm's name as often ("shares in
		// Acme's rival Lantern rose", "a lantern" elsewhere).
		return false
	}
	for _, w := range words {
		if !tokenize.StartsUpper(w) || !isLetters(w) || isFunctionWord(w) {
			return false
		}
		l := strings.ToLower(w)
		if r.words.NameWord(l) || r.words.NameWord(r.words.Lemma(l, "NNS")) {
			return false
		}
		lo, hi, ok := casings.Casing(w)
		if !ok || lo <= lowerShare*hi {
			return false
		}
	}
	last := strings.ToLower(words[len(words)-1])
	if !r.words.Known(r.words.Lemma(last, "NNS"), lexicon.Noun) {
		return false
	}
	if r.listed(m.Text) {
		return false
	}
	if r.aliased(m) {
		return false
	}
	toks := res.Sentences[m.Sentence].Tokens
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= m.Start })
	if k == 0 || k >= len(toks) || toks[k].Start != m.Start {
		return false // a sentence's first word is left to initialNoun
	}
	// After a word in lower case, not "the", nor a function word
	// inside a longer name ("the Convention on Oil Sales").
	if prev := toks[k-1].Text; !tokenize.StartsLower(prev) || prev == "the" || isFunctionWord(prev) && k >= 2 && tokenize.StartsUpper(toks[k-2].Text) {
		return false
	}
	return wordIn(res.Doc.Text, strings.ToLower(m.Text))
}
