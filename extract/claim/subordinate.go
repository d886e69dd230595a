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
	body := c.Has(lexicon.Government) || c.Has(lexicon.Organization) || c.Has(lexicon.Corporation) || c.Has(lexicon.OrgGeneric) ||
		c.Has(lexicon.NewsMedia) || c.Has(lexicon.Party)
	if w == "it" {
		return v.tag(h) == "NN" && (body || c.Has(lexicon.Statement) || c.Has(lexicon.Evidence)) && !c.Has(lexicon.PersonNoun)
	}
	if v.tag(h) == "NNS" {
		return v.agentNoun(h)
	}
	return v.tag(h) == "NN" && body && !c.Has(lexicon.PersonNoun)
}
