package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// joinNameTheNouns joins a name of one word, "the" and one capitalised
// word after it into one name: a character's or a show's ("Tarvo the
// Badger", "Vell the Wanderer at the fair") or an epithet
// after a person's name ("Ann Lee the Younger"). The word after "the"
// is a mention of one capitalised word in letters that ends its phrase
// (no noun or adjective in lower case after it, no capitalised word),
// that the gazetteer lists as no body's, no word for a kind of body or
// place ("told Acme the Council would"), no country's name or demonym,
// and that the document never names but after "the"; the word before is a mention of one
// capitalised word or an untagged proper noun opening the name (a
// sentence's first word the recognizer left out), no adverb, no name
// the gazetteer lists as a place's, no country's, no word for a kind of
// body or place (the
// name-the-noun construction). The joined name is a person's when the
// first is and the word after "the" is an adjective WordNet knows, or
// its comparative ("the Younger"), else a miscellaneous one: the typer reads what kind
// of work. A headline is left alone.
func (r *Resolver) joinNameTheNouns(res *extract.Result) {
	if r.words == nil {
		return
	}
	// The names written alone: not right after "the".
	alone := map[string]bool{}
	for _, m := range res.Mentions {
		if !strings.HasSuffix(res.Doc.Text[:m.Start], " the ") {
			alone[m.Text] = true
		}
	}
	drop := map[int]bool{}
	for i := range res.Mentions {
		y := res.Mentions[i]
		if !isEntityType(y.Type) || y.Type == extract.EventType || alone[y.Text] {
			continue
		}
		s, a, b, ok := mentionTokens(res, y)
		if !ok || !r.theTail(res, y, s, b) || a < 2 || s.Tokens[a-1].Text != "the" || s.Tokens[a-1].End+1 != y.Start || s.Tokens[a-2].End+1 != s.Tokens[a-1].Start {
			continue
		}
		x := s.Tokens[a-2]
		xi := -1
		for j, m := range res.Mentions {
			if m.End == x.End && m.Sentence == y.Sentence && isEntityType(m.Type) {
				xi = j
			}
		}
		if !r.theHead(res, s, a-2, xi) {
			continue
		}
		typ := extract.Miscellaneous
		start := x.Start
		if xi >= 0 {
			start = res.Mentions[xi].Start
			if res.Mentions[xi].Type == extract.Person && r.words.Epithet(y.Text) {
				typ = extract.Person
			}
			drop[xi] = true
		}
		m := &res.Mentions[i]
		m.Start, m.Text, m.Type, m.Class = start, res.Doc.Text[start:m.End], typ, ""
	}
	dropMentions(res, drop)
}

// theTail reports whether mention y, whose words end before token b of
// s, may end a name after "the" (see joinNameTheNouns).
func (r *Resolver) theTail(res *extract.Result, y extract.Mention, s *extract.Sentence, b int) bool {
	h := res.Headline
	if h.End > h.Start && y.Start < h.End || strings.Contains(y.Text, " ") || !capitalisedWord(y.Text) || r.kindWord(y.Text) || r.countryWord(y.Text) {
		return false
	}
	if r.known != nil && r.known.KnownName(y.Text, extract.Organization) {
		return false
	}
	if b < len(s.Tokens) {
		next := s.Tokens[b].Text
		if capitalisedWord(next) || b < len(s.POS) && (strings.HasPrefix(s.POS[b], "NN") || s.POS[b] == "JJ") {
			return false
		}
	}
	return true
}

// theHead reports whether token k of s, in mention xi or in none (xi
// -1), may open a name before "the" (see joinNameTheNouns).
func (r *Resolver) theHead(res *extract.Result, s *extract.Sentence, k, xi int) bool {
	w := s.Tokens[k].Text
	if !capitalisedWord(w) || r.kindWord(w) || isFunctionWord(w) || r.countryWord(w) || r.known != nil && r.known.KnownName(w, extract.Location) {
		return false
	}
	if xi < 0 {
		// An untagged word: a proper noun that opens a name, no
		// adverb ("Meanwhile the Vell said").
		if k >= len(s.POS) || s.POS[k] != "NNP" || r.words.Known(strings.ToLower(w), lexicon.Adverb) || k > 0 && capitalisedWord(s.Tokens[k-1].Text) {
			return false
		}
		return !inAnyMention(res, s.Tokens[k].Start)
	}
	x := res.Mentions[xi]
	if x.Type == extract.EventType {
		return false
	}
	return !strings.Contains(x.Text, " ") || x.Type == extract.Person
}
