package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// headlineLabels cuts the common noun that ends a feed's label opening a
// headline before a colon ("Vell Wrap: Otters Beat Hawks", "Acme
// Roundup: ..."): the label's noun says what kind of story follows, and
// no body is named "Vell Wrap" (the headline-label construction). The
// name opens the headline, ends right before the colon and is two words
// or more; its last word is a capitalised common noun that news writes
// in lower case at least half as often and that names no body, facility,
// venue, newspaper or kind of name ("Harlow Council: ..." stays), after
// a word in letters that is no function word ("Tarvik & Gamble: ..."
// stays); the text after the headline never writes the whole. What is
// left keeps its type.
func (r *Resolver) headlineLabels(res *extract.Result) {
	h := res.Headline
	casings, ok := r.aliases.(Casings)
	if !ok || r.words == nil || h.End <= h.Start || h.End > len(res.Doc.Text) {
		return
	}
	text := res.Doc.Text
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.EventType || strings.TrimSpace(text[h.Start:m.Start]) != "" || m.End >= h.End || text[m.End] != ':' {
			continue
		}
		words := wordSpans(m.Text)
		if len(words) < 2 {
			continue
		}
		last := m.Text[words[len(words)-1][0]:]
		before := m.Text[words[len(words)-2][0]:words[len(words)-2][1]]
		if !r.labelNoun(casings, last) || !letters(before) || !allCaps(before) && isFunctionWord(before) || strings.Contains(text[h.End:], m.Text) {
			continue
		}
		m.End = m.Start + words[len(words)-2][1]
		m.Text = text[m.Start:m.End]
	}
}

// labelNoun reports whether w is a capitalised common noun that may end
// a feed's label (see headlineLabels).
func (r *Resolver) labelNoun(casings Casings, w string) bool {
	if !tokenize.StartsUpper(w) || allCaps(w) || !letters(w) || !commonWord(casings, w) {
		return false
	}
	l := strings.ToLower(w)
	return r.words.Known(l, lexicon.Noun) && !r.namesBody(w) && !r.kindWord(w) && !r.words.Is(l, lexicon.PaperWord) && !r.words.NameWord(l)
}
