package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// playerSides types, on a sports page, a name of two words or more that
// the tagger read as a body's or a thing's and nothing gave a class, when
// it stands right before a noun for a player's place in a side (roleNoun:
// no office's, no body's) and a person's name: "Harlow Hawks flanker Ann
// Lee", "Orlen-Tarvik Otters striker Bo Ek". The person plays for it: the
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
		if w.lo < 0 || !w.free(k) || w.tag(k) != "NN" || !tokenize.StartsLower(w.toks[k].Text) || !roleNoun(w.lex.Classes(w.lemma(k))) || !w.personAt(k+1) {
			continue
		}
		ent.Type, ent.Class = extract.Organization, ClassSportsTeam
		ent.Evidence = append(ent.Evidence, extract.Evidence{Method: "typing/player-side", Words: m.Text + " " + w.toks[k].Text})
		for _, mj := range ent.Mentions {
			res.Mentions[mj].Type = extract.Organization
		}
	}
}

// teamNamed types a name of two words or more, no possessive in it, that
// opens with a capitalised noun for a side that is a side's word in sport
// and no other body's ("Team", not "Club" nor a number's "Five": "Team
// Harlow") and that the tagger read as a place's, a
// body's or a thing's, of no class, and the gazetteer lists as no place
// or body: a team's name, as "Team" heads it. On a page with a sports
// page's words it is a SportsTeam, elsewhere a body of no class
// (team-named).
func (t *Typer) teamNamed(res *extract.Result, evs []evidence) {
	for e := range res.Entities {
		ent := &res.Entities[e]
		f := strings.Fields(ent.Name)
		if e >= len(evs) || ent.Class != "" || ent.Type == extract.Person || ent.Type == extract.EventType || len(f) < 2 || tokenize.StartsLower(f[0]) || tokenize.StartsLower(f[1]) {
			continue
		}
		if l := strings.ToLower(f[0]); !t.lex.Is(l, lexicon.Team) || !t.lex.Is(l, lexicon.SportRole) || t.lex.Is(l, lexicon.Organization) || strings.ContainsAny(ent.Name, "'’") {
			continue
		}
		if t.g != nil && t.g.Match(gazetteer.Tokens(ent.Name)...) != 0 {
			continue
		}
		ent.Type = extract.Organization
		if evs[e].sportWords {
			ent.Class = ClassSportsTeam
		}
		ent.Evidence = append(ent.Evidence, extract.Evidence{Method: "typing/team-named", Words: f[0]})
		for _, mi := range ent.Mentions {
			res.Mentions[mi].Type = extract.Organization
		}
	}
}
