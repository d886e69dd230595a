package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// ownName returns the type of a name of its own that mention m, a word
// the aliases know as a country's, is where it is written, or "": a
// language's ("speaks Norlandic": languageNoun), miscellaneous, or a
// club's ("the Ostmark club Norlandish": clubNamedDemonym), a body's.
func (r *Resolver) ownName(res *extract.Result, m *extract.Mention) string {
	switch {
	case r.languageNoun(res, m):
		return extract.Miscellaneous
	case r.clubNamedDemonym(res, m):
		return extract.Organization
	}
	return ""
}

// clubNamedDemonym reports whether mention m, a word the aliases know as
// a country's demonym, is a side's name: right after a noun in lower case
// for a side or a club ("the Norlandic club Ostmarkish", "joined side
// Vellic"), heading its noun phrase (no noun, adjective or number after
// it). A demonym there modifies nothing: it names the club, and is no
// alias of the country (the club-demonym rule).
func (r *Resolver) clubNamedDemonym(res *extract.Result, m *extract.Mention) bool {
	d, ok := r.aliases.(Demonyms)
	if r.words == nil || !ok || !d.IsDemonym(m.Text) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	lo, hi := s.TokenSpan(m.Start, m.End)
	if lo < 1 || hi != lo+1 || len(s.POS) != len(s.Tokens) || len(s.Lower) != len(s.Tokens) || len(s.Lemma) != len(s.Tokens) || allCaps(m.Text) {
		return false
	}
	if s.POS[lo-1] != "NN" || !tokenize.StartsLower(s.Tokens[lo-1].Text) || !sideWord(r.words, s.Lemma[lo-1]) {
		return false
	}
	if hi < len(s.Tokens) {
		if t := s.POS[hi]; strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "CD" || tokenize.StartsUpper(s.Tokens[hi].Text) {
			return false
		}
	}
	return true
}

// sideWord reports whether WordNet's lemma l names a side or a club: the
// lexicon's Team class, or "club" and "side" as sport reads them
// (SportRole).
func sideWord(words *lexicon.Lexicon, l string) bool {
	return words.Is(l, lexicon.Team) || l == "club" || l == "side" && words.Is(l, lexicon.SportRole)
}
