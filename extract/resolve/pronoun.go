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

// capsAuxiliary reports whether mention m is one word in capitals that
// is a form of an auxiliary verb of three letters or more, a closed list
// ("WAS", "DID", "HAS", "COULD"), written so for stress inside a
// sentence of lower-case words: the word before or after it is in lower
// case ("Acme DID pay the fee"; the emphasis rule). A verb names
// nothing; a headline in capitals, where the words around are in
// capitals too, is left to the headline rules.
func capsAuxiliary(res *extract.Result, m extract.Mention) bool {
	if !auxiliaries[strings.ToLower(m.Text)] || !allCaps(m.Text) {
		return false
	}
	s, a, b, ok := mentionTokens(res, m)
	if !ok || b != a+1 {
		return false
	}
	lower := func(w string) bool { return isLetters(w) && strings.ToLower(w) == w }
	return a > 0 && lower(s.Tokens[a-1].Text) || b < len(s.Tokens) && lower(s.Tokens[b].Text)
}

// auxiliaries are the forms of English's auxiliary verbs of three
// letters or more, a closed list.
var auxiliaries = map[string]bool{
	"was": true, "were": true, "are": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "does": true, "did": true,
	"could": true, "would": true, "should": true, "might": true, "must": true, "shall": true,
}
