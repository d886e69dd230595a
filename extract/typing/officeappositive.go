package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// officeReach is the most tokens officeAppositive reads from the word
// after the office's noun and its preposition to the body it is held at;
// the noun itself stands within three words of the comma.
const officeReach = 8

// officeAppositive reads an appositive after the name headed by a noun
// for an office a person holds at a body, with or without an article,
// before "for", "of" or "at" and the body's name: "X, spokesman for
// Acme said", "X, a spokeswoman for the Vell Group", "X, director of
// marketing for Acme" (the office-appositive construction). A firm
// holds no spokesman's or director's office; it sets officeAfter, which
// personTitleMethod weighs as it weighs "former coach X". Not a noun
// for a counsel or an occupation a body takes too ("X, manager of the
// Vell fund", "X, owner of the Harlow Times"), nor one of a body's
// words ("executive").
func officeAppositive(w *window, ev *evidence) {
	i := w.hi + 1
	if w.word(w.hi) != "," || w.res.Mentions[w.mi].Type == extract.Person {
		return
	}
	switch w.word(i) {
	case "a", "an", "the":
		i++
	}
	for k := i; k < len(w.toks) && k < i+3 && w.free(k) && tokenize.StartsLower(w.toks[k].Text); k++ {
		if strings.HasPrefix(w.tag(k), "JJ") {
			continue
		}
		if w.tag(k) != "NN" {
			return
		}
		if !officeNoun(w.lex, w.lemma(k)) {
			continue
		}
		switch w.word(k + 1) {
		case "for", "of", "at":
		default:
			return
		}
		if officeBody(w, k+2) {
			ev.officeAfter = true
		}
		return
	}
}

// officeNoun reports whether lemma names an office that only a person
// holds: the lexicon's Office and PersonNoun, no body's class (not
// "executive"), no counsel's or occupation's a firm takes as well.
func officeNoun(lex *lexicon.Lexicon, lemma string) bool {
	c := lex.Classes(lemma)
	return c.Has(lexicon.Office) && c.Has(lexicon.PersonNoun) && !bodyClasses(c) && !c.Has(lexicon.Counsel) && !c.Has(lexicon.Occupation)
}

// officeBody reports whether a mention the tagger read as a body's stands
// from token k on, before the clause's next comma or full stop.
func officeBody(w *window, k int) bool {
	for j := k; j < len(w.toks) && j < k+officeReach; j++ {
		if w.at[j] >= 0 {
			return w.res.Mentions[w.at[j]].Type == extract.Organization
		}
		switch w.word(j) {
		case ",", ".", ";", ":":
			return false
		}
	}
	return false
}
