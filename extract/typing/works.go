package typing

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// This file holds the context constructions that say a name is the title
// of a creative work (a film, a series, a book, a game) from the words
// around it rather than a noun for its kind right before it (workTitle):
// the verb of acting in one, a part of one, a list of them, and its
// author.

// starIn reads the verb of acting in a work: "will star in X", "starring
// in X". The verb is one word: WordNet's sense of "star" as playing the
// leading part (star.v.01); its other verbs of acting (appear, feature,
// play) take places and teams as often.
func starIn(w *window, ev *evidence) {
	lo := w.lo
	if w.word(lo-1) != "in" || !w.free(lo-2) || w.lemma(lo-2) != "star" || !strings.HasPrefix(w.tag(lo-2), "VB") {
		return
	}
	if wholeName(w) && endsPhrase(w) {
		ev.markWork("star-in", w.word(lo-2)+" in")
	}
}

// seriesName reads a name between "the" and a noun in lower case for the
// works sold under it that ends the phrase: the plural of a noun for a
// shown work ("the X movies", "the X films"), "trilogy" (three works,
// the lexicon's Work: "the X trilogy") or the trade's "franchise"
// (TradeWork: "the X franchise"). A maker's name stands there as often
// ("the Ann Lee films", "the Acme films"), and a side's before
// "franchise" ("the Harlow franchise"): only a name the tagger read as a
// miscellaneous one, or before the plural or "trilogy" a place's, and none the
// gazetteer lists as a body's, a place's or a person's, is taken; "the X
// series" is a contest's as often ("the Harlow series"). "Trilogy" and
// "franchise" are the two words taken by hand, a closed list: WordNet
// files "trilogy" under a set of three and has no sense of "franchise"
// for a series of works, and the lexicon's Work and TradeWork, which
// hold them, hold too the singular nouns for one work ("the X novel"
// is the work itself) and a trade's show or game.
func seriesName(w *window, ev *evidence) {
	k := w.hi
	if w.word(w.lo-1) != "the" || !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) || w.free(k+1) && strings.HasPrefix(w.tag(k+1), "NN") || w.possessive(k+1) {
		return
	}
	switch t := w.res.Mentions[w.mi].Type; {
	case w.tag(k) == "NNS" && w.lex.Is(w.lemma(k), lexicon.ShownWork), w.tag(k) == "NN" && w.lemma(k) == "trilogy" && w.lex.Is("trilogy", lexicon.Work):
		if t != extract.Miscellaneous && t != extract.Location {
			return
		}
	case w.tag(k) == "NN" && w.lemma(k) == "franchise" && w.lex.Is(w.lemma(k), lexicon.TradeWork):
		if t != extract.Miscellaneous {
			return
		}
	default:
		return
	}
	if !w.listedNonWork() && wholeName(w) {
		ev.markWork("series-name", w.word(k))
	}
}

// workOwner reads a name before a possessive and a singular noun for a
// creative work in lower case, perhaps after up to three modifiers, that
// a title follows: "Ann Lee's supernatural thriller X", "Bo Ek' new film
// X". The owner is the work's maker or star; a studio owns a film too,
// so the decision reads only a name that opens with a given name
// (workOwnerPerson).
func workOwner(w *window, ev *evidence) {
	k := w.hi
	if w.res.Mentions[w.mi].Type == extract.Person || !w.possessive(k) {
		return
	}
	k++
	for n := 0; n < 3 && w.free(k) && tokenize.StartsLower(w.toks[k].Text) && !w.lex.Is(w.lemma(k), lexicon.CreativeWork); n++ {
		if t := w.tag(k); !strings.HasPrefix(t, "JJ") && t != "NN" && t != "VBG" && t != "VBN" {
			return
		}
		k++
	}
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) || w.tag(k) != "NN" || !w.lex.Is(w.lemma(k), lexicon.CreativeWork) || k+1 >= len(w.at) || w.at[k+1] < 0 {
		return
	}
	ev.workOwner++
	ev.reasons = append(ev.reasons, reason{extract.Person, "work-owner", w.toks[k].Text})
}

// yearWork reads a name owned by a year: "1972's X", "the success of
// 1999's The X". A year owns what was made or held in it: a work, or an
// event or a body's deed ("2004's Harlow Cup", "1985's Acme Fest"), which
// the tagger reads as miscellaneous or a body's; so only a name it read
// as a person's or a place's is taken for a work (no person or place is
// a year's).
func yearWork(w *window, ev *evidence) {
	k := w.lo - 1
	if w.word(k) == "the" {
		k-- // "2003's The Harbour Album"
	}
	if p := w.word(k); p != "'s" && p != "’s" || !year(w.word(k-1)) {
		return
	}
	if t := w.res.Mentions[w.mi].Type; t != extract.Person && t != extract.Location {
		return
	}
	if wholeName(w) && endsPhrase(w) {
		ev.markWork("year-work", w.word(k-1)+w.word(k))
	}
}

// year reports whether s is a year of the last two centuries written in
// four digits.
func year(s string) bool {
	if len(s) != 4 || s[:2] != "19" && s[:2] != "20" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// roleIn reads the work a part is played in: "playing Ann Lee in X",
// "her role as Ann Lee in X" (the part a person's name), and "X,
// starring Ann Lee". A part is played in a work; "played in X" with no
// part names a place or a team.
func roleIn(w *window, ev *evidence) {
	lo, hi := w.lo, w.hi
	if n := w.word(hi); (n == "starring" || n == "," && w.word(hi+1) == "starring") && wholeName(w) {
		ev.markWork("role-in", "starring")
		return
	}
	if w.word(lo-1) != "in" || lo < 3 {
		return
	}
	part := w.at[lo-2]
	if part < 0 || w.res.Mentions[part].Type != extract.Person {
		return
	}
	k := lo - 2
	for k >= 0 && w.at[k] == part {
		k--
	}
	switch {
	case w.free(k) && w.lemma(k) == "play" && strings.HasPrefix(w.tag(k), "VB"):
	case w.word(k) == "as" && (w.lemma(k-1) == "role" || w.lemma(k-1) == "part"):
	default:
		return
	}
	if wholeName(w) && endsPhrase(w) {
		ev.markWork("role-in", w.word(k)+" ... in")
	}
}

// partIn reads the work a part is in: "her role in X", "roles in X and
// Y", "his role in Ann Lee's X". A part is in a work, a body's deeds
// ("a role in Acme", "a role in the Harlow campaign") or a place ("a
// coaching role in Norland"): only a name the tagger read as a person's,
// a miscellaneous one or a place's the gazetteer does not know, and that
// ends its phrase, is taken for a work.
func partIn(w *window, ev *evidence) {
	if !w.mayNameWork() {
		return
	}
	k := w.lo - 1
	// The maker's possessive name: "Ann Lee's X", "Bo Ek' X".
	if p := w.word(k); (p == "'s" || p == "’s" || p == "'") && k >= 1 && w.at[k-1] >= 0 {
		for k--; k >= 0 && w.at[k] >= 0; k-- {
		}
	}
	// Earlier names of a list: "roles in X, Y and Z".
	for steps := 0; k >= 0 && steps < 16 && w.word(k) != "in"; steps++ {
		if x := w.word(k); x != "," && x != "and" && w.at[k] < 0 {
			return
		}
		k--
	}
	if w.word(k) != "in" || !w.free(k-1) || !strings.HasPrefix(w.tag(k-1), "NN") {
		return
	}
	switch w.lemma(k - 1) {
	case "role":
	case "performance":
		// A performance is in a work, or a place or a match ("her
		// performance in Harlow", "his performance in the Acme
		// final"): only a name read as a person's or a miscellaneous
		// one, or a place's the gazetteer does not know in a sentence
		// of a nomination ("shortlisted for her performance in Hotel
		// Tarvik": the nominee-performance rule).
		if t := w.res.Mentions[w.mi].Type; t != extract.Person && t != extract.Miscellaneous && (t != extract.Location || !nominationWord(w)) {
			return
		}
	default:
		return
	}
	if wholeName(w) && endsPhrase(w) {
		ev.markWork("part-in", w.word(k-1)+" in")
	}
}

// starOf reads the work a star or a cast is of: "the star of X", "the
// cast of X". A team has stars too ("the star of Harlow"): only a name
// the tagger read as a person's or a miscellaneous one, or a place's the
// gazetteer does not know, and that ends its phrase, is taken for a work;
// the lexicon's Performer class is not asked, its "star" being as often
// a sportsman's.
func starOf(w *window, ev *evidence) {
	if !w.mayNameWork() {
		return
	}
	k := w.lo - 1
	if w.word(k) == "the" {
		k--
	}
	if w.word(k) != "of" || !w.free(k-1) || w.tag(k-1) != "NN" {
		return
	}
	if l := w.lemma(k - 1); l != "star" && l != "cast" {
		return
	}
	if wholeName(w) && endsPhrase(w) {
		ev.markWork("star-of", w.word(k-1)+" of")
	}
}

// readWork reads a name as the object of "read": "will read X from ...",
// "reading X to children". One reads works, and authors ("read Ann
// Lee"): a name the tagger read as a person's is left alone; a
// newspaper's name has its own words ("read the Harlow Courier").
func readWork(w *window, ev *evidence) {
	lo := w.lo
	if !w.free(lo-1) || w.lemma(lo-1) != "read" || !strings.HasPrefix(w.tag(lo-1), "VB") || !tokenize.StartsLower(w.toks[lo-1].Text) {
		return
	}
	if w.res.Mentions[w.mi].Type == extract.Person {
		return
	}
	if wholeName(w) && endsPhrase(w) {
		ev.markWork("read-work", w.word(lo-1))
	}
}

// performWork reads a name as what is performed: the object of
// "perform" ("will perform X with Ann Lee", "performed X live") or of
// "a performance of" ("a moving performance of X"). One performs a
// work (a song, a play); a place is performed in, a person or a band
// performed with, and "the performance of X" is as often a company's
// or a side's: only the indefinite noun is read, and a name the
// gazetteer lists as a place's, a body's or a person's is left alone.
func performWork(w *window, ev *evidence) {
	k := w.lo - 1
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) {
		return
	}
	switch {
	case w.lemma(k) == "perform" && strings.HasPrefix(w.tag(k), "VB"):
	case w.word(k) == "of" && w.lemma(k-1) == "performance" && w.tag(k-1) == "NN" && indefinite(w, k-2):
		k--
	default:
		return
	}
	if w.listedNonWork() || w.res.Mentions[w.mi].Type == extract.EventType {
		return
	}
	if wholeName(w) && endsPhrase(w) {
		ev.markWork("perform-work", w.word(k))
	}
}

// awardFor reads the name a prize is for: "the directing award for X",
// "a prize for X". A prize is won for a work or a deed; for a person
// too ("a prize for Ann Lee"), for a company ("an industry award for
// Acme") and for a place's people: only a name the tagger read as
// miscellaneous, a place's the gazetteer does not know, or a body's with
// a clause's words in it (clauseWords: "a writing award for Carry Us
// Home"), that ends its phrase is taken, and no prize's or contest's
// own name ("nominations for the Harlow Awards").
func awardFor(w *window, ev *evidence) {
	k := w.lo - 1
	if w.word(k) == "the" {
		k--
	}
	if w.word(k) != "for" || !w.free(k-1) || w.tag(k-1) != "NN" || !tokenize.StartsLower(w.toks[k-1].Text) || !w.lex.Is(w.lemma(k-1), lexicon.Award) {
		return
	}
	switch m := w.res.Mentions[w.mi]; {
	case m.Type == extract.Organization:
		// A body's name is made of nouns and adjectives: one with a
		// pronoun, an adverb or a verb in it is a title's ("Carry
		// Us Home", "Slowly Came The Rain").
		if knownBody(w.g, m.Text) || !clauseWords(w) {
			return
		}
	case !w.mayNameWork() || m.Type == extract.Person || w.listedNonWork():
		return
	}
	f := strings.Fields(w.res.Mentions[w.mi].Text)
	if last := strings.ToLower(f[len(f)-1]); w.lex.Is(w.lex.Lemma(last, "NNS"), lexicon.Award) || w.lex.Is(w.lex.Lemma(last, "NNS"), lexicon.EventName) {
		return
	}
	if wholeName(w) && endsPhrase(w) {
		ev.markWork("award-for", w.word(k-1)+" for")
	}
}

// clauseWords reports whether a word of the window's mention is a
// personal pronoun in the object case ("Me", "Him", "Us",
// "Them") or a word the lexicon knows as an adverb and no noun nor
// adjective ("Suddenly"), as a clause has and a body's name has not. The
// tagger reads a title's words all as proper nouns: the lexicon is asked.
func clauseWords(w *window) bool {
	for k := w.lo; k < w.hi; k++ {
		l := strings.ToLower(w.toks[k].Text)
		switch l {
		case "me", "him", "us", "them":
			return true
		}
		if w.lex.Known(l, lexicon.Adverb) && !w.lex.Known(l, lexicon.Noun) && !w.lex.Known(l, lexicon.Adjective) {
			return true
		}
	}
	return false
}

// indefinite reports whether token k, or the first before it over
// adjectives and participles in lower case ("a moving"), is "a" or "an".
func indefinite(w *window, k int) bool {
	for ; k >= 0 && w.free(k) && (strings.HasPrefix(w.tag(k), "JJ") || w.tag(k) == "VBG") && tokenize.StartsLower(w.toks[k].Text); k-- {
	}
	return w.word(k) == "a" || w.word(k) == "an"
}

// tradeWork reports whether token k is a singular noun of the lexicon's
// TradeWork or RecordWork class ("the PC game X", "the debut single X",
// "Ann Lee's hit X", "their hit X") or of its Work class ("the TV series
// X", "production X": the words CreativeWork leaves out for standing as
// verbs or descriptors), in lower case after its owner (ownerWork) or a
// modifier: a noun, an adjective, a number or (not for the record
// trade's nouns: "Ann Lee hit X") a name ("the game X" alone is as
// often a match).
func tradeWork(w *window, k int) bool {
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) || k < 1 {
		return false
	}
	trade := w.tag(k) == "NN" && (w.lex.Is(w.word(k), lexicon.TradeWork) || w.lex.Is(w.lemma(k), lexicon.Work))
	if !trade && !(record(w, k) && endsPhrase(w)) {
		return false
	}
	if ownerWork(w, k, trade) {
		return true
	}
	if !trade && !w.free(k-1) {
		return false
	}
	switch t := w.tag(k - 1); {
	case strings.HasPrefix(t, "NN"), strings.HasPrefix(t, "JJ"), t == "CD":
		return true
	}
	return false
}

// ownerWork reports whether the noun for a work at token k stands after
// its owner, a possessive determiner or a person's possessive name
// ("his book X", "Ann Lee's book X", "their hit X"): the owner's work,
// whose title the name is (the owner-work rule). After a noun of the
// games and broadcasting trades or the Work class (trade) the name ends
// its phrase and is not read as a person's ("during her show Ann Lee
// sang"), and "its" is a broadcaster's, no owner of the work; a record
// trade's noun after its owner takes any name ("his track X").
func ownerWork(w *window, k int, trade bool) bool {
	if trade && (w.res.Mentions[w.mi].Type == extract.Person || !endsPhrase(w)) {
		return false
	}
	if w.tag(k-1) == "PRP$" && w.free(k-1) {
		return !trade || w.word(k-1) != "its"
	}
	return w.possessive(k-1) && w.personAt(k-2)
}

// workPart reads a part of a serial work before the name: "episodes of
// X", "a celebrity edition of the X". A newspaper's edition ("the
// morning edition of the Harlow Courier") is its publisher's: a name
// whose first word is a newspaper's is left alone.
func workPart(w *window, ev *evidence) {
	k := w.lo - 1
	if w.word(k) == "the" {
		k--
	}
	if w.word(k) != "of" || !(w.free(k-1) && (w.lex.Is(w.lemma(k-1), lexicon.WorkPart) || runOfShow(w, k-1)) || numberedRun(w, k-1)) {
		return
	}
	if first := strings.Fields(w.res.Mentions[w.mi].Text); len(first) > 0 && w.lex.Is(strings.ToLower(first[0]), lexicon.PaperWord) {
		return
	}
	if wholeName(w) && endsPhrase(w) {
		ev.markWork("work-part", w.word(k-1)+" of")
	}
}

// workSource reads the work another is made from, or a showing of a
// work: "the film version of X", "a stage musical version of X", "an
// adaptation of X", "a remake of X", "the creator of X", "the premiere of X", "a staging of X", "a screening
// of X". A version is
// of a work only after a noun for one ("a new version of X" is as often
// software's); an adaptation of a work, whatever comes before it. A
// person's possessive name between says whose work it is: "an adaptation
// of Ann Lee's X".
func workSource(w *window, ev *evidence) {
	k := w.lo - 1
	switch {
	case w.word(k) == "the":
		k--
	case w.possessive(k) && k >= 1 && w.at[k-1] >= 0 && w.at[k-1] != w.mi && w.res.Mentions[w.at[k-1]].Type == extract.Person:
		k = mentionStart(w, k-1) - 1
	}
	if w.word(k) != "of" || !w.free(k-1) || !strings.HasPrefix(w.tag(k-1), "NN") {
		return
	}
	switch w.lemma(k - 1) {
	case "adaptation", "remake":
		// "a remake of X": a film, a show or a song made again (the
		// remake-of rule).
	case "creator", "co-creator":
		// "Ann Lee, creator of X": what a person created is a work,
		// unless the gazetteer lists it as a body's, a place's or a
		// person's name only ("the creator of Acme").
		if !creatorNoun(w, k-1) || w.listedNonWork() {
			return
		}
	case "premiere", "staging", "screening":
		// A work is first shown, staged or screened: "the UK premiere
		// of X", "a new staging of X", "a screening of X". A place the
		// gazetteer knows is where ("a screening in Harlow" reads "in").
		if m := w.res.Mentions[w.mi]; m.Type == extract.Location && w.knownPlace(m.Text) {
			return
		}
	case "version":
		// "her version of X": a person's version of a work, a song's
		// or a part's (the own-version rule; "its version of X" is a
		// firm's product as often).
		kind := tokenize.StartsLower(w.toks[k-2].Text) && (w.lex.Is(w.lemma(k-2), lexicon.CreativeWork) || w.lex.Is(w.lemma(k-2), lexicon.Work))
		if !w.free(k-2) || !kind && !personalVersion(w, k-2) {
			return
		}
	default:
		return
	}
	if wholeName(w) && endsPhrase(w) && !sharedMaker(w) {
		ev.markWork("work-source", w.word(k-1)+" of")
	}
}

// personalVersion reports whether token k is the possessive determiner
// of a person or people ("her", "his", "their") before "version of",
// and the window's mention a name mayNameWork admits that the gazetteer
// lists as no place's, body's or person's.
func personalVersion(w *window, k int) bool {
	switch w.word(k) {
	case "her", "his", "their":
	default:
		return false
	}
	return w.tag(k) == "PRP$" && w.mayNameWork() && !w.listedNonWork()
}

// sharedMaker reports whether the window's mention and a name after "and"
// share the noun after both: "the Ann Lee and Bo Ek classic" names its
// makers, not the work.
func sharedMaker(w *window) bool {
	j := w.hi
	if w.word(j) != "and" || j+1 >= len(w.at) || w.at[j+1] < 0 {
		return false
	}
	for j++; j < len(w.at) && w.at[j] == w.at[w.hi+1]; j++ {
	}
	// The tagger reads the noun as an adjective at times ("classic").
	return w.free(j) && tokenize.StartsLower(w.toks[j].Text) && (strings.HasPrefix(w.tag(j), "NN") || strings.HasPrefix(w.tag(j), "JJ"))
}

// runOfShow reports whether token k is "series" or "season" after an
// ordinal or a word of its time ("the latest series of X", "the third
// season of X"): one run of a show. WordNet has no such sense of either
// word; without the ordinal, "a series of" is any sequence.
func runOfShow(w *window, k int) bool {
	if l := w.lemma(k); l != "series" && l != "season" {
		return false
	}
	switch a := w.word(k - 1); a {
	case "latest", "new", "next", "last", "final", "first", "second", "third", "fourth", "fifth", "sixth":
		return true
	default:
		return strings.HasSuffix(a, "th") && w.tag(k-1) == "JJ"
	}
}

// numberedRun reports whether token k is a cardinal number after
// "season" or "series" ("series three of X", "season 5 of X"): a
// broadcaster's run of a show, numbered as no contest's season is (a
// sports page writes "the 2010 season": the numbered-run rule).
func numberedRun(w *window, k int) bool {
	if k < 1 || !w.free(k-1) || w.tag(k) != "CD" || strings.Contains(w.word(k), ".") {
		return false
	}
	// A number in digits is a quantity's mention of its own: any but a
	// name's will do.
	if w.at[k] >= 0 && (w.at[k] == w.mi || w.res.Mentions[w.at[k]].Entity >= 0) {
		return false
	}
	l := w.lemma(k - 1)
	return (l == "series" || l == "season") && tokenize.StartsLower(w.toks[k-1].Text)
}

// workList reads a name in a list that follows a plural noun for a kind
// of work: "films such as X, Y and Z", "series including X and Y", "hits
// including X and Y" (the record trade's nouns: recordWorks), "computer
// games such as X" (the games trade's after a modifier: tradeWorks). The
// list may hold other names and nouns for a kind of work ("dramas such as
// X and the sitcom Y").
func workList(w *window, ev *evidence) {
	k := w.lo - 1
	for steps := 0; k >= 0 && steps < 24; steps++ {
		switch x := w.word(k); {
		case x == "," || x == "and" || x == "or" || x == "the":
			k--
			continue
		case w.at[k] >= 0:
			k--
			continue
		case x == "of" && k+1 < w.lo && (w.at[k+1] >= 0 || w.word(k+1) == "the") && titleWord(w, k-1):
			// A title the tagger named in part: "Riders of the Old
			// Harbour", with "Riders" left out.
			k -= 2
			continue
		case w.free(k) && workNoun(w, k):
			k--
			continue
		}
		break
	}
	k, introduced := listIntro(w, k)
	if !introduced {
		return
	}
	if w.res.Mentions[w.mi].Type == extract.EventType {
		return // "big games such as the Harlow Cup final"
	}
	if w.free(k) && ((workNoun(w, k) || recordWorks(w, k)) && plural(w, k) || tradeWorks(w, k)) && wholeName(w) && endsPhrase(w) {
		ev.markWork("work-list", w.word(k))
	}
}

// titleWord reports whether token k is a capitalised word outside any
// mention inside a sentence: a word of a title the tagger left out.
func titleWord(w *window, k int) bool {
	return k > 0 && w.free(k) && tokenize.StartsUpper(w.toks[k].Text) && strings.HasPrefix(w.tag(k), "NN")
}

// tradeWorks reports whether token k is the plural of a noun of the
// games, publishing and broadcasting trades after a noun that says which
// trade ("computer games such as X", "strategy titles like X", "TV
// programmes such as X"): alone or after an adjective, "(big) games such
// as" lists matches, "cheap games, like X" may be the shops that sell
// them.
func tradeWorks(w *window, k int) bool {
	// The tagger reads "programmes such as" as a verb at times; the
	// lemmatiser spells it "program": the word less its "s" is looked
	// up.
	if w.tag(k) != "NNS" && w.tag(k) != "VBZ" || !tokenize.StartsLower(w.toks[k].Text) || !w.free(k-1) ||
		!w.lex.Is(strings.TrimSuffix(w.word(k), "s"), lexicon.TradeWork) {
		return false
	}
	t := w.tag(k - 1)
	return strings.HasPrefix(t, "NN") || t == "VBG"
}

// workByAuthor reads a title followed by its author's name at the start
// of a clause: "X by Ann Lee won the prize." The title opens the
// sentence or follows a comma or a possessive name ("Ann Lee's X"), so
// that "beaten in X by Ann Lee" or "a bid for X by Bo Ek" are not read.
func workByAuthor(w *window, ev *evidence) {
	lo, hi, res := w.lo, w.hi, w.res
	if w.word(hi) != "by" || hi+1 >= len(w.at) || w.at[hi+1] < 0 {
		return
	}
	author := w.entity(hi + 1)
	if author < 0 || author >= len(res.Entities) || res.Entities[author].Type != extract.Person {
		return
	}
	switch p := w.word(lo - 1); {
	case lo == 0, p == ",":
	case (p == "'s" || p == "'" || p == "’s") && lo >= 2 && w.at[lo-2] >= 0:
	default:
		return
	}
	if wholeName(w) {
		ev.markWork("work-by-author", "by")
	}
}

// record reports whether token k is a singular noun of the record trade
// ("the debut single X", "his X single"), whatever the tagger read it as
// but a verb ("hit"): it often reads "single" as an adjective or a
// preposition. The callers hold it to a place a noun stands in: after a
// modifier that is no name, before the title; or after the title.
func record(w *window, k int) bool {
	return !strings.HasPrefix(w.tag(k), "VB") && w.lex.Is(w.word(k), lexicon.RecordWork)
}

// recordVerbs reports whether token k is the plural of a noun of the
// record trade in lower case that the tagger read as a verb after
// another of its nouns: "the hit singles X and Y".
func recordVerbs(w *window, k int) bool {
	return w.tag(k) == "VBZ" && tokenize.StartsLower(w.toks[k].Text) && w.lex.Is(w.lemma(k), lexicon.RecordWork) &&
		w.free(k-1) && tokenize.StartsLower(w.toks[k-1].Text) && w.lex.Is(w.word(k-1), lexicon.RecordWork)
}

// recordWorks reports whether token k is the plural of a noun of the
// record trade ("hits", "singles", "tracks") in lower case.
func recordWorks(w *window, k int) bool {
	return w.tag(k) == "NNS" && tokenize.StartsLower(w.toks[k].Text) && w.lex.Is(w.lemma(k), lexicon.RecordWork)
}

// ownWork reads a title between a possessive determiner and a noun of
// the record trade that ends the phrase: "his X single", "their X hit".
// The determiner says whose record it is. The nouns for creative works
// name where or what as often there ("their Harlow performance", "her
// Acme story"): they are left alone.
func ownWork(w *window, ev *evidence) {
	lo, hi := w.lo, w.hi
	if lo < 1 || w.tag(lo-1) != "PRP$" || !w.free(hi) || !tokenize.StartsLower(w.toks[hi].Text) {
		return
	}
	if !record(w, hi) {
		return
	}
	if n := w.tag(hi + 1); strings.HasPrefix(n, "NN") || n == "POS" {
		return
	}
	if wholeName(w) {
		ev.markWork("own-work", w.word(lo-1)+" ... "+w.word(hi))
	}
}

// plural reports whether token k is a plural noun: tagged so, or a noun
// whose plural is its singular ("series").
func plural(w *window, k int) bool {
	return w.tag(k) == "NNS" || w.lemma(k) == w.word(k) && strings.HasSuffix(w.word(k), "s")
}

// listIntro reads back from token k over the words that introduce a list
// ("such as", "like", "including", and a comma before them) and returns
// the token before them; introduced is false, and k unchanged, when none
// stands at k.
func listIntro(w *window, k int) (int, bool) {
	k, ok := introWords(w, k, false)
	if ok && w.word(k) == "," {
		k--
	}
	return k, ok
}

// introWords reads back from token k over "such as", "like" or
// "including" and returns the token before them; introduced is false,
// and k unchanged, when none stands at k. With free, a word a mention
// covers is none (goodsList, placeNounList).
func introWords(w *window, k int, free bool) (int, bool) {
	switch {
	case w.word(k) == "as" && w.word(k-1) == "such" && (!free || w.free(k) && w.free(k-1)):
		return k - 2, true
	case (w.word(k) == "including" || w.word(k) == "like") && (!free || w.free(k)):
		return k - 1, true
	}
	return k, false
}

// endsPhrase reports whether the window's mention ends its noun phrase:
// no noun follows it ("an episode of X" but not "an episode of X's sketch
// show", where X names the maker).
func endsPhrase(w *window) bool {
	n := w.word(w.hi)
	return !strings.HasPrefix(w.tag(w.hi), "NN") && n != "'s" && n != "’s" && n != "'"
}

// wholeName reports whether the window's mention is its entity's whole
// name, or the entity is not a person's: a person's surname beside a work
// ("the Lee film") is about the person, not the person's name. A title's
// "The" does not make the mention more than the name ("the thriller The
// Harbour" of the name "Harbour" or "The Harbour").
func wholeName(w *window) bool {
	m := w.res.Mentions[w.mi]
	e := m.Entity
	return e >= 0 && e < len(w.res.Entities) && (w.res.Entities[e].Type != extract.Person || strings.TrimPrefix(m.Text, "The ") == strings.TrimPrefix(w.res.Entities[e].Name, "The "))
}

// theTitle reads a mention that opens with a capitalised "The" (its own
// or the word before it) inside a sentence, after a word in lower case
// or a comma, whose head (its last word, or the last before "of") is a
// singular noun: "beat The Green Lamp", "a sequel to The Wealth of
// Harlow". News writes a title so; a body's "the" is in lower case there,
// a band's name is a plural ("The Harlow Boys"), and a name with a
// possessive is a body's as often ("The Harlow's Trust").
func theTitle(w *window, ev *evidence) {
	start := w.lo
	switch {
	case titleArticle(w, start):
	case start > 0 && w.free(start-1) && titleArticle(w, start-1):
		start--
	default:
		return
	}
	// After a word in lower case, a comma, or a name's possessive ("Ann
	// Lee's The Harbour Code": a body takes no "The" after its owner).
	// An "A" title after a comma too, of two words or more after it
	// (", A Different Harbour will"; not ", A Lee").
	aComma := w.word(start-1) == "," && w.toks[start].Text != "The" && w.hi-start >= 3
	if start < 1 || !w.free(start-1) && !w.possessive(start-1) && !aComma || !(tokenize.StartsLower(w.toks[start-1].Text) || w.word(start-1) == "," || w.possessive(start-1) && start >= 2 && w.at[start-2] >= 0) {
		return
	}
	// "told The Harlow Gazette", "remarked to The X", "described by The
	// X": a paper's name, whatever its words.
	if p := w.word(start - 1); w.lex.Is(w.lemma(start-1), lexicon.Speech) || (p == "to" || p == "by") && strings.HasPrefix(w.tag(start-2), "VB") {
		return
	}
	head := -1
	for k := start + 1; k < w.hi; k++ {
		if w.word(k) == "of" {
			break
		}
		if w.possessive(k) {
			return // "The Harlow Trust", as bodies are named
		}
		head = k
	}
	if head < 0 || !tokenize.StartsUpper(w.toks[head].Text) || w.tag(head) != "NNP" || strings.HasSuffix(w.word(head), "s") {
		return
	}
	ev.theTitle = true
	ev.reasons = append(ev.reasons, reason{workVote, "the-title", "The"})
}

// titleArticle reports whether token k is a capitalised article that
// may open a title (see theTitle): "The", or "A" or "An" before a word
// WordNet has as a noun or an adjective ("A Different Harbour", "An
// Open Road"; not an initial: "A Lee").
func titleArticle(w *window, k int) bool {
	switch w.toks[k].Text {
	case "The":
		return true
	case "A", "An":
		n := strings.ToLower(w.word(k + 1))
		return k+1 < len(w.toks) && tokenize.StartsUpper(w.toks[k+1].Text) && (w.lex.Known(n, lexicon.Noun) || w.lex.Known(n, lexicon.Adjective))
	}
	return false
}

// possessiveWork reads a name the tagger read as a person's or a body's
// after another person's name (named in full in the document) and a
// possessive, ending its phrase: "Ann
// Lee's Quiet Harbour", "a contrast to Bo Ek's Tallow Road", "Ann Lee's
// The Harlow Boys" (the title's own article). One person's
// named thing is a work of theirs far more often than another person;
// a name that opens with a given name the gazetteer knows ("Ann Lee's
// Mira Sand") or that it lists as a person's or a body's is left alone,
// as is one before a noun or an adjective ("Ann Lee's Acme shares"), and
// a body's name with a word for a body in it or a class of body.
func possessiveWork(w *window, ev *evidence) {
	lo, hi := w.lo, w.hi
	if lo > 2 && w.free(lo-1) && w.toks[lo-1].Text == "The" && w.possessive(lo-2) {
		lo-- // the title's own article: "Ann Lee's The Quiet Harbour"
	}
	m := w.res.Mentions[w.mi]
	if lo < 2 || !w.possessive(lo-1) || w.at[lo-2] < 0 || m.Type != extract.Person && m.Type != extract.Organization || w.g == nil {
		return
	}
	// The owner is a person named in full somewhere: a word alone is
	// often a place or a body the tagger took for one ("Harlow's
	// Wells").
	owner := w.res.Mentions[w.at[lo-2]]
	if owner.Type != extract.Person || owner.Entity == m.Entity || owner.Entity < 0 || owner.Entity >= len(w.res.Entities) ||
		!strings.Contains(w.res.Entities[owner.Entity].Name, " ") {
		return
	}
	if n := w.tag(hi); strings.HasPrefix(n, "NN") || strings.HasPrefix(n, "JJ") || n == "POS" || n == "CD" {
		return
	}
	f := strings.Fields(m.Text)
	// "Ann Lee's Reds Party": a body's word, or a class of body the
	// name already has, says body.
	if m.Type == extract.Organization {
		if m.Entity < 0 || m.Entity >= len(w.res.Entities) || w.res.Entities[m.Entity].Class != "" {
			return
		}
		for _, x := range f {
			l := w.lex.Lemma(x, "NN")
			if tokenize.StartsUpper(x) && (w.lex.Is(l, lexicon.Organization) || w.lex.Is(l, lexicon.OrgPart) || w.lex.Is(l, lexicon.OrgGeneric) || orgClass(w.lex, x) != "") {
				return
			}
		}
	}
	if len(f) == 0 || w.g.Match(gazetteer.Tokens(f[0])...)&gazetteer.CatFirst != 0 || w.g.GivenName(f[0]) ||
		w.g.Match(gazetteer.Tokens(m.Text)...)&(gazetteer.CatPerson|gazetteer.CatOrg|gazetteer.CatIntlOrg) != 0 {
		return
	}
	if wholeName(w) {
		ev.markWork("possessive-work", w.word(lo-2)+w.word(lo-1))
	}
}

// mayNameWork reports whether the window's mention may be a work's name
// its frame makes it: one the tagger read as a person's or a
// miscellaneous one, or a place's the gazetteer does not know.
func (w *window) mayNameWork() bool {
	switch m := w.res.Mentions[w.mi]; m.Type {
	case extract.Person, extract.Miscellaneous:
		return true
	case extract.Location:
		return !w.knownPlace(m.Text)
	}
	return false
}

// listOfNames reports whether the window's mention is a whole name, not
// an event's, in a list of two names or more (listBefore's, counting one
// listGoesOn says follows), and returns the token before the list.
func listOfNames(w *window) (int, bool) {
	if w.res.Mentions[w.mi].Type == extract.EventType || !wholeName(w) || !endsPhrase(w) {
		return 0, false
	}
	k, names, ok := listBefore(w)
	if !ok {
		return 0, false
	}
	if names < 2 && listGoesOn(w) {
		names++
	}
	return k, names >= 2
}

// workNounList reads a name in a list of two names or more right after a
// plural noun for a kind of work: "soap operas X, Y plus Z", "the hit
// shows X and Y" (workList reads one after "such as", "like" or
// "including"). A plural noun before one name describes something else
// as often ("films Acme made"); a list of names says what each is. A
// noun whose plural is its singular is left out ("the series X and Y" is
// one series).
func workNounList(w *window, ev *evidence) {
	k, ok := listOfNames(w)
	if !ok || !w.free(k) || !((workNoun(w, k) || recordWorks(w, k)) && w.tag(k) == "NNS" || tradeWorks(w, k) || verbWorks(w, k) || recordVerbs(w, k)) {
		return
	}
	// "legends Ann Kell and Ann Lund": a name the tagger read as a
	// person's that opens with a given name stays a person's; the
	// plural noun may be a person's word the lexicon holds only for works.
	if w.res.Mentions[w.mi].Type == extract.Person && w.opensWithGivenName() {
		return
	}
	// A noun that is a verb too ("plays", "films", "shows") reads as
	// the verb before names as often ("the 21-year-old plays X or Y"):
	// only after a determiner, a possessive one or a preposition ("the
	// films X and Y", "his shows X and Y", "with films X and Y"), or a
	// record's noun ("hit singles X and Y").
	if w.lex.Known(w.lex.Lemma(w.word(k), "NNS"), lexicon.Verb) {
		t := w.tag(k - 1)
		if !w.free(k-1) || t != "DT" && t != "PRP$" && t != "IN" && !(tokenize.StartsLower(w.toks[k-1].Text) && record(w, k-1) || w.lex.Is(w.word(k-1), lexicon.RecordWork)) {
			return
		}
	}
	ev.markWork("work-noun-list", w.word(k))
}

// opensWithGivenName reports whether the window's mention is a name of
// two words or more whose first word the gazetteer knows as a given
// name ("Ann Kell").
func (w *window) opensWithGivenName() bool {
	f := strings.Fields(w.res.Mentions[w.mi].Text)
	return w.g != nil && len(f) > 1 && (w.g.Match(gazetteer.Tokens(f[0])...)&gazetteer.CatFirst != 0 || w.g.GivenName(f[0]))
}

// workDashList reads a name in a list of two names or more after a noun
// for a kind of work, or one of the trades' nouns for their works, and a
// dash or a colon: "the trilogy - X, Y and Z", "arcade games: X, Y and
// Z" (a trade's noun after a modifier, as tradeNoun reads it: "the
// games: X and Y" may be a match's sides). The mark says the names that
// follow are the noun's members; a singular noun before it is a set of
// works ("trilogy", "series"), whose members are works too.
func workDashList(w *window, ev *evidence) {
	k, ok := listOfNames(w)
	if !ok || k < 1 || w.at[k] >= 0 || !dashOrColon(w.word(k)) {
		return
	}
	n := k - 1
	if !w.free(n) || !workNoun(w, n) && !tradeNoun(w, n) {
		return
	}
	ev.markWork("work-dash-list", w.word(n)+" "+w.word(k))
}

// dashOrColon reports whether s is a dash or a colon, marks that open a
// list of what the words before them name.
func dashOrColon(s string) bool {
	switch s {
	case "-", "–", "—", "--", ":":
		return true
	}
	return false
}

// listSep reports whether token k is a list's separator: a comma, "and",
// "or" or "plus" outside any mention.
func listSep(w *window, k int) bool {
	x := w.word(k)
	return k >= 0 && k < len(w.at) && w.at[k] < 0 && (x == "," || x == "and" || x == "or" || x == "plus")
}

// listBefore walks back over the names listed before the window's name
// (each perhaps after a title's "The") and returns the token before the
// list, the number of names in it, the window's included, and false when
// something other than a name is listed ("films, books and X").
func listBefore(w *window) (k, names int, ok bool) {
	names = 1
	k = w.lo - 1
	if w.free(k) && w.toks[k].Text == "The" {
		k--
	}
	k = listOwnerBefore(w, k)
	for steps := 0; k >= 1 && steps < 24 && listSep(w, k); steps++ {
		j := k - 1
		for listSep(w, j) {
			j--
		}
		j = yearBefore(w, j)
		if j < 0 || w.at[j] < 0 {
			return 0, 0, false
		}
		j = mentionStart(w, j) - 1
		if j >= 0 && w.free(j) && w.toks[j].Text == "The" {
			j--
		}
		j = listOwnerBefore(w, j)
		names++
		k = j
	}
	if k >= 0 && w.free(k) && w.toks[k].Text == "The" {
		k--
	}
	return k, names, true
}

// listOwnerBefore returns the token before an owner's name and its
// possessive that end at token k ("and Ann Lee's X": a title of the
// list's after its maker's name), or k when none does.
func listOwnerBefore(w *window, k int) int {
	if k >= 1 && w.possessive(k) && w.at[k-1] >= 0 {
		return mentionStart(w, k-1) - 1
	}
	return k
}

// yearBefore returns the token before a year in brackets that ends at
// token k ("X (1994), Y": a title's year in a list), or k when none
// does.
func yearBefore(w *window, k int) int {
	if k >= 2 && yearInBrackets(w, k-2) {
		return k - 3
	}
	return k
}

// yearInBrackets reports whether a year in brackets (year) opens at
// token k, as a work's year follows its title ("a thriller, Quiet
// Harbour (1997), that sold ...": the title-year rule; "X (1994), Y": a
// title's year in a list).
func yearInBrackets(w *window, k int) bool {
	return w.word(k) == "(" && year(w.word(k+1)) && w.word(k+2) == ")"
}

// listGoesOn reports whether another name follows the window's name past
// a list's separator (and perhaps a title's "The", or the year in
// brackets after the window's name).
func listGoesOn(w *window) bool {
	r := w.hi
	if yearInBrackets(w, r) {
		r += 3
	}
	if !listSep(w, r) {
		return false
	}
	for listSep(w, r) {
		r++
	}
	if r < len(w.toks) && w.free(r) && w.toks[r].Text == "The" {
		r++
	}
	return r < len(w.at) && w.at[r] >= 0
}

// verbWorks reports whether token k is the plural of a noun for a kind of
// work that the tagger read as a verb after a name ("Harlow operas X and
// Y"): a lower-case word ending in "s" whose singular is such a noun.
func verbWorks(w *window, k int) bool {
	if w.tag(k) != "VBZ" || !tokenize.StartsLower(w.toks[k].Text) || k < 1 || w.at[k-1] < 0 && !tokenize.StartsUpper(w.toks[k-1].Text) {
		return false
	}
	one := strings.TrimSuffix(w.word(k), "s")
	return one != w.word(k) && !w.lex.Known(one, lexicon.Verb) && (w.lex.Is(one, lexicon.Work) || w.lex.Is(one, lexicon.CreativeWork))
}

// titling says whether a mention was read as a work's title, and whether
// only by its capitalised "The" (theTitle).
type titling uint8

const (
	untitled titling = iota
	// theOnly: read as a title by its "The" alone, which a band's or a
	// team's plural name has as well ("The Harlow Boys").
	theOnly
	titled
)

// titleReading returns how the reasons one mention gave read it.
func titleReading(rs []reason) titling {
	out := untitled
	for _, r := range rs {
		switch {
		case r.class != workVote:
		case r.method == "the-title":
			out = max(out, theOnly)
		default:
			out = titled
		}
	}
	return out
}

// coordinatedWorks reads the names listed beside a title: "the sitcom X
// and Y", "starred in X, Y and Z". Names coordinated with a work's title
// are works too, unless other words say what they are (decide weighs
// those): a list holds things of one kind. titled says which mentions a
// construction read as a title; a name that opens with a given name the
// gazetteer knows ("the film X and Ann Lee") or that it lists as a
// person's or a body's is left alone, as is one a noun or a possessive
// follows ("X and Harlow's"), and a plural name beside one read as a
// title by its "The" alone ("beat The Green Lamp and The Harlow Boys":
// bands and teams are named in the plural).
func (t *Typer) coordinatedWorks(res *extract.Result, evs []evidence, reading []titling) {
	for mi, m := range res.Mentions {
		if reading[mi] == untitled || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		w := newWindow(res, t.lex, t.g, mi)
		if w.lo < 0 {
			continue
		}
		for _, d := range []int{-1, 1} {
			for _, o := range listNeighbours(w, d) {
				om := res.Mentions[o]
				e := om.Entity
				if reading[o] != untitled || e < 0 || e >= len(evs) || om.Type == extract.EventType || t.givenFirst(om.Text) || t.listed(res.Entities[e].Name) || t.listed(om.Text) {
					continue
				}
				ow := newWindow(res, t.lex, t.g, o)
				if ow.lo < 0 || !endsPhrase(ow) || !wholeName(ow) || reading[mi] == theOnly && pluralHead(ow) {
					continue
				}
				evs[e].markWork("work-coordinated", m.Text)
			}
		}
	}
}

// listNeighbours returns the mentions listed with the window's mention in
// direction d (-1 before it, 1 after it): each joined to the next by a
// comma, "and", "or" or "plus", and a title's "The", or a noun for a kind
// of work with its determiner and modifiers ("X and the stalker drama
// Y").
func listNeighbours(w *window, d int) []int {
	var out []int
	k := w.hi
	if d < 0 {
		k = w.lo - 1
		if w.free(k) && w.toks[k].Text == "The" {
			k--
		}
	}
	if d < 0 {
		k = skipWorkNoun(w, k)
	}
	for steps := 0; steps < 24 && listSep(w, k); steps++ {
		for listSep(w, k) {
			k += d
		}
		if d > 0 {
			k = workNounAhead(w, k)
		}
		if d > 0 && k < len(w.toks) && w.free(k) && w.toks[k].Text == "The" {
			k++
		}
		if k < 0 || k >= len(w.at) || w.at[k] < 0 || w.at[k] == w.mi {
			break
		}
		out = append(out, w.at[k])
		if d < 0 {
			k = mentionStart(w, k) - 1
			if w.free(k) && w.toks[k].Text == "The" {
				k--
			}
		} else {
			k = mentionEnd(w, k) + 1
		}
	}
	return out
}

// listed reports whether the gazetteer lists name as a person's or a
// body's.
func (t *Typer) listed(name string) bool {
	return knownBody(t.g, name) || t.g != nil && t.g.Match(gazetteer.Tokens(name)...)&gazetteer.CatPerson != 0
}

// pluralHead reports whether the window's mention ends in a word the
// tagger read as a plural noun ("The Harlow Boys").
func pluralHead(w *window) bool {
	t := w.tag(w.hi - 1)
	return t == "NNPS" || t == "NNS"
}

// workSubjectList reads a name in a list after "include" or a plural "be"
// whose subject is a plural noun for a kind of work, perhaps with a
// clause after it in lower case: "his films include X and Y", "other
// shows which earned praise were X, Y and Z", "movies tipped for success
// include X". The games trade's nouns need a noun before them that says
// which trade ("video games include X"; "games include" lists matches as
// often) or a people's adjective ("American shows were X").
func workSubjectList(w *window, ev *evidence) {
	if w.res.Mentions[w.mi].Type == extract.EventType || !wholeName(w) || !endsPhrase(w) {
		return
	}
	k := listVerbBefore(w)
	if k < 0 {
		return
	}
	// The subject's head: the nearest plural noun before the verb, with
	// only words in lower case between (a relative clause or a
	// participle's).
	word := func(j int) bool { return w.free(j) && (tokenize.StartsLower(w.toks[j].Text) || j == 0) }
	start := clauseBefore(w, k, word)
	for j, n := start, 0; j >= 0 && n < 7; j, n = j-1, n+1 {
		if !word(j) {
			return
		}
		// The tagger reads a plural noun before "which" as a verb at
		// times ("shows which").
		if w.tag(j) != "NNS" && (w.tag(j) != "VBZ" || j != start || start == k-1) {
			continue
		}
		l := w.lex.Lemma(w.word(j), "NNS")
		if w.lex.Is(l, lexicon.Work) || w.lex.Is(l, lexicon.CreativeWork) || w.lex.Is(l, lexicon.RecordWork) || tradeNoun(w, j) {
			if j == k-1 || w.tag(j+1) == "WDT" || w.word(j+1) == "that" || strings.HasPrefix(w.tag(j+1), "VB") {
				ev.markWork("work-subject-list", w.word(j)+" ... "+w.word(k))
			}
		}
		return
	}
}

// listVerbBefore returns the token of "include" or a plural "be" before
// the list the window's name ends (past the list's names, commas, "and",
// "or" and a title's "The"), or -1.
func listVerbBefore(w *window) int {
	k := w.lo - 1
	for steps := 0; k >= 0 && steps < 24; steps++ {
		x := w.word(k)
		switch {
		case w.at[k] >= 0:
			k = mentionStart(w, k) - 1
			continue
		case x == "," || x == "and" || x == "or" || x == "the" && w.toks[k].Text == "The":
			k--
			continue
		}
		break
	}
	if !w.free(k) {
		return -1
	}
	switch w.word(k) {
	case "include", "included", "includes", "were", "are":
		return k
	}
	return -1
}

// clauseBefore returns the token before a relative clause or a
// participle's clause, in words in lower case (word), that ends before
// the verb at token k ("shows which earned praise were", "films picking
// up three nominations were", "movies tipped for success include"), or k-1
// when there is none: where the subject's head may end.
func clauseBefore(w *window, k int, word func(int) bool) int {
	for j, n := k-1, 0; j >= 0 && n < 7 && word(j); j, n = j-1, n+1 {
		if w.tag(j) == "WDT" || w.word(j) == "that" || j < k-1 && (w.tag(j) == "VBG" || w.tag(j) == "VBN") {
			return j - 1
		}
	}
	return k - 1
}

// tradeNoun reports whether the plural noun at token j is a trade's
// noun for works (the games trade's) after a noun in lower case that says
// which trade ("video games"), or after a people's adjective or a name
// inside the sentence ("Other Norlandic shows"; "Big games" opens one).
func tradeNoun(w *window, j int) bool {
	if !w.lex.Is(strings.TrimSuffix(w.word(j), "s"), lexicon.TradeWork) || j < 1 {
		return false
	}
	p := w.tag(j - 1)
	switch {
	case w.free(j-1) && tokenize.StartsLower(w.toks[j-1].Text) && (strings.HasPrefix(p, "NN") || p == "VBG"):
		return true
	case j >= 2 && tokenize.StartsUpper(w.toks[j-1].Text) && (strings.HasPrefix(p, "JJ") || p == "NNP" || w.at[j-1] >= 0 && w.res.Mentions[w.at[j-1]].Type == extract.Miscellaneous):
		return true
	}
	return false
}

// skipWorkNoun returns the token before a noun for a kind of work, its
// modifiers and its determiner that end at token k ("the stalker drama"
// before a title), or k when no such noun is there.
func skipWorkNoun(w *window, k int) int {
	if !w.free(k) || !workNoun(w, k) {
		return k
	}
	j := k - 1
	for j >= 0 && w.free(j) && tokenize.StartsLower(w.toks[j].Text) && (strings.HasPrefix(w.tag(j), "JJ") || strings.HasPrefix(w.tag(j), "NN")) {
		j--
	}
	if w.free(j) && w.tag(j) == "DT" {
		j--
	}
	return j
}

// workNounAhead returns the token after a determiner, modifiers and a
// noun for a kind of work that start at token k and stand right before a
// name ("the stalker drama Y"), or k when they are not there.
func workNounAhead(w *window, k int) int {
	j := k
	if w.free(j) && w.tag(j) == "DT" {
		j++
	}
	for j < len(w.at) && w.free(j) && tokenize.StartsLower(w.toks[j].Text) && (strings.HasPrefix(w.tag(j), "JJ") || strings.HasPrefix(w.tag(j), "NN")) {
		if workNoun(w, j) && j+1 < len(w.at) && w.at[j+1] >= 0 {
			return j + 1
		}
		j++
	}
	return k
}

// workBetweenNames reads a noun for a kind of work standing between two
// names after "the" or a possessive determiner: "the Harlow show X", "the
// Pellam musical X", "their Acme album X". The word there heads the first
// name's phrase and the title stands beside it, so it is a noun whatever
// the tagger read it as (it reads "show" as a verb and "musical" as an
// adjective there; a noun it read so workTitle reads already).
func workBetweenNames(w *window, ev *evidence) {
	k := w.lo - 1
	if k < 2 || !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) || strings.HasPrefix(w.tag(k), "NN") || w.at[k-1] < 0 {
		return
	}
	j := k - 1
	for j >= 0 && w.at[j] == w.at[k-1] {
		j--
	}
	if j < 0 || !w.free(j) || w.word(j) != "the" && w.tag(j) != "PRP$" {
		return
	}
	n := w.word(k)
	if !w.lex.Is(n, lexicon.CreativeWork) && !w.lex.Is(n, lexicon.Work) && !w.lex.Is(n, lexicon.TradeWork) {
		return
	}
	// The tagger reads a title's "!" as a noun at times ("X!").
	if wholeName(w) && (endsPhrase(w) || punctuation(w.word(w.hi))) {
		ev.markWork("work-between-names", w.word(j)+" ... "+n)
	}
}

// punctuation reports whether s is a mark of punctuation alone.
func punctuation(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// writtenBy reads a name the tagger read as a person's or a place's
// before a comma and "written by" or "composed by" and a person: "he
// read X, written by the poet Ann Lee". Neither a person nor a place is
// written; a work is, by its author. The author may follow a determiner
// and the nouns and adjectives that describe them ("by the Roman poet
// Ann Lee"). "directed by" reads a film's director so ("X, directed by
// Bo Ek", the directed-by construction), and there a name the tagger
// read as a body's is taken too, when no word of it is a body's and the
// gazetteer lists it as no body, place or person: a body is "run" or
// "led" by a person, a theatre's company aside ("the Harlow Players,
// directed by Ann Lee" keeps its body's word).
func writtenBy(w *window, ev *evidence) {
	hi := w.hi
	v := w.word(hi + 1)
	switch t := w.res.Mentions[w.mi].Type; {
	case t == extract.Person || t == extract.Location:
	case t == extract.Organization && v == "directed" && !w.listedNonWork() && !bodyWordIn(w.lex, strings.Fields(w.res.Mentions[w.mi].Text)):
	default:
		return
	}
	if w.word(hi) != "," || w.word(hi+2) != "by" || !w.free(hi+1) {
		return
	}
	if v != "written" && v != "composed" && v != "directed" {
		return
	}
	k := hi + 3
	for steps := 0; k < len(w.at) && steps < 5; steps++ {
		if w.at[k] >= 0 && w.res.Mentions[w.at[k]].Type != extract.Person {
			k++ // a nationality: "the Roman poet"
			continue
		}
		if w.at[k] < 0 && tokenize.StartsLower(w.toks[k].Text) {
			if t := w.tag(k); t == "DT" || strings.HasPrefix(t, "JJ") || t == "NN" {
				k++
				continue
			}
		}
		break
	}
	if k >= len(w.at) || w.at[k] < 0 || w.res.Mentions[w.at[k]].Type != extract.Person {
		return
	}
	if wholeName(w) {
		ev.markWork("written-by", v+" by")
	}
}

// membersOf reads a name the tagger read as a person's after "members
// of": "with members of X", "two members of the X". A person has no
// members; a band, a club or a party has. A name before a possessive or
// a noun is left alone ("members of Ann Lee's family", "members of the
// Ann Lee campaign").
func membersOf(w *window, ev *evidence) {
	k := w.lo - 1
	if w.word(k) == "the" {
		k--
	}
	if w.word(k) != "of" || !w.free(k-1) || w.word(k-1) != "members" || w.res.Mentions[w.mi].Type != extract.Person {
		return
	}
	if endsPhrase(w) && wholeName(w) {
		// Read as a body one of whose parts stands before it ("its
		// affiliate X"), which places nothing.
		ev.partBefore = true
		ev.reasons = append(ev.reasons, reason{"part", "members-of", "members of"})
	}
}

// topicTradeList reads a name the tagger read as a person's, a place's
// or a miscellaneous one in a list after a trade's plural noun with no modifier ("titles, such
// as X", "games like X and Y") on a page about that trade's works: one
// that names them with a modifier three times or more ("mobile games",
// "strategy titles", "racing games"). workList reads the plural after a
// modifier anywhere; alone it lists matches or championships as often,
// but not on such a page. A body's name is left alone (a publisher).
func topicTradeList(w *window, ev *evidence) {
	if t := w.res.Mentions[w.mi].Type; t != extract.Person && t != extract.Location && t != extract.Miscellaneous {
		return
	}
	k := w.lo - 1
	for steps := 0; k >= 0 && steps < 24; steps++ {
		if x := w.word(k); x == "," || x == "and" || x == "or" || x == "the" || w.at[k] >= 0 {
			k--
			continue
		}
		break
	}
	k, introduced := listIntro(w, k)
	if !introduced || !w.free(k) || w.tag(k) != "NNS" || !tokenize.StartsLower(w.toks[k].Text) || tradeWorks(w, k) {
		return
	}
	if one := strings.TrimSuffix(w.word(k), "s"); !w.lex.Is(one, lexicon.TradeWork) || tradeCompounds(w.res, w.lex) < 3 {
		return
	}
	if wholeName(w) && endsPhrase(w) {
		ev.markWork("topic-trade-list", w.word(k))
	}
}

// tradeCompounds counts the document's plural nouns of a trade's works
// after a noun or a gerund that says which ("mobile games", "strategy
// titles", "racing games"), as tradeWorks reads them.
func tradeCompounds(res *extract.Result, lex *lexicon.Lexicon) int {
	n := 0
	for _, s := range res.Sentences {
		for i := 1; i < len(s.POS) && i < len(s.Tokens); i++ {
			word := s.Tokens[i].Text
			if s.POS[i] != "NNS" || !tokenize.StartsLower(word) || !lex.Is(strings.TrimSuffix(strings.ToLower(word), "s"), lexicon.TradeWork) {
				continue
			}
			if p := s.POS[i-1]; (strings.HasPrefix(p, "NN") && p != "NNP" && p != "NNPS" || p == "VBG") && tokenize.StartsLower(s.Tokens[i-1].Text) {
				n++
			}
		}
	}
	return n
}

// bestWork reads a name as the subject of winning, or of being named or
// shortlisted for, a "best" prize named by a noun for a kind of work:
// "X won best film", "X has scooped the best foreign film", "X picked up
// the best film award", "X, which won the award for best drama", "X has
// been named best comedy", "X is up for best musical", "X are
// shortlisted in the best play category", "X is among the nominees for
// best film". A work wins the prize for its
// kind (the lexicon's ShownWork: a film, a play, a show); a person wins
// one for a part ("best actor"), and a band or an author one for a record
// or a book ("best album", "best novel"), whose nouns are left out, as
// is a noun followed by another ("best musical actress"), and so is the
// subject when "for" and what the prize is for follow the noun ("Ann Lee
// collected the award for best comedy for X"). The name opens its clause (no
// preposition before it: "the film from Harlow won best film") and is no
// place the gazetteer knows.
func bestWork(w *window, ev *evidence) {
	m := w.res.Mentions[w.mi]
	if m.Type == extract.Location && w.knownPlace(m.Text) || w.lo > 0 && w.tag(w.lo-1) == "IN" {
		return
	}
	k := w.hi
	if w.word(k) == "," && w.word(k+1) == "which" {
		k += 2 // "X, which won best film,"
	}
	if a := w.word(k); a == "has" || a == "have" || a == "had" {
		k++
	}
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) {
		return
	}
	k = prizeVerbEnd(w, k)
	if k < 0 {
		return
	}
	if w.word(k) == "the" || w.word(k) == "an" || w.word(k) == "a" {
		// "won the award for best film"
		if w.free(k+1) && w.lex.Is(w.lemma(k+1), lexicon.Award) && w.word(k+2) == "for" {
			k += 2
		}
		k++
	}
	// "Ann Lee collected the award for best comedy for X": the prize
	// is won for the work named after "for", the subject collects it.
	if k = bestKind(w, k); k >= 0 && w.word(k+1) != "for" && wholeName(w) {
		ev.markWork("best-work", "best "+w.word(k))
	}
}

// prizeVerbEnd returns the token after the verb of winning or of being
// named or shortlisted that starts at token k ("won", "picked up", "was
// named", "is up for", "are shortlisted in", "is among the nominees
// for"), or -1 when none starts there.
func prizeVerbEnd(w *window, k int) int {
	be := func(v string) bool { return v == "was" || v == "is" || v == "are" || v == "were" || v == "been" }
	switch v := w.word(k); {
	case strings.HasPrefix(w.tag(k), "VB") && (w.lemma(k) == "win" || w.lemma(k) == "scoop" || w.lemma(k) == "take" || w.lemma(k) == "collect"):
		return k + 1
	case strings.HasPrefix(w.tag(k), "VB") && w.lemma(k) == "pick" && w.word(k+1) == "up":
		return k + 2
	case be(v) && v != "are" && w.word(k+1) == "named":
		return k + 2
	case be(v) && v != "were" && w.word(k+1) == "up" && w.word(k+2) == "for":
		return k + 3
	case be(v) && (w.word(k+1) == "shortlisted" || w.word(k+1) == "nominated") && (w.word(k+2) == "for" || w.word(k+2) == "in"):
		return k + 3
	case be(v) && amongNomineesFor(w, k+1):
		return k + 5
	}
	return -1
}

// amongNomineesFor reports whether "among the nominees for" starts at
// token k.
func amongNomineesFor(w *window, k int) bool {
	return w.word(k) == "among" && w.word(k+1) == "the" && w.word(k+2) == "nominees" && w.word(k+3) == "for"
}

// bestKind returns the token of the kind of work in "best film", "best
// foreign film", "best play category", "best TV comedy drama" that
// starts at token k ("best"), or -1 when the words there name no prize
// for a kind of work.
func bestKind(w *window, k int) int {
	if w.word(k) != "best" || !w.free(k) {
		return -1
	}
	k++
	// One modifier may stand between: "best foreign film", "best British
	// film", "best TV comedy".
	if !workKind(w, k) && (strings.HasPrefix(w.tag(k), "JJ") || w.tag(k) == "NNP" || w.tag(k) == "NN") && (w.free(k) || demonymAt(w, k)) {
		k++
	}
	if !workKind(w, k) {
		return -1
	}
	// A kind named by two nouns for kinds of work: "best comedy drama"
	// (the compound-kind rule).
	for steps := 0; steps < 2 && workKind(w, k+1); steps++ {
		k++
	}
	if n := w.tag(k + 1); strings.HasPrefix(n, "NN") || strings.HasPrefix(n, "JJ") {
		// "the best film award", "the best play category"
		if !w.free(k+1) || !w.lex.Is(w.lemma(k+1), lexicon.Award) && w.lemma(k+1) != "category" {
			return -1
		}
	}
	return k
}

// demonymAt reports whether token k is a one-word mention of a place or
// a people the tagger read as an adjective ("British" in "best British
// film").
func demonymAt(w *window, k int) bool {
	if k < 0 || k >= len(w.at) || w.at[k] < 0 || mentionStart(w, k) != k || k+1 < len(w.at) && w.at[k+1] == w.at[k] {
		return false
	}
	t := w.res.Mentions[w.at[k]].Type
	return strings.HasPrefix(w.tag(k), "JJ") && (t == extract.Location || t == extract.Miscellaneous)
}

// workKind reports whether token k is a lower-case noun of the lexicon's
// ShownWork class ("film", "musical", "comedy"); the tagger reads some as
// adjectives.
func workKind(w *window, k int) bool {
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) {
		return false
	}
	if t := w.tag(k); t != "NN" && t != "JJ" {
		return false
	}
	return w.lex.Is(w.lemma(k), lexicon.ShownWork) || w.lex.Is(w.word(k), lexicon.ShownWork)
}

// bestRole reads the work an acting prize is won for: "won best actress
// for X", "took home best TV comedy actor for X and Y" (the best-role
// rule): a noun for an actor, after "best" and at most four words, then
// "for" and the name, or a name and "and" before it. A prize for a
// maker of shows or works, or for a kind of work, is won for a work too:
// "best director for X", "best international comedy for X", "best male
// soul single for X".
func bestRole(w *window, ev *evidence) {
	k := w.lo - 1
	if w.word(k) == "and" && k > 0 && w.at[k-1] >= 0 {
		k = mentionStart(w, k-1) - 1
	}
	if w.word(k) != "for" || !w.free(k-1) || !tokenize.StartsLower(w.toks[k-1].Text) || !prizeNoun(w, k-1) || !wholeName(w) {
		return
	}
	// "best actor for Ann Lee" (a nomination for a person): a name that
	// opens with a given name is left alone.
	if f := strings.Fields(w.res.Mentions[w.mi].Text); w.g != nil && len(f) > 1 && (w.g.Match(gazetteer.Tokens(f[0])...)&gazetteer.CatFirst != 0 || w.g.GivenName(f[0])) {
		return
	}
	for i := k - 2; i >= 0 && i >= k-6 && w.free(i); i-- {
		if w.word(i) == "best" {
			ev.markWork("best-role", "best "+w.word(k-1)+" for")
			return
		}
	}
}

// prizeNoun reports whether token k, a prize's category's head after
// "best", is a noun for an actor, a maker of shows or works (lexicon
// Performer, ShowMaker, WorkMaker), a kind of work or a record.
func prizeNoun(w *window, k int) bool {
	l := w.lemma(k)
	if w.lex.Is(l, lexicon.Performer) || w.lex.Is(l, lexicon.ShowMaker) || w.lex.Is(l, lexicon.WorkMaker) {
		return true
	}
	return workNoun(w, k) || record(w, k) || workKind(w, k)
}

// broadcasterWork reads a name after a broadcaster's possessive that ends
// its phrase: "Norland Radio's Quiet Harbour", "Vell One's The Ann Lee
// Show" where the document writes "the Vell show". A broadcaster's own
// named thing is a programme of its far more often than a body of its.
// The name is left alone as possessiveWork leaves it: one that opens
// with a given name the gazetteer knows ("Norland Radio's Ann Lee", a
// presenter; not after the title's own "The") or that it lists as a person's or a body's, one before a
// noun or an adjective ("Norland Radio's Harlow bureau"), a body's name
// with a word for a body in it, and a place the gazetteer knows.
func broadcasterWork(w *window, ev *evidence) {
	lo, hi := w.lo, w.hi
	article := false
	if lo > 2 && w.free(lo-1) && w.toks[lo-1].Text == "The" && w.possessive(lo-2) {
		lo-- // the title's own article: "Norland Radio's The Quiet Harbour"
		article = true
	}
	m := w.res.Mentions[w.mi]
	if lo < 2 || !w.possessive(lo-1) || w.g == nil || w.knownPlace(m.Text) {
		return
	}
	switch m.Type {
	case extract.Person, extract.Organization, extract.Location, extract.Miscellaneous:
	default:
		return
	}
	if !broadcasterBefore(w, lo-1) {
		return
	}
	if n := w.tag(hi); strings.HasPrefix(n, "NN") || strings.HasPrefix(n, "JJ") || n == "POS" || n == "CD" {
		return
	}
	f := strings.Fields(m.Text)
	// A given name opens a presenter's name, but no name a capitalised
	// article opens ("Vell One's The Ann Lee Show").
	if len(f) == 0 || !article && (w.g.Match(gazetteer.Tokens(f[0])...)&gazetteer.CatFirst != 0 || w.g.GivenName(f[0])) ||
		w.g.Match(gazetteer.Tokens(m.Text)...)&(gazetteer.CatPerson|gazetteer.CatOrg|gazetteer.CatIntlOrg) != 0 {
		return
	}
	if m.Type == extract.Organization {
		for _, x := range f {
			l := w.lex.Lemma(x, "NN")
			if tokenize.StartsUpper(x) && (w.lex.Is(l, lexicon.Organization) || w.lex.Is(l, lexicon.OrgPart) || w.lex.Is(l, lexicon.OrgGeneric) || orgClass(w.lex, x) != "") {
				return
			}
		}
	}
	if wholeName(w) {
		ev.markWork("broadcaster-work", w.word(lo-2)+w.word(lo-1))
	}
}

// broadcasterBefore reports whether the words before token k (a
// possessive) name a broadcaster: a body's mention or up to three
// capitalised words or numbers outside any (the tagger misses "Channel
// 9" at times), one of them a news medium's noun in capitals ("Norland
// Television", "Channel 9"); or a body's mention named as a channel
// ("ACME Two": see channelNumber); or a body's mention whose name, or its name
// less a last number ("Vell" of "Vell Two"), the document writes right
// before a noun for a kind of work shown ("the Vell show", "Vell Two
// series").
func broadcasterBefore(w *window, k int) bool {
	var f []string
	mention := false
	if j := k - 1; j >= 0 && w.at[j] >= 0 {
		o := w.res.Mentions[w.at[j]]
		if o.Type != extract.Organization || o.Entity == w.res.Mentions[w.mi].Entity {
			return false
		}
		f, mention = strings.Fields(o.Text), true
	} else {
		for j := k - 1; j >= 0 && j >= k-3 && w.at[j] < 0 && (w.free(j) && tokenize.StartsUpper(w.toks[j].Text) || w.tag(j) == "CD"); j-- {
			f = append([]string{w.toks[j].Text}, f...)
		}
	}
	for _, x := range f {
		if tokenize.StartsUpper(x) && w.lex.Is(w.lex.Lemma(strings.ToLower(x), "NN"), lexicon.NewsMedia) {
			return true
		}
	}
	if !mention {
		return false
	}
	// "Vell Two": an acronym and a channel's number (see channelNumber).
	if channelNumber(strings.Join(f, " ")) {
		return true
	}
	names := []string{strings.Join(f, " ")}
	if len(f) > 1 && (numbered(f[len(f)-1]) || smallNumber(f[len(f)-1])) {
		names = append(names, strings.Join(f[:len(f)-1], " "))
	}
	for _, s := range w.res.Sentences {
		for i := 0; i+1 < len(s.Tokens) && i+1 < len(s.Mention) && i+1 < len(s.Lemma); i++ {
			mi := s.Mention[i]
			if mi < 0 || mi >= len(w.res.Mentions) || s.Mention[i+1] >= 0 || !tokenize.StartsLower(s.Tokens[i+1].Text) {
				continue
			}
			mt := w.res.Mentions[mi].Text
			if mt != names[0] && (len(names) < 2 || mt != names[1]) {
				continue
			}
			if l := s.Lemma[i+1]; w.lex.Is(l, lexicon.ShownWork) || w.lex.Is(l, lexicon.Work) || w.lex.Is(l, lexicon.EventShow) {
				return true
			}
		}
	}
	return false
}

// smallNumber reports whether s is a number from one to ten in words, as
// a broadcaster numbers its channels ("Vell Two").
func smallNumber(s string) bool {
	switch strings.ToLower(s) {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	return false
}

// chartPlace reads a name the tagger read as a person's, a thing's or a
// place's it does not know, right before its place in a chart: "at
// number" and a number, after "is" or "was" at most ("X at number 20",
// "X is at number five"), in a sentence with a noun for a kind of work
// or the record trade's ("the top 40 singles chart including X at
// number 20"). What holds a chart's numbered place is a record; a
// name opening with a given name (a singer's) is left alone (the
// chart-place rule).
func chartPlace(w *window, ev *evidence) {
	if !w.mayNameWork() || !wholeName(w) || givenFirst(w.g, w.res.Mentions[w.mi].Text) {
		return
	}
	k := w.hi
	if x := w.word(k); x == "is" || x == "was" {
		k++
	}
	if w.word(k) != "at" || w.lemma(k+1) != "number" || w.tag(k+2) != "CD" {
		return
	}
	for i := range w.toks {
		if w.free(i) && tokenize.StartsLower(w.toks[i].Text) && strings.HasPrefix(w.tag(i), "NN") &&
			(w.lex.Is(w.lemma(i), lexicon.RecordWork) || w.lex.Is(w.lemma(i), lexicon.CreativeWork)) {
			ev.markWork("chart-place", "at number")
			return
		}
	}
}

// chartWith reads a name the tagger read as a person's, a thing's or a
// place's it does not know, right after "with" and a chart's numbered
// place, a noun of the record trade or a chart: "went in at number one
// with X", "has the new number one single with X", "a hit with X",
// "topped the album chart with X". What takes a
// chart's place, or makes a hit, is a record; a name opening with a
// given name or one the gazetteer lists as a person's is left alone, for
// a single is made with a partner too ("a single with Ann Lee"; the
// chart-with rule).
func chartWith(w *window, ev *evidence) {
	lo := w.lo
	if w.word(lo-1) != "with" || !w.mayNameWork() || !wholeName(w) || !endsPhrase(w) {
		return
	}
	name := w.res.Mentions[w.mi].Text
	if givenFirst(w.g, name) || w.g != nil && w.g.Match(gazetteer.Tokens(name)...)&gazetteer.CatPerson != 0 {
		return
	}
	k := lo - 2
	switch {
	case w.free(k) && w.tag(k) == "CD" && w.lemma(k-1) == "number":
	case w.free(k) && w.tag(k) == "NN" && tokenize.StartsLower(w.toks[k].Text) && w.lex.Is(w.lemma(k), lexicon.RecordWork):
	case w.free(k) && (w.word(k) == "chart" || w.word(k) == "charts") && tokenize.StartsLower(w.toks[k].Text):
	default:
		return
	}
	ev.markWork("chart-with", w.word(k)+" with")
}

// chartMove reads a name as the subject of a verb that moves a record in
// a chart, its place named in the clause: "X entered the chart at number
// two", "X, which reached number eight", "X, by Ann Lee, fell to number
// three", "X went straight in at number one", "X topped the chart". A
// singer or a band moves there too, with the record after "with" ("Ann
// Lee entered the chart at number one with X"): a clause with "with" is
// left alone, as is a name opening with a given name, one the gazetteer
// lists as a person's, one the document names by its last word alone (a
// person's surname), one the tagger read as a person's that does not
// end in a common noun ("Harlow Rain" is taken, "Vell Orrin" and a word
// alone are not) unless ", which" or ", by" follow it, one before a plural verb ("X have entered": a
// band's). A name the tagger read as a body's is taken only after
// ", which" or ", by" and its maker's names, and not with a class of
// body other than a band's (the chart-move rule).
func chartMove(w *window, ev *evidence) {
	k, cue := chartSubjectCue(w)
	// "follows single X, which reached number six": the relative's
	// subject, wherever X stands.
	if !chartSubject(w, cue && w.word(k-1) == "which") || !chartName(w, cue) {
		return
	}
	switch w.word(k) {
	case "has", "had", "is", "was":
		k++
	}
	if w.tag(k) == "RB" {
		k++
	}
	if !strings.HasPrefix(w.tag(k), "VB") || w.tag(k) == "VBP" || !chartVerb(w.lemma(k)) {
		return
	}
	if place := chartPlaceAfter(w, k); place != "" {
		ev.markWork("chart-move", w.word(k)+" ... "+place)
	}
}

// chartSubject reports whether the window's mention is a whole name, no
// event's, that opens its clause (perhaps after its owner's possessive:
// "Ann Lee's X entered the chart") or a relative's "which" follows
// (relative), and opens with no given name nor is listed as a person's
// (see chartMove).
func chartSubject(w *window, relative bool) bool {
	m := w.res.Mentions[w.mi]
	if !wholeName(w) || m.Type == extract.EventType || givenFirst(w.g, m.Text) || w.g != nil && w.g.Match(gazetteer.Tokens(m.Text)...)&gazetteer.CatPerson != 0 {
		return false
	}
	if relative {
		return true
	}
	switch p := w.word(w.lo - 1); {
	case w.lo == 0, p == ",", p == "and", p == "while", p == "but", p == "as":
		return true
	}
	return w.possessive(w.lo-1) && w.lo >= 2 && w.at[w.lo-2] >= 0
}

// chartName reports whether the window's mention may be a record's name
// as a chart's subject (see chartMove): cue says ", which" or ", by" and
// its makers follow it.
func chartName(w *window, cue bool) bool {
	m := w.res.Mentions[w.mi]
	if !cue && !w.mayNameWork() || surnameAlone(w) {
		return false
	}
	if f := strings.Fields(m.Text); !cue && m.Type == extract.Person && (len(f) < 2 || !w.lex.Known(strings.ToLower(f[len(f)-1]), lexicon.Noun)) {
		return false // "Ann Vell topped the chart": a singer's name as often
	}
	if m.Type == extract.Organization {
		e := m.Entity
		return e >= 0 && e < len(w.res.Entities) && (w.res.Entities[e].Class == "" || w.res.Entities[e].Class == ClassMusicGroup)
	}
	return true
}

// chartPlaceAfter returns the word that names a chart's place in the
// clause after the verb at token k ("number" and a number, "chart"), or
// "" when none does or "with" stands there (see chartMove).
func chartPlaceAfter(w *window, k int) string {
	place := ""
	for i := k + 1; i < len(w.toks); i++ {
		x := w.word(i)
		if x == "with" {
			return ""
		}
		if x == "," || x == "." || x == ";" || x == ":" || w.tag(i) == "CC" {
			break
		}
		if place == "" && (x == "number" && w.tag(i+1) == "CD" || (x == "chart" || x == "charts") && tokenize.StartsLower(w.toks[i].Text)) {
			place = x
		}
	}
	return place
}

// chartSubjectCue reads what may stand between a chart's subject and its
// verb: ", which" or ", by" and the maker's names and a comma ("X, by Ann
// Lee and Bo Ek, fell"). It returns the token after them and whether
// one stood.
func chartSubjectCue(w *window) (int, bool) {
	k := w.hi
	if w.word(k) != "," {
		return k, false
	}
	switch w.word(k + 1) {
	case "which":
		return k + 2, true
	case "by":
		j := k + 2
		for steps := 0; j < len(w.toks) && steps < 12 && (w.at[j] >= 0 || listSep(w, j) && w.word(j) != ","); steps++ {
			j++
		}
		// The makers end at a comma, past a comma inside their list.
		for j < len(w.toks) && w.word(j) == "," && j+1 < len(w.toks) && w.at[j+1] >= 0 {
			j++
			for j < len(w.toks) && (w.at[j] >= 0 || listSep(w, j) && w.word(j) != ",") {
				j++
			}
		}
		if j > k+2 && w.word(j) == "," && w.at[j-1] >= 0 {
			return j + 1, true
		}
	}
	return k, false
}

// chartVerb reports whether lemma is a verb that moves a record in a
// chart or holds its place there (a closed class of the construction).
// It is no lexicon class: WordNet has no sense of moving in a ranking;
// these are verbs of travelling, rising and falling, entering, staying,
// reaching and topping read figuratively, and the closures of their
// senses hold hundreds of ways of going and of entering (invade, raid)
// that no chart names.
func chartVerb(lemma string) bool {
	switch lemma {
	case "enter", "debut", "climb", "rise", "fall", "drop", "slip", "slide", "reach", "top", "peak", "go", "jump", "leap", "move", "stay", "remain", "hold", "crash", "storm", "chart":
		return true
	}
	return false
}

// surnameAlone reports whether the document names the window's entity by
// its last word alone elsewhere, as it names a person by the surname.
func surnameAlone(w *window) bool {
	m := w.res.Mentions[w.mi]
	f := strings.Fields(m.Text)
	if len(f) < 2 {
		return false
	}
	for _, o := range w.res.Mentions {
		if o.Entity == m.Entity && o.Text == f[len(f)-1] {
			return true
		}
	}
	return false
}
