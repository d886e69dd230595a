package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// joinParticleNames joins two names the recognizer cut at a particle in
// lower case that joins the words of a name (the lexicon's
// SurnameParticle: "de", "du", "del", "van", "der"): "the Palais du
// Tarvo", "Palacio del Tarvo" name one place, as a French, Spanish,
// Italian, Dutch or German name runs over its particle.
// The first is one capitalised word, read as a place's, a body's or a
// thing's, no country's; the second a name of one or two words; the
// joined name takes the first's type (the particle-name construction).
// A person's name is left alone, as is a headline.
func (r *Resolver) joinParticleNames(res *extract.Result) {
	text := res.Doc.Text
	h := res.Headline
	joinNeighbours(res, func(m extract.Mention) bool { return isEntityType(m.Type) && m.Type != extract.EventType }, false, func(a *extract.Mention, b extract.Mention) bool {
		if !lexicon.SurnameParticle(strings.TrimSpace(text[a.End:b.Start])) || text[a.End] != ' ' || text[b.Start-1] != ' ' {
			return false
		}
		if h.End > h.Start && a.Start < h.End || a.Type == extract.Person || b.Type == extract.Person || strings.Contains(a.Text, " ") || !capitalisedWord(a.Text) || r.countryWord(a.Text) {
			return false
		}
		if f := strings.Fields(b.Text); len(f) > 2 || !nameWords(b.Text) {
			return false
		}
		a.End, a.Text, a.Class = b.End, text[a.Start:b.End], ""
		return true
	})
}
