package typing

import (
	"strings"

	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// calledName reads a name after a participle of naming that follows a
// noun for its kind: "a company called X", "a shipping firm named X",
// "a new laptop dubbed X" (a body's class, a made good, a work), "a
// technology known as X" (a made good or a technology), and a
// name given as a code name, "a chip code-named X", "Vellix, codenamed
// X": a model's or a project's. The participle must be one ("the
// company called X's offer low" is a verb of saying, tagged a past
// tense), or the noun's phrase open with "a" or "an". A person's noun
// before it says nothing ("a man called Bo Ek"), nor does a name that
// does not end its phrase ("a firm called X Software").
func calledName(w *window, ev *evidence) {
	k := w.lo - 1
	if q := w.word(k); q == "\"" || q == "“" || q == "'" || q == "‘" {
		k--
	}
	if !w.free(k) || !endsPhrase(w) || w.possessive(w.hi) {
		return
	}
	// "a technology known as X": only a made good's or a
	// technology's noun.
	knownAs := w.toks[k].Text == "as" && w.word(k-1) == "known" && w.free(k-1)
	if knownAs {
		k--
	}
	switch w.toks[k].Text {
	case "known", "called", "named", "dubbed":
	case "codenamed", "code-named":
		if _, ok := w.wholeUnknownName(); ok {
			ev.made++
			ev.model++
			ev.reasons = append(ev.reasons, reason{"product", "code-name", w.toks[k].Text})
		}
		return
	default:
		return
	}
	calledNoun(w, k, knownAs, ev)
}

// calledNoun reads the noun before the participle of naming at token k
// for calledName; knownAs says the participle is "known" before "as".
func calledNoun(w *window, k int, knownAs bool, ev *evidence) {
	n := k - 1
	if !w.free(n) || !strings.HasPrefix(w.tag(n), "NN") || !tokenize.StartsLower(w.toks[n].Text) || personNoun(w, n) {
		return
	}
	if w.tag(k) != "VBN" {
		// "a company called X": the phrase's article.
		j := n - 1
		for j >= 0 && w.free(j) && (strings.HasPrefix(w.tag(j), "JJ") || strings.HasPrefix(w.tag(j), "NN") && tokenize.StartsLower(w.toks[j].Text)) {
			j--
		}
		if x := w.word(j); x != "a" && x != "an" {
			return
		}
	}
	if knownAs && !productNoun(w, n) && !techNoun(w, n) || w.toks[k].Text == "known" && !knownAs {
		return
	}
	noun := w.word(n)
	switch {
	case descriptorClass(w.lex, noun) != "":
		// A service or a network is a program's as often as a body's
		// ("a service called X", "a file-swapping network dubbed X").
		if c := descriptorClass(w.lex, noun); c != ClassGovernment && c != ClassNewsMedia {
			ev.vote(c, wApposite, "called", noun)
			ev.bodyBefore = true
		}
	case productNoun(w, n) || techNoun(w, n):
		if _, ok := w.wholeUnknownName(); ok {
			ev.made++
			ev.model++
			ev.reasons = append(ev.reasons, reason{"product", "called", noun})
		}
	case workNoun(w, n) || record(w, n) && tokenize.StartsLower(w.toks[n].Text) || w.tag(n) == "NN" && w.lex.Is(noun, lexicon.TradeWork):
		// The record trade's nouns too: "a track called X"; and the
		// games and broadcasting trades' ("a show called X": the
		// trade-called rule).
		ev.markWork("called", noun)
	}
}
