package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// joinInitialNames joins two mentions the recognizer cut out of one run
// of capitalised words where the first is an initialism, a word of two to
// four capital letters that the recognizer took for a name of its own:
// in "JK Norland Chase said" it read a place "JK" and a person "Norland
// Chase", where the text names one body. The initialism stands a space
// before a name of two words or more, written in small letters as well
// (not a headline in capitals); it is no title of office ("MP", "DJ")
// and no name the aliases or the gazetteer know alone ("the UN Harlow
// Office" names a body of the UN). The joined name has the type of its
// longer part, but a person's or a place's: a person's name does not
// open with an initialism before two names ("PJ Ek" has one), and an
// initialism before a place's name names the body's branch there ("an
// interview with KTV North Harlow"), so it is a body's (the
// initialism-name rule).
func (r *Resolver) joinInitialNames(res *extract.Result) {
	if r.words == nil || len(res.Mentions) < 2 {
		return
	}
	text := res.Doc.Text
	joinNeighbours(res, func(m extract.Mention) bool { return isEntityType(m.Type) }, false, func(a *extract.Mention, b extract.Mention) bool {
		if b.End > len(text) || text[a.End:b.Start] != " " || !r.initialism(*a) {
			return false
		}
		ws := strings.Fields(b.Text)
		if len(ws) < 2 || !nameWords(b.Text) || allCaps(strings.Join(ws, "")) || r.officeTitle(ws[0]) {
			return false
		}
		a.End = b.End
		a.Text = text[a.Start:a.End]
		a.Type = b.Type
		if b.Type == extract.Person || b.Type == extract.Location {
			a.Type = extract.Organization
		}
		a.Class = ""
		return true
	})
}

// initialism reports whether mention m is one word of two to four
// capital letters that names nothing alone: no title of office, no
// noun for a kind of person (the lexicon's PersonNoun: "DJ"), no alias of a known name ("UK") and no body's name the gazetteer lists
// ("UN"); a place's code it lists is no name alone (see
// joinInitialNames).
func (r *Resolver) initialism(m extract.Mention) bool {
	w := m.Text
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	if r.officeTitle(w) || r.honorific(w) || r.words.Is(strings.ToLower(w), lexicon.PersonNoun) {
		return false // "MP Ann Lee", "radio DJ Ann Lee": a person's noun before a name
	}
	if r.known != nil && (r.known.KnownName(w, extract.Organization) || r.known.KnownName(w, extract.Miscellaneous)) {
		return false
	}
	if r.aliases != nil {
		for _, t := range []string{extract.Location, extract.Organization} {
			if _, _, _, ok := r.aliases.Canonical(w, t); ok {
				return false
			}
		}
	}
	return true
}

// extendOrdinalNames takes into a person's name of two words or more the
// ordinal right before it that the recognizer left out: in "21st Century
// Velden said" it read a person "Century Velden", where the ordinal and
// the words after it are one body's name. No person's name follows an
// ordinal directly, so the name becomes an organisation's; a title of
// office after the ordinal ("the 43rd President Ann Lee") keeps the
// person (the ordinal-name rule).
func (r *Resolver) extendOrdinalNames(res *extract.Result) {
	if r.words == nil {
		return
	}
	ends := map[int]bool{}
	for _, m := range res.Mentions {
		ends[m.End] = true
	}
	text := res.Doc.Text
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Person || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		ws := strings.Fields(m.Text)
		if len(ws) < 2 || !nameWords(m.Text) || r.officeTitle(ws[0]) || r.honorific(ws[0]) {
			continue
		}
		s := &res.Sentences[m.Sentence]
		lo, _ := s.TokenSpan(m.Start, m.End)
		if lo < 1 {
			continue
		}
		t := s.Tokens[lo-1]
		if t.End+1 != m.Start || t.End >= len(text) || text[t.End] != ' ' || ends[t.End] || !ordinalWord(t.Text) {
			continue
		}
		m.Start = t.Start
		m.Text = text[m.Start:m.End]
		m.Type = extract.Organization
		m.Class = ""
	}
}

// ordinalWord reports whether w is an ordinal written in digits: "1st",
// "22nd", "103rd", "21st".
func ordinalWord(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	switch strings.ToLower(w[n:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// joinDemonymShorts joins a demonym or a country's adjective and the
// short capitalised word right after it that the recognizer took for a
// name of its own: "Tarvik Re" where "Tarvik" is a country's adjective
// is one firm's name, not the country and a name "Re". The short word
// has two or three letters, a capital and small letters (not an
// initialism in capitals: "the Norlandic EU presidency"), a space after
// the adjective, and is no word of a closed class and no verb, adjective
// or adverb (not "Norlandic Up"). The joined name is an organisation's
// (the demonym-short rule).
func (r *Resolver) joinDemonymShorts(res *extract.Result) {
	d, ok := r.aliases.(Demonyms)
	if r.words == nil || !ok || len(res.Mentions) < 2 {
		return
	}
	text := res.Doc.Text
	joinNeighbours(res, func(m extract.Mention) bool { return isEntityType(m.Type) }, false, func(a *extract.Mention, b extract.Mention) bool {
		if b.End > len(text) || text[a.End:b.Start] != " " || strings.Contains(a.Text, " ") || !d.IsDemonym(a.Text) || !r.shortNonWord(b.Text) {
			return false
		}
		a.End = b.End
		a.Text = text[a.Start:a.End]
		a.Type = extract.Organization
		a.Class = ""
		return true
	})
}

// shortNonWord reports whether w is a word of two or three letters, a
// capital and small letters, that is no closed-class word and no verb,
// adjective or adverb WordNet knows (see joinDemonymShorts).
func (r *Resolver) shortNonWord(w string) bool {
	if len(w) < 2 || len(w) > 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	l := strings.ToLower(w)
	if r.words.Known(l, lexicon.Verb) || r.words.Known(l, lexicon.Adjective) || r.words.Known(l, lexicon.Adverb) {
		return false
	}
	for _, c := range shortClosed {
		if r.words.Is(l, c) {
			return false
		}
	}
	return true
}

// shortClosed are the closed classes of the short words that open or
// join phrases, which a short capitalised word after a demonym may be.
var shortClosed = []lexicon.Class{lexicon.Determiner, lexicon.PersonalPronoun, lexicon.Auxiliary, lexicon.Subordinator, lexicon.PlacePreposition, lexicon.Prefix}
