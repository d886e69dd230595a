package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// celestialBodies makes a place of a one-word name that WordNet gives a
// planet, a moon or a star ("Earth", "Mars") when the tagger read it as a
// person's or another name and the page is about heavenly bodies: it
// names a common noun for one ("the asteroid", "planets"), or two such
// names ("the Sun ... Earth"). A body's name that is also a planet's
// ("Acme Mars") has more words; one word the tagger read as a body's is
// left alone (a firm: "Sun said").
func (t *Typer) celestialBodies(res *extract.Result) {
	var bodies []int
	for e := range res.Entities {
		ent := &res.Entities[e]
		if ent.Type != extract.Person && ent.Type != extract.Miscellaneous || ent.Class != "" || strings.Contains(ent.Name, " ") ||
			!t.lex.Is(strings.ToLower(ent.Name), lexicon.CelestialBody) {
			continue
		}
		whole := true
		for _, mi := range ent.Mentions {
			if mi < 0 || mi >= len(res.Mentions) || res.Mentions[mi].Text != ent.Name {
				whole = false
			}
		}
		if whole {
			bodies = append(bodies, e)
		}
	}
	if len(bodies) == 0 || len(bodies) < 2 && !t.celestialNoun(res) {
		return
	}
	for _, e := range bodies {
		ent := &res.Entities[e]
		ent.Type, ent.Class = extract.Location, ""
		ent.Evidence = append(ent.Evidence, extract.Evidence{Method: "typing/celestial-body", Words: ent.Name})
	}
}

// celestialNoun reports whether the document has a common noun for a
// heavenly body that is no person's nor a performer's ("planet",
// "asteroid"; not "star").
func (t *Typer) celestialNoun(res *extract.Result) bool {
	for _, s := range res.Sentences {
		for i, tag := range s.POS {
			if (tag == "NN" || tag == "NNS") && i < len(s.Lemma) && i < len(s.Tokens) && lower(s.Tokens[i].Text) &&
				t.lex.Is(s.Lemma[i], lexicon.CelestialNoun) && !t.lex.Is(s.Lemma[i], lexicon.PersonNoun) && !t.lex.Is(s.Lemma[i], lexicon.Performer) {
				return true
			}
		}
	}
	return false
}

// systemNames makes a miscellaneous name of one that WordNet gives an
// operating system ("Linux", "Unix") when the tagger read it as a
// person's, a place's or a body's, or a construction gave it another
// class: a program, not who or where. A body's name that holds one has
// more words ("Acme Linux"), and every mention must be the name alone.
func (t *Typer) systemNames(res *extract.Result) {
	for e := range res.Entities {
		ent := &res.Entities[e]
		if ent.Type == extract.EventType || ent.Type == extract.Miscellaneous && ent.Class == "" ||
			!t.lex.Is(strings.ToLower(ent.Name), lexicon.SoftwareName) {
			continue
		}
		whole := true
		for _, mi := range ent.Mentions {
			if mi < 0 || mi >= len(res.Mentions) || !strings.EqualFold(res.Mentions[mi].Text, ent.Name) {
				whole = false
			}
		}
		if !whole {
			continue
		}
		ent.Type, ent.Class = extract.Miscellaneous, ""
		ent.Evidence = append(ent.Evidence, extract.Evidence{Method: "typing/system-name", Words: ent.Name})
	}
}
