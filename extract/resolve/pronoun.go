package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// pronounAlone reports whether mention m is the pronoun "I" alone, or
// another personal pronoun (lexicon's PersonalPronoun) capitalised and
// not in capitals ("We", "Them"; "US" and "IT" are names) that the
// tagger took for a person's name: a pronoun names no one. A title may
// be a pronoun alone ("It", a film), so another pronoun is dropped only
// as a person's, and none the gazetteer or the alias table lists.
func (r *Resolver) pronounAlone(m extract.Mention) bool {
	if r.words == nil || m.Text == "" || !tokenize.StartsUpper(m.Text) || len(m.Text) > 1 && allCaps(m.Text) || !isLetters(m.Text) {
		return false
	}
	if m.Text != "I" && m.Type != extract.Person || !r.words.Is(strings.ToLower(m.Text), lexicon.PersonalPronoun) || r.listed(m.Text) {
		return false
	}
	if r.aliased(m) {
		return false
	}
	return true
}

// answerAlone reports whether mention m is "Yes" or "No" alone, a closed
// list of the answers a vote is fought over, that the tagger read as a
// place's or a person's name ("the No campaign", "the Tarvik No group"): the
// side of a vote names no place and no one (the answer-word rule). A
// band's or a body's name ("Yes") is left alone.
func answerAlone(m extract.Mention) bool {
	return (m.Text == "Yes" || m.Text == "No") && (m.Type == extract.Location || m.Type == extract.Person)
}
