package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// joinTitleWords joins two mentions the recognizer cut at a function
// word inside a title: "Dancing the Night", "Pellam in Winter", "The
// Harp in the Night", "My Summer of Rain" name one work each, not a name
// and a place. The second part is one capitalised word that news writes
// in lower case more often than not (a common noun: "night", "winter",
// "rain"), which a sentence capitalises only inside a title, and no word
// for a kind of place or body ("Hall", "Bank"); no capitalised word
// follows it (it ends the title), and the gazetteer does not list it. The first part is one word ("Dancing", "Pellam") or
// opens with an article or a possessive pronoun ("The Harp", "My Summer"),
// so that a person's full name before a phrase ("Ann Lee in Harlow")
// stays apart, and it is no place's ("Norland in Winter" may be a
// season's match); the function words between are "the", "in", "of",
// "with" and the last three with "the" after them (the title-words
// rule). The second part must be read as a name of a person, a place
// or a body: a miscellaneous one is as often a competition's or a
// bill's short name ("Harlow in the Cup", "the Act in the Lords"). A
// headline, whose words are all capitalised, is left alone. The joined
// mention is a miscellaneous name: the typer reads what kind of work.
func (r *Resolver) joinTitleWords(res *extract.Result) {
	casings, ok := r.aliases.(Casings)
	if !ok || len(res.Mentions) < 2 {
		return
	}
	text := res.Doc.Text
	h := res.Headline
	joinNeighbours(res, func(m extract.Mention) bool { return isEntityType(m.Type) && m.Type != extract.EventType }, false, func(a *extract.Mention, b extract.Mention) bool {
		if b.End > len(text) || h.End > h.Start && a.Start < h.End && b.End > h.Start {
			return false
		}
		if !titleGap(text[a.End:b.Start]) || !r.titleHead(res, *a) || !r.titleTail(res, casings, b) {
			return false
		}
		a.End = b.End
		a.Text = text[a.Start:a.End]
		a.Type = extract.Miscellaneous
		a.Class = ""
		return true
	})
}

// titleGap reports whether the text between the two parts of a title is
// one of the function words joinTitleWords takes.
func titleGap(between string) bool {
	switch between {
	case " the ", " in ", " of ", " with ", " in the ", " of the ", " with the ":
		return true
	}
	return false
}

// titleHead reports whether mention a may open a title (see
// joinTitleWords): one capitalised word, or words opened by an article
// or a possessive pronoun, and no place's name.
func (r *Resolver) titleHead(res *extract.Result, a extract.Mention) bool {
	if a.Type == extract.Location {
		return false
	}
	words := strings.Fields(a.Text)
	if len(words) == 0 || !startsUpper(words[len(words)-1]) {
		return false
	}
	if len(words) == 1 {
		return !allCaps(words[0])
	}
	switch words[0] {
	case "The", "A", "An", "My", "Our", "Your", "His", "Her", "Their":
		return true
	}
	return false
}

// titleTail reports whether mention b may end a title (see
// joinTitleWords): one capitalised common word read as a person's, a
// place's or a body's name, not listed, with no capitalised word after
// it.
func (r *Resolver) titleTail(res *extract.Result, casings Casings, b extract.Mention) bool {
	if b.Type != extract.Person && b.Type != extract.Location && b.Type != extract.Organization {
		return false
	}
	if strings.Contains(b.Text, " ") || !startsUpper(b.Text) || allCaps(b.Text) || !letters(b.Text) {
		return false
	}
	if !commonWord(casings, b.Text) || r.listed(b.Text) || r.words != nil && r.kindWord(b.Text) {
		return false
	}
	rest := strings.TrimLeft(res.Doc.Text[b.End:], " ")
	if rest != "" && startsUpper(rest) && !strings.HasPrefix(res.Doc.Text[b.End:], "\n") {
		return false
	}
	return true
}

// joinWorkAnd joins two mentions the recognizer cut at "and" inside one
// title that a singular noun for a work opens: "the single Rain and
// Harbour Lights", "her novel Salt and Tallow Road" name one work each.
// After a noun in the singular one title follows; the recognizer reads
// a title's capitalised common word as a place's or a person's name. The
// first part is one such word (capitalised, a word news writes in lower
// case more often than not, and not listed), the second part no person's
// name, and no capitalised word follows it; the noun is the lexicon's
// for a record, a show or a creative work, in lower case (the work-and
// rule). A headline is left alone. The joined mention is a
// miscellaneous name: the typer reads what kind of work.
func (r *Resolver) joinWorkAnd(res *extract.Result) {
	casings, ok := r.aliases.(Casings)
	if !ok || r.words == nil || len(res.Mentions) < 2 {
		return
	}
	text := res.Doc.Text
	h := res.Headline
	joinNeighbours(res, func(m extract.Mention) bool { return isEntityType(m.Type) && m.Type != extract.EventType }, false, func(a *extract.Mention, b extract.Mention) bool {
		if b.End > len(text) || text[a.End:b.Start] != " and " ||
			h.End > h.Start && a.Start < h.End && b.End > h.Start || a.Type == extract.Person || b.Type == extract.Person {
			return false
		}
		if !r.workTitleOpener(res, casings, *a) || !r.workNounBefore(res, *a) {
			return false
		}
		if rest := strings.TrimLeft(text[b.End:], " "); rest != "" && startsUpper(rest) && !strings.HasPrefix(text[b.End:], "\n") {
			return false
		}
		a.End = b.End
		a.Text = text[a.Start:a.End]
		a.Type = extract.Miscellaneous
		a.Class = ""
		return true
	})
}

// workTitleOpener reports whether mention a is one capitalised common
// word that the gazetteer does not list (see joinWorkAnd).
func (r *Resolver) workTitleOpener(res *extract.Result, casings Casings, a extract.Mention) bool {
	w := a.Text
	return !strings.Contains(w, " ") && startsUpper(w) && !allCaps(w) && letters(w) && commonWord(casings, w) && !r.listed(w) && !r.kindWord(w)
}

// workNounBefore reports whether the token right before mention a is a
// singular noun in lower case of the lexicon's record, shown-work or
// creative-work classes: "single", "film", "novel" (a record's noun
// whatever the tagger read it as but a verb).
func (r *Resolver) workNounBefore(res *extract.Result, a extract.Mention) bool {
	if a.Sentence < 0 || a.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[a.Sentence]
	lo, _ := s.TokenSpan(a.Start, a.End)
	k := lo - 1
	if k < 0 || k >= len(s.POS) || s.Tokens[k].End+1 != a.Start {
		return false
	}
	w := s.Tokens[k].Text
	if w != strings.ToLower(w) {
		return false
	}
	// The tagger reads "single" as an adjective or a preposition at
	// times: a record's noun is taken whatever it read but a verb.
	if r.words.Is(w, lexicon.RecordWork) && !strings.HasPrefix(s.POS[k], "VB") {
		return true
	}
	return s.POS[k] == "NN" && (r.words.Is(w, lexicon.ShownWork) || r.words.Is(w, lexicon.CreativeWork))
}
