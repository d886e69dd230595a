package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// abstractName reports whether mention m is one word for a quality or a
// fear that the tagger read as a name: a nation's or a people's adjective
// with "-ness" (the gazetteer's demonym, or an adjective news
// capitalises: "Norlandishness", the nation's character) or a word for a
// fear of something, in "-phobia" (with "o" or "a" before it), which name
// no person, body, place or thing (the abstract-name construction). A
// town in "-ness" whose first part is no such word ("Harlowness",
// "Sheerness") stays.
func (r *Resolver) abstractName(m extract.Mention) bool {
	if strings.ContainsAny(m.Text, " -") || !tokenize.StartsUpper(m.Text) || strings.ToUpper(m.Text) == m.Text {
		return false
	}
	l := strings.ToLower(m.Text)
	if len(l) > len("phobia")+2 && strings.HasSuffix(l, "phobia") {
		return true
	}
	stem, ok := strings.CutSuffix(m.Text, "ness")
	if !ok || len(stem) < 3 || r.aliases == nil {
		return false
	}
	_, typ, _, known := r.aliases.Canonical(stem, extract.Miscellaneous)
	if known && typ == extract.Location {
		return true
	}
	// A proper adjective: one WordNet has that news capitalises.
	casings, ok := r.aliases.(Casings)
	if !ok || r.words == nil || !r.words.Known(strings.ToLower(stem), lexicon.Adjective) {
		return false
	}
	lo, hi, ok := casings.Casing(stem)
	return ok && lo < hi
}
