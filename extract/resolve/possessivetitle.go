package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// joinPossessiveTitles makes one title of an owner's possessive and the
// capitalised words after it, right after a singular noun for a work in
// lower case: "the teen comedy Ann and Bo's Big Harbour Day", "the drama
// Tarvik's Last Winter" name one work each, which the recognizer reads
// as people and a thing. A noun in the singular names one work, and a
// work's maker is written before the noun ("Ann Lee's film X"), not
// between it and the title. The owner is one capitalised word, or two
// joined by "and", none in capitals nor named as a person elsewhere in
// the document ("Lee" beside "Ann Lee": "the biopic Lee's Harbour" may
// be hers); the words after the possessive are capitalised, the first
// no article (a title's own "The" after the possessive makes the owner
// its maker: "the film Lee's The Harbour"), up to the first word that
// is not. The mentions inside, a person's too, give way to one
// miscellaneous name (the possessive-title rule). A headline is left
// alone.
func (r *Resolver) joinPossessiveTitles(res *extract.Result) {
	if r.words == nil {
		return
	}
	r.joinSpans(res, func(s *extract.Sentence, k int) (lo, hi int, ok bool) {
		if k+4 >= len(s.Tokens) || s.Tokens[k].End+1 != s.Tokens[k+1].Start {
			return 0, 0, false
		}
		// The title's words first, the noun's classes only then (this
		// runs at each token).
		if hi, ok = possessiveTitleEnd(s.Tokens, k+1); !ok || !r.workNounAt(s, k) {
			return 0, 0, false
		}
		return k + 1, hi, true
	}, func(si, lo, hi int) ([]extract.Mention, []int, bool) {
		s := &res.Sentences[si]
		start, end := s.Tokens[lo].Start, s.Tokens[hi-1].End
		var inside []int
		for i, m := range res.Mentions {
			if !isEntityType(m.Type) || m.End <= start || m.Start >= end {
				continue
			}
			if m.Start < start || m.End > end || m.Type == extract.EventType {
				return nil, nil, false
			}
			inside = append(inside, i)
		}
		if len(inside) == 0 || ownerNamedElsewhere(res, s.Tokens[lo:hi], start, end) {
			return nil, nil, false
		}
		return []extract.Mention{{Start: start, End: end, Text: res.Doc.Text[start:end], Type: extract.Miscellaneous, Sentence: si, Entity: -1}}, inside, true
	})
}

// possessiveTitleEnd returns the token after a possessive title that
// starts at token lo (see joinPossessiveTitles): an owner of one
// capitalised word or two joined by "and", its "'s", and capitalised
// words, the first no article, up to the first word that is not.
func possessiveTitleEnd(t []tokenize.Token, lo int) (int, bool) {
	k := lo
	if !ownerWord(t[k].Text) {
		return 0, false
	}
	if k+2 < len(t) && t[k+1].Text == "and" && ownerWord(t[k+2].Text) {
		k += 2
	}
	k++
	if k+1 >= len(t) || !possessiveMark(t[k].Text) || t[k].Start != t[k-1].End || t[k+1].Start != t[k].End+1 {
		return 0, false
	}
	k++
	switch t[k].Text {
	case "The", "A", "An":
		return 0, false
	}
	hi := k
	for hi < len(t) && titleWord(t[hi].Text) && letters(t[hi].Text) && t[hi].Start == t[hi-1].End+1 {
		hi++
	}
	if hi == k || hi < len(t) && possessiveMark(t[hi].Text) {
		return 0, false
	}
	return hi, true
}

// ownerWord reports whether w may be a possessive title's owner word: a
// capitalised word of letters, not in capitals.
func ownerWord(w string) bool {
	return tokenize.StartsUpper(w) && letters(w) && !allCaps(w)
}

// ownerNamedElsewhere reports whether a word of the title before its
// possessive is, outside [start, end), a person's name or the last word
// of one the document names.
func ownerNamedElsewhere(res *extract.Result, toks []tokenize.Token, start, end int) bool {
	for _, t := range toks {
		if possessiveMark(t.Text) {
			return false
		}
		for _, m := range res.Mentions {
			if m.Type != extract.Person || m.Start >= start && m.End <= end {
				continue
			}
			if m.Text == t.Text || strings.HasSuffix(m.Text, " "+t.Text) {
				return true
			}
		}
	}
	return false
}
