package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
)

// sharedSurname reads a given name alone before "and" and a person's
// given name and surname: "Ann and Bo Ek", where the two share the
// surname, so the first names a person too whatever town shares it; or
// before "and" and a person's given name alone ("two sisters - Ann
// and Bo -": the given-pair rule), two people named alike. It counts such
// mentions in ev.givenPair.
func sharedSurname(w *window, ev *evidence) {
	m := w.res.Mentions[w.mi]
	if m.Type == extract.Person || w.hi != w.lo+1 || w.word(w.hi) != "and" || w.hi+1 >= len(w.at) || w.at[w.hi+1] < 0 {
		return
	}
	next := w.res.Mentions[w.at[w.hi+1]]
	ws := strings.Fields(next.Text)
	if next.Type != extract.Person || len(ws) != 2 && len(ws) != 1 || mentionStart(w, w.hi+1) != w.hi+1 || !w.givenName(m.Text) || !w.givenName(ws[0]) {
		return
	}
	ev.givenPair++
	ev.reasons = append(ev.reasons, reason{"person", "shared-surname", m.Text + " and " + ws[0]})
}

// givenName reports whether the gazetteer knows word as a given name.
func (w *window) givenName(word string) bool {
	return w.g != nil && (w.g.Match(gazetteer.Tokens(word)...)&gazetteer.CatFirst != 0 || w.g.GivenName(word))
}

// decideSharedSurname makes a name read by sharedSurname a person's, when
// no place frame, title of a body or country says otherwise. It reports
// whether it did.
func (t *Typer) decideSharedSurname(e *extract.Entity, ev *evidence) bool {
	if ev.givenPair == 0 || e.Type == extract.Person || ev.placeCtx > 0 || ev.within || ev.credit || ev.orgHead || t.isCountry(e) || len(strings.Fields(e.Name)) != 1 {
		return false
	}
	e.Type, e.Class = extract.Person, ""
	e.Evidence = append(e.Evidence, ev.because("person")...)
	return true
}
