package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
)

// extendBracketExpansions takes into a name in brackets after an
// acronym the capitalised words after it, up to the closing bracket,
// that the recognizer left out, when the whole spells the acronym out:
// "HVFM (Harlow Vell FM)" names Harlow Vell FM, the initials of its words
// (all the letters of a word in capitals) being HVFM (the
// bracket-expansion construction). A mention of its own among the words
// taken goes (extendOver). The parenthetical step then reads the acronym
// as its alias.
func extendBracketExpansions(res *extract.Result) {
	drop := map[int]bool{}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if drop[i] || !isEntityType(m.Type) || m.Type == extract.Person {
			continue
		}
		s, a, b, ok := mentionTokens(res, *m)
		if !ok || a < 2 || s.Tokens[a-1].Text != "(" || !allCaps(s.Tokens[a-2].Text) || !letters(s.Tokens[a-2].Text) {
			continue
		}
		k := b
		for k < len(s.Tokens) && s.Tokens[k].Text != ")" && nameWords(s.Tokens[k].Text) && s.Tokens[k].Start == s.Tokens[k-1].End+1 {
			k++
		}
		if k == b || k >= len(s.Tokens) || s.Tokens[k].Text != ")" {
			continue
		}
		words := tokenWords(s, a, k)
		acr := s.Tokens[a-2].Text
		if spelled := spelledInitials(words); !strings.EqualFold(spelled, acr) && initialsOf(words) != acr {
			continue
		}
		extendOver(res, i, s.Tokens[k-1].End, drop)
	}
	dropMentions(res, drop)
}
