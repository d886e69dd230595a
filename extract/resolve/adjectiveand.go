package resolve

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// splitAdjectivePairs parts a name the recognizer ran over two proper
// adjectives joined by "and" or "or" before a noun in lower case:
// "Norlandic and Ostmarkish leaders met" names no body "Norlandic and
// Ostmarkish" but tells of two peoples' leaders. Each side is one or two
// capitalised words the lexicon knows as adjectives or the aliases as
// demonyms ("North Norlandic"),
// no word for a kind of body or place; the whole is no name the gazetteer
// lists, and a capitalised word after it makes it a name's opening ("the
// Norlandic and Ostmarkish Lions"), left whole. The two parts become
// miscellaneous names, which dropNonNames reads as adjectives before a
// noun (the adjective-pair rule).
func (r *Resolver) splitAdjectivePairs(res *extract.Result) {
	if r.words == nil {
		return
	}
	var add []extract.Mention
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.EventType || m.Type == extract.Person {
			continue
		}
		a, b, ok := r.adjectivePair(res, *m)
		if !ok {
			continue
		}
		second := splitTwo(m, a, b)
		second.Type, m.Type = extract.Miscellaneous, extract.Miscellaneous
		second.Class, m.Class = "", ""
		add = append(add, second)
	}
	res.Mentions = append(res.Mentions, add...)
}

// adjectivePair returns the two sides of mention m when it is two proper
// adjectives joined by "and" or "or" before a noun in lower case (see
// splitAdjectivePairs).
func (r *Resolver) adjectivePair(res *extract.Result, m extract.Mention) (a, b string, ok bool) {
	for _, joint := range []string{" and ", " or "} {
		if strings.Count(m.Text, joint) == 1 {
			a, b, _ = strings.Cut(m.Text, joint)
			break
		}
	}
	if a == "" || !r.adjectiveSides(a, b) || r.listed(m.Text) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return "", "", false
	}
	s := &res.Sentences[m.Sentence]
	k := sort.Search(len(s.Tokens), func(k int) bool { return s.Tokens[k].Start >= m.End })
	if k >= len(s.Tokens) || len(s.POS) != len(s.Tokens) || !tokenize.StartsLower(s.Tokens[k].Text) {
		return "", "", false
	}
	if t := s.POS[k]; !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") {
		return "", "", false
	}
	return a, b, true
}

// adjectiveSides reports whether a and b are the two sides of an
// adjective pair: each properAdjectives, or one of them a people's or a
// faith's noun that modifies the noun after as an adjective would ("Arab
// and Norlandic leaders"): one word the lexicon knows as a noun and no
// adjective, which news writes capitalised more often than not.
func (r *Resolver) adjectiveSides(a, b string) bool {
	pa, pb := r.properAdjectives(a), r.properAdjectives(b)
	return pa && pb || pa && r.properNoun(b) || pb && r.properNoun(a)
}

// properNoun reports whether w is one capitalised word of letters the
// lexicon knows as a noun in lower case, which news writes capitalised
// more often than not ("Arab"; not "Black").
func (r *Resolver) properNoun(w string) bool {
	casings, ok := r.aliases.(Casings)
	if !ok || strings.Contains(w, " ") || !tokenize.StartsUpper(w) || !letters(w) || allCaps(w) || r.kindWord(w) {
		return false
	}
	return r.words.Known(strings.ToLower(w), lexicon.Noun) && !commonWord(casings, w)
}

// properAdjectives reports whether s is one or two capitalised words of
// letters, each an adjective the lexicon knows or a demonym the aliases
// know ("Norlandic"), and no word for a kind of body or place.
func (r *Resolver) properAdjectives(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		if !tokenize.StartsUpper(w) || !letters(w) || allCaps(w) || r.kindWord(w) {
			return false
		}
		if !r.words.Known(strings.ToLower(w), lexicon.Adjective) && !r.demonym(w) {
			return false
		}
	}
	return true
}

// demonym reports whether the aliases know w as a people's word.
func (r *Resolver) demonym(w string) bool {
	d, ok := r.aliases.(Demonyms)
	return ok && d.IsDemonym(w)
}
