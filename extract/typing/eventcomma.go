package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// eventNounComma reads a name set off by commas right after "The" and a
// singular noun in lower case for a kind of event that open the
// sentence: "The exhibition, X, will open", "The summit, X, ends
// today". The noun and the name are one thing, the event named; not
// when a verb of saying follows the name's comma ("The summit, Harlow
// said, failed": who says it), nor a name read as a person's (the
// event-noun-comma rule).
func eventNounComma(w *window, ev *evidence) {
	lo, hi := w.lo, w.hi
	if lo != 3 || w.res.Mentions[w.mi].Type == extract.Person || !strings.EqualFold(w.word(0), "the") || !w.free(0) || !w.free(1) ||
		w.word(2) != "," || w.word(hi) != "," || w.tag(1) != "NN" || !tokenize.StartsLower(w.toks[1].Text) {
		return
	}
	x := w.word(1)
	if !incidentWord(w.lex, x) && !w.lex.Is(w.lemma(1), lexicon.EventShow) && !w.lex.Is(w.lemma(1), lexicon.EventName) {
		return
	}
	if t := w.tag(hi + 1); strings.HasPrefix(t, "VB") && (w.lex.Is(w.lemma(hi+1), lexicon.Speech) || w.lex.Is(w.lemma(hi+1), lexicon.Belief)) {
		return
	}
	ev.occurs++
	ev.reasons = append(ev.reasons, reason{extract.EventType, "event-noun-comma", "The " + x + ","})
}
