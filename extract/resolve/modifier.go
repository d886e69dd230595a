package resolve

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// trimModifiers narrows a name that the recognizer began with a word
// describing it rather than naming it:
//
//   - a compound modifier ending in a participle, an age or a word for a
//     person ("Norland-born Ann Lee", "Ostmark-based Acme",
//     "Nineteen-year-old Bo Ek", "Acme-owner Vell Power"): in English the
//     lower-case part after the hyphen makes the whole word an
//     adjective or a common noun, not a name's word;
//   - the word opening its sentence when it is a quantifier ("Many
//     Norlanders") or a noun for a kind of person that news writes in
//     lower case ("Lawyer Ann Lee said", "Advisers Acme Capital
//     valued"): capitalised only because it opens the sentence, it is
//     the name's apposition, not its first word;
//   - the word opening its sentence when it is an adjective or an adverb
//     that news writes in lower case more than twice as often as
//     capitalised ("Past Norland Budget Office forecasts", "Remote
//     Harlow"), and the text writes the rest of the name elsewhere (for
//     a person, the surname): the capital is the sentence's;
//   - the word opening its sentence when it marks a title no longer held
//     ("Former Harlow Street aide Ann Lee": see pastOpening);
//   - the word opening its sentence when it is an adjective before a
//     model's name that a noun for a made good follows ("Cheap Vellmar 9
//     tablets": see modelOpening).
//
// A name stays whole when what would be left begins with a common word
// ("Pilots Without Wings", "Teachers Union"), when the gazetteer lists
// it, when the text writes it whole elsewhere, or when the first word is
// a first name or a title of office, which newUnion reads ("Judge Ann
// Lee").
func (r *Resolver) trimModifiers(res *extract.Result) {
	casings, ok := r.aliases.(Casings)
	if !ok || r.words == nil {
		return
	}
	firstNames, _ := r.aliases.(FirstNames)
	text := res.Doc.Text
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		toks := res.Sentences[m.Sentence].Tokens
		k := tokenAt(toks, m.Start)
		if k < 0 || k+1 >= len(toks) || toks[k+1].End > m.End {
			continue
		}
		w, next := toks[k].Text, toks[k+1]
		if toks[k].End != m.Start+len(w) || !tokenize.StartsUpper(next.Text) || allCaps(w) {
			continue
		}
		var cut bool
		if strings.Contains(w, "-") {
			cut = r.hyphenModifier(w)
		} else if sentenceOpening(toks, k) {
			cut = r.openingModifier(casings, firstNames, w) ||
				r.openingAdjective(casings, firstNames, w) && restElsewhere(text, *m, next.Start) ||
				r.pastOpening(w, next.Text) || r.modelOpening(&res.Sentences[m.Sentence], firstNames, *m, w)
		}
		if !cut && r.headlineAdjective(res, casings, firstNames, *m, w, next.Start) {
			cut = true
		}
		if !cut || commonWord(casings, next.Text) && !r.pastWord(w) || isFunctionWord(next.Text) || r.listed(m.Text) ||
			m.End <= len(text) && strings.Count(text, m.Text) > 1 {
			continue
		}
		m.Text = m.Text[next.Start-m.Start:]
		m.Start = next.Start
	}
}

// pastWord reports whether w, in any case, is an adjective that marks a
// title no longer held (the lexicon's Former: "former", "erstwhile",
// "onetime", "previous").
func (r *Resolver) pastWord(w string) bool {
	return r.words.Is(strings.ToLower(w), lexicon.Former)
}

// pastOpening reports whether w, the word opening a sentence, marks a
// title no longer held before a name whose next word, next, is no title
// of office ("Former Harlow Street aide Ann Lee"): no name begins with
// such a word, so the capital is the sentence's though the text writes
// the rest nowhere else, and the rest is a name though its first word is
// also a common one (the past-opening construction). Before an office's
// title ("Former Mayor Ann Lee") newUnion reads the title.
func (r *Resolver) pastOpening(w, next string) bool {
	return r.pastWord(w) && !r.officeTitle(next)
}

// modelOpening reports whether w, the word opening a sentence and
// mention m, is an adjective WordNet has, no first name, title of office
// or honorific, before the rest of a model's name that ends in a token
// with a digit and that a noun for a made good or a gadget in lower
// case follows ("Cheap Vellmar 9 phones sold ...": the capital is the
// sentence's, the model is "Vellmar 9"; the model-opening rule).
func (r *Resolver) modelOpening(s *extract.Sentence, firstNames FirstNames, m extract.Mention, w string) bool {
	l := strings.ToLower(w)
	if !r.words.Known(l, lexicon.Adjective) || firstNames != nil && firstNames.FirstName(w) || r.officeTitle(w) || r.honorific(w) {
		return false
	}
	lo, hi := s.TokenSpan(m.Start, m.End)
	if lo < 0 || hi-lo < 2 || len(s.POS) != len(s.Tokens) {
		return false
	}
	// The model's tokens end the mention or follow it ("New Tarvix
	// 64", which the model-name rule joins later).
	j := hi
	for j < len(s.Tokens) && j < hi+2 {
		if d, _ := modelDigits(s.Tokens[j].Text); !d {
			break
		}
		j++
	}
	if d, _ := modelDigits(s.Tokens[hi-1].Text); j == hi && (!d || hi-lo < 3) || j >= len(s.Tokens) {
		return false
	}
	t := s.POS[j]
	return strings.HasPrefix(t, "NN") && isLowerWord(s.Tokens[j].Text) && r.goodsWord(r.words.Lemma(s.Tokens[j].Text, t))
}

// restElsewhere reports whether the text writes the part of mention m
// from byte rest on somewhere else too, as whole words, or for a person
// the last of them (a surname).
func restElsewhere(text string, m extract.Mention, rest int) bool {
	if rest <= m.Start || rest >= m.End || m.End > len(text) {
		return false
	}
	name := text[rest:m.End]
	if m.Type == extract.Person {
		name = name[strings.LastIndexByte(name, ' ')+1:]
	}
	return wordIn(text[:m.Start], name) || wordIn(text[m.End:], name)
}

// openingAdjective reports whether w, the word opening a sentence, is an
// adjective or an adverb news writes in lower case far more often than
// capitalised ("Past", "Young", "Recent"), and no first name, title of
// office or honorific.
func (r *Resolver) openingAdjective(casings Casings, firstNames FirstNames, w string) bool {
	l := strings.ToLower(w)
	if !r.words.Known(l, lexicon.Adjective) && !r.words.Known(l, lexicon.Adverb) {
		return false
	}
	if firstNames != nil && firstNames.FirstName(w) || r.officeTitle(w) || r.honorific(w) {
		return false
	}
	lo, hi, ok := casings.Casing(w)
	return ok && lo > 2*hi
}

// headlineAdjective reports whether w, the first word of mention m, is
// an adjective a headline capitalised before a name the document writes
// outside the headline: in the headline, a WordNet adjective that news
// writes in lower case more than twice as often as capitalised (or too
// seldom to tell) and no first name, and the rest of m, from byte rest,
// another mention's whole name or its last words ("Angry Lee" over a
// story naming Ann Lee).
func (r *Resolver) headlineAdjective(res *extract.Result, casings Casings, firstNames FirstNames, m extract.Mention, w string, rest int) bool {
	h := res.Headline
	if h.Len() == 0 || m.Start < h.Start || m.End > h.End || rest <= m.Start || rest >= m.End {
		return false
	}
	l := strings.ToLower(w)
	if !r.words.Known(l, lexicon.Adjective) && !r.participle(l) || firstNames != nil && firstNames.FirstName(w) {
		return false
	}
	if lo, hi, ok := casings.Casing(w); ok && lo <= 2*hi {
		return false
	}
	name := res.Doc.Text[rest:m.End]
	for _, o := range res.Mentions {
		if (o.Text == name || strings.HasSuffix(o.Text, " "+name)) && (o.Start >= h.End || o.End <= h.Start) {
			return true
		}
	}
	return false
}

// participle reports whether l, in lower case, is a verb's participle
// ("fuming", "beleaguered").
func (r *Resolver) participle(l string) bool {
	if !strings.HasSuffix(l, "ing") && !strings.HasSuffix(l, "ed") {
		return false
	}
	for _, tag := range []string{"VBG", "VBN"} {
		if lemma := r.words.Lemma(l, tag); lemma != l && r.words.Known(lemma, lexicon.Verb) {
			return true
		}
	}
	return false
}

// tokenAt returns the index of the token that starts at byte start, or -1.
func tokenAt(toks []tokenize.Token, start int) int {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= start })
	if k < len(toks) && toks[k].Start == start {
		return k
	}
	return -1
}

// sentenceOpening reports whether token k opens its sentence, perhaps
// after an opening quotation mark.
func sentenceOpening(toks []tokenize.Token, k int) bool {
	for _, t := range toks[:k] {
		switch t.Text {
		case `"`, "'", "“", "‘", "``", "(":
		default:
			return false
		}
	}
	return true
}

// hyphenModifier reports whether w is a compound modifier or noun whose
// last part, after a hyphen, is a lower-case participle ("-born",
// "-based", "-led"), the "old" of an age ("-year-old") or a noun for a
// kind of person ("-owner"); its first part may be a name ("Norland-born").
func (r *Resolver) hyphenModifier(w string) bool {
	at := strings.LastIndexByte(w, '-')
	last := w[at+1:]
	if last == "" || !isLowerWord(last) {
		return false
	}
	if last == "old" {
		return at > 0
	}
	if lemma := r.words.Lemma(last, "VBN"); lemma != last && r.words.Known(lemma, lexicon.Verb) {
		return true
	}
	return r.personNoun(last)
}

// openingModifier reports whether w, the word opening a sentence, is a
// quantifier or a noun for a kind of person that news writes in lower
// case, and no adjective, first name or title of office.
func (r *Resolver) openingModifier(casings Casings, firstNames FirstNames, w string) bool {
	l := strings.ToLower(w)
	// The lexicon's quantifiers open a noun phrase before a plural name
	// ("Many Norlanders left", "Some Acme shareholders"); "All" is left
	// out: it opens names ("All Saints").
	if l != "all" && r.words.Is(l, lexicon.Quantifier) {
		return true
	}
	if firstNames != nil && firstNames.FirstName(w) || r.officeTitle(w) || r.honorific(w) {
		return false
	}
	// An adjective as well ("Major", "Veteran") may be a name's first
	// word ("Major League").
	lo, hi, ok := casings.Casing(w)
	return ok && lo > 2*hi && r.personNoun(l) && !r.words.Known(l, lexicon.Adjective) &&
		!r.words.Known(r.words.Lemma(l, "NNS"), lexicon.Adjective)
}

// personNoun reports whether l, in lower case, is a noun (or its plural)
// whose most frequent sense is a kind of person ("lawyer", "advisers").
func (r *Resolver) personNoun(l string) bool {
	return r.words.Is(l, lexicon.PersonNoun) || r.words.Is(r.words.Lemma(l, "NNS"), lexicon.PersonNoun)
}
