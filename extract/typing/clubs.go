package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// placeClub reports whether name is a club's as clubs are named after
// their town: a place's name the gazetteer knows, of no adjective, and
// one capitalised word no place's name ends in, an adjective that is no
// noun ("Harlow United", "Pellam Athletic"), or a word for a settlement
// ("Harlow City", "Pellam Town", "Vell County"), when the gazetteer
// knows no place by the whole name (a town named "X City" is a town).
// So does a smaller town the gazetteer lists, or one whose name is a
// given name too ("Arden State"), when no body is so named, and a
// town's initials that the gazetteer does not know ("NV United").
// The place-club construction reads it on a page with a sports page's
// words only: off one such a name may be a party's or the town itself.
func (t *Typer) placeClub(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || t.g == nil {
		return false
	}
	last := words[len(words)-1]
	if !tokenize.StartsUpper(last) || strings.ToUpper(last) == last {
		return false
	}
	l := strings.ToLower(last)
	adjective := t.lex.Known(l, lexicon.Adjective) && !t.lex.Known(l, lexicon.Noun) && !t.lex.Known(t.lex.Lemma(l, "NNS"), lexicon.Noun)
	if !adjective && !t.lex.Is(t.lex.Lemma(l, "NN"), lexicon.Settlement) {
		return false
	}
	if t.g.Match(gazetteer.Tokens(last)...)&(gazetteer.CatDemonym|gazetteer.CatCountry) != 0 {
		return false
	}
	if t.g.Match(gazetteer.Tokens(name)...)&(gazetteer.CatCountry|gazetteer.CatRegion|gazetteer.CatBigCity|gazetteer.CatLoc|gazetteer.CatPerson) != 0 ||
		len(t.g.Places(name)) > 0 {
		return false
	}
	// The town's name is no adjective or demonym ("West County",
	// "Middle Southern" and "Norlandic Indoor" are no clubs).
	for _, w := range words[:len(words)-1] {
		l := strings.ToLower(w)
		if t.lex.Known(l, lexicon.Adjective) || t.g.Match(gazetteer.Tokens(w)...)&gazetteer.CatDemonym != 0 {
			return false
		}
	}
	// A town the gazetteer lists that is no place knownPlace takes (a
	// small town, or one whose name is a given name or a surname too)
	// names a club as well ("Arden State", a college's side): the
	// whole is no person's the gazetteer knows.
	town := strings.Join(words[:len(words)-1], " ")
	// A town's initials the gazetteer does not know stand for it too
	// ("NV United", "NV State").
	return t.knownPlace(town) || t.g.Match(gazetteer.Tokens(town)...)&(gazetteer.CatCity|gazetteer.CatBigCity) != 0 && !knownBody(t.g, town) ||
		len(words) == 2 && t.unknownInitials(town)
}

// unknownInitials reports whether x is two to four capital letters
// (perhaps with full stops) that the gazetteer knows by no category: a
// place's or a club's initials ("NV", "F.C.").
func (t *Typer) unknownInitials(x string) bool {
	bare := strings.ReplaceAll(x, ".", "")
	if len(bare) < 2 || len(bare) > 4 || strings.ToUpper(bare) != bare || strings.ToLower(bare) == bare {
		return false
	}
	for _, r := range bare {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return t.g.Match(gazetteer.Tokens(x)...) == 0 && t.g.Match(gazetteer.Tokens(bare)...) == 0
}

// initialsClub reports whether name is unknown initials and a town's
// name the gazetteer knows, no country's or region's ("NV Harlow"; not
// "NVTV Norland", a body's branch), the whole no place, body or person
// it knows, or initials that placeClub reads as a town's ("NV United"):
// a club's, as "FC" or "AC" and its town name one, on a sports page
// (initials-club).
func (t *Typer) initialsClub(name string) bool {
	words := strings.Fields(name)
	if len(words) != 2 || t.g == nil || !t.unknownInitials(words[0]) {
		return false
	}
	return t.placeClub(name) || tokenize.StartsUpper(words[1]) && t.knownPlace(words[1]) &&
		t.g.Match(gazetteer.Tokens(words[1])...)&(gazetteer.CatCountry|gazetteer.CatRegion|gazetteer.CatArea) == 0 &&
		t.g.Match(gazetteer.Tokens(name)...) == 0 && len(t.g.Places(name)) == 0
}

// clubByName makes a place's, a person's or a miscellaneous name that
// placeClub or initialsClub reads as a club's a SportsTeam on a page with a sports page's
// words (a player's noun, a contest's, a game's, a score: sportCues), when
// no word beside it says a person or a work; it reports whether it did.
func (t *Typer) clubByName(e *extract.Entity, ev *evidence) bool {
	// A name the tagger read as a body's is a club's too when
	// initials open it, on a sports page: "NV Harlow", "NV United".
	initials := ev.sportsPage && t.initialsClub(e.Name)
	if !ev.sportsPage && !ev.sportWords || e.Type == extract.Organization && (e.Class != "" || !initials) || e.Type == extract.EventType || ev.work || ev.personCtx > 0 || ev.personWord ||
		ev.titleFirst || !t.placeClub(e.Name) && !initials {
		return false
	}
	e.Type, e.Class = extract.Organization, ClassSportsTeam
	e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/place-club", Words: lastWord(e.Name)})
	return true
}

// listedClub makes a one-word name the tagger read as a person's, never
// written with another word, a SportsTeam on a sports page when the
// gazetteer knows it as a body's and not as a given name, a surname or a
// person's ("Harlow's Ann Lee", "the captain of Harlow"); it reports
// whether it did.
func (t *Typer) listedClub(e *extract.Entity, ev *evidence) bool {
	if !ev.sportsPage || e.Type != extract.Person || t.g == nil || len(strings.Fields(e.Name)) != 1 || strings.ToUpper(e.Name) == e.Name ||
		ev.personCtx > 0 || ev.personWord || ev.titleFirst || ev.lives > 0 || ev.work {
		return false
	}
	for _, a := range e.Aliases {
		if len(strings.Fields(a)) != 1 {
			return false
		}
	}
	if !bodyOnly(t.g.Match(gazetteer.Tokens(e.Name)...), t.g.GivenName(e.Name)) {
		return false
	}
	e.Type, e.Class = extract.Organization, ClassSportsTeam
	e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/listed-club", Words: e.Name})
	return true
}

// listedTeam makes a name of two words or more the tagger read as a
// body's, of no class, a SportsTeam on a page with a sports page's words
// when the gazetteer lists it, or a form of it the page writes, as a
// sports team's or club's only and as no place's or person's ("the
// Harlow Sea Hawks" where the list holds that team), and nothing around
// it says another kind of body, a work or a person (listed-team). It
// reports whether it did.
func (t *Typer) listedTeam(e *extract.Entity, ev *evidence) bool {
	if !ev.sportsPage && !ev.sportWords || e.Type != extract.Organization || e.Class != "" || t.g == nil ||
		ev.work || ev.personCtx > 0 || ev.personWord || ev.titleFirst {
		return false
	}
	if _, w := ev.best(isOrgClass); w > 0 {
		return false
	}
	n, ok := t.listedOnly(e, func(n string) bool { return len(strings.Fields(n)) >= 2 && t.g.TeamName(n) })
	if !ok {
		return false
	}
	e.Class = ClassSportsTeam
	e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/listed-team", Words: n})
	return true
}

// placeOrPerson is what the gazetteer lists places and people as.
const placeOrPerson = gazetteer.CatLoc | gazetteer.CatCountry | gazetteer.CatRegion | gazetteer.CatCity | gazetteer.CatBigCity | gazetteer.CatPerson

// listedOnly returns the first of e's name and aliases that listed
// reports and that the gazetteer lists as no place's or person's
// (listed-team, listed-band).
func (t *Typer) listedOnly(e *extract.Entity, listed func(string) bool) (string, bool) {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if listed(n) && t.g.Match(gazetteer.Tokens(n)...)&placeOrPerson == 0 {
			return n, true
		}
	}
	return "", false
}

// onlyFullNames reports whether every form of e's name has two words or
// more: a ground's name is not cut to its last word, as a person's is to
// the surname ("Vell Park" ... "Park said").
func onlyFullNames(e *extract.Entity) bool {
	if len(strings.Fields(e.Name)) < 2 {
		return false
	}
	for _, a := range e.Aliases {
		if len(strings.Fields(a)) < 2 {
			return false
		}
	}
	return true
}

// bodyOnly reports whether the gazetteer's categories c for a name say a
// body's and no person's: no given name (nor given, another list's),
// surname or person's name.
func bodyOnly(c gazetteer.Category, given bool) bool {
	return c&gazetteer.CatOrg != 0 && c&(gazetteer.CatFirst|gazetteer.CatLast|gazetteer.CatPerson) == 0 && !given
}

// groundName reports whether e's name is a ground's on a sports page, as
// groundHead reads its last word, when a place frame places it ("at
// Harlow Park") or, opening with no given name, it is never cut to its
// last word ("his Harlow Park job"), as a person's name is cut.
func (t *Typer) groundName(e *extract.Entity, ev *evidence) bool {
	return (ev.placeCtx > 0 || onlyFullNames(e) && !t.givenFirst(e.Name)) && t.groundHead(e.Name)
}

// nicknameClub makes a one-word name in the plural that teamPlural reads
// ("Kestrels", "Herons") a SportsTeam on a sports page, when a lower-case
// "the" stands before a mention that ends its noun phrase ("for the
// Herons.", "the Kestrels won"), the gazetteer knows it as no part of a
// person's name nor as a place's, its singular is no contest's or
// game's word ("the Tests") nor an office's or an occupation's ("the
// Directors"), and no word around it votes for a body's or a place's
// class; it reports whether it did (nickname-club).
func (t *Typer) nicknameClub(e *extract.Entity, ev *evidence) bool {
	if !ev.sportsPage || ev.theName == 0 || t.g == nil || e.Type == extract.EventType || e.Type == extract.Organization && e.Class != "" ||
		ev.work || ev.personCtx > 0 || ev.personWord || ev.titleFirst || ev.lives > 0 {
		return false
	}
	name := e.Name
	if len(strings.Fields(name)) != 1 || len(e.Aliases) > 0 || !strings.HasSuffix(name, "s") || strings.HasSuffix(name, "ss") ||
		t.g.Match(gazetteer.Tokens(name)...)&(gazetteer.CatFirst|gazetteer.CatLast|gazetteer.CatPerson|gazetteer.CatLoc) != 0 || t.g.GivenName(name) {
		return false
	}
	if l := t.lex.Lemma(name, "NNS"); t.lex.Is(l, lexicon.EventSport) || t.lex.Is(l, lexicon.SportGame) || t.lex.Is(l, lexicon.Office) ||
		t.lex.Is(l, lexicon.Occupation) || !t.teamPlural(name) {
		return false
	}
	if _, w := ev.best(isOrgClass); w > 0 {
		return false
	}
	if _, w := ev.best(isPlaceClass); w > 0 {
		return false
	}
	e.Type, e.Class = extract.Organization, ClassSportsTeam
	e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/nickname-club", Words: name})
	return true
}
