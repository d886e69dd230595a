package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// trimAgencySources cuts from a name in a dateline's agency brackets the
// other sources a credit adds after "&" or "and" ("HARLOW (Acme Online &
// News Agencies) -" names Acme Online, "(Acme Wire and agencies)" Acme
// Wire): the words after the conjunction are nouns WordNet has, the last
// a plural of a word for a kind of organisation or news medium; the
// others are no part of the outlet's name (the agency-sources
// construction). A name such as "Vell & Sons" is left whole: sons are
// no organisations.
func (r *Resolver) trimAgencySources(res *extract.Result) {
	if r.words == nil {
		return
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || !datelineCredit(res, *m) {
			continue
		}
		cut := -1
		for _, c := range []string{" & ", " and "} {
			if k := strings.Index(m.Text, c); k > 0 && r.sourceNouns(strings.Fields(m.Text[k+len(c):])) {
				cut = k
				break
			}
		}
		if cut < 0 {
			continue
		}
		m.End = m.Start + cut
		m.Text = m.Text[:cut]
	}
}

// sourceNouns reports whether words are nouns WordNet has, the last a
// plural of a word for a kind of organisation or news medium ("News
// Agencies", "agencies").
func (r *Resolver) sourceNouns(words []string) bool {
	if len(words) == 0 {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if !r.words.Known(strings.ToLower(w), lexicon.Noun) {
			return false
		}
	}
	last := words[len(words)-1]
	one := r.words.Lemma(last, "NNS")
	return one != strings.ToLower(last) && (r.words.Is(one, lexicon.Organization) || r.words.Is(one, lexicon.NewsMedia))
}
