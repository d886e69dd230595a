package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
)

// chartRank reads a name after its maker's possessive that holds a
// numbered place in a chart (the chart-rank rule): "Ann Lee's X is
// currently number two in the pop chart", "Acme's X was at number five
// in the charts". What a singer's or a band's possessive owns and a
// chart ranks is a record; chartPlace reads "at number" with a record's
// noun in the sentence, this the possessive and "chart" in the clause
// after the number. The owner is another name; the name opens with no
// given name, the gazetteer lists it as no person's, and a body's name
// of a class (a company's, a team's) is left alone.
func chartRank(w *window, ev *evidence) {
	lo := w.lo
	if lo < 2 || !w.possessive(lo-1) || w.at[lo-2] < 0 || w.entity(lo-2) == w.res.Mentions[w.mi].Entity {
		return
	}
	m := w.res.Mentions[w.mi]
	if m.Type == extract.EventType || !wholeName(w) || givenFirst(w.g, m.Text) || w.g != nil && w.g.Match(gazetteer.Tokens(m.Text)...)&gazetteer.CatPerson != 0 {
		return
	}
	if m.Type == extract.Organization && (m.Entity < 0 || m.Entity >= len(w.res.Entities) || w.res.Entities[m.Entity].Class != "") {
		return
	}
	k := w.hi
	if x := w.word(k); x != "is" && x != "was" {
		return
	}
	k++
	// An adverb, which the tagger reads as an adjective at times
	// ("currently").
	if w.free(k) && (w.tag(k) == "RB" || w.tag(k) == "JJ" && strings.HasSuffix(w.word(k), "ly")) {
		k++
	}
	if w.word(k) == "at" {
		k++
	}
	if w.word(k) != "number" || w.tag(k+1) != "CD" {
		return
	}
	if p := chartPlaceAfter(w, k+1); p == "chart" || p == "charts" {
		ev.markWork("chart-rank", "number ... chart")
	}
}
