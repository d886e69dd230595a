package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// MethodDemonymPerson marks a country's demonym that stands for one
// person (the demonym-person construction): the mention joins no entity
// (Entity -1) and its Value holds the name of the country it is of.
const MethodDemonymPerson = "demonym-person"

// DemonymPersonCountries indexes the mentions of res that resolution read
// as one person of a country (MethodDemonymPerson) and that join no
// entity: by the byte offset where each ends, the index of the entity of
// its country that the document names (a location whose key is the
// mention's Value's), or -1.
func DemonymPersonCountries(res *extract.Result) map[int]int {
	out := map[int]int{}
	for _, m := range res.Mentions {
		if m.Method != MethodDemonymPerson || m.Entity >= 0 {
			continue
		}
		c, key := -1, Key(m.Value)
		for e, ent := range res.Entities {
			if ent.Key == key && ent.Type == extract.Location {
				c = e
				break
			}
		}
		out[m.End] = c
	}
	return out
}

// demonymPersons marks the mentions that are a country's singular
// demonym heading a noun phrase that a determiner opens, perhaps after
// a few modifiers in lower case ("the Norlander said", "the 24-year-old
// Norlander added", "a scruffy little Norlander called Bo Ek", "to
// make it 3-0, the Norlander ..."): a person of that country, not the
// country, which they name neither as its alias nor as a speaker. Not a
// word for a whole people, a plural or a word that English makes one
// after "the" ("the Norlanders", "the Welsh", "the Dutch", "the
// Chinese", "the Swiss"), nor a demonym before a noun, a number, a name
// or a possessive ("the Norlandic coach", "the Norlandic Ann Lee").
func (r *Resolver) demonymPersons(u *union) {
	d, ok := r.aliases.(Demonyms)
	if !ok {
		return
	}
	res := u.res
	for i := range res.Mentions {
		m, in := &res.Mentions[i], &u.info[i]
		if in.class != "Country" || in.method != MethodAlias && in.method != MethodAdjective || !d.IsDemonym(m.Text) {
			continue
		}
		// "the Norlandic eighth seed", "Norlandic number one Ann
		// Lee": a player's nationality before a ranking's label
		// (demonym-seed), with or without a determiner.
		if seedAfter(res, m) {
			in.person = true
			continue
		}
		if peopleWord(m.Text) || !personHead(res, m) || r.nounAfter(res, m) {
			continue
		}
		in.person = true
	}
}

// seedAfter reports whether a ranking's label follows mention m: up to
// two ordinals or "top" or "world" before "seed" ("eighth seed", "top
// seed"), or "number" or "no." before a number ("number one", "world
// number two", "No. 1"). The label names a player; the demonym before it
// says where the player is from. The words are a small closed list of
// the rankings tennis and golf news writes.
func seedAfter(res *extract.Result, m *extract.Mention) bool {
	if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	lo, k := s.TokenSpan(m.Start, m.End)
	if lo < 0 || k <= lo || len(s.Lower) != len(s.Tokens) || len(s.POS) != len(s.Tokens) || strings.HasSuffix(s.POS[k-1], "S") {
		return false
	}
	for n := 0; n < 2 && k < len(s.Tokens) && (ordinalWord(s.Lower[k]) || rankOrdinal(s.Lower[k])); n++ {
		k++
	}
	if k >= len(s.Tokens) {
		return false
	}
	switch w := s.Lower[k]; {
	case w == "seed":
		return true
	case w == "number" || tokenize.IsNumberSign(w):
		return !strings.HasPrefix(s.POS[k], "VB") && k+1 < len(s.Tokens) && (s.POS[k+1] == "CD" || s.Lower[k+1] == "one")
	}
	return false
}

// rankOrdinal reports whether w is an ordinal in words up to "tenth",
// "top" or "world", which stand before a ranking's label.
func rankOrdinal(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "top", "world":
		return true
	}
	return false
}

// peopleWord reports whether a demonym is plural or, after "the", a
// whole people's: a word in -s, -sh, -ch or -ese ("Norlanders", "the
// Welsh", "the Dutch", "the Chinese", "the Swiss").
func peopleWord(text string) bool {
	w := strings.ToLower(text)
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "ese")
}

// personHead reports whether mention m heads a noun phrase opened by a
// determiner, with at most three modifiers in lower case between
// (adjectives, numbers: "the 24-year-old", "a scruffy little"), and no
// noun, adjective, number, name or possessive after it, nor a list of
// modifiers it opens ("the Norlandic and Ostmarkish federations").
func personHead(res *extract.Result, m *extract.Mention) bool {
	if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	lo, hi := s.TokenSpan(m.Start, m.End)
	if lo < 1 || hi <= lo || len(s.POS) != len(s.Tokens) || len(s.Lower) != len(s.Tokens) {
		return false
	}
	if hi < len(s.Tokens) {
		if t := s.POS[hi]; strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "CD" || t == "POS" {
			return false
		}
		switch s.Lower[hi] {
		case "-", "/", "'s", "’s", "'", "...", "…":
			return false
		case "and", "or", ",":
			if hi+1 < len(s.Tokens) && capitalised(s.Tokens[hi+1].Text) && hi+2 < len(s.Tokens) && strings.HasPrefix(s.POS[hi+2], "NN") {
				return false
			}
		}
	}
	k := lo - 1
	for n := 0; n < 3 && k > 0 && modifierWord(s, k); n++ {
		k--
	}
	switch s.Lower[k] {
	case "the", "a", "an", "another", "this", "that":
		return true
	}
	return false
}

// modifierWord reports whether token k of s is a modifier in lower case
// before a noun: an adjective, a number or a compound with a hyphen
// ("24-year-old").
func modifierWord(s *extract.Sentence, k int) bool {
	w := s.Tokens[k].Text
	if capitalised(w) {
		return false
	}
	t := s.POS[k]
	return strings.HasPrefix(t, "JJ") || t == "CD" || strings.Contains(w, "-") && len(w) > 1
}

// capitalised reports whether w opens with a capital letter.
func capitalised(w string) bool {
	return w != "" && strings.ToUpper(w[:1]) == w[:1] && strings.ToLower(w[:1]) != w[:1]
}

// nounAfter reports whether a word in lower case after mention m is a
// noun the tagger read as another word ("the Norlandic forward/RB
// tried", "the Norlandic patois/VBZ lyrics"): one the lexicon knows as a
// noun and, unless it is a word of another class (an adverb, a
// preposition), not as the verb the tagger read.
func (r *Resolver) nounAfter(res *extract.Result, m *extract.Mention) bool {
	if r.words == nil {
		return false
	}
	s := &res.Sentences[m.Sentence]
	_, hi := s.TokenSpan(m.Start, m.End)
	if hi < 0 || hi >= len(s.Tokens) || len(s.Lemma) != len(s.Tokens) || capitalised(s.Tokens[hi].Text) {
		return false
	}
	w, t := s.Lower[hi], s.POS[hi]
	if !r.words.Known(w, lexicon.Noun) {
		return false
	}
	switch {
	case strings.HasPrefix(t, "VB"):
		return !r.words.Known(s.Lemma[hi], lexicon.Verb)
	case t == "RB":
		return true
	}
	return false
}

// MethodPeopleDemonym marks a country's demonym in the plural that names
// its people where the document names neither the country nor its side
// (package typing's people-demonym construction: "Norlanders voted"):
// the mention joins no entity (Entity -1) and its Value holds the name of
// the country.
const MethodPeopleDemonym = "people-demonym"

// MethodDemonymModifier marks a country's demonym before a noun for a
// player or a sportsman, with no name after it, where the document names
// neither the country nor its side otherwise (package typing's
// demonym-player construction: "the Norlandic qualifier", "Norlandic
// coaches"): the mention joins no entity (Entity -1) and its Value holds
// the name of the country.
const MethodDemonymModifier = "demonym-modifier"
