package relate

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// scoreFace is the confidence of the face construction.
const scoreFace = 0.8

// faceSides reads a contest that a verb of facing names between two
// sides, both people or both organisations: "Ann Lee will face Bo Ek",
// "Harlow face Pellam on Saturday", "Ann Lee faces world champion Bo Ek,
// Cy Orr and her rival Di Wu", "Harlow will take on Pellam". The sides are
// opponents: the contest may be to come, but the text names them as
// competitors.
func faceSides(d *docState, a int, _ map[int]bool) {
	v := d.v
	if v.isPossessive(v.s.Ents[a].End) {
		return
	}
	i := v.verbAfter(a)
	if i < 0 || v.tag(i) == "VBN" && v.isBe(i-1) {
		return // "X was faced with ...": no side
	}
	j := i + 1
	switch {
	case v.lemma(i) == "face":
	case v.lemma(i) == "take" && v.lw(j) == "on":
		j++
	default:
		return
	}
	label := v.phrase(i, j)
	for b := v.sideAfter(a, j); b >= 0; b = v.sideAfter(a, j) {
		// "X will face his arch-rival Y": the kin construction reads
		// it.
		st := v.s.Ents[b].Start
		if p, _ := v.kinPredicate(st - 1); p == "" || v.at[st-1] >= 0 || !(v.lw(st-2) == "his" || v.lw(st-2) == "her") || v.onlyPersonBefore(st-2) < 0 {
			d.add(a, b, schema.Opponent, label, MethodFace, scoreFace)
		}
		// The rest of a list: ", Y", ", and Z", "and Z".
		j = v.s.Ents[b].End
		if v.lw(j) == "," {
			j++
		}
		if v.lw(j) == "and" {
			j++
		} else if v.lw(j-1) != "," {
			return
		}
	}
}

// deicticDays are the nouns of a day said from today, which the tagger
// reads as nouns after a name ("face Y today"): a closed class.
var deicticDays = set("today", "tonight", "tomorrow", "yesterday")

// sideAfter returns the mention that names the other side of a contest
// with mention a from token i on, past a determiner or a possessive
// pronoun and up to four words that describe it (titles, adjectives,
// common nouns, a nationality: "world champion Y", "her old rival Y",
// "Olympic champion Y"), or -1. The name heads its noun phrase.
func (v *view) sideAfter(a, i int) int {
	if v.free(i) && (v.isDet(i) || v.tag(i) == "PRP$") {
		i++
	}
	for n := 0; n < 4 && i < v.n(); n++ {
		if k := v.entAt(i); k >= 0 {
			// A nationality or a prize's adjective before the name:
			// "Olympic champion Y", "Norlandic Y".
			if e := v.s.Ents[k]; e.End-e.Start > 1 || v.typ(k) == extract.Person || v.typ(k) == extract.Organization {
				break
			}
			i = v.s.Ents[k].End
			continue
		}
		t := v.tag(i)
		if !(strings.HasPrefix(t, "JJ") || t == "NN" || t == "NNS" || v.isTitleWord(i)) || capitalised(v.toks[i].Text) && !v.isTitleWord(i) {
			return -1
		}
		i++
	}
	b := v.entAt(i)
	if b < 0 || v.s.Ents[b].Start != i {
		return -1
	}
	if e := v.s.Ents[b].End; strings.HasPrefix(v.tag(e), "NN") && !deicticDays[v.lw(e)] {
		return -1 // "face the Acme board"
	}
	return v.side(a, i)
}
