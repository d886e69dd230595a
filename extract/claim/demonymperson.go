package claim

import (
	"strings"

	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/tokenize"
)

// demonymPersons indexes the demonyms that resolution read as one person
// of a country (resolve.MethodDemonymPerson: "the 24-year-old Norlander
// added"), which join no entity: by the byte offset where each ends, the
// entity of its country that the document names, or -1.
func (d *doc) demonymPersons() map[int]int {
	if d.personDemonyms != nil {
		return d.personDemonyms
	}
	d.personDemonyms, d.peopleDemonyms = resolve.DemonymPersonCountries(d.res), map[int]bool{}
	for _, m := range d.res.Mentions {
		if m.Method == resolve.MethodPeopleDemonym && m.Entity < 0 {
			d.peopleDemonyms[m.End] = true
		}
	}
	return d.personDemonyms
}

// personDemonym reports whether token k ends a demonym that stands for a
// person (rule demonym-person), and returns the entity of its country,
// or -1 when the document does not name it.
func (v *view) personDemonym(k int) (country int, ok bool) {
	if v.d.off[RuleDemonymPerson] || k < 0 || k >= v.n() || v.entAt(k) >= 0 {
		return -1, false
	}
	if country, ok = v.d.demonymPersons()[v.toks[k].End]; ok {
		return country, ok
	}
	return -1, v.inhabitantPerson(k)
}

// inhabitantPerson reports whether token k is a capitalised singular
// noun for a person of a nation or a place that the lexicon knows and no
// name covers (lexicon Inhabitant: "the Welshman", "the 31-year-old
// Frenchman"), heading a phrase that "the" opens, perhaps after a few
// modifiers in lower case, with no noun, name or possessive after it:
// one person, as a demonym resolution read so is (rule
// inhabitant-person). Not a plural ("the Welshmen"), nor a word before a
// noun ("the Briton team").
func (v *view) inhabitantPerson(k int) bool {
	if v.d.off[RuleInhabitantPerson] || v.d.lex == nil || !tokenize.StartsUpper(v.toks[k].Text) {
		return false
	}
	if t := v.tag(k); t != "NNP" && t != "NN" || !v.d.lex.Is(v.w(k), lexicon.Inhabitant) {
		return false
	}
	if t := v.tag(k + 1); strings.HasPrefix(t, "NN") || t == "POS" || t == "CD" || v.entAt(k+1) >= 0 {
		return false
	}
	j := k - 1
	for n := 0; n < 3 && j > 0 && v.lowerModifier(j); n++ {
		j--
	}
	return v.w(j) == "the"
}

// lowerModifier reports whether token j is a modifier in lower case
// before a noun: an adjective, a number or a compound with a hyphen
// ("24-year-old").
func (v *view) lowerModifier(j int) bool {
	if tokenize.StartsUpper(v.toks[j].Text) || v.entAt(j) >= 0 {
		return false
	}
	t := v.tag(j)
	return strings.HasPrefix(t, "JJ") || t == "CD" || strings.Contains(v.w(j), "-") && len(v.w(j)) > 1
}

// demonymPersonSpeaker resolves a demonym that stands for a person,
// ending at token j, as a speaker ("said the Norlander", "The
// 24-year-old Norlander added"): the person the text is about, in
// subject position in this sentence or the one before, or, when the
// phrase names the speaker of a quotation (wide), before the
// quotation's sentences (personInView), else the one
// person the document says is of that country (country, or -1), else no
// one: the phrase is then an unnamed speaker (sourceHead).
func (v *view) demonymPersonSpeaker(j, country int, wide bool) int {
	if v.demonymObject(j) {
		return -1
	}
	if d := v.d; d.lastPerson >= 0 && (d.lastPersonSent >= v.si-1 || wide && v.personInView(j)) {
		v.inferred = d.lastPerson
		return d.lastPerson
	}
	if country >= 0 {
		if p := v.d.personOf(country); p >= 0 {
			v.inferred = p
			return p
		}
	}
	return -1
}

// demonymObject reports whether the phrase that a demonym ending at
// token j heads is the object of a participle or a preposition inside a
// longer subject ("a doctor treating the Norlander feared", "a friend of
// the Norlander said"): the phrase's head speaks, not the person.
func (v *view) demonymObject(j int) bool {
	k := j - 1
	for n := 0; n < 3 && k > 0 && v.lowerModifier(k); n++ {
		k--
	}
	if v.w(k) != "the" {
		return false
	}
	t := v.tag(k - 1)
	return t == "VBG" || t == "VBN" || t == "IN" || t == "TO"
}

// isPersonDemonym reports whether token k ends a demonym that stands for
// a person (personDemonym).
func (v *view) isPersonDemonym(k int) bool {
	_, ok := v.personDemonym(k)
	return ok
}

// peopleDemonym reports whether token k ends a country's demonym in the
// plural that names its people and joins no entity (typing's
// people-demonym construction: "Norlanders voted"): an unnamed plural
// source, as a kind of person's plural is.
func (v *view) peopleDemonym(k int) bool {
	if k < 0 || k >= v.n() || v.entAt(k) >= 0 {
		return false
	}
	v.d.demonymPersons()
	return v.d.peopleDemonyms[v.toks[k].End]
}

// tokenEnding returns the token of the sentence that ends at byte offset
// end, or -1.
func (v *view) tokenEnding(end int) int {
	for k, t := range v.toks {
		if t.End == end {
			return k
		}
	}
	return -1
}
