package resolve

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// mentionTokens returns the token range [a, b) of sentence s that mention
// m covers, or ok=false when m's edges fall inside tokens.
func mentionTokens(res *extract.Result, m extract.Mention) (s *extract.Sentence, a, b int, ok bool) {
	if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return nil, 0, 0, false
	}
	s = &res.Sentences[m.Sentence]
	a = sort.Search(len(s.Tokens), func(k int) bool { return s.Tokens[k].Start >= m.Start })
	b = sort.Search(len(s.Tokens), func(k int) bool { return s.Tokens[k].End > m.End })
	if a >= b || s.Tokens[a].Start != m.Start || s.Tokens[b-1].End != m.End {
		return nil, 0, 0, false
	}
	return s, a, b, true
}

// finalStops gives back to its sentence the full stop that a name ending
// in a one-letter initial took at the sentence's end: English writes one
// stop where an abbreviation ends a sentence, and it is the sentence's
// ("starring Ann B." names Ann B; "up to Acme Model T." names Acme
// Model T). The tokenizer keeps the stop with the letter, as it does
// inside a sentence ("Ann B. Lee").
func finalStops(res *extract.Result) {
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || !strings.HasSuffix(m.Text, ".") {
			continue
		}
		s, _, b, ok := mentionTokens(res, *m)
		if !ok || b != len(s.Tokens) || b < 2 {
			continue
		}
		w := s.Tokens[b-1].Text
		if len(w) != 2 || w[0] < 'A' || w[0] > 'Z' || w[1] != '.' {
			continue
		}
		m.End--
		m.Text = m.Text[:len(m.Text)-1]
	}
}

// splitPossessives splits a name that the recognizer ran over a
// possessive into its owner and the name the owner has ("the Norland
// Bank's Rates Committee said", "Ostmark's Vell Steel slid"): the owner
// is a name of its own when the document names it alone elsewhere or it
// is a place's name, and what follows the "'s" is a name when it has two
// words or more or its one word is no common word. A name whose "'s" is
// its own stays whole ("Harlow's Day", a work's title, a saint's
// church, "Mr Lee's Fund"), and so does one whose owned name the
// aliases read as the owner's other name.
func (r *Resolver) splitPossessives(res *extract.Result) {
	casings, ok := r.aliases.(Casings)
	if !ok {
		return
	}
	// The names written alone: not before a "'s", where the tagger may
	// have cut the same name ("at Harlow's Wells" once whole, once in
	// two) or the "'s" may be a business's name's own ("Pellam's said",
	// "Pellam's Ratings Service").
	alone := map[string]string{}
	for _, m := range res.Mentions {
		rest := res.Doc.Text[min(m.End, len(res.Doc.Text)):]
		if _, ok := cutPossessive(rest); ok {
			continue
		}
		if isEntityType(m.Type) {
			if _, seen := alone[m.Text]; !seen {
				alone[m.Text] = m.Type
			}
		}
	}
	var add []extract.Mention
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Person && m.Type != extract.Organization && m.Type != extract.Location {
			continue
		}
		s, a, b, ok := mentionTokens(res, *m)
		if !ok {
			continue
		}
		k := -1
		for j := a + 1; j < b-1; j++ {
			if possessiveMark(s.Tokens[j].Text) {
				if k >= 0 {
					k = -1
					break
				}
				k = j
			}
		}
		if k < 0 || s.Tokens[k].Start != s.Tokens[k-1].End {
			continue
		}
		owner := res.Doc.Text[m.Start:s.Tokens[k-1].End]
		owned := res.Doc.Text[s.Tokens[k+1].Start:m.End]
		ownerType, named := alone[owner]
		if !named && r.placeName(owner) {
			ownerType, named = extract.Location, true
		}
		if !named || !nameWords(owner) || !nameWords(owned) || saintly(owner) || r.titled(res, extract.Mention{Start: m.Start, End: s.Tokens[k-1].End, Text: owner, Sentence: m.Sentence}) {
			continue
		}
		if !strings.Contains(owned, " ") && (commonWord(casings, owned) || r.words != nil && r.words.Is(strings.ToLower(owned), lexicon.CompanySuffix)) || r.sameCanonical(owner, ownerType, owned, m.Type) {
			continue
		}
		add = append(add, extract.Mention{Start: m.Start, End: m.Start + len(owner), Text: owner, Type: ownerType, Sentence: m.Sentence, Entity: -1})
		m.Start = s.Tokens[k+1].Start
		m.Text = owned
	}
	res.Mentions = append(res.Mentions, add...)
}

// sameCanonical reports whether the aliases read names a and b, of
// coarse types ta and tb, as one thing: a possessive of a thing's own
// other name ("Norland's Nordia") splits nothing.
func (r *Resolver) sameCanonical(a, ta, b, tb string) bool {
	cb, _, _, ok := r.aliases.Canonical(b, tb)
	if !ok {
		return false
	}
	ca, _, _, ok := r.aliases.Canonical(a, ta)
	if !ok {
		ca = a
	}
	return Key(ca) == Key(cb)
}

// extendToNames takes into a name the capitalised words right before it
// that the recognizer left out when the document writes the longer name
// as the beginning of another name ("But Vell Aid said", where the
// text names "Vell Aid Norland" too, is Vell Aid): the other
// name shows the words belong together. The name takes that name's
// type.
func extendToNames(res *extract.Result) {
	type name struct {
		text, typ string
	}
	var longer []name
	covered := map[int]bool{} // byte offsets of the tokens that mentions cover
	for _, m := range res.Mentions {
		if isEntityType(m.Type) && strings.Contains(m.Text, " ") {
			longer = append(longer, name{m.Text, m.Type})
		}
		for o := m.Start; o < m.End; o++ {
			covered[o] = true
		}
	}
	if len(longer) == 0 {
		return
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.EventType {
			continue
		}
		s, a, _, ok := mentionTokens(res, *m)
		if !ok {
			continue
		}
		for a > 0 {
			t := s.Tokens[a-1]
			if !tokenize.StartsUpper(t.Text) || isFunctionWord(t.Text) || covered[t.Start] || !strings.HasPrefix(res.Doc.Text[t.End:], " ") || t.End+1 != m.Start {
				break
			}
			grown := res.Doc.Text[t.Start:m.End]
			typ := ""
			for _, n := range longer {
				if len(n.text) > len(grown) && strings.HasPrefix(n.text, grown+" ") {
					typ = n.typ
					break
				}
			}
			if typ == "" {
				break
			}
			m.Start, m.Text, m.Type = t.Start, grown, typ
			a--
		}
	}
}

// cutPossessive returns what follows a "'s" and a space that begin
// rest, and whether they do.
func cutPossessive(rest string) (string, bool) {
	for _, p := range []string{"'s ", "\u2019s "} {
		if after, ok := strings.CutPrefix(rest, p); ok {
			return after, true
		}
	}
	return "", false
}

// trimCounts takes out of a name an article or a number written in
// letters that the recognizer began it with where the name only
// modifies the noun the word goes with:
//
//   - an article before a name and a common noun in lower case, or a
//     number before a name and a plural noun ("A Harlow council
//     decision", "Five Acme stores shut"): the word is the noun
//     phrase's, the name describes the noun;
//   - a number before a name in the plural and a verb in the present
//     plural ("Three Harlow Rovers have left"): the number counts the
//     team's players, and the name is the team's.
//
// A name after a determiner of its own ("the Three Bells") does not
// begin with the word, nor does one whose number comes before a plural
// ("Six Harlow Nations"); a work's title is left whole.
func trimCounts(res *extract.Result) {
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.Miscellaneous {
			continue
		}
		s, a, b, ok := mentionTokens(res, *m)
		if !ok || b-a < 2 || len(s.POS) != len(s.Tokens) || !tokenize.StartsUpper(s.Tokens[a+1].Text) {
			continue
		}
		w := s.Tokens[a].Text
		article := w == "A" || w == "An"
		count := s.POS[a] == "CD" && letters(w)
		if !article && !count {
			continue
		}
		if a > 0 && (s.POS[a-1] == "DT" || s.POS[a-1] == "PRP$") {
			continue
		}
		// A number before a word in the plural begins the name ("Nine
		// Rivers", "the Three Harlows"), and one counts a plural noun
		// only ("Five Acme stores", not "Six Harlow match").
		if count && (s.POS[a+1] == "NNPS" || s.POS[a+1] == "NNS") {
			continue
		}
		cut := false
		if b < len(s.Tokens) {
			next, tag := s.Tokens[b].Text, s.POS[b]
			cut = isLowerWord(next) && (tag == "NNS" || article && tag == "NN") ||
				count && s.POS[b-1] == "NNPS" && tag == "VBP"
		}
		if !cut {
			continue
		}
		start := s.Tokens[a+1].Start
		m.Text = m.Text[start-m.Start:]
		m.Start = start
	}
}

// compassRegion reports whether w, in any case, is a compass point
// joined with another or with "mid" ("Northwest", "Midwest"): the last
// word of a region's name.
func compassRegion(w string) bool {
	l := strings.ToLower(w)
	rest, ok := strings.CutPrefix(l, "mid")
	for _, p := range compassAxes[0] {
		if ok {
			break
		}
		rest, ok = strings.CutPrefix(l, p)
	}
	return ok && (rest == compassAxes[1][0] || rest == compassAxes[1][1])
}

// splitCountryRegions splits a country's name off a region's name that
// the recognizer ran it into ("the Norland Inner Northwest", "Ostmark
// Midwest farmers"): a country's name, then a name whose last word is
// a compass region, are the country and the region in it, a place.
func (r *Resolver) splitCountryRegions(res *extract.Result) {
	if r.aliases == nil {
		return
	}
	var add []extract.Mention
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.EventType {
			continue
		}
		s, a, b, ok := mentionTokens(res, *m)
		if !ok || b-a < 2 || !compassRegion(s.Tokens[b-1].Text) || !nameWords(m.Text) {
			continue
		}
		first := s.Tokens[a]
		if _, _, class, ok := r.aliases.Canonical(first.Text, extract.Location); !ok || class != "Country" {
			continue
		}
		add = append(add, extract.Mention{Start: first.Start, End: first.End, Text: first.Text, Type: extract.Location, Sentence: m.Sentence, Entity: -1})
		start := s.Tokens[a+1].Start
		m.Text = m.Text[start-m.Start:]
		m.Start = start
		m.Type = extract.Location
	}
	res.Mentions = append(res.Mentions, add...)
}

// kindOfNames takes into a name the capitalised word for a kind of body
// or place and the "of" right before it that the recognizer left out
// ("director of the Harlow Institute of Marine Tides", "the University
// of Norland"): the word is the name's head and the name after "of"
// its complement. The name becomes an organisation's, or a place's
// after a word for a place (a bay, a hall). A word that another
// mention holds, or one in lower case ("the university of Norland"),
// is left alone.
func (r *Resolver) kindOfNames(res *extract.Result) {
	if r.words == nil {
		return
	}
	covered := map[int]bool{} // byte offsets inside mentions
	for _, m := range res.Mentions {
		for o := m.Start; o < m.End; o++ {
			covered[o] = true
		}
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Organization && m.Type != extract.Location && m.Type != extract.Miscellaneous {
			continue
		}
		// The head opening its sentence is capitalised whatever it is
		// ("Maker of Acme snacks").
		s, a, _, ok := mentionTokens(res, *m)
		if !ok || a < 3 || s.Tokens[a-1].Text != "of" {
			continue
		}
		head := s.Tokens[a-2]
		if covered[head.Start] || !tokenize.StartsUpper(head.Text) || allCaps(head.Text) || !letters(head.Text) || !r.kindWord(head.Text) {
			continue
		}
		typ := extract.Organization
		l := strings.ToLower(head.Text)
		for _, c := range []lexicon.Class{lexicon.Facility, lexicon.Venue, lexicon.Water} {
			if r.words.Is(l, c) && !r.words.Is(l, lexicon.Organization) {
				typ = extract.Location
			}
		}
		m.Text = res.Doc.Text[head.Start:m.End]
		m.Start = head.Start
		m.Type = typ
	}
}

// trimOfCounts takes out of a name the "of" and the number in digits the
// recognizer ended it with where they count a plural noun in lower case
// after it: "the Pellam Trust of 14 lenders" names the Pellam Trust, and
// the number counts its lenders. The words before "of" are two or
// more, as a body named by one word and a number ("the Circle of 12
// nations") keeps it; a work's title is left whole (the of-count rule).
func trimOfCounts(res *extract.Result) {
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.Miscellaneous {
			continue
		}
		s, a, b, ok := mentionTokens(res, *m)
		if !ok || b-a < 4 || b >= len(s.Tokens) || len(s.POS) != len(s.Tokens) || s.Tokens[b-2].Text != "of" {
			continue
		}
		if n := s.Tokens[b-1].Text; strings.Trim(n, "0123456789") != "" || s.POS[b] != "NNS" || !tokenize.StartsLower(s.Tokens[b].Text) {
			continue
		}
		end := s.Tokens[b-3].End
		m.Text = res.Doc.Text[m.Start:end]
		m.End = end
	}
}
