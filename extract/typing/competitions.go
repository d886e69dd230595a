package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
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
func (t *Typer) competitionMentions(res *extract.Result, team []bool, evs []evidence) {
	for mi, m := range res.Mentions {
		if team[mi] || m.Entity < 0 || m.Entity >= len(res.Entities) || m.Entity >= len(evs) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		e := &res.Entities[m.Entity]
		if e.Type == extract.Person || e.Type == extract.Location || e.Type == extract.EventType || tokenize.Capitals(m.Text) || t.isPlaceName(m.Text) {
			continue
		}
		w := newWindow(res, t.lex, t.g, mi)
		if w.lo < 0 {
			continue
		}
		var word string
		switch k := w.hi; {
		case w.free(k) && lower(w.toks[k].Text) && (w.tag(k) == "NN" || w.tag(k) == "NNS") && w.lex.Is(w.lemma(k), lexicon.CompetitionPart):
			// "the X final", not "the X final's venue" nor "X title
			// holders".
			if w.free(k+1) && strings.HasPrefix(w.tag(k+1), "NN") || w.possessive(k+1) {
				continue
			}
			word = w.toks[k].Text
		case w.free(k) && lower(w.toks[k].Text) && w.tag(k) == "NN" && w.lex.Is(w.lemma(k), lexicon.SportGame):
			// "X football", "X rugby": the game played in a
			// competition; not "X football club".
			if w.free(k+1) && strings.HasPrefix(w.tag(k+1), "NN") || w.possessive(k+1) {
				continue
			}
			word = w.toks[k].Text
		case endsPhrase(w) && winBefore(w) && !t.counted(res, m.Entity):
			word = "win"
		default:
			continue
		}
		ev := &evs[m.Entity]
		ev.occurs++
		ev.reasons = append(ev.reasons, reason{extract.EventType, "competition", word})
	}
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
