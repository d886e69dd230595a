package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// roadWord reports whether word, capitalised and not in capitals, is a
// noun for a road or a street (the lexicon's Way: "Street", "Boulevard",
// "Expressway") that is no word for a building or a facility ("Hall",
// "Mall"), a body or an office.
func (t *Typer) roadWord(word string) bool { return roadNoun(t.lex, word) }

// roadNoun is roadWord for a lexicon.
func roadNoun(lex *lexicon.Lexicon, word string) bool {
	if !tokenize.StartsUpper(word) || strings.ToUpper(word) == word {
		return false
	}
	c := lex.Classes(lex.Lemma(strings.ToLower(word), "NN"))
	return c.Has(lexicon.Way) && !c.Has(lexicon.Facility) && !c.Has(lexicon.Organization) && !c.Has(lexicon.Office) &&
		orgClass(lex, word) == ""
}

// onRoad reports whether the mention, a name of two words or more that
// a road's word ends (roadNoun: "Vell Boulevard"), stands right after
// "on": "the pavement on Vell Boulevard", "a shop on Tarvik Street"
// place it as "in" does (the on-road construction; "on" alone places
// nothing: "on Monday", "on Acme").
func onRoad(w *window) bool {
	return w.word(w.lo-1) == "on" && w.hi-w.lo >= 2 && roadNoun(w.lex, w.toks[w.hi-1].Text)
}

// divisionWord reports whether word, capitalised and not in capitals, is
// a noun for a division of a country (the lexicon's Region, no city's,
// country's, body's or part's word, and no verb: "Province", "County",
// "Prefecture"; not "Department", nor "State", which heads universities'
// and sides' names as often).
func (t *Typer) divisionWord(word string) bool {
	if !tokenize.StartsUpper(word) || strings.ToUpper(word) == word {
		return false
	}
	c := t.lex.Classes(t.lex.Lemma(strings.ToLower(word), "NN"))
	l := strings.ToLower(word)
	return c.Has(lexicon.Region) && !c.Has(lexicon.City) && !c.Has(lexicon.Country) && !c.Has(lexicon.Government) &&
		!c.Has(lexicon.Organization) && !c.Has(lexicon.OrgPart) && orgClass(t.lex, word) == "" && !t.lex.Known(l, lexicon.Verb)
}

// headClass returns the class of place a name's last word, a natural
// feature's, a road's or a division's, says: a division's an
// AdministrativeArea ("Vornsby Province": the division-head rule), any
// other a Place.
func (t *Typer) headClass(head string) string {
	if t.divisionWord(head) {
		return ClassAdminArea
	}
	return ClassPlace
}

// structureWord reports whether word is a noun for a built structure
// that houses no body (headNoun of the lexicon's Structure: "Dam",
// "Bridge", "Towers"): a name it ends is the structure's (the
// structure-head rule), where "Hall" or "Centre" names what is run there
// as often.
func (t *Typer) structureWord(word string) bool { return t.headNoun(word, lexicon.Structure, false) }

// openGroundWord reports whether word is a singular noun for an open
// ground a town lays out that houses no body (headNoun of the lexicon's
// OpenGround: "Square", "Plaza", "Park"): a name it ends is the ground's
// (the open-ground rule: "Vell Square", "Harlow Park"). A plural says no
// more than a body's name ("the Royal Parks" is an agency's).
func (t *Typer) openGroundWord(word string) bool { return t.headNoun(word, lexicon.OpenGround, true) }

// headNoun reports whether word, capitalised and not in capitals, is a
// noun of the lexicon class (read by its lemma; when singular is set,
// only the singular) that is no word for a body or an office.
func (t *Typer) headNoun(word string, class lexicon.Class, singular bool) bool {
	if !tokenize.StartsUpper(word) || strings.ToUpper(word) == word {
		return false
	}
	l := strings.ToLower(word)
	lemma := t.lex.Lemma(l, "NNS")
	if singular && lemma != l {
		return false
	}
	c := t.lex.Classes(lemma)
	return c.Has(class) && !c.Has(lexicon.Organization) && !c.Has(lexicon.Office) && orgClass(t.lex, word) == ""
}

// placeHeadWord reports whether word, the last of a name, is a word for
// a natural feature (featureWord: "Island", "Basin"), a division
// (divisionWord: "Province", the division-head rule), a built structure
// (structureWord: "Dam", "Bridge"), an open ground (openGroundWord:
// "Square", "Park") or, when road is set, a road (roadWord: "Street").
func (t *Typer) placeHeadWord(word string, road bool) bool {
	return t.featureWord(word) || t.structureWord(word) || t.openGroundWord(word) || road && t.roadWord(word) || t.divisionWord(word)
}

// placeHead returns the last of the two words or more of name when it is
// a place's head word (placeHeadWord, a road's when road is set), no
// word of the name is a body's ("Harlow University Road") and the gazetteer lists the whole as
// no body's, work's or person's ("Coronation Street", a show); ""
// otherwise.
func (t *Typer) placeHead(name string, road bool) string {
	words := strings.Fields(name)
	if len(words) < 2 || t.g == nil || t.bodyWord(words) {
		return ""
	}
	last := words[len(words)-1]
	if !t.placeHeadWord(last, road) {
		return ""
	}
	if t.g.Match(gazetteer.Tokens(name)...)&(gazetteer.CatOrg|gazetteer.CatIntlOrg|gazetteer.CatMisc|gazetteer.CatPerson) != 0 {
		return ""
	}
	return last
}

// bodyAsPlace makes a name the tagger read as a body's, of no class, a
// place when a natural feature's word heads it (placeHead: "the Tarvik
// Archipelago"), or a built structure's ("the Vell Gorge Dam": the
// structure-head rule), or a road's and a place frame places it ("at 10 Vell
// Street"; a road's name alone stands for the body housed there as often:
// "Vell Street said"), and nothing reads it as a body, a side or a work:
// no vote for a body's class, no verb of saying, employer's, share's or
// part's frame, no body's word beside it, no result, and not on a sports
// page, where "Harlow Forest" is a club (the place-head rule). It reports
// whether it did.
func (t *Typer) bodyAsPlace(e *extract.Entity, ev *evidence, v tally) bool {
	head := t.placeHead(e.Name, ev.placeCtx > 0)
	if head == "" || ev.bodyFramed && t.divisionWord(head) || e.Class != "" || v.orgW > 0 || ev.sportsPage || ev.team > 0 || ev.speaker > 0 || ev.bodyRead() || ev.work ||
		ev.personCtx > 0 {
		return false
	}
	e.Type = extract.Location
	e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/place-head", Words: head})
	return true
}

// featureShortNames makes a one-word name the tagger read as a person's,
// a body's or a thing's, of no class, a place when another entity of the
// page is a place named by it and a natural feature's word ("Tarvik"
// beside "Tarvik Island", "Vell" beside "Vell Peninsula", and "the
// Tarviks" beside "the Tarvik Islands"): the short name of that feature,
// as a page names an island by its own word, when nothing
// reads the name as a person's or a body's (no honorific, title or life's
// event, no verb of saying, no employer's, share's or part's frame, no
// vote for a body's class, no result) and the gazetteer lists it as no
// person's name, given name or surname (the feature-short rule).
func (t *Typer) featureShortNames(res *extract.Result, evs []evidence) {
	if t.g == nil {
		return
	}
	features := map[string]bool{}
	for _, ent := range res.Entities {
		words := strings.Fields(ent.Name)
		if ent.Type == extract.Location && len(words) == 2 && t.featureWord(words[1]) {
			features[words[0]] = true
			// "the Tarviks" beside "the Tarvik Islands": the group
			// by its own word in the plural.
			if l := strings.ToLower(words[1]); t.lex.Lemma(l, "NNS") != l {
				features[words[0]+"s"] = true
			}
		}
	}
	if len(features) == 0 {
		return
	}
	for e := range res.Entities {
		if e >= len(evs) {
			break // an entity split off after the evidence was read ("X" the side beside "X" the place)
		}
		ent, ev := &res.Entities[e], &evs[e]
		if ent.Type != extract.Person && ent.Type != extract.Organization && ent.Type != extract.Miscellaneous || ent.Class != "" || !features[ent.Name] ||
			!t.featureShort(ent.Name, ev) {
			continue
		}
		ent.Type, ent.Class = extract.Location, ClassPlace
		ent.Evidence = append(ent.Evidence, extract.Evidence{Method: "typing/feature-short", Words: ent.Name})
	}
}

// featureShort reports whether nothing reads name, one word, as a
// person's or a body's (featureShortNames).
func (t *Typer) featureShort(name string, ev *evidence) bool {
	if ev.personCtx > 0 || ev.personWord || ev.titleFirst || ev.title || ev.lives > 0 || ev.speaker > 0 || ev.bodyRead() || ev.team > 0 || ev.work {
		return false
	}
	if _, w := ev.best(isOrgClass); w > 0 {
		return false
	}
	return t.g.Match(gazetteer.Tokens(name)...)&(gazetteer.CatPerson|gazetteer.CatFirst|gazetteer.CatLast) == 0 && !t.g.GivenName(name)
}
