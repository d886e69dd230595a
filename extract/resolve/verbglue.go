package resolve

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// splitVerbGlue splits a person's, a body's or a place's name that the
// recognizer ran over a verb written in lower case between two names
// ("the Acme run Tarvik store", "Bo Ek make Ann Lee"): no such name holds
// a verb in lower case, which stands between its subject and its object
// or the thing it describes. Each side that holds a capital letter stays
// a name of the same type ("Acme", "Tarvik"), the verb and a side with
// none, or of one word news writes in lower case more often than not or
// a kind of person ("the Tyrant is Bo Ek" in a headline), go (the verb-glue
// construction). A work's title ("Gone with
// Tarvik") is left alone.
func (r *Resolver) splitVerbGlue(res *extract.Result) {
	var add []extract.Mention
	drop := map[int]bool{}
	for i, m := range res.Mentions {
		if m.Type != extract.Person && m.Type != extract.Organization && m.Type != extract.Location || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		s := &res.Sentences[m.Sentence]
		lo, hi := s.TokenSpan(m.Start, m.End)
		if lo < 0 || hi > len(s.POS) {
			continue
		}
		parts := r.verbGlueParts(s, lo, hi)
		if len(parts) < 2 {
			continue
		}
		drop[i] = true
		for _, p := range parts {
			if w := s.Tokens[p[0]].Text; !hasUpper(s, p[0], p[1]) || p[1]-p[0] == 1 && tokenize.StartsUpper(w) && r.oftenLower(w) {
				continue
			}
			k := m
			k.Start, k.End = s.Tokens[p[0]].Start, s.Tokens[p[1]-1].End
			k.Text = res.Doc.Text[k.Start:k.End]
			k.Class = ""
			add = append(add, k)
		}
	}
	if len(drop) == 0 {
		return
	}
	dropMentions(res, drop)
	res.Mentions = append(res.Mentions, add...)
}

// verbGlueParts returns the token spans of the tokens [lo, hi) of s
// between the verbs in lower case inside them (the tagger's VB* or MD,
// a word of letters that WordNet has as a verb: not "sans" of a French
// name; not the first or the last token), or one span when there is
// none.
func (r *Resolver) verbGlueParts(s *extract.Sentence, lo, hi int) [][2]int {
	var parts [][2]int
	from := lo
	for k := lo + 1; k+1 < hi; k++ {
		w := s.Tokens[k].Text
		if !lowerVerb(w, s.POS[k]) || r.words == nil || !r.words.Known(r.words.Lemma(w, s.POS[k]), lexicon.Verb) {
			continue
		}
		if k > from {
			parts = append(parts, [2]int{from, k})
		}
		from = k + 1
	}
	return append(parts, [2]int{from, hi})
}

// lowerVerb reports whether word w, tagged tag, is a verb written in
// lower case: two letters or more, all of them letters.
func lowerVerb(w, tag string) bool {
	if len(w) < 2 || !strings.HasPrefix(tag, "VB") && tag != "MD" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// oftenLower reports whether news writes word in lower case more often
// than capitalised, or, a word too rare to tell, WordNet has it as a
// noun for a kind of person (a common noun a headline capitalised:
// "Tyrant").
func (r *Resolver) oftenLower(word string) bool {
	if casings, ok := r.aliases.(Casings); ok {
		if lo, hi, ok := casings.Casing(word); ok {
			return lo > hi
		}
	}
	return r.words != nil && r.words.Is(strings.ToLower(word), lexicon.PersonNoun)
}

// hasUpper reports whether a token of s in [lo, hi) holds a capital
// letter ("iTunes").
func hasUpper(s *extract.Sentence, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if strings.IndexFunc(s.Tokens[k].Text, unicode.IsUpper) >= 0 {
			return true
		}
	}
	return false
}
