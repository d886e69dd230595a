package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
)

// playerSides types, on a sports page, a name of two words or more that
// the tagger read as a body's or a thing's and nothing gave a class, when
// it stands right before a noun for a player's place in a side (roleNoun:
// no office's, no body's) and a person's name: "Harlow Hawks flanker Ann
// Lee", "Vell-Pellam Rams player Bo Ek". The person plays for it: the
// name is a SportsTeam (player-side).
func (t *Typer) playerSides(res *extract.Result, evs []evidence) {
	for mi, m := range res.Mentions {
		e := m.Entity
		if e < 0 || e >= len(res.Entities) || e >= len(evs) || !evs[e].sportsPage || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		ent := &res.Entities[e]
		if ent.Class != "" || ent.Type != extract.Organization && ent.Type != extract.Miscellaneous || len(strings.Fields(strings.ReplaceAll(m.Text, "-", " "))) < 2 {
			continue
		}
		w := newWindow(res, t.lex, t.g, mi)
		k := w.hi
		if w.lo < 0 || !w.free(k) || w.tag(k) != "NN" || !lower(w.toks[k].Text) || !roleNoun(w.lex.Classes(w.lemma(k))) || !w.personAt(k+1) {
			continue
		}
		ent.Type, ent.Class = extract.Organization, ClassSportsTeam
		ent.Evidence = append(ent.Evidence, extract.Evidence{Method: "typing/player-side", Words: m.Text + " " + w.toks[k].Text})
		for _, mj := range ent.Mentions {
			res.Mentions[mj].Type = extract.Organization
		}
	}
}
