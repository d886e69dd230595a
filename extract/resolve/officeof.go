package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// trimOfficeOf cuts the title out of a name the recognizer read over an
// office and its "of" set off after a person's name: in "Bo Ek, Chief
// Operating Officer of Acme, said" the words after the comma are Bo Ek's
// title, not a person's or a body's name, and only "Acme" is a name (the
// office-of construction). The title is capitalised common words
// (perhaps after "the") that end in an office's noun (the lexicon's
// Office, NameTitle or TitleAbbreviation); what follows "of" has a word
// news writes capitalised ("of State" names no one). What is left takes
// the type another mention of it has, or the one the gazetteer lists it
// as, or an organisation's. The relate stage reads the title and the
// body or place it is held at.
func (r *Resolver) trimOfficeOf(res *extract.Result) {
	casings, ok := r.aliases.(Casings)
	if !ok || r.words == nil {
		return
	}
	types := bodyPlaceTypes(res)
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.EventType || !r.afterPersonComma(res, *m) {
			continue
		}
		start, ok := r.officeOfName(casings, *m)
		if !ok {
			continue
		}
		m.Start += start
		m.Text = m.Text[start:]
		m.Class = ""
		if t, ok := types[m.Text]; ok {
			m.Type = t
		} else if t, ok := r.listedOnlyAs(m.Text); ok && t != extract.Person {
			m.Type = t
		} else {
			m.Type = extract.Organization
		}
	}
}

// officeOfName returns where the name after the office's "of" begins in
// mention m, when m is a title and "of" and a name (see trimOfficeOf).
func (r *Resolver) officeOfName(casings Casings, m extract.Mention) (int, bool) {
	words := wordSpans(m.Text)
	of := -1
	for k, w := range words {
		if m.Text[w[0]:w[1]] == "of" {
			of = k
			break
		}
	}
	if of < 1 || of+1 >= len(words) || !r.titleNoun(m.Text[words[of-1][0]:words[of-1][1]]) {
		return 0, false
	}
	for _, w := range words[:of-1] {
		word := m.Text[w[0]:w[1]]
		if !tokenize.StartsUpper(word) || !letters(word) || !r.officeWord(word) && !commonWord(casings, word) {
			return 0, false
		}
	}
	start := words[of+1][0]
	if strings.HasPrefix(m.Text[start:], "the ") {
		start += len("the ")
	}
	named := false
	for _, w := range wordSpans(m.Text[start:]) {
		word := m.Text[start+w[0] : start+w[1]]
		named = named || tokenize.StartsUpper(word) && !commonWord(casings, word)
	}
	return start, named
}

// afterPersonComma reports whether mention m stands right after a
// person's name and a comma, perhaps with "the" between: "Bo Ek, Chief
// Officer of Acme", "Bo Ek, the Chief Officer of Acme".
func (r *Resolver) afterPersonComma(res *extract.Result, m extract.Mention) bool {
	text := res.Doc.Text
	end := m.Start - len(", ")
	if strings.HasSuffix(text[:m.Start], ", the ") {
		end = m.Start - len(", the ")
	}
	if end <= 0 || text[end:end+2] != ", " {
		return false
	}
	for _, o := range res.Mentions {
		if o.Type == extract.Person && o.End == end {
			return true
		}
	}
	return false
}
