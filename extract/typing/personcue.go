package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// kinWord reports whether token k, of lexicon classes c (its lemma's),
// is a singular noun in lower case for a relative or an occupation, no
// office's (the title-before construction reads those), no company's
// ("retailer X") and no ally's ("partner X" may be a firm): "cousin X",
// "sprinter X" describe a person (the kin-before rule, which
// titleBefore counts in ev.kinBefore).
func kinWord(w *window, k int, c lexicon.Classes) bool {
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) {
		return false
	}
	// The tagger reads a noun before a name as an adjective at times
	// ("comedian"): a word WordNet has as no adjective is the noun.
	switch w.tag(k) {
	case "NN":
	case "JJ":
		if w.lex.Known(w.word(k), lexicon.Adjective) {
			return false
		}
		c = w.lex.Classes(w.word(k))
	default:
		return false
	}
	return c.Has(lexicon.PersonNoun) && (c.Has(lexicon.Kinship) || c.Has(lexicon.Occupation)) &&
		!c.Has(lexicon.Office) && !c.Has(lexicon.Corporation) && !c.Has(lexicon.Associate)
}

// decidePersonCue makes a person of a name of two words or more that the
// tagger read as a body's, a place's or a thing's, of no class, when it
// opens with a given name the gazetteer knows or the gazetteer lists the
// whole as a person's, a person is named beside it in a list or a word
// for a relative or an occupation stands before it ("Ann Lee and X",
// "cousin X": the person-cue rule), and nothing reads a body, a place or
// a work: no word of a body or a place votes, no construction reads a
// body, no place frame, and the gazetteer knows no body so named (a
// company named after its founder). It reports whether it did.
func (t *Typer) decidePersonCue(e *extract.Entity, ev *evidence) bool {
	if e.Type != extract.Organization && e.Type != extract.Location && e.Type != extract.Miscellaneous || e.Class != "" ||
		ev.peopleBeside == 0 && ev.kinBefore == 0 || t.g == nil || !t.personCueName(e.Name) {
		return false
	}
	_, placeW := ev.best(isPlaceClass)
	_, orgW := ev.best(isOrgClass)
	if placeW > 0 || orgW > 0 || ev.placeCtx > 0 || ev.within || ev.work || ev.bodyRead() || ev.team > 0 ||
		knownBody(t.g, e.Name) || t.isCountry(e) {
		return false
	}
	e.Type, e.Class = extract.Person, ""
	e.Evidence = append(e.Evidence, ev.because("person")...)
	return true
}

// personCueName reports whether name is two words or more, capitalised
// and not in capitals, that open with a given name the gazetteer knows
// or that it lists as a person's and as no body's, place's or thing's.
func (t *Typer) personCueName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || strings.ToUpper(f[0]) == f[0] || strings.ToUpper(f[len(f)-1]) == f[len(f)-1] {
		return false
	}
	for _, w := range f {
		if !tokenize.StartsUpper(w) {
			return false
		}
	}
	return personOnly(t.g.Match(gazetteer.Tokens(name)...)) || t.givenFirst(name)
}

// personOnly reports whether the gazetteer's categories c of a name list
// it as a person's and as no body's, place's or thing's (a given name or
// a surname inside it aside).
func personOnly(c gazetteer.Category) bool {
	return c&gazetteer.CatPerson != 0 && c&^(gazetteer.CatPerson|gazetteer.CatFirst|gazetteer.CatLast) == 0
}

// colleagueNoun reports whether token k is a noun in lower case, singular
// or plural, for a colleague, an aide or an adviser (the lexicon's
// Associate class, a kind of person) and for no relative; jobOrRole reads
// it right before "at": "two advisers at X", "an aide at X" work there,
// as an analyst does (the colleague-at rule; "a friend with X" is no
// employer's).
func colleagueNoun(w *window, k int) bool {
	if !w.free(k) || w.tag(k) != "NN" && w.tag(k) != "NNS" || !tokenize.StartsLower(w.toks[k].Text) {
		return false
	}
	c := w.lex.Classes(w.lemma(k))
	return c.Has(lexicon.Associate) && c.Has(lexicon.PersonNoun) && !c.Has(lexicon.Kinship)
}

// decideGivenUnknown makes a person of a name of two words the tagger
// read as a thing's, of no class, whose first word is a given name the
// gazetteer knows and whose second, capitalised and not in capitals, is
// a word WordNet does not have and the gazetteer lists as no place's,
// body's or thing's (unknownWord), the whole listed as no thing's, when
// nothing reads a work, a made good, a body or a place ("last spring
// Ann Vellqvist painted": the given-unknown rule). It reports whether it did.
func (t *Typer) decideGivenUnknown(e *extract.Entity, ev *evidence) bool {
	f := strings.Fields(e.Name)
	if e.Type != extract.Miscellaneous || e.Class != "" || len(f) != 2 || t.g == nil || !t.givenFirst(e.Name) || strings.ToUpper(f[0]) == f[0] ||
		!t.unknownWord(f[1]) || t.g.Match(gazetteer.Tokens(e.Name)...)&^(gazetteer.CatPerson|gazetteer.CatFirst|gazetteer.CatLast) != 0 {
		return false
	}
	_, placeW := ev.best(isPlaceClass)
	_, orgW := ev.best(isOrgClass)
	if placeW > 0 || orgW > 0 || ev.placeCtx > 0 || ev.within || ev.work || ev.made > 0 || ev.model > 0 || ev.bodyRead() || ev.team > 0 || ev.occurs > 0 {
		return false
	}
	e.Type = extract.Person
	e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/given-unknown", Words: f[0]})
	return true
}
