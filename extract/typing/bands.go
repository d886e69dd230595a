package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// bandNounBefore reports whether a noun for a musical group at token k,
// right before the window's name, describes the name: "the band X",
// "the rock band X", "bands X and Y". It does not (the band-noun-scope
// rule) when the noun is a plural before one name that ends its phrase
// ("two wedding bands X gave her": a plural names no one band), or when
// the name is joined by "and" to another name after it ("the duo Ann
// Lee and Bo Ek": the noun describes the pair, whose people are no band).
func bandNounBefore(w *window, k int) bool {
	next := w.word(w.hi)
	if w.tag(k) == "NNS" {
		return next == "and" || next == "," || next == "or"
	}
	return !(next == "and" && w.hi+1 < len(w.at) && w.at[w.hi+1] >= 0)
}

// bandNounAfter reports whether a noun for a musical group at token k,
// after the window's name, describes the name: "the X band", "X, the
// band". It does not (the band-noun-scope rule) when another name follows
// the noun ("the Harlow band Tarvik": the noun describes Tarvik, and
// Harlow says where it is from), when the name is a people's word or
// the gazetteer's demonym ("the Norlandic duo"), or when the name is the
// last of two joined by "and" ("the Ann Lee and Bo Ek duet": the noun
// describes the pair, or their song).
func bandNounAfter(w *window, k int) bool {
	if k+1 < len(w.at) && w.at[k+1] >= 0 {
		return false
	}
	if w.word(w.lo-1) == "and" && w.lo >= 2 && w.at[w.lo-2] >= 0 {
		return false
	}
	return !demonymWord(w.lex, w.g, w.res.Mentions[w.mi].Text)
}

// demonymWord reports whether name is a people's word that WordNet or
// the gazetteer knows ("Norlander", "Norlandic").
func demonymWord(lex *lexicon.Lexicon, g *gazetteer.Gazetteer, name string) bool {
	if lex.Is(lex.Lemma(strings.ToLower(name), "NN"), lexicon.Inhabitant) {
		return true
	}
	return g != nil && g.Match(gazetteer.Tokens(name)...)&gazetteer.CatDemonym != 0
}

// bandScoped reports whether a descriptor of class c whose noun ends at
// token k after the window's name describes the name: any class but a
// band's does; a band's noun as bandNounAfter says.
func bandScoped(w *window, c string, k int) bool {
	return c != ClassMusicGroup || bandNounAfter(w, k)
}

// actHead reports whether token k is a plural noun for those who
// perform music: a band's (the lexicon's MusicGroup: "bands", "rock
// groups") or the music trade's (MusicAct: "acts").
func actHead(w *window, k int) bool {
	if !w.free(k) || w.tag(k) != "NNS" || !tokenize.StartsLower(w.toks[k].Text) {
		return false
	}
	l := w.lemma(k)
	return w.lex.Is(l, lexicon.MusicAct) || w.lex.Is(l, lexicon.MusicGroup)
}

// actList reads a list of names that a plural noun for performers heads
// (the act-list rule): the list after the noun and "such as", "like" or
// "including" ("acts including X, Y and Z"), or the list that opens its
// clause before a plural "are" or "were", "among" or "one of", a
// determiner or a possessive, and the noun ("X, Y and Z are among the
// other acts on the bill", "X were one of Norland's hottest acts"). Each
// name that ends its noun phrase is a performer, a singer or a band
// ("acts including the X bombing" names none); decide weighs which.
func actList(w *window, ev *evidence) {
	if !endsPhrase(w) {
		return // "acts including the X bombing": X names no act
	}
	if k, ok := actIntro(w); ok {
		ev.act++
		ev.reasons = append(ev.reasons, reason{"act", "act-list", w.word(k)})
		return
	}
	if k, ok := actCopula(w); ok {
		ev.act++
		ev.reasons = append(ev.reasons, reason{"act", "act-list", w.word(k)})
	}
}

// listStart returns the first token of the list of names that holds the
// window's mention, walking back over names and their separators (",",
// "and", ", and").
func listStart(w *window) int {
	start := w.lo
	for k := w.lo - 1; k >= 1 && w.lo-k < 60; {
		if w.word(k) == "the" {
			k-- // "X and the Y"
		}
		if w.word(k) == "and" && w.word(k-1) == "," {
			k--
		}
		if x := w.word(k); (x != "," && x != "and") || k < 1 || w.at[k-1] < 0 {
			break
		}
		start = mentionStart(w, k-1)
		k = start - 1
	}
	return start
}

// listEnd returns the token after the list of names that holds the
// window's mention, walking on over names and their separators.
func listEnd(w *window) int {
	k := w.hi
	for n := 0; k+1 < len(w.toks) && n < 20; n++ {
		j := k
		if w.word(j) == "," && w.word(j+1) == "and" {
			j++
		}
		if x := w.word(j); x != "," && x != "and" {
			break
		}
		if w.word(j+1) == "the" {
			j++ // "X and the Y"
		}
		if j+1 >= len(w.at) || w.at[j+1] < 0 {
			break
		}
		k = mentionEnd(w, j+1) + 1
	}
	return k
}

// actIntro finds the performers' noun before "such as", "like" or
// "including" and the list that holds the mention; it returns the
// noun's token.
func actIntro(w *window) (int, bool) {
	k := listStart(w) - 1
	if w.word(k) == "the" {
		k-- // "acts such as the X"
	}
	k, ok := listIntro(w, k)
	return k, ok && actHead(w, k)
}

// actCopula finds the performers' noun after the list that holds the
// mention, when the list opens its clause: "X and Y are among the
// acts", "X were one of the bands"; it returns the noun's token.
func actCopula(w *window) (int, bool) {
	start, k := listStart(w), listEnd(w)
	if !(w.word(k) == "are" || w.word(k) == "were") || !opensClause(w, start) {
		return 0, false
	}
	k++
	switch {
	case w.word(k) == "among":
		k++
	case (w.word(k) == "one" || w.word(k) == "some") && w.word(k+1) == "of":
		k += 2
	default:
		return 0, false
	}
	switch {
	case w.word(k) == "the" || w.lex.Is(w.word(k), lexicon.Determiner):
		k++
	case k < len(w.at) && w.at[k] >= 0 && w.possessive(mentionEnd(w, k)+1):
		k = mentionEnd(w, k) + 2
	default:
		return 0, false
	}
	// Up to four modifiers before the noun: "the other acts", "the
	// hottest hip-hop acts".
	for n := 0; n < 4 && w.free(k) && !actHead(w, k) && (strings.HasPrefix(w.tag(k), "JJ") || w.tag(k) == "NN" || w.tag(k) == "RBS" || w.tag(k) == "CD"); n++ {
		k++
	}
	return k, actHead(w, k)
}

// opensClause reports whether the list that starts at token k opens its
// clause: the sentence's start, perhaps after "the", or after a comma, a
// semicolon, "and" or "but".
func opensClause(w *window, k int) bool {
	if w.word(k-1) == "the" {
		k--
	}
	switch w.word(k - 1) {
	case "", ",", ";", "and", "but", "\"", "“":
		return true
	}
	return false
}

// actBand types a performer that an act list names (ev.act) as a band
// when nothing else says what it is: a body of no other class (the
// tagger's "X" in "acts including Ann Lee and X" is a band, not a firm)
// becomes a MusicGroup. It reports whether it did.
func actBand(ent *extract.Entity, ev *evidence) bool {
	if ev.act == 0 || ent.Type != extract.Organization || ent.Class != "" {
		return false
	}
	ent.Class = ClassMusicGroup
	ent.Evidence = append(ent.Evidence, ev.because("act")...)
	return true
}

// actPerson makes a name the tagger read as a person's a band's when an
// act list names it and the name cannot be a person's: two words or
// more, each a word WordNet knows and none a given name the gazetteer
// knows, nor the whole a person's there ("Velvet Harbour"; a stage name
// keeps a word of its own, "Ziggy Vell", and stays a person's), and
// nothing around it saying person (an honorific, a title, a life's
// event, a list of people). One word is left alone: a singer goes by
// one name as often ("acts including Ann Lee and Tarvik").
func (t *Typer) actPerson(e *extract.Entity, ev *evidence) bool {
	if ev.act == 0 || ev.personWord || ev.titleFirst || ev.peopleList || ev.lives > 0 || ev.personCtx > 0 || ev.peopleBeside > 0 ||
		!t.wordsName(e.Name) {
		return false
	}
	e.Type, e.Class = extract.Organization, ClassMusicGroup
	e.Evidence = append(e.Evidence, ev.because("act")...)
	return true
}

// actPlace makes a name the tagger read as a place's a band's when an
// act list names it and nothing places it: no place frame ("in X"), no
// vote for a place's class, not within another place, not a country's
// name ("X, Y and Harlow are among the acts"; a region's or a town's
// name is a band's as often). It reports whether it did.
func (t *Typer) actPlace(e *extract.Entity, ev *evidence, v tally) bool {
	if ev.act == 0 || ev.placeCtx > 0 || v.placeW > 0 || ev.within || ev.credit || t.isCountry(e) {
		return false
	}
	e.Type, e.Class = extract.Organization, ClassMusicGroup
	e.Evidence = append(e.Evidence, ev.because("act")...)
	return true
}

// wordsName reports whether name has two words or more, each capitalised
// one a word WordNet knows, none a given name the gazetteer knows, and
// the whole no person's there: "Velvet Harbour", not "Ann Harbour" nor
// "Ziggy Vell".
func (t *Typer) wordsName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || t.g == nil || t.g.Match(gazetteer.Tokens(name)...)&gazetteer.CatPerson != 0 {
		return false
	}
	for _, w := range f {
		if tokenize.StartsLower(w) {
			continue // "of", "the"
		}
		if t.g.GivenName(w) || t.g.Match(gazetteer.Tokens(w)...)&gazetteer.CatFirst != 0 || !t.knownWord(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// knownWord reports whether WordNet knows a word in lower case, as it is
// or as a plural's or an inflected verb's lemma ("heads", "rolling").
func (t *Typer) knownWord(w string) bool {
	return t.lex.Known(w, lexicon.Noun) || t.lex.Known(w, lexicon.Adjective) || t.lex.Known(t.lex.Lemma(w, "NNS"), lexicon.Noun) ||
		t.lex.Known(t.lex.Lemma(w, "VBG"), lexicon.Verb)
}

// musicianAfter reads a musician's noun right after the name, with no
// name after it, after "the" or "former" or opening the sentence: "the
// Tarvik bassist left", "the former Vell Drift singer", "Tarvik drummer
// quits" (a headline). A body of no other class so named is the band
// (settle reads the mark, as for musicianOf); a place's name or a
// people's word says where the musician is from ("the Harlow
// guitarist"), and is left alone (the musician-after rule).
func musicianAfter(w *window, k int, ev *evidence) {
	if !w.free(k) || w.tag(k) != "NN" || !tokenize.StartsLower(w.toks[k].Text) || !w.lex.Is(w.lemma(k), lexicon.Musician) ||
		k+1 < len(w.at) && w.at[k+1] >= 0 {
		return
	}
	if p := w.word(w.lo - 1); w.lo > 0 && p != "the" && p != "former" {
		return
	}
	if name := w.res.Mentions[w.mi].Text; w.knownPlace(name) || demonymWord(w.lex, w.g, name) {
		return
	}
	ev.musician = true
	ev.reasons = append(ev.reasons, reason{"musician", "musician-after", w.word(k)})
}

// bandThe reports whether a singular noun for a musical group and "the"
// stand right before the window's name, the noun describing it: "the
// rock band the Harlow Fold", "boy band the Tarvanes" (a band's name
// opens with its own article as often; the band-the rule).
func bandThe(w *window) bool {
	k := w.lo - 2
	return w.word(k+1) == "the" && w.free(k) && w.tag(k) == "NN" && tokenize.StartsLower(w.toks[k].Text) &&
		orgClass(w.lex, w.word(k)) == ClassMusicGroup && bandNounBefore(w, k)
}

// predicateClass is orgClass for the noun at token k that heads an
// appositive or a copula's complement (method), but for a musical
// group's noun before "from" or "by" and a person's name in the phrase:
// "X, the duet from Ann Lee and Bo Ek," is their song, no band, and is
// marked a work (the work-from-people rule; "X, the band from Harlow,"
// is a band).
func predicateClass(w *window, k int, method string, ev *evidence) string {
	c := orgClass(w.lex, w.word(k))
	if c != ClassMusicGroup || w.word(k+1) != "from" && w.word(k+1) != "by" {
		return c
	}
	for j := k + 2; j < len(w.at) && j < k+8; j++ {
		if x := w.word(j); x == "," || x == "." || x == ";" {
			break
		}
		if w.at[j] < 0 {
			continue
		}
		switch w.res.Mentions[w.at[j]].Type {
		case extract.Person:
			ev.markWork(method, w.word(k)+" "+w.word(k+1))
			return ""
		case extract.Location:
			return c
		}
	}
	return c
}

// listWithPerson reports whether the window's mention is the last of a
// list of names joined by commas and "and" of which another is a
// person's as the tagger read it and opens with a given name the
// gazetteer knows ("Ann Lee, Bo Ek and X"; a title the tagger took for
// a person's, "Edge of Harlow, Vell Road and X", is no person).
func listWithPerson(w *window) bool {
	for k := listStart(w); k < w.lo; k++ {
		if w.at[k] >= 0 && w.at[k] != w.mi && w.res.Mentions[w.at[k]].Type == extract.Person && givenFirst(w.g, w.res.Mentions[w.at[k]].Text) {
			return true
		}
	}
	return false
}

// listedBand makes a name the tagger read as a body's of no class, or as
// a thing's or a place's, a MusicGroup on a page with a noun for a
// musical group (ev.musicPage) when the gazetteer lists it, or a form of
// it the page writes, as a band's only (Wikidata's kind "band") and as no
// place's, country's or person's, and nothing around it says a work, a
// person, a place or another kind of body ("Harbour Lights" on a page
// about a band, where the list holds that band: listed-band). It reports
// whether it did.
func (t *Typer) listedBand(e *extract.Entity, ev *evidence) bool {
	if !ev.musicPage || t.g == nil || ev.work || ev.personCtx > 0 || ev.personWord || ev.titleFirst || ev.placeCtx > 0 || ev.within || ev.credit {
		return false
	}
	switch {
	case e.Type == extract.Organization && e.Class == "":
		if _, w := ev.best(isOrgClass); w > 0 {
			return false
		}
	case e.Type == extract.Miscellaneous || e.Type == extract.Location:
	default:
		return false
	}
	n, ok := t.listedOnly(e, func(n string) bool { return t.g.BandName(n) && !t.g.GivenName(n) })
	if !ok {
		return false
	}
	e.Type, e.Class = extract.Organization, ClassMusicGroup
	e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/listed-band", Words: n})
	return true
}
