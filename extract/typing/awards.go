package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// This file holds the context constructions that say a name is a prize's
// from the words around it: what one wins, is nominated for or is up
// for, and the nouns of a prize's nominations after it.

// prizeContext reads a name the tagger typed a person's, a place's or a
// body's where a prize stands: "won an X", "picked up two Xs",
// "nominated for a X", "up for an X", "five X nominations", "the
// X awards". One wins a prize, a match or a seat,
// not a person; the indefinite or counted object keeps out the contests
// and seats ("won the Harlow", "won Pellam"). A word for a prize after a
// body's name is the body's prize ("the Acme award"): only a person's or
// a place's name is read there. Each mention read counts once (prized);
// decideByName weighs them against the entity's other mentions.
func prizeContext(w *window, ev *evidence) {
	// A known place's name before a noun says where from ("a
	// Norlandic nominee").
	m, ok := w.wholeUnknownName()
	if !ok {
		return
	}
	// A contest is won too ("won three Harlow Cups", "won two Ostmark
	// Bowls"): a name that ends in a contest's word is left alone.
	if words := strings.Fields(m.Text); len(words) > 1 {
		last := strings.ToLower(words[len(words)-1])
		if w.lex.Is(last, lexicon.EventName) || w.lex.Is(w.lex.Lemma(last, "NNS"), lexicon.EventName) {
			return
		}
	}
	if prizeBefore(w) || prizeAfter(w, m.Type != extract.Organization) {
		ev.prized++
		ev.reasons = append(ev.reasons, reason{"award", "prize-context", m.Text})
	}
}

// prizeBefore reports whether the window's mention is the indefinite or
// counted object of a verb of winning, or follows "nominated for" or "up
// for" with one: "won an X", "scooped two Xs", "nominated for a X", "is
// up for an X". The mention ends its phrase ("won a Harlow contract" is
// no prize's).
func prizeBefore(w *window) bool {
	k := w.lo - 1
	switch d := w.word(k); {
	case d == "a" || d == "an":
	case w.tag(k) == "CD" && !year(d):
	default:
		return false
	}
	if !endsPhrase(w) {
		return false
	}
	k--
	if w.word(k) == "up" && w.lemma(k-1) == "pick" {
		return w.free(k - 1)
	}
	if !w.free(k) {
		return false
	}
	switch w.word(k) {
	case "for":
		return w.word(k-1) == "up" || w.lemma(k-1) == "nominate" || w.word(k-1) == "nominated"
	}
	if !strings.HasPrefix(w.tag(k), "VB") {
		return false
	}
	switch w.lemma(k) {
	case "win", "scoop", "collect", "receive":
		return true
	}
	return false
}

// prizeAfter reports whether a noun of a prize's nominations follows the
// window's mention in lower case ("X nominations", "X nominee") or, when
// nouns is set, a noun of the lexicon's Award class ("the X awards").
// The tokenizer keeps "X-winning" one word: no mention of X is there.
func prizeAfter(w *window, nouns bool) bool {
	k := w.hi
	if !w.free(k) || !lower(w.toks[k].Text) {
		return false
	}
	switch w.word(k) {
	case "nomination", "nominations", "nominee", "nominees":
		return true
	}
	return nouns && strings.HasPrefix(w.tag(k), "NN") && w.lex.Is(w.lemma(k), lexicon.Award)
}
