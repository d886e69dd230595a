package resolve

import (
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// doubledNames splits a name that is one name written twice ("Harlow
// Harlow is a town on the coast": a page's title line run into its first
// sentence) into the two mentions of that name, each of the name's type,
// when the text also names it alone elsewhere, the doubled form stands
// once, and the gazetteer does not list the doubled form as a name of
// its own (a town, a band or a person may be so named) (the doubled-name
// construction).
func (r *Resolver) doubledNames(res *extract.Result) {
	count := map[string]int{}
	for _, m := range res.Mentions {
		count[m.Text]++
	}
	var add []extract.Mention
	drop := map[int]bool{}
	for i, m := range res.Mentions {
		half, ok := doubledHalf(m.Text)
		if !ok || !isEntityType(m.Type) || count[m.Text] != 1 || count[half] == 0 || r.listed(m.Text) {
			continue
		}
		first, second := m, m
		first.End, first.Text = m.Start+len(half), half
		second.Start, second.Text = m.End-len(half), half
		drop[i] = true
		add = append(add, first, second)
	}
	dropMentions(res, drop)
	res.Mentions = append(res.Mentions, add...)
}

// doubledHalf returns the first half of name when name is that half,
// capitalised, written twice with a space between ("Harlow Harlow",
// "Vell Bay Vell Bay").
func doubledHalf(name string) (string, bool) {
	words := wordSpans(name)
	n := len(words)
	if n < 2 || n%2 != 0 {
		return "", false
	}
	a := name[:words[n/2-1][1]]
	b := name[words[n/2][0]:]
	if a != b || !tokenize.StartsUpper(a) {
		return "", false
	}
	return a, true
}
