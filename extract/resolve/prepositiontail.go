package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// joinPrepositionTails joins a name of two words or more that ends in a
// capitalised preposition to the name right after it, one space between:
// no name ends in a preposition, and a title capitalises its own ("on
// Flight From Harlow and ...", which the recognizer read as "Flight From"
// and a place, "Harlow"). The whole is a work's title, miscellaneous (the
// preposition-tail rule).
func joinPrepositionTails(res *extract.Result) {
	text := res.Doc.Text
	joinNeighbours(res, func(m extract.Mention) bool { return isEntityType(m.Type) && m.Type != extract.EventType }, false, func(a *extract.Mention, b extract.Mention) bool {
		if b.End > len(text) || text[a.End:b.Start] != " " || strings.Count(a.Text, " ") < 1 || !prepositionEnd(*a) {
			return false
		}
		a.End = b.End
		a.Text = text[a.Start:a.End]
		a.Type, a.Class = extract.Miscellaneous, ""
		return true
	})
}

// tailPrepositions are the prepositions a work's title may hold before a
// name ("Flight From Harlow", "Road Into Tarvik"), a closed list; "of",
// "in", "on", "at" and "to", which bodies' and places' names hold too,
// are left to the rules of those names. It is neither the lexicon's
// PlacePreposition nor headlineFunctionWords' splitPrepositions, though
// it shares words with each: the first holds "in", "at" and "to" and the
// prepositions of a place alone ("near", "outside", "around", "off"),
// the second those a headline capitalises between two names it runs
// together ("for", "by", "on", "amid", "via", "vs"), and both lack the
// prepositions of a title's phrase ("beyond", "between", "through",
// "upon", "within", "behind", "beneath").
var tailPrepositions = map[string]bool{"from": true, "into": true, "with": true, "without": true, "under": true, "over": true, "beyond": true,
	"between": true, "through": true, "across": true, "against": true, "upon": true, "within": true, "among": true, "toward": true, "towards": true,
	"behind": true, "beneath": true}

// prepositionEnd reports whether mention m ends in a capitalised word of
// tailPrepositions ("From", "Into").
func prepositionEnd(m extract.Mention) bool {
	at := strings.LastIndexByte(m.Text, ' ')
	last := m.Text[at+1:]
	return tokenize.StartsUpper(last) && !allCaps(last) && tailPrepositions[strings.ToLower(last)]
}
