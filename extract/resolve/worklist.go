package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// joinWorkList makes each title of a list after a plural noun for works
// one mention: "the films Bo Ek and the Tower of Velden, Norland Nights
// and Last Dance in Tarvik", "the hit singles Time Runs Out, Fever, and
// Rivers And Roads", "hits including Cold in Tarvik, Stillness and Rain",
// "her plays Under The Roof Of The Barn (1988), The Lamplighter (1994) and
// Bo Ek's Songs Of Velden (2001)". A plural noun for works announces titles, and
// news writes a title's words capitalised and its function words ("of",
// "in", "and the") in lower case: the recognizer cuts a title there, reads
// its parts as people and places, runs two titles into one at the list's
// "and", or misses one. The list comes right after the noun (in lower
// case, tagged a plural; one that is a verb too, "hits", "films", only
// after a determiner, a possessive, an adjective, a number or a noun in
// lower case), or after it and "including", "like" or "such as". Its
// items are parted by commas, a bracketed year after an item, and the
// list's last "and" (after the last comma; an item before a comma keeps
// its "and": "Bo Ek and the Tower of Velden,"); each holds capitalised
// words, numbers and the function words of titles, begins with a capital
// and ends with a capital or a number. The list has two items or more;
// one right after the noun does not go on into a verb other than "be"
// or "have" ("the films Ann Lee and Bo Ek made" names their makers). In
// the last item a preposition other than "of" goes on only into a name
// the gazetteer does not list ("the films X and Y in Harlow" were shown
// there). An item after a name's possessive is the part after it ("Ann
// Lee's Gangs Of Tarvik": the owner's name is left as it is). An item
// that one mention already spans is left as it is; the mentions of
// another give way to one miscellaneous mention of the whole item,
// whose kind of work the typer reads (the work-list rule). A list any
// mention runs out of, or that holds a date or a number's mention, is
// left alone, as is a headline.
func (r *Resolver) joinWorkList(res *extract.Result) {
	if r.words == nil {
		return
	}
	var items [][2]int // the items of the list find found last
	find := func(s *extract.Sentence, k int) (lo, hi int, ok bool) {
		if k < 1 || k+2 >= len(s.Tokens) {
			return 0, 0, false
		}
		noun, verb := r.worksNoun(s, k)
		if !noun {
			return 0, 0, false
		}
		j, intro := listOpening(s, k+1)
		if j < 0 {
			return 0, 0, false
		}
		if verb && !intro && (!r.nounBefore(s, k) || r.words.Lemma(strings.ToLower(s.Tokens[k].Text), "NNS") == s.Tokens[k].Text) {
			return 0, 0, false
		}
		var next int
		items, next = r.workListItems(s, j)
		if len(items) < 2 || !intro && !endsList(s, next) {
			return 0, 0, false
		}
		return items[0][0], items[len(items)-1][1], true
	}
	r.joinSpans(res, find, func(si, _, _ int) ([]extract.Mention, []int, bool) {
		return r.workListMentions(res, si, items)
	})
}

// worksNoun reports whether token k of s is a plural noun for works in
// lower case ("films", "novels", "hit singles", "programmes"), and
// whether it is a verb too ("hits", "plays") or its singular too
// ("series"), when only the words before or after it say which (see
// joinWorkList).
func (r *Resolver) worksNoun(s *extract.Sentence, k int) (noun, verb bool) {
	w := s.Tokens[k].Text
	if !tokenize.StartsLower(w) || s.Tokens[k+1].Start == s.Tokens[k].End && s.Tokens[k+1].Text != "," {
		return false, false
	}
	// Only a word in "s" or one the tagger read as a plural or a verb's
	// third person may be one: the others are not looked up (this runs
	// at each token).
	if !strings.HasSuffix(w, "s") && s.POS[k] != "NNS" && s.POS[k] != "VBZ" {
		return false, false
	}
	one := r.words.Lemma(strings.ToLower(w), "NNS")
	if one == w {
		// "series" is one as often as many: only a list's "such as",
		// "including" or "like" says many (the caller asks).
		if !strings.HasSuffix(w, "s") || !r.worksWord(one) {
			return false, false
		}
		return true, true
	}
	record := r.words.Is(one, lexicon.RecordWork)
	// The tagger reads "singles" as a verb at times ("the hit singles
	// X and Y"): a record's plural is taken so too.
	if s.POS[k] != "NNS" && !(record && s.POS[k] == "VBZ") {
		return false, false
	}
	if !record && !r.worksWord(one) && !r.words.Is(strings.TrimSuffix(w, "s"), lexicon.TradeWork) {
		return false, false
	}
	return true, r.words.Known(one, lexicon.Verb)
}

// worksWord reports whether the lemma one is a noun for a kind of work,
// a record, a show or a trade's work.
func (r *Resolver) worksWord(one string) bool { return workKind(r.words, one) }

// workKind reports whether the lemma one is, in lex, a noun for a kind
// of work, a record, a show or a trade's work.
func workKind(lex *lexicon.Lexicon, one string) bool {
	for _, c := range []lexicon.Class{lexicon.Work, lexicon.CreativeWork, lexicon.RecordWork, lexicon.ShownWork, lexicon.TradeWork} {
		if lex.Is(one, c) {
			return true
		}
	}
	return false
}

// nounBefore reports whether the word before token k is one that a
// noun follows and a verb does not: a determiner, a possessive, an
// adjective, a number, a preposition, or a noun for works in lower case
// ("hit singles", "comedy films"), whatever the tagger read it as.
func (r *Resolver) nounBefore(s *extract.Sentence, k int) bool {
	switch s.POS[k-1] {
	case "DT", "PRP$", "JJ", "CD", "POS", "IN":
		return true
	}
	p := s.Tokens[k-1].Text
	return tokenize.StartsLower(p) && r.worksWord(r.words.Lemma(p, "NN"))
}

// listOpening returns the token a list of works begins at when its noun
// ends at token j-1: j itself, or the token after "including", "like" or
// "such as" (a comma may stand before them); intro says one stands.
func listOpening(s *extract.Sentence, j int) (int, bool) {
	t := s.Tokens
	if j < len(t) && t[j].Text == "," {
		j++
	}
	switch {
	case j < len(t) && (t[j].Text == "including" || t[j].Text == "like"):
		return j + 1, true
	case j+1 < len(t) && t[j].Text == "such" && t[j+1].Text == "as":
		return j + 2, true
	}
	if t[j-1].Text == "," {
		return -1, false // "games, X and Y": the noun is an item
	}
	return j, false
}

// endsList reports whether a list right after its noun ends its
// clause's noun phrase at token next: no verb but a form of "be" or
// "have" follows ("the films X and Y made" names makers).
func endsList(s *extract.Sentence, next int) bool {
	if next >= len(s.Tokens) || !strings.HasPrefix(s.POS[next], "VB") {
		return true
	}
	switch strings.ToLower(s.Tokens[next].Text) {
	case "is", "are", "was", "were", "has", "have", "had", "be", "been":
		return true
	}
	return false
}

// titleFunctionWord reports whether w, in lower case, is a function word
// a title writes so: "of", "in", "the", "and".
func titleFunctionWord(w string) bool {
	switch w {
	case "of", "in", "on", "the", "a", "an", "to", "with", "for", "and", "at", "from", "or", "&":
		return true
	}
	return false
}

// workListItems reads the items of a list of titles from token j (see
// joinWorkList) and returns each item's token span [lo, hi) and the token
// after the list.
func (r *Resolver) workListItems(s *extract.Sentence, j int) (items [][2]int, next int) {
	t := s.Tokens
	end := listReach(t, j)
	runs, next := lastItems(t, listRuns(t, j, end), end)
	for i, run := range runs {
		lo, hi := run[0], run[1]
		// A list ends where the title words stop: trailing function
		// words belong to the sentence.
		for hi > lo && (titleFunctionWord(t[hi-1].Text) || t[hi-1].Text == ",") {
			hi--
			if i == len(runs)-1 {
				next = hi
			}
		}
		if hi <= lo || !r.titleItem(s, lo, hi, i == len(runs)-1) {
			if i == len(runs)-1 && len(items) > 0 {
				return items, lo
			}
			return nil, next
		}
		items = append(items, [2]int{lo, hi})
	}
	return items, next
}

// listReach returns the token after the words a list of titles from
// token j may hold: title words, commas and bracketed years.
func listReach(t []tokenize.Token, j int) int {
	end := j
	for end < len(t) {
		w := t[end].Text
		if w == "(" && end+2 < len(t) && yearWord(t[end+1].Text) && t[end+2].Text == ")" {
			end += 3
			continue
		}
		if !(w == "," || tokenize.StartsUpper(w) || titleFunctionWord(w) || digitWord(w) || end > j && t[end].Start == t[end-1].End && gluedTitlePart(w)) {
			break
		}
		if len(w) > 1 && strings.HasSuffix(w, ".") {
			// An initial's or an abbreviation's stop may end the
			// sentence too ("and Ann X. Bo Ek said"): the list stops
			// before it.
			break
		}
		end++
	}
	return end
}

// listRuns cuts tokens j to end into the runs between commas and
// bracketed years.
func listRuns(t []tokenize.Token, j, end int) [][2]int {
	var runs [][2]int
	lo := j
	for k := j; k <= end; k++ {
		if k < end && t[k].Text != "," && t[k].Text != "(" {
			continue
		}
		if k > lo {
			runs = append(runs, [2]int{lo, k})
		}
		if k < end && t[k].Text == "(" {
			k += 2
		}
		lo = k + 1
	}
	return runs
}

// lastItems parts the last run of a list at the list's "and" and
// returns the runs that are items and the token after the list (end,
// or where the list stops before a run it cannot part). After an
// Oxford comma "and" opens the last run; otherwise its one "and" parts
// two items when a comma stands before, or when the first holds two
// words or more and the second opens with no article, as the
// work-and-split rule reads it ("Salt and Vell", "Ann Tarvik and The
// Keeper Of Vell" are one title each). A run with two "and"s, or one
// before "the" ("A and the B"), is not known to part: the list stops
// before it or its "and".
func lastItems(t []tokenize.Token, runs [][2]int, end int) ([][2]int, int) {
	if len(runs) == 0 {
		return nil, end
	}
	last := runs[len(runs)-1]
	runs = runs[:len(runs)-1]
	if t[last[0]].Text == "and" {
		return append(runs, [2]int{last[0] + 1, last[1]}), end
	}
	and, ands := -1, 0
	for k := last[0]; k < last[1]; k++ {
		if t[k].Text == "and" {
			and = k
			ands++
		}
	}
	switch {
	case ands > 1:
		return runs, last[0]
	case and < 0:
		return append(runs, last), end
	case and+1 < last[1] && tokenize.StartsUpper(t[and+1].Text):
		if len(runs) > 0 || and-last[0] >= 2 && !startsArticle(t[and+1].Text) {
			return append(runs, [2]int{last[0], and}, [2]int{and + 1, last[1]}), end
		}
		return append(runs, last), end
	}
	return append(runs, [2]int{last[0], and}), and
}

// titleItem reports whether tokens lo to hi of s are one title of a list
// (see joinWorkList): a capital opens it (no "I" alone), a capital, a
// number or a mark of a question ends it; in the last item a preposition other than "of" goes on into no name the
// gazetteer lists.
func (r *Resolver) titleItem(s *extract.Sentence, lo, hi int, last bool) bool {
	t := s.Tokens
	if !tokenize.StartsUpper(t[lo].Text) || t[lo].Text == "I" && hi == lo+1 {
		return false
	}
	if e := t[hi-1].Text; !tokenize.StartsUpper(e) && !digitWord(e) && !gluedTitlePart(e) {
		return false
	}
	for k := lo; k < hi; k++ {
		w := t[k].Text
		if !last || w == "of" || w == "and" || !titleFunctionWord(w) || k+1 >= hi || !tokenize.StartsUpper(t[k+1].Text) {
			continue
		}
		// The rest of the last item after a preposition: a place of its
		// own when the gazetteer lists it ("X and Y in Harlow").
		rest := strings.TrimSpace(textSpan(t, k+1, hi))
		if rest != "" && r.listed(strings.TrimPrefix(rest, "the ")) {
			return false
		}
	}
	return true
}

// textSpan rebuilds the text of tokens lo to hi, one space between
// tokens that the text parts by space.
func textSpan(t []tokenize.Token, lo, hi int) string {
	var b strings.Builder
	for k := lo; k < hi; k++ {
		if k > lo && t[k].Start > t[k-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(t[k].Text)
	}
	return b.String()
}

// workListMentions returns the mentions to add and the indexes of those
// to drop to make each item of a list one mention (see joinWorkList);
// ok is false when a mention runs out of the list or one of the items
// holds a mention that names no entity (a date, a number).
func (r *Resolver) workListMentions(res *extract.Result, si int, items [][2]int) (add []extract.Mention, drop []int, ok bool) {
	s := &res.Sentences[si]
	t := s.Tokens
	text := res.Doc.Text
	start, end := t[items[0][0]].Start, t[items[len(items)-1][1]-1].End
	for _, m := range res.Mentions {
		if m.End <= start || m.Start >= end {
			continue
		}
		if m.Start < start || m.End > end {
			return nil, nil, false
		}
	}
	for _, it := range items {
		lo, hi := t[it[0]].Start, t[it[1]-1].End
		// "Ann Lee's Gangs Of Tarvik": the title after the owner's
		// possessive.
		for k := it[1] - 1; k > it[0]; k-- {
			if w := t[k].Text; (w == "'s" || w == "’s" || w == "'") && k+1 < it[1] {
				lo = t[k+1].Start
				break
			}
		}
		var inside []int
		exact, crossing := false, false
		for i, m := range res.Mentions {
			if m.End <= lo || m.Start >= hi {
				continue
			}
			if !isEntityType(m.Type) {
				return nil, nil, false
			}
			if m.Start < lo || m.End > hi {
				crossing = true
			}
			if m.Start == lo && m.End == hi {
				exact = true
			}
			inside = append(inside, i)
		}
		if exact && len(inside) == 1 {
			continue
		}
		if crossing && lo != t[it[0]].Start {
			return nil, nil, false // the owner's name runs into the title
		}
		drop = append(drop, inside...)
		add = append(add, extract.Mention{Start: lo, End: hi, Text: text[lo:hi], Type: extract.Miscellaneous, Sentence: si, Entity: -1})
	}
	return add, drop, true
}

// digitWord reports whether w begins with a digit: a title's number
// ("Norland 9/11", "Tarvik 2").
func digitWord(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// gluedTitlePart reports whether w, written against the word before it,
// may go on a title: a possessive or a contraction's part ("'s", "n't",
// "'re") or a question's or an exclamation's mark.
func gluedTitlePart(w string) bool {
	switch w {
	case "?", "!":
		return true
	}
	return strings.HasPrefix(w, "'") || strings.HasPrefix(w, "’") || w == "n't" || w == "n’t"
}
