package resolve

import (
	"maps"
	"slices"
	"strings"

	"github.com/kg-project/kg/extract"
)

// extendToWholeNames widens a mention to a name the document names whole
// elsewhere, of three words or more with a word in lower case, that
// ends where the mention ends and begins before it ("Top" of "Harbour of
// the Tops" read alone where the text writes "the Harbour of the Tops"
// whole later): the recognizer cut the name at its function words. A
// mention that the whole name begins inside ("The Grand Harbour" before
// "of the Tops", the name "Harbour of the Tops") joins it too, one name
// of the whole's type (the whole-name rule). No mention other than those
// two may lie across the name.
func extendToWholeNames(res *extract.Result) {
	wholes := map[string]string{}
	for _, m := range res.Mentions {
		if isEntityType(m.Type) && m.Type != extract.EventType && len(strings.Fields(m.Text)) >= 3 && hasLowerWord(m.Text) {
			wholes[m.Text] = m.Type
		}
	}
	if len(wholes) == 0 {
		return
	}
	// The longest whole first, then in text order, so that the widening
	// does not depend on the map's order.
	names := slices.Collect(maps.Keys(wholes))
	slices.SortFunc(names, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	text := res.Doc.Text
	drop := map[int]bool{}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if drop[i] || !isEntityType(m.Type) || m.Type == extract.EventType || m.End > len(text) {
			continue
		}
		for _, w := range names {
			typ := wholes[w]
			start := m.End - len(w)
			if start < 0 || start >= m.Start || text[start:m.End] != w || start > 0 && text[start-1] != ' ' && text[start-1] != '\n' && text[start-1] != '(' {
				continue
			}
			p, ok := crossing(res, i, start)
			if !ok {
				continue
			}
			if p >= 0 {
				start = res.Mentions[p].Start
				drop[p] = true
			}
			m.Start, m.Text, m.Type, m.Class = start, text[start:m.End], typ, ""
			break
		}
	}
	dropMentions(res, drop)
}

// crossing returns the one mention other than i that lies across offset
// start, beginning at or before it and ending before mention i, or -1
// when none does; ok is false when another mention lies between start and
// mention i.
func crossing(res *extract.Result, i, start int) (p int, ok bool) {
	p = -1
	m := res.Mentions[i]
	for j, o := range res.Mentions {
		if j == i || o.End <= start || o.Start >= m.Start {
			continue
		}
		if o.Start > start || p >= 0 || o.End > m.Start {
			return -1, false
		}
		p = j
	}
	return p, true
}

// hasLowerWord reports whether a word of name, after its first, begins
// with a lower-case letter ("of", "the").
func hasLowerWord(name string) bool {
	ws := strings.Fields(name)
	for _, w := range ws[1:] {
		if w[0] >= 'a' && w[0] <= 'z' {
			return true
		}
	}
	return false
}
