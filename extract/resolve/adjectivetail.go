package resolve

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// trimAdjectiveTails cuts off a name of two words the adjective the
// recognizer took into it after a party's or a people's word, before a
// noun in lower case: in "the Unity Parliamentary hopefuls" and "the
// Norlandic Parliamentary party" the adjective modifies the noun, and
// "Unity" and "Norlandic" are left (the adjective-tail construction).
// The adjective is one WordNet has as no noun that news writes in lower
// case more often than not, so a name's own word ("Democratic") stays.
func (r *Resolver) trimAdjectiveTails(res *extract.Result) {
	if r.words == nil || r.aliases == nil {
		return
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.EventType || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		words := strings.Fields(m.Text)
		if len(words) != 2 || !r.tailAdjective(words[1]) || !r.partyOrPeople(words[0]) || !r.lowerNounAfter(&res.Sentences[m.Sentence], m.End) {
			continue
		}
		m.End = m.Start + len(words[0])
		m.Text = m.Text[:len(words[0])]
		m.Class = ""
	}
}

// tailAdjective reports whether w is a capitalised adjective that
// WordNet has as no noun and news writes in lower case more often than
// not ("Parliamentary").
func (r *Resolver) tailAdjective(w string) bool {
	l := strings.ToLower(w)
	if !tokenize.StartsUpper(w) || allCaps(w) || !r.words.Known(l, lexicon.Adjective) || r.words.Known(l, lexicon.Noun) {
		return false
	}
	casings, ok := r.aliases.(Casings)
	if !ok {
		return false
	}
	lo, hi, ok := casings.Casing(w)
	return ok && lo > hi
}

// partyOrPeople reports whether w is a party's short or member's form
// ("Unity") or a word the aliases know as a place's ("Norlandic").
func (r *Resolver) partyOrPeople(w string) bool {
	if p, ok := r.aliases.(Parties); ok {
		if _, ok := p.PartyName(w); ok {
			return true
		}
	}
	_, typ, _, ok := r.aliases.Canonical(w, extract.Miscellaneous)
	return ok && typ == extract.Location
}

// lowerNounAfter reports whether the token of s after offset end is a
// noun in lower case, or a plural noun for a kind of person the tagger
// took for a verb ("hopefuls").
func (r *Resolver) lowerNounAfter(s *extract.Sentence, end int) bool {
	k := sort.Search(len(s.Tokens), func(k int) bool { return s.Tokens[k].Start >= end })
	if k >= len(s.Tokens) || k >= len(s.POS) || !tokenize.StartsLower(s.Tokens[k].Text) {
		return false
	}
	w := s.Tokens[k].Text
	return strings.HasPrefix(s.POS[k], "NN") || s.POS[k] == "VBZ" && r.words.Is(r.words.Lemma(w, "NNS"), lexicon.PersonNoun)
}
