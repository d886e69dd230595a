package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// joinSaintNames joins the abbreviation "St", "St." or "Saint", which
// the recognizer read as a name of its own, to the capitalised name
// right after it ("St. Tarva" read as a body's "St." and a person's
// "Tarva"): a saint's title opens the name after it, and the name it
// makes is a place's as often as a saint's, which the typer reads. A
// capitalised word for a natural feature right before it, in no name
// ("Mount", "Lake"), opens the name too, a place's ("Lake St. Orvel":
// the saint-name construction).
func (r *Resolver) joinSaintNames(res *extract.Result) {
	text := res.Doc.Text
	joinNeighbours(res, func(m extract.Mention) bool { return isEntityType(m.Type) && m.Type != extract.EventType }, false, func(a *extract.Mention, b extract.Mention) bool {
		if !saintTitle(a.Text) || b.Start != a.End+1 || text[a.End] != ' ' || !capitalisedWord(strings.Fields(b.Text)[0]) {
			return false
		}
		a.End, a.Text, a.Type, a.Class = b.End, text[a.Start:b.End], b.Type, ""
		if r.words == nil {
			return true
		}
		s, lo, _, ok := mentionTokens(res, *a)
		if !ok || lo == 0 {
			return true
		}
		w := s.Tokens[lo-1]
		if capitalisedWord(w.Text) && w.End+1 == a.Start && r.words.Is(strings.ToLower(w.Text), lexicon.NaturalFeature) && !inAnyMention(res, w.Start) {
			a.Start, a.Text, a.Type = w.Start, text[w.Start:a.End], extract.Location
		}
		return true
	})
}
