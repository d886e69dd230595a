package resolve

import (
	"sort"

	"github.com/kg-project/kg/extract"
)

// joinSlashNames joins two names the recognizer read apart on either
// side of a slash with no space around it into one body's name
// ("according to analysts Tarvik/NetVell": one firm, the slash-name
// construction). A pair written so names two things as often ("the
// Harlow/Pellam route", "the Lee/Ek partnership", "the Acme/Vellmar
// deal"), so the two are joined only when neither part is named alone
// elsewhere in the document, neither is a place the gazetteer lists,
// neither is a thing's ("the Vellcrypt/OpenVell key": a program and a
// standard), and they are not both people's names or both places' (the
// tagger's types): the joined name is an organisation's.
func (r *Resolver) joinSlashNames(res *extract.Result) {
	if len(res.Mentions) < 2 {
		return
	}
	text := res.Doc.Text
	alone := map[string]int{}
	joined := map[string]bool{}
	for _, m := range res.Mentions {
		if isEntityType(m.Type) && !besideSlash(text, m) {
			alone[m.Text]++
		}
	}
	joinNeighbours(res, func(m extract.Mention) bool { return isEntityType(m.Type) }, false, func(a *extract.Mention, b extract.Mention) bool {
		if b.End > len(text) || text[a.End:b.Start] != "/" || alone[a.Text] > 0 || alone[b.Text] > 0 || besideSlash(text, extract.Mention{Start: a.Start, End: b.End}) {
			return false
		}
		if a.Type == b.Type && a.Type != extract.Organization || a.Type == extract.Miscellaneous || b.Type == extract.Miscellaneous ||
			r.listedPlace(a.Text) || r.listedPlace(b.Text) {
			return false
		}
		a.End = b.End
		a.Text = text[a.Start:a.End]
		a.Type = extract.Organization
		joined[a.Text] = true
		return true
	})
	extendSlashNames(res, joined)
}

// extendSlashNames extends to the whole of a name joinSlashNames joined
// another mention of its first part before the slash and the rest, where
// the recognizer read no name after the slash or read one that ends
// inside the whole ("Ann Lee, Tarvik/NetVell analyst"; "analysts
// Tarvik/NetVell" typed a person's and a thing's, joined elsewhere): a
// document writes one name one way. A mention the whole covers is
// dropped.
func extendSlashNames(res *extract.Result, joined map[string]bool) {
	if len(joined) == 0 {
		return
	}
	text := res.Doc.Text
	names := make([]string, 0, len(joined))
	for name := range joined {
		names = append(names, name)
	}
	// The longest first, for a name that holds another's first parts.
	sort.Slice(names, func(i, j int) bool {
		return len(names[i]) > len(names[j]) || len(names[i]) == len(names[j]) && names[i] < names[j]
	})
	drop := map[int]bool{}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if drop[i] || !isEntityType(m.Type) || m.End >= len(text) || text[m.End] != '/' {
			continue
		}
		for _, name := range names {
			end := m.Start + len(name)
			if end > len(text) || text[m.Start:end] != name || end < len(text) && isWordByte(text[end]) {
				continue
			}
			covered, ok := coveredMentions(res, i, m.End, end)
			if !ok {
				continue
			}
			for _, k := range covered {
				drop[k] = true
			}
			m.End, m.Text, m.Type = end, name, extract.Organization
			break
		}
	}
	dropMentions(res, drop)
}

// coveredMentions returns the mentions other than i that start in [lo,
// hi); ok is false when one of them runs past hi.
func coveredMentions(res *extract.Result, i, lo, hi int) ([]int, bool) {
	var out []int
	for k, m := range res.Mentions {
		if k == i || m.Start < lo || m.Start >= hi {
			continue
		}
		if m.End > hi {
			return nil, false
		}
		out = append(out, k)
	}
	return out, true
}

// isWordByte reports whether b is an ASCII letter or digit, or a byte
// of a multi-byte character.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// besideSlash reports whether a slash stands right before or right after
// mention m in text.
func besideSlash(text string, m extract.Mention) bool {
	return m.Start > 0 && text[m.Start-1] == '/' || m.End < len(text) && text[m.End] == '/'
}

// listedPlace reports whether the gazetteer lists name as a place's.
func (r *Resolver) listedPlace(name string) bool {
	return r.known != nil && r.known.KnownName(name, extract.Location)
}
