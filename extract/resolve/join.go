package resolve

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// joinInnerWords joins two mentions the recognizer cut at a function word
// inside one name: "the Pellam Commission on Water Safety" is one name, not
// "Pellam Commission" and "Water Safety"; "the Harlow Exhibition and
// Conference Centre" one place. A name is cut so when its second part is
// made of common words (each news writes in lower case more often than
// not, as "water", "safety", "conference", "centre"), which name nothing
// alone, and the first part ends in a common word too; or, after "of",
// when the first part ends in the word for a kind of organisation or
// place ("the Tourism Authority of Norland", "the Gulf of Ostmark").
// Nothing is joined to a person's name, nor a name the gazetteer lists
// ("Acme and Vell" stay two), nor two names of things that are names in
// their own right ("Norland and Ostmark", "Acme for Ostmark"). "and" joins
// only words in the singular ("Saints and Lions" are two teams), and only
// before the word for a kind of place or organisation or inside the
// object of "of" or "for". The joined name has the type of the part of
// more words, or of two as long the head's: the first part's before "of",
// "for" and "on", the second's after "and" ("X and Y Centre").
func (r *Resolver) joinInnerWords(res *extract.Result) {
	casings, ok := r.aliases.(Casings)
	if !ok || r.words == nil || len(res.Mentions) < 2 {
		return
	}
	text := res.Doc.Text
	// The joined mention may join the next one too ("the Bank of Trade
	// and Industry").
	joinNeighbours(res, func(m extract.Mention) bool { return isEntityType(m.Type) }, true, func(a *extract.Mention, b extract.Mention) bool {
		if b.Start > len(text) || a.Type == extract.Person || b.Type == extract.Person {
			return false
		}
		word, ok := joiningWord(text[a.End:b.Start])
		if !ok || !r.joinable(casings, *a, b, word) {
			return false
		}
		// Two names headedPair parts ("the Harlow Council and Channel 4").
		if word == "and" && r.headedPair(text, extract.Mention{Start: a.Start, End: b.End, Text: text[a.Start:b.End]}, a.Text, b.Text) {
			return false
		}
		// The part of more words gives the type; of two as long, the
		// head: the first before "of", "for" and "on", the second after
		// "and".
		na, nb := len(strings.Fields(a.Text)), len(strings.Fields(b.Text))
		if nb > na || nb == na && word == "and" {
			a.Type = b.Type
		}
		a.End = b.End
		a.Text = text[a.Start:a.End]
		return true
	})
}

// joinNeighbours walks the mentions keep admits in text order, each with
// the next one when both lie in one sentence, the first ending before the
// second starts, and the first has not been joined away: join merges b
// into a and reports true, or leaves both and reports false. A joined b is
// dropped; with chain, the joined mention is tried against the next one
// too.
func joinNeighbours(res *extract.Result, keep func(extract.Mention) bool, chain bool, join func(a *extract.Mention, b extract.Mention) bool) {
	order := mentionsInOrder(res, keep)
	drop := map[int]bool{}
	for k := 0; k+1 < len(order); k++ {
		ai, bi := order[k], order[k+1]
		if drop[ai] {
			continue
		}
		a, b := &res.Mentions[ai], res.Mentions[bi]
		if a.Sentence != b.Sentence || a.End >= b.Start || !join(a, b) {
			continue
		}
		drop[bi] = true
		if chain {
			order[k+1] = ai
		}
	}
	dropMentions(res, drop)
}

// joiningWord reports which function word the text between two mentions
// is: " of ", " for ", " on " or " and ", the first two also with "the"
// after them.
func joiningWord(between string) (string, bool) {
	w, ok := strings.CutPrefix(between, " ")
	if !ok {
		return "", false
	}
	w, ok = strings.CutSuffix(w, " ")
	if !ok {
		return "", false
	}
	// "on the" opens a phrase more often than it goes on a name ("the
	// Acme Act on the Internet").
	if rest, ok := strings.CutSuffix(w, " the"); ok && (rest == "of" || rest == "for") {
		w = rest
	}
	switch w {
	case "of", "for", "on", "and":
		return w, true
	}
	return "", false
}

// joinable reports whether mentions a and b, with word between them, are
// the two parts of one name (see joinInnerWords).
func (r *Resolver) joinable(casings Casings, a, b extract.Mention, word string) bool {
	aw, bw := strings.Fields(a.Text), strings.Fields(b.Text)
	if len(aw) == 0 || len(bw) == 0 || r.listed(a.Text) {
		return false
	}
	last := aw[len(aw)-1]
	if !tokenize.StartsUpper(last) {
		return false
	}
	// After the word for a kind of body the place it is of or for is
	// the name's, listed or not: "the Tourism Authority of Norland",
	// "the Commission for Ostmark".
	head := r.kindWord(last)
	if (word == "of" && (b.Type == extract.Location || b.Type == extract.Organization) || word == "for" && b.Type == extract.Location) && head && len(aw) >= 2 {
		return true
	}
	if r.listed(b.Text) {
		return false
	}
	if !head && !commonWord(casings, last) {
		return false
	}
	// "and" joins a name whose head comes after it ("X and Y Centre") or
	// one inside the object of "of" or "for" ("the School of X and Y"):
	// "Acme and Vell" name two.
	// A first part that ends in such a word is a whole name ("Acme Group
	// and Vell Power Council").
	if word == "and" && (head || !r.kindWord(bw[len(bw)-1]) && !strings.Contains(a.Text, " of ") && !strings.Contains(a.Text, " for ")) {
		return false
	}
	for _, w := range bw {
		if isFunctionWord(w) && !tokenize.StartsUpper(w) {
			continue
		}
		if !tokenize.StartsUpper(w) || !commonWord(casings, w) {
			return false
		}
		if word == "and" && r.words.Lemma(strings.ToLower(w), "NNS") != strings.ToLower(w) {
			return false
		}
	}
	return true
}

// listed reports whether the gazetteer lists name as a name of any type.
func (r *Resolver) listed(name string) bool {
	if r.known == nil {
		return false
	}
	for _, t := range []string{extract.Person, extract.Organization, extract.Location, extract.Miscellaneous} {
		if r.known.KnownName(name, t) {
			return true
		}
	}
	return false
}

// aliased reports whether the alias table knows m's words as a name of
// m's type.
func (r *Resolver) aliased(m extract.Mention) bool {
	if r.aliases == nil {
		return false
	}
	_, _, _, ok := r.aliases.Canonical(m.Text, m.Type)
	return ok
}

// kindWord reports whether w, in any case, is the word for a kind of
// organisation or place that a name ends in (lexicon's KindWord:
// "Authority", "Bank", "Gulf", "Centre").
func (r *Resolver) kindWord(w string) bool { return r.words.KindWord(strings.ToLower(w)) }

// commonWord reports whether news writes w in lower case at least half as
// often as capitalised inside a sentence: "water", "safety", also "sport"
// (as often "Harlow Sport" as "sport"), not "Norland" or "Labour".
func commonWord(casings Casings, w string) bool {
	lo, hi, ok := casings.Casing(strings.Trim(w, ",.:;'\""))
	return ok && lo*2 > hi
}

// modifierAdjective reports whether mention m is a miscellaneous name of
// one or two words that are adjectives, written before a noun in lower
// case (perhaps with another adjective between, after "and" or "or"), and
// stands for no country and no party: "Olympic gold", "European
// countries", "the Latin American economies", "Asian and Norlandic
// executives", "a Catholic school"; a body's name of two words too when
// both are people's words (peopleWords; one alone typing reads as its
// people's, a miscellaneous name). Such a word
// names no one thing ("Norlandic ministers" stand for Norland, which the
// alias table knows; "Unionist voters" for a party). A word for a body
// ("Soviet") is left to addInstitutions, the last word of an event's name
// ("Open history": the Harlow Open's) to the events, and one before a
// noun and a name to the relations. dropNonNames keeps such a word when
// the document names what it stands for (see pertainedKey).
func (r *Resolver) modifierAdjective(res *extract.Result, m extract.Mention) bool {
	if r.words == nil || strings.ContainsAny(m.Text, "-.0123456789") || allCaps(m.Text) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) || !r.adjectiveWords(m) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	k := sort.Search(len(s.Tokens), func(k int) bool { return s.Tokens[k].Start >= m.End })
	if len(s.POS) != len(s.Tokens) {
		return false
	}
	// One of two adjectives before the noun: "Asian and Norlandic
	// executives".
	if k+2 < len(s.Tokens) && (s.Tokens[k].Text == "and" || s.Tokens[k].Text == "or") && tokenize.StartsUpper(s.Tokens[k+1].Text) && r.words.Known(strings.ToLower(s.Tokens[k+1].Text), lexicon.Adjective) {
		k += 2
	}
	if k >= len(s.Tokens) || !tokenize.StartsLower(s.Tokens[k].Text) {
		return false
	}
	if t := s.POS[k]; !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") {
		return false
	}
	// Before a descriptor of a name the word says what the named is
	// ("the Ostmarkish comedian Ann Lee", "Norlandic airline Acme"),
	// which the relations read.
	if k+1 < len(s.Tokens) && tokenize.StartsUpper(s.Tokens[k+1].Text) {
		return false
	}
	if r.seriesTitle(res, s, m, k) {
		return false
	}
	if r.aliased(m) {
		return false
	}
	if p, ok := r.aliases.(Parties); ok {
		if _, ok := p.PartyName(m.Text); ok {
			return false
		}
	}
	return true
}

// seriesTitle reports whether mention m, two capitalised adjectives, stands
// between "the" and the plural of a noun for a shown work at token k that
// ends its phrase: "the Gothic Arctic movies" name a series of films by
// its title, where a people's or a style's adjective alone describes
// them ("the French films"; the adjective-series rule).
func (r *Resolver) seriesTitle(res *extract.Result, s *extract.Sentence, m extract.Mention, k int) bool {
	lo, _ := s.TokenSpan(m.Start, m.End)
	if len(strings.Fields(m.Text)) != 2 || lo < 1 || s.Tokens[lo-1].Text != "the" || s.POS[k] != "NNS" {
		return false
	}
	if k+1 < len(s.Tokens) && (strings.HasPrefix(s.POS[k+1], "NN") || s.POS[k+1] == "POS") {
		return false
	}
	return r.words.Is(r.words.Lemma(s.Tokens[k].Text, "NNS"), lexicon.ShownWork)
}

// adjectiveWords reports whether mention m is a miscellaneous name of one
// or two capitalised adjectives, or a body's name of two people's words
// (peopleWords), none a word for a kind of thing or an event's name.
func (r *Resolver) adjectiveWords(m extract.Mention) bool {
	words := strings.Fields(m.Text)
	if len(words) > 2 || m.Type != extract.Miscellaneous && !(m.Type == extract.Organization && len(words) == 2 && r.peopleWords(words)) {
		return false
	}
	for _, w := range words {
		if l := strings.ToLower(w); !tokenize.StartsUpper(w) || !r.words.Known(l, lexicon.Adjective) || r.kindWord(w) || r.words.Is(l, lexicon.EventName) {
			return false
		}
	}
	return true
}

// peopleWords reports whether every word of a name is a people's or a
// faith's word, which the tagger may read as a body's before a noun
// ("the first Norlandic Vellist woman", two words: the people-modifier
// construction): a demonym the aliases know, or a noun for the people of
// a place or the members of a faith (lexicon Inhabitant, Believer).
func (r *Resolver) peopleWords(words []string) bool {
	for _, w := range words {
		l := strings.ToLower(w)
		if r.words.Is(l, lexicon.Inhabitant) || r.words.Is(l, lexicon.Believer) {
			continue
		}
		if r.aliases == nil {
			return false
		}
		if _, typ, _, ok := r.aliases.Canonical(w, extract.Miscellaneous); !ok || typ != extract.Location {
			return false
		}
	}
	return true
}

// titleTails handles a mention that ends in a title written before
// people's names ("minister", "commissioner", "MP"): after a party's name
// it is the party's ("as a Unity MP" names the Unity Party), and after
// common words alone it is a title, which names no one ("the High
// Commissioner", "the Deputy Minister"), unless the tagger read it as an
// organisation ("Vell General" may be a company's name); an abbreviated
// title after an organisation's name is cut off it ("a Vell Ostmark MP"
// names Vell Ostmark). A name with
// "of" in it ("Minister of Trade") keeps its title, and so does a
// person's name that begins with a first name or whose last word the
// document names a person by alone ("Will Judge ... Judge said"); a
// title is written after a determiner, a possessive or an adjective in
// lower case ("the Deputy Minister", "Norland's High Commissioner", "the
// previous High Commissioner"), a name need not be.
func (r *Resolver) titleTails(res *extract.Result) {
	casings, ok := r.aliases.(Casings)
	if !ok || r.words == nil {
		return
	}
	parties, _ := r.aliases.(Parties)
	firstNames, _ := r.aliases.(FirstNames)
	// The words that stand alone for a person: a surname ("Lee said").
	alone := map[string]bool{}
	for _, m := range res.Mentions {
		if m.Type == extract.Person && !strings.Contains(m.Text, " ") {
			alone[m.Text] = true
		}
	}
	kept := res.Mentions[:0]
	for _, m := range res.Mentions {
		words := wordSpans(m.Text)
		if len(words) < 2 || !isEntityType(m.Type) || m.Type == extract.EventType {
			kept = append(kept, m)
			continue
		}
		last := strings.ToLower(m.Text[words[len(words)-1][0]:])
		if !r.words.Is(last, lexicon.NameTitle) && !r.words.Is(last, lexicon.TitleAbbreviation) {
			kept = append(kept, m)
			continue
		}
		rest := m.Text[:words[len(words)-2][1]]
		if parties != nil {
			if _, ok := parties.PartyName(rest); ok {
				m.End = m.Start + len(rest)
				m.Text = rest
				m.Type = extract.Organization
				kept = append(kept, m)
				continue
			}
		}
		if m.Type == extract.Organization && r.words.Is(last, lexicon.TitleAbbreviation) && nameWords(rest) {
			// "the Harlow Party MP", "Acme CEO": an abbreviated
			// title ends no organisation's name; it is the title
			// of a person the organisation's name describes.
			m.End = m.Start + len(rest)
			m.Text = rest
			kept = append(kept, m)
			continue
		}
		surname := m.Type == extract.Person && alone[m.Text[words[len(words)-1][0]:]]
		title := m.Type != extract.Organization && !surname && !r.listed(m.Text) && (firstNames == nil || !firstNames.FirstName(m.Text[:words[0][1]])) && afterDeterminer(res, m)
		for _, w := range words[:len(words)-1] {
			word := m.Text[w[0]:w[1]]
			title = title && tokenize.StartsUpper(word) && commonWord(casings, word)
		}
		if !title {
			kept = append(kept, m)
		}
	}
	res.Mentions = kept
}

// afterDeterminer reports whether the word before mention m is a
// determiner, a possessive or an adjective in lower case.
func afterDeterminer(res *extract.Result, m extract.Mention) bool {
	if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	k := sort.Search(len(s.Tokens), func(k int) bool { return s.Tokens[k].Start >= m.Start }) - 1
	if k < 0 || len(s.POS) != len(s.Tokens) {
		return false
	}
	switch s.POS[k] {
	case "DT", "PRP$", "POS":
		return true
	case "JJ":
		return tokenize.StartsLower(s.Tokens[k].Text)
	}
	return false
}

// extendTails takes into a mention the word right after it that the
// recognizer left out and that can only end the name: a company's legal
// ending ("Acme Co.", "Tarvik Ltd"), which makes it an organisation's; a
// newspaper's or an agency's word after a place's name or its adjective
// ("the Norlandic Press", "the Harlow Courier"), which makes it an
// organisation's too; "Jr." or "Sr." after a person's name; and the
// number of a sequel or a version after an organisation's or a work's
// name (sequelNumber), or after any name when the text writes the name
// with that number as a mention elsewhere ("Tarvik 2 sweeps awards" over
// "Tarvik 2 won"); and a channel's number after a news medium's noun
// ("Channel 4", "Harlow Radio 3"), which makes the name an
// organisation's whatever the recognizer read it as (channelNumber);
// and a number after a country's name, which makes it a thing's
// (countryNumber).
func (r *Resolver) extendTails(res *extract.Result) {
	if r.words == nil {
		return
	}
	taken := map[int]bool{}
	for _, m := range res.Mentions {
		taken[m.Start] = true
	}
	left := r.extendTailsBy(res, taken, func(s *extract.Sentence, k int, m *extract.Mention) string { return r.tailType(s, k, m) })
	// The text writes the name with its number elsewhere ("Tarvik 2
	// sweeps awards" in a headline over "Tarvik 2 won six awards").
	written := map[string]string{}
	for _, m := range res.Mentions {
		written[m.Text] = m.Type
	}
	if len(left) == 0 {
		return
	}
	r.extendTailsBy(res, taken, func(s *extract.Sentence, k int, m *extract.Mention) string {
		if t, ok := written[m.Text+" "+s.Tokens[k].Text]; ok && numberWord(s.Tokens[k].Text) && !afterScore(s, m.Start) {
			return t
		}
		return ""
	})
}

// extendTailsBy takes into each mention the word right after it when
// tail gives the type the mention takes with it, and returns the
// mentions it left as they were.
func (r *Resolver) extendTailsBy(res *extract.Result, taken map[int]bool, tail func(s *extract.Sentence, k int, m *extract.Mention) string) []int {
	var left []int
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.EventType || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		s := &res.Sentences[m.Sentence]
		k := sort.Search(len(s.Tokens), func(k int) bool { return s.Tokens[k].Start >= m.End })
		if k >= len(s.Tokens) || s.Tokens[k].Start != m.End+1 || taken[s.Tokens[k].Start] || m.End >= len(res.Doc.Text) || res.Doc.Text[m.End] != ' ' || s.Tokens[k].End > len(res.Doc.Text) {
			continue
		}
		typ := tail(s, k, m)
		if typ == "" {
			left = append(left, i)
			continue
		}
		m.End = s.Tokens[k].End
		m.Text = res.Doc.Text[m.Start:m.End]
		m.Type = typ
	}
	return left
}

// numberWord reports whether w is a number of one or two digits.
func numberWord(w string) bool {
	if w == "" || len(w) > 2 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// extendStormHeads takes into a one-word mention the word for a storm
// right before it that the recognizer left out: "Hurricane Tarvi" where
// it read "Tarvi" alone. The word is the lexicon's, capitalised and not
// in capitals, outside any mention, a space before the name; the mention
// becomes an event's. A plural ("Hurricanes Tarvi and Vell") names two.
func (r *Resolver) extendStormHeads(res *extract.Result) {
	if r.words == nil {
		return
	}
	ends := map[int]bool{}
	for _, m := range res.Mentions {
		ends[m.End] = true
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || strings.Contains(m.Text, " ") || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		s := &res.Sentences[m.Sentence]
		k := sort.Search(len(s.Tokens), func(k int) bool { return s.Tokens[k].Start >= m.Start }) - 1
		if k < 0 || s.Tokens[k].End+1 != m.Start || ends[s.Tokens[k].End] || res.Doc.Text[s.Tokens[k].End] != ' ' {
			continue
		}
		w := s.Tokens[k].Text
		if !tokenize.StartsUpper(w) || allCaps(w) || !r.words.Is(strings.ToLower(w), lexicon.EventStorm) {
			continue
		}
		m.Start = s.Tokens[k].Start
		m.Text = res.Doc.Text[m.Start:m.End]
		m.Type = extract.EventType
	}
}

// tailType returns the type mention m takes with token k of sentence s,
// the word right after it, as its last word (see extendTails), or "" when
// the word does not end the name.
func (r *Resolver) tailType(s *extract.Sentence, k int, m *extract.Mention) string {
	w := s.Tokens[k].Text
	l := strings.ToLower(w)
	switch {
	case r.channelNumber(s, k, m):
		// "Channel 4", "Harlow Radio 3": a broadcaster's channel,
		// whatever the recognizer read the name before it as.
		return extract.Organization
	case sequelNumber(s, k) && (m.Type == extract.Organization || m.Type == extract.Miscellaneous) && !afterScore(s, m.Start) && !r.words.Known(strings.ToLower(m.Text), lexicon.Adjective):
		// A broadcaster's channel keeps its type ("Harlow Radio
		// 4"); another name with a number is a product's or a
		// work's ("Tarvik 2", "Vell Office 10").
		if fs := strings.Fields(m.Text); r.kindWord(fs[len(fs)-1]) {
			return m.Type
		}
		return extract.Miscellaneous
	case r.countryNumber(s, k, m):
		return extract.Miscellaneous
	case editionYear(s, k) && (m.Type == extract.Organization || m.Type == extract.Miscellaneous) && !afterScore(s, m.Start) && !citation(s, m.Start, k) && !r.holiday(*m) && !calendarWord(lastField(m.Text)) && !r.words.Known(strings.ToLower(m.Text), lexicon.Adjective):
		// A year goes on a product's, a work's or a law's name
		// ("Tarvik 2005 is back", "the Harlow Act 1998.").
		return extract.Miscellaneous
	case !tokenize.StartsUpper(w):
	case r.words.Is(l, lexicon.LegalForm) && m.Type != extract.Location:
		return extract.Organization
	case (l == "jr." || l == "sr.") && m.Type == extract.Person:
		return extract.Person
	case r.words.Is(l, lexicon.PaperWord) && !strings.Contains(m.Text, " ") && (m.Type == extract.Location || m.Type == extract.Miscellaneous) && (k+1 >= len(s.Tokens) || !tokenize.StartsUpper(s.Tokens[k+1].Text)):
		return extract.Organization
	}
	return ""
}

// countryNumber reports whether token k of s is a number that goes on
// mention m, a country's name, as a sequel's number does (sequelNumber):
// a country's name and a number name no country but a thing, a dye's or
// a product's ("Norland 1 was found in the sauce"); a score's side is
// not so read ("Harlow 6, Norland 5", "Norland 2 , Ostmark 0" with a
// space before the comma) (the country-number rule).
func (r *Resolver) countryNumber(s *extract.Sentence, k int, m *extract.Mention) bool {
	if m.Type != extract.Location || !sequelNumber(s, k) || afterScore(s, m.Start) {
		return false
	}
	if k+1 < len(s.Tokens) && s.Tokens[k+1].Text == "," && sideAfter(s, k+2) {
		return false
	}
	return r.countryName(m.Text)
}

// twoNames reports whether a and b, the two sides of the name whole
// around "and", are each a whole name: both listed by the gazetteer or
// both parties', while the whole is not ("Unity and Green"; not
// "Tarvik and Velden" when that is one state's listed name); two people's, the second with a courtesy
// title or a title of nobility ("Lord Lee and Mr Ek", "the Queen and
// Prince Bo"); two names that begin alike ("Duchy of Harlow and Duchy of
// Pellam"); two that end alike ("Acme Music and Vell Music"); or two
// names of the organisation kind each with a name of
// its own in it ("Norland Trade Bank and Bank of Ostmark", not "Harlow
// Bank and Trust Company"); or a firm named with "&" and another name
// ("Vell & Pellam and Acme").
func (r *Resolver) twoNames(whole, a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) == 0 || len(bw) == 0 || r.words == nil {
		return false
	}
	if !r.listed(whole) && r.namedAlone(a) && r.namedAlone(b) {
		return true
	}
	if len(bw) >= 2 && (r.honorific(bw[0]) || r.words.Is(strings.ToLower(bw[0]), lexicon.Nobility)) {
		return true
	}
	if len(aw) >= 2 && len(bw) >= 2 && aw[0] == bw[0] && strings.Contains(a, " of ") && strings.Contains(b, " of ") {
		return true
	}
	if endAlike(aw, bw) && !r.listed(whole) {
		return true
	}
	// A firm named by its founders joined with "&" and a name after
	// "and": "Vell & Pellam and Harlow Foods". A name that joins its
	// own words with "&" does not join more with "and".
	if strings.Count(a, " & ") == 1 && !strings.Contains(b, "&") && firmWords(a) && nameWords(b) && !r.listed(whole) {
		return true
	}
	return r.twoKindNames(aw, bw)
}

// namedAlone reports whether s is a name by itself: a party's name, or
// one the gazetteer lists.
func (r *Resolver) namedAlone(s string) bool {
	if parties, _ := r.aliases.(Parties); parties != nil {
		if _, ok := parties.PartyName(s); ok {
			return true
		}
	}
	return r.listed(s)
}

// endAlike reports whether two names (their words aw and bw) end alike,
// each with a capitalised word of its own, no function word, before the
// shared one: "Acme Music and Vell Music", "Harlow University and
// Pellam University". One name repeats no word so.
func endAlike(aw, bw []string) bool {
	if len(aw) < 2 || len(bw) < 2 {
		return false
	}
	ap, bp := aw[len(aw)-2], bw[len(bw)-2]
	return aw[len(aw)-1] == bw[len(bw)-1] && ap != bp &&
		tokenize.StartsUpper(ap) && tokenize.StartsUpper(bp) && !isFunctionWord(ap) && !isFunctionWord(bp)
}

// twoKindNames reports whether two names (their words aw and bw) are
// each of the organisation kind with a proper word of its own: the
// first ends in a kind word, the second opens or ends with one
// ("Norland Trade Bank and Bank of Ostmark").
func (r *Resolver) twoKindNames(aw, bw []string) bool {
	casings, ok := r.aliases.(Casings)
	if !ok || len(aw) < 2 || len(bw) < 2 || !r.kindWord(aw[len(aw)-1]) || !r.kindWord(bw[0]) && !r.kindWord(bw[len(bw)-1]) {
		return false
	}
	proper := func(ws []string) bool {
		for _, w := range ws {
			if tokenize.StartsUpper(w) && !commonWord(casings, w) {
				return true
			}
		}
		return false
	}
	return proper(aw) && proper(bw)
}

// channelNumber reports whether token k of s is a number of one or two
// digits after mention m whose last word is a capitalised noun for a
// news medium (lexicon NewsMedia: "Channel", "Radio", "Television"):
// the number of a broadcaster's channel, which goes on the name whatever
// follows ("Channel 4 ratings", "Radio 1 or Harlow FM"), but for a
// number that runs on ("Radio 4-3", "Channel 4.5").
func (r *Resolver) channelNumber(s *extract.Sentence, k int, m *extract.Mention) bool {
	w := s.Tokens[k].Text
	if w == "" || len(w) > 2 || strings.Trim(w, "0123456789") != "" {
		return false
	}
	fs := strings.Fields(m.Text)
	if len(fs) == 0 {
		return false
	}
	last := fs[len(fs)-1]
	if !tokenize.StartsUpper(last) || allCaps(last) || !r.words.Is(r.words.Lemma(strings.ToLower(last), "NN"), lexicon.NewsMedia) {
		return false
	}
	if k+1 < len(s.Tokens) && s.Tokens[k+1].Start == s.Tokens[k].End {
		switch s.Tokens[k+1].Text {
		case ".", ",", ")", ";", ":", "'s", "’s", "?", "!", "'":
			return k+2 >= len(s.Tokens) || !strings.ContainsAny(s.Tokens[k+2].Text[:1], "0123456789") || s.Tokens[k+2].Start != s.Tokens[k+1].End
		}
		return false
	}
	return true
}

// sequelNumber reports whether token k of s is a number of one or two
// digits that goes on the name before it as a sequel's or a version's
// ("Tarvik 2 sold well", "Vell Office 10 and Tarvik 3"): not a score
// ("Harlow 6, Pellam 5", "Harlow 1 (Ann Lee 79th)"), not a row of a
// table ("Harlow 4 3 1 0"), not a count of things ("3 games behind"), not
// a range ("16 to 20"), not inside a longer name ("Harlow 4 Justice"),
// and not part of a larger number ("1.5bn", "3-1", "2,000").
func sequelNumber(s *extract.Sentence, k int) bool {
	w := s.Tokens[k].Text
	if w == "" || len(w) > 2 || w[0] < '0' || w[0] > '9' || w[len(w)-1] < '0' || w[len(w)-1] > '9' {
		return false
	}
	if k+1 >= len(s.Tokens) {
		return true
	}
	next := s.Tokens[k+1]
	if next.Start != s.Tokens[k].End {
		// A plural noun after it counts things ("3 games"); a range
		// goes on ("16 to 20"), and so does a longer name ("Harlow 4
		// Justice").
		switch next.Text {
		case "to", "or", "of", "per":
			return false
		case "-", "–", "—":
			// A dash and another number make a score spaced as
			// some feeds space it ("Norland 3 – 0"): a side's.
			return !(k+2 < len(s.Tokens) && s.Tokens[k+2].Text != "" && s.Tokens[k+2].Text[0] >= '0' && s.Tokens[k+2].Text[0] <= '9')
		case "(":
			// A bracket after it gives a score's scorers ("Harlow 1
			// (Ann Lee 79th)"), unless it holds the name's acronym
			// ("Vell Pack 2 (VP2)").
			return k+3 < len(s.Tokens) && s.Tokens[k+3].Text == ")" && allCaps(s.Tokens[k+2].Text)
		}
		// Another number after it is a table's row ("Harlow 4 3 1 0
		// 9"; digits masked as "*" too).
		if c := next.Text[0]; c >= '0' && c <= '9' || strings.Trim(next.Text, "*") == "" {
			return false
		}
		return !tokenize.StartsUpper(next.Text) && (len(s.POS) != len(s.Tokens) || s.POS[k+1] != "NNS")
	}
	switch next.Text {
	case ".", ")", ";", ":", "'s", "?", "!":
		return true
	case ",":
		// "Harlow 6, Pellam 5": a score, whose other side has a
		// number after its name; not a list of names ("Tarvstation
		// 3, Xenon and Vell").
		return !sideAfter(s, k+2)
	}
	return false
}

// sideAfter reports whether a capitalised name opens at token j of s
// and a number follows it, as the other side of a score does ("Harlow
// 6, Pellam Rovers 5").
func sideAfter(s *extract.Sentence, j int) bool {
	if j >= len(s.Tokens) || !tokenize.StartsUpper(s.Tokens[j].Text) {
		return false
	}
	for j < len(s.Tokens) && tokenize.StartsUpper(s.Tokens[j].Text) {
		j++
	}
	if j >= len(s.Tokens) {
		return false
	}
	c := s.Tokens[j].Text[0]
	return c >= '0' && c <= '9'
}

// editionYear reports whether token k of s is a year (1900 to 2099) that
// goes on the name before it as its edition's, version's or enactment's
// ("Tarvik 2005 is back", "Vell Server 2003, which", "the Harlow Act
// 1998."): what follows shows that the year modifies no noun after it
// (punctuation, a verb, a preposition, or "and" and a capitalised word,
// perhaps after "the"),
// not "Acme 2004 profits" or "Acme 2004 results".
func editionYear(s *extract.Sentence, k int) bool {
	w := s.Tokens[k].Text
	if !yearWord(w) {
		return false
	}
	if k+1 >= len(s.Tokens) {
		return true
	}
	switch next := s.Tokens[k+1].Text; next {
	case ".", ",", ";", ":", ")", "?", "!":
		return true
	case "and", "or":
		j := k + 2
		if j < len(s.Tokens) && strings.EqualFold(s.Tokens[j].Text, "the") {
			j++
		}
		return j < len(s.Tokens) && tokenize.StartsUpper(s.Tokens[j].Text)
	}
	if len(s.POS) != len(s.Tokens) {
		return false
	}
	switch s.POS[k+1] {
	case "VBZ", "VBD", "VBP", "VBN", "MD", "IN":
		return true
	}
	return false
}

// editionNames joins a miscellaneous name written without its year to
// the one name in the document that is it with a year ("the Harlow Act"
// after "the Harlow Act 1998", "Tarvik" after "Tarvik 2005", "the World
// Cup" after "the 1974 World Cup"). With two
// such years ("the Harlow Act 1998" and "the Harlow Act 2004") the name
// alone may be either, and stays alone.
func (u *union) editionNames() {
	res, info := u.res, u.info
	editions := map[string][]int{} // key without the year -> mentions with one
	for i := range res.Mentions {
		ws := info[i].words
		if res.Mentions[i].Type != extract.Miscellaneous || len(ws) < 2 {
			continue
		}
		var base string
		switch {
		case yearWord(ws[len(ws)-1]):
			base = Key(strings.Join(ws[:len(ws)-1], " "))
		case yearWord(ws[0]) && contestWord(u.words, ws[len(ws)-1]):
			// "the World Cup" after "the 1974 World Cup" (the
			// edition-year rule): a contest's or a festival's name.
			base = Key(strings.Join(ws[1:], " "))
		default:
			continue
		}
		if cs := editions[base]; len(cs) == 0 || u.find(cs[0]) != u.find(i) {
			editions[base] = append(cs, i)
		}
	}
	if len(editions) == 0 {
		return
	}
	for j := range res.Mentions {
		cs := editions[info[j].key]
		if len(cs) != 1 {
			continue
		}
		// A name of two words or more the tagger read as a body's is
		// the same ("the Harlow Act"); one word may be a body's own
		// ("Tarvik", the maker of "Tarvik 2005").
		if t := res.Mentions[j].Type; t != extract.Miscellaneous && (t != extract.Organization || len(info[j].words) < 2) {
			continue
		}
		u.joinAs(cs[0], j, MethodShortName, 0.9)
	}
}

// yearWord reports whether w is a year from 1900 to 2099 in four digits.
func yearWord(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && strings.Trim(w, "0123456789") == ""
}

// citation reports whether the name that begins at byte start of s and
// the year at token k after it are an author's and a year in brackets
// ("as shown (Lee 1998)"): a reference, no edition's year.
func citation(s *extract.Sentence, start, k int) bool {
	j := sort.Search(len(s.Tokens), func(j int) bool { return s.Tokens[j].Start >= start }) - 1
	return j >= 0 && s.Tokens[j].Text == "(" && k+1 < len(s.Tokens) && (s.Tokens[k+1].Text == ")" || s.Tokens[k+1].Text == "," || s.Tokens[k+1].Text == ";")
}

// lastField returns the last word of s.
func lastField(s string) string {
	fs := strings.Fields(s)
	if len(fs) == 0 {
		return ""
	}
	return fs[len(fs)-1]
}

// afterScore reports whether the name that begins at byte start of s
// follows a score's first half ("Harlow 6, Pellam 5", "Harlow 6 Pellam
// 5"): a number, perhaps with a comma after it.
func afterScore(s *extract.Sentence, start int) bool {
	k := sort.Search(len(s.Tokens), func(k int) bool { return s.Tokens[k].Start >= start }) - 1
	if k >= 0 && s.Tokens[k].Text == "," {
		k--
	}
	if k < 0 {
		return false
	}
	w := s.Tokens[k].Text
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// headlineVerbs cuts a name in a headline written in title case before a
// word that is a verb's form (verbForm) and that the name does not keep in
// the article's text: in "Acme Unveils Tarvik Phone" the name is Acme's,
// the verb and its object are the headline's. A participle that news
// writes mostly in lower case, or too rarely to count, opens no name: in
// "Exploring Pellam" the name is Pellam. A name the text writes
// out whole ("Harlow Stores said") keeps its words, and so does one
// whose word is a newspaper's or a kind of organisation's ("Harlow
// Times") or one the text capitalises inside a sentence ("the Harlow
// Otters" for "Pellam Beat Otters").
func (r *Resolver) headlineVerbs(res *extract.Result) {
	h := res.Headline
	if r.words == nil || h.End <= h.Start || h.End > len(res.Doc.Text) || !titleCased(res.Doc.Text[h.Start:h.End]) {
		return
	}
	body := res.Doc.Text[h.End:]
	drop := false
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.EventType || m.Start < h.Start || m.End > h.End || strings.Contains(body, m.Text) {
			continue
		}
		words := wordSpans(m.Text)
		// "Harlow Aims to Trap Phone Pirates": a verb's base form after
		// "to" opens the infinitive, not a name, and so does a verb
		// after its subject ("Acme Downsizes Again"). The rest may be a
		// name when the text writes a word of it capitalised (the
		// cuts after this one narrow it); else the whole is the
		// headline's.
		if r.infinitive(res.Doc.Text, m, words) || r.leadingVerb(res.Doc.Text, h.Start, m, words) {
			if rest := m.Text[words[1][0]:]; slices.ContainsFunc(wordSpans(rest), func(sp [2]int) bool { return capitalisedIn(body, rest[sp[0]:sp[1]]) || wordIn(body, rest) }) {
				m.Start += words[1][0]
				m.Text = rest
			} else {
				m.Type = ""
				drop = true
			}
			continue
		}
		if len(words) >= 2 {
			// A participle that opens the name is the headline's
			// verb, its object the name ("Exploring Pellam").
			w := m.Text[words[0][0]:words[0][1]]
			if strings.HasSuffix(w, "ing") && r.verbForm(w) && (r.lowerMostly(w) || r.rareInNews(w)) && !capitalisedIn(body, w) {
				m.Start += words[1][0]
				m.Text = res.Doc.Text[m.Start:m.End]
				words = wordSpans(m.Text)
			}
		}
		for j := 1; j < len(words); j++ {
			w := m.Text[words[j][0]:words[j][1]]
			if !r.verbForm(w) && !r.pluralsVerb(body, m.Text[words[j-1][0]:words[j-1][1]], w) || capitalisedIn(body, w) {
				continue
			}
			m.End = m.Start + words[j-1][1]
			m.Text = m.Text[:words[j-1][1]]
			break
		}
	}
	if drop {
		res.Mentions = slices.DeleteFunc(res.Mentions, func(m extract.Mention) bool { return m.Type == "" })
	}
}

// leadingVerb reports whether mention m, of two words or more (words),
// opens with a verb's third person or past (verbForm, not its participle
// in -ing, which names open with: "Rolling") after a capitalised word
// of the headline that starts at hStart, its subject's: "Acme Downsizes
// Again", "Court Clears Ann Lee of Charges".
func (r *Resolver) leadingVerb(text string, hStart int, m *extract.Mention, words [][2]int) bool {
	before := strings.Fields(text[hStart:m.Start])
	if len(words) < 2 || len(before) == 0 {
		return false
	}
	// The subject's last word is capitalised and ends no list: not
	// "the Eyes of Justice", "Acme, Pilots Union".
	if p := before[len(before)-1]; !tokenize.StartsUpper(p) || strings.HasSuffix(p, ",") {
		return false
	}
	w := m.Text[words[0][0]:words[0][1]]
	return !strings.HasSuffix(w, "ing") && r.verbForm(w)
}

// infinitive reports whether mention m, of two words or more (words),
// opens with a verb's base form in capitals right after "to" ("to Trap
// Phone Pirates"), which no kind of body's or newspaper's word is.
func (r *Resolver) infinitive(text string, m *extract.Mention, words [][2]int) bool {
	if len(words) < 2 || m.Start < 4 {
		return false
	}
	if strings.ToLower(text[m.Start-4:m.Start]) != " to " {
		return false
	}
	w := m.Text[words[0][0]:words[0][1]]
	l := strings.ToLower(w)
	if !tokenize.StartsUpper(w) || allCaps(w) || r.words.NameWord(l) {
		return false
	}
	return r.words.Lemma(l, "VB") == l && r.words.Known(l, lexicon.Verb)
}

// verbForm reports whether w, capitalised, is a verb's third person
// singular ("Unveils", "Pledges"), its past ("Tapped", "Leaked") or its
// participle in -ing ("Planning"), that is no newspaper's word and no
// kind of organisation's.
func (r *Resolver) verbForm(w string) bool {
	l := strings.ToLower(w)
	if !tokenize.StartsUpper(w) || r.words.NameWord(l) {
		return false
	}
	var tag string
	switch {
	case strings.HasSuffix(l, "s"):
		tag = "VBZ"
	case strings.HasSuffix(l, "ed") && (!r.words.Known(l, lexicon.Adjective) || r.lowerMostly(w)):
		// Not an adjective's form as well ("United", "Limited"),
		// unless news writes it in lower case far more often than
		// capitalised ("Tapped").
		tag = "VBD"
	case strings.HasSuffix(l, "ing"):
		tag = "VBG"
	default:
		return false
	}
	lemma := r.words.Lemma(l, tag)
	return lemma != l && r.words.Known(lemma, lexicon.Verb) && !r.kindWord(lemma)
}

// lowerMostly reports whether news writes w in lower case more than
// twice as often as capitalised inside a sentence.
func (r *Resolver) lowerMostly(w string) bool {
	casings, ok := r.aliases.(Casings)
	if !ok {
		return false
	}
	lo, hi, ok := casings.Casing(w)
	return ok && lo > 2*hi
}

// rareInNews reports whether news uses w too rarely for its casing to be
// counted.
func (r *Resolver) rareInNews(w string) bool {
	casings, ok := r.aliases.(Casings)
	if !ok {
		return false
	}
	_, _, known := casings.Casing(w)
	return !known
}

// pluralsVerb reports whether w, capitalised, is a verb's base form after
// prev, a capitalised plural that is no acronym ("Otters Crush Pellam",
// "Otters Look Strong"): the present of a plural subject. A word WordNet
// does not know is a plural when the text, body, writes it after "the"
// ("the Velders" for "Velders Look Strong"), as a team's name is.
func (r *Resolver) pluralsVerb(body, prev, w string) bool {
	l, p := strings.ToLower(w), strings.ToLower(prev)
	if !tokenize.StartsUpper(w) || !tokenize.StartsUpper(prev) || strings.ToUpper(prev) == prev || !strings.HasSuffix(p, "s") || strings.HasSuffix(p, "ss") || r.kindWord(l) {
		return false
	}
	if r.words.Lemma(p, "NNS") == p && (r.words.Known(p, lexicon.Noun) || strings.HasSuffix(p, "us") || strings.HasSuffix(p, "is") || !wordIn(body, "the "+prev) && !wordIn(body, "The "+prev)) {
		return false
	}
	return r.words.Lemma(l, "VB") == l && r.words.Known(l, lexicon.Verb)
}

// titleCased reports whether most of the words of four letters or more
// in s begin with a capital, as a headline in title case does. A word
// that opens with no letter (a score, "(AP)") is not counted.
func titleCased(s string) bool {
	long, upper := 0, 0
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); len(w) < 4 || !unicode.IsLetter(r) {
			continue
		}
		long++
		if tokenize.StartsUpper(w) {
			upper++
		}
	}
	return long >= 2 && upper*4 >= long*3
}

// capitalisedIn reports whether text holds word w, capitalised as
// written, inside a sentence: after a word that is not a sentence's end,
// nor the dash after a line's opening credit ("Acme Wire - Floods hit").
func capitalisedIn(text, w string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return false
		}
		at := i + k
		i = at + len(w)
		if at < 2 || text[at-1] != ' ' || i < len(text) && unicode.IsLetter(rune(text[i])) {
			continue
		}
		if c := text[at-2]; c != '.' && c != '!' && c != '?' && c != '\n' && c != ' ' && c != '"' && !creditDash(text, at-2) {
			return true
		}
	}
}

// creditDash reports whether text's byte at, a dash, ends a line's
// opening credit: one to four words before it on its line, each
// capitalised or in brackets, the agency or the place a report opens with
// ("Acme Wire - ", "HARLOW (Acme) - "), after which a sentence begins.
func creditDash(text string, at int) bool {
	if text[at] != '-' || at < 1 || text[at-1] != ' ' {
		return false
	}
	start := strings.LastIndexByte(text[:at], '\n') + 1
	words := strings.Fields(text[start:at])
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !tokenize.StartsUpper(strings.TrimLeft(w, "(")) {
			return false
		}
	}
	return true
}

// capsHeadlineVerb reports whether mention m is one word of a headline
// written in capitals that is a verb's form (verbForm) after the
// headline's first word, its subject's, and that the article's text
// never writes, in any case: "ANN LEE WARDS OFF THE STORM" ("Wards" would
// be a team's name if the text named one; a headline opens with its
// subject, "HARLOW WARDS WIN").
func (r *Resolver) capsHeadlineVerb(res *extract.Result, m extract.Mention) bool {
	h := res.Headline
	if r.words == nil || h.End <= h.Start || h.End > len(res.Doc.Text) || m.Start < h.Start || m.End > h.End || strings.Contains(m.Text, " ") ||
		!allCaps(m.Text) || !capsHeadline(res.Doc.Text[h.Start:h.End]) || strings.TrimSpace(res.Doc.Text[h.Start:m.Start]) == "" {
		return false
	}
	w := m.Text[:1] + strings.ToLower(m.Text[1:])
	return r.verbForm(w) && !wordIn(strings.ToLower(res.Doc.Text[h.End:]), strings.ToLower(m.Text))
}

// capsHeadline reports whether s, a headline, is written in capitals:
// three words or more of letters, none in lower case.
func capsHeadline(s string) bool {
	words := 0
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) {
			words++
		}
	}
	return words >= 3 && allCaps(s)
}

// headlineWord reports whether mention m is one word of a title-case
// headline that news writes in lower case more often than not, that the
// gazetteer lists as no name, and that the article's text never
// capitalises inside a sentence: "Double" in "Double Lifts Harlow", "Poll"
// in "Poll Finds Ann Lee Ahead". The capital is the headline's.
func (r *Resolver) headlineWord(res *extract.Result, m extract.Mention) bool {
	h := res.Headline
	if h.End <= h.Start || h.End > len(res.Doc.Text) || m.Start < h.Start || m.End > h.End || strings.ContainsAny(m.Text, " -.'0123456789") || allCaps(m.Text) {
		return false
	}
	casings, ok := r.aliases.(Casings)
	if !ok {
		return false
	}
	if lo, hi, ok := casings.Casing(m.Text); !ok || lo <= hi {
		return false
	}
	if r.listed(m.Text) || !titleCased(res.Doc.Text[h.Start:h.End]) {
		return false
	}
	return !capitalisedIn(res.Doc.Text[h.End:], m.Text)
}

// holiday reports whether mention m is the name of a holiday or a feast
// as WordNet lists them ("Christmas", "Boxing Day"), with "'s" or "Eve"
// after it ("New Year's Day", "Christmas Eve").
func (r *Resolver) holiday(m extract.Mention) bool {
	if r.words == nil || m.Type == extract.Person || m.Type == extract.Organization {
		return false
	}
	l := strings.ToLower(m.Text)
	l = strings.TrimSuffix(l, " eve")
	l = strings.TrimSuffix(l, "'s")
	l = strings.TrimSuffix(l, "'s day")
	return r.words.Is(l, lexicon.Holiday)
}

// honorificAlone reports whether mention m is a form of address alone
// that the tagger took for a person's name ("said Dr Ann Lee" tagged
// "Dr" and "Ann Lee"): a title stands outside the name it is said
// before, and alone it names no one.
func (r *Resolver) honorificAlone(m extract.Mention) bool {
	return r.words != nil && m.Type == extract.Person && !strings.Contains(m.Text, " ") &&
		r.words.Is(strings.ToLower(strings.TrimSuffix(m.Text, ".")), lexicon.Honorific)
}

// inhabitantNoun reports whether mention m is one word the tagger left
// miscellaneous that is a noun for the people of a place or a nation
// ("Britons", "a Welshman"), not an adjective, and no demonym that stands for a country
// (the country canonicaliser's: "Norlanders", kept as the country's
// alias): people of a kind, not a named thing.
func (r *Resolver) inhabitantNoun(res *extract.Result, m extract.Mention) bool {
	if r.words == nil || m.Type != extract.Miscellaneous || strings.Contains(m.Text, " ") || !tokenize.StartsUpper(m.Text) || strings.ToUpper(m.Text) == m.Text {
		return false
	}
	if r.aliased(m) {
		return false
	}
	// A plural ("Britons"), a word that is no adjective ("Welshman") or
	// one after an article or "every" (and adjectives) that ends its
	// noun phrase ("a Briton", "the first Briton in") is the noun;
	// "Welsh" and "European" may be the adjectives a place's name has as
	// aliases. Before a common noun the singular names something else
	// ("three Brit nominations": a prize's).
	l := strings.ToLower(m.Text)
	if lemma := r.words.Lemma(l, "NNS"); lemma != l {
		return r.words.Is(lemma, lexicon.Inhabitant)
	}
	if !r.words.Is(l, lexicon.Inhabitant) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	if n := sort.Search(len(s.Tokens), func(n int) bool { return s.Tokens[n].Start >= m.End }); n < len(s.Tokens) && n < len(s.POS) &&
		strings.HasPrefix(s.POS[n], "NN") && tokenize.StartsLower(s.Tokens[n].Text) {
		return false
	}
	if !r.words.Known(l, lexicon.Adjective) {
		return true
	}
	k := sort.Search(len(s.Tokens), func(k int) bool { return s.Tokens[k].End > m.Start }) - 1
	// Over adjectives and numbers in lower case: "the first Briton",
	// "a young Briton".
	for k >= 0 && k < len(s.POS) && (strings.HasPrefix(s.POS[k], "JJ") || s.POS[k] == "CD") && tokenize.StartsLower(s.Tokens[k].Text) {
		k--
	}
	if k < 0 {
		return false
	}
	// The noun phrase must end with the word: no noun, adjective or
	// number after it ("a Norlandic under-21 side"), and no symbol (a
	// masked word, "the Norlandic ****", may be the noun).
	if n := sort.Search(len(s.Tokens), func(n int) bool { return s.Tokens[n].Start >= m.End }); n < len(s.Tokens) {
		r0, _ := utf8.DecodeRuneInString(s.Tokens[n].Text)
		if !unicode.IsLetter(r0) && !strings.ContainsRune(".,;:!?\"'", r0) {
			return false
		}
		if n < len(s.POS) && (strings.HasPrefix(s.POS[n], "NN") || strings.HasPrefix(s.POS[n], "JJ") || s.POS[n] == "CD") {
			return false
		}
	}
	switch strings.ToLower(s.Tokens[k].Text) {
	case "a", "an", "every", "each", "the":
		return true
	}
	return false
}

// compassAxes are the compass points, the closed class of words that
// name the halves of a divided place, by axis: the two of an axis are
// opposites (compassOpposites), and a point between two is written with
// the meridian's first ("South West": compassTail).
var compassAxes = [2][2]string{{"north", "south"}, {"east", "west"}}

// compassOpposites pairs each compass point with the other of its axis.
var compassOpposites = func() map[string]string {
	m := map[string]string{}
	for _, ax := range compassAxes {
		m[ax[0]], m[ax[1]] = ax[1], ax[0]
	}
	return m
}()

// compassHalves joins a compass point written alone as a place ("the
// South") to the one place of the document named by it and a name that
// the opposite point also opens: "the South" is South Norland in a text
// that names North Norland too, the halves of a divided place. Without
// the other half, "the South" may be any region.
func (u *union) compassHalves() {
	res, info := u.res, u.info
	halves := map[string][]int{} // compass point -> places it opens
	opens := map[string]bool{}   // "north norland": the names of places
	for j := range res.Mentions {
		ws := info[j].words
		if res.Mentions[j].Type != extract.Location || len(ws) != 2 {
			continue
		}
		opens[Key(strings.Join(ws, " "))] = true
	}
	for j := range res.Mentions {
		ws := info[j].words
		if res.Mentions[j].Type != extract.Location || len(ws) != 2 {
			continue
		}
		point := strings.ToLower(ws[0])
		if other, ok := compassOpposites[point]; ok && ws[0] != strings.ToUpper(ws[0]) && opens[Key(other+" "+ws[1])] {
			halves[point] = append(halves[point], j)
		}
	}
	if len(halves) == 0 {
		return
	}
	for i := range res.Mentions {
		m := res.Mentions[i]
		if len(info[i].words) != 1 || m.Type != extract.Location || u.find(i) != i || info[i].canon != "" {
			continue
		}
		u.joinSole(i, halves[strings.ToLower(info[i].words[0])])
	}
}

// eventTails joins the last word of an event's name, written alone, to
// the one name in the document that ends in it: "the Games" after "the
// Harlow Games", "the Open" after "the Pellam Open". The word is one
// that ends the names of contests and festivals (lexicon.EventName); a
// document with two such names ("the Harlow Cup", "the Pellam Cup")
// leaves it alone. So do the last words of such a name, or of one that
// ends in a compound of the kind ("Grand Prix"), written without the
// words before them (a sponsor's, a country's: "the Norland Grand Prix"
// and "the Grand Prix", "the Acme Harlow Cup" and "the Harlow Cup").
func (u *union) eventTails() {
	res, info := u.res, u.info
	byTail := map[string][]int{}   // names ending in an event's word, by that word
	compound := map[string][]int{} // names ending in an event's compound ("Grand Prix")
	for j := range res.Mentions {
		ws := info[j].words
		if len(ws) < 2 || !isEntityType(res.Mentions[j].Type) || res.Mentions[j].Type == extract.Person || res.Mentions[j].Type == extract.Location {
			continue
		}
		last := ws[len(ws)-1]
		if !tokenize.StartsUpper(last) {
			continue
		}
		if u.words.Is(strings.ToLower(last), lexicon.EventName) {
			byTail[Key(last)] = append(byTail[Key(last)], j)
		} else if len(ws) > 2 && u.words.Is(strings.ToLower(ws[len(ws)-2]+" "+last), lexicon.EventName) {
			compound[Key(last)] = append(compound[Key(last)], j)
		}
	}
	if len(byTail) == 0 && len(compound) == 0 {
		return
	}
	for i := range res.Mentions {
		m := res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.Person || u.find(i) != i {
			continue
		}
		ws := info[i].words
		if len(ws) == 1 {
			u.joinSole(i, byTail[info[i].key])
			continue
		}
		last := Key(ws[len(ws)-1])
		cands := append(slices.Clone(byTail[last]), compound[last]...)
		u.joinSole(i, slices.DeleteFunc(cands, func(j int) bool { return !u.endsWith(j, i) }))
	}
}

// endsWith reports whether the name of mention j is longer than mention
// i's and ends in i's words.
func (u *union) endsWith(j, i int) bool {
	long, short := u.keysOf(j), u.keysOf(i)
	return len(long) > len(short) && slices.Equal(long[len(long)-len(short):], short)
}

// stormHeads joins a word for a storm that opens a storm's name ("Cyclone
// X", "Hurricane Ann"; the lexicon's storms), written alone, capitalised,
// after "the", to the nearest name before it that the word opens, or else
// the first after it: "the Hurricane" after "Hurricane Ann". Talk and news
// call a storm by its kind once they have named it.
func (u *union) stormHeads() {
	if u.words == nil {
		return
	}
	res, info := u.res, u.info
	byHead := map[string][]int{}
	for j := range res.Mentions {
		ws := info[j].words
		if len(ws) < 2 || !isEntityType(res.Mentions[j].Type) || !tokenize.StartsUpper(ws[0]) || allCaps(ws[0]) || !tokenize.StartsUpper(ws[1]) ||
			!u.words.Is(strings.ToLower(ws[0]), lexicon.EventStorm) {
			continue
		}
		byHead[Key(ws[0])] = append(byHead[Key(ws[0])], j)
	}
	if len(byHead) == 0 {
		return
	}
	for i := range res.Mentions {
		m := res.Mentions[i]
		cands := byHead[info[i].key]
		if len(info[i].words) != 1 || len(cands) == 0 || !isEntityType(m.Type) || !u.afterThe(i) {
			continue
		}
		u.joinAs(u.latestBefore(i, cands), i, MethodShortName, 0.8)
	}
}

// stormNames joins a storm's own name, written alone, to the one name in
// the document that is a word for a storm and that name: "Ann" after
// "Hurricane Ann" (the lexicon's storms, capitalised, then one
// capitalised word), whatever type the recognizer gave either (it reads
// a storm's given name as a person's, a place's or neither). A document
// that names two storms "Ann" ("Hurricane Ann", "Typhoon Ann") leaves it
// alone, as does one where the word is also a longer name's of another
// kind ("Ann Lee" and "Hurricane Ann").
func (u *union) stormNames() {
	if u.words == nil {
		return
	}
	res, info := u.res, u.info
	byName := map[string][]int{}
	other := map[string]bool{}
	for j := range res.Mentions {
		ws := info[j].words
		if len(ws) < 2 || !isEntityType(res.Mentions[j].Type) {
			continue
		}
		if len(ws) == 2 && tokenize.StartsUpper(ws[0]) && !allCaps(ws[0]) && tokenize.StartsUpper(ws[1]) && u.words.Is(strings.ToLower(ws[0]), lexicon.EventStorm) {
			byName[Key(ws[1])] = append(byName[Key(ws[1])], j)
			continue
		}
		for _, w := range ws {
			other[Key(w)] = true
		}
	}
	for i := range res.Mentions {
		m := res.Mentions[i]
		if len(info[i].words) != 1 || !isEntityType(m.Type) || other[info[i].key] {
			continue
		}
		u.joinSole(i, byName[info[i].key])
	}
}

// afterThe reports whether "the" comes right before mention i.
func (u *union) afterThe(i int) bool {
	res := u.res
	m := res.Mentions[i]
	if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	lo, _ := s.TokenSpan(m.Start, m.End)
	return lo > 0 && strings.EqualFold(s.Tokens[lo-1].Text, "the")
}

// placeTails joins a word for a kind of built or natural place (the
// lexicon's Facility, Structure, Way and NaturalFeature: "Dome",
// "Bridge", "Tunnel", "Valley"; no word for a body, a settlement or a
// region), capitalised and written alone after "the", to the one place
// of the document whose name ends in it: "the Dome" after "the Tarvik
// Dome", "the Bridge" after "the Vell Bridge" (the place-tail
// construction, orgTails' sibling). A document with two such names
// leaves it alone, as orgTails does.
func (u *union) placeTails() {
	if u.words == nil {
		return
	}
	u.joinTails(extract.Location, u.placeKind, func(int) bool { return true }, u.setAfterThe)
}

// placeKind reports whether w, capitalised and not in capitals, is a
// noun for a kind of built or natural place and for no body, settlement
// or region (see placeTails).
func (u *union) placeKind(w string) bool {
	if !tokenize.StartsUpper(w) || allCaps(w) {
		return false
	}
	c := u.words.Classes(u.words.Lemma(strings.ToLower(w), "NN"))
	if !c.Has(lexicon.Facility) && !c.Has(lexicon.Structure) && !c.Has(lexicon.Way) && !c.Has(lexicon.NaturalFeature) {
		return false
	}
	for _, not := range []lexicon.Class{lexicon.Government, lexicon.Corporation, lexicon.Education, lexicon.Organization, lexicon.Party,
		lexicon.Settlement, lexicon.City, lexicon.Region, lexicon.Country} {
		if c.Has(not) {
			return false
		}
	}
	return true
}

// setAfterThe reports whether a mention of mention i's set, the set's
// root, stands right after "the" ("the Dome"; a headline may drop it).
func (u *union) setAfterThe(i int) bool {
	root := u.find(i)
	for j := range u.res.Mentions {
		if u.find(j) == root && u.afterThe(j) {
			return true
		}
	}
	return false
}

// orgTails joins a word for a kind of organisation, capitalised and
// written alone, to the one organisation of the document whose name ends
// in it: "the University" after "Harlow State University", "the Council"
// after "Pellam District Council" (the lexicon's words for bodies of
// government, firms, schools, parties and organisations in general). A
// document with two such names ("Harlow University", "Pellam
// University") leaves it alone.
func (u *union) orgTails() {
	if u.words == nil {
		return
	}
	kind := func(w string) bool {
		if !tokenize.StartsUpper(w) || allCaps(w) {
			return false
		}
		lw := strings.ToLower(w)
		for _, c := range []lexicon.Class{lexicon.Government, lexicon.Corporation, lexicon.Education, lexicon.Organization, lexicon.Party} {
			if u.words.Is(lw, c) {
				return true
			}
		}
		return false
	}
	// A name already joined to a place's ("Norland Senate" to Norland)
	// is the place's, not the body's.
	place := map[int]bool{}
	for j := range u.res.Mentions {
		if u.res.Mentions[j].Type == extract.Location {
			place[u.find(j)] = true
		}
	}
	u.joinTails(extract.Organization, kind, func(j int) bool { return !place[u.find(j)] }, func(int) bool { return true })
}

// joinTails joins a one-word name that kind takes, a root of its set and
// no person's, that alone lets join, to the one mention of type typ whose
// name of two words or more ends in the same word and that owner takes:
// the shape orgTails and placeTails share. Two such names leave it alone.
func (u *union) joinTails(typ string, kind func(string) bool, owner, alone func(int) bool) {
	res, info := u.res, u.info
	byTail := map[string][]int{}
	for j := range res.Mentions {
		ws := info[j].words
		if len(ws) < 2 || res.Mentions[j].Type != typ || !owner(j) {
			continue
		}
		if last := ws[len(ws)-1]; kind(last) {
			byTail[Key(last)] = append(byTail[Key(last)], j)
		}
	}
	if len(byTail) == 0 {
		return
	}
	for i := range res.Mentions {
		m := res.Mentions[i]
		if len(info[i].words) != 1 || !isEntityType(m.Type) || m.Type == extract.Person || u.find(i) != i || !kind(info[i].words[0]) || !alone(i) {
			continue
		}
		u.joinSole(i, byTail[info[i].key])
	}
}

// takeInitials extends a one-word name, or a longer one the recognizer
// read as a person's, over the initial it left before it in a list of
// names ("C Orr; A Lee, B Ek", "D Ek; A Van Orr (Harlow)"): a single
// capital letter, written apart, after a comma, a semicolon or a colon
// (for a longer name, a comma or a semicolon and a space). A name so
// written is a person's ("B Ek" tagged a place is the player).
func takeInitials(res *extract.Result) {
	for i := range res.Mentions {
		m := &res.Mentions[i]
		// A longer name only when the recognizer read it as a person's
		// ("B Le Roux", "A Lo Cicero").
		multi := strings.Contains(m.Text, " ")
		if multi && (m.Type != extract.Person || !nameWords(m.Text)) || !isEntityType(m.Type) || m.Type == extract.EventType || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		toks := res.Sentences[m.Sentence].Tokens
		k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= m.Start })
		if k < 2 || k >= len(toks) || toks[k].Start != m.Start {
			continue
		}
		in, sep := toks[k-1], toks[k-2].Text
		if len(in.Text) != 1 || in.Text[0] < 'A' || in.Text[0] > 'Z' || in.End+1 != m.Start || sep != "," && sep != ";" && sep != ":" {
			continue
		}
		// After a colon "A" opens a title as often ("Norland: A Vell
		// Victory").
		if sep == ":" && (in.Text == "A" || in.Text == "I") || multi && (sep == ":" || toks[k-2].End == in.Start) {
			continue
		}
		m.Start, m.Text, m.Type = in.Start, res.Doc.Text[in.Start:m.End], extract.Person
	}
}

// splitHyphened splits a mention of two names joined by a hyphen before a
// noun in lower case ("the Acme-Vell merger", "Norland-Ostmark talks")
// into the two, when each is a country's name, or each a name the
// gazetteer lists as an organisation's and not a place's, and the
// gazetteer does not list the whole ("Harlow-Pellam" is the name of one
// town when it is listed so), or when the document names each side on
// its own as a body's, a place's or a person's name (each side then
// takes that type: "the merged Acme-Vell group" beside "Acme" and
// "Vell"). A person's name is left alone ("Ann Lee-Ek"), and so are
// compass points and regions ("a North-South match", "Norland-Ostmark
// operations").
func (r *Resolver) splitHyphened(res *extract.Result) {
	if r.known == nil {
		return
	}
	var add []extract.Mention
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type == extract.Person || strings.Count(m.Text, "-") != 1 || r.listed(m.Text) {
			continue
		}
		a, b, _ := strings.Cut(m.Text, "-")
		if !nameWords(a) || !nameWords(b) || strings.HasSuffix(a, " ") || strings.HasPrefix(b, " ") || !nounAfter(res.Doc.Text, m.End) {
			continue
		}
		ta, tb := "", ""
		switch {
		case r.country(a) && r.country(b):
			ta, tb = extract.Location, extract.Location
		case r.onlyBody(a) && r.onlyBody(b):
			ta, tb = extract.Organization, extract.Organization
		case r.words != nil && r.country(a) && r.placeAdjective(b):
			// "Norland-Ostmarkish talks": the country and the other
			// side's adjective, which the adjectives' rules read
			// (country-adjective).
			ta, tb = extract.Location, extract.Miscellaneous
		default:
			ta, tb = namedType(res, a), namedType(res, b)
			if ta == "" || tb == "" {
				continue
			}
		}
		second := splitTwo(m, a, b)
		m.Type, second.Type = ta, tb
		m.Class, second.Class = "", ""
		add = append(add, second)
	}
	res.Mentions = append(res.Mentions, add...)
}

// namedType returns the type of a mention of the document written as
// name, a body's, a place's or a person's, or "" when none is: the
// document names each side of "the Acme-Vell group" on its own (the
// named-halves rule of splitHyphened).
func namedType(res *extract.Result, name string) string {
	for _, m := range res.Mentions {
		if m.Text == name && (m.Type == extract.Organization || m.Type == extract.Location || m.Type == extract.Person) {
			return m.Type
		}
	}
	return ""
}

// country reports whether the alias table knows name as a country's,
// not its people's ("Norlandic-Ostmarker ties" are adjectives).
func (r *Resolver) country(name string) bool {
	c, ok := r.aliases.(Canonicalizer)
	if !ok {
		return false
	}
	if d, ok := r.aliases.(Demonyms); ok && d.IsDemonym(name) {
		return false
	}
	_, t, class, ok := c.Canonical(name, extract.Location)
	return ok && t == extract.Location && class == "Country"
}

// onlyBody reports whether the gazetteer lists name as an organisation's
// and not as a place's ("Asia" names a body too).
func (r *Resolver) onlyBody(name string) bool {
	return r.known.KnownName(name, extract.Organization) && !r.known.KnownName(name, extract.Location)
}

// nounAfter reports whether a word in lower case follows offset end of
// text after one space: the noun a name before it modifies.
func nounAfter(text string, end int) bool {
	if end+1 >= len(text) || text[end] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[end+1:])
	return unicode.IsLower(r)
}

// cutLowerOf cuts a mention the recognizer ran on over "of" and words in
// lower case that no name holds: "accuses Harlow State of improprieties"
// names Harlow State. A name's words after "of" are capitalised ("Bank of
// Norland"), but for its function words.
func (r *Resolver) cutLowerOf(res *extract.Result) {
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.Miscellaneous {
			continue
		}
		k := strings.LastIndex(m.Text, " of ")
		if k <= 0 || !nameWords(m.Text[:k]) {
			continue
		}
		tail := strings.Fields(m.Text[k+len(" of "):])
		content := 0
		for _, w := range tail {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
				content = -1
				break
			}
			if !isFunctionWord(w) {
				content++
			}
		}
		if content <= 0 {
			continue
		}
		m.End = m.Start + k
		m.Text = m.Text[:k]
	}
}

// mentionsInOrder returns the indices of res's mentions that keep
// accepts (all when keep is nil), in the order of their starts in the
// text (ties in index order).
func mentionsInOrder(res *extract.Result, keep func(extract.Mention) bool) []int {
	order := make([]int, 0, len(res.Mentions))
	for i, m := range res.Mentions {
		if keep == nil || keep(m) {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return res.Mentions[order[i]].Start < res.Mentions[order[j]].Start })
	return order
}
