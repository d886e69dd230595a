package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/temporal"
)

// dropTimeSpanWords drops the mentions timeSpanWord reads after a word
// that puts a span of time after it (timeWordBefore), once the spans are
// settled: a title may hold such a word ("Harlow in Winter").
func (r *Resolver) dropTimeSpanWords(res *extract.Result) {
	kept := res.Mentions[:0]
	for _, m := range res.Mentions {
		if !r.timeSpanWord(m) || !timeWordBefore(res, m) {
			kept = append(kept, m)
		}
	}
	res.Mentions = kept
}

// timeWord reports whether w, as written, is a word that puts a span of
// time after it: a preposition of time or a determiner of one ("in
// Spring", "by Summer", "next Winter"), the temporal stage's
// TimeOpener and TimeDeterminer.
func timeWord(w string) bool {
	return temporal.TimeOpener(w) || temporal.TimeDeterminer(w)
}

// timeWordBefore reports whether a timeWord, in lower case, stands
// right before mention m, perhaps with "the" between ("in the Spring";
// "the film Night" is a title).
func timeWordBefore(res *extract.Result, m extract.Mention) bool {
	if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	lo, _ := s.TokenSpan(m.Start, m.End)
	if lo >= 2 && s.Tokens[lo-1].Text == "the" {
		lo-- // "in the Spring"
	}
	return lo >= 1 && timeWord(s.Tokens[lo-1].Text)
}

// timeSpanWord reports whether mention m, one word read as a place's
// name, is a noun WordNet has first for a span
// of time that news writes in lower case more often than not ("back in
// Spring next year", "by Summer"): a season or a unit of time a writer
// capitalised, which names no place (the time-span-word rule). A
// person's name ("Winter said"), a body's, a work's ("the film Night")
// and a plural ("the Times", a paper) are left alone.
func (r *Resolver) timeSpanWord(m extract.Mention) bool {
	casings, ok := r.aliases.(Casings)
	if r.words == nil || !ok || m.Type != extract.Location || strings.ContainsAny(m.Text, " -.") || allCaps(m.Text) {
		return false
	}
	l := strings.ToLower(m.Text)
	return !strings.HasSuffix(l, "s") && r.words.Is(l, lexicon.TimeSpan) && commonWord(casings, m.Text)
}
