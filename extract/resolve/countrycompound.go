package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// countryCompounds cuts a body's or a thing's name of two words, a
// country's name or code and a capitalised common noun, back to the
// country when a common noun in lower case follows it: in "Norland Radio
// listeners" the country and the noun both modify "listeners", and no
// body is named "Norland Radio" (the country-compound construction). The document
// writes the two words nowhere but before a word in lower case (a body's
// name is written alone too: "Norland Athletics chief Ann Lee ... Norland
// Athletics said"). The noun is one WordNet has as a noun and no
// adjective ("Open" is both), in
// letters, no word for a body, a facility, a venue, a kind of name or a
// kind of person ("the Norland Army troops" stays); the country is
// named, not by its demonym ("Norlandic Open" is an event's name);
// the word after is a noun by the tagger; the gazetteer does not list
// the whole.
func (r *Resolver) countryCompounds(res *extract.Result) {
	if r.words == nil || r.aliases == nil {
		return
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Organization && m.Type != extract.Miscellaneous {
			continue
		}
		s, a, b, ok := mentionTokens(res, *m)
		if !ok || b-a != 2 || !lowerNounAt(s, b) || !r.compoundNoun(s.Tokens[a+1].Text) || r.listed(m.Text) || !alwaysModifier(res, s.Tokens[a].Text, s.Tokens[a+1].Text) {
			continue
		}
		if !r.country(s.Tokens[a].Text) {
			continue
		}
		m.End = s.Tokens[a].End
		m.Text = res.Doc.Text[m.Start:m.End]
		m.Type, m.Class = extract.Location, ""
	}
}

// compoundNoun reports whether w is a capitalised common noun, no
// adjective, that names no body, facility, venue, kind of name or kind of
// person (see countryCompounds).
func (r *Resolver) compoundNoun(w string) bool {
	if !tokenize.StartsUpper(w) || allCaps(w) || !letters(w) {
		return false
	}
	l := strings.ToLower(w)
	lemma := r.words.Lemma(l, "NNS")
	return r.words.Known(l, lexicon.Noun) && !r.words.Known(l, lexicon.Adjective) && !r.namesBody(w) && !r.kindWord(w) && !r.personKind(lemma) && !r.words.NameWord(l)
}

// alwaysModifier reports whether the document writes the two words x and
// y one after the other only right before a noun in lower case.
func alwaysModifier(res *extract.Result, x, y string) bool {
	found := false
	for si := range res.Sentences {
		s := &res.Sentences[si]
		for k := 0; k+1 < len(s.Tokens); k++ {
			if s.Tokens[k].Text != x || s.Tokens[k+1].Text != y {
				continue
			}
			if !lowerNounAt(s, k+2) {
				return false
			}
			found = true
		}
	}
	return found
}

// lowerNounAt reports whether token k of s is a word in lower case the
// tagger read as a common noun.
func lowerNounAt(s *extract.Sentence, k int) bool {
	if k >= len(s.Tokens) || len(s.POS) != len(s.Tokens) || !lowerWord(s.Tokens[k].Text) {
		return false
	}
	tag := s.POS[k]
	return tag == "NN" || tag == "NNS"
}
