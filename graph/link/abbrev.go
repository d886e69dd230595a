package link

import (
	"maps"
	"slices"
	"strings"

	"github.com/kg-project/kg/graph/internal/vocab"
)

// maxAbbrevWord is the length of the longest word of an abbreviated name.
const maxAbbrevWord = 5

// abbreviationContext sets the abbreviated places of each place whose
// name is an abbreviation (ours.abbrevOf): the administrative areas of
// targets whose label it abbreviates ("Calif." California, "W. Va" West
// Virginia; see abbreviates).
func abbreviationContext(ents []*ours, targets map[string]*target) {
	var areas []*target
	for _, t := range targets {
		if t.admin {
			areas = append(areas, t)
		}
	}
	for _, e := range ents {
		toks := abbreviatedName(e)
		if toks == nil {
			continue
		}
		for _, t := range areas {
			for _, l := range t.labels {
				if abbreviates(toks, strings.Fields(vocab.NameKey(l))) {
					e.abbrevOf = append(e.abbrevOf, t)
					break
				}
			}
		}
	}
}

// abbreviatedName returns the words of e's name when e is a place whose
// name is an abbreviation: it has a full stop and short words only.
func abbreviatedName(e *ours) []string {
	if e.types&tLOC == 0 || !strings.Contains(e.name, ".") {
		return nil
	}
	toks := vocab.NameTokens(e.name)
	for _, w := range toks {
		if len(w) > maxAbbrevWord {
			return nil
		}
	}
	return toks
}

// abbreviates reports whether the words of an abbreviation abbreviate
// those of a name one by one: each is shorter than its word, begins with
// its letter and has the rest of its letters in order in it ("calif" of
// "california", "fla" of "florida", "va" of "virginia").
func abbreviates(abbr, name []string) bool {
	if len(abbr) != len(name) {
		return false
	}
	for i, a := range abbr {
		w := name[i]
		if a == "" || len(a) >= len(w) || a[0] != w[0] {
			return false
		}
		j := 1
		for k := 1; k < len(w) && j < len(a); k++ {
			if w[k] == a[j] {
				j++
			}
		}
		if j < len(a) {
			return false
		}
	}
	return true
}

// dedicationParticles are the lower-case particles of Spanish and
// Portuguese place names that join a name to the person or place it is
// dedicated to ("X de Y", "X del Y").
var dedicationParticles = map[string]bool{"de": true, "del": true, "da": true, "do": true}

// addDedicationNames adds to byKey, for each administrative area that is
// no town labelled "W de Y" (one word, a lower-case particle, the rest),
// the name W, as news calls the area ("Vellosa" for "Vellosa de Arno"),
// when no node is named W already.
func addDedicationNames(targets map[string]*target, byKey map[string][]*target) {
	add := map[string][]*target{}
	for _, t := range targets {
		if !t.admin || t.town || t.country {
			continue
		}
		for _, l := range t.labels {
			words := strings.Fields(l)
			if len(words) < 3 || !dedicationParticles[words[1]] {
				continue
			}
			if k := vocab.NameKey(words[0]); k != "" && len(byKey[k]) == 0 {
				add[k] = append(add[k], t)
			}
		}
	}
	addUnique(add, byKey)
}

// addUnique names the one target of each key of add by that key (in key
// order), leaving alone a key that would name two.
func addUnique(add, byKey map[string][]*target) {
	for _, k := range slices.Sorted(maps.Keys(add)) {
		if ts := add[k]; len(ts) == 1 {
			byKey[k] = ts
			ts[0].alts = append(ts[0].alts, k)
		}
	}
}

// waterHeads are the last words of the labels of seas and oceans that
// news leaves out ("the Vellic" for the Vellic Sea).
var waterHeads = map[string]bool{"Sea": true, "Ocean": true}

// addWaterNames adds to byKey, for each sea or ocean labelled "X Sea" or
// "X Ocean", X one word of six letters or more, the name X, when no node
// is named X and X is no place's adjective (see adjectives): short common
// words ("Red", "North") are left alone.
func addWaterNames(targets map[string]*target, byKey, byAdj map[string][]*target) {
	add := map[string][]*target{}
	for _, t := range targets {
		if t.kinds&tLOC == 0 || t.town || t.admin || t.country {
			continue
		}
		for _, l := range t.labels {
			words := strings.Fields(l)
			if len(words) != 2 || !waterHeads[words[1]] {
				continue
			}
			if k := vocab.NameKey(words[0]); len(k) >= 6 && len(byKey[k]) == 0 && len(byAdj[k]) == 0 {
				add[k] = append(add[k], t)
			}
		}
	}
	addUnique(add, byKey)
}

// otherSpelling returns name with the British ending -isation written
// -ization, or that the British way, and whether it
// changed: the two spellings of one name ("Vell Trade Organisation").
func otherSpelling(name string) (string, bool) {
	words := strings.Fields(name)
	changed := false
	for i, w := range words {
		for _, pair := range [][2]string{{"isation", "ization"}, {"ization", "isation"}} {
			if stem, ok := strings.CutSuffix(w, pair[0]); ok && len(stem) >= 3 {
				words[i], changed = stem+pair[1], true
				break
			}
		}
	}
	return strings.Join(words, " "), changed
}
