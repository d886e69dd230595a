package typing

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// makerModels retypes a name the tagger read as a body's or a person's
// that is a maker's name and a model's token, on a page that speaks of
// made goods: "the Acme QX" beside "Acme" read as a body's, where the
// page has a noun for a gadget or a product ("console", "phone"), is the
// model, a thing (MISC), not the maker (the maker-model construction);
// so is the token alone the tagger cut off the maker's name and read as
// a person's or a body's ("the [Acme] [QX]"). The maker is another entity of the
// document read as a body's, of no class but a company's (a channel,
// "Harlow TV HD", or a side, "Harlow Rovers FC", is named so too), its
// name the words before the token; the token is a model's (modelToken),
// and the text names the model by it alone too ("the QX"), as it never
// names a legal form or a unit ("Acme LP"). Nothing around the name may
// say body or person: no class, no verb of saying, no "its", no
// employer's frame, no title or honorific, no vote for a body's class.
func (t *Typer) makerModels(res *extract.Result, evs []evidence, words lexicon.Classes) {
	if !words.Has(lexicon.Gadget) && !words.Has(lexicon.Product) {
		return
	}
	// makers maps the names of the makers to their entities, and
	// makerEnds the ends of their mentions.
	makers := map[string]int{}
	makerEnds := map[int]int{}
	for i, e := range res.Entities {
		if e.Type != extract.Organization || e.Class != "" && e.Class != ClassCorporation {
			continue
		}
		makers[e.Name] = i
		for _, a := range e.Aliases {
			makers[a] = i
		}
		for _, m := range res.Mentions {
			if m.Entity == i {
				makerEnds[m.End] = i
			}
		}
	}
	for i := range res.Entities {
		e := &res.Entities[i]
		if e.Type != extract.Organization && e.Type != extract.Person || e.Class != "" || i >= len(evs) || !evs[i].saysNothing() {
			continue
		}
		sp := strings.LastIndexByte(e.Name, ' ')
		switch maker, ok := makers[e.Name[:max(sp, 0)]]; {
		case sp < 0 && t.modelToken(e.Name) && t.afterMaker(res, i, makerEnds):
		case sp > 0 && ok && maker != i && t.modelToken(e.Name[sp+1:]) && slices.Contains(e.Aliases, e.Name[sp+1:]):
		default:
			continue
		}
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/maker-model", Words: e.Name})
	}
}

// saysNothing reports whether nothing around the mentions says body or
// person: no verb of saying, no "its", no employer's frame, no title or
// honorific, no vote for a body's class.
func (ev *evidence) saysNothing() bool {
	return ev.speaker == 0 && ev.its == 0 && ev.employer == 0 && ev.personCtx == 0 && !ev.personWord && !ev.titleFirst && ev.lives == 0 &&
		ev.contextWeight(isOrgClass) == 0
}

// afterMaker reports whether a mention of entity e stands right after a
// mention of another entity, a maker (makerEnds maps the ends of the
// makers' mentions to their entities), one space between ("the Acme
// QX").
func (t *Typer) afterMaker(res *extract.Result, e int, makerEnds map[int]int) bool {
	for _, m := range res.Mentions {
		if m.Entity != e || m.Start <= 0 || m.Start > len(res.Doc.Text) || res.Doc.Text[m.Start-1] != ' ' {
			continue
		}
		if maker, ok := makerEnds[m.Start-1]; ok && maker != e {
			return true
		}
	}
	return false
}

// modelToken reports whether w is written as a model's token: up to five
// capitals and digits, a capital first, not all digits ("QX", "TX5",
// "A380"; not "2", a channel's or a sequel's number), and no legal form
// ("Acme AG"), place or body the gazetteer lists ("Acme UK").
func (t *Typer) modelToken(w string) bool {
	if len(w) < 2 || len(w) > 5 || !unicode.IsUpper(rune(w[0])) {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	l := strings.ToLower(w)
	return !t.lex.Is(l, lexicon.LegalForm) && !t.isPlaceName(w) && !knownBody(t.g, w)
}

// prizeGivers retypes a one-word name the tagger read as a person's that
// opens the name of a prize the document names ("the Tarvik Awards"
// beside "Tarvik said"): the body that gives the prize, whose name the
// prize takes (the prize-giver construction). The name is no given name
// or surname the gazetteer lists ("the Vell Prize" is named after Ann
// Vell as often), nor a person's, and nothing says person: no title,
// honorific or office before it, no life's event.
func (t *Typer) prizeGivers(res *extract.Result, evs []evidence) {
	givers := map[string]bool{}
	for _, e := range res.Entities {
		words := strings.Fields(e.Name)
		if len(words) == 2 && tokenize.StartsUpper(words[1]) && t.lex.Is(t.lex.Lemma(strings.ToLower(words[1]), "NNS"), lexicon.Award) {
			givers[words[0]] = true
		}
	}
	for i := range res.Entities {
		e := &res.Entities[i]
		if e.Type != extract.Person || i >= len(evs) || !givers[e.Name] || t.personWord(e.Name) {
			continue
		}
		if ev := &evs[i]; ev.personCtx > 0 || ev.personWord || ev.titleFirst || ev.officeBefore || ev.lives > 0 || ev.title {
			continue
		}
		e.Type, e.Class = extract.Organization, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/prize-giver", Words: e.Name})
	}
}

// personWord reports whether the gazetteer lists the one-word name as a
// given name, a surname or a person's, or as a body's.
func (t *Typer) personWord(name string) bool {
	if t.g == nil {
		return true
	}
	return t.listed(name) || t.g.GivenName(name) || t.g.Match(gazetteer.Tokens(name)...)&(gazetteer.CatFirst|gazetteer.CatLast) != 0
}

// brandPlurals retypes a name the tagger read as a body's, a person's or
// a place's that is the plural of a maker's name, after a number, a
// determiner or "of", on a page with a noun for a made good or a gadget:
// "two Vellmar Rovers", "their Tarviks", "sales of Tarviks" beside
// "Vellmar Rover" or "Tarvik" read
// as a body's name the goods of the make, a thing (MISC), not a side or
// a body (the brand-plural construction). The maker is another entity
// of the page read as a body's, of no class but a company's, or a body
// the gazetteer lists under no person's, place's or other name; the
// plural is no name the gazetteer lists itself, and nothing around it
// says body or person (saysNothing).
func (t *Typer) brandPlurals(res *extract.Result, evs []evidence, words lexicon.Classes) {
	if !words.Has(lexicon.Gadget) && !words.Has(lexicon.Product) {
		return
	}
	makers := map[string]int{}
	for i, e := range res.Entities {
		if e.Type == extract.Organization && (e.Class == "" || e.Class == ClassCorporation) {
			makers[e.Name] = i
			for _, a := range e.Aliases {
				makers[a] = i
			}
		}
	}
	for i := range res.Entities {
		e := &res.Entities[i]
		if e.Type == extract.Miscellaneous || e.Type == extract.EventType || e.Class != "" && e.Class != ClassCorporation || i >= len(evs) || !evs[i].saysNothing() {
			continue
		}
		one, ok := strings.CutSuffix(e.Name, "s")
		if !ok || strings.HasSuffix(one, "s") || len(one) < 2 || !unicode.IsLower(rune(one[len(one)-1])) || !t.brandMaker(one, i, makers) || t.listedName(e.Name) || !t.countedMention(res, i) {
			continue
		}
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/brand-plural", Words: e.Name})
	}
}

// brandMaker reports whether name is a maker's: a body of the page
// other than entity e (makers maps the bodies' names to their entities)
// or a body the gazetteer lists under no other list.
func (t *Typer) brandMaker(name string, e int, makers map[string]int) bool {
	if m, ok := makers[name]; ok {
		return m != e
	}
	if t.g == nil {
		return false
	}
	c := t.g.Match(gazetteer.Tokens(name)...)
	return c&gazetteer.CatOrg != 0 && c&(gazetteer.CatPerson|gazetteer.CatFirst|gazetteer.CatLast|gazetteer.CatLoc|gazetteer.CatCity|gazetteer.CatCountry|gazetteer.CatRegion|gazetteer.CatMisc) == 0
}

// listedName reports whether the gazetteer lists name under any list.
func (t *Typer) listedName(name string) bool {
	return t.g != nil && t.g.Match(gazetteer.Tokens(name)...) != 0
}

// countedMention reports whether a mention of entity e stands right
// after a number, a determiner or "of" ("two", "the", "their").
func (t *Typer) countedMention(res *extract.Result, e int) bool {
	for _, m := range res.Mentions {
		if m.Entity != e || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		s := &res.Sentences[m.Sentence]
		lo, _ := s.TokenSpan(m.Start, m.End)
		if lo < 1 || lo-1 >= len(s.POS) {
			continue
		}
		switch s.POS[lo-1] {
		case "CD", "DT", "PRP$":
			return true
		}
		if lo-1 < len(s.Lower) && s.Lower[lo-1] == "of" {
			return true
		}
	}
	return false
}

// modelFamilies retypes a name the tagger read as a body's or a person's
// that is the family word of a model's name the page writes in full, or
// that word and a trim's code of one to four capitals: beside "the Mini
// Kelso 1.6" (a thing), "Kelso" and "the Kelso S" are the model too, a
// thing (MISC), when nothing says body or person (the model-family
// construction). The model's name is a thing's of two capitalised words
// or more before a token with a digit ("1.6", "C180"), the family word
// the last of them, in letters with a capital first and no other, and no
// noun ("the Harlow Soccer 4" names no family), on a page with a noun
// for a made good or a gadget; the token is no year ("Vell Cup 2006").
func (t *Typer) modelFamilies(res *extract.Result, evs []evidence, words lexicon.Classes) {
	if !words.Has(lexicon.Gadget) && !words.Has(lexicon.Product) {
		return
	}
	families := map[string]int{}
	for i, e := range res.Entities {
		if e.Type != extract.Miscellaneous {
			continue
		}
		if f := modelFamily(e.Name); f != "" && !t.lex.Known(strings.ToLower(f), lexicon.Noun) {
			families[f] = i
		}
	}
	if len(families) == 0 {
		return
	}
	for i := range res.Entities {
		e := &res.Entities[i]
		if e.Type != extract.Organization && e.Type != extract.Person || e.Class != "" || i >= len(evs) || !evs[i].saysNothing() {
			continue
		}
		f, code, _ := strings.Cut(e.Name, " ")
		if _, ok := families[f]; !ok || code != "" && !trimLetters(code) {
			continue
		}
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/model-family", Words: e.Name})
	}
}

// modelFamily returns the family word of a model's name ("Kelso" in
// "Mini Kelso 1.6"), or "".
func modelFamily(name string) string {
	words := strings.Fields(name)
	for j, w := range words {
		if !strings.ContainsAny(w, "0123456789") {
			continue
		}
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
			return ""
		}
		if j < 2 {
			return ""
		}
		for _, p := range words[:j] {
			if !unicode.IsUpper(rune(p[0])) {
				return ""
			}
		}
		f := words[j-1]
		if len(f) < 3 || !unicode.IsUpper(rune(f[0])) {
			return ""
		}
		for _, r := range f[1:] {
			if !unicode.IsLower(r) {
				return ""
			}
		}
		return f
	}
	return ""
}

// trimLetters reports whether w is a trim's code of one to four
// capitals ("S", "GTI").
func trimLetters(w string) bool {
	if len(w) > 4 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return w != ""
}
