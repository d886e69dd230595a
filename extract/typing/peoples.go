package typing

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/tokenize"
)

// peopleOnly drops the countries that the document names only by their
// people in the plural ("Norlanders voted in huge numbers", "three
// Norlanders were freed") or by an adjective before "people" ("the
// Norlandic people": demonymPeople), neither by the country's name nor by
// another adjective, and that no construction read as a side (people-demonym): a
// people is no place; and those it names only so or by a demonym that
// describes a player (demonymPlayer: "the Norlandic qualifier"), which
// says where the player is from and nothing of the country's role
// (demonym-player; sport says the page has a sports page's words:
// sportCues). Their mentions join no entity, keep the country's name as
// their Value (resolve.MethodPeopleDemonym), and the other entities are
// renumbered.
func (t *Typer) peopleOnly(res *extract.Result, sport bool) {
	if t.co == nil {
		return
	}
	drop := make([]bool, len(res.Entities))
	dropped := false
	for e := range res.Entities {
		ent := &res.Entities[e]
		if ent.Type != extract.Location || ent.Class != ClassCountry || len(ent.Mentions) == 0 ||
			slices.ContainsFunc(ent.Mentions, func(mi int) bool {
				return !t.peoplePlural(res, res.Mentions[mi]) && !t.demonymPlayer(res, res.Mentions[mi], sport) && !t.demonymPeople(res, res.Mentions[mi])
			}) {
			continue
		}
		drop[e], dropped = true, true
	}
	if !dropped {
		return
	}
	index := make([]int, len(res.Entities))
	var kept []extract.Entity
	for e, ent := range res.Entities {
		index[e] = -1
		if !drop[e] {
			index[e] = len(kept)
			kept = append(kept, ent)
		}
	}
	for mi := range res.Mentions {
		m := &res.Mentions[mi]
		if m.Entity < 0 || m.Entity >= len(index) {
			continue
		}
		if drop[m.Entity] {
			method := resolve.MethodPeopleDemonym
			if !t.peoplePlural(res, *m) {
				method = resolve.MethodDemonymModifier
			}
			m.Value, m.Method = res.Entities[m.Entity].Name, method
		}
		m.Entity = index[m.Entity]
	}
	res.Entities = kept
}

// demonymPeople reports whether mention m is a country's demonym before
// "people" in lower case, which ends its noun phrase: "the Norlandic
// people", the people and not the country (the demonym-people rule;
// "people" alone, the plural of "person": "Norlandic people-smugglers"
// and "Norlandic people power" are left alone).
func (t *Typer) demonymPeople(res *extract.Result, m extract.Mention) bool {
	if m.Method != resolve.MethodAlias && m.Method != resolve.MethodAdjective || !t.co.IsDemonym(m.Text) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	_, hi := s.TokenSpan(m.Start, m.End)
	if hi < 0 || hi >= len(s.Tokens) || s.Tokens[hi].Text != "people" {
		return false
	}
	if n := hi + 1; n < len(s.Tokens) && len(s.POS) == len(s.Tokens) && strings.HasPrefix(s.POS[n], "NN") {
		return false
	}
	return true
}

// peoplePlural reports whether mention m, which the resolver read as a
// country's alias or adjective, is a demonym the data lists in the plural
// ("Norlanders"; not a word in -ss, "Swiss", which is an adjective too)
// that no name follows (lonePluralDemonym).
func (t *Typer) peoplePlural(res *extract.Result, m extract.Mention) bool {
	return (m.Method == resolve.MethodAlias || m.Method == resolve.MethodAdjective) && t.co.IsDemonym(m.Text) && t.lonePluralDemonym(res, m)
}

// demonymPlayer reports whether mention m is a country's demonym before
// a noun for a player or a sportsman heading its noun phrase, perhaps
// after up to two adjectives in lower case, with no name after it, and
// not in a description opening its sentence ("The Norlandic winger has
// ..." stands for the person named before, whose nationality it
// gives) or in an appositive after a name ("Ann Lee, Norlandic golfer"): a
// noun of a side's people that is no office's ("Norlandic players", "the
// Norlandic midfielder", "Norlandic coaches" as sport reads them), or on
// a page with sport's words a noun WordNet has first for a person, again
// no office's ("the Norlandic qualifier"). Before a name the demonym gives
// the person's nationality ("Norlandic midfielder Ann Lee") and stays;
// an office's holder ("Norlandic officials") may speak for the country.
func (t *Typer) demonymPlayer(res *extract.Result, m extract.Mention, sport bool) bool {
	if t.lex == nil || m.Method != resolve.MethodAlias && m.Method != resolve.MethodAdjective || !t.co.IsDemonym(m.Text) ||
		m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	lo, k := s.TokenSpan(m.Start, m.End)
	if k < 0 || len(s.POS) != len(s.Tokens) || len(s.Lemma) != len(s.Tokens) || len(s.Lower) != len(s.Tokens) {
		return false
	}
	// "Ann Lee won. The Norlandic winger has ...": a description of the
	// person named before, whose nationality it gives.
	if descriptionOpener(s, lo) || nameAppositive(s, lo) {
		return false
	}
	for n := 0; n < 2 && k < len(s.Tokens) && s.POS[k] == "JJ" && tokenize.StartsLower(s.Tokens[k].Text); n++ {
		k++
	}
	if k >= len(s.Tokens) || !tokenize.StartsLower(s.Tokens[k].Text) || s.POS[k] != "NN" && s.POS[k] != "NNS" {
		return false
	}
	if k+1 < len(s.Tokens) && (tokenize.StartsUpper(s.Tokens[k+1].Text) || strings.HasPrefix(s.POS[k+1], "NN")) {
		return false
	}
	l := s.Lemma[k]
	if t.lex.Is(l, lexicon.SportRole) {
		return true
	}
	return sport && t.lex.Is(l, lexicon.PersonNoun) && !t.lex.Is(l, lexicon.Office)
}

// descriptionOpener reports whether token lo of sentence s stands in a
// noun phrase that "The" opens the sentence with, only adjectives and
// numbers between ("The 29-year-old Norlandic ...").
func descriptionOpener(s *extract.Sentence, lo int) bool {
	if lo < 1 || lo > 4 || s.Tokens[0].Text != "The" {
		return false
	}
	for j := 1; j < lo; j++ {
		if t := s.POS[j]; !strings.HasPrefix(t, "JJ") && t != "CD" && t != "RB" {
			return false
		}
	}
	return true
}

// nameAppositive reports whether token lo of sentence s opens, perhaps
// after an article, a phrase set off by a comma after a name ("Ann Lee,
// Norlandic golfer of ..."): the name's description, whose nationality
// the relations read.
func nameAppositive(s *extract.Sentence, lo int) bool {
	k := lo - 1
	if k >= 0 && (s.Lower[k] == "a" || s.Lower[k] == "an" || s.Lower[k] == "the") {
		k--
	}
	return k >= 1 && s.Tokens[k].Text == "," && tokenize.StartsUpper(s.Tokens[k-1].Text)
}
