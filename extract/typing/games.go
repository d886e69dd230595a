package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// gameName reads a name beside the games trade's noun for one of its
// works in lower case, with "the" before them: "the hugely popular X
// game" (adverbs and adjectives between; the noun ends its phrase) and
// "the game X" (the name ends its phrase). Either is as often a match
// ("the Harlow game", "the game Harlow won"), so it only marks the
// mention; gamePage keeps the mark on a page about computers. A name
// the gazetteer knows as a place's or a body's, one that opens with a
// given name ("the Ann Lee show"), and a noun that is a competition's
// ("the X title") or a statement's ("the X programme") are left alone.
func gameName(w *window, ev *evidence) {
	m, ok := w.wholeUnknownName()
	if !ok || knownBody(w.g, m.Text) || givenFirst(w.g, m.Text) {
		return
	}
	// "the hugely popular X game"
	if k := w.hi; gameNoun(w, k) && !strings.HasPrefix(w.tag(k+1), "NN") && w.tag(k+1) != "POS" {
		j := w.lo - 1
		for j >= 0 && w.free(j) && tokenize.StartsLower(w.toks[j].Text) && (strings.HasPrefix(w.tag(j), "JJ") || w.tag(j) == "RB") {
			j--
		}
		if w.word(j) == "the" && w.free(j) {
			ev.gameName = w.word(k)
		}
		return
	}
	// "the game X"
	if k := w.lo - 1; gameNoun(w, k) && w.word(k-1) == "the" && endsPhrase(w) && w.word(w.hi) != "," {
		ev.gameName = "the " + w.word(k)
	}
}

// gameNoun reports whether token k is a singular noun in lower case of
// the lexicon's TradeWork class that names no competition's stage or
// title and no statement ("game", "show"; not "title", "programme").
func gameNoun(w *window, k int) bool {
	if !w.free(k) || w.tag(k) != "NN" || !tokenize.StartsLower(w.toks[k].Text) {
		return false
	}
	c := w.lex.Classes(w.word(k))
	return c.Has(lexicon.TradeWork) && !c.Has(lexicon.CompetitionPart) && !c.Has(lexicon.Statement)
}

// gamePage keeps gameName's marks as a work's title on a page with a
// common noun for a gadget or a program ("console", "PC", "software")
// and none of a sports page's words: there "the X game" names the game,
// elsewhere a match as often.
func (t *Typer) gamePage(res *extract.Result, evs []evidence, words lexicon.Classes) {
	keep := words.Has(lexicon.Gadget) || words.Has(lexicon.Software)
	for i := range evs {
		if evs[i].gameName == "" {
			continue
		}
		if keep && !evs[i].sportsPage && !evs[i].sportWords {
			evs[i].markWork("game-name", evs[i].gameName)
		}
		evs[i].gameName = ""
	}
}

// voiceCredit reads a past participle of a verb that credits a person
// with a part's voice or likeness in a film, a show or a game (the
// lexicon's VoiceRole: voice, narrate, portray, impersonate) and "by"
// right before the name: "the hero, voiced by X", "narrated by X". A body
// or a place lends no voice: the name is a performer's.
func voiceCredit(w *window, ev *evidence) {
	k := w.lo - 1
	if w.word(k) != "by" || !w.free(k-1) || w.tag(k-1) != "VBN" && w.tag(k-1) != "VBD" || !tokenize.StartsLower(w.toks[k-1].Text) {
		return
	}
	if w.lex.Is(w.lex.Lemma(w.word(k-1), "VBN"), lexicon.VoiceRole) && wholeName(w) {
		ev.voiced = true
		ev.personCtx++
		ev.reasons = append(ev.reasons, reason{extract.Person, "voice-credit", w.word(k-1) + " by"})
	}
}
