package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// personShow reads a name made of a person's name and a capitalised
// noun for a kind of work, show or programme (the lexicon's TradeWork
// class, or its Work class but for a staged or screened art, ShownWork,
// whose word names a company as often: "the Ann Lee Ballet") as a work's
// title: "The Ann Lee Show", "the Bo Ek Story" (the person-show rule). A show or a
// story is named after its host or its subject; a fair or a contest is
// named after a place or a trade ("the Harlow Motor Show"), and a body
// after its founder with a body's word ("the Ann Lee Foundation"). The
// person's name is two words or more opening with a given name the
// gazetteer knows, or a person's the document names; an event's name is
// left alone.
func personShow(w *window, ev *evidence) {
	m := w.res.Mentions[w.mi]
	if m.Type == extract.EventType {
		return
	}
	f := strings.Fields(strings.TrimPrefix(m.Text, "The "))
	if len(f) < 2 {
		return
	}
	last := f[len(f)-1]
	if !tokenize.StartsUpper(last) {
		return
	}
	l := strings.ToLower(last)
	// A staged art names its company as often ("the Ann Lee Ballet",
	// "Bo Ek Opera"): the lexicon's ShownWork nouns are left out.
	if !w.lex.Is(l, lexicon.TradeWork) && (!w.lex.Is(l, lexicon.Work) || w.lex.Is(l, lexicon.ShownWork)) {
		return
	}
	if person := strings.Join(f[:len(f)-1], " "); givenFirst(w.g, person) || w.personNamed(person) {
		ev.markWork("person-show", last)
	}
}

// personNamed reports whether the document names a person name: an
// entity read as a person's of that name.
func (w *window) personNamed(name string) bool {
	for _, e := range w.res.Entities {
		if e.Type == extract.Person && e.Name == name {
			return true
		}
	}
	return false
}
