package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// trimOfficeBodies mends a name the recognizer read as a body's that
// runs into the title before a person's name: in "Norland Attorney Ann
// Lee", "Vell Dem Home Affairs spokesman Bo Ek" and "Norlandic Trade
// Commissioner Bo Ek" the words before the name are a title, an office's
// noun (the lexicon's Office, NameTitle or TitleAbbreviation, capitalised
// inside the name or written after it) with the words that modify it,
// and no body is named "Norland Attorney" (the office-body
// construction). The modifiers are cut back to what names a body or a
// place: a party's name ("Vell Dem"), or a name the document writes
// elsewhere as a body's or a place's or the gazetteer lists so
// ("Norland"), past a portfolio in capitalised common words between it
// and the office ("Home Affairs", and after a party a body's word too:
// "Vell Dem Treasury spokesman"), which is the title's. A name of only
// a portfolio, an office and perhaps a demonym first ("Norlandic Trade
// Commissioner") names no body at all and is dropped; one whose office
// is inside it, with no common word before ("Acme Chairman Bo Ek"), is
// cut to the body's name before the office. The person's name follows
// after one space, past at most three office words in no name ("Harlow
// State Attorney General Bo Ek"). The relate stage reads the title, and
// the party or the place from the name left before it.
func (r *Resolver) trimOfficeBodies(res *extract.Result) {
	casings, ok := r.aliases.(Casings)
	if !ok || r.words == nil {
		return
	}
	types := bodyPlaceTypes(res)
	drop := map[int]bool{}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Organization {
			continue
		}
		end, typ, ok := r.officeCut(res, casings, types, *m)
		switch {
		case !ok:
		case end == m.Start:
			drop[i] = true
		default:
			m.End = end
			m.Text = res.Doc.Text[m.Start:m.End]
			m.Type, m.Class = typ, ""
		}
	}
	dropMentions(res, drop)
}

// officeCut returns where the body's mention m, which runs into an
// office's title before a person's name, ends once the title is cut
// off, and the type of what is left; end is m.Start when nothing is
// left, and ok false when m is left as it is (see trimOfficeBodies).
func (r *Resolver) officeCut(res *extract.Result, casings Casings, types map[string]string, m extract.Mention) (end int, typ string, ok bool) {
	s, a, b, ok := mentionTokens(res, m)
	if !ok || b-a < 2 {
		return 0, "", false
	}
	k := b
	for k > a && r.officeWord(s.Tokens[k-1].Text) && tokenize.StartsUpper(s.Tokens[k-1].Text) {
		k--
	}
	after, ok := r.officeRunAfter(res, s, b)
	if !ok || k == b && after == 0 {
		return 0, "", false
	}
	head := s.Tokens[b+after-1].Text
	named := k > a && r.bodyNamed(res, m, res.Doc.Text[m.Start:s.Tokens[k-1].End])
	j, typ, known := r.officeModifiers(casings, types, res.Doc.Text, s.Tokens[a:k], k < b)
	switch {
	case named && k == b:
		return 0, "", false
	case known && !named && a+j < b:
		return s.Tokens[a+j-1].End, typ, true
	case !named && r.portfolioHolder(head) && r.portfolioOnly(casings, s.Tokens[a:k]):
		return m.Start, "", true
	case k < b && k > a && (named || !r.anyCommon(casings, s.Tokens[a:k]) || r.namesBody(s.Tokens[k-1].Text)):
		return s.Tokens[k-1].End, extract.Organization, true
	}
	return 0, "", false
}

// officeWord reports whether w, in any case, is an office's noun or its
// abbreviation (the lexicon's Office, NameTitle and TitleAbbreviation) or
// a word that opens one ("Deputy", "Vice").
func (r *Resolver) officeWord(w string) bool {
	l := strings.ToLower(w)
	return titleOpeners[l] || r.words.Is(l, lexicon.Office) || r.words.Is(l, lexicon.NameTitle) || r.words.Is(l, lexicon.TitleAbbreviation)
}

// officeRunAfter returns how many office words stand in no name between
// token b of s and a person's name that follows them, each one space
// after the last (see trimOfficeBodies); ok is false when no person's
// name follows so.
func (r *Resolver) officeRunAfter(res *extract.Result, s *extract.Sentence, b int) (int, bool) {
	for n := 0; n <= 3 && b+n < len(s.Tokens); n++ {
		t := s.Tokens[b+n]
		if b+n == 0 || t.Start != s.Tokens[b+n-1].End+1 {
			return 0, false
		}
		for _, o := range res.Mentions {
			if o.Start == t.Start && o.Type == extract.Person {
				return n, true
			}
			if o.Start <= t.Start && o.End > t.Start {
				return 0, false
			}
		}
		if !r.officeWord(t.Text) {
			return 0, false
		}
	}
	return 0, false
}

// officeModifiers returns how many of the words ws before an office name
// a party or a place, and its type: the longest opening that is a
// party's name, or a name the document writes as a place's (types) or
// the gazetteer lists only so, after which only a portfolio's words
// stand (capitalised common words or "and"; a government body's word
// only after a party's name: "Vell Dem Treasury"). Only when whole is set
// (an office was cut off the name) are the whole of ws and a place tried:
// before an office in lower case, a place and a common word name a body
// as often ("Norland Athletics chief"). known is false when no opening
// does.
func (r *Resolver) officeModifiers(casings Casings, types map[string]string, text string, ws []tokenize.Token, whole bool) (j int, typ string, known bool) {
	parties, _ := r.aliases.(Parties)
	body := false
	j = len(ws)
	if !whole {
		j--
	}
	for ; j > 0; j-- {
		if j < len(ws) {
			w := ws[j].Text
			l := strings.ToLower(w)
			switch {
			case r.words.Is(l, lexicon.Party):
				return 0, "", false
			case r.words.Is(l, lexicon.Government) && tokenize.StartsUpper(w) && letters(w):
				body = true
			case !r.portfolioWord(casings, w) || r.namesBody(w):
				return 0, "", false
			}
		}
		name := text[ws[0].Start:ws[j-1].End]
		if parties != nil {
			if _, ok := parties.PartyName(name); ok {
				return j, extract.Organization, true
			}
		}
		if body || !whole {
			continue
		}
		if types[name] == extract.Location {
			return j, extract.Location, true
		}
		if t, ok := r.listedOnlyAs(name); ok && t == extract.Location {
			return j, t, true
		}
	}
	return 0, "", false
}

// portfolioWord reports whether w is a word of a portfolio's name: a
// capitalised common word in letters, or "and" ("Home Affairs", "Trade
// and Industry").
func (r *Resolver) portfolioWord(casings Casings, w string) bool {
	return w == "and" || w == "&" || capitalisedWord(w) && commonWord(casings, w)
}

// portfolioOnly reports whether ws, the words before an office, are a
// portfolio's and perhaps a demonym before it ("Norlandic Trade"), no
// body's word among them: a title's words that name no body.
func (r *Resolver) portfolioOnly(casings Casings, ws []tokenize.Token) bool {
	if len(ws) > 0 && r.placeAdjective(ws[0].Text) {
		ws = ws[1:]
	}
	for _, t := range ws {
		if !r.portfolioWord(casings, t.Text) || r.namesBody(t.Text) {
			return false
		}
	}
	return true
}

// portfolioHolder reports whether w, in any case, is the noun of an
// office held for a portfolio rather than at a body (the lexicon's
// Portfolio: a minister, a secretary, a commissioner, an
// undersecretary), or a spokesperson (the lexicon's Spokesperson:
// "spokesman", "representative"). A chairman or a chief heads a body
// ("Harlow Alliance chairman Bo Ek").
func (r *Resolver) portfolioHolder(w string) bool {
	l := r.words.Lemma(strings.ToLower(w), "NN")
	return r.words.Is(l, lexicon.Portfolio) || r.words.Is(l, lexicon.Spokesperson)
}

// placeAdjective reports whether w is a country's demonym
// ("Norlandic"), or an adjective WordNet also has as a noun for the
// people of a place ("European").
func (r *Resolver) placeAdjective(w string) bool {
	if d, ok := r.aliases.(Demonyms); ok && d.IsDemonym(w) {
		return true
	}
	l := strings.ToLower(w)
	return r.words.Is(l, lexicon.Inhabitant) && r.words.Known(l, lexicon.Adjective)
}

// namesBody reports whether w, in any case, is a word for a body that
// heads its name (bodyWord: "Council", "Treasury") or for a building or
// a venue ("Hospital", "Stadium"); a trade's or a field's word
// ("Industry") is none.
func (r *Resolver) namesBody(w string) bool {
	l := strings.ToLower(w)
	return r.bodyWord(w) || r.words.Is(l, lexicon.Facility) || r.words.Is(l, lexicon.Venue)
}

// anyCommon reports whether one of ws is a capitalised common word or
// "and" (see portfolioWord).
func (r *Resolver) anyCommon(casings Casings, ws []tokenize.Token) bool {
	for _, t := range ws {
		if r.portfolioWord(casings, t.Text) {
			return true
		}
	}
	return false
}

// bodyNamed reports whether name, the words of mention m before its
// office, is a body's name: the gazetteer lists it only so, or the
// document writes it as a body's name elsewhere ("UK Athletics chief Bo
// Ek" beside "UK Athletics said").
func (r *Resolver) bodyNamed(res *extract.Result, m extract.Mention, name string) bool {
	if t, ok := r.listedOnlyAs(name); ok && t == extract.Organization {
		return true
	}
	for _, o := range res.Mentions {
		if o.Start != m.Start && o.Text == name && o.Type == extract.Organization {
			return true
		}
	}
	return false
}
