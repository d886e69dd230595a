package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// trimRoleNouns takes out of a name a capitalised noun in the plural for
// a kind of person that the recognizer began it with ("Promoters Regular
// Vell booked the hall", "Rivals Harlow United won"): the noun says what
// the named are, and is no part of the name, when the document writes
// the name without it too ("Ann Lee of Regular Vell"). trimModifiers
// does it without that evidence where what is left is no common word. The
// noun must be a common word, not after a capitalised word or "of" (a
// name's inner word: "the King of Vell Fighters"), and the name go on in
// a capital and a small letter (not a numeral: "Vell Fighters XIV").
func (r *Resolver) trimRoleNouns(res *extract.Result) {
	if r.words == nil {
		return
	}
	casings, ok := r.aliases.(Casings)
	if !ok {
		return
	}
	named := map[string]bool{}
	for _, m := range res.Mentions {
		named[m.Text] = true
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Organization && m.Type != extract.Person && m.Type != extract.Location {
			continue
		}
		s, a, b, ok := mentionTokens(res, *m)
		if !ok || b-a < 2 || !tokenize.StartsUpper(s.Tokens[a+1].Text) || allCaps(s.Tokens[a+1].Text) || a > 0 && (tokenize.StartsUpper(s.Tokens[a-1].Text) || s.Tokens[a-1].Text == "of") {
			continue
		}
		w := s.Tokens[a].Text
		l := strings.ToLower(w)
		lemma := r.words.Lemma(l, "NNS")
		if !tokenize.StartsUpper(w) || allCaps(w) || !letters(w) || lemma == l || !strings.HasSuffix(l, "s") || !commonWord(casings, w) || !r.personKind(lemma) {
			continue
		}
		start := s.Tokens[a+1].Start
		if !named[m.Text[start-m.Start:]] {
			continue
		}
		m.Text = m.Text[start-m.Start:]
		m.Start = start
	}
}

// personKind reports whether lemma is a noun for a kind of person by
// what they do or are to others: an occupation, an office, an associate,
// a rival, the people of a place.
func (r *Resolver) personKind(lemma string) bool {
	for _, c := range []lexicon.Class{lexicon.Occupation, lexicon.Office, lexicon.Associate, lexicon.Opposition, lexicon.Inhabitant, lexicon.PersonNoun} {
		if r.words.Is(lemma, c) {
			return true
		}
	}
	return false
}

// trimTitleTails cuts from a person's name the office's title that ends
// it ("Acme Chairman", "Acme Deputy Chairman" out of "Acme chairman Bo
// Ek" written in a headline's capitals): a noun of an office (the
// lexicon's Office, NameTitle and TitleAbbreviation classes) written
// after a name is the title of someone the name's body employs, and
// never ends a person's name. What is left is a body's or a place's
// name: the type of another mention of it in the document, or the one
// the gazetteer lists it as, or, when a person's name follows the title
// ("Acme Chairman Bo Ek"), an organisation's. Without that evidence,
// when what is left opens with a given name ("Ann King") or is
// initials ("A King", a line-up's), and when the document capitalises
// the title's word inside a sentence elsewhere (a surname: "Jorvi
// Provost" then "Provost said"), the name is left whole (the
// title-tail construction).
func (r *Resolver) trimTitleTails(res *extract.Result) {
	if r.words == nil {
		return
	}
	types := bodyPlaceTypes(res)
	firstNames, _ := r.aliases.(FirstNames)
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Person {
			continue
		}
		words := wordSpans(m.Text)
		n := len(words)
		for n > 1 && r.titleNoun(m.Text[words[n-1][0]:words[n-1][1]]) {
			n--
		}
		if n == len(words) || n == 0 {
			continue
		}
		rest := m.Text[:words[n-1][1]]
		if firstNames != nil && firstNames.FirstName(m.Text[words[0][0]:words[0][1]]) || initialsOnly(rest) || r.titleCapitalised(res, *m, m.Text[words[n][0]:words[n][1]]) {
			continue
		}
		typ, ok := types[rest]
		if !ok {
			typ, ok = r.listedOnlyAs(rest)
			ok = ok && typ != extract.Person
		}
		if !ok && personAfter(res, *m) {
			typ, ok = extract.Organization, true
		}
		if !ok {
			continue
		}
		m.End = m.Start + len(rest)
		m.Text = rest
		m.Type, m.Class = typ, ""
	}
}

// initialsOnly reports whether each word of name is one letter, with or
// without its full stop ("L", "A. B."): a person's initials.
func initialsOnly(name string) bool {
	for _, w := range strings.Fields(name) {
		if len(strings.TrimSuffix(w, ".")) > 1 {
			return false
		}
	}
	return true
}

// titleCapitalised reports whether the document writes w, the first
// title word of mention m, capitalised inside a sentence outside m's
// own words, a headline's in sentence case among them: a surname
// ("Jorvi Provost" then "Provost said"). A title-case headline's
// capitals tell nothing.
func (r *Resolver) titleCapitalised(res *extract.Result, m extract.Mention, w string) bool {
	text := res.Doc.Text
	out := text[:m.Start] + strings.Repeat(" ", len(m.Text)) + text[m.End:]
	if h := res.Headline; h.End > h.Start && h.End <= len(text) && h.Start >= 0 && titleCased(text[h.Start:h.End]) {
		out = out[:h.Start] + strings.Repeat(" ", h.End-h.Start) + out[h.End:]
	}
	return capitalisedIn(out, w)
}

// titleNoun reports whether w, capitalised, is a noun of an office or
// its abbreviation ("Chairman", "Deputy", "CEO").
func (r *Resolver) titleNoun(w string) bool {
	l := strings.ToLower(w)
	return tokenize.StartsUpper(w) && (r.words.Is(l, lexicon.Office) || r.words.Is(l, lexicon.NameTitle) || r.words.Is(l, lexicon.TitleAbbreviation))
}

// personAfter reports whether a person's name begins at the word after
// mention m, past one space.
func personAfter(res *extract.Result, m extract.Mention) bool {
	for _, o := range res.Mentions {
		if o.Type == extract.Person && o.Start == m.End+1 && res.Doc.Text[m.End] == ' ' {
			return true
		}
	}
	return false
}

// bodyPlaceTypes maps the text of each mention of res that is a body's or
// a place's to its type (the last such mention's): what the document
// writes elsewhere as a body or a place.
func bodyPlaceTypes(res *extract.Result) map[string]string {
	types := map[string]string{}
	for _, m := range res.Mentions {
		if m.Type == extract.Organization || m.Type == extract.Location {
			types[m.Text] = m.Type
		}
	}
	return types
}
