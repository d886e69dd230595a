package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// extendInnerThe takes into a name the capitalised "The" the recognizer
// left out right before it inside a sentence, after a word in lower case,
// a comma or an opening bracket: "she read The Harbour Code", "starred in
// The Tarvik Show", "(The Vell Years, NBS Two)". News writes a body's or
// a place's "the" in lower case inside a sentence, and a title's, a
// band's or a paper's own article capitalised, so the article is the
// name's. Not in the headline (title case capitalises every word), nor
// after a colon, a dash or a quotation mark, which may open a clause; not
// a body's name whose short forms drop the article (see bodyHead: "The
// Acme Group" is Acme Group and Acme). The type is left to the typer,
// which reads the article (the inner-The rule).
func (r *Resolver) extendInnerThe(res *extract.Result) {
	covered := map[int]bool{}
	for _, m := range res.Mentions {
		covered[m.Start] = true
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || strings.HasPrefix(m.Text, "The ") || res.Headline.End > 0 && m.Start < res.Headline.End || r.bodyHead(m.Text) {
			continue
		}
		s, a, _, ok := mentionTokens(res, *m)
		if !ok || a < 2 {
			continue
		}
		the, prev := s.Tokens[a-1], s.Tokens[a-2].Text
		if the.Text != "The" || the.End+1 != m.Start || covered[the.Start] || !(tokenize.StartsLower(prev) || prev == "," || prev == "(") {
			continue
		}
		m.Start = the.Start
		m.Text = res.Doc.Text[m.Start:m.End]
	}
}

// bodyHead reports whether name ends in a word for a kind of body or a
// legal form ("Acme Group", "Acme Co"), or is an initialism ("NBS"): a
// body's name, which its short forms name without the article.
func (r *Resolver) bodyHead(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 || r.words == nil {
		return true
	}
	last := strings.ToLower(strings.TrimRight(ws[len(ws)-1], "."))
	return allCaps(name) || r.bodyWord(last) || r.legalEnding(last)
}
