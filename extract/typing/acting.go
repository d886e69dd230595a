package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// This file holds the constructions that read a work from an actor's
// part or partners in it, beside roleIn and starIn.

// oppositeIn reads the work two actors play opposite each other in:
// "appeared opposite Ann Lee in X", "starred opposite Ann Lee and Bo Ek
// in X" (the opposite-in rule). "Opposite" a person is an actor's word
// for sharing the leading parts; the names between it and "in" are all
// people's (or open with a form of address: "Dame Ann Lee"). The name after "in" is taken when it may name a work
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
		case w.personAt(k) || w.addressedAt(k):
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

// addressedAt reports whether token k is in a name that opens with a form
// of address ("Dame Ann Lee", "Sir Bo Ek"), a person's whatever type the
// tagger gave it.
func (w *window) addressedAt(k int) bool {
	if k < 0 || k >= len(w.at) || w.at[k] < 0 {
		return false
	}
	f := strings.Fields(w.res.Mentions[w.at[k]].Text)
	return len(f) > 1 && isHonorific(w.lex, f[0])
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
	if !w.free(k) || w.tag(k) != "NN" || !tokenize.StartsLower(w.toks[k].Text) || !w.lex.Is(w.lemma(k), lexicon.PersonNoun) {
		return
	}
	for k--; k >= 0 && w.free(k) && tokenize.StartsLower(w.toks[k].Text) && (strings.HasPrefix(w.tag(k), "JJ") || w.tag(k) == "VBN" || w.tag(k) == "VBG" || w.tag(k) == "NN"); k-- {
	}
	if d := w.word(k); !w.free(k) || d != "a" && d != "an" && d != "the" {
		return
	}
	k = actingVerbBefore(w, k-1)
	if k < 0 {
		return
	}
	if !w.actedWork() {
		return
	}
	ev.markWork("plays-part-in", w.word(k)+" ... in")
}

// actingVerbBefore returns the token of a form of "play", or of "star"
// before "as", that ends at token k (see playsPartIn), or -1. The tagger
// reads "stars" and "plays" as plural nouns at times.
func actingVerbBefore(w *window, k int) int {
	as := w.word(k) == "as"
	if as {
		k--
	}
	if !w.free(k) || !strings.HasPrefix(w.tag(k), "VB") && w.tag(k) != "NNS" {
		return -1
	}
	switch l := w.lemma(k); {
	case l == "play" && !as, l == "star" && as:
		return k
	}
	return -1
}

// amongWorks reads a name, or each of a list of names, as the subject of
// "be among" or "be one of" and a plural noun for a kind of work: "X
// and Y are among several British shows shortlisted for ...", "X is
// one of the films expected to do well" (the among-works rule). What
// is one of some works is a work; "Ann Lee and Bo Ek are among the big
// names", "X is among the performers" name no work, and a possessive or a noun
// after the plural ("among the films' stars", "among the film
// studios") makes it a modifier. A name the tagger read as a body's is
// taken when it has no class and the gazetteer lists it as no place's,
// body's or person's; a known place's or an event's name is left
// alone.
func amongWorks(w *window, ev *evidence) {
	if !amongSubject(w) {
		return
	}
	k := w.hi
	for steps := 0; steps < 24 && k < len(w.toks) && (listSep(w, k) || w.at[k] >= 0 || w.free(k) && w.toks[k].Text == "The"); steps++ {
		k++
	}
	switch w.word(k) {
	case "is", "are", "was", "were":
	default:
		return
	}
	k++
	switch {
	case w.word(k) == "among":
		k++
	case w.word(k) == "one" && w.word(k+1) == "of":
		k += 2
	default:
		return
	}
	for steps := 0; steps < 5 && k < len(w.toks) && w.tag(k) != "NNS" && modifierToken(w, k); steps++ {
		k++
	}
	if amongHead(w, k) {
		ev.markWork("among-works", w.word(k-1)+" ... "+w.word(k))
	}
}

// amongSubject reports whether the window's mention may be a work's
// title as amongWorks reads it: a whole name, no event's, that the
// gazetteer lists as no place's, body's or person's; a person's, a
// miscellaneous one or an unknown place's (mayNameWork), or a body's with
// no class.
func amongSubject(w *window) bool {
	m := w.res.Mentions[w.mi]
	switch {
	case m.Type == extract.EventType || !wholeName(w) || w.listedNonWork():
		return false
	case m.Type == extract.Organization:
		return m.Entity >= 0 && m.Entity < len(w.res.Entities) && w.res.Entities[m.Entity].Class == ""
	}
	return w.mayNameWork()
}

// amongHead reports whether token k is the plural head amongWorks reads:
// a noun for a kind of work, or a trade's noun after a word that says
// which trade or whose ("British shows", "video games"; "among the games"
// lists matches), with no noun or possessive after it.
func amongHead(w *window, k int) bool {
	if !w.pluralWorks(k) && !(w.tag(k) == "NNS" && tradeNoun(w, k)) {
		return false
	}
	n := w.tag(k + 1)
	return !strings.HasPrefix(n, "NN") && n != "POS" && !w.possessive(k+1)
}

// modifierToken reports whether token k may stand among the modifiers
// of a noun after "among": a determiner, an adjective, an adverb, a
// number or a participle in lower case, or a one-word name read as an
// adjective ("British").
func modifierToken(w *window, k int) bool {
	t := w.tag(k)
	if w.at[k] >= 0 {
		return strings.HasPrefix(t, "JJ") && mentionStart(w, k) == k && mentionEnd(w, k) == k
	}
	return w.free(k) && tokenize.StartsLower(w.toks[k].Text) && (t == "DT" || strings.HasPrefix(t, "JJ") || t == "RB" || t == "CD" || t == "VBN" || t == "PDT")
}

// pluralWorks reports whether token k is the plural of a noun for a kind
// of work in lower case (the lexicon's Work, CreativeWork or ShownWork
// classes: "films", "shows", "songs"), which the tagger reads as a verb
// at times ("shows").
func (w *window) pluralWorks(k int) bool {
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) {
		return false
	}
	var one string
	switch w.tag(k) {
	case "NNS":
		one = w.lemma(k)
	case "VBZ":
		one = strings.TrimSuffix(w.word(k), "s")
	default:
		return false
	}
	return one != w.word(k) && (w.lex.Is(one, lexicon.Work) || w.lex.Is(one, lexicon.CreativeWork) || w.lex.Is(one, lexicon.ShownWork))
}
