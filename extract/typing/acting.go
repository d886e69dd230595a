package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// This file holds the constructions that read a work from an actor's
// part or partners in it, beside roleIn and starIn.

// oppositeIn reads the work two actors play opposite each other in:
// "appeared opposite Ann Lee in X", "starred opposite Ann Lee and Bo Ek
// in X" (the opposite-in rule). "Opposite" a person is an actor's word
// for sharing the leading parts; the names between it and "in" are all
// people's. The name after "in" is taken when it may name a work
// (mayNameWork: a person's, a miscellaneous one or a place's the
// gazetteer does not know), ends its phrase, and the gazetteer lists it
// as no place's, body's or person's.
func oppositeIn(w *window, ev *evidence) {
	k := w.lo - 1
	if w.word(k) != "in" || !w.free(k) {
		return
	}
	k--
	people := 0
	for steps := 0; steps < 8 && k >= 0; steps++ {
		switch {
		case w.personAt(k):
			k = mentionStart(w, k) - 1
			people++
			continue
		case people > 0 && w.free(k) && (w.word(k) == "and" || w.word(k) == ","):
			k--
			continue
		}
		break
	}
	if people == 0 || !w.free(k) || w.word(k) != "opposite" || w.toks[k].Text != "opposite" {
		return
	}
	if !w.actedWork() {
		return
	}
	ev.markWork("opposite-in", "opposite ... in")
}

// actedWork reports whether the window's mention may be the work a part
// is played in: a name mayNameWork admits, no event's, whole, ending
// its phrase, that the gazetteer lists as no place's, body's or
// person's.
func (w *window) actedWork() bool {
	return w.mayNameWork() && w.res.Mentions[w.mi].Type != extract.EventType && wholeName(w) && endsPhrase(w) && !w.listedNonWork()
}

// playsPartIn reads the work a part named by a noun for a kind of person
// is played in: "plays a divorced drunkard in X", "starred as a young
// teacher in X", "will play the villain in X" (the plays-part-in rule).
// One plays a person in a work; "played a key role in X" or "played a
// part in X" (no noun for a person) name a body's or a place's deeds as
// often, and are left alone. The part is a determiner, adjectives,
// participles or nouns in lower case and a singular noun WordNet's most
// frequent sense of which is a kind of person (the lexicon's PersonNoun
// class), after a form of "play" or "star as"; the name after "in" is
// read as actedWork says.
func playsPartIn(w *window, ev *evidence) {
	k := w.lo - 1
	if w.word(k) != "in" || !w.free(k) {
		return
	}
	k--
	if !w.free(k) || w.tag(k) != "NN" || !lower(w.toks[k].Text) || !w.lex.Is(w.lemma(k), lexicon.PersonNoun) {
		return
	}
	for k--; k >= 0 && w.free(k) && lower(w.toks[k].Text) && (strings.HasPrefix(w.tag(k), "JJ") || w.tag(k) == "VBN" || w.tag(k) == "VBG" || w.tag(k) == "NN"); k-- {
	}
	if d := w.word(k); !w.free(k) || d != "a" && d != "an" && d != "the" {
		return
	}
	k--
	verb := w.word(k)
	if w.word(k) == "as" {
		k--
	}
	if !w.free(k) || !strings.HasPrefix(w.tag(k), "VB") && w.tag(k) != "NNS" {
		return
	}
	switch l := w.lemma(k); {
	case l == "play" && verb != "as":
	case l == "star" && verb == "as":
	default:
		return
	}
	if !w.actedWork() {
		return
	}
	ev.markWork("plays-part-in", w.word(k)+" ... in")
}
