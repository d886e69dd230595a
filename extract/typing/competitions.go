package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// competitionMentions reads, on a sports page, the names of competitions
// that the tagger took for a body's or another name: a name before a
// stage or a title of a competition ("the Norland Cup final", "the X
// title", "X champions Harlow") or before a game's noun ending the
// phrase ("X football"), and the whole object of a verb of
// winning ("won the X", "to win X") when no mention of it is counted as
// a title's is ("their second X"). Each such mention counts as an
// event's for its entity (decide weighs it as it weighs "X took place").
// A place's or a person's name, a side read as one, and an acronym (a
// league's body: "the NFL title") are left alone.
//
// Off a sports page only a stage of a contest before the name says so
// (stageOf: "the second round of the X"), for a tournament between
// players names no sides: a numbered round anywhere, another stage on a
// page with two kinds of a sports page's words or more (cues, the
// document's sportCues; "the final of the X" is a show's as often).
func (t *Typer) competitionMentions(res *extract.Result, team []bool, evs []evidence, sports bool, cues int) {
	anyStage := !sports && cues >= 2
	for mi, m := range res.Mentions {
		if team[mi] || m.Entity < 0 || m.Entity >= len(res.Entities) || m.Entity >= len(evs) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		e := &res.Entities[m.Entity]
		if e.Type == extract.Person || e.Type == extract.Location || e.Type == extract.EventType || tokenize.Capitals(m.Text) {
			continue
		}
		// Off a sports page only an entity of no class that no result
		// reads as a side is read: its window is built for it alone.
		if !sports && (e.Class != "" || evs[m.Entity].team != 0) || t.isPlaceName(m.Text) {
			continue
		}
		w := newWindow(res, t.lex, t.g, mi)
		if w.lo < 0 {
			continue
		}
		var word string
		switch {
		case sports:
			word = t.competitionCue(res, w, e, evs)
		case endsPhrase(w):
			// The stage's words before the name first, the name's own
			// (the lexicon's, the gazetteer's) only then.
			if word = stageOf(w); word != "" && (!anyStage && w.lemma(w.lo-3) != "round" || !t.competitionName(m.Text)) {
				word = ""
			}
		}
		if word == "" {
			continue
		}
		ev := &evs[m.Entity]
		ev.occurs++
		ev.reasons = append(ev.reasons, reason{extract.EventType, "competition", word})
	}
}

// competitionCue returns the word that makes the mention of window w (of
// entity e) a competition's, as competitionMentions reads them, or "" when
// none does.
func (t *Typer) competitionCue(res *extract.Result, w *window, e *extract.Entity, evs []evidence) string {
	m := res.Mentions[w.mi]
	switch k := w.hi; {
	case w.free(k) && tokenize.StartsLower(w.toks[k].Text) && (w.tag(k) == "NN" || w.tag(k) == "NNS") && w.lex.Is(w.lemma(k), lexicon.CompetitionPart):
		// "the X final", not "the X final's venue" nor "X title
		// holders".
		if w.free(k+1) && strings.HasPrefix(w.tag(k+1), "NN") || w.possessive(k+1) {
			return ""
		}
		return w.toks[k].Text
	case w.free(k) && tokenize.StartsLower(w.toks[k].Text) && w.tag(k) == "NN" && w.lex.Is(w.lemma(k), lexicon.SportGame):
		// "X football", "X rugby": the game played in a
		// competition; not "X football club".
		if w.free(k+1) && strings.HasPrefix(w.tag(k+1), "NN") || w.possessive(k+1) {
			return ""
		}
		return w.toks[k].Text
	case endsPhrase(w) && winBefore(w) && !t.counted(res, m.Entity):
		return "win"
	case e.Class != "" || evs[m.Entity].team > 0:
		// The frames below read a name of no class and no side's
		// reading: a paper ("in the Harlow Courier") or a club
		// has a class of its own.
		return ""
	}
	return t.classlessCue(w, m)
}

// classlessCue returns the word of a frame that makes the mention m of
// window w, a name of no class and no side's reading, a competition's
// (competitionCue), or "".
func (t *Typer) classlessCue(w *window, m extract.Mention) string {
	switch {
	case endsPhrase(w) && withinBefore(w) != "" && t.competitionName(m.Text):
		// "in the X.", "crashed out of the X": a name after "the"
		// that ends its phrase is what a side plays in or leaves,
		// not the side ("in the Acme squad" goes on).
		return withinBefore(w)
	case endsPhrase(w) && stageOf(w) != "" && t.competitionName(m.Text):
		// "the final of the X", "the second round of the X": a
		// stage of a contest is one of the competition's (stage-of).
		return stageOf(w)
	case gameAgainst(w) && t.competitionName(m.Text):
		// "the X game against Ostmark": a side's game in a
		// competition; a side's own would be "X's game" (game-against).
		return w.toks[w.hi].Text
	case endsPhrase(w) && seasonOwned(w) && t.competitionName(m.Text):
		// "this year's X.", "since last season's X": a contest held
		// each year or season, named by a time's possessive
		// (season-owned).
		return w.toks[w.lo-2].Text + w.toks[w.lo-1].Text
	case dateOwned(w) && commonAfter(w):
		// "Saturday's X clash", "Tuesday's X group tie": a day's
		// event named by its competition.
		return w.toks[w.lo-2].Text + w.toks[w.lo-1].Text
	case resultAfter(w) && resultOwned(w):
		// "Norland's X win over Ostmark", "a 5-1 X win", "a first X
		// victory": a result in a competition.
		return w.toks[w.hi].Text
	}
	return ""
}

// counted reports whether a mention of entity e is counted, as a title
// or a prize one wins again is and a competition is not: after "a",
// "another" or a number, or a possessive's ordinal ("their second X"),
// perhaps with other names or proper nouns between ("another Norland
// Cup X").
func (t *Typer) counted(res *extract.Result, e int) bool {
	for _, mi := range res.Entities[e].Mentions {
		if mi < 0 || mi >= len(res.Mentions) || res.Mentions[mi].Sentence < 0 || res.Mentions[mi].Sentence >= len(res.Sentences) {
			continue
		}
		w := newWindow(res, t.lex, t.g, mi)
		if w.lo < 0 {
			continue
		}
		k := w.lo - 1
		for k >= 0 && (w.at[k] >= 0 || w.tag(k) == "NNP" || w.tag(k) == "NNPS") {
			k--
		}
		switch x := w.word(k); {
		case x == "a" || x == "an" || x == "another" || w.tag(k) == "CD" && !year(x):
			return true
		case w.tag(k) == "JJ" && w.tag(k-1) == "PRP$":
			return true
		}
	}
	return false
}

// winBefore reads a verb of winning right before the name, or before
// "the" and the name: "won the X", "to win X".
func winBefore(w *window) bool {
	k := w.lo - 1
	if w.word(k) == "the" {
		k--
	}
	return w.free(k) && strings.HasPrefix(w.tag(k), "VB") && w.lemma(k) == "win"
}

// withinBefore returns the words of a frame before "the" and the name
// that a competition takes, where a side plays in it or leaves it: "in
// the X", "out of the X"; or "" when there is none.
func withinBefore(w *window) string {
	k := w.lo - 1
	if w.word(k) != "the" || !w.free(k) {
		return ""
	}
	switch {
	case w.word(k-1) == "in" && w.free(k-1):
		return "in the"
	case w.word(k-1) == "of" && w.word(k-2) == "out" && w.free(k-2):
		return "out of the"
	}
	return ""
}

// stageOf returns the noun of a stage of a contest before "of the" and
// the name, or "" when there is none: a competition's stage or title,
// a game played or a sporting event (the lexicon's CompetitionPart,
// GamePlayed, EventSport: "the final of the X", "the last two games
// of the X"), or "round" after an ordinal ("the second round of the
// X"; "round" alone is a drink's or a talk's as often).
func stageOf(w *window) string {
	k := w.lo - 1
	if w.word(k) != "the" || !w.free(k) || w.word(k-1) != "of" || !w.free(k-1) {
		return ""
	}
	// The tagger reads "final" before "of" as an adjective as often.
	k -= 2
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) || w.tag(k) != "NN" && w.tag(k) != "NNS" && w.tag(k) != "JJ" {
		return ""
	}
	l := w.lemma(k)
	switch {
	case w.lex.Is(l, lexicon.CompetitionPart) || w.lex.Is(l, lexicon.GamePlayed) || w.lex.Is(l, lexicon.EventSport):
		return w.toks[k].Text
	case l == "round" && w.free(k-1) && ordinal(w.word(k-1)):
		return w.toks[k].Text
	}
	return ""
}

// dateOwned reports whether a date's possessive stands right before the
// name: "Saturday's X", "last week's X".
func dateOwned(w *window) bool {
	k := w.lo - 1
	if !w.possessive(k) || k < 1 {
		return false
	}
	s := &w.res.Sentences[w.res.Mentions[w.mi].Sentence]
	if k-1 >= len(s.Literal) || s.Literal[k-1] < 0 || s.Literal[k-1] >= len(w.res.Mentions) {
		return false
	}
	return w.res.Mentions[s.Literal[k-1]].Type == extract.Date
}

// gameAgainst reports whether a singular noun in lower case for one game
// played (the lexicon's GamePlayed) follows the name, and "against"
// after it: "the X game against Ostmark", "during the X match against
// Ostmark".
func gameAgainst(w *window) bool {
	k := w.hi
	return w.free(k) && w.tag(k) == "NN" && tokenize.StartsLower(w.toks[k].Text) && w.lex.Is(w.lemma(k), lexicon.GamePlayed) &&
		w.free(k+1) && w.word(k+1) == "against"
}

// seasonOwned reports whether a date's possessive of a year or a season
// stands right before the name ("this year's", "last season's", "next
// year's"): what such a date owns, on a sports page, is its edition of a
// contest held each year.
func seasonOwned(w *window) bool {
	k := w.lo - 1
	if !w.possessive(k) || !w.free(k-1) {
		return false
	}
	if l := w.lemma(k - 1); l != "year" && l != "season" {
		return false
	}
	// The date's words, whether or not the dates read them as one:
	// "last season" is no date of the calendar.
	switch w.word(k - 2) {
	case "this", "last", "next":
		return w.free(k - 2)
	}
	return dateOwned(w)
}

// commonAfter reports whether a common noun in lower case follows the
// name, perhaps after an adjective or two ("X clash", "X first-leg
// tie"), not a possessive.
func commonAfter(w *window) bool {
	for k, n := w.hi, 0; n < 3 && w.free(k) && tokenize.StartsLower(w.toks[k].Text); k, n = k+1, n+1 {
		switch tag := w.tag(k); {
		case tag == "NN" || tag == "NNS":
			return !w.possessive(k + 1)
		case !strings.HasPrefix(tag, "JJ"):
			return false
		}
	}
	return false
}

// resultAfter reports whether a noun of a result ends the name's phrase
// right after it: "X win", "X defeat to Ostmark", "X victory".
func resultAfter(w *window) bool {
	k := w.hi
	// The tagger reads "win" and "defeat" there as verbs as often.
	switch w.tag(k) {
	case "NN", "NNS", "VB", "VBP":
	default:
		return false
	}
	return w.free(k) && tokenize.StartsLower(w.toks[k].Text) && w.lex.Is(w.lemma(k), lexicon.Defeat) &&
		!(w.free(k+1) && strings.HasPrefix(w.tag(k+1), "NN")) && !w.possessive(k+1)
}

// resultOwned reports whether what stands before the name makes a side
// the result's owner, so that the name is not the side: a possessive
// ("Norland's X win"), a score ("a 5-1 X win") or an ordinal after a
// determiner ("a first X victory", "their second X win").
func resultOwned(w *window) bool {
	k := w.lo - 1
	switch {
	case w.possessive(k):
		return true
	case k >= 0 && w.at[k] < 0 && tokenize.IsScore(w.toks[k].Text):
		return true
	case w.free(k) && w.tag(k) == "JJ" && ordinal(w.word(k)):
		x := w.word(k - 1)
		return x == "a" || x == "an" || w.tag(k-1) == "PRP$"
	}
	return false
}

// ordinal reports whether w is an ordinal number: "first" to "tenth",
// or digits and a suffix ("3rd", "21st").
func ordinal(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth":
		return true
	}
	return ordinalDigits(w)
}

// ordinalDigits reports whether w is digits and an ordinal's suffix.
func ordinalDigits(w string) bool {
	n := len(w) - 2
	if n < 1 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return strings.Trim(w[:n], "0123456789") == ""
	}
	return false
}

// competitionName reports whether name may be a competition's: not
// one that ends in a noun for a span of time ("the New Year"), nor in a
// compass point, nor one word WordNet has no noun for or the gazetteer
// has for a person's name (a ground's name, a name cut short: "Park").
func (t *Typer) competitionName(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 || t.g == nil || compassEnd(name) || t.lex.Is(strings.ToLower(f[len(f)-1]), lexicon.TimeSpan) {
		return false
	}
	if len(f) > 1 {
		return true
	}
	// One word: a noun WordNet has ("the Premiership"), not a ground's
	// or a person's own name.
	return t.lex.Known(strings.ToLower(name), lexicon.Noun) && t.g.Match(gazetteer.Tokens(name)...)&(gazetteer.CatFirst|gazetteer.CatLast|gazetteer.CatPerson) == 0
}

// compassEnd reports whether name ends in a compass point ("Ostmark
// East"): a region's or a league's division, not a competition.
func compassEnd(name string) bool {
	// Without the marks a tagger may leave at the end ("Ostmark East
	// ...").
	f := strings.Fields(strings.TrimRight(name, ".… "))
	if len(f) < 2 {
		return false
	}
	for _, c := range compassWords {
		if f[len(f)-1] == c {
			return true
		}
	}
	return false
}
