package resolve

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// placeWordFirms joins a one-word name the recognizer took for a place
// to the one organisation of the document whose name begins with it and
// that the text names in full before it says something ("Harlow said sales rose" after
// "Harlow Instruments posted a profit"): news calls a firm by the first
// word of its name, a place's name or not. The word must be the subject
// of a verb of saying at least once after the full name (right before it, or after a
// relative clause between commas: "Harlow, which has ..., said"), and
// never in a place's frame (after a preposition of place, but for "in"
// or "of" after a noun of shares: "shares in Harlow"; or "Harlow-based"); a country's name or a demonym, a
// name of capitals only, and a word two organisations' names begin are
// never joined.
func (u *union) placeWordFirms(country func(string) bool) {
	res, info := u.res, u.info
	if u.words == nil || country == nil {
		return
	}
	byKey := map[string][]int{}
	for i, m := range res.Mentions {
		if m.Type == extract.Location && len(info[i].words) == 1 && info[i].canon == "" && letters(m.Text) && !allCaps(m.Text) {
			byKey[info[i].key] = append(byKey[info[i].key], i)
		}
	}
	for key, shorts := range byKey {
		if country(res.Mentions[shorts[0]].Text) {
			continue
		}
		var cands []int
		for _, j := range u.byFirst[key] {
			if res.Mentions[j].Type == extract.Organization {
				cands = append(cands, j)
			}
		}
		if len(cands) == 0 || len(distinctRoots(cands, u.find)) != 1 {
			continue
		}
		says, place := false, false
		for _, i := range shorts {
			switch u.firmFrame(i) {
			case 1:
				says = says || res.Mentions[cands[0]].Start < res.Mentions[i].Start
			case -1:
				place = true
			}
		}
		if !says || place || hyphened(res.Doc.Text, res.Mentions[shorts[0]].Text) {
			continue
		}
		for _, i := range shorts {
			if u.joinSole(i, cands); u.find(i) == u.find(cands[0]) {
				res.Mentions[i].Type = extract.Organization
			}
		}
	}
}

// firmFrame returns 1 when mention i is the subject of a verb of saying,
// -1 when it stands in a place's frame, and 0 otherwise.
func (u *union) firmFrame(i int) int {
	res, m := u.res, u.res.Mentions[i]
	if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return 0
	}
	s := &res.Sentences[m.Sentence]
	lo, hi := s.TokenSpan(m.Start, m.End)
	if lo < 0 || hi <= lo || hi > len(s.Tokens) {
		return 0
	}
	if lo > 0 && u.words.Is(strings.ToLower(s.Tokens[lo-1].Text), lexicon.PlacePreposition) && !u.equityBefore(s, lo) {
		return -1
	}
	k := hi
	// A relative clause between commas: "Harlow, which ..., said".
	if k+1 < len(s.Tokens) && s.Tokens[k].Text == "," && (strings.EqualFold(s.Tokens[k+1].Text, "which") || strings.EqualFold(s.Tokens[k+1].Text, "who")) {
		for k++; k < len(s.Tokens) && s.Tokens[k].Text != ","; k++ {
		}
		k++
	}
	if k >= len(s.Tokens) || k >= len(s.Lemma) || k >= len(s.POS) || !strings.HasPrefix(s.POS[k], "VB") {
		return 0
	}
	if u.words.Is(s.Lemma[k], lexicon.Speech) {
		return 1
	}
	return 0
}

// hyphened reports whether text writes word before a hyphen and a word
// in lower case ("Harlow-based", "Harlow-born"), as a place's name is
// written.
func hyphened(text, word string) bool {
	for at := 0; ; {
		k := strings.Index(text[at:], word+"-")
		if k < 0 {
			return false
		}
		at += k + len(word) + 1
		if at < len(text) && text[at] >= 'a' && text[at] <= 'z' && (at-len(word)-1 == 0 || !unicode.IsLetter(rune(text[at-len(word)-2]))) {
			return true
		}
	}
}

// equityBefore reports whether the name at token lo is the object of
// "in" or "of" after a plural noun of shares ("shares in Harlow"), a
// company's frame and no place's.
func (u *union) equityBefore(s *extract.Sentence, lo int) bool {
	if lo < 2 || lo-2 >= len(s.Lemma) || lo-2 >= len(s.POS) {
		return false
	}
	p := strings.ToLower(s.Tokens[lo-1].Text)
	return (p == "in" || p == "of") && u.words.Is(s.Lemma[lo-2], lexicon.Equity) &&
		(s.POS[lo-2] == "NNS" || lo-2 == 0 && strings.ToLower(s.Tokens[0].Text) != s.Lemma[0])
}

// countryName reports whether the aliases know s as a country's name or
// s is a demonym.
func (r *Resolver) countryName(s string) bool {
	if d, ok := r.aliases.(Demonyms); ok && d.IsDemonym(s) {
		return true
	}
	if r.aliases == nil {
		return false
	}
	_, _, class, ok := r.aliases.Canonical(s, extract.Location)
	return ok && class == "Country"
}
