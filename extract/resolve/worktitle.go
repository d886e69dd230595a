package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// joinCapitalTitle makes the title after a singular noun for a kind of work
// one mention: "the ballad Harlow On My Mind", "the song Right To Be
// Wrong", "the album How To Mend A Tarvik Heart". News capitalises a
// function word or a pronoun ("On", "To", "My", "You") only inside a
// title; the recognizer cuts the title there, reads its parts as people,
// places or bodies, or misses it. The noun is a record's, a show's or a
// creative work's in lower case (workNounAt) after a determiner, a
// possessive, an adjective, a number, a preposition or a noun in lower
// case (nounBefore, or any noun: "string ballad"; not the verb of "to
// record Harlow On My Mind"), and the title follows it at once: capitalised
// words, a lower-case function word between two of them, glued parts
// ("Can't"), up to the first other word or mark ("and" ends it: two
// titles are listed so); it holds two words or
// more, a capitalised function word or pronoun after its first word,
// and ends with a capital or a number. A title one mention already spans
// is left as it is; a mention running out of it, or one that names no
// entity (a date), leaves it alone, as does the headline. The mentions
// inside give way to one miscellaneous mention of the title, whose kind
// the typer reads (the capital-title rule).
func (r *Resolver) joinCapitalTitle(res *extract.Result) {
	if r.words == nil {
		return
	}
	r.joinSpans(res, func(s *extract.Sentence, k int) (lo, hi int, ok bool) {
		// A capitalised word after the noun first, the noun's classes
		// only then (this runs at each token): titleRunEnd reads no title
		// without it.
		if k < 1 || k+2 >= len(s.Tokens) || !tokenize.StartsUpper(s.Tokens[k+1].Text) || !r.workNounAt(s, k) ||
			!r.nounBefore(s, k) && !(s.POS[k-1] == "NN" && tokenize.StartsLower(s.Tokens[k-1].Text)) {
			return 0, 0, false
		}
		hi = titleRunEnd(s.Tokens, k+1)
		return k + 1, hi, hi >= k+3 && innerTitleWord(s.Tokens, k+2, hi)
	}, func(si, lo, hi int) ([]extract.Mention, []int, bool) {
		return r.workListMentions(res, si, [][2]int{{lo, hi}})
	})
}

// joinSpans makes the spans of tokens that find returns one mention each,
// in every sentence with its tags: find reads at token k of a sentence
// the tokens [lo, hi) to join, and the search goes on after them; join
// gives the mentions that stand for them and those inside them that give
// way, or false to leave them. A span in the headline is left alone.
func (r *Resolver) joinSpans(res *extract.Result, find func(s *extract.Sentence, k int) (lo, hi int, ok bool), join func(si, lo, hi int) ([]extract.Mention, []int, bool)) {
	h := res.Headline
	var add []extract.Mention
	drop := map[int]bool{}
	for si := range res.Sentences {
		s := &res.Sentences[si]
		if len(s.POS) != len(s.Tokens) {
			continue
		}
		for k := 0; k < len(s.Tokens); k++ {
			lo, hi, ok := find(s, k)
			if !ok {
				continue
			}
			start, end := s.Tokens[lo].Start, s.Tokens[hi-1].End
			if h.End > h.Start && start < h.End && end > h.Start {
				continue
			}
			a, d, ok := join(si, lo, hi)
			if !ok {
				continue
			}
			for _, i := range d {
				drop[i] = true
			}
			add = append(add, a...)
			k = hi - 1
		}
	}
	if len(add) == 0 && len(drop) == 0 {
		return
	}
	dropMentions(res, drop)
	res.Mentions = append(res.Mentions, add...)
}

// titleRunEnd returns the token after the title that starts at token j:
// capitalised words and numbers, a lower-case function word between two
// of them but "and", "or" and "&", which part two titles as often
// ("Early Rain and The Harlow Diaries"), and glued parts ("Can't"). It returns j when no capitalised word opens the run.
func titleRunEnd(t []tokenize.Token, j int) int {
	if j >= len(t) || !tokenize.StartsUpper(t[j].Text) {
		return j
	}
	k := j
	for k < len(t) {
		w := t[k].Text
		switch {
		case tokenize.StartsUpper(w) || digitWord(w) || k > j && t[k].Start == t[k-1].End && gluedTitlePart(w) && w != "?" && w != "!":
			k++
		case titleFunctionWord(w) && w != "and" && w != "or" && w != "&" && k+1 < len(t) && tokenize.StartsUpper(t[k+1].Text):
			k++
		default:
			return k
		}
	}
	return k
}

// innerTitleWord reports whether a token from lo to hi is a capitalised
// function word or personal pronoun, as news writes only inside a title
// ("On", "To", "My", "You", "I").
func innerTitleWord(t []tokenize.Token, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		w := t[k].Text
		if !tokenize.StartsUpper(w) {
			continue
		}
		l := strings.ToLower(w)
		if titleFunctionWord(l) || titlePronoun(l) {
			return true
		}
	}
	return false
}

// titlePronoun reports whether w, in lower case, is a personal pronoun
// or a possessive determiner (a closed class): "i", "you", "my", "your".
func titlePronoun(w string) bool {
	switch w {
	case "i", "me", "my", "you", "your", "we", "us", "our", "it", "its", "he", "him", "his", "she", "her", "they", "them", "their":
		return true
	}
	return false
}
