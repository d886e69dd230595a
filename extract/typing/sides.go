package typing

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/tokenize"
)

// A place's name often names the sports side that carries it ("Norland
// beat Ostmark 19-13", "the Harlow coach"), and a sports page names the
// place too ("in Velden, Norland tore into Ostmark"; "the finals in
// Norland"). One entity per name and page would type every mention
// alike; so each mention of a place is read on its own, and a name whose
// mentions are both a side and a place becomes two entities: the side
// (a SportsTeam named as the place is) and the place.

// sideMentions reads each mention of a place as a side or not: team[mi]
// holds already for the mentions the result and score-line constructions
// read. On a sports page (one with such a mention, or with two mentions
// before a noun for a side's people or the side itself: "the Norland
// coach", "Norland's fly-half", "the Norland side", or one and a noun
// for a contest) it holds too for
// those mentions, for a mention that opens its clause before a plural
// verb ("Norland were", "Norland have": a country is singular, its side
// plural), for one that a verb of contest or defeat joins to another
// name ("Norland beat Ostmark", "lost to Ostmark"), or any verb to
// another place's ("Norland tore into Ostmark"), for one after
// "against", and for the rest of a list after one of those; and place[mi] holds for one whose possessive a body, an
// office or a person follows ("Norland's sports minister", "Norland's
// Ann Lee"). It reports whether the
// page is a sports page; cues is the document's sportCues, words its
// docWords.
func (t *Typer) sideMentions(res *extract.Result, team, place, lone []bool, cues int, words lexicon.Classes) bool {
	sport := slices.Contains(team, true)
	// Which mentions name a town or a country (townMention) each
	// construction below reads: the entities do not change meanwhile.
	towns := t.townMentions(res)
	nouns, plural, position := t.sideNouns(res, team, towns)
	// One noun may be a player of another game ("one of Harlow's finest
	// players", "the Harlow team of scientists"); a result, a score, two
	// such nouns or plural verbs, one and a noun for a contest ("match",
	// "final"), or a plural verb and a noun for a side or its people
	// anywhere ("the team", "the coach") make a sports page.
	// A town a player moves to, joins, signs for or comes from on loan
	// is a club there ("a move to Harlow", "joined from Pellam"), on a
	// page with a side's people (not an office's holder: "the manager")
	// or a contest.
	moves := t.transferSides(res, team, towns)
	if len(moves) > 0 && (t.docPlayer(res) || words.Has(lexicon.EventSport)) {
		sport = true
	} else {
		moves = nil
	}
	// A page with a side's people ("players", "striker") and a contest
	// ("match", "championship", or a game played: "a couple of games")
	// is one too, when a name stands after "against" ("the final
	// against Norland", "Norland against Tarvik").
	// A short item names a side without those: two kinds of a sports
	// page's words make one too ("the football coach", "a 3-1 win by
	// the striker"), and so do one and a town's name after a side's
	// noun of defeat ("the players" and "his side's loss to Norland").
	pairs := append(t.sidePairs(res, cues, towns), t.appositiveSides(res, cues, towns)...)
	if !sport && !position && !(len(nouns) >= 2 || len(nouns) == 1 && (words.Has(lexicon.EventSport) || plural && words.Has(lexicon.SportRole))) &&
		!(t.docPlayer(res) && (words.Has(lexicon.EventSport) || words.Has(lexicon.GamePlayed)) && t.sideAgainst(res, towns)) && cues < 2 &&
		!(cues == 1 && t.sideDefeat(res, towns)) && len(pairs) == 0 {
		return false
	}
	for _, mi := range nouns {
		team[mi] = true
	}
	for _, mi := range moves {
		team[mi] = true
	}
	for _, mi := range pairs {
		team[mi] = true
	}
	t.contestSides(res, team, place, lone, towns)
	t.nicknameSides(res, team, place, towns)
	t.demonymSides(res, team, place)
	t.listSides(res, team, lone, towns)
	t.unplaceModifiers(res, place)
	return true
}

// placeMention reports whether mention m names a place of the document
// as a place is named, in a sentence.
func (t *Typer) placeMention(res *extract.Result, m extract.Mention) bool {
	return m.Entity >= 0 && m.Entity < len(res.Entities) && res.Entities[m.Entity].Type == extract.Location &&
		t.placeName(m) && m.Sentence >= 0 && m.Sentence < len(res.Sentences)
}

// townMention reports whether mention m names a place as a place is
// named, or a town's name the tagger took for a body's or another name
// ("a move to Harlow and Pellam": clubs' names are towns').
func (t *Typer) townMention(res *extract.Result, m extract.Mention) bool {
	if t.placeMention(res, m) {
		return true
	}
	if m.Entity < 0 || m.Entity >= len(res.Entities) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) || !t.placeName(m) {
		return false
	}
	e := &res.Entities[m.Entity]
	switch e.Type {
	case extract.Organization, extract.Miscellaneous:
		return e.Class == "" && (t.isPlaceName(m.Text) || t.townPair(m.Text))
	case extract.Person:
		// A person is named in full once at least ("Ann Lee", then
		// "Lee"); a town's one-word name each time taken for a
		// person's is read as a town's ("Harlow manager Ann Lee").
		return len(strings.Fields(m.Text)) == 1 && t.isPlaceName(m.Text) &&
			!slices.ContainsFunc(e.Mentions, func(mj int) bool { return res.Mentions[mj].Text != m.Text })
	}
	return false
}

// townPair reports whether name joins two towns' names by a hyphen, each
// a town the gazetteer knows and neither a country ("Harlow-Pellam"): a
// club of two towns merged is named so (town-pair).
func (t *Typer) townPair(name string) bool {
	a, b, ok := strings.Cut(name, "-")
	if !ok || strings.ContainsAny(name, " ") || strings.Contains(b, "-") || t.g == nil {
		return false
	}
	for _, x := range []string{a, b} {
		if !tokenize.StartsUpper(x) || !t.townNotCountry(x) {
			return false
		}
	}
	return true
}

// townNotCountry reports whether the gazetteer knows name as a town's
// and as no country's: a town, not a country (town-pair, club-player).
func (t *Typer) townNotCountry(name string) bool {
	c := t.g.Match(gazetteer.Tokens(name)...)
	return c&gazetteer.CatCity != 0 && c&gazetteer.CatCountry == 0
}

// townMentions returns townMention of each mention of res, by its index.
func (t *Typer) townMentions(res *extract.Result) []bool {
	towns := make([]bool, len(res.Mentions))
	for mi, m := range res.Mentions {
		towns[mi] = t.townMention(res, m)
	}
	return towns
}

// sideNouns returns the mentions of places (and of towns the tagger took
// for bodies: townMention) that a noun of a side or a plural verb
// follows, whether a plural verb follows one and whether a side's
// position follows one (positionAfter), which alone makes a sports page.
func (t *Typer) sideNouns(res *extract.Result, team, towns []bool) (nouns []int, plural, position bool) {
	for mi, m := range res.Mentions {
		if team[mi] || !towns[mi] {
			continue
		}
		w := newWindow(res, t.lex, t.g, mi)
		if w.lo < 0 || !t.isPlaceName(m.Text) {
			continue
		}
		// A plural verb after a place's name that opens its clause is
		// a side's as a noun of a side is ("Harlow have won"): a place
		// is singular, unless its name is plural ("the Ostmark Isles
		// are").
		// "the Harlow side" on a page that names Dinamo Harlow: a club
		// from the town, which stays a town.
		named := clubNamedAfter(res, m)
		switch {
		case !named && positionAfter(w):
			nouns = append(nouns, mi)
			position = true
		case !named && sideNoun(w):
			nouns = append(nouns, mi)
		case pluralVerb(w) && w.word(w.lo-1) != "the" && w.tag(w.hi-1) != "NNPS":
			nouns = append(nouns, mi)
			plural = true
		}
	}
	return nouns, plural, position
}

// clubNamedAfter reports whether the page names a body of no class but a
// side's after the town that mention m names, with more words ("Dinamo
// Harlow", "Harlow Athletic"): a side's noun after the town's name alone then says where
// a side is from ("the Harlow side" is that club), and the town stays a
// town (club-named-after).
func clubNamedAfter(res *extract.Result, m extract.Mention) bool {
	town := " " + m.Text + " "
	for e := range res.Entities {
		ent := &res.Entities[e]
		if e == m.Entity || ent.Type != extract.Organization || ent.Class != "" && ent.Class != ClassSportsTeam || !strings.Contains(ent.Name, " ") {
			continue
		}
		if strings.Contains(" "+ent.Name+" ", town) {
			return true
		}
	}
	return false
}

// officialLine reports whether the person before the bracket that holds
// the mention of w is a match's official: an official's noun right
// before him ("referee Ann Lee (Harlow)"), or a line that is nothing
// but him and the bracket, perhaps after a few words and a colon
// ("Referee: Ann Lee (Harlow)", "Ann Lee (Harlow).", "A Lee (Harlow)." with
// an initial the tagger left out of the name). His bracket gives
// his county or association, no club.
func officialLine(w *window) bool {
	p := w.lo - 2
	for p > 0 && w.at[p-1] == w.at[w.lo-2] {
		p--
	}
	// An initial the tagger left out of his name ("A Lee (Harlow).").
	for p > 0 && w.at[p-1] < 0 && initial(w.toks[p-1].Text) {
		p--
	}
	if w.free(p-1) && w.lex.Is(w.lemma(p-1), lexicon.MatchOfficial) {
		return true
	}
	n := len(w.toks)
	if n > 0 && w.word(n-1) == "." {
		n--
	}
	if w.hi+1 != n || w.word(w.hi) != ")" {
		return false
	}
	if p == 0 {
		return true
	}
	if p > officialLabelMax+1 || w.word(p-1) != ":" {
		return false
	}
	for i := 0; i < p-1; i++ {
		if w.toks[i].Kind != tokenize.Word {
			return false
		}
	}
	return true
}

// initial reports whether a token is a capital letter alone, perhaps
// with a full stop: an initial of a name ("A", "B.").
func initial(x string) bool {
	x = strings.TrimSuffix(x, ".")
	return len(x) == 1 && x[0] >= 'A' && x[0] <= 'Z'
}

// officialLabelMax is the most words of a label before the colon of an
// official's line ("Fourth official:").
const officialLabelMax = 4

// contestSides marks, on a sports page, the mentions of known places (and
// of towns the tagger took for bodies) that
// a contest joins to another name as sides, and the ones whose possessive
// a body or a person follows as places. lone marks the sides that only
// a player's frame reads ("played for Norland", "Norland's match").
func (t *Typer) contestSides(res *extract.Result, team, place, lone, towns []bool) {
	for mi, m := range res.Mentions {
		// "Ann Lee (Harlow)" in a sports page's list of players gives
		// her club, any town's name, where a country's gives her
		// country (nationality).
		if !team[mi] && towns[mi] && !t.nation(&res.Entities[m.Entity]) {
			if w := newWindow(res, t.lex, t.g, mi); w.lo >= 2 && w.word(w.lo-1) == "(" && (w.word(w.hi) == ")" || w.word(w.hi) == ",") && w.personAt(w.lo-2) && !officialLine(w) {
				team[mi] = true
				continue
			}
		}
		// A name the gazetteer knows as a place's, and not the country
		// of a body, a person or a place named after it ("Norland's
		// sports minister", "beat Norland's Ann Lee", "Norland's
		// Harlow").
		w, ok := t.knownTown(res, team, towns, mi)
		if !ok {
			continue
		}
		// "Harlow's Ann Lee", "Harlow star Ann Lee" on a page of clubs:
		// her club (club-player).
		if t.clubPlayer(res, w, m) && t.clubPage(res, team, m.Entity) {
			team[mi] = true
			continue
		}
		// "Norland's Ann Lee" gives her country, as "Ann Lee (Norland)"
		// does.
		if bodyAfter(w) || w.possessive(w.hi) && w.personAt(w.hi+1) {
			place[mi] = true
			continue
		}
		if w.possessive(w.hi) && w.placeAt(w.hi+1) {
			continue
		}
		// A poll's rank ("No. 7 Norland holds on") names a side, the
		// tagger's noun after it a verb.
		if rankedBefore(w) {
			team[mi] = true
			continue
		}
		// "the Norland game": a country's side, the contest against it.
		if t.contestModifier(res, w, m) {
			team[mi] = true
			continue
		}
		// A name before a common noun modifies it: "a win over Harlow
		// rivals Pellam" names Harlow's place.
		if w.free(w.hi) && tokenize.StartsLower(w.toks[w.hi].Text) && (w.tag(w.hi) == "NN" || w.tag(w.hi) == "NNS") {
			continue
		}
		switch {
		case contestFrame(w):
			team[mi] = true
		case forSide(w) || ownedContest(w):
			// A player's side, or its match: no results page
			// (resultsPage) for that alone.
			team[mi], lone[mi] = true, true
		}
	}
}

// contestModifier reports whether mention m, in window w, names a
// country after "the" and before a singular noun for one contest played
// that ends its noun phrase ("the Norland game", "the Norland match"): on
// a sports page that is the country's side, the game played against it or
// by it (contest-modifier). A town before such a noun may say where the
// game is played ("the Harlow match"), and a noun after the contest's
// ("the Norland game plan") is no contest.
func (t *Typer) contestModifier(res *extract.Result, w *window, m extract.Mention) bool {
	if m.Entity < 0 || m.Entity >= len(res.Entities) || !t.nation(&res.Entities[m.Entity]) || w.word(w.lo-1) != "the" {
		return false
	}
	k := w.hi
	if !w.free(k) || w.tag(k) != "NN" || !tokenize.StartsLower(w.toks[k].Text) {
		return false
	}
	if l := w.lemma(k); !w.lex.Is(l, lexicon.GamePlayed) && !w.lex.Is(l, lexicon.EventSport) {
		return false
	}
	return !(w.free(k+1) && strings.HasPrefix(w.tag(k+1), "NN"))
}

// contestFrame reports whether the words around a known place's name
// make it a side in a contest: a plural verb after it, "against" before
// it, a host, a contest or a defeat around it, or a standing's margin.
func contestFrame(w *window) bool {
	return pluralVerb(w) || w.word(w.start()) == "against" || hostBefore(w) || contestBefore(w) || contestAfter(w) || beatenBy(w) || standingBefore(w)
}

// standingBefore reads a margin between sides in a standing before the
// name (standing-margin): a unit a standing is counted in and "behind",
// "ahead of", "clear of" or "adrift of" ("two games behind Norland",
// "three points clear of Norland"), or "within" a few words before such
// a unit and "of" ("within a percentage point of Norland"). A country
// stands nowhere in a table; its side does.
func standingBefore(w *window) bool {
	k := w.start()
	if !w.free(k) {
		return false
	}
	switch w.word(k) {
	case "behind":
		return scoreUnit(w, k-1)
	case "of":
		switch w.word(k - 1) {
		case "ahead", "clear", "adrift":
			return w.free(k-1) && (scoreUnit(w, k-2) || scoreAt(w, k-2))
		}
		if !scoreUnit(w, k-1) {
			return false
		}
		for j := k - 2; j >= 0 && j >= k-5 && w.free(j); j-- {
			if w.word(j) == "within" {
				return true
			}
		}
	}
	return false
}

// scoreAt reports whether token k is a score outside any mention
// ("9-4"): a margin a side stands clear by ("sit 9-4 clear of
// Norland").
func scoreAt(w *window, k int) bool {
	return k >= 0 && k < len(w.toks) && w.at[k] < 0 && tokenize.IsScore(w.toks[k].Text)
}

// clearOf reads a verb and a margin before "clear of", "ahead of" or
// "adrift of" and the name: "sit 9-4 clear of Norland", "stay two
// games ahead of Norland" (standing-margin). It returns the verb's
// token, whose subject stands against the name.
func clearOf(w *window) (int, bool) {
	if !standingBefore(w) || w.word(w.start()) != "of" {
		return 0, false
	}
	k := w.start() - 2
	if !scoreAt(w, k) {
		k--
		if w.free(k) && w.tag(k) == "CD" {
			k--
		}
	} else {
		k--
	}
	return k, w.free(k) && strings.HasPrefix(w.tag(k), "VB") && w.tag(k) != "VBN"
}

// scoreUnit reports whether token k is a common noun outside any mention
// for a unit a standing is counted in ("point", "games").
func scoreUnit(w *window, k int) bool {
	return w.free(k) && (w.tag(k) == "NN" || w.tag(k) == "NNS") && tokenize.StartsLower(w.toks[k].Text) && w.lex.Is(w.lemma(k), lexicon.ScoreUnit)
}

// forSide reads "for" before the name after a verb of contest or defeat
// or a place in a result: "played for Norland", "competed for Norland",
// "won for Norland", "finished fourth for Norland". A player plays,
// wins or finishes for a side.
func forSide(w *window) bool {
	k := w.start()
	if w.word(k) != "for" || !w.free(k) {
		return false
	}
	k--
	if w.free(k) && ordinal(w.word(k)) && (strings.HasPrefix(w.tag(k), "JJ") || strings.HasPrefix(w.tag(k), "RB")) {
		return true
	}
	return contestVerb(w, k)
}

// ownedContest reads the name's possessive before a noun of a contest or
// a result, perhaps after an adjective or two: "Norland's match against
// Ostmark", "Norland's first win", "Norland's 2-1 defeat". A country
// has no matches; its side does.
func ownedContest(w *window) bool {
	k := w.hi
	if !w.possessive(k) {
		return false
	}
	k++
	// The possessive may end the sentence ("... beat X and Norland's"
	// before a paragraph break): no token after it.
	for n := 0; n < 3 && k < len(w.toks); n, k = n+1, k+1 {
		if !w.free(k) && !(w.at[k] < 0 && tokenize.IsScore(w.toks[k].Text)) {
			return false
		}
		if tokenize.IsScore(w.toks[k].Text) {
			continue
		}
		if !tokenize.StartsLower(w.toks[k].Text) {
			return false
		}
		switch tag := w.tag(k); {
		case tag == "NN" || tag == "NNS":
			l := w.lemma(k)
			return (w.lex.Is(l, lexicon.EventSport) || w.lex.Is(l, lexicon.Defeat)) && !(w.free(k+1) && strings.HasPrefix(w.tag(k+1), "NN"))
		case !strings.HasPrefix(tag, "JJ") && tag != "CD":
			return false
		}
	}
	return false
}

// transferSides returns the mentions of towns (not countries) that a
// frame of a player's transfer names: "a move to Harlow", "switch to",
// "on loan to"; "join Harlow", "signed for Harlow"; "joined from Pellam",
// "signed from", "on loan from"; and a spell there: "spells at Harlow",
// "a stint at Harlow".
func (t *Typer) transferSides(res *extract.Result, team, towns []bool) []int {
	var out []int
	for mi, m := range res.Mentions {
		if team[mi] || !towns[mi] || t.nation(&res.Entities[m.Entity]) {
			continue
		}
		w := newWindow(res, t.lex, t.g, mi)
		if w.lo < 1 || !w.knownPlace(m.Text) {
			continue
		}
		if transferBefore(w) {
			out = append(out, mi)
		}
	}
	return out
}

// transferBefore reads a transfer's frame before the name: a verb or
// noun of moving, a preposition and the name, or "join" right before it.
func transferBefore(w *window) bool {
	k := w.lo - 1
	if !w.free(k) {
		return false
	}
	// Not what is the town's ("joined Harlow's council").
	if w.possessive(w.hi) {
		return false
	}
	if w.lemma(k) == "join" && strings.HasPrefix(w.tag(k), "VB") {
		return true
	}
	switch w.word(k) {
	case "to":
		// "a move to Harlow", "his switch to Harlow", "on loan to Harlow".
		switch w.lemma(k - 1) {
		case "move", "switch", "transfer", "loan":
			return w.free(k - 1)
		}
	case "at":
		// "spells at Harlow", "a stint at Harlow": a player's or a
		// coach's time at a club (spell-at).
		switch w.lemma(k - 1) {
		case "spell", "stint":
			return w.free(k-1) && strings.HasPrefix(w.tag(k-1), "NN")
		}
	case "for":
		// "signed for Harlow".
		return w.free(k-1) && w.lemma(k-1) == "sign" && strings.HasPrefix(w.tag(k-1), "VB")
	case "from":
		// "joined from Pellam", "signed from Pellam", "on loan from Pellam".
		switch w.lemma(k - 1) {
		case "join", "sign", "loan", "transfer":
			return w.free(k - 1)
		}
	}
	return false
}

// knownTown returns the window of mention mi when it is no side yet and
// names a town the gazetteer knows as a place, or a name the tagger
// alone read as a place's (unlistedPlace).
func (t *Typer) knownTown(res *extract.Result, team, towns []bool, mi int) (*window, bool) {
	m := res.Mentions[mi]
	if team[mi] || !towns[mi] {
		return nil, false
	}
	w := newWindow(res, t.lex, t.g, mi)
	if w.lo < 0 || !w.knownPlace(m.Text) && !t.unlistedPlace(res, m) && !t.countryNamed(res, m) {
		return nil, false
	}
	return w, true
}

// countryNamed reports whether mention m names a country by a name the
// gazetteer lists for it, its entity typed a country, though the name
// is a body's too ("the USA", a channel's as well): the frames of a
// contest read it as they read any country's (country-named).
func (t *Typer) countryNamed(res *extract.Result, m extract.Mention) bool {
	return t.g != nil && m.Entity >= 0 && m.Entity < len(res.Entities) && t.isCountry(&res.Entities[m.Entity]) &&
		t.g.Match(gazetteer.Tokens(m.Text)...)&gazetteer.CatCountry != 0
}

// unlistedPlace reports whether mention m is a name the tagger read as a
// place's that the gazetteer does not know as any place, nor as anything
// else, nor as a compass point's region, and that no person's name may be: on a sports page, a club's name
// the tagger took for a town's ("lost to Tarvik Velden"). The frames of
// a contest read it as they read a town's.
func (t *Typer) unlistedPlace(res *extract.Result, m extract.Mention) bool {
	if t.g == nil || m.Entity < 0 || m.Entity >= len(res.Entities) || res.Entities[m.Entity].Type != extract.Location {
		return false
	}
	// Not a person's name the tagger took for a place's ("lost to Ann
	// Lee", "lost to Bo Tarvik"): its first word a given name, or in a
	// name of two words or more, no town's ("Harlow United").
	words := strings.Fields(m.Text)
	if len(words) == 0 || t.g.Match(gazetteer.Tokens(words[0])...)&gazetteer.CatFirst != 0 || len(words) > 1 && !t.isPlaceName(words[0]) {
		return false
	}
	return t.g.Match(gazetteer.Tokens(m.Text)...) == 0 && !t.isPlaceName(m.Text) && !t.compassPlace(m.Text) && !tokenize.AllCaps(m.Text)
}

// listSides marks the rest of a list after a side as sides ("the defeats
// to Norland and Ostmark", "against Norland, Ostmark and Harlow"), and
// the names of a list right after a plural noun for sides, or after one
// and "like" or "such as" ("teams Norland and Ostmark", "clubs like Acme
// and Harlow"). Sides named in apposition are lone: a list of sides is
// no page of results.
func (t *Typer) listSides(res *extract.Result, team, lone, towns []bool) {
	for mi := range res.Mentions {
		w, ok := t.knownTown(res, team, towns, mi)
		if !ok || w.lo < 2 {
			continue
		}
		// "clubs like Norland and Ostmark", "sides such as Acme and
		// Norland": back over the list's names to its head.
		k := w.lo - 1
		for (w.word(k) == "and" || w.word(k) == ",") && k > 0 && w.at[k-1] >= 0 {
			for j := w.at[k-1]; k > 0 && w.at[k-1] == j; {
				k--
			}
			k--
		}
		// "the teams Norland, Ostmark and Harlow": the list in
		// apposition to a plural noun for sides.
		if w.free(k) && tokenize.StartsLower(w.toks[k].Text) && pluralTeams(w, k) {
			team[mi], lone[mi] = true, true
			continue
		}
		if w.word(k) == "like" || w.word(k) == "as" && w.word(k-1) == "such" && w.free(k-1) {
			if w.word(k) == "as" {
				k--
			}
			if w.free(k-1) && w.tag(k-1) == "NNS" && w.lex.Is(w.lemma(k-1), lexicon.Team) {
				team[mi] = true
				continue
			}
		}
		if x := w.word(w.lo - 1); (x == "and" || x == ",") && w.at[w.lo-2] >= 0 && w.at[w.lo-2] != mi && team[w.at[w.lo-2]] && towns[w.at[w.lo-2]] {
			team[mi] = true
		}
	}
}

// unplaceModifiers unmarks the places whose name modifies a noun: a
// place frame before such a name places the noun ("adds to Norland woe",
// "in Norland's rise"), not the name.
func (t *Typer) unplaceModifiers(res *extract.Result, place []bool) {
	for mi, m := range res.Mentions {
		if !place[mi] || !t.placeMention(res, m) {
			continue
		}
		if w := newWindow(res, t.lex, t.g, mi); w.lo >= 0 && (w.possessive(w.hi) && !bodyAfter(w) && !w.personAt(w.hi+1) || w.free(w.hi) && tokenize.StartsLower(w.toks[w.hi].Text) && strings.HasPrefix(w.tag(w.hi), "NN")) {
			place[mi] = false
		}
	}
}

// personAt reports whether token k is in a mention of a person.
func (w *window) personAt(k int) bool {
	if k < 0 || k >= len(w.at) || w.at[k] < 0 {
		return false
	}
	e := w.entity(k)
	return e >= 0 && e < len(w.res.Entities) && w.res.Entities[e].Type == extract.Person
}

// onlyAdjectives reports whether adjectives and demonyms name entity e
// and nothing else ("Norlandic-born"): a place or a people, never a side.
func (t *Typer) onlyAdjectives(res *extract.Result, e int) bool {
	return !slices.ContainsFunc(res.Entities[e].Mentions, func(mi int) bool { return t.placeName(res.Mentions[mi]) })
}

// placeName reports whether mention m names its place as a place is
// named: not an adjective nor a demonym ("Norlandic", "Norlanders").
func (t *Typer) placeName(m extract.Mention) bool {
	return m.Method != resolve.MethodAdjective && (t.co == nil || !t.co.IsDemonym(m.Text))
}

// nationality reports whether mention mi is a country's name in brackets
// right after a person's ("Ann Lee (Norland)"): the person's country, the
// way results pages give a referee's or an athlete's.
func (t *Typer) nationality(res *extract.Result, mi int) bool {
	w := newWindow(res, t.lex, t.g, mi)
	if w.lo < 2 || w.word(w.lo-1) != "(" || w.word(w.hi) != ")" || w.at[w.lo-2] < 0 {
		return false
	}
	p := w.entity(w.lo - 2)
	if p < 0 || p >= len(res.Entities) || res.Entities[p].Type != extract.Person {
		return false
	}
	return t.nation(&res.Entities[res.Mentions[mi].Entity])
}

// docWords returns the classes of the document's common nouns and verbs
// (the lemmas of the words the tagger read as a noun, not a proper one,
// or as a verb): a class in it says a noun or a verb of the document is
// of the class ("match", "final" of contests; "team", "coach" of sides).
// Typing reads it once a document.
func (t *Typer) docWords(res *extract.Result) lexicon.Classes {
	var all lexicon.Classes
	for _, s := range res.Sentences {
		for i, tag := range s.POS {
			if (strings.HasPrefix(tag, "NN") && tag != "NNP" && tag != "NNPS" || strings.HasPrefix(tag, "VB")) && i < len(s.Lemma) {
				all = all.Union(t.lex.Classes(s.Lemma[i]))
			}
		}
	}
	return all
}

// docPlayer reports whether a common noun of the document names a side's
// people and no office ("striker", "squad"; not "manager", "captain").
func (t *Typer) docPlayer(res *extract.Result) bool {
	for _, s := range res.Sentences {
		for i, tag := range s.POS {
			if (tag == "NN" || tag == "NNS") && i < len(s.Lemma) && t.lex.Is(s.Lemma[i], lexicon.SportRole) && !t.lex.Is(s.Lemma[i], lexicon.Office) {
				return true
			}
		}
	}
	return false
}

// bodyAfter reads a body or an office after the name's possessive, which
// the country has, not its side: "Norland's football federation",
// "Norland's minister of sport", "Norland's Acme".
func bodyAfter(w *window) bool {
	k := w.hi
	if !w.possessive(k) {
		return false
	}
	k++
	if k < len(w.at) && w.at[k] >= 0 {
		e := w.entity(k)
		return e >= 0 && e < len(w.res.Entities) && w.res.Entities[e].Type == extract.Organization
	}
	// The noun phrase's words, up to three: "Norland's sports minister".
	for n := 0; n < 3 && w.free(k) && (strings.HasPrefix(w.tag(k), "JJ") || strings.HasPrefix(w.tag(k), "NN")); n, k = n+1, k+1 {
		if l := w.lemma(k); strings.HasPrefix(w.tag(k), "NN") && (w.lex.Is(l, lexicon.Office) || w.lex.Is(l, lexicon.Government) ||
			w.lex.Is(l, lexicon.OrgGeneric) || w.lex.Is(l, lexicon.Organization) && !w.lex.Is(l, lexicon.Team)) {
			return true
		}
	}
	return false
}

// nextStart returns the offset of the word after a comma at offset end
// of text, or -1 when no comma is there.
func nextStart(text string, end int) int {
	if end < 0 || end >= len(text) || text[end] != ',' {
		return -1
	}
	return len(text) - len(strings.TrimLeftFunc(text[end+1:], unicode.IsSpace))
}

// start returns the token before the name, past a lower-case "the"
// that some countries' names take ("against the Norlands", "a win
// over the Tarvik States": the-side).
func (w *window) start() int {
	if k := w.lo - 1; w.free(k) && w.toks[k].Text == "the" {
		return k - 1
	}
	return w.lo - 1
}

// possessive reports whether token k is a possessive ending.
func (w *window) possessive(k int) bool {
	x := w.word(k)
	return x == "'s" || x == "’s" || x == "'"
}

// sideNoun reads a noun for a side's people or the side after the name,
// its possessive or up to two adjectives: "the Norland coach", "Norland's
// new captain", "the Norland side", "Norland players"; not "the Norland
// side of the border".
func sideNoun(w *window) bool { return sideNounAt(w) >= 0 }

// sideNounAt returns the token of the noun sideNoun reads, or -1.
func sideNounAt(w *window) int {
	k := w.hi
	if w.possessive(k) {
		k++
	}
	for n := 0; n < 3; n++ {
		if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) {
			return -1
		}
		tag := w.tag(k)
		// "the Norland side", "Norland players"; not "Norland's teams"
		// (teams from there) nor "the Norland side of the border".
		if (tag == "NN" || tag == "NNS" && !w.lex.Is(w.lemma(k), lexicon.Team)) && w.lex.Is(w.lemma(k), lexicon.SportRole) {
			if w.word(k+1) == "of" {
				return -1
			}
			return k
		}
		if !strings.HasPrefix(tag, "JJ") {
			return -1
		}
		k++
	}
	return -1
}

// positionAfter reports whether sideNoun reads a side's position or its
// captain after the name, heading its noun phrase: "the Norland
// captain", "Norland's stand-in captain Ann Lee", "the Harlow lock",
// "Norland coach Ann Lee"; not a group ("the Norland team"), a player at
// large, a coach with no name after him (a counsellor's or a bus's
// word too), nor a noun's modifier ("the Harlow coach crash").
func positionAfter(w *window) bool {
	k := sideNounAt(w)
	if k < 0 {
		return false
	}
	l := w.lemma(k)
	// A coach with a person's name after him is a side's ("the Norland
	// coach Ann Lee"), not a bus nor a counsellor.
	if w.lex.Is(l, lexicon.Team) || l == "player" || w.lex.Is(l, lexicon.Office) && w.lex.Is(l, lexicon.Counsel) && !w.personAt(k+1) {
		return false
	}
	return !(w.free(k+1) && strings.HasPrefix(w.tag(k+1), "NN"))
}

// pluralVerb reads a plural verb after a name that opens its clause and
// is not one of a list: a plural form of "be", "have" or "do", or
// another plural verb not before a noun ("Norland were beaten", "but
// Norland have won", "Norland know").
func pluralVerb(w *window) bool {
	k := w.hi
	// Not a list's last name, nor a condition's subject ("if Norland
	// were to ...").
	if !w.free(k) || !clauseOpens(w) || w.word(w.lo-1) == "and" || w.word(w.lo-1) == "or" || w.lex.Is(w.word(w.lo-1), lexicon.Condition) {
		return false
	}
	switch w.word(k) {
	case "are", "were", "have", "do", "'re", "'ve", "’re", "’ve":
		return true
	}
	// "Norland know", "Norland play Ostmark"; the tagger reads some
	// modifiers before a noun, and nouns, as plural verbs too ("Norland
	// crude stocks", "Norland rapper Ann Lee").
	return w.tag(k) == "VBP" && w.tag(k+1) != "NN" && w.tag(k+1) != "NNS" && w.lex.Known(w.lemma(k), lexicon.Verb)
}

// contestVerb reports whether token k is a verb of contest or defeat: the
// lexicon's defeating, opposing and contending verbs ("tore into"), and
// meeting, leading and trailing a side.
func contestVerb(w *window, k int) bool {
	if !w.free(k) || !strings.HasPrefix(w.tag(k), "VB") {
		return false
	}
	switch l := w.lemma(k); l {
	case "meet", "lead", "trail":
		return true
	default:
		// "Norland tore into Ostmark": a verb and its particle.
		return w.lex.Is(l, lexicon.Defeat) || w.lex.Is(l, lexicon.Opposition) || w.lex.Is(l, lexicon.Contest) ||
			w.lex.Is(l+" "+w.word(k+1), lexicon.Contest)
	}
}

// sideLink is a word that may stand between a verb and the side it
// names: "tore into", "drew with", "lost to", "won over", "played
// against", and adverbs.
func sideLink(w *window, k int) bool {
	switch w.word(k) {
	case "into", "with", "to", "over", "against":
		return true
	}
	return w.free(k) && (w.tag(k) == "RB" || w.tag(k) == "RP")
}

// contestAfter reads a verb after the name that joins it to another
// place's or body's name, with at most two words between: "Norland
// beat Ostmark", "Norland tore into Ostmark"; or a verb of contest or
// defeat before a score ("Norland won 1-0"). A verb of contest or defeat
// needs nothing more (winning a score or a side); another verb needs a
// place's name on both sides, the second not after "to" ("Norland
// stunned Ostmark", not "Norland came to Ostmark").
func contestAfter(w *window) bool {
	// The name opens its clause, a relative one too ("the game, which
	// Norland won").
	if !clauseOpens(w) && w.word(w.lo-1) != "which" {
		return false
	}
	k, verb, contest := w.hi, false, false
	for n := 0; n < 4 && k < len(w.at); n, k = n+1, k+1 {
		if w.at[k] >= 0 {
			// Another verb needs a place after it, not where it
			// goes: "Norland stunned Ostmark", not "Norland came to
			// Ostmark".
			return verb && (contest || w.placeAt(k) && w.word(k-1) != "to")
		}
		switch {
		case !verb && w.free(k) && (w.tag(k) == "MD" || w.tag(k) == "RB"):
			// "Norland will play Ostmark".
		case w.free(k) && strings.HasPrefix(w.tag(k), "VB") && !verb:
			if l := w.lemma(k); l == "be" || l == "have" || w.lex.Is(l, lexicon.Speech) {
				return false
			}
			verb, contest = true, contestVerb(w, k)
			// "Norland tore into the visitors": a verb of contest
			// needs no name after it; winning does ("won the bid").
			if contest && w.lemma(k) != "win" {
				return true
			}
		case verb && sideLink(w, k):
		case contest && w.at[k] < 0 && tokenize.IsScore(w.word(k)):
			// "Norland won 1-0".
			return true
		default:
			return false
		}
	}
	return false
}

// contestBefore reads the same from the other side: a verb of contest or
// defeat before the name (not winning it), a noun of defeat and a
// preposition ("the win over Norland"), a visit's words ("away at
// Norland", "at home to Norland"), or any verb between the name,
// not after "to", and a place's name before it ("Ostmark stunned
// Norland").
func contestBefore(w *window) bool {
	k := w.lo - 1
	// "a defeat at the hands of Ostmark", "beaten at the hands of".
	if w.word(k) == "of" && w.word(k-1) == "hands" && w.word(k-2) == "the" && w.word(k-3) == "at" && w.free(k-3) {
		k -= 4
		return w.free(k) && (strings.HasPrefix(w.tag(k), "NN") && w.lex.Is(w.lemma(k), lexicon.Defeat) || contestVerb(w, k))
	}
	if visitBefore(w, k) {
		return true
	}
	// "the win over Ostmark", "a loss to Ostmark", "defeat against
	// Ostmark", "a win over the Norlands" (a verb's object takes no "the":
	// "trails leading to the Norlands").
	j := w.start()
	for j >= 0 && sideLink(w, j) {
		j--
	}
	if j < w.start() && defeatNoun(w, j) {
		return true
	}
	for k >= 0 && sideLink(w, k) {
		k--
	}
	k, ok := scoredLink(w, k)
	if !ok {
		return false
	}
	if !w.free(k) || !strings.HasPrefix(w.tag(k), "VB") || w.tag(k) == "VBN" && w.word(k-1) != "," && !perfectBefore(w, k) {
		return false
	}
	// Not what is won ("win Harlow's title", "won Harlow").
	if l := w.lemma(k); l == "be" || l == "have" || l == "win" && k == w.lo-1 || w.lex.Is(l, lexicon.Speech) {
		return false
	}
	if contestVerb(w, k) {
		return true
	}
	return sideObject(w, k)
}

// perfectBefore reports whether a form of "have" stands before the
// participle at token k, perhaps past adverbs: "Norland have beaten
// Ostmark", "have also defeated": the perfect is active, its object the
// side beaten (perfect-contest), where a participle alone is passive or
// an adjective ("the beaten Ostmark").
func perfectBefore(w *window, k int) bool {
	j := k - 1
	for n := 0; n < 2 && w.free(j) && w.tag(j) == "RB"; n++ {
		j--
	}
	return w.free(j) && strings.HasPrefix(w.tag(j), "VB") && w.lemma(j) == "have"
}

// scoredLink reads a score at token k between a verb of contest and its
// link ("lose 2-1 to Ostmark", "drew 1-1 with Ostmark": scored-link): it
// returns the verb's token, or k when no score stands there, and false
// when a score follows a verb of no contest.
func scoredLink(w *window, k int) (int, bool) {
	if k < 0 || k >= w.lo-1 || w.at[k] >= 0 || !tokenize.IsScore(w.toks[k].Text) {
		return k, true
	}
	return k - 1, contestVerb(w, k-1)
}

// visitBefore reads a visit's words ending at token k: "lost away at
// Ostmark", "away to Ostmark", "at home to Ostmark": the ground's side,
// or the visitor. Not "flew home to Ostmark".
func visitBefore(w *window, k int) bool {
	return (w.word(k) == "at" || w.word(k) == "to") && (w.word(k-1) == "away" || w.word(k) == "to" && w.word(k-1) == "home" && w.word(k-2) == "at") && w.free(k) && w.free(k-1)
}

// sideObject reads the name as the object of verb k that is no verb of
// contest, which needs the name after it, not where it goes, and a
// place's name before it: "Ostmark stunned Norland", not "Ostmark came
// to Norland"; or a side's plural nickname before it in a sentence with
// a score ("the Hawks held Norland to two hits in a 3-0 win").
func sideObject(w *window, k int) bool {
	return w.word(w.lo-1) != "to" && (w.placeAt(k-1) || nicknameAt(w, k-1) && hasScore(w))
}

// defeatNoun reports whether token k is a noun of defeat, in lower case
// or capitalised as a headline writes it ("After Loss to Ostmark").
func defeatNoun(w *window, k int) bool {
	if !w.free(k) {
		return false
	}
	switch w.tag(k) {
	case "NN", "NNS":
		return w.lex.Is(w.lemma(k), lexicon.Defeat)
	case "NNP":
		return w.lex.Is(w.word(k), lexicon.Defeat)
	}
	return false
}

// nicknameAt reports whether token k ends a mention of a body whose
// name ends in a proper noun in the plural ("the Hawks", "the Harlow
// Rams"): a side's nickname.
func nicknameAt(w *window, k int) bool {
	if k < 0 || k >= len(w.at) || w.at[k] < 0 || k+1 < len(w.at) && w.at[k+1] == w.at[k] {
		return false
	}
	// The tagger reads a nickname as a singular proper noun as often.
	if x := w.toks[k].Text; w.tag(k) != "NNPS" && !(w.tag(k) == "NNP" && strings.HasSuffix(x, "s") && !strings.HasSuffix(x, "ss")) {
		return false
	}
	e := w.entity(k)
	return e >= 0 && e < len(w.res.Entities) && w.res.Entities[e].Type == extract.Organization
}

// placeAt reports whether token k is in a mention of a place.
func (w *window) placeAt(k int) bool {
	if k < 0 || k >= len(w.at) || w.at[k] < 0 {
		return false
	}
	e := w.entity(k)
	return e >= 0 && e < len(w.res.Entities) && w.res.Entities[e].Type == extract.Location
}

// splitSide makes two entities of entity e when its mentions read both as
// a side and as a place (team, place): before is the entity as the
// tagger and resolution gave it, and the typer has decided e. When e
// became a team, the mentions that only a place frame reads, and its
// adjectives and singular demonyms ("Norlandic", "the Norlander"; not
// one that stands for the side, demonymSide), become a place entity,
// typed as before would have been with no result read; when e stayed a
// place, the mentions read as a side
// become a SportsTeam entity of the same name, with the demonyms that
// stand for the side. A team's other mentions (neither read) stay with e.
func (t *Typer) splitSide(res *extract.Result, e int, before extract.Entity, ev *evidence, team, place []bool, codes map[string]bool) {
	if before.Type != extract.Location {
		return
	}
	ent := &res.Entities[e]
	isTeam := ent.Type == extract.Organization && ent.Class == ClassSportsTeam
	if !isTeam && ent.Type != extract.Location {
		return
	}
	var move, keep, sides []int
	only := isTeam && t.onlySide(res, ent, team, place)
	for _, mi := range ent.Mentions {
		// A people in the plural is the side as often ("the Norlanders
		// won"), so it stays with the entity as a name does.
		name := t.placeName(res.Mentions[mi]) || pluralName(res, res.Mentions[mi])
		switch {
		case !name && !team[mi] && (t.demonymSide(res, mi) || only && t.sidePart(res, mi)):
			sides = append(sides, mi)
		case isTeam && (!name || place[mi] && !team[mi]) || !isTeam && name && team[mi]:
			move = append(move, mi)
		default:
			keep = append(keep, mi)
		}
	}
	// A demonym that stands for the side goes with the side's entity,
	// when the page has one (demonym-team).
	if isTeam || len(move) == 0 {
		keep = append(keep, sides...)
		slices.Sort(keep)
	} else {
		move = append(move, sides...)
		slices.Sort(move)
	}
	if len(move) == 0 || len(keep) == 0 && isTeam {
		return
	}
	if len(keep) == 0 {
		// Every name of it is a side's: the entity is the side.
		ent.Type, ent.Class, ent.SameAs, ent.Attributes = extract.Organization, ClassSportsTeam, nil, nil
		ent.Evidence = append(ent.Evidence, extract.Evidence{Method: "typing/side"})
		return
	}
	var other extract.Entity
	if isTeam {
		// The place, decided as the entity would be without its results.
		other = before
		other.Mentions, other.Evidence, other.SameAs, other.Attributes = nil, nil, nil, nil
		pev := *ev
		pev.team = 0
		pev.reasons = slices.Clone(ev.reasons)
		t.settle(&other, &pev, codes)
		if other.Type != extract.Location {
			return
		}
	} else {
		other = extract.Entity{Name: ent.Name, Key: ent.Key, Type: extract.Organization, Class: ClassSportsTeam,
			Evidence: []extract.Evidence{{Method: "typing/side"}}}
		if !slices.ContainsFunc(move, func(mi int) bool { return res.Mentions[mi].Text == ent.Name }) {
			other.Name = longestMention(res, move)
			other.Key = resolve.Key(other.Name)
		}
	}
	n := len(res.Entities)
	for _, mi := range move {
		res.Mentions[mi].Entity = n
	}
	other.Mentions = move
	res.Entities = append(res.Entities, other)
	ent = &res.Entities[e]
	ent.Mentions = keep
	ent.Aliases = mentionAliases(res, ent)
	res.Entities[n].Aliases = mentionAliases(res, &res.Entities[n])
}

// demonymSide reports whether mention mi is a country's demonym that
// stands for its side on a sports page (demonym-team): heading its noun
// phrase after "the" and at most two adjectives in lower case ("The
// Norlandish turned in a fine display", "for the Norlandish", "the
// mercurial Norlandish"), or before a noun for a side or its people
// ("the Norlandic coach", "an impressive Norlandic side", "Norlandic
// players"). A country's adjective before another noun ("Norlandic
// ministers", "Norlandic rugby") stays the country's.
func (t *Typer) demonymSide(res *extract.Result, mi int) bool {
	m := res.Mentions[mi]
	if t.co == nil || !t.co.IsDemonym(m.Text) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	w := newWindow(res, t.lex, t.g, mi)
	if w.lo < 1 {
		return false
	}
	if sideNoun(w) {
		return true
	}
	if k := w.hi; k < len(w.toks) && (w.at[k] >= 0 || w.possessive(k) || strings.HasPrefix(w.tag(k), "NN") || strings.HasPrefix(w.tag(k), "JJ") || w.tag(k) == "CD") {
		return false
	}
	k := w.lo - 1
	for n := 0; n < 2 && w.free(k) && tokenize.StartsLower(w.toks[k].Text) && strings.HasPrefix(w.tag(k), "JJ"); n++ {
		k--
	}
	return w.free(k) && w.word(k) == "the"
}

// onlySide reports whether every mention of entity ent by its name (not
// an adjective) is read as a side: the page names the country only as
// its side.
func (t *Typer) onlySide(res *extract.Result, ent *extract.Entity, team, place []bool) bool {
	named := false
	for _, mi := range ent.Mentions {
		if !t.placeName(res.Mentions[mi]) {
			continue
		}
		if place[mi] && !team[mi] {
			return false
		}
		named = true
	}
	return named
}

// sidePart reports whether mention mi is a country's adjective after a
// determiner, perhaps after an adjective, and before a singular common
// noun that names no person, body, office, place, facility or sport ("the
// Norlandic scrum", "into the Norlandic half", "a big Norlandic
// midfield"): on a page that names the country only as its side, a part
// or a trait of the side (side-part), not the country's role.
func (t *Typer) sidePart(res *extract.Result, mi int) bool {
	m := res.Mentions[mi]
	if t.co == nil || !t.co.IsDemonym(m.Text) && m.Method != resolve.MethodAdjective || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	w := newWindow(res, t.lex, t.g, mi)
	if w.lo < 1 {
		return false
	}
	n := w.hi
	plural := w.free(n) && tokenize.StartsLower(w.toks[n].Text) && w.tag(n) == "NNS"
	if !partOpener(w, plural) {
		return false
	}
	// The tagger reads a compound with a hyphen that the lexicon
	// does not know as an adjective too ("the Norlandic line-out"), and
	// a participle after the noun as a noun ("line-out stuttering").
	if !plural && (!w.free(n) || !tokenize.StartsLower(w.toks[n].Text) || w.tag(n) != "NN" && !(w.tag(n) == "JJ" && strings.Contains(w.word(n), "-") && !t.lex.Known(w.word(n), lexicon.Adjective))) {
		return false
	}
	if w.free(n+1) && strings.HasPrefix(w.tag(n+1), "NN") && !strings.HasSuffix(w.word(n+1), "ing") {
		return false
	}
	return !t.countryNoun(w.lemma(n))
}

// partOpener reports whether what stands before the adjective of window
// w, perhaps past an adjective in lower case, opens a part of a side
// (sidePart): "the", "a" or "an"; before a plural also an adjective, a
// count or a verb ("several Norlandic infringements", "settle Norlandic
// nerves": side-part-plural).
func partOpener(w *window, plural bool) bool {
	k := w.lo - 1
	adjective := w.free(k) && tokenize.StartsLower(w.toks[k].Text) && strings.HasPrefix(w.tag(k), "JJ")
	if adjective {
		k--
	}
	switch {
	case w.word(k) == "the" || w.word(k) == "a" || w.word(k) == "an":
		return true
	case plural:
		return adjective || w.free(k) && (w.tag(k) == "CD" || strings.HasPrefix(w.tag(k), "VB") && w.tag(k) != "VBN")
	}
	return false
}

// countryNoun reports whether lemma is a noun for what a country's adjective
// names the country by: a person, a body or an office, a place or a
// facility, a sport or a news medium ("the Norlandic government", "the
// Norlandic capital", "Norlandic football").
func (t *Typer) countryNoun(lemma string) bool {
	for _, c := range []lexicon.Class{lexicon.PersonNoun, lexicon.Occupation, lexicon.Office, lexicon.Organization, lexicon.OrgGeneric,
		lexicon.Government, lexicon.NewsMedia, lexicon.Corporation, lexicon.Settlement, lexicon.City, lexicon.Region, lexicon.Country,
		lexicon.Facility, lexicon.SportGame, lexicon.Citizen, lexicon.Resident} {
		if t.lex.Is(lemma, c) {
			return true
		}
	}
	return false
}

// pluralName reports whether mention m ends in a plural noun
// ("Norlanders", "North Norlanders").
func pluralName(res *extract.Result, m extract.Mention) bool {
	if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	lo, hi := s.TokenSpan(m.Start, m.End)
	return lo >= 0 && hi <= len(s.POS) && (s.POS[hi-1] == "NNPS" || s.POS[hi-1] == "NNS")
}

// longestMention returns the longest text of the mentions, the first on a
// tie.
func longestMention(res *extract.Result, ms []int) string {
	best := ""
	for _, mi := range ms {
		if s := strings.Join(strings.Fields(res.Mentions[mi].Text), " "); len(s) > len(best) {
			best = s
		}
	}
	return best
}

// mentionAliases returns the texts of e's mentions other than its name,
// sorted, each once.
func mentionAliases(res *extract.Result, e *extract.Entity) []string {
	var out []string
	for _, mi := range e.Mentions {
		a := strings.Join(strings.Fields(res.Mentions[mi].Text), " ")
		if a != e.Name && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	slices.Sort(out)
	return out
}

// hostBefore reads "host" or "hosts" right before the name: "for host
// Norland", "hosts Norland". On a sports page the host is a side, as is
// the one it hosts.
func hostBefore(w *window) bool {
	k := w.lo - 1
	return w.free(k) && tokenize.StartsLower(w.toks[k].Text) && w.lemma(k) == "host"
}

// sideAgainst reports whether a known town or country of the document
// stands right after "against": "the final against Norland".
func (t *Typer) sideAgainst(res *extract.Result, towns []bool) bool {
	for mi, m := range res.Mentions {
		if !towns[mi] {
			continue
		}
		if w := newWindow(res, t.lex, t.g, mi); w.free(w.start()) && w.word(w.start()) == "against" && w.knownPlace(m.Text) {
			return true
		}
	}
	return false
}

// sidePairs returns the mentions of known towns and countries that are
// the side a name opening its clause meets in a contest (side-pair), and
// the subject's mention when it names such a place too: the object of a
// verb of contest or defeat, with one kind of a sports page's words
// (cues) beside it, as armies and trades beat and lead too ("Acme beat
// Norland in the title game", "Norland drew with Ostmark"), or what a
// lead is taken over, with such a word or a plural verb ("Norland take a
// slim lead over Ostmark": a country is one, its side many; the tagger
// reads some plural verbs as the bare form).
func (t *Typer) sidePairs(res *extract.Result, cues int, towns []bool) []int {
	var pairs []int
	for mi, m := range res.Mentions {
		// A place's name the gazetteer lists, a body's too or not (a
		// college's side is named after its state).
		if !towns[mi] || t.g == nil ||
			t.g.Match(gazetteer.Tokens(m.Text)...)&(gazetteer.CatCountry|gazetteer.CatRegion|gazetteer.CatBigCity|gazetteer.CatCity|gazetteer.CatLoc) == 0 {
			continue
		}
		w := newWindow(res, t.lex, t.g, mi)
		// A margin clear of the name wants a second kind of words: its
		// score is one kind already.
		k, ok := leadOver(w)
		need := 1
		if !ok {
			k, ok = clearOf(w)
			need = 2
		}
		if ok {
			ok = cues >= need || w.tag(k) == "VBP" || w.tag(k) == "VB"
		} else {
			k = w.start()
			for k >= 0 && sideLink(w, k) {
				k--
			}
			// Not what is won ("the party won Harlow").
			ok = cues >= 1 && contestVerb(w, k) && w.tag(k) != "VBN" && w.lemma(k) != "win"
		}
		if !ok {
			continue
		}
		if si := sidePairSubject(w, k-1); si >= 0 {
			pairs = append(pairs, mi)
			if towns[si] {
				pairs = append(pairs, si)
			}
		}
	}
	return pairs
}

// leadOver reads "a lead over" and a verb before it, past a determiner
// and an adjective, before the name: "take a slim lead over Norland".
// It returns the verb's token.
func leadOver(w *window) (int, bool) {
	k := w.start()
	if w.word(k) != "over" || !w.free(k) || !w.free(k-1) || w.lemma(k-1) != "lead" || !strings.HasPrefix(w.tag(k-1), "NN") {
		return 0, false
	}
	k -= 2
	for n := 0; n < 2 && w.free(k) && (w.tag(k) == "JJ" || w.tag(k) == "DT"); n++ {
		k--
	}
	return k, w.free(k) && strings.HasPrefix(w.tag(k), "VB") && w.tag(k) != "VBN"
}

// appositiveSides returns, on a page with a kind of a sports page's
// words (cues), the mentions of known towns and countries that open
// their clause before an appositive headed by a plural noun for people,
// perhaps after a few modifiers, a competition's name among them
// ("Harlow, the Vell League leaders, drew", "Norland, the holders, are
// out"): a country or a town is one, its side's players many
// (side-appositive).
func (t *Typer) appositiveSides(res *extract.Result, cues int, towns []bool) []int {
	if cues < 1 {
		return nil
	}
	var sides []int
	for mi, m := range res.Mentions {
		if !towns[mi] {
			continue
		}
		w := newWindow(res, t.lex, t.g, mi)
		if !w.knownPlace(m.Text) || !clauseOpens(w) || w.word(w.hi) != "," || w.word(w.hi+1) != "the" || !w.free(w.hi+1) {
			continue
		}
		k := w.hi + 2
		for n := 0; n < 3 && k < len(w.at); n++ {
			if j := w.at[k]; j >= 0 {
				for k < len(w.at) && w.at[k] == j {
					k++
				}
				continue
			}
			if !w.free(k) || (w.tag(k) != "JJ" && w.tag(k) != "NN" && w.tag(k) != "NNP") {
				break
			}
			k++
		}
		if w.free(k) && w.tag(k) == "NNS" && tokenize.StartsLower(w.toks[k].Text) && w.lex.Is(w.lemma(k), lexicon.PersonNoun) &&
			(w.word(k+1) == "," || strings.HasPrefix(w.tag(k+1), "VB")) {
			sides = append(sides, mi)
		}
	}
	return sides
}

// sidePairSubject returns the mention of a place or a body that ends at
// token j, or before an appositive that does ("Harlow, the league
// leaders, beat Pellam"), and opens its clause: the subject of the verb
// after it; -1 when there is none.
func sidePairSubject(w *window, j int) int {
	if w.word(j) == "," && w.free(j) {
		for i := j - 1; i >= 0 && i >= j-6; i-- {
			if w.word(i) == "," && w.free(i) {
				j = i - 1
				break
			}
		}
	}
	if j < 0 || j >= len(w.at) || w.at[j] < 0 {
		return -1
	}
	e := w.entity(j)
	if e < 0 || e >= len(w.res.Entities) {
		return -1
	}
	if typ := w.res.Entities[e].Type; typ != extract.Location && typ != extract.Organization {
		return -1
	}
	sub := *w
	sub.mi = w.at[j]
	sub.lo = j
	for sub.lo > 0 && w.at[sub.lo-1] == w.at[j] {
		sub.lo--
	}
	sub.hi = j + 1
	if !clauseOpens(&sub) || w.word(sub.lo-1) == "and" || w.word(sub.lo-1) == "or" {
		return -1
	}
	return sub.mi
}

// sideDefeat reports whether a known town or country of the document
// stands after a noun of defeat or victory that a side owns and a
// preposition: "his side's loss to Norland", "Harlow's win over
// Norland" (defeat-noun-side); not "Ostmark suffered a defeat to
// Norland", which a war may be.
func (t *Typer) sideDefeat(res *extract.Result, towns []bool) bool {
	for mi, m := range res.Mentions {
		if !towns[mi] {
			continue
		}
		w := newWindow(res, t.lex, t.g, mi)
		k := w.start()
		for k >= 0 && k > w.start()-2 && sideLink(w, k) && w.free(k) {
			k--
		}
		if k < w.start() && k >= 0 && defeatNoun(w, k) && sideOwns(w, k-1) && w.knownPlace(m.Text) {
			return true
		}
	}
	return false
}

// sideOwns reports whether a side owns what ends before token k+1: a
// noun for a side or its people or a place's name and a possessive,
// then at most a name ("his side's Vell Cup loss", "Harlow's defeat").
func sideOwns(w *window, k int) bool {
	for n := 0; n < 4 && k >= 0 && w.at[k] >= 0 && !w.possessive(k); n++ {
		k--
	}
	if !w.possessive(k) {
		return false
	}
	k--
	return w.free(k) && strings.HasPrefix(w.tag(k), "NN") && (w.lex.Is(w.lemma(k), lexicon.Team) || w.lex.Is(w.lemma(k), lexicon.SportRole)) || w.placeAt(k)
}

// sportCues counts the kinds of a sports page's words the document has:
// a player's or a coach's noun (not another office's, nor a group's:
// "striker", "coach"; not "captain", "manager", "team"), a noun of a contest
// ("match", "tournament"), a game's ("football", "cricket"), a
// score ("3-1") and a win or a defeat by a margin ("a 10-wicket
// defeat", "a 3-1 win").
func (t *Typer) sportCues(res *extract.Result) int {
	var player, contest, game, score, result bool
	for _, s := range res.Sentences {
		for i, tag := range s.POS {
			if i >= len(s.Lemma) || i >= len(s.Tokens) {
				break
			}
			l := s.Lemma[i]
			switch {
			case tokenize.IsScore(s.Tokens[i].Text):
				score = true
			case t.resultCue(&s, i):
				result = true
			case tag == "NNP" && i+1 < len(s.Mention) && s.Mention[i+1] >= 0 && (i == 0 || s.Mention[i] < 0) &&
				t.lex.Is(t.lex.Lemma(strings.ToLower(s.Tokens[i].Text), "NN"), lexicon.SportRole) && !t.lex.Is(t.lex.Lemma(strings.ToLower(s.Tokens[i].Text), "NN"), lexicon.Office) &&
				!t.lex.Is(t.lex.Lemma(strings.ToLower(s.Tokens[i].Text), "NN"), lexicon.Team):
				// A player's noun written as a title before a name:
				// "Striker Ann Lee has pulled out".
				player = true
			case t.competitionHead(res, &s, i):
				contest = true
			case tag != "NN" && tag != "NNS":
			case t.lex.Is(l, lexicon.SportRole) && (!t.lex.Is(l, lexicon.Office) || l == "coach") && !t.lex.Is(l, lexicon.Team) && !partOf(t.lex, &s, i):
				player = true
			case t.lex.Is(l, lexicon.EventSport):
				contest = true
			case t.lex.Is(l, lexicon.SportGame):
				game = true
			}
		}
	}
	n := 0
	for _, b := range []bool{player, contest, game, score, result} {
		if b {
			n++
		}
	}
	return n
}

// competitionHead reports whether token i of sentence s ends the name of
// a contest or a miscellaneous name of two words or more in a word that
// names a contest and what is won in one ("the Vell Cup", "the Harlow
// Championship"): a competition for a cup or a title, whose name makes a
// sports page as a contest's noun does (competition-head). A festival
// ("the Harlow Festival") or a summit is no such contest.
func (t *Typer) competitionHead(res *extract.Result, s *extract.Sentence, i int) bool {
	if s.POS[i] != "NNP" || i >= len(s.Mention) || s.Mention[i] < 0 || i+1 < len(s.Mention) && s.Mention[i+1] == s.Mention[i] {
		return false
	}
	m := res.Mentions[s.Mention[i]]
	if m.Entity < 0 || m.Entity >= len(res.Entities) || len(strings.Fields(m.Text)) < 2 {
		return false
	}
	if typ := res.Entities[m.Entity].Type; typ != extract.EventType && typ != extract.Miscellaneous {
		return false
	}
	l := t.lex.Lemma(strings.ToLower(s.Tokens[i].Text), "NN")
	return t.lex.Is(l, lexicon.EventName) && (t.lex.Is(l, lexicon.EventSport) || t.lex.Is(l, lexicon.Attainment))
}

// pluralSubject reads a name the tagger read as a person's that opens
// its clause before a plural form of "be" or "have", not as a list's
// last name (nor after "and" a few words back), a person's noun or as a
// condition's subject: "X were a hit", "but X have split". One person is singular; a band, a group or a side is plural
// in British English, and a name in the plural ("the X Brothers are")
// in any.
func pluralSubject(w *window, ev *evidence) {
	if w.res.Mentions[w.mi].Type != extract.Person || !pluralVerb(w) {
		return
	}
	// Not after a person's noun ("winger X are") or "the" outside the
	// name (a people: "The Norlanders were"), nor after "and" a few
	// words back ("Ann Lee and winger X are").
	if k := w.lo - 1; w.free(k) && (tokenize.StartsLower(w.toks[k].Text) && strings.HasPrefix(w.tag(k), "NN") || w.word(k) == "the") {
		return
	}
	for k := w.lo - 1; k >= 0 && k >= w.lo-4; k-- {
		if x := w.word(k); x == "and" || x == "or" || x == "&" {
			return
		}
	}
	switch x := w.word(w.hi); x {
	case "are", "were", "have", "'re", "'ve", "’re", "’ve":
		ev.plural++
		ev.reasons = append(ev.reasons, reason{"plural", "plural-subject", x})
	}
}

// pluralRelative reads a name the tagger read as a person's that a
// relative "who" with a plural form of "be" or "have" follows, after a
// comma and not in a list: "X, who were shortlisted, ...". One person
// takes "was" or "has".
func pluralRelative(w *window, ev *evidence) {
	if w.res.Mentions[w.mi].Type != extract.Person || w.word(w.hi) != "," || w.word(w.hi+1) != "who" || !w.free(w.hi+2) {
		return
	}
	if x := w.word(w.lo - 1); x == "and" || x == "or" || x == "&" || x == "," {
		return
	}
	switch x := w.word(w.hi + 2); x {
	case "are", "were", "have":
		ev.plural++
		ev.reasons = append(ev.reasons, reason{"plural", "plural-relative", "who " + x})
	}
}

// resultCue reports whether token i of sentence s is a noun of a win or
// a defeat after its margin: "a 2-0 win", "a 10-wicket defeat"; the
// tagger reads the noun as a verb as often after a determiner and a
// score ("a 41-17 win/VBP").
func (t *Typer) resultCue(s *extract.Sentence, i int) bool {
	if i < 1 || !margin(s.Tokens[i-1].Text) || !t.lex.Is(s.Lemma[i], lexicon.Defeat) {
		return false
	}
	tag := s.POS[i]
	return tag == "NN" || tag == "NNS" || strings.HasPrefix(tag, "VB") && i > 1 && s.POS[i-2] == "DT"
}

// margin reports whether w gives a result's margin: a score ("3-1") or
// a number and a unit joined by a hyphen ("10-wicket", "two-goal").
func margin(w string) bool {
	if tokenize.IsScore(w) {
		return true
	}
	a, b, ok := strings.Cut(w, "-")
	return ok && a != "" && b != "" && strings.Trim(a, "0123456789") == "" && strings.IndexFunc(b, unicode.IsDigit) < 0
}

// nicknameSides marks, on a sports page, the mentions of a town whose
// side the page names in full, the town's name and a plural nickname
// ("the Harlow Hawks"), as that side's, where nothing places them: not
// after a place's preposition, not in a dateline, not before a common
// noun ("Harlow police") nor before a body's or a person's possessive
// ("Harlow's mayor"). "Harlow Mauls Pellam" in a headline names the
// sides the story calls the Harlow Hawks and the Pellam Rams.
func (t *Typer) nicknameSides(res *extract.Result, team, place, towns []bool) {
	for mi, m := range res.Mentions {
		if team[mi] || place[mi] || datelineTown(res, mi) || !towns[mi] || !t.nicknamed(res, m) {
			continue
		}
		w := newWindow(res, t.lex, t.g, mi)
		if w.lo < 0 || bodyAfter(w) || w.possessive(w.hi) && w.personAt(w.hi+1) ||
			w.free(w.hi) && tokenize.StartsLower(w.toks[w.hi].Text) && strings.HasPrefix(w.tag(w.hi), "NN") {
			continue
		}
		if k := w.lo - 1; w.free(k) && w.lex.Is(w.word(k), lexicon.PlacePreposition) {
			continue
		}
		team[mi] = true
	}
}

// demonymSides marks, on a sports page, the mentions of a country's
// people in the plural after "the" that a side's
// constructions read (demonym-side): before a plural verb or a verb of
// contest, after one or after "against" ("The Norlandians were
// unbeaten", "the Norlandians beat Tarvik", "a win over the
// Norlandians"). A people plays as its side does, under the country's
// name.
func (t *Typer) demonymSides(res *extract.Result, team, place []bool) {
	if t.co == nil {
		return
	}
	for mi, m := range res.Mentions {
		if team[mi] || place[mi] || m.Entity < 0 || m.Entity >= len(res.Entities) || res.Entities[m.Entity].Type != extract.Location ||
			!t.co.IsDemonym(m.Text) || !strings.HasSuffix(m.Text, "s") || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		w := newWindow(res, t.lex, t.g, mi)
		if w.lo < 1 || !w.free(w.lo-1) || w.word(w.lo-1) != "the" {
			continue
		}
		if pluralVerb(w) || w.word(w.start()) == "against" || contestAfter(w) || contestBefore(w) {
			team[mi] = true
		}
	}
}

// nicknamed reports whether the document names a body by mention m's
// text and one more capitalised word in the plural ("Harlow Hawks").
func (t *Typer) nicknamed(res *extract.Result, m extract.Mention) bool {
	for _, e := range res.Entities {
		if e.Type != extract.Organization || !strings.HasPrefix(e.Name, m.Text+" ") {
			continue
		}
		rest := e.Name[len(m.Text)+1:]
		if !strings.Contains(rest, " ") && tokenize.StartsUpper(rest) && strings.HasSuffix(rest, "s") && !strings.HasSuffix(rest, "ss") {
			return true
		}
	}
	return false
}

// pluralTeams reports whether token k is a plural noun for sides
// ("teams", "squads"), which the tagger reads as a verb as often before
// a name ("Six X teams Norland").
func pluralTeams(w *window, k int) bool {
	switch w.tag(k) {
	case "NNS", "VBZ", "VBP":
	default:
		return false
	}
	return strings.HasSuffix(w.word(k), "s") && w.lex.Is(w.lex.Lemma(w.word(k), "NNS"), lexicon.Team)
}

// resultReach is the most words scoredResult reads between a name and
// the score of its result.
const resultReach = 5

// scoredResult reads a name as a side when a score and a noun of a
// result follow it in its own clause, with a few words in lower case
// and no other name between: "Norland posted a 6-2 victory", "led
// Norland to a 41-17 win", "Norland played out a 1-1 draw", "Norland's
// 2-0 win". A place where a match was is named after a place's
// preposition ("in Harlow to a 3-1 win"), and its result is no place's;
// a name before a common noun modifies it ("the X title race with a 5-3
// win").
func scoredResult(w *window, ev *evidence) {
	if w.word(w.lo-1) == "of" || w.free(w.lo-1) && w.lex.Is(w.word(w.lo-1), lexicon.PlacePreposition) {
		return
	}
	// A name before a common noun modifies it: "the X wild-card race
	// with a 5-3 win" is a league's race, not its result.
	if w.free(w.hi) && tokenize.StartsLower(w.toks[w.hi].Text) && (w.tag(w.hi) == "NN" || w.tag(w.hi) == "NNS" || strings.HasPrefix(w.tag(w.hi), "JJ")) {
		return
	}
	for k, n := w.hi, 0; n < resultReach && k < len(w.toks); k, n = k+1, n+1 {
		if w.at[k] < 0 && tokenize.IsScore(w.toks[k].Text) {
			if resultNoun(w, k+1) {
				ev.team++
				ev.reasons = append(ev.reasons, reason{"team", "scored-result", w.toks[k].Text})
			}
			return
		}
		if !w.possessive(k) && !(w.free(k) && tokenize.StartsLower(w.toks[k].Text)) {
			return
		}
	}
}

// resultNoun reports whether a noun of a result ("win", "victory",
// "draw", "defeat") stands at token k, perhaps after up to two modifiers
// in lower case ("a 1-1 friendly draw"), and heads its phrase (not "a
// 2-0 win bonus"). The tagger reads such a noun after a score as a verb
// as often ("a 41-17 win/VBP").
func resultNoun(w *window, k int) bool {
	for n := 0; n < 3 && w.free(k) && tokenize.StartsLower(w.toks[k].Text); n, k = n+1, k+1 {
		tag := w.tag(k)
		if (strings.HasPrefix(tag, "NN") || strings.HasPrefix(tag, "VB")) && w.lex.Is(w.lemma(k), lexicon.Defeat) {
			return !(w.free(k+1) && tokenize.StartsLower(w.toks[k+1].Text) && strings.HasPrefix(w.tag(k+1), "NN"))
		}
		if !strings.HasPrefix(tag, "JJ") && tag != "NN" && tag != "VBG" {
			return false
		}
	}
	return false
}

// rankedBefore reads a poll's rank right before the name: "No. 7
// Norland", "no. 3 Harlow", or a ranking's adjective ("11th-ranked
// Norland", "top-ranked Harlow", "unranked Harlow": ranked-adjective).
// Sides are ranked; a place is not.
func rankedBefore(w *window) bool {
	k := w.lo - 1
	if k >= 0 && w.at[k] < 0 && rankedWord(w.word(k)) {
		return true
	}
	if k < 1 || w.at[k] >= 0 || w.at[k-1] >= 0 || !smallCount(w.toks[k].Text) {
		return false
	}
	return tokenize.IsNumberSign(w.word(k - 1))
}

// rankedWord reports whether w is a ranking's adjective: "unranked", or
// an ordinal or "top" hyphened to "ranked" ("11th-ranked",
// "second-ranked", "top-ranked").
func rankedWord(w string) bool {
	if w == "unranked" {
		return true
	}
	pre, ok := strings.CutSuffix(w, "-ranked")
	return ok && (pre == "top" || ordinal(pre))
}

// beatenBy reads the agent of a verb of defeat in the passive, perhaps
// after a score: "was beaten by Norland", "defeated 2-1 by Norland".
func beatenBy(w *window) bool {
	k := w.lo - 1
	if w.word(k) != "by" || !w.free(k) {
		return false
	}
	k--
	if k >= 0 && w.at[k] < 0 && tokenize.IsScore(w.toks[k].Text) {
		k--
	}
	return w.free(k) && w.tag(k) == "VBN" && w.lex.Is(w.lemma(k), lexicon.Defeat)
}

// schoolSide names a side as the page writes it when the gazetteer read
// its name as a school's short name ("Harlow State" for "Harlow State
// University") and the typer made the body a side (school-side): a
// college's team plays under the short name, and the school's full name
// is no name of the team. before is the entity as resolution gave it.
func (t *Typer) schoolSide(res *extract.Result, e int, before extract.Entity) {
	ent := &res.Entities[e]
	if before.Type != extract.Organization || ent.Type != extract.Organization || ent.Class != ClassSportsTeam || len(ent.Mentions) == 0 {
		return
	}
	written := false
	for _, mi := range ent.Mentions {
		m := res.Mentions[mi]
		if m.Method != resolve.MethodAlias || strings.Join(strings.Fields(m.Text), " ") == ent.Name {
			return
		}
		written = written || strings.HasPrefix(ent.Name, m.Text+" ")
	}
	words := strings.Fields(ent.Name)
	if !written || t.lex == nil || !t.lex.Is(strings.ToLower(words[len(words)-1]), lexicon.Education) {
		return
	}
	ent.Name = longestMention(res, ent.Mentions)
	ent.Key = resolve.Key(ent.Name)
	ent.SameAs, ent.Attributes = nil, nil
	ent.Aliases = mentionAliases(res, ent)
	ent.Evidence = append(ent.Evidence, extract.Evidence{Method: "typing/school-side", Words: ent.Name})
}

// tourOf reads a place's name before "tour of" and another place's name,
// on a page that names a sport ("the Norland tour of Ostmark" beside
// "cricket"): the touring side, where the place after "of" is where it
// tours (tour-of).
func tourOf(w *window, ev *evidence) {
	k := w.hi
	if !w.free(k) || w.word(k) != "tour" || w.word(k+1) != "of" || !w.placeAt(k+2) || !w.placeAt(w.lo) || !sportNamed(w) {
		return
	}
	// A tour alone makes no results page (resultsPage: touringOnly).
	ev.team++
	ev.reasons = append(ev.reasons, reason{"team", "tour-of", "tour of"})
}

// sportNamed reports whether the window's document names a sport or a
// contest of one ("cricket", "match") in lower case or capitalised.
func sportNamed(w *window) bool {
	for _, s := range w.res.Sentences {
		for i, t := range s.Tokens {
			if i >= len(s.Lemma) || t.Kind != tokenize.Word {
				continue
			}
			if l := s.Lemma[i]; w.lex.Is(l, lexicon.SportGame) || w.lex.Is(strings.ToLower(t.Text), lexicon.SportGame) {
				return true
			}
		}
	}
	return false
}

// partOf reports whether token i of sentence s is a noun for a part of a
// whole as much as a side's player (the lexicon's OrgPart: "side",
// "wing") right before "of": "both sides of the river", "the wing of
// the party" name a part of something, no one who plays (side-of).
func partOf(lex *lexicon.Lexicon, s *extract.Sentence, i int) bool {
	return i+1 < len(s.Lemma) && i < len(s.Lemma) && lex.Is(s.Lemma[i], lexicon.OrgPart) && s.Lemma[i+1] == "of"
}
