package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
)

// gluedPossessives gives back the possessive a name took at its end
// when the document names the owner without it: "Pellam's" beside
// "Pellam" ("it is Pellam's which leads") is Pellam, and so is
// "Ann Pellams" where a headline dropped the apostrophe ("Ann Pellams
// probe") beside "Pellam" or "Ann Pellam". A glued "s" is given back
// only when the name's last word without it is written, as a whole
// word, in another name of the document, is no common word news writes
// in lower case (a team's plural, "the Harlow Lions" beside "Lion
// Park", keeps its "s") and begins no people's names ("Ann Williams"
// beside "William"), and when no apostrophe follows.
func (r *Resolver) gluedPossessives(res *extract.Result) {
	casings, _ := r.aliases.(Casings)
	firstNames, _ := r.aliases.(FirstNames)
	names := map[[2]string]bool{}
	words := map[string]bool{}
	for _, m := range res.Mentions {
		if !isEntityType(m.Type) {
			continue
		}
		names[[2]string{m.Text, m.Type}] = true
		for _, w := range strings.Fields(m.Text) {
			words[w] = true
		}
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) {
			continue
		}
		if owner, ok := trailingPossessive(m.Text); ok {
			if names[[2]string{owner, m.Type}] {
				m.End = m.Start + len(owner)
				m.Text = owner
			}
			continue
		}
		if casings != nil && r.gluedS(res, *m, words, casings, firstNames) {
			m.End--
			m.Text = m.Text[:len(m.Text)-1]
		}
	}
}

// trailingPossessive returns the name before a "'s" that ends name.
func trailingPossessive(name string) (string, bool) {
	for _, mark := range []string{"'s", "\u2019s"} {
		if owner, ok := strings.CutSuffix(name, mark); ok && owner != "" && !strings.HasSuffix(owner, " ") {
			return owner, true
		}
	}
	return "", false
}

// gluedS reports whether mention m's last word ends in an "s" that is a
// possessive without its apostrophe (see gluedPossessives).
func (r *Resolver) gluedS(res *extract.Result, m extract.Mention, words map[string]bool, casings Casings, firstNames FirstNames) bool {
	fields := strings.Fields(m.Text)
	if len(fields) == 0 {
		return false
	}
	last := fields[len(fields)-1]
	bare, ok := strings.CutSuffix(last, "s")
	if !ok || utf8.RuneCountInString(bare) < 3 || !words[bare] {
		return false
	}
	first, _ := utf8.DecodeRuneInString(bare)
	end, _ := utf8.DecodeLastRuneInString(bare)
	if !unicode.IsUpper(first) || !unicode.IsLower(end) || end == 's' {
		return false
	}
	if m.End > len(res.Doc.Text) {
		return false
	}
	if rest := res.Doc.Text[m.End:]; strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "\u2019") {
		return false
	}
	if _, _, known := casings.Casing(last); known || commonWord(casings, bare) {
		return false
	}
	if firstNames != nil && firstNames.FirstName(bare) {
		return false
	}
	if d, ok := r.aliases.(Demonyms); ok && d.IsDemonym(bare) {
		return false
	}
	return ownerPlace(res, m)
}

// ownerPlace reports whether mention m stands where an owner does: no
// determiner or number before it ("the Lees", "three Cups" are plurals)
// and a noun or an adjective right after it, the thing owned ("Norlands
// capital", "Lees probe").
func ownerPlace(res *extract.Result, m extract.Mention) bool {
	s, a, b, ok := mentionTokens(res, m)
	if !ok || b >= len(s.Tokens) || len(s.POS) != len(s.Tokens) {
		return false
	}
	if a > 0 {
		switch s.POS[a-1] {
		case "DT", "CD", "PDT", "PRP$", "JJ", "JJR", "JJS":
			return false
		}
	}
	next := s.POS[b]
	return strings.HasPrefix(next, "NN") || strings.HasPrefix(next, "JJ")
}
