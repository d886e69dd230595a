package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/resolve"
)

// splitMakers parts from a thing's entity the mentions of its name's
// first word alone that resolution joined to it as a person's given name
// (method surname: the tagger read the thing's name, "Acme Vell" in a
// headline, as a person's) when one of them stands as a body does, before
// a possessive or a verb ("Acme's store", "Acme expects"): a thing has no
// given name, and the first word of a product's name said alone so is its
// maker's name (the maker-split construction). The mentions become an
// organisation of their own, which the claims and relations then read.
func (t *Typer) splitMakers(res *extract.Result) {
	for e := range res.Entities {
		ent := &res.Entities[e]
		words := strings.Fields(ent.Name)
		if ent.Type != extract.Miscellaneous || len(words) < 2 {
			continue
		}
		var move, keep []int
		for _, mi := range ent.Mentions {
			if m := res.Mentions[mi]; m.Method == resolve.MethodSurname && m.Text == words[0] {
				move = append(move, mi)
			} else {
				keep = append(keep, mi)
			}
		}
		if len(move) == 0 || len(keep) == 0 || !t.bodyStands(res, move) {
			continue
		}
		n := len(res.Entities)
		for _, mi := range move {
			res.Mentions[mi].Entity = n
			res.Mentions[mi].Type = extract.Organization
		}
		maker := extract.Entity{Name: words[0], Key: resolve.Key(words[0]), Type: extract.Organization, Mentions: move,
			Evidence: []extract.Evidence{{Method: "typing/maker-split", Words: ent.Name}}}
		res.Entities = append(res.Entities, maker)
		ent = &res.Entities[e]
		ent.Mentions = keep
		ent.Aliases = mentionAliases(res, ent)
		res.Entities[n].Aliases = mentionAliases(res, &res.Entities[n])
	}
}

// bodyStands reports whether one of the mentions ms stands before a
// possessive "'s" or a verb, as a body's name does ("Acme's store",
// "Acme has been hoping").
func (t *Typer) bodyStands(res *extract.Result, ms []int) bool {
	for _, mi := range ms {
		if res.Mentions[mi].Sentence < 0 || res.Mentions[mi].Sentence >= len(res.Sentences) {
			continue
		}
		w := newWindow(res, t.lex, t.g, mi)
		if w.hi >= len(w.toks) {
			continue
		}
		if w.possessive(w.hi) || w.free(w.hi) && strings.HasPrefix(w.tag(w.hi), "VB") {
			return true
		}
	}
	return false
}
