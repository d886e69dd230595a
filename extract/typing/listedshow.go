package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
)

// listedShow makes a name the tagger read as a body's, of no class, a
// creative work when the gazetteer lists it or one of its aliases
// (listedOnly), or it after "The", as a film
// or a show for the screen only (gazetteer.ShownWorkName) and as no body,
// person or place, and nothing around it reads a body: no body's word
// votes, no construction reads one, and it does not speak ("The Harbour
// Lights" a film: the listed-show rule). A name of one word is read
// only after "The" ("Harbour" of "The Harbour"), as one word alone names
// many other things. It reports whether it did.
func (t *Typer) listedShow(e *extract.Entity, ev *evidence, v tally) bool {
	if e.Type != extract.Organization || e.Class != "" || t.g == nil || v.orgW > 0 || v.placeW > 0 || ev.bodyRead() || ev.speaker > 0 || ev.placeCtx > 0 {
		return false
	}
	name, ok := t.listedOnly(e, t.showNameForm)
	if !ok {
		return false
	}
	if t.listedShowName("The " + name) {
		name = "The " + name
	}
	e.Type, e.Class = extract.Miscellaneous, extract.CreativeWorkClass
	e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/listed-show", Words: name})
	return true
}

// showNameForm reports whether the gazetteer lists name after "The", or
// name itself when it has two words or more, as a film's or a screen
// show's only (listedShowName).
func (t *Typer) showNameForm(name string) bool {
	return t.listedShowName("The "+name) || len(strings.Fields(name)) >= 2 && t.listedShowName(name)
}

// listedShowName reports whether the gazetteer lists name as a film's or a
// screen show's only, and as no body's, person's or place's.
func (t *Typer) listedShowName(name string) bool {
	c := t.g.Match(gazetteer.Tokens(name)...)
	return c&gazetteer.CatMisc != 0 && c&^(gazetteer.CatMisc|gazetteer.CatFirst|gazetteer.CatLast) == 0 && t.g.ShownWorkName(name)
}
