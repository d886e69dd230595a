package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// titleCaseHeadline returns the casing counts and the text after the
// headline when the document has a headline written in title case and the
// resolver has both casing counts and a lexicon; ok is false otherwise.
func (r *Resolver) titleCaseHeadline(res *extract.Result) (casings Casings, body string, ok bool) {
	h := res.Headline
	casings, ok = r.aliases.(Casings)
	if !ok || r.words == nil || h.End <= h.Start || h.End > len(res.Doc.Text) || !titleCased(res.Doc.Text[h.Start:h.End]) {
		return nil, "", false
	}
	return casings, res.Doc.Text[h.End:], true
}

// headlineTails cuts a name in a headline written in title case before
// the common words a headline runs into it ("Acme Downgrade", "Tarvik
// Sales Slump", "Pellam Weblog Figures"): words that news writes in lower
// case, that the article's text never capitalises inside a sentence and
// that are no word for a kind of body, place or newspaper ("Harlow
// Bank", "Harlow Times"), after the longest part of the name that the
// text names in its own right. The name stays whole when the text writes
// it whole, and so does a name of an event or a work's title (which
// common words may end), or one whose part before the common words is
// not in the text, unless the gazetteer lists that part as one kind of
// name only and none of its words is common in news ("Norland Jails
// Two" is Norland, a place, when the text says "a Norlandic court"). Common words before such a part go the same way
// ("Acme Pummels Harlow" is Harlow, when the text names Harlow). The name
// cut takes the type of the text's mention of it. A thing's name is cut
// so only when a mention after the headline is its first words
// (headlineThing).
func (r *Resolver) headlineTails(res *extract.Result) {
	h := res.Headline
	casings, body, ok := r.titleCaseHeadline(res)
	if !ok {
		return
	}
	drop := map[int]bool{}
	defer dropMentions(res, drop)
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !r.headlineOnly(m, h, body) && !headlineThing(res, m, h, body) {
			continue
		}
		words := wordSpans(m.Text)
		if cut, named := lowerTail(res, m, words, body, h.End); cut {
			if !named {
				drop[i] = true
			}
			continue
		}
		// tail is the first word of the common words that end the name.
		// A function word between common words goes with them
		// ("Ann Lee Ready for Return"); the cut is never after one.
		tail := len(words)
		for tail > 1 {
			w := m.Text[words[tail-1][0]:words[tail-1][1]]
			if !r.headlineCommon(casings, body, w) && !r.rareCommon(body, w) && (tail == len(words) || !isFunctionWord(w)) {
				break
			}
			tail--
		}
		cut := false
		for j := len(words) - 1; j >= tail && j >= 1; j-- {
			prefix := m.Text[:words[j-1][1]]
			if isFunctionWord(m.Text[words[j-1][0]:words[j-1][1]]) {
				continue
			}
			// A part the text does not name is cut when the gazetteer
			// lists it as one kind of name only, which it takes, and
			// no word of it is a common word in news: "Norland Jails
			// Two" is Norland, a place.
			typ, listed := r.listedOnlyAs(prefix)
			listed = listed && !r.commonWords(casings, prefix)
			if !wordIn(body, prefix) && !listed {
				continue
			}
			m.End = m.Start + len(prefix)
			m.Text = prefix
			if !takeBodyType(res, m, h.End) && listed {
				m.Type = typ
			}
			cut = true
			break
		}
		if cut {
			continue
		}
		// The same for common words before the name: "Acme Pummels
		// Harlow", where the verb glues the subject to the object.
		head := 0
		for head < len(words)-1 && r.headlineCommon(casings, body, m.Text[words[head][0]:words[head][1]]) {
			head++
		}
		for j := 1; j <= head; j++ {
			suffix := m.Text[words[j][0]:]
			if isFunctionWord(m.Text[words[j][0]:words[j][1]]) || !wordIn(body, suffix) {
				continue
			}
			m.Start += words[j][0]
			m.Text = suffix
			takeBodyType(res, m, h.End)
			break
		}
	}
}

// listedOnlyAs returns the one type (person, organisation or place) the
// gazetteer lists name as, if it lists it as one only.
func (r *Resolver) listedOnlyAs(name string) (string, bool) {
	for _, t := range [...]string{extract.Person, extract.Organization, extract.Location} {
		if r.knownOnlyAs(name, t) {
			return t, true
		}
	}
	return "", false
}

// commonWords reports whether a word of name, no acronym, is one news
// writes in lower case in a fifth of its uses or more ("Bright", "Royal"):
// the gazetteer's entry for such a name is no evidence that a headline's
// capitalised word names it.
func (r *Resolver) commonWords(casings Casings, name string) bool {
	for _, w := range strings.Fields(name) {
		if allCaps(w) {
			continue
		}
		if lo, hi, ok := casings.Casing(w); ok && lo*4 >= hi {
			return true
		}
	}
	return false
}

// headlinePrepositions cuts from a name of a headline written in title
// case the preposition of place that opens it ("Blast Kills Two Near
// Tarvik", "Rain Moves Across Harlow"): no name the text does not write
// whole begins with one. What is left takes the type of the text's
// mention of it, or the gazetteer's when it lists it as one kind of name
// only and none of its words is common in news; else the text never names
// it and it goes.
func (r *Resolver) headlinePrepositions(res *extract.Result) {
	h := res.Headline
	casings, body, ok := r.titleCaseHeadline(res)
	if !ok {
		return
	}
	drop := map[int]bool{}
	defer dropMentions(res, drop)
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !r.headlineOnly(m, h, body) {
			continue
		}
		words := wordSpans(m.Text)
		if len(words) < 2 || !r.words.Is(strings.ToLower(m.Text[words[0][0]:words[0][1]]), lexicon.PlacePreposition) {
			continue
		}
		m.Start += words[1][0]
		m.Text = m.Text[words[1][0]:]
		if takeBodyType(res, m, h.End) {
			continue
		}
		if typ, listed := r.listedOnlyAs(m.Text); listed && !r.commonWords(casings, m.Text) {
			m.Type = typ
			continue
		}
		drop[i] = true
	}
}

// headlineCountryHeads cuts from a headline's name the country's name or
// demonym that opens it when the text after the headline has a mention
// of the rest but never the whole ("Acme buys US Tarvik" is Tarvik, a firm in the
// US, when the text says "the US firm, Tarvik"): a headline glues the
// modifier to the name it describes (the country-head rule). A headline
// of any case is read; the name cut takes the type of the text's
// mention of it.
func (r *Resolver) headlineCountryHeads(res *extract.Result) {
	h := res.Headline
	if r.aliases == nil || h.End <= h.Start || h.End > len(res.Doc.Text) {
		return
	}
	body := res.Doc.Text[h.End:]
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !r.headlineOnly(m, h, body) {
			continue
		}
		words := wordSpans(m.Text)
		if len(words) < 2 {
			continue
		}
		first := m.Text[words[0][0]:words[0][1]]
		rest := m.Text[words[1][0]:]
		if d, ok := r.aliases.(Demonyms); ok && d.IsDemonym(first) {
			continue
		}
		if _, _, class, ok := r.aliases.Canonical(first, extract.Location); !ok || class != "Country" || !tokenize.StartsUpper(rest) || !wordIn(body, rest) {
			continue
		}
		cut := *m
		cut.Start += words[1][0]
		cut.Text = rest
		if takeBodyType(res, &cut, h.End) {
			*m = cut
		}
	}
}

// countryHeads cuts from an organisation's name after "the" in the text
// the country's name or code that opens it, when the text writes the
// rest, or the rest but its last word, alone elsewhere and never the
// whole, and the rest begins with a word news writes capitalised: "the
// Norland Tarvik Research Centre" beside "according to Tarvik Research"
// names the Tarvik Research Centre, a body in Norland, which becomes a
// mention of its own (the body-country-head construction; the headline's
// is headlineCountryHeads). A name the gazetteer lists stays whole.
func (r *Resolver) countryHeads(res *extract.Result) {
	casings, ok := r.aliases.(Casings)
	if !ok {
		return
	}
	text := res.Doc.Text
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Organization || m.End > len(text) || !strings.HasSuffix(strings.ToLower(strings.TrimRight(text[:m.Start], " ")), " the") {
			continue
		}
		words := wordSpans(m.Text)
		if len(words) < 3 {
			continue
		}
		first := m.Text[words[0][0]:words[0][1]]
		rest := m.Text[words[1][0]:]
		short := m.Text[words[1][0]:words[len(words)-2][1]]
		second := m.Text[words[1][0]:words[1][1]]
		if d, ok := r.aliases.(Demonyms); ok && d.IsDemonym(first) {
			continue
		}
		if _, _, class, ok := r.aliases.Canonical(first, extract.Location); !ok || class != "Country" || !tokenize.StartsUpper(rest) || commonWord(casings, second) || isFunctionWord(second) || r.listed(m.Text) || strings.Count(text, m.Text) > 1 {
			continue
		}
		out := text[:m.Start] + text[m.End:]
		if !wordIn(out, rest) && !wordIn(out, short) {
			continue
		}
		m.Start += words[1][0]
		m.Text = rest
	}
}

// countryWord reports whether w is a country's name or code the
// aliases canonicalise as a country, or a demonym.
func (r *Resolver) countryWord(w string) bool {
	if d, ok := r.aliases.(Demonyms); ok && d.IsDemonym(w) {
		return true
	}
	if r.aliases == nil {
		return false
	}
	_, _, class, ok := r.aliases.Canonical(w, extract.Location)
	return ok && class == "Country"
}

// lowerTail cuts mention m, a name of the headline, before its last
// words when the text writes the same words after the same name in
// lower case ("Harlow Ferry Terminals Shut" and "the Harlow ferry
// terminals"): the text shows they are common words, whatever kind of
// thing they name. It reports whether it cut, and whether the text
// names what is left (when it does not, "Harlow Cafes" and "harlow
// cafes" in the text, the tagger saw no name there either).
func lowerTail(res *extract.Result, m *extract.Mention, words [][2]int, body string, hEnd int) (cut, named bool) {
	for j := 1; j < len(words); j++ {
		last := m.Text[words[j-1][0]:words[j-1][1]]
		tail := m.Text[words[j][0]:]
		if isFunctionWord(last) || !tokenize.StartsUpper(tail) || strings.ToLower(tail) == tail {
			continue
		}
		prefix := m.Text[:words[j-1][1]]
		if !wordIn(body, prefix+" "+strings.ToLower(tail)) {
			continue
		}
		m.End = m.Start + len(prefix)
		m.Text = prefix
		return true, takeBodyType(res, m, hEnd)
	}
	return false, false
}

// takeBodyType gives mention m, a headline's name cut, the type of the
// text's mention of the same name after the headline's end hEnd ("Ann
// Lee Backers" is no organisation), and reports whether there is one.
func takeBodyType(res *extract.Result, m *extract.Mention, hEnd int) bool {
	for _, o := range res.Mentions {
		if o.Start >= hEnd && o.Text == m.Text && isEntityType(o.Type) {
			m.Type = o.Type
			return true
		}
	}
	return false
}

// headlineCommon reports whether w, a word of a title-case headline, is a
// common word the headline capitalises: news or the text itself writes
// it in lower case (more often than not, for news), the text never
// capitalises it inside a sentence,
// and it is no word of a kind of body or place, of a newspaper or of a
// company's name, nor a function word, a number or an acronym.
func (r *Resolver) headlineCommon(casings Casings, body, w string) bool {
	if !tokenize.StartsUpper(w) || allCaps(w) || isFunctionWord(w) || strings.ContainsAny(w, "0123456789-.'&") {
		return false
	}
	l := strings.ToLower(w)
	// A noun for a kind of person ("Executives", whose rarer sense is
	// a branch of government) is no word of a body's name.
	if r.words.Is(l, lexicon.PaperWord) || r.words.Is(l, lexicon.CompanySuffix) || (r.kindWord(l) || r.kindWord(r.words.Lemma(l, "NNS"))) && !r.personNoun(l) {
		return false
	}
	// The text writes it in lower case and never capitalises it inside
	// a sentence: a common word whatever news does with it ("Typhoon"
	// for "the typhoon").
	if wordIn(body, l) && !capitalisedIn(body, w) {
		return true
	}
	lo, hi, ok := casings.Casing(w)
	if !ok {
		// A word news uses too rarely to count: a verb's form that
		// is no noun ("Pummels", "Trounced") is no name's word.
		for _, tag := range [...]string{"VBZ", "VBD"} {
			if v := r.words.Lemma(l, tag); v != l && r.words.Known(v, lexicon.Verb) && !r.words.Known(l, lexicon.Noun) && !r.words.Known(v, lexicon.Noun) {
				return !capitalisedIn(body, w)
			}
		}
		return false
	}
	return lo > hi && !capitalisedIn(body, w)
}

// wordIn reports whether text holds s between word boundaries.
func wordIn(text, s string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], s)
		if k < 0 {
			return false
		}
		at := i + k
		i = at + len(s)
		before, _ := utf8.DecodeLastRuneInString(text[:at])
		after, _ := utf8.DecodeRuneInString(text[i:])
		if (at == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before)) &&
			(i == len(text) || !unicode.IsLetter(after) && !unicode.IsDigit(after)) {
			return true
		}
	}
}

// headlinePhrase reports whether mention m, in a headline written in
// title case, is a phrase of common words and no name: the article's text
// does not write it as it stands, and either writes it in lower case
// ("Harlow-Sized" in the headline, "harlow-sized" in the text), or each
// of its two words or more is a common word the headline capitalises
// (headlineCommon; the parts of a hyphened word each) or a function word
// after the first: "Tidy Time", "Water Watch". A person's name the
// text does not write that ends in such a common word is none either.
func (r *Resolver) headlinePhrase(res *extract.Result, m extract.Mention) bool {
	h := res.Headline
	if r.words == nil || m.Type == extract.EventType || h.End <= h.Start || h.End > len(res.Doc.Text) || m.Start < h.Start || m.End > h.End || allCaps(m.Text) {
		return false
	}
	casings, ok := r.aliases.(Casings)
	if !ok || !titleCased(res.Doc.Text[h.Start:h.End]) {
		return false
	}
	body := res.Doc.Text[h.End:]
	if strings.Contains(body, m.Text) || r.listed(m.Text) {
		return false
	}
	if l := strings.ToLower(m.Text); l != m.Text && wordIn(body, l) {
		return true
	}
	words := strings.Fields(m.Text)
	if len(words) < 2 {
		return false
	}
	// No person's name ends in a common word the headline
	// capitalises: "Acme Informant" is a company's and a noun's.
	if last := words[len(words)-1]; m.Type == extract.Person && (r.headlineCommon(casings, body, last) || r.rareCommon(body, last)) {
		return true
	}
	for i, w := range words {
		if i > 0 && isFunctionWord(w) {
			continue
		}
		for _, part := range strings.Split(w, "-") {
			if !r.headlineCommon(casings, body, part) && !r.rareCommon(body, part) {
				return false
			}
		}
	}
	return true
}

// rareCommon reports whether w, capitalised, is a word news uses too
// rarely for its casing to count (rareInNews) that WordNet knows in lower
// case as a common noun (or a noun's plural), an adjective or an adverb,
// and that the text never capitalises inside a sentence ("Tidy",
// "Wildfires", "Cautiously": the headline-adverb rule).
func (r *Resolver) rareCommon(body, w string) bool {
	if !tokenize.StartsUpper(w) || allCaps(w) || strings.ContainsAny(w, "0123456789.'&") || !r.rareInNews(w) {
		return false
	}
	l := strings.ToLower(w)
	n := r.words.Lemma(l, "NNS")
	if r.words.NameWord(l) || r.words.NameWord(n) {
		return false
	}
	return (r.words.Known(l, lexicon.Noun) || r.words.Known(n, lexicon.Noun) || r.words.Known(l, lexicon.Adjective) || r.words.Known(l, lexicon.Adverb)) && !capitalisedIn(body, w)
}

// headlineOnly reports whether mention m is a person's, a body's or a
// place's name inside headline h that the text after it, body, never
// writes whole and that the gazetteer does not list: a name the two
// headline rules may cut.
func (r *Resolver) headlineOnly(m *extract.Mention, h extract.Span, body string) bool {
	return (m.Type == extract.Person || m.Type == extract.Organization || m.Type == extract.Location) &&
		m.Start >= h.Start && m.End <= h.End && !strings.Contains(body, m.Text) && !r.listed(m.Text)
}

// sectionLabels cuts the newspaper's word off a headline that is a name
// and that word alone, when the text after it names the rest: "Harlow
// Rovers News" over a story about the Rovers is the feed's section for
// the club, not a newspaper (the section-label construction). The rest
// is found in the body as a mention's whole text or its last word.
func (r *Resolver) sectionLabels(res *extract.Result) {
	h := res.Headline
	if r.words == nil || h.End <= h.Start || h.End > len(res.Doc.Text) {
		return
	}
	label := strings.TrimSpace(res.Doc.Text[h.Start:h.End])
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Start < h.Start || m.End > h.End || m.Text != label || !isEntityType(m.Type) || m.Type == extract.EventType {
			continue
		}
		words := wordSpans(m.Text)
		if len(words) < 2 || !r.words.Is(strings.ToLower(m.Text[words[len(words)-1][0]:]), lexicon.PaperWord) {
			continue
		}
		rest := m.Text[:words[len(words)-2][1]]
		last := rest[words[len(words)-2][0]:]
		named := false
		for _, o := range res.Mentions {
			if o.Start >= h.End && (o.Text == rest || o.Text == last) {
				named = true
				break
			}
		}
		if !named {
			continue
		}
		m.Text = rest
		m.End = m.Start + len(rest)
	}
}

// joinHeadlineSplits joins two names of a headline that one space parts
// into one when the text after the headline has a mention that is the
// two whole ("Live: Norlandic Grand Prix" read as "Norlandic" and
// "Grand Prix" over a text that names the Norlandic Grand Prix): the
// recognizer cut the name in the headline, where it has fewer words to
// go by, and the demonym or the place it opens with names no place of
// its own. The joined name takes the type of the text's mention of it
// (the headline-split construction).
func joinHeadlineSplits(res *extract.Result) {
	h := res.Headline
	if h.End <= h.Start || h.End > len(res.Doc.Text) {
		return
	}
	starts := map[int]int{}
	for i, m := range res.Mentions {
		if m.Start >= h.Start && m.End <= h.End && isEntityType(m.Type) {
			starts[m.Start] = i
		}
	}
	drop := map[int]bool{}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		j, ok := starts[m.End+1]
		if !ok || drop[i] || drop[j] || i == j || m.Start < h.Start || m.End > h.End || !isEntityType(m.Type) ||
			res.Doc.Text[m.End] != ' ' || res.Mentions[j].Sentence != m.Sentence {
			continue
		}
		whole := *m
		whole.End = res.Mentions[j].End
		whole.Text = res.Doc.Text[whole.Start:whole.End]
		if !takeBodyType(res, &whole, h.End) {
			continue
		}
		whole.Class = ""
		*m = whole
		drop[j] = true
	}
	dropMentions(res, drop)
}

// headlineThing reports whether mention m is a thing's name inside
// headline h that the text after it, body, never writes whole, though a
// mention after the headline's end is the name's first words ("Nova" of
// "Vell Nova Chip" over "the Vell Nova microprocessor"): headlineTails
// cuts the common words a headline's title case ran into it, as it does
// a body's name.
func headlineThing(res *extract.Result, m *extract.Mention, h extract.Span, body string) bool {
	if m.Type != extract.Miscellaneous || m.Start < h.Start || m.End > h.End || strings.Contains(body, m.Text) {
		return false
	}
	for _, o := range res.Mentions {
		if o.Start >= h.End && len(o.Text) < len(m.Text) && strings.HasPrefix(m.Text, o.Text+" ") {
			return true
		}
	}
	return false
}
