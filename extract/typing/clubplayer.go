package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// A club is often named by its town alone, and the sports pages name a
// player by his club before his name: "Harlow's Ann Lee", "Harlow star
// Ann Lee", "Harlow youngster Bo Ek". A country so named gives the
// player's country ("Norland's Ann Lee"), and off the pages of clubs a
// town gives the player's home; but on a sports page that names a club
// of a town already (a town's side in a result, a transfer, a list), a
// town's possessive or a town and a noun for a person right before a
// person's name is the player's club (club-player).

// clubPage reports whether a mention of res other than those of entity e
// is read as a side and names no country nor a person: a club of a town
// or a body ("Harlow beat Pellam 2-1", "Acme lost to Pellam"; not "Ann
// Lee beat Bo Ek").
func (t *Typer) clubPage(res *extract.Result, team []bool, e int) bool {
	for mj, m := range res.Mentions {
		if team[mj] && m.Entity >= 0 && m.Entity < len(res.Entities) && m.Entity != e && res.Entities[m.Entity].Type != extract.Person &&
			!t.nation(&res.Entities[m.Entity]) {
			return true
		}
	}
	for i := range res.Entities {
		if i != e && res.Entities[i].Class == ClassSportsTeam && !t.nation(&res.Entities[i]) {
			return true
		}
	}
	return false
}

// clubPlayer reports whether mention m, a town's name in window w, names
// a player's club: the gazetteer knows it as a town's and no country's
// nor only as a division's ("Vell County"), and its possessive, or a singular noun in lower case for
// a player or a person that names no office, trade, home or tie
// (PlayerNoun), stands right before a person's name ("Harlow's Ann Lee",
// "Harlow star Ann Lee"). The caller checks the page is a club's.
func (t *Typer) clubPlayer(res *extract.Result, w *window, m extract.Mention) bool {
	if t.g == nil || m.Entity < 0 || m.Entity >= len(res.Entities) || t.nation(&res.Entities[m.Entity]) {
		return false
	}
	if !t.townNotCountry(m.Text) || t.g.Division(m.Text) {
		return false
	}
	k := w.hi
	if w.possessive(k) {
		return w.personAt(k + 1)
	}
	return w.free(k) && w.tag(k) == "NN" && tokenize.StartsLower(w.toks[k].Text) && PlayerNoun(w.lex, w.lemma(k)) && w.personAt(k+1)
}

// PlayerNoun reports whether lemma names a side's player or official
// (the lexicon's SportRole: "striker", "coach"), a star (Performer), or
// a kind of person that is no office's holder, trade, resident, citizen,
// relative, member, victim, culprit, candidate or spokesman ("youngster",
// "veteran"; not "mayor", "lawyer", "resident", "fan").
func PlayerNoun(lex *lexicon.Lexicon, lemma string) bool {
	c := lex.Classes(lemma)
	if c.Has(lexicon.SportRole) || c.Has(lexicon.Performer) {
		return true
	}
	if !c.Has(lexicon.PersonNoun) {
		return false
	}
	for _, x := range []lexicon.Class{lexicon.Office, lexicon.Occupation, lexicon.Resident, lexicon.Inhabitant, lexicon.Citizen, lexicon.Kinship,
		lexicon.Membership, lexicon.Victim, lexicon.Perpetrator, lexicon.Candidate, lexicon.Spokesperson, lexicon.Counsel, lexicon.Envoy,
		lexicon.Musician, lexicon.Associate, lexicon.Character} {
		if c.Has(x) {
			return false
		}
	}
	return true
}

// againstPlurals counts, on a sports page, a name of one capitalised
// plural word read as a thing's or a body's of no class right after
// "against" as a side's ("scored twice against Tarviks last
// month": against-plural): a side played against is named so, where a
// people would take "the" (demonym-side). Not a people's or a country's
// name, nor a name the gazetteer knows as a place's or a person's.
func (t *Typer) againstPlurals(res *extract.Result, evs []evidence) {
	for mi, m := range res.Mentions {
		if m.Entity < 0 || m.Entity >= len(evs) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) || !t.placeName(m) {
			continue
		}
		e := &res.Entities[m.Entity]
		if e.Type != extract.Miscellaneous && e.Type != extract.Organization || e.Class != "" || len(strings.Fields(m.Text)) != 1 || !pluralNickname(m.Text) {
			continue
		}
		if t.g != nil && t.g.Match(gazetteer.Tokens(m.Text)...)&(gazetteer.CatCountry|gazetteer.CatDemonym|gazetteer.CatCity|gazetteer.CatRegion|gazetteer.CatPerson|gazetteer.CatLoc|gazetteer.CatFirst|gazetteer.CatLast) != 0 {
			continue
		}
		w := newWindow(res, t.lex, t.g, mi)
		if w.lo < 1 || !w.free(w.lo-1) || w.word(w.lo-1) != "against" || w.possessive(w.hi) {
			continue
		}
		ev := &evs[m.Entity]
		ev.team++
		ev.reasons = append(ev.reasons, reason{"team", "against-plural", "against"})
	}
}
