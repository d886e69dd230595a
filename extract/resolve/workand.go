package resolve

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// splitWorkAnd parts a mention the recognizer ran over two titles
// joined by the "and" of a list of works (the work-and-split rule):
//
//   - the last two items of a list after a comma and another name
//     ("songs such as Rain Song, Love Harlow and For the Love of Acme",
//     "Tarvik, Finding Vell and The Lord of Norland"): the "and" ends the
//     list;
//   - two titles right after a plural noun for works and "including",
//     "like" or "such as" ("novels such as The Salt of Harlow and Vell
//     4/4", "songs including Lanterns At Dusk and Orlen River Waltz"),
//     or the verb "include" ("her songs include Rain Song and Vell
//     Road"), when the second part does not begin with an article: "films like
//     Ann Tarvik and The Prisoner Of Norland" is one title, of the kind
//     "X and the Y";
//   - a place after "in", glued to a title ("the war in Norland and
//     Walk Along With The Tarvik tells ..."): the place is a place's
//     name of its own. The first part is a name the gazetteer lists as a
//     place's only or a country's, or one word news writes capitalised
//     (no common noun) before a title of two words or more.
//
// Each part begins with a capital and holds only capitalised words,
// numbers and function words; in the first two the first part holds two
// words or more, so that a title of two single words ("Pride and
// Tarvik", "Will and Bo") stays whole, and the mention has one "and"
// only. The gazetteer does not list the whole. A headline is left alone.
func (r *Resolver) splitWorkAnd(res *extract.Result) {
	if r.words == nil {
		return
	}
	ends := map[int]int{}
	for _, m := range res.Mentions {
		ends[m.End] = m.Sentence
	}
	h := res.Headline
	var add []extract.Mention
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.Person || m.Type == extract.EventType || strings.Count(m.Text, " and ") != 1 {
			continue
		}
		if h.End > h.Start && m.Start < h.End && m.End > h.Start {
			continue
		}
		a, b, _ := strings.Cut(m.Text, " and ")
		if !ofNameWords(a) || !ofNameWords(b) || r.listed(m.Text) {
			continue
		}
		place := wordBefore(res, *m) == "in" && (r.placeOnly(a) || r.properWord(a) && len(strings.Fields(b)) >= 2)
		if !place {
			if len(strings.Fields(a)) < 2 {
				continue
			}
			if !afterListed(res, ends, *m) && (startsArticle(b) || !r.worksListBefore(res, *m)) {
				continue
			}
		}
		second := splitTwo(m, a, b)
		if place {
			m.Type = extract.Location
			m.Class = ""
		}
		add = append(add, second)
	}
	res.Mentions = append(res.Mentions, add...)
}

// startsArticle reports whether s begins with an article.
func startsArticle(s string) bool {
	first, _, _ := strings.Cut(s, " ")
	switch strings.ToLower(first) {
	case "the", "a", "an":
		return true
	}
	return false
}

// wordBefore returns the token right before mention m in its sentence,
// or "".
func wordBefore(res *extract.Result, m extract.Mention) string {
	s, lo, _, ok := mentionTokens(res, m)
	if !ok || lo == 0 {
		return ""
	}
	return s.Tokens[lo-1].Text
}

// worksListBefore reports whether a plural noun for works in lower case
// and "including", "like" or "such as", or the verb "include", stand
// before mention m, perhaps with an article between ("hits such as The X
// and Y", "whose hits include X and Y"): see
// splitWorkAnd.
func (r *Resolver) worksListBefore(res *extract.Result, m extract.Mention) bool {
	s, k, _, ok := mentionTokens(res, m)
	if !ok || len(s.POS) != len(s.Tokens) {
		return false
	}
	k--
	if k >= 0 && startsArticle(s.Tokens[k].Text) {
		k--
	}
	if k < 1 {
		return false
	}
	switch s.Tokens[k].Text {
	case "including", "like", "include", "includes", "included":
		k--
	case "as":
		if s.Tokens[k-1].Text != "such" {
			return false
		}
		k -= 2
	default:
		return false
	}
	if k < 0 || s.POS[k] != "NNS" || !tokenize.StartsLower(s.Tokens[k].Text) {
		return false
	}
	word := s.Tokens[k].Text
	one := r.words.Lemma(word, "NNS")
	for _, c := range []lexicon.Class{lexicon.Work, lexicon.CreativeWork, lexicon.RecordWork, lexicon.ShownWork} {
		if r.words.Is(one, c) {
			return true
		}
	}
	return r.words.Is(strings.TrimSuffix(word, "s"), lexicon.TradeWork)
}

// properWord reports whether w is one capitalised word that news does
// not write in lower case more often than not (no common noun's).
func (r *Resolver) properWord(w string) bool {
	casings, ok := r.aliases.(Casings)
	return ok && !strings.Contains(w, " ") && tokenize.StartsUpper(w) && letters(w) && !allCaps(w) && !commonWord(casings, w)
}

// placeOnly reports whether the gazetteer or the aliases know name as a
// place's only ("Norland", "Harlow"), or as a country's.
func (r *Resolver) placeOnly(name string) bool {
	if r.placeName(name) {
		return true
	}
	if r.aliases == nil {
		return false
	}
	country, _ := r.placeWord(name)
	return country
}

// splitAndTheTitles mends two titles the recognizer cut as "Sea and
// Mind Your Tarvik" out of "beating Salt and the Sea and Mind Your
// Tarvik": a title "A and the B", whose "the" in lower case keeps it one
// name, then "and" and another title. The recognizer ran the second
// "and" into a name and left "A" out (or apart). A is one capitalised
// word, right before "and the", in no other mention than its own; B one
// capitalised word; the rest after B's "and" begins with a capital,
// holds only capitalised words, numbers and function words, and is two
// words or more. "A and the B" becomes a miscellaneous name, and the rest
// another, a title beside a title (the and-the title rule). A headline is left alone.
func splitAndTheTitles(res *extract.Result) {
	text := res.Doc.Text
	h := res.Headline
	var add []extract.Mention
	drop := map[int]bool{}
	for i := range res.Mentions {
		b := &res.Mentions[i]
		if !isEntityType(b.Type) || b.Type == extract.Person || b.Type == extract.EventType || h.End > h.Start && b.Start < h.End {
			continue
		}
		first, rest, ok := strings.Cut(b.Text, " and ")
		if !ok || strings.Contains(first, " ") || !nameWords(first) || !ofNameWords(rest) || len(strings.Fields(rest)) < 2 {
			continue
		}
		before, ok := strings.CutSuffix(text[:b.Start], " and the ")
		if !ok {
			continue
		}
		start := strings.LastIndexFunc(before, func(c rune) bool { return !unicode.IsLetter(c) }) + 1
		if w := before[start:]; len(w) < 2 || !tokenize.StartsUpper(w) || allCaps(w) {
			continue
		}
		own, clash := -1, false
		for j, m := range res.Mentions {
			if j == i || m.End <= start || m.Start >= b.Start {
				continue
			}
			if m.Start == start && m.End == len(before) && isEntityType(m.Type) && m.Type != extract.Person {
				own = j
				continue
			}
			clash = true
		}
		if clash {
			continue
		}
		if own >= 0 {
			drop[own] = true
		}
		second := *b
		second.Start = b.End - len(rest)
		second.Text = rest
		second.Type = extract.Miscellaneous
		second.Class = ""
		add = append(add, second)
		b.Start = start
		b.End = start + len(before) - start + len(" and the ") + len(first)
		b.Text = text[b.Start:b.End]
		b.Type = extract.Miscellaneous
		b.Class = ""
	}
	dropMentions(res, drop)
	res.Mentions = append(res.Mentions, add...)
}
