package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// joinGivenSurnames takes into a one-word name the given name right
// before it that the recognizer left out, and makes it a person's, when
// the document writes the word after an honorific too: in "Finance
// Minister Ann Harlow ... Ms Harlow said" the word is a surname, not a
// place's or a body's name, and "Ann Harlow" is the person (the
// given-surname construction). The given name is a capitalised word in
// letters, one space before the name, in no other name, that the list of
// given names knows or that a capitalised office's title stands right
// before ("Finance Minister Tove Harlow": no office's word itself); the honorific's name may be read as any type, and is made a
// person's too.
func (r *Resolver) joinGivenSurnames(res *extract.Result) {
	firstNames, ok := r.aliases.(FirstNames)
	if !ok || r.words == nil {
		return
	}
	honored := r.honoredSurnames(res)
	if len(honored) == 0 {
		return
	}
	joined := map[string]bool{}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if w, ok := honored[m.Text]; !ok || w < 0 {
			continue
		}
		s, a, _, ok := mentionTokens(res, *m)
		if !ok || a == 0 {
			continue
		}
		g := s.Tokens[a-1]
		if g.End+1 != m.Start || !capitalisedWord(g.Text) || inAnyMention(res, g.Start) {
			continue
		}
		if !firstNames.FirstName(g.Text) && (a < 2 || !r.officeWord(s.Tokens[a-2].Text) || !tokenize.StartsUpper(s.Tokens[a-2].Text) || r.officeWord(g.Text)) {
			continue
		}
		joined[m.Text] = true
		m.Start = g.Start
		m.Text = res.Doc.Text[m.Start:m.End]
		m.Type, m.Class = extract.Person, ""
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if w, ok := honored[m.Text]; ok && w < 0 && joined[m.Text[-w:]] {
			m.Type, m.Class = extract.Person, ""
		}
	}
}

// honoredSurnames returns the names of two words the document writes
// with an honorific first ("Ms Harlow", "Dr. Vell"), each with minus the
// offset of its second word, and those second words, each with 0.
func (r *Resolver) honoredSurnames(res *extract.Result) map[string]int {
	var out map[string]int
	for _, m := range res.Mentions {
		ws := wordSpans(m.Text)
		if len(ws) != 2 {
			continue
		}
		w := m.Text[ws[1][0]:ws[1][1]]
		if !tokenize.StartsUpper(w) || !r.honorific(strings.TrimSuffix(m.Text[ws[0][0]:ws[0][1]], ".")) {
			continue
		}
		if out == nil {
			out = map[string]int{}
		}
		out[w] = 0
		out[m.Text] = -ws[1][0]
	}
	return out
}

// inAnyMention reports whether the byte offset at lies inside a mention
// of res.
func inAnyMention(res *extract.Result, at int) bool {
	for _, m := range res.Mentions {
		if m.Start <= at && at < m.End {
			return true
		}
	}
	return false
}
