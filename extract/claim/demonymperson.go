package claim

import (
	"github.com/kg-project/kg/extract/resolve"
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
	country, ok = v.d.demonymPersons()[v.toks[k].End]
	return country, ok
}

// demonymPersonSpeaker resolves a demonym that stands for a person,
// ending at token j, as a speaker ("said the Norlander", "The
// 24-year-old Norlander added"): the person the text is about, in
// subject position in this sentence or the one before, else the one
// person the document says is of that country (country, or -1), else no
// one: the phrase is then an unnamed speaker (sourceHead).
func (v *view) demonymPersonSpeaker(j, country int) int {
	if d := v.d; d.lastPerson >= 0 && d.lastPersonSent >= v.si-1 {
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
