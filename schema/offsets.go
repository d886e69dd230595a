package schema

import "github.com/kg-project/kg/extract"

// CodePointOffsets turns every byte offset into the text held by res into
// a code point offset, as the graph's NIF offsets are: those of sentences
// and their tokens, quotes, the headline, mentions, relations' evidence
// and claims' content and unnamed sources. (A dateline's fields are token indexes, and the
// other indexes are into res's own lists.) res is changed in place, so it
// is for a Result about to be printed ('kg extract --format json') and no
// longer used: the pipeline's stages and Quads want byte offsets.
func CodePointOffsets(res *extract.Result) {
	o := NewOffsets(res.Doc.Text)
	cp := func(b *int) { *b = o.CodePoint(*b) }
	for i := range res.Sentences {
		s := &res.Sentences[i]
		cp(&s.Start)
		cp(&s.End)
		for j := range s.Tokens {
			cp(&s.Tokens[j].Start)
			cp(&s.Tokens[j].End)
		}
	}
	for i := range res.Quotes {
		q := &res.Quotes[i]
		cp(&q.Open)
		if q.Close >= 0 { // -1: unclosed
			cp(&q.Close)
		}
		cp(&q.Start)
		cp(&q.End)
	}
	cp(&res.Headline.Start)
	cp(&res.Headline.End)
	for i := range res.Mentions {
		cp(&res.Mentions[i].Start)
		cp(&res.Mentions[i].End)
	}
	for i := range res.Relations {
		cp(&res.Relations[i].Start)
		cp(&res.Relations[i].End)
	}
	for i := range res.Claims {
		cp(&res.Claims[i].Start)
		cp(&res.Claims[i].End)
		if src := &res.Claims[i].Source; *src != (extract.Span{}) {
			cp(&src.Start)
			cp(&src.End)
		}
	}
}
