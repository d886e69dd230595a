package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// joinTitleWords joins two mentions the recognizer cut at a function
// word inside a title: "Dancing the Night", "Pellam in Winter", "The
// Harp in the Night", "My Summer of Rain" name one work each, not a name
// and a place. The second part is one capitalised word that news writes
// in lower case more often than not (a common noun: "night", "winter",
// "rain"), which a sentence capitalises only inside a title, and no word
// for a kind of place or body ("Hall", "Bank"); no capitalised word
// follows it (it ends the title), and the gazetteer does not list it. The first part is one word ("Dancing", "Pellam") or
// opens with an article or a possessive pronoun ("The Harp", "My Summer"),
// or is a number in words and a plural ("Forty Shades"), so that a person's full name before a phrase ("Ann Lee in Harlow")
// stays apart, and it is no place's ("Norland in Winter" may be a
// season's match); the function words between are "the", "in", "of",
// "with" and the last three with "the" after them (the title-words
// rule). The second part must be read as a name of a person, a place
// or a body: a miscellaneous one is as often a competition's or a
// bill's short name ("Harlow in the Cup", "the Act in the Lords"). A
// headline, whose words are all capitalised, is left alone. The joined
// mention is a miscellaneous name: the typer reads what kind of work.
func (r *Resolver) joinTitleWords(res *extract.Result) {
	casings, ok := r.aliases.(Casings)
	if !ok || len(res.Mentions) < 2 {
		return
	}
	text := res.Doc.Text
	joinWorkParts(res, false, func(a, b extract.Mention) bool {
		return titleGap(text[a.End:b.Start]) && r.titleHead(res, a) && r.titleTail(res, casings, b)
	})
}

// joinWorkParts joins each two neighbouring names, no event's, outside
// the headline, that fits says are the parts of one work's title, into
// one miscellaneous mention: the typer reads what kind of work. With
// chain, a joined mention is tried against the next one (joinNeighbours).
func joinWorkParts(res *extract.Result, chain bool, fits func(a, b extract.Mention) bool) {
	text := res.Doc.Text
	h := res.Headline
	joinNeighbours(res, func(m extract.Mention) bool { return isEntityType(m.Type) && m.Type != extract.EventType }, chain, func(a *extract.Mention, b extract.Mention) bool {
		if b.End > len(text) || h.End > h.Start && a.Start < h.End && b.End > h.Start || !fits(*a, b) {
			return false
		}
		a.End = b.End
		a.Text = text[a.Start:a.End]
		a.Type = extract.Miscellaneous
		a.Class = ""
		return true
	})
}

// titleGap reports whether the text between the two parts of a title is
// one of the function words joinTitleWords takes.
func titleGap(between string) bool {
	switch between {
	case " the ", " in ", " of ", " with ", " in the ", " of the ", " with the ":
		return true
	}
	return false
}

// titleHead reports whether mention a may open a title (see
// joinTitleWords): one capitalised word, or words opened by an article
// or a possessive pronoun, and no place's name.
func (r *Resolver) titleHead(res *extract.Result, a extract.Mention) bool {
	if a.Type == extract.Location {
		return false
	}
	words := strings.Fields(a.Text)
	if len(words) == 0 || !tokenize.StartsUpper(words[len(words)-1]) {
		return false
	}
	if len(words) == 1 {
		return !allCaps(words[0])
	}
	switch words[0] {
	case "The", "A", "An", "My", "Our", "Your", "His", "Her", "Their":
		return true
	}
	// A number in words and a plural noun ("Forty Shades", "Three
	// Rooms") count what the title names.
	return len(words) == 2 && spelledCardinal(words[0]) && r.words != nil && r.pluralNoun(words[1])
}

// spelledCardinal reports whether w is a cardinal number from two to a
// thousand spelled in one word: "Three", "Forty" (a closed class).
func spelledCardinal(w string) bool {
	switch strings.ToLower(w) {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand":
		return true
	}
	return false
}

// pluralNoun reports whether w is the plural of a noun WordNet knows:
// "Shades", "Rooms".
func (r *Resolver) pluralNoun(w string) bool {
	l := strings.ToLower(w)
	one := r.words.Lemma(l, "NNS")
	return one != l && r.words.Known(one, lexicon.Noun)
}

// titleTail reports whether mention b may end a title (see
// joinTitleWords): one capitalised common word read as a person's, a
// place's or a body's name, not listed, with no capitalised word after
// it.
func (r *Resolver) titleTail(res *extract.Result, casings Casings, b extract.Mention) bool {
	if b.Type != extract.Person && b.Type != extract.Location && b.Type != extract.Organization {
		return false
	}
	if strings.Contains(b.Text, " ") || !tokenize.StartsUpper(b.Text) || allCaps(b.Text) || !letters(b.Text) {
		return false
	}
	if !commonWord(casings, b.Text) || r.listed(b.Text) || r.words != nil && r.kindWord(b.Text) {
		return false
	}
	rest := strings.TrimLeft(res.Doc.Text[b.End:], " ")
	if rest != "" && tokenize.StartsUpper(rest) && !strings.HasPrefix(res.Doc.Text[b.End:], "\n") {
		return false
	}
	return true
}

// joinWorkAnd joins two mentions the recognizer cut at "and" inside one
// title that a singular noun for a work opens: "the single Rain and
// Harbour Lights", "her novel Salt and Tallow Road" name one work each.
// After a noun in the singular one title follows; the recognizer reads
// a title's capitalised common word as a place's or a person's name. The
// first part is one such word (capitalised, a word news writes in lower
// case more often than not, and not listed), the second part no person's
// name, and no capitalised word follows it; the noun is the lexicon's
// for a record, a show or a creative work, in lower case (the work-and
// rule). A headline is left alone. The joined mention is a
// miscellaneous name: the typer reads what kind of work.
func (r *Resolver) joinWorkAnd(res *extract.Result) {
	casings, ok := r.aliases.(Casings)
	if !ok || r.words == nil || len(res.Mentions) < 2 {
		return
	}
	text := res.Doc.Text
	h := res.Headline
	joinNeighbours(res, func(m extract.Mention) bool { return isEntityType(m.Type) && m.Type != extract.EventType }, false, func(a *extract.Mention, b extract.Mention) bool {
		if b.End > len(text) || text[a.End:b.Start] != " and " ||
			h.End > h.Start && a.Start < h.End && b.End > h.Start || a.Type == extract.Person || b.Type == extract.Person {
			return false
		}
		if !r.workTitleOpener(res, casings, *a) || !r.workNounBefore(res, *a) {
			return false
		}
		if rest := strings.TrimLeft(text[b.End:], " "); rest != "" && tokenize.StartsUpper(rest) && !strings.HasPrefix(text[b.End:], "\n") {
			return false
		}
		a.End = b.End
		a.Text = text[a.Start:a.End]
		a.Type = extract.Miscellaneous
		a.Class = ""
		return true
	})
}

// workTitleOpener reports whether mention a is one capitalised common
// word that the gazetteer does not list (see joinWorkAnd).
func (r *Resolver) workTitleOpener(res *extract.Result, casings Casings, a extract.Mention) bool {
	w := a.Text
	return !strings.Contains(w, " ") && capitalisedWord(w) && commonWord(casings, w) && !r.listed(w) && !r.kindWord(w)
}

// workNounBefore reports whether the token right before mention a is a
// singular noun in lower case of the lexicon's record, shown-work or
// creative-work classes: "single", "film", "novel" (a record's noun
// whatever the tagger read it as but a verb).
func (r *Resolver) workNounBefore(res *extract.Result, a extract.Mention) bool {
	if a.Sentence < 0 || a.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[a.Sentence]
	lo, _ := s.TokenSpan(a.Start, a.End)
	k := lo - 1
	if k < 0 || k >= len(s.POS) || s.Tokens[k].End+1 != a.Start {
		return false
	}
	return r.workNounAt(s, k)
}

// workNounAt reports whether token k of s is a singular noun in lower
// case of the lexicon's record, shown-work or creative-work classes (see
// workNounBefore).
func (r *Resolver) workNounAt(s *extract.Sentence, k int) bool {
	w := s.Tokens[k].Text
	if w != strings.ToLower(w) {
		return false
	}
	// The tagger reads "single" as an adjective or a preposition at
	// times: a record's noun is taken whatever it read but a verb.
	if r.words.Is(w, lexicon.RecordWork) && !strings.HasPrefix(s.POS[k], "VB") {
		return true
	}
	// It reads a work's noun before a title as an adjective too ("Action
	// comedy Man of the Harbour"): a word WordNet has no adjective of is
	// the noun (the typer's work-title rule reads it so).
	noun := s.POS[k] == "NN" || s.POS[k] == "JJ" && !r.words.Known(w, lexicon.Adjective)
	return noun && (r.words.Is(w, lexicon.ShownWork) || r.words.Is(w, lexicon.CreativeWork))
}

// joinWorkTitle joins two mentions the recognizer cut at a preposition
// inside one title that a singular noun for a work opens: "the film
// Mutiny on the Harlow", "the sitcom The Mayor of Harlow", "a new
// sitcom, The World According to Bo Ek" name one work each. A noun in
// the singular names one work, and a title writes its prepositions in
// lower case; the recognizer reads what follows one as a place, a body
// or a person. The first part comes right after the noun (or the noun
// and a comma, in apposition); between the parts stand only "of", "on",
// "in", "to" or "with", perhaps with an article after it. After "of"
// any name continues the title ("The Life of Ann Lee"); after the
// others, which as often open a phrase of where or with whom ("the film
// X in Harlow", "the show X on Acme TV", "the film X with Ann Lee"),
// only a name the gazetteer does not list and no person's. The noun is
// the lexicon's for a record, a show or a creative work, in lower case,
// as for the work-and rule (the title-preposition rule). A headline is left
// alone. The joined mention is a miscellaneous name, joined on to the
// next part when one follows so ("Crying in the Centre of the Harlow").
func (r *Resolver) joinWorkTitle(res *extract.Result) {
	if r.words == nil || len(res.Mentions) < 2 {
		return
	}
	text := res.Doc.Text
	joinWorkParts(res, true, func(a, b extract.Mention) bool {
		word, ok := workTitleGap(text[a.End:b.Start])
		if !ok || !r.workNounLeads(res, a) {
			return false
		}
		return word == "of" || b.Type != extract.Person && !r.listed(b.Text)
	})
}

// workTitleGap reports the preposition the text between two parts of a
// title is (see joinWorkTitle): " of ", " on the ", " to a ".
func workTitleGap(between string) (string, bool) {
	f := strings.Split(between, " ")
	if len(f) < 3 || len(f) > 4 || f[0] != "" || f[len(f)-1] != "" {
		return "", false
	}
	if len(f) == 4 {
		switch f[2] {
		case "the", "a", "an":
		default:
			return "", false
		}
	}
	switch f[1] {
	case "of", "on", "in", "to", "with":
		return f[1], true
	}
	return "", false
}

// workNounLeads reports whether a work's noun stands right before
// mention a, or before it and a comma ("a new sitcom, The X"): see
// workNounBefore.
func (r *Resolver) workNounLeads(res *extract.Result, a extract.Mention) bool {
	if r.workNounBefore(res, a) {
		return true
	}
	if a.Sentence < 0 || a.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[a.Sentence]
	lo, _ := s.TokenSpan(a.Start, a.End)
	k := lo - 1
	if k < 1 || k >= len(s.Tokens) || s.Tokens[k].Text != "," || s.Tokens[k].End+1 != a.Start {
		return false
	}
	return k-1 < len(s.POS) && s.Tokens[k-1].End == s.Tokens[k].Start && r.workNounAt(s, k-1)
}

// joinTitleList makes one title of three capitalised words listed after
// a singular noun for a work: "the album Songs, Tales & Rain", "his
// single Rain, Wind and Fire". A noun in the singular names one work,
// and a title may list nouns; the recognizer cuts it at the comma, or
// leaves its first word out. Each word is not listed in the gazetteer,
// two of them at least are words news writes in lower case at least
// half as often as capitalised (common nouns), and the last is no word
// for a kind of place or body ("Tarvik, Vell & Co"); the first comes right after
// the noun (in lower case, the record, show or creative work's noun the
// work-and rule reads), then a comma, the second, "&" or "and", and the
// third, after which no capitalised word follows. Mentions inside the
// span, none a person's, give way to the one title, a miscellaneous
// name (the title-list rule). A headline is left alone.
func (r *Resolver) joinTitleList(res *extract.Result) {
	casings, ok := r.aliases.(Casings)
	if !ok || r.words == nil {
		return
	}
	r.joinSpans(res, func(s *extract.Sentence, k int) (lo, hi int, ok bool) {
		// The list's words first, the noun's classes only then (this
		// runs at each token).
		return k + 1, k + 6, k+5 < len(s.Tokens) && r.titleList(casings, s, k+1) && r.workNounAt(s, k)
	}, func(si, lo, hi int) ([]extract.Mention, []int, bool) {
		s := &res.Sentences[si]
		start, end := s.Tokens[lo].Start, s.Tokens[hi-1].End
		inside, ok := mentionsWithin(res, start, end)
		if !ok {
			return nil, nil, false
		}
		return []extract.Mention{{Start: start, End: end, Text: res.Doc.Text[start:end], Type: extract.Miscellaneous, Sentence: si, Entity: -1}}, inside, true
	})
}

// titleList reports whether tokens k to k+4 of s are a title's list of
// three capitalised words, the first right after the token before k (see
// joinTitleList): "Songs, Tales & Rain".
func (r *Resolver) titleList(casings Casings, s *extract.Sentence, k int) bool {
	t := s.Tokens
	if t[k-1].End+1 != t[k].Start || t[k+1].Text != "," || t[k+1].Start != t[k].End || t[k+2].Start != t[k+1].End+1 {
		return false
	}
	if c := t[k+3].Text; c != "&" && c != "and" || t[k+3].Start != t[k+2].End+1 || t[k+4].Start != t[k+3].End+1 {
		return false
	}
	common := 0
	for _, j := range []int{k, k + 2, k + 4} {
		w := t[j].Text
		if !capitalisedWord(w) || r.listed(w) {
			return false
		}
		if commonWord(casings, w) {
			common++
		}
	}
	return common >= 2 && !r.kindWord(t[k+4].Text) && (k+5 >= len(t) || !tokenize.StartsUpper(t[k+5].Text))
}

// mentionsWithin returns the mentions of an entity type that overlap the
// span [start, end); ok is false when one of them runs outside it or is
// a person's.
func mentionsWithin(res *extract.Result, start, end int) (inside []int, ok bool) {
	for i, m := range res.Mentions {
		if !isEntityType(m.Type) || m.End <= start || m.Start >= end {
			continue
		}
		if m.Start < start || m.End > end || m.Type == extract.Person {
			return nil, false
		}
		inside = append(inside, i)
	}
	return inside, true
}

// joinTitlePlace joins a title the recognizer cut before "in" and a
// place's name when a work's participle follows the place after a comma:
// "Last Harp in Harlow, directed by Ann Lee, won", "Rain in Norland,
// starring Bo Ek": a place's phrase is not directed or starred in, a
// work is. The first part is no person's name nor a listed place's; the second no
// person's, and the participle is one of the handful that say who made
// or plays in a work (the title-place rule). A headline is left alone.
// The joined mention is a miscellaneous name: the typer reads what kind
// of work.
func (r *Resolver) joinTitlePlace(res *extract.Result) {
	text := res.Doc.Text
	joinWorkParts(res, false, func(a, b extract.Mention) bool {
		if gap := text[a.End:b.Start]; gap != " in " && gap != " in the " || a.Type == extract.Person || r.placeOnly(a.Text) || b.Type == extract.Person {
			return false
		}
		return tokenize.StartsUpper(a.Text) && workParticipleAfter(text[b.End:])
	})
}

// workParticipleAfter reports whether rest opens with a comma and a
// participle that says who made or plays in a work: ", directed by",
// ", starring" (see joinTitlePlace).
func workParticipleAfter(rest string) bool {
	for _, p := range []string{", directed by ", ", written by ", ", produced by ", ", starring ", ", featuring "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// joinOfTheTitle joins a title the recognizer cut before "of" and a
// capitalised "The": "a documentary about Ann Lee and Grandchild of The
// Storm" names one work, not a person and a thing. News writes "the" in
// lower case inside a body's or a place's name ("the Bank of the
// North"); a capitalised "The" after "of" inside a sentence is a title's
// case. The first part is one capitalised word, no given name, no word
// for a kind of body or place, not listed and no place's; the second is
// "The" and one or two capitalised words, no person's, with no
// capitalised word after (the of-The title rule). A headline is left
// alone. The joined mention is a miscellaneous name: the typer reads
// what kind of work.
func (r *Resolver) joinOfTheTitle(res *extract.Result) {
	firstNames, _ := r.aliases.(FirstNames)
	if r.words == nil {
		return
	}
	text := res.Doc.Text
	joinWorkParts(res, false, func(a, b extract.Mention) bool {
		gap, bt := text[a.End:b.Start], b.Text
		switch {
		case gap == " of " && strings.HasPrefix(bt, "The "):
			bt = strings.TrimPrefix(bt, "The ")
		case gap == " of The ":
		default:
			return false
		}
		if a.Type == extract.Location || b.Type == extract.Person || strings.Contains(a.Text, " ") || !tokenize.StartsUpper(a.Text) || allCaps(a.Text) || !letters(a.Text) {
			return false
		}
		if firstNames != nil && firstNames.FirstName(a.Text) || r.kindWord(a.Text) || r.listed(a.Text) {
			return false
		}
		if f := strings.Fields(bt); len(f) == 0 || len(f) > 2 || !nameWords(bt) {
			return false
		}
		rest := strings.TrimLeft(text[b.End:], " ")
		return rest == "" || !tokenize.StartsUpper(rest) || strings.HasPrefix(text[b.End:], "\n")
	})
	r.extendOfTheTitles(res)
}

// extendOfTheTitles extends a mention of "The ..." to the whole title
// the of-The title rule joined elsewhere in the document when the
// title's first word and "of" stand right before it outside any mention
// ("Grandchild of The Storm, part of the season," opening a sentence,
// where the recognizer left the first word out).
func (r *Resolver) extendOfTheTitles(res *extract.Result) {
	text := res.Doc.Text
	titles := map[string]bool{}
	for _, m := range res.Mentions {
		if m.Type == extract.Miscellaneous && strings.Contains(m.Text, " of The ") && !strings.Contains(strings.TrimSuffix(m.Text[:strings.Index(m.Text, " of The ")], " "), " ") {
			titles[m.Text] = true
		}
	}
	if len(titles) == 0 {
		return
	}
	covered := func(start, end int) bool {
		for _, o := range res.Mentions {
			if o.Start < end && o.End > start {
				return true
			}
		}
		return false
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.Person || !strings.HasPrefix(m.Text, "The ") {
			continue
		}
		for t := range titles {
			head, ok := strings.CutSuffix(t, " of "+m.Text)
			start := m.Start - len(head) - 4
			if !ok || start < 0 || text[start:m.Start] != head+" of " || start > 0 && !strings.ContainsAny(text[start-1:start], " \n\"(") || covered(start, m.Start) {
				continue
			}
			m.Start = start
			m.Text = text[m.Start:m.End]
			m.Type = extract.Miscellaneous
			m.Class = ""
			break
		}
	}
}

// joinWorkTitleRun makes one title of capitalised words the recognizer
// left out right after a singular noun for a work and the name it read
// after a preposition of the title: "the romantic drama Crying Out Love
// in the Centre of Harlow", where only "Centre of Harlow" was read, names
// one work. The words between the noun and the preposition are all
// capitalised and in no mention; the preposition and the second part are
// as the title-preposition rule takes them (after "of" any name, after
// "on", "in", "to" or "with" one the gazetteer does not list and no
// person's). The new mention is a miscellaneous name in place of the
// second part (the title-run rule); a headline is left alone.
func (r *Resolver) joinWorkTitleRun(res *extract.Result) {
	if r.words == nil {
		return
	}
	text := res.Doc.Text
	h := res.Headline
	for i := range res.Mentions {
		b := &res.Mentions[i]
		if !isEntityType(b.Type) || b.Type == extract.EventType || h.End > h.Start && b.Start < h.End {
			continue
		}
		s, lo, _, ok := mentionTokens(res, *b)
		if !ok || len(s.POS) != len(s.Tokens) {
			continue
		}
		k := lo - 1
		if k >= 0 && startsArticle(s.Tokens[k].Text) && tokenize.StartsLower(s.Tokens[k].Text) {
			k--
		}
		if k < 0 {
			continue
		}
		word, ok := workTitleGap(" " + s.Tokens[k].Text + " ")
		if !ok || word != "of" && (b.Type == extract.Person || r.listed(b.Text)) {
			continue
		}
		j := k - 1
		for j >= 0 && tokenize.StartsUpper(s.Tokens[j].Text) && letters(s.Tokens[j].Text) {
			j--
		}
		if j == k-1 || j < 0 || !r.workNounAt(s, j) || s.Tokens[j].End+1 != s.Tokens[j+1].Start || anyMentionIn(res, s.Tokens[j+1].Start, s.Tokens[k].End) {
			continue
		}
		b.Start = s.Tokens[j+1].Start
		b.Text = text[b.Start:b.End]
		b.Type = extract.Miscellaneous
		b.Class = ""
	}
}

// anyMentionIn reports whether a mention overlaps [start, end).
func anyMentionIn(res *extract.Result, start, end int) bool {
	for _, m := range res.Mentions {
		if m.Start < end && m.End > start {
			return true
		}
	}
	return false
}

// extendPrepositionOpeners takes into a name the capitalised preposition
// the recognizer left out before it inside a sentence: "pushed Ann Lee's
// Like Toy Harbours from number one", "his In Pieces series", "The Final
// Word and In High Places followed". News writes a preposition in lower
// case but in a title's or a product's name, so a capitalised one after
// a word in lower case or a possessive, right before a name, opens that
// name; so does a capitalised personal pronoun after a possessive ("Ann
// Lee's I Can't Stay": a possessive owns no subject). A name read as a person's or a place's so opened is neither:
// it becomes a miscellaneous name (the preposition-opener rule). A
// headline, whose words are all capitalised, is left alone.
func extendPrepositionOpeners(res *extract.Result) {
	text := res.Doc.Text
	h := res.Headline
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.EventType || h.End > h.Start && m.Start < h.End {
			continue
		}
		s, lo, _, ok := mentionTokens(res, *m)
		if !ok || lo < 2 {
			continue
		}
		p, before := s.Tokens[lo-1], s.Tokens[lo-2]
		b := before.Text
		owned := b == "'s" || b == "’s" || b == "'"
		if p.End+1 != m.Start || !prepositionOpener(p.Text) && !(owned && pronounOpener(p.Text)) || anyMentionIn(res, p.Start, p.End) {
			continue
		}
		if !tokenize.StartsLower(b) && !owned || before.End+1 != p.Start {
			continue
		}
		m.Start = p.Start
		m.Text = text[m.Start:m.End]
		if m.Type == extract.Person || m.Type == extract.Location {
			m.Type = extract.Miscellaneous
			m.Class = ""
		}
	}
}

// prepositionOpener reports whether w is a capitalised preposition that
// may open a title: "In", "On", "Like" (a closed class).
func prepositionOpener(w string) bool {
	switch w {
	case "In", "On", "With", "For", "From", "Of", "To", "At", "By", "Into", "Under", "Over", "Without", "About", "Like":
		return true
	}
	return false
}

// pronounOpener reports whether w is a capitalised personal pronoun or
// possessive determiner that may open a title: "I", "You", "My" (a
// closed class). After a possessive it is no subject nor owner: "Ann
// Lee's I Can't Stay" names a work (the preposition-opener rule).
func pronounOpener(w string) bool {
	switch w {
	case "I", "You", "We", "It", "He", "She", "They", "My", "Your", "Our", "His", "Her", "Their":
		return true
	}
	return false
}

// joinContractionTitles mends a title the recognizer cut at a pronoun's
// "'s", which there says "is" or "has", no possessive: "Hope It's Sunny
// Tomorrow" read as "Hope It", "Who's Minding Harlow" as "Minding
// Harlow", "Acme's drama, Still Think It's Over Yet" as "Over Yet". A
// name that ends in such a pronoun ("It", "Who", "What", "That",
// "There", "Here", "He", "She", "Where", "How") before "'s" runs on over
// the capitalised words after it (and a title's function words between),
// taking in the names read there; a name right after such a pronoun's
// "'s" runs back over it and the capitalised words in no name before it.
// The mention is a miscellaneous name (the contraction-title rule). A
// headline is left alone.
func joinContractionTitles(res *extract.Result) {
	text := res.Doc.Text
	h := res.Headline
	drop := map[int]bool{}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if drop[i] || !isEntityType(m.Type) || m.Type == extract.EventType || h.End > h.Start && m.Start < h.End {
			continue
		}
		s, lo, hi, ok := mentionTokens(res, *m)
		if !ok {
			continue
		}
		t := s.Tokens
		if hi+1 < len(t) && contractionS(t, hi) && contractionPronoun(t[hi-1].Text) && tokenize.StartsUpper(t[hi+1].Text) && t[hi+1].Start == t[hi].End+1 {
			end := titleWordsEnd(t, hi+1)
			inside, ok := mentionsWithin(res, t[hi].Start, t[end-1].End)
			if !ok {
				continue
			}
			for _, j := range inside {
				drop[j] = true
			}
			m.End = t[end-1].End
		} else if lo >= 2 && contractionS(t, lo-1) && contractionPronoun(t[lo-2].Text) && t[lo].Start == t[lo-1].End+1 {
			k := lo - 2
			for k > 0 && tokenize.StartsUpper(t[k-1].Text) && letters(t[k-1].Text) && t[k].Start == t[k-1].End+1 && !anyMentionIn(res, t[k-1].Start, t[k-1].End) {
				k--
			}
			if anyMentionIn(res, t[k].Start, t[lo-1].End) {
				continue
			}
			m.Start = t[k].Start
		} else {
			continue
		}
		m.Text = text[m.Start:m.End]
		m.Type = extract.Miscellaneous
		m.Class = ""
	}
	dropMentions(res, drop)
}

// contractionS reports whether token k of t is "'s" written against the
// word before it.
func contractionS(t []tokenize.Token, k int) bool {
	return k > 0 && (t[k].Text == "'s" || t[k].Text == "’s") && t[k].Start == t[k-1].End
}

// contractionPronoun reports whether w is a capitalised pronoun whose
// "'s" says "is" or "has" (a closed class): the personal and wh-words,
// and the indefinite pronouns ("Nobody's Watching Harlow", "Someone's
// Bell Rang"), which own nothing in a title before a capitalised word.
func contractionPronoun(w string) bool {
	switch w {
	case "It", "Who", "What", "That", "There", "Here", "He", "She", "Where", "How",
		"Something", "Nothing", "Everything", "Anything", "Somebody", "Nobody", "Everybody", "Anybody", "Someone", "Everyone", "Anyone":
		return true
	}
	return false
}

// titleWordsEnd returns the token after the run of a title's words from
// token k: capitalised words, and a title's function words between two
// of them, each one space after the last.
func titleWordsEnd(t []tokenize.Token, k int) int {
	end := k
	for end < len(t) && (tokenize.StartsUpper(t[end].Text) || titleFunctionWord(t[end].Text) && end+1 < len(t) && tokenize.StartsUpper(t[end+1].Text)) && t[end].Start == t[end-1].End+1 {
		end++
	}
	return end
}
