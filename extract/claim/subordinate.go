package claim

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// subordinateSubject returns the words of the sentence's opening subject
// when "it" or "they" at token i, the subject of a clause that a
// relative pronoun or a subordinator opens after the main clause, can
// only be that subject: "The government is cracking down on estates,
// which it says are idle", "Phone firms refuse to pay because they say
// A". The opening subject is an unnamed noun phrase (no name in it)
// right before the main clause's finite verb; "it" needs a singular
// noun of a body, a statement or a record there, "they" a plural noun
// of people or bodies, or the singular of a body's ("the government
// ... because they said"). No name, and no other noun of people,
// bodies or statements that agrees with the pronoun, stands between
// the subject and the pronoun; otherwise it returns false.
func (v *view) subordinateSubject(i int) (extract.Span, bool) {
	w := v.w(i)
	if v.d.off[RuleSubordinatePronoun] || v.subject >= 0 || w != "it" && w != "they" || i < 3 {
		return extract.Span{}, false
	}
	p := i - 1
	if t := v.tag(p); !(t == "WDT" || t == "WP" || v.d.lex.Is(v.w(p), lexicon.Subordinator) && t == "IN") {
		return extract.Span{}, false
	}
	h, ok := v.openingNounHead(v.openingStart(i), p)
	if !ok || !v.pronounAgrees(h, w) || v.agreeingBetween(h, p, w) {
		return extract.Span{}, false
	}
	sp := v.sourceBefore(h)
	return sp, sp.Len() > 0
}

// openingNounHead returns the head noun of the unnamed noun phrase that
// opens at token start when the main clause's finite verb (after
// adverbs) follows it before token p; otherwise it returns false.
func (v *view) openingNounHead(start, p int) (int, bool) {
	h := -1
	k := start
	for ; k < p && k < start+7; k++ {
		if v.entAt(k) >= 0 || v.litAt(k) >= 0 {
			return 0, false
		}
		t := v.tag(k)
		if t == "NN" || t == "NNS" {
			h = k
			continue
		}
		// "Phone companies": the sentence's capital on a common noun.
		if t == "DT" || t == "PRP$" || t == "CD" || strings.HasPrefix(t, "JJ") || t == "HYPH" || t == "NNP" && k == start && v.d.lex.Known(v.w(k), lexicon.Noun) {
			continue
		}
		break
	}
	if h < 0 || k != h+1 {
		return 0, false
	}
	for k < p && v.tag(k) == "RB" {
		k++
	}
	if t := v.tag(k); !(t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || v.aux(k)) || k >= p {
		return 0, false
	}
	return h, true
}

// agreeingBetween reports whether a name, a quotation, a personal
// pronoun or another noun that w ("it" or "they") agrees with stands
// after the head h and before token p.
func (v *view) agreeingBetween(h, p int, w string) bool {
	for j := h + 1; j < p; j++ {
		if v.entAt(j) >= 0 || v.inQuotation(j) || v.tag(j) == "PRP" {
			return true
		}
		if (v.tag(j) == "NN" || v.tag(j) == "NNS") && v.pronounAgrees(j, w) {
			return true
		}
	}
	return false
}

// pronounAgrees reports whether the common noun at token h can be what
// "it" or "they" (w) refers to as one who speaks: "it" a singular noun
// of a body, a statement or a record; "they" a plural noun of people or
// bodies, or a singular body's.
func (v *view) pronounAgrees(h int, w string) bool {
	c := v.d.lex.Classes(v.lemma(h))
	body := bodyNoun(c)
	if w == "it" {
		return v.tag(h) == "NN" && (body || c.Has(lexicon.Statement) || c.Has(lexicon.Evidence)) && !c.Has(lexicon.PersonNoun)
	}
	if v.tag(h) == "NNS" {
		return v.agentNoun(h)
	}
	return v.tag(h) == "NN" && body && !c.Has(lexicon.PersonNoun)
}

// relativeClauseSubject returns the body or place named as the subject
// of the clause that a relative clause, which "it" at token i opens with
// a verb, comes after (rule relative-subject-it): "Other bakers use
// other methods while Acme uses Vellbread, which it says helps cut
// waste" is Acme's, the subject of "uses", not a name of the main
// clause. The clause runs
// from the name through its finite verb (after auxiliaries and adverbs)
// and an object of names, determiners, adjectives and nouns, then an
// optional comma and "which" or "that"; a product's name (typed so by
// what is said of it) is no subject "it" stands for. It returns -1
// otherwise.
func (v *view) relativeClauseSubject(i int) int {
	if v.d.off[RuleRelativeSubjectIt] || v.w(i) != "it" || i < 4 || v.inQuotation(i) {
		return -1
	}
	p := i - 1
	if w := v.w(p); (w != "which" && w != "that") || v.tag(p) != "WDT" {
		return -1
	}
	k := p - 1
	if v.w(k) == "," {
		k--
	}
	obj := k
	for k >= 0 && k > obj-8 && (v.entAt(k) >= 0 || nounPhraseTag(v.tag(k))) {
		k--
	}
	if k == obj || k < 1 {
		return -1
	}
	if t := v.tag(k); t != "VBZ" && t != "VBD" && t != "VBP" && !(strings.HasPrefix(t, "VB") && v.aux(k-1)) {
		return -1
	}
	for k > 0 && (v.aux(k-1) || v.adverb(k-1)) {
		k--
	}
	e := v.entity(k - 1)
	if e < 0 || v.inQuotation(k-1) || !v.itCanBe(e) {
		return -1
	}
	// "the deal with Acme cut prices": the name is no subject; "while
	// Acme cut prices" opens a clause.
	if b := v.mentionStart(k-1) - 1; v.tag(b) == "TO" || v.tag(b) == "POS" || v.tag(b) == "IN" && !v.d.lex.Is(v.w(b), lexicon.Subordinator) {
		return -1
	}
	return e
}

// itCanBe reports whether "it" may stand for entity e: a body or a
// place, or a thing's name that is no product's (what is said of it
// typed it a made good: "the new Tarvik sedan").
func (v *view) itCanBe(e int) bool {
	switch v.entType(e) {
	case extract.Organization, extract.Location:
		return true
	case extract.Miscellaneous:
		for _, ev := range v.d.res.Entities[e].Evidence {
			if ev.Method == "typing/product-context" {
				return false
			}
		}
		return true
	}
	return false
}
