package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// trimPostNominals cuts a person's post-nominal letters off the name the
// recognizer read with them, when the name opens with a known given name
// ("Ann Lee QC", of whatever type it gave), and drops the letters read as
// a name of their own right after a person's name of two words or more
// ("Bo Ek" then "QC"): letters in capitals after a person's name are an
// honour or a rank, no part of the name and no name of anyone (the
// honour-letters construction). The letters are two or three, no company's
// legal form ("Ann Lee AG" may be a firm's name), no body's name the
// gazetteer holds and no country's ("Ann Lee UK"); a region's code may
// be an honour's letters too.
func (r *Resolver) trimPostNominals(res *extract.Result) {
	firstNames, ok := r.aliases.(FirstNames)
	if !ok || r.words == nil {
		return
	}
	personEnds := map[int]bool{}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		words := wordSpans(m.Text)
		if len(words) >= 3 && isEntityType(m.Type) && m.Type != extract.EventType &&
			r.postNominal(m.Text[words[len(words)-1][0]:]) && firstNames.FirstName(m.Text[:words[0][1]]) {
			m.Text = m.Text[:words[len(words)-2][1]]
			m.End = m.Start + len(m.Text)
			m.Type, m.Class = extract.Person, ""
		}
		if m.Type == extract.Person && strings.Contains(m.Text, " ") {
			personEnds[m.End] = true
		}
	}
	text := res.Doc.Text
	kept := res.Mentions[:0]
	for _, m := range res.Mentions {
		if m.Start > 0 && m.Start <= len(text) && text[m.Start-1] == ' ' && personEnds[m.Start-1] && !strings.Contains(m.Text, " ") && r.postNominal(m.Text) {
			continue
		}
		kept = append(kept, m)
	}
	res.Mentions = kept
}

// postNominal reports whether w may be post-nominal letters: two or three
// capital letters, no legal form of a company, no body's name the
// gazetteer lists and no country's.
func (r *Resolver) postNominal(w string) bool {
	if len(w) < 2 || len(w) > 3 || !capitals(w) {
		return false
	}
	l := strings.ToLower(w)
	if r.legalEnding(l) {
		return false
	}
	if r.known != nil && r.known.KnownName(w, extract.Organization) {
		return false
	}
	if r.aliases != nil {
		if _, _, cls, ok := r.aliases.Canonical(w, extract.Location); ok && cls == "Country" {
			return false
		}
	}
	return true
}

// capitals reports whether w is letters A to Z only, all capitals.
func capitals(w string) bool {
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// legalEnding reports whether l, in lower case, is a legal form or a
// company's suffix (the lexicon's LegalForm and CompanySuffix: "ltd",
// "inc", "plc").
func (r *Resolver) legalEnding(l string) bool {
	return r.words.Is(l, lexicon.LegalForm) || r.words.Is(l, lexicon.CompanySuffix)
}
