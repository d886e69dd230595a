package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// nomineeFor reads the name a person is nominated or shortlisted for,
// or holds nominations for (the nominee-for rule): "Ann Lee was
// nominated for X", "Ann Lee, who was also shortlisted for X", "Ann Lee
// had earned two nominations for X". A person is nominated for a
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
// prize's name) and a verb of getting one ("earned two Vellmar
// nominations", "earned his second nomination") after auxiliaries and
// adverbs. It returns -1 when no such verb ends there.
func nominatedBefore(w *window, k int) int {
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) {
		return -1
	}
	switch nominating(w.word(k)) {
	case nominatedWord:
		k--
		for w.free(k) && w.tag(k) == "RB" {
			k--
		}
		if !w.free(k) || w.lemma(k) != "be" {
			return -1
		}
	case nominationNoun:
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
// "another" and names ("two Vellmar", "his second", "another"), or the
// token k when none ends there.
func modifiersBefore(w *window, k int) int {
	for steps := 0; steps < 4 && k >= 0; steps++ {
		switch t := w.tag(k); {
		case w.at[k] >= 0:
			// A prize's name, which the tagger reads as a person's at
			// times ("Oscar").
			k = mentionStart(w, k) - 1
		case w.free(k) && tokenize.StartsLower(w.toks[k].Text) && (t == "CD" || strings.HasPrefix(t, "JJ") || t == "PRP$" || w.word(k) == "another"):
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
			case tokenize.StartsLower(t.Text) && w.lex.Is(s.Lemma[i], lexicon.Award):
				return true
			case tokenize.StartsUpper(t.Text) && w.lex.Is(w.lex.Lemma(strings.ToLower(t.Text), "NNS"), lexicon.AwardName):
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
		if !w.free(i) || !tokenize.StartsLower(w.toks[i].Text) {
			continue
		}
		switch w.lemma(i) {
		case "nominate", "shortlist", "nomination", "nominee":
			return true
		}
		if nominating(w.word(i)) != 0 {
			return true
		}
	}
	return false
}

// makerFor reads the name after a person's named in full and "for" in
// a sentence of nominations or of a prize (nominationWord, or a word of
// the lexicon's Award class in lower case): "nominees include Ann Lee
// for X and Bo Ek for Y", "will compete for the prize with Ann Lee for
// X, Bo Ek For Y" (the maker-for construction). One is nominated with
// one's work; "Ann Lee for Bo Ek" is a swap of people, and "Ann Lee for
// Harlow" a side's or a seat's: the name is taken when it may name a work
// (mayNameWork, or a body's with no body's word the gazetteer does not
// list), is no person's named in full (opensWithGivenName), ends its
// phrase and names no prize, post or category (categoryWords).
func makerFor(w *window, ev *evidence) {
	k := w.lo - 1
	if w.free(k) && w.toks[k].Text == "The" {
		k--
	}
	if !w.free(k) || w.word(k) != "for" || !w.personAt(k-1) {
		return
	}
	maker := w.entity(k - 1)
	if maker == w.res.Mentions[w.mi].Entity || len(strings.Fields(w.res.Entities[maker].Name)) < 2 {
		return
	}
	m := w.res.Mentions[w.mi]
	if !w.workOrUnknownBody() || w.opensWithGivenName() || !wholeName(w) || !endsPhrase(w) || w.listedNonWork() {
		return
	}
	if category(m.Text) || w.categoryWords(m.Text) || !nominationOpens(w) && !nominationWord(w) && !w.prizeWord() {
		return
	}
	ev.markWork("maker-for", w.res.Entities[maker].Name+" for")
}

// workOrUnknownBody reports whether the window's mention may name a
// work (mayNameWork), or is a body's the tagger read with no word of a
// body in it ("Bad Rooms"; not "Acme Films").
func (w *window) workOrUnknownBody() bool {
	m := w.res.Mentions[w.mi]
	return w.mayNameWork() || m.Type == extract.Organization && !bodyWordIn(w.lex, strings.Fields(m.Text))
}

// prizeWord reports whether the window's sentence holds a noun of the
// lexicon's Award class in lower case ("prize", "award").
func (w *window) prizeWord() bool {
	for i := range w.toks {
		if w.free(i) && tokenize.StartsLower(w.toks[i].Text) && strings.HasPrefix(w.tag(i), "NN") && w.lex.Is(w.lemma(i), lexicon.Award) {
			return true
		}
	}
	return false
}

// makersOf reads the works named after a plural noun for their makers
// and "of" in a sentence of nominations (nominationWord): "the
// directors of X are nominated", "the writers of X, Y and Z are among
// the nominees" (the makers-of construction). The noun is the lexicon's
// ShowMaker or WorkMaker class, in lower case; a body has directors too
// ("the directors of Acme"): the name is taken when it may name a work
// (mayNameWork, with a place's the gazetteer knows: the nomination is
// for a film of that name; or a body's with no body's word), ends its
// phrase, is no person's named in full and no prize's or post's.
func makersOf(w *window, ev *evidence) {
	k, _, ok := listBefore(w)
	if !ok || !w.free(k) || w.word(k) != "of" || !w.free(k-1) || !tokenize.StartsLower(w.toks[k-1].Text) || w.tag(k-1) != "NNS" {
		return
	}
	if l := w.lemma(k - 1); !w.lex.Is(l, lexicon.ShowMaker) && !w.lex.Is(l, lexicon.WorkMaker) {
		return
	}
	m := w.res.Mentions[w.mi]
	if !w.workOrUnknownBody() && m.Type != extract.Location || w.opensWithGivenName() || !wholeName(w) || !endsPhrase(w) {
		return
	}
	if category(m.Text) || w.categoryWords(m.Text) || !nominationOpens(w) && !nominationWord(w) {
		return
	}
	ev.markWork("makers-of", w.word(k-1)+" of")
}

// nominationOpens reports whether the window's sentence opens with a
// capitalised word of nominating ("Nominees include ...", the closed
// class of nominationWord).
func nominationOpens(w *window) bool {
	if len(w.toks) == 0 || w.at[0] >= 0 {
		return false
	}
	first := strings.ToLower(w.toks[0].Text)
	return nominating(first) != 0 && first != "nomination"
}

// The kinds of word of nominating that nominating tells apart.
const (
	nominatedWord  = 1 + iota // "nominated", "shortlisted"
	nominationNoun            // "nomination", "nominations"
	nomineeNoun               // "nominee", "nominees"
)

// nominating returns which kind of word of nominating w, in lower case,
// is, or 0 (a closed class of the nominee rules: WordNet has no
// "shortlist").
func nominating(w string) int {
	switch w {
	case "nominated", "shortlisted":
		return nominatedWord
	case "nomination", "nominations":
		return nominationNoun
	case "nominee", "nominees":
		return nomineeNoun
	}
	return 0
}

// performerOwner reads the work a performer named in full is owned by
// in a sentence of an acting prize: "Kestrel's Ann Lee is the favourite
// for the best actress award", "Ann Lee, Quiet Harbour's Bo Ek and ..." with
// "best actor" in the sentence (the performer-owner construction). A
// performer up for an acting prize is named with the film the part is
// in; a person's name before a player's is a side's or a place's
// ("Harlow's Ann Lee ... best player": no performer's noun). The name is
// taken when it may name a work (workOrUnknownBody), is no place the
// gazetteer knows and no person's named in full, and ends at the
// possessive.
func performerOwner(w *window, ev *evidence) {
	k := w.hi
	if !w.possessive(k) || !w.personAt(k+1) || w.entity(k+1) == w.res.Mentions[w.mi].Entity {
		return
	}
	if p := w.entity(k + 1); len(strings.Fields(w.res.Entities[p].Name)) < 2 {
		return
	}
	m := w.res.Mentions[w.mi]
	if !w.workOrUnknownBody() || m.Type == extract.Location && w.knownPlace(m.Text) || w.opensWithGivenName() || !wholeName(w) || w.listedNonWork() {
		return
	}
	if !actingPrize(w) {
		return
	}
	ev.markWork("performer-owner", "'s")
}

// actingPrize reports whether the window's sentence holds "best" and a
// noun for a performer in lower case right after it or one word later
// ("best actress", "best supporting actor").
func actingPrize(w *window) bool {
	for i := range w.toks {
		if w.word(i) != "best" || !w.free(i) {
			continue
		}
		for j := i + 1; j <= i+2; j++ {
			if w.free(j) && tokenize.StartsLower(w.toks[j].Text) && strings.HasPrefix(w.tag(j), "NN") && w.lex.Is(w.lemma(j), lexicon.Performer) {
				return true
			}
		}
	}
	return false
}
