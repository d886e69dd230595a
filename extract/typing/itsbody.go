package typing

import (
	"strings"

	"github.com/kg-project/kg/extract/lexicon"
)

// itsSubject reads a name that opens its clause (perhaps after a
// conjunction or an adverb) as the subject of a verb whose object opens
// with "its", or of a verb of saying whose reported clause opens with
// "its", or with "it" and a verb other than "be": "Acme cut its
// forecast", "Acme has raised its prices", "Acme said its profits rose",
// "Acme said it had no plans". The pronoun takes up the subject: a
// thing, a body, where a person is "his" or "her". A copula's complement
// ("X was its best hope") and a reported "it" before "be" ("X said it
// was time", "it would be wrong") take up no one. A show or a contest
// takes "its" too ("X entered its final week"), but says nothing: the
// reading after a verb of saying counts apart (itsSaid).
func itsSubject(w *window, ev *evidence) {
	k, last := subjectVerbs(w)
	if last < 0 {
		return
	}
	l := w.lemma(last)
	switch w.word(k) {
	case "its":
		if l == "be" {
			return
		}
	case "it":
		if !w.lex.Is(l, lexicon.Speech) || !reportedVerb(w, k+1) {
			return
		}
	default:
		return
	}
	ev.its++
	if w.lex.Is(l, lexicon.Speech) {
		ev.itsSaid++
	}
	ev.reasons = append(ev.reasons, reason{"its", "its-subject", w.toks[k].Text})
}

// reportedVerb reports whether token k is a finite verb other than "be"
// and no auxiliary of "be" ("it will be", "it has been"): "it had",
// "it expects", "it will cut".
func reportedVerb(w *window, k int) bool {
	t := w.tag(k)
	if !w.free(k) || t != "VBD" && t != "VBZ" && t != "VBP" && t != "MD" || w.lemma(k) == "be" {
		return false
	}
	for j := k + 1; j < k+3 && w.free(j); j++ {
		if w.lemma(j) == "be" {
			return false
		}
		if t := w.tag(j); t != "RB" && t != "VB" && t != "VBN" {
			break
		}
	}
	return true
}

// subjectVerbs reads the name as the subject that opens its clause
// (perhaps after a conjunction or an adverb, after a comma that ends a
// phrase of words outside any name: clauseAfterComma, or after a
// subordinator that opens a clause: subordinateSubject) and the verbs
// after it, up to four words, adverbs and "to" among them; it returns
// the token after them, a word outside any mention, and the last verb,
// or -1 when none.
func subjectVerbs(w *window) (k, last int) {
	if (w.lo > 1 || w.lo == 1 && w.tag(0) != "CC" && w.tag(0) != "RB") && !clauseAfterComma(w) && !subordinateSubject(w) {
		return 0, -1
	}
	k, last = w.hi, -1
	for ; k < len(w.toks) && k < w.hi+5 && w.free(k); k++ {
		t := w.tag(k)
		switch {
		case strings.HasPrefix(t, "VB") || t == "MD":
			last = k
			continue
		case t == "RB" || t == "TO":
			continue
		}
		break
	}
	if last < 0 || !w.free(k) {
		return 0, -1
	}
	return k, last
}

// hisSubject reads "his" or "her" as the determiner of the object of the
// verb the name is the subject of, other than "be": "X notched his 44th
// save", "X has won her third title". The pronoun takes up the subject:
// a person, where a body is "its" (his-subject).
func hisSubject(w *window, ev *evidence) {
	k, last := subjectVerbs(w)
	if last < 0 || w.lemma(last) == "be" || w.tag(k) != "PRP$" {
		return
	}
	if x := w.word(k); x != "his" && x != "her" {
		return
	}
	ev.his++
	ev.reasons = append(ev.reasons, reason{"person", "his-subject", w.toks[k].Text})
}

// clauseAfterComma reports whether the name opens a clause after a comma
// inside its sentence: the comma ends words that stand outside any name
// and hold no "and" or "or" right before it ("In 2010, X cut its
// prices", "once the rain stopped, X painted his fence"); a name after
// another name's comma is a list's or an appositive's ("Acme, X and
// Y"), not a clause's subject (the comma-clause rule).
func clauseAfterComma(w *window) bool {
	if w.lo < 2 || w.word(w.lo-1) != "," || w.at[w.lo-1] >= 0 || !w.free(w.lo-2) {
		return false
	}
	switch w.word(w.lo - 2) {
	case "and", "or":
		return false
	}
	return true
}

// subordinateSubject reports whether the name follows a subordinator
// (the lexicon's class: "while", "because", "although") that opens the
// sentence or follows a comma: "..., although X kept its margins"
// (the subordinate-subject rule).
func subordinateSubject(w *window) bool {
	k := w.lo - 1
	if !w.free(k) || !w.lex.Is(w.word(k), lexicon.Subordinator) {
		return false
	}
	return k == 0 || w.word(k-1) == ","
}
