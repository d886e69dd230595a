package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// nomineeFor reads the name a person is nominated or shortlisted for,
// or holds nominations for (the nominee-for rule): "Ann Lee was
// nominated for X", "Ann Lee, who was also shortlisted for X", "Ann Lee
// had received three nominations for X". A person is nominated for a
// work or a prize, not for another person: the person's name ends right
// before the verb (and its auxiliaries and adverbs, or a relative's ",
// who"), and the name after "for" is taken for a work's title when it
// may name one (mayNameWork: a person's, a miscellaneous one or a place's
// the gazetteer does not know), ends its phrase, and names no prize nor a
// prize's category: no "Best ..." category, no word of a prize, a
// contest, an office, a kind of person or a span of time ("Harlow
// Award", "Player of the Year", "Secretary of State"). The document must speak of a prize
// (a word of the lexicon's Award or AwardName class): a person is
// nominated for a seat or an office elsewhere. A nomination itself "for
// Ann Lee" names its holder ("a debut nomination for Ann Lee"): only the
// verb with a person's name as its subject is read.
func nomineeFor(w *window, ev *evidence) {
	k := w.lo - 1
	if w.free(k) && w.toks[k].Text == "The" {
		k-- // the title's own article
	}
	if w.word(k) != "for" || !w.free(k) {
		return
	}
	subject := nominatedBefore(w, k-1)
	if subject < 0 || !w.personAt(subject) || w.entity(subject) == w.res.Mentions[w.mi].Entity {
		return
	}
	m := w.res.Mentions[w.mi]
	if !w.mayNameWork() || m.Type == extract.EventType || !wholeName(w) || !endsPhrase(w) || w.listedNonWork() {
		return
	}
	if category(m.Text) || w.categoryWords(m.Text) || !w.prizeTalk() {
		return
	}
	ev.markWork("nominee-for", w.word(k-1)+" for")
}

// nominatedBefore returns the last token of the subject of a verb of
// nomination that ends at token k, right before "for": "nominated" or
// "shortlisted" after a form of "be" and adverbs ("was also
// nominated", "had been shortlisted"), perhaps after ", who"; or
// "nomination(s)" after up to four modifiers (a number, adjectives, a
// prize's name) and a verb of getting one ("received three Oscar
// nominations", "earned his second nomination") after auxiliaries and
// adverbs. It returns -1 when no such verb ends there.
func nominatedBefore(w *window, k int) int {
	if !w.free(k) || !lower(w.toks[k].Text) {
		return -1
	}
	switch w.word(k) {
	case "nominated", "shortlisted":
		k--
		for w.free(k) && w.tag(k) == "RB" {
			k--
		}
		if !w.free(k) || w.lemma(k) != "be" {
			return -1
		}
	case "nomination", "nominations":
		k = modifiersBefore(w, k-1)
		if !w.free(k) || !strings.HasPrefix(w.tag(k), "VB") || !gettingVerb(w.lemma(k)) {
			return -1
		}
	default:
		return -1
	}
	k--
	// Auxiliaries and adverbs: "had previously received", "has been".
	for steps := 0; steps < 4 && w.free(k) && (w.tag(k) == "RB" || w.lemma(k) == "have" || w.lemma(k) == "be"); steps++ {
		k--
	}
	if w.word(k) == "who" && w.word(k-1) == "," {
		k -= 2
	}
	return k
}

// modifiersBefore returns the token before up to four modifiers of a
// noun that end at token k: numbers, adjectives, possessive determiners,
// "another" and names ("three Oscar", "his second", "another"), or the
// token k when none ends there.
func modifiersBefore(w *window, k int) int {
	for steps := 0; steps < 4 && k >= 0; steps++ {
		switch t := w.tag(k); {
		case w.at[k] >= 0:
			// A prize's name, which the tagger reads as a person's at
			// times ("Oscar").
			k = mentionStart(w, k) - 1
		case w.free(k) && lower(w.toks[k].Text) && (t == "CD" || strings.HasPrefix(t, "JJ") || t == "PRP$" || w.word(k) == "another"):
			k--
		default:
			return k
		}
	}
	return k
}

// gettingVerb reports whether lemma is a verb of getting a nomination
// (a closed class of the nominee-for rule).
func gettingVerb(lemma string) bool {
	switch lemma {
	case "receive", "earn", "get", "gain", "garner", "secure", "land", "win", "collect", "bag":
		return true
	}
	return false
}

// categoryWords reports whether a word of name is a noun of a prize, a
// contest, an office, a kind of person or a span of time, as a prize's
// name, its category or a post has ("Harlow Awards", "Player of the
// Year", "Secretary of State", "Manager of the Month").
func (w *window) categoryWords(name string) bool {
	for _, x := range strings.Fields(name) {
		l := w.lex.Lemma(strings.ToLower(x), "NNS")
		for _, c := range []lexicon.Class{lexicon.Award, lexicon.AwardName, lexicon.EventName, lexicon.Office, lexicon.NameTitle, lexicon.Occupation, lexicon.PersonNoun, lexicon.TimeSpan} {
			if w.lex.Is(l, c) {
				return true
			}
		}
	}
	return false
}

// prizeTalk reports whether the document speaks of a prize: a word in
// lower case of the lexicon's Award class ("award", "prize") or a
// capitalised one of its AwardName class ("Oscar", "Emmys").
func (w *window) prizeTalk() bool {
	for _, s := range w.res.Sentences {
		for i, t := range s.Tokens {
			if i >= len(s.Lemma) {
				break
			}
			switch {
			case lower(t.Text) && w.lex.Is(s.Lemma[i], lexicon.Award):
				return true
			case upper(t.Text) && w.lex.Is(w.lex.Lemma(strings.ToLower(t.Text), "NNS"), lexicon.AwardName):
				return true
			}
		}
	}
	return false
}

// nominationWord reports whether the window's sentence holds a word of
// nominating in lower case ("nominated", "shortlisted", "nomination",
// "nominee"; a closed class of the nominee-performance rule).
func nominationWord(w *window) bool {
	for i := range w.toks {
		if !w.free(i) || !lower(w.toks[i].Text) {
			continue
		}
		switch w.lemma(i) {
		case "nominate", "shortlist", "nomination", "nominee":
			return true
		}
		switch w.word(i) {
		case "nominated", "shortlisted", "nominations", "nominees":
			return true
		}
	}
	return false
}
