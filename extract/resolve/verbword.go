package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// verbWord reports whether mention m, not a person's, is one capitalised
// word that WordNet knows only as a verb, in its base form or as one of
// its forms, and as no noun, adjective or adverb ("Persuade and
// Deter"; "Bolster"), that news writes in lower case more often
// than capitalised, and that no gazetteer or alias table lists: a
// verb the writer capitalised names nothing.
func (r *Resolver) verbWord(m extract.Mention) bool {
	casings, ok := r.aliases.(Casings)
	if !ok || r.words == nil || m.Type == extract.Person || m.Type == extract.EventType || !tokenize.StartsUpper(m.Text) || allCaps(m.Text) || !isLetters(m.Text) {
		return false
	}
	l := strings.ToLower(m.Text)
	verb := r.words.Known(l, lexicon.Verb)
	for _, tag := range [...]string{"VBZ", "VBD", "VBG"} {
		if v := r.words.Lemma(l, tag); v != l && r.words.Known(v, lexicon.Verb) {
			verb = true
			if r.words.Known(v, lexicon.Noun) || r.words.Known(v, lexicon.Adjective) {
				return false
			}
		}
	}
	if !verb || r.words.Known(l, lexicon.Noun) || r.words.Known(r.words.Lemma(l, "NNS"), lexicon.Noun) || r.words.Known(l, lexicon.Adjective) || r.words.Known(l, lexicon.Adverb) {
		return false
	}
	if lo, hi, ok := casings.Casing(m.Text); !ok || lo <= hi {
		return false
	}
	if r.listed(m.Text) {
		return false
	}
	if r.aliased(m) {
		return false
	}
	return true
}
