package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// This file holds the context constructions that say a name is a prize's
// from the words around it: what one wins, is nominated for or is up
// for, and the nouns of a prize's nominations after it.

// prizeContext reads a name the tagger typed a person's, a place's or a
// body's where a prize stands: "won an X", "picked up two Xs",
// "nominated for a X", "up for an X", "five X nominations", "the
// X awards". One wins a prize, a match or a seat,
// not a person; the indefinite or counted object keeps out the contests
// and seats ("won the Harlow", "won Pellam"), but for a name prizeName
// admits ("won the Golden Tarvik") and a category opened by "Best" ("won
// Best Vell Song", "nominations for Best Tarn Album", and one listed
// after such a category: categoryListed). A word for a prize after a
// body's name is the body's prize ("the Acme award"): only a person's or
// a place's name is read there, or a body's that prizeName admits ("the
// Golden Tarvik award", "the Norland Comedy awards"). Such a name is a
// prize in apposition to a word for one too ("the top prize, the Golden
// Tarvik"), and before "ceremony" when its last word is a plural ("the
// Golden Lanterns ceremony"). Each mention read counts once (prized);
// decideByName weighs them against the entity's other mentions.
func prizeContext(w *window, ev *evidence) {
	// A known place's name before a noun says where from ("a
	// Norlandic nominee").
	m, ok := w.wholeUnknownName()
	if !ok {
		return
	}
	// A contest is won too ("won three Harlow Cups", "won two Ostmark
	// Bowls"): a name that ends in a contest's word is left alone.
	if words := strings.Fields(m.Text); len(words) > 1 {
		last := strings.ToLower(words[len(words)-1])
		if w.lex.Is(last, lexicon.EventName) || w.lex.Is(w.lex.Lemma(last, "NNS"), lexicon.EventName) {
			return
		}
	}
	named := prizeName(w, m.Text)
	bare := category(m.Text) && !knownBody(w.g, m.Text)
	if prizeBefore(w, named, bare) || bare && categoryListed(w) || prizeAfter(w, m.Type != extract.Organization || named) || named && (prizeApposed(w) || prizesCeremony(w)) {
		ev.prized++
		ev.reasons = append(ev.reasons, reason{"award", "prize-context", m.Text})
	}
}

// prizeBefore reports whether the window's mention is the indefinite or
// counted object of a verb of winning, or follows "nominated for" or "up
// for" with one: "won an X", "scooped two Xs", "nominated for a X", "is
// up for an X". With definite, a name prizeName admits may follow "the"
// ("won the Golden Tarvik"); with bare, a prize's category needs no
// determiner ("won Best Vell Song", "nominated for Best Tarn Album").
// The mention ends its phrase ("won a Harlow contract" is no prize's).
func prizeBefore(w *window, definite, bare bool) bool {
	k := w.lo - 1
	switch d := w.word(k); {
	case d == "a" || d == "an":
	case w.tag(k) == "CD" && !year(d):
	case d == "the" && definite:
	case bare:
		k++ // no determiner
	default:
		return false
	}
	if !endsPhrase(w) {
		return false
	}
	k--
	if w.word(k) == "up" && w.lemma(k-1) == "pick" {
		return w.free(k - 1)
	}
	if !w.free(k) {
		return false
	}
	switch w.word(k) {
	case "for":
		return w.word(k-1) == "up" || w.lemma(k-1) == "nominate" || w.word(k-1) == "nominated" || w.free(k-1) && w.lemma(k-1) == "nomination"
	}
	if !strings.HasPrefix(w.tag(k), "VB") {
		return false
	}
	switch w.lemma(k) {
	case "win", "scoop", "collect", "receive":
		return true
	}
	return false
}

// prizesCeremony reports whether the window's mention, a name prizeName
// admits whose last word is a plural (pluralWord), stands before
// "ceremony" in lower case: the prize-giving named by its prizes ("the
// Golden Lanterns ceremony"; not "the Golden Lantern ceremony", a
// ceremony there). The one word, not the lexicon's EventCeremony: a
// funeral, a festival or a procession named by prizes is none.
func prizesCeremony(w *window) bool {
	if !w.free(w.hi) || !pluralWord(w, w.hi-1) {
		return false
	}
	switch w.word(w.hi) {
	case "ceremony", "ceremonies":
		return true
	}
	return false
}

// prizeApposed reports whether the window's mention, ending its phrase,
// stands after a lower-case noun of the lexicon's Award class, a comma
// and perhaps "the": "the festival's top prize, the Golden Tarvik".
func prizeApposed(w *window) bool {
	k := w.lo - 1
	if w.word(k) == "the" {
		k--
	}
	if w.word(k) != "," || !w.free(k-1) || !tokenize.StartsLower(w.toks[k-1].Text) || w.tag(k-1) != "NN" {
		return false
	}
	return w.lex.Is(w.lemma(k-1), lexicon.Award) && endsPhrase(w)
}

// categoryListed reports whether the window's mention, ending its
// phrase, follows "," or "and" right after another mention that names a
// prize's category (category): "Best Vell Song, Best Tarn Album and Best
// Ostry Tour" list categories (the category-list rule).
func categoryListed(w *window) bool {
	k := w.lo - 1
	if !w.free(k) || w.word(k) != "," && w.word(k) != "and" || k < 1 || w.at[k-1] < 0 || !endsPhrase(w) {
		return false
	}
	return category(w.res.Mentions[w.at[k-1]].Text)
}

// category reports whether name is a prize's category: two words or
// more, the first the superlative "Best" ("Best Vell Song", "Best
// Tarn Album").
func category(name string) bool {
	f := strings.Fields(name)
	return len(f) >= 2 && f[0] == "Best"
}

// prizeName reports whether a name the tagger read as a body's may name
// a prize before a word for one: two capitalised words or more, one of
// them a word news writes in lower case at least half as often as
// capitalised ("golden", "comedy"), none a word for
// a body or its part, and no body's name the gazetteer knows ("the
// Golden Tarvik award", "the Norland Comedy awards"; not "the Acme
// award", "the Harlow Council prize", "the Tarvik Foundation award").
func prizeName(w *window, name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || w.g == nil || knownBody(w.g, name) {
		return false
	}
	for _, x := range f {
		if !tokenize.StartsUpper(x) {
			return false
		}
		l := w.lex.Lemma(strings.ToLower(x), "NN")
		if w.lex.Is(l, lexicon.Organization) || w.lex.Is(l, lexicon.OrgPart) || w.lex.Is(l, lexicon.OrgGeneric) || orgClass(w.lex, x) != "" {
			return false
		}
	}
	for _, x := range f {
		if lo, hi, ok := w.g.Casing(x); ok && 2*lo > hi {
			return true
		}
	}
	return false
}

// prizeAfter reports whether a noun of a prize's nominations follows the
// window's mention in lower case ("X nominations", "X nominee") or, when
// nouns is set, a noun of the lexicon's Award class ("the X awards").
// The tokenizer keeps "X-winning" one word: no mention of X is there.
func prizeAfter(w *window, nouns bool) bool {
	k := w.hi
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) {
		return false
	}
	if n := nominating(w.word(k)); n == nominationNoun || n == nomineeNoun {
		return true
	}
	return nouns && strings.HasPrefix(w.tag(k), "NN") && w.lex.Is(w.lemma(k), lexicon.Award)
}
