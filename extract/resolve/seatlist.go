package resolve

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// seatMember is one member of a list: its tokens [lo, hi) in its
// sentence, and whether the list's "and" opened it (the list's last).
type seatMember struct {
	lo, hi int
	last   bool
}

// seatLists makes one place's name of each member of a list of seats
// that the recognizer cut or read as a body's (the seat-list
// construction). A sentence that holds, in lower case, a noun for an area
// that elects a member of a legislature (lexicon Constituency: "seats",
// "constituencies", "wards") and after it a list of three members or
// more, each capitalised words between commas, names seats, whose names
// hold compass words and "and":
//
//   - a member that ends in one or two compass words after a name
//     ("Harlow West", "Vellshire South West", "Tarn Central") is one
//     place's name, though the recognizer cut it ("Harlow") or read it as
//     a body's;
//   - a member "X and Y" with a comma after it, X or Y read as a place
//     (neither as a person), is one place's name ("Harlow and Tarn Vale"): a list joins
//     only its last member with "and", so an "and" in a member a comma
//     follows is the member's own. The list's last member is left as read
//     ("..., Harlow and Tarn." may be two members or one).
//
// Two other members at least must be read as places, and every name in a
// member must lie inside it; a member with no name is left alone.
func (r *Resolver) seatLists(res *extract.Result) {
	if r.words == nil {
		return
	}
	for si := range res.Sentences {
		s := &res.Sentences[si]
		k := r.seatNoun(s)
		if k < 0 {
			continue
		}
		members := listMembers(s, k+1)
		if len(members) < 3 {
			continue
		}
		inside := make([][]int, len(members))
		for i, mb := range members {
			inside[i] = membersMentions(res, s, mb)
		}
		drop := map[int]bool{}
		var add []extract.Mention
		for i, mb := range members {
			if len(inside[i]) == 0 || placeMembers(res, inside, i) < 2 {
				continue
			}
			if r.seatAlone(res, s, mb, inside[i]) {
				res.Mentions[inside[i][0]].Type, res.Mentions[inside[i][0]].Class = extract.Location, ""
				continue
			}
			if !r.seatName(res, s, mb, inside[i]) {
				continue
			}
			for _, j := range inside[i] {
				drop[j] = true
			}
			start, end := s.Tokens[mb.lo].Start, s.Tokens[mb.hi-1].End
			add = append(add, extract.Mention{Start: start, End: end, Text: res.Doc.Text[start:end], Type: extract.Location, Sentence: si, Entity: -1})
		}
		dropMentions(res, drop)
		res.Mentions = append(res.Mentions, add...)
	}
}

// seatNoun returns the index of the first token of s that is a noun in
// lower case for an area that elects a member of a legislature, or -1:
// its lemma is the sentence's (a sentence not annotated reads each
// token as a plural noun).
func (r *Resolver) seatNoun(s *extract.Sentence) int {
	tagged := len(s.POS) == len(s.Tokens)
	lemmas := len(s.Lemma) == len(s.Tokens)
	for k, t := range s.Tokens {
		if !tokenize.StartsLower(t.Text) || tagged && !strings.HasPrefix(s.POS[k], "NN") {
			continue
		}
		l := r.words.Lemma(t.Text, "NNS")
		if lemmas {
			l = s.Lemma[k]
		}
		if r.words.Is(l, lexicon.Constituency) {
			return k
		}
	}
	return -1
}

// listMembers returns the longest run of list members in s from token
// from on: capitalised words (with "and", "of", "upon" and hyphens
// between them) from a comma, a colon or the run's start to the next
// comma, the last perhaps opened by the list's "and".
func listMembers(s *extract.Sentence, from int) []seatMember {
	var best, run []seatMember
	lo := from
	for k := from; k <= len(s.Tokens); k++ {
		if k < len(s.Tokens) && s.Tokens[k].Text != "," && s.Tokens[k].Text != ":" && s.Tokens[k].Text != ";" && !sentenceEnd(s.Tokens[k].Text) {
			continue
		}
		mb, ok := listMember(s, lo, k)
		switch {
		case ok && (len(run) == 0 || !run[len(run)-1].last):
			run = append(run, mb)
		case ok:
			run = []seatMember{mb}
		default:
			run = nil
		}
		if len(run) > len(best) {
			best = append([]seatMember(nil), run...)
		}
		if k < len(s.Tokens) && s.Tokens[k].Text != "," {
			run = nil
		}
		lo = k + 1
	}
	return splitLast(s, best)
}

// splitLast parts the last of a run of members at its last "and", unless
// the list's "and" opened it: "X, Y, Z and W" ends in two members, Z and
// W.
func splitLast(s *extract.Sentence, run []seatMember) []seatMember {
	if len(run) == 0 || run[len(run)-1].last {
		return run
	}
	mb := run[len(run)-1]
	for k := mb.hi - 2; k > mb.lo; k-- {
		if s.Tokens[k].Text == "and" {
			run[len(run)-1].hi = k
			return append(run, seatMember{lo: k + 1, hi: mb.hi, last: true})
		}
	}
	return run
}

// sentenceEnd reports whether w is a mark that ends a sentence.
func sentenceEnd(w string) bool { return w == "." || w == "!" || w == "?" }

// listMember reads tokens [lo, hi) of s as a list's member: capitalised
// words, perhaps "and", "of", "upon" or a hyphen between two, perhaps
// opened by the list's "and".
func listMember(s *extract.Sentence, lo, hi int) (seatMember, bool) {
	mb := seatMember{lo: lo, hi: hi}
	if lo < hi && s.Tokens[lo].Text == "and" {
		mb.lo, mb.last = lo+1, true
	}
	if mb.lo >= hi || !tokenize.StartsUpper(s.Tokens[mb.lo].Text) || !tokenize.StartsUpper(s.Tokens[hi-1].Text) {
		return mb, false
	}
	for _, t := range s.Tokens[mb.lo:hi] {
		switch t.Text {
		case "and", "of", "upon", "-":
			continue
		}
		if !tokenize.StartsUpper(t.Text) {
			return mb, false
		}
	}
	return mb, true
}

// membersMentions returns the mentions of entity types over member mb
// of s, or nil when one of them runs out of it.
func membersMentions(res *extract.Result, s *extract.Sentence, mb seatMember) []int {
	start, end := s.Tokens[mb.lo].Start, s.Tokens[mb.hi-1].End
	var in []int
	for i, m := range res.Mentions {
		if m.End <= start || m.Start >= end || !isEntityType(m.Type) {
			continue
		}
		if m.Start < start || m.End > end {
			return nil
		}
		in = append(in, i)
	}
	return in
}

// seatName reports whether member mb of s, with mentions in, is one
// seat's name the recognizer did not read as one place's: a name and
// compass words after it, or two places joined by "and" with a comma
// after them.
func (r *Resolver) seatName(res *extract.Result, s *extract.Sentence, mb seatMember, in []int) bool {
	start, end := s.Tokens[mb.lo].Start, s.Tokens[mb.hi-1].End
	for _, i := range in {
		if res.Mentions[i].Type == extract.Person {
			return false // "Bo West" is a person's name
		}
	}
	if len(in) == 1 && res.Mentions[in[0]].Start == start && res.Mentions[in[0]].End == end && res.Mentions[in[0]].Type == extract.Location {
		return false
	}
	words := make([]string, 0, mb.hi-mb.lo)
	for _, t := range s.Tokens[mb.lo:mb.hi] {
		words = append(words, t.Text)
	}
	if n := compassTail(words); n > 0 && n < len(words) && res.Mentions[in[0]].Start == start {
		return !strings.Contains(strings.Join(words[:len(words)-n], " "), " and ")
	}
	if mb.last || len(in) != 2 {
		return false
	}
	a, b := res.Mentions[in[0]], res.Mentions[in[1]]
	if a.Start > b.Start {
		a, b = b, a
	}
	return a.Start == start && b.End == end && (a.Type == extract.Location || b.Type == extract.Location) && res.Doc.Text[a.End:b.Start] == " and "
}

// seatAlone reports whether member mb of s is one name, in, that the
// recognizer read as no place's: a body's or a work's, or a person's whose
// first word (or its part before a hyphen) the gazetteer lists as a
// place's ("Harlow Tarvik", "Harlow-on-Sea Central").
func (r *Resolver) seatAlone(res *extract.Result, s *extract.Sentence, mb seatMember, in []int) bool {
	if len(in) != 1 {
		return false
	}
	m := res.Mentions[in[0]]
	if m.Start != s.Tokens[mb.lo].Start || m.End != s.Tokens[mb.hi-1].End || m.Type == extract.Location || strings.Contains(m.Text, " and ") {
		return false
	}
	if m.Type != extract.Person {
		return true
	}
	words := strings.Fields(m.Text)
	first, _, _ := strings.Cut(words[0], "-")
	return r.known != nil && len(words) > 1 && r.known.KnownName(first, extract.Location)
}

// compassTail returns how many of the last words of a name are compass
// words: one of the points (compassAxes) or "Central", or two, the
// meridian's point before the other axis's ("South West").
func compassTail(words []string) int {
	n := len(words)
	switch {
	case n >= 2 && compassPoint(words[n-2], 0) && compassPoint(words[n-1], 1):
		return 2
	case n >= 1 && (compassPoint(words[n-1], 0) || compassPoint(words[n-1], 1) || words[n-1] == "Central"):
		return 1
	}
	return 0
}

// compassPoint reports whether w is a point of compass axis a
// (compassAxes) capitalised as a name's word is ("North").
func compassPoint(w string, a int) bool {
	l := strings.ToLower(w)
	return slices.Contains(compassAxes[a][:], l) && w == strings.ToUpper(l[:1])+l[1:]
}

// placeMembers counts, up to two, the members of a list other than the
// i-th that are one name read as a place.
func placeMembers(res *extract.Result, inside [][]int, i int) int {
	n := 0
	for j, in := range inside {
		if j != i && len(in) == 1 && res.Mentions[in[0]].Type == extract.Location {
			n++
		}
		if n == 2 {
			break
		}
	}
	return n
}
