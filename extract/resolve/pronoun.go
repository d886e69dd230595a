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
func (r *Resolver) capsAuxiliary(res *extract.Result, m extract.Mention) bool {
	if !r.auxiliaryForm(strings.ToLower(m.Text)) || !allCaps(m.Text) {
		return false
	}
	s, a, b, ok := mentionTokens(res, m)
	if !ok || b != a+1 {
		return false
	}
	lower := func(w string) bool { return isLetters(w) && strings.ToLower(w) == w }
	return a > 0 && lower(s.Tokens[a-1].Text) || b < len(s.Tokens) && lower(s.Tokens[b].Text)
}

// nameModals are the modals that are names too ("Will", "May", "Can"),
// a closed list: no rule reads one of them as a verb.
var nameModals = map[string]bool{"will": true, "may": true, "can": true}

// modal reports whether l, in lower case, is a modal verb and no name:
// one of the lexicon's Auxiliary that WordNet has as no verb ("be",
// "have" and "do" it has as main verbs) and not in nameModals ("could",
// "must", "shall").
func (r *Resolver) modal(l string) bool {
	return r.words.Is(l, lexicon.Auxiliary) && !r.words.Known(l, lexicon.Verb) && !nameModals[l]
}

// auxiliaryForm reports whether l, in lower case, is a form of one of
// the lexicon's Auxiliary of three letters or more, none in nameModals:
// the word itself ("have", "could"), or a form the lemmatizer maps to it
// ("was", "has", "did"), as splitWord reads one; a modal has none
// ("wills", "cans" are nouns' plurals).
func (r *Resolver) auxiliaryForm(l string) bool {
	if len(l) < 3 || nameModals[l] {
		return false
	}
	if r.words.Is(l, lexicon.Auxiliary) {
		return true
	}
	for _, tag := range []string{"VBD", "VBZ", "VBN", "VBG", "VBP"} {
		if v := r.words.Lemma(l, tag); v != l && v != strings.TrimSuffix(l, "s") && !nameModals[v] && r.words.Is(v, lexicon.Auxiliary) {
			return true
		}
	}
	return false
}
