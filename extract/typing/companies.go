package typing

import (
	"github.com/kg-project/kg/extract"
)

// listedBodies retypes a name the tagger alone read as a person's or a
// place's when it stands in a list of names most of which the document
// settled as bodies: "Acme, Vell Power, Tarvik and Dorvik said ...",
// "retailers including Acme, Harlow and Pellam Stores". A list joins
// names of one kind; a company's short name the tagger does not know is
// read as a person's or a place's as often as not. The name must be a
// whole name ending its phrase ("Harlow laptops" names a maker as much
// as a town), have no other evidence, and be no place the gazetteer
// knows, no person's or body's it lists, and open with no given name
// ("Ann Lee, Acme and Pellam"). At least two of the other members must
// be bodies, and more than twice as many as the other names but those
// that are as unsettled ("Acme, Vell Power, Tarvik and Dorvik"). It is
// not read on a sports page, where sides and their towns are listed
// together. The body takes the class its listed bodies share, if any.
func (t *Typer) listedBodies(res *extract.Result, evs []evidence) {
	type vote struct{ bodies, others int }
	votes := map[int]*vote{}
	classes := map[int]map[string]int{}
	for mi, m := range res.Mentions {
		e := m.Entity
		if e < 0 || e >= len(res.Entities) || e >= len(evs) || evs[e].sportsPage || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		if !t.unsettledName(res, mi) {
			continue
		}
		w := newWindow(res, t.lex, t.g, mi)
		if w.lo < 0 || !endsPhrase(w) {
			continue
		}
		v := votes[e]
		if v == nil {
			v = &vote{}
			votes[e] = v
		}
		seen := map[int]bool{e: true}
		for _, d := range []int{-1, 1} {
			for _, o := range listNeighbours(w, d) {
				oe := res.Mentions[o].Entity
				if oe < 0 || oe >= len(res.Entities) || seen[oe] {
					continue
				}
				seen[oe] = true
				if res.Entities[oe].Type != extract.Organization {
					if !t.unsettledName(res, o) && !bareMisc(res, o) {
						v.others++
					}
					continue
				}
				v.bodies++
				if classes[e] == nil {
					classes[e] = map[string]int{}
				}
				classes[e][res.Entities[oe].Class]++
			}
		}
	}
	for e, v := range votes {
		if v.bodies < 2 || v.bodies <= 2*v.others {
			continue
		}
		ent := &res.Entities[e]
		ent.Type = extract.Organization
		if cs := classes[e]; len(cs) == 1 {
			for c := range cs {
				ent.Class = c
			}
		}
		ent.Evidence = append(ent.Evidence, extract.Evidence{Method: "typing/body-list", Words: "a list of bodies"})
	}
}

// bareMisc reports whether mention o is the whole name of an entity
// that only the tagger read as a thing's: no class and no evidence
// ("Acme, Vell, Vellqo and Tarvik", a firm's name of mixed case the
// tagger read so). Such a name neither counts for a list of bodies nor
// against it.
func bareMisc(res *extract.Result, o int) bool {
	m := res.Mentions[o]
	if m.Entity < 0 || m.Entity >= len(res.Entities) {
		return false
	}
	e := &res.Entities[m.Entity]
	return e.Type == extract.Miscellaneous && e.Class == "" && len(e.Evidence) == 0 && m.Text == e.Name
}

// unsettledName reports whether mention mi is the whole name of an
// entity that only the tagger read as a person's or a place's: no
// evidence, no class, no place the gazetteer knows, no person's or
// body's it lists, and no given name opening it.
func (t *Typer) unsettledName(res *extract.Result, mi int) bool {
	m := res.Mentions[mi]
	if m.Entity < 0 || m.Entity >= len(res.Entities) {
		return false
	}
	ent := &res.Entities[m.Entity]
	if ent.Type != extract.Person && ent.Type != extract.Location || ent.Class != "" || len(ent.Evidence) > 0 || m.Text != ent.Name {
		return false
	}
	return !t.givenFirst(ent.Name) && !t.listed(ent.Name) && !knownPlace(t.g, ent.Name)
}
