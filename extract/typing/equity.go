package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// equityFrame reads a company's name by its shares and profits: "shares
// in X", "shareholders of X", "X shares", "X's profits". A place's
// name the gazetteer knows names its market or its economy ("Norland
// shares", "Harlow's profits"), and a person's possessive what the
// person holds ("Ann Lee's shares"): both are left alone.
func equityFrame(w *window, ev *evidence) {
	m := w.res.Mentions[w.mi]
	if w.knownPlace(m.Text) || w.countryWord(w.lo) {
		return
	}
	k := w.hi
	if w.possessive(k) {
		if m.Type == extract.Person && !(earnings(w.lemma(k+1)) && noPersonName(w.g, m.Text)) {
			return
		}
		k++
	}
	switch {
	case equityNoun(w, k) && !(w.free(k+1) && w.tag(k+1) == "NN" && tokenize.StartsLower(w.toks[k+1].Text)) && !(m.Type == extract.Miscellaneous && earnings(w.lemma(k))) && !equityVerb(w, k):
		// "X shares fell", "X's profits rose"; not "X share price"
		// read as a compound's modifier of another noun, nor a
		// work's or a product's profits ("the X profits" of a film).
		ev.vote(ClassCorporation, wDescrPair, "equity", w.toks[k].Text)
		ev.equity++
	case equityBefore(w, w.lo) && endsPhrase(w):
		// "shares in X", "shareholders of X".
		ev.vote(ClassCorporation, wDescrPair, "equity", w.toks[w.lo-2].Text+" "+w.word(w.lo-1))
		ev.equity++
	}
}

// equityNoun reports whether token k is a common noun of a company's
// shares or profits (the lexicon's Equity class), in lower case or
// opening its sentence.
func equityNoun(w *window, k int) bool {
	if !w.free(k) {
		return false
	}
	if k == 0 && w.tag(k) == "NNP" {
		// The tagger reads a capitalised first word as a name's:
		// "Shares in X fell".
		x := w.word(k)
		return w.lex.Is(w.lex.Lemma(x, "NNS"), lexicon.Equity) || w.lex.Is(x, lexicon.Equity)
	}
	return (tokenize.StartsLower(w.toks[k].Text) || k == 0) && (w.tag(k) == "NN" || w.tag(k) == "NNS") && w.lex.Is(w.lemma(k), lexicon.Equity)
}

// equityVerb reports whether the word of equity at token k is the verb
// "share" with its object after it, which the tagger read as a noun: "X
// and Y share a stage", "X shares their view" (an article or a
// possessive determiner follows; the equity-verb rule). "X shares the
// gains" is left to the noun: "the" opens a time's phrase as often
// ("X shares this week").
func equityVerb(w *window, k int) bool {
	if w.lemma(k) != "share" {
		return false
	}
	switch w.word(k + 1) {
	case "a", "an", "their", "his", "her", "its", "our":
		return true
	}
	return false
}

// equityBefore reports whether the name is the object of "in" or "of"
// after a plural noun of shares ("shares in X"), or of "in" after a
// stake a percentage measures ("a 20 per cent stake in X", "a 49% stake
// in X": percent-stake; a stake alone is any involvement, "a stake in
// Norland's future"): no place frame.
func equityBefore(w *window, lo int) bool {
	if w.word(lo-1) == "in" && w.free(lo-2) && w.lemma(lo-2) == "stake" && percentBefore(w, lo-2) {
		return true
	}
	return (w.word(lo-1) == "in" || w.word(lo-1) == "of") && equityNoun(w, lo-2) && (w.tag(lo-2) == "NNS" || lo-2 == 0 && w.tag(0) == "NNP")
}

// percentBefore reports whether a percentage ends right before token k:
// "per cent", "percent" or "%" after a number.
func percentBefore(w *window, k int) bool {
	j := k - 1
	switch w.word(j) {
	case "%", "percent":
	case "cent":
		if w.word(j-1) != "per" {
			return false
		}
		j--
	default:
		return false
	}
	return w.tag(j-1) == "CD"
}

// noPersonName reports whether name, of two words or more, is no
// person's the gazetteer knows, opens with no given name and ends in no
// surname: "Acme Vell's profits rose" are a firm's (the tagger read the
// name as a person's), where "Ann Lee's profits" are what she made
// (person-profits).
func noPersonName(g *gazetteer.Gazetteer, name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || g == nil || givenFirst(g, name) {
		return false
	}
	return g.Match(gazetteer.Tokens(name)...)&gazetteer.CatPerson == 0 && g.Match(gazetteer.Tokens(f[len(f)-1])...)&(gazetteer.CatLast|gazetteer.CatFirst) == 0
}

// earnings reports whether lemma is a noun of profit, which a work or a
// product makes as a company does; shares and dividends are a
// company's alone.
func earnings(lemma string) bool {
	return lemma == "profit" || lemma == "profits" || lemma == "earnings"
}
