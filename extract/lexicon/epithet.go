package lexicon

import "strings"

// Epithet reports whether w, a capitalised word after a person's name
// and "the", may be a byname: an adjective WordNet knows, or the
// comparative or superlative of one ("Ann Lee the Younger", "Bo the
// Terrible": the epithet rule), and no noun, unless it is such a
// comparative or superlative form, so that a work's title ending in a
// noun that is an adjective too ("Flight of the Radical") is no byname.
func (l *Lexicon) Epithet(w string) bool {
	x := strings.ToLower(w)
	if b := l.Lemma(x, "JJR"); b != x && l.Known(b, Adjective) {
		return true
	}
	return l.Known(x, Adjective) && !l.Known(l.Lemma(x, "NN"), Noun)
}
