package resolve

import (
	"strings"
	"time"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// joinSubtitles makes one mention of a creative work of a title and its
// subtitle after a colon, which the recognizer cuts in two or leaves
// partly untagged: "Harbour Lights: The Last Voyage won the award",
// "while Tarvik: Dark Waters was adjudged the best". Both sides are
// words in title case (capitalised words, the function words between
// them), the colon is written against the title, and a name the
// recognizer found lies inside. It leaves alone a headline ("Pellam:
// Talks resume", which the annotator marks), a dateline or a speaker in
// capitals ("VELDEN: Ostmark said", "ANN LEE: Thank you"), a date
// ("Monday: Ostmark won"), a side and its players ("Norland: A Lee, B
// Ek;"), an exchange and a ticker ("(Nasdaq: ACME)"), a label of one
// word between the colon and a dash ("Velden Weekly: Film - Harlow
// Nights", a list's line: the label-colon construction), and, when the
// title opens its sentence, a subtitle that no verb in lower case
// follows (a headline the annotator did not mark: "Acme: Profits Fall",
// "Poll: Ann Lee and Bo Ek level"). After a singular noun for a work in
// lower case ("the TV series NCX: Harlow Crime Unit") a person's or a
// body's name alone after the colon is the subtitle, not a label's
// subject (the work-subtitle rule).
func (r *Resolver) joinSubtitles(res *extract.Result) {
	text := res.Doc.Text
	var add []extract.Mention
	drop := map[int]bool{}
	for si, s := range res.Sentences {
		if res.Headline.Len() > 0 && s.Start < res.Headline.End && s.End > res.Headline.Start {
			continue
		}
		toks := s.Tokens
		floor := 0 // the token after the last title joined
		for c := 1; c+1 < len(toks); c++ {
			lo, hi := subtitleSpan(s, c, floor)
			if lo < 0 {
				continue
			}
			start, end := toks[lo].Start, toks[hi-1].End
			kind := lo > 0 && len(s.POS) == len(toks) && r.workNounAt(&s, lo-1) || kindSubtitle(r.words, strings.Join(tokenWords(&s, c+1, hi), " "))
			if !subtitleNames(res, si, toks, lo, c, hi, kind) {
				continue
			}
			for i, m := range res.Mentions {
				if m.Sentence == si && m.Start >= start && m.End <= end {
					drop[i] = true
				}
			}
			add = append(add, extract.Mention{Start: start, End: end, Text: text[start:end], Type: extract.Miscellaneous, Class: extract.CreativeWorkClass, Sentence: si, Entity: -1})
			c, floor = hi, hi
		}
	}
	if len(add) == 0 {
		return
	}
	dropMentions(res, drop)
	res.Mentions = append(res.Mentions, add...)
}

// subtitleSpan returns the tokens [lo, hi) of a title and its subtitle
// around the colon at token c of sentence s, from token floor on, by
// their words (see joinSubtitles), or lo = -1.
func subtitleSpan(s extract.Sentence, c, floor int) (lo, hi int) {
	toks := s.Tokens
	if toks[c].Text != ":" || toks[c-1].End != toks[c].Start || toks[c+1].Start == toks[c].End {
		return -1, -1
	}
	lo, hi = titleStart(toks, c, floor), titleEnd(toks, c+1)
	if lo < 0 || hi < 0 || !plainTitle(toks[lo:c]) {
		return -1, -1
	}
	var next string
	if hi < len(toks) {
		next = toks[hi].Text
	}
	if next == "(" || next == ";" || lo == 0 && !verbAt(s, hi) {
		return -1, -1
	}
	// "Velden Weekly: Film - Harlow Nights": one word between the
	// colon and a dash labels what follows the dash; the colon ends
	// the name before it (the label-colon construction).
	if hi == c+2 && dashWord(next) {
		return -1, -1
	}
	// "(Nasdaq: ACME)": an exchange and a company's ticker.
	if lo > 0 && toks[lo-1].Text == "(" || hi == c+2 && allCaps(toks[c+1].Text) {
		return -1, -1
	}
	return lo, hi
}

// kindSubtitle reports whether sub, a subtitle, is "The" and one
// capitalised noun for a kind of work (workKind: "Tarvik: The Movie",
// "Harlow: The Musical"): the subtitle says the whole is a work's
// title, whatever the recognizer read the title as, and names no work
// alone (the kind-subtitle rule).
func kindSubtitle(lex *lexicon.Lexicon, sub string) bool {
	w, the := strings.CutPrefix(sub, "The ")
	return the && !strings.Contains(w, " ") && capitalisedWord(w) && workKind(lex, strings.ToLower(w))
}

// subtitleNames reports whether the mentions of sentence si let tokens
// [lo, hi) with the colon at c be a title: a name found inside, none
// across the ends; not a place alone before the colon and a comma after
// ("Norland: Ostmark, ..."), nor a place alone opening the sentence (a
// dateline: "Harlow: Acme chief Bo Ek has resigned"), nor a person's name
// alone after words that hold no name or only a person's ("The Latest: Ann
// Lee", "Bo Ek: Ann Lee must go"), nor so a body's name alone ("Plus:
// Acme ships a browser", a roundup's label: the label-subject
// construction) unless a noun for a work stands before the title or
// the subtitle is a work's noun (kind), which a place alone before the
// colon does not part either ("Harlow: The Film, a sequel").
func subtitleNames(res *extract.Result, si int, toks []tokenize.Token, lo, c, hi int, kind bool) bool {
	start, end := toks[lo].Start, toks[hi-1].End
	var next string
	if hi < len(toks) {
		next = toks[hi].Text
	}
	inside, place, left, person, dateline := 0, false, false, false, false
	for _, m := range res.Mentions {
		if m.Sentence != si || m.End <= start || m.Start >= end {
			continue
		}
		// A left side that is only a person's name is a speaker ("Ann
		// Lee: Bo Ek must go").
		left = left || m.End <= toks[c].Start && !(m.Type == extract.Person && m.Start == start && m.End == toks[c].Start)
		person = person || (m.Type == extract.Person || m.Type == extract.Organization) && m.Start == toks[c+1].Start && m.End == end
		// "Harlow: Acme chief Bo Ek has resigned": a place alone opening
		// the sentence before the colon is a dateline, in title case too.
		dateline = dateline || lo == 0 && m.Type == extract.Location && m.Start == start && m.End == toks[c].Start
		if m.Start < start || m.End > end {
			return false
		}
		if isEntityType(m.Type) {
			inside++
			place = place || m.Type == extract.Location && m.End <= toks[c].Start
		}
	}
	return inside > 0 && !placeList(place, c-lo, next, kind) && !(person && !left && !kind) && !dateline
}

// placeList reports whether a place's name alone (place, words words)
// before the colon and a comma after it (next) make a side's or a
// list's label ("Norland: Ostmark, ..."), when no noun for a work says
// title (kind).
func placeList(place bool, words int, next string, kind bool) bool {
	return place && words == 1 && next == "," && !kind
}

// titleStart returns the first token of the title that ends before the
// colon at token c, at floor or after: capitalised words and the
// function words between them, or -1 when there is none.
func titleStart(toks []tokenize.Token, c, floor int) int {
	lo := c
	for lo > floor && (titleWord(toks[lo-1].Text) || subtitleFunctionWord(toks[lo-1].Text) && lo < c) {
		lo--
	}
	for lo < c && subtitleFunctionWord(toks[lo].Text) && !tokenize.StartsUpper(toks[lo].Text) {
		lo++
	}
	if lo == c {
		return -1
	}
	return lo
}

// titleEnd returns the token after the subtitle that begins at token
// from, or -1 when it holds no capitalised word other than a function
// word. It stops before "and" or "or", which join the next title of a
// list ("Harbour Lights: The Last Voyage and Tarvik 2"), and before a
// month or a day ("... on Monday").
func titleEnd(toks []tokenize.Token, from int) int {
	hi := from
	for hi < len(toks) && !calendarWord(toks[hi].Text) && (titleWord(toks[hi].Text) || subtitleFunctionWord(toks[hi].Text) && hi > from && !coordinator(toks[hi].Text)) {
		hi++
	}
	for hi > from && subtitleFunctionWord(toks[hi-1].Text) {
		hi--
	}
	for i := from; i < hi; i++ {
		if !subtitleFunctionWord(toks[i].Text) {
			return hi
		}
	}
	return -1
}

// verbAt reports whether token i of s is a verb in lower case (a
// modal included): the verb whose subject a title opening its sentence
// is ("Tarvik: Dark Waters was a hit"). A plural noun in "s" that a
// personal pronoun or a determiner follows is such a verb the tagger
// read as a noun ("Tarvik: Dark Waters hands you a lamp", "... lets the
// player ...").
func verbAt(s extract.Sentence, i int) bool {
	if i >= len(s.Tokens) || len(s.POS) != len(s.Tokens) || !unicode.IsLower(firstRune(s.Tokens[i].Text)) {
		return false
	}
	t := s.POS[i]
	if t == "NNS" && strings.HasSuffix(s.Tokens[i].Text, "s") && i+1 < len(s.Tokens) {
		n := s.POS[i+1]
		return n == "PRP" || n == "DT" && unicode.IsLower(firstRune(s.Tokens[i+1].Text))
	}
	return strings.HasPrefix(t, "VB") || t == "MD"
}

// dashWord reports whether w is a hyphen or a dash standing alone.
func dashWord(w string) bool {
	switch w {
	case "-", "--", "—", "–":
		return true
	}
	return false
}

// coordinator reports whether w joins two names ("and", "or", "&").
func coordinator(w string) bool {
	w = strings.ToLower(w)
	return w == "and" || w == "or" || w == "&"
}

// titleWord reports whether w is a word of a title in title case: it
// begins with a capital or is a number.
func titleWord(w string) bool {
	r := firstRune(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// subtitleFunctionWord reports whether w, in any case, is a function
// word that titles hold between their capitalised words ("Escape from
// the Harbour").
func subtitleFunctionWord(w string) bool {
	if isFunctionWord(w) {
		return true
	}
	switch strings.ToLower(w) {
	case "from", "with", "at", "by", "or":
		return true
	}
	return false
}

// plainTitle reports whether the words before a colon can be a title: no
// word in capitals of more than three letters (a dateline's town, a
// speaker in a transcript), no name of a month or a day of the week and
// no number (a date).
func plainTitle(toks []tokenize.Token) bool {
	for _, t := range toks {
		w := t.Text
		if len(w) > 3 && allCaps(w) || unicode.IsDigit(firstRune(w)) || calendarWord(w) {
			return false
		}
	}
	return true
}

// calendarWord reports whether w names a month or a day of the week, in
// full or in the three letters news abbreviates them to.
func calendarWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	for m := time.January; m <= time.December; m++ {
		if n := m.String(); strings.EqualFold(w, n) || strings.EqualFold(w, n[:3]) {
			return true
		}
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		if n := d.String(); strings.EqualFold(w, n) || strings.EqualFold(w, n[:3]) {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// subtitles joins a work's subtitle named alone to the work ("Last
// Voyage" after "Harbour Lights: Last Voyage"), when one work of the
// document has that subtitle. (The title alone, "Harbour Lights", may
// be the series the work belongs to.) A subtitle that is only "The" and
// a noun for a kind of work (kindSubtitle: "Tarvik: The Movie") names no
// work alone: "The Movie" after another title is that one's.
func (u *union) subtitles() {
	res := u.res
	var bySub map[string][]int
	for j, m := range res.Mentions {
		if m.Class != extract.CreativeWorkClass {
			continue
		}
		if _, sub, ok := strings.Cut(m.Text, ": "); ok {
			if kindSubtitle(u.words, sub) {
				continue
			}
			if bySub == nil {
				bySub = map[string][]int{}
			}
			bySub[Key(sub)] = append(bySub[Key(sub)], j)
		}
	}
	if bySub == nil {
		return
	}
	for i, m := range res.Mentions {
		if js := bySub[u.info[i].key]; len(js) > 0 && isEntityType(m.Type) {
			u.joinSole(i, js)
		}
	}
}

// labelColons reads the line of a list that labels what follows a dash
// with one word after a colon ("Ann Lee, Velden Weekly: Film - Harlow
// Nights"): the colon ends the name before it, which the label word
// never continues (the label-colon construction; joinSubtitles does not
// join such a title and subtitle). A name run over the colon is cut
// before it, and the words in title case before the colon that end in
// a newspaper's word (the lexicon's PaperWord: "Velden Weekly", "The
// Harlow Evening Standard") become one organisation's name in place of
// the names found inside them.
func (r *Resolver) labelColons(res *extract.Result) {
	var add []extract.Mention
	drop := map[int]bool{}
	for si, s := range res.Sentences {
		toks := s.Tokens
		for c := 1; c+2 < len(toks); c++ {
			if toks[c].Text != ":" || !titleWord(toks[c+1].Text) || !dashWord(toks[c+2].Text) {
				continue
			}
			colon := toks[c].Start
			for i := range res.Mentions {
				m := &res.Mentions[i]
				if m.Sentence == si && m.Start < colon && m.End > colon && isEntityType(m.Type) {
					m.End = toks[c-1].End
					m.Text = res.Doc.Text[m.Start:m.End]
				}
			}
			lo := titleStart(toks, c, 0)
			if lo < 0 || r.words == nil || !r.words.Is(strings.ToLower(toks[c-1].Text), lexicon.PaperWord) {
				continue
			}
			if m, ok := r.outletName(res, si, toks[lo].Start, toks[c-1].End, drop); ok {
				add = append(add, m)
			}
		}
	}
	dropMentions(res, drop)
	res.Mentions = append(res.Mentions, add...)
}

// outletName returns an organisation's mention over [start, end) of
// sentence si, marking in drop the names found inside it, when at
// least one lies inside and none crosses its ends. A name that is all
// of it already becomes an organisation's in place (a newspaper the
// recognizer took for a person or a work, "Harlow Gazette"), and no
// mention is returned.
func (r *Resolver) outletName(res *extract.Result, si, start, end int, drop map[int]bool) (extract.Mention, bool) {
	var inside []int
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Sentence != si || m.End <= start || m.Start >= end || !isEntityType(m.Type) {
			continue
		}
		if m.Start < start || m.End > end {
			return extract.Mention{}, false
		}
		if m.End == end && strings.TrimPrefix(res.Doc.Text[start:end], "The ") == m.Text {
			m.Type, m.Class = extract.Organization, ""
			return extract.Mention{}, false
		}
		inside = append(inside, i)
	}
	if len(inside) == 0 {
		return extract.Mention{}, false
	}
	for _, i := range inside {
		drop[i] = true
	}
	text := res.Doc.Text[start:end]
	if t, ok := strings.CutPrefix(text, "The "); ok {
		start, text = start+len("The "), t
	}
	return extract.Mention{Start: start, End: end, Text: text, Type: extract.Organization, Sentence: si, Entity: -1}, true
}
