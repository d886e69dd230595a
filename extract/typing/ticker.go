package typing

import (
	"strings"

	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// tickerAfter reads a company's name by the stock symbol a news feed
// puts in brackets after it, or after its possessive: "Acme (ACM.N)",
// "Acme <ACM.PA>", "Acme (ACM:NYSE - news)", "Acme's (Nasdaq: ACM)", or
// by the labels of the links put there instead ("Acme (Quote, Chart)").
// Only a company's shares trade, so the name is a corporation's,
// whatever the tagger read. A dateline's town with its agency in
// brackets ("HARLOW (NP.MW) -") is left alone, and so is a name a
// venue's, an airport's, a museum's or a stadium's word heads: its code
// in brackets is the place's ("Harlow International Airport (IATA: HRW)",
// the place-code rule).
func tickerAfter(w *window, ev *evidence) {
	if datelineTown(w.res, w.mi) || placeCoded(w) {
		return
	}
	k := w.hi
	if w.possessive(k) {
		k++
	}
	if sym := tickerBracket(w, k); sym != "" {
		ev.vote(ClassCorporation, wNamePair, "ticker", sym)
		ev.ticker++
	} else if linkBracket(w, k) {
		ev.vote(ClassCorporation, wNamePair, "ticker", "link box")
		ev.ticker++
	}
}

// linkBracket reports whether the brackets opening at token k hold the
// labels of the links a news feed puts after a company's name where a
// stock symbol would stand ("Acme (Quote, Chart)"): two words or more
// between commas, each one capitalised word WordNet knows as a common
// noun, outside any mention (resolution drops such labels as markup:
// "(Harlow, Norland)" names places).
func linkBracket(w *window, k int) bool {
	if w.word(k) != "(" {
		return false
	}
	labels := 0
	for i := k + 1; i+1 < len(w.toks) && i < k+12; i += 2 {
		x := w.toks[i].Text
		if !w.free(i) || !tokenize.StartsUpper(x) || strings.ToUpper(x) == x || !w.lex.Known(strings.ToLower(x), lexicon.Noun) {
			return false
		}
		labels++
		switch w.toks[i+1].Text {
		case ")":
			return labels >= 2
		case ",":
		default:
			return false
		}
	}
	return false
}

// tickerBracket returns the words of a stock symbol in brackets opening
// at token k, or "": a symbol with its exchange's suffix alone in its
// brackets ("(ACM.N)", "<ACM.PA>"), or a symbol and an exchange's
// abbreviation about a colon, either way round ("(ACM:NYSE", "(Nasdaq:
// ACM)"), before the bracket's end, a dash or a comma.
func tickerBracket(w *window, k int) string {
	if k+2 >= len(w.toks) {
		return ""
	}
	open, a := w.toks[k].Text, w.toks[k+1].Text
	closeWith := map[string]string{"(": ")", "<": ">"}[open]
	if closeWith == "" {
		return ""
	}
	if w.toks[k+2].Text == closeWith && (tokenize.Ticker(a) || tokenize.TickerNotName(a)) {
		return a
	}
	if open != "(" || w.toks[k+2].Text != ":" || k+4 >= len(w.toks) {
		return ""
	}
	b := w.toks[k+3].Text
	switch w.toks[k+4].Text {
	case ")", "-", ",", ";":
	default:
		return ""
	}
	if symbolWord(a) && exchangeWord(b) || exchangeWord(a) && symbolWord(b) {
		return a + ":" + b
	}
	return ""
}

// symbolWord reports whether s is spelt as a bare stock symbol: one to
// five capitals.
func symbolWord(s string) bool {
	return len(s) >= 1 && len(s) <= 5 && strings.ToUpper(s) == s && strings.IndexFunc(s, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0
}

// exchangeWord reports whether s is spelt as an exchange's
// abbreviation: three to six letters, all capitals or a capital and
// lower case ("NYSE", "Nasdaq").
func exchangeWord(s string) bool {
	if len(s) < 3 || len(s) > 6 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool { return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') }) < 0
}

// placeCoded reports whether the mention's last word, capitalised and
// singular, is a word for a venue, an airport, a museum, a stadium or a
// place of worship (venue): a place, whose code in brackets is no stock
// symbol ("Acme Airports" in the plural is the company running them).
func placeCoded(w *window) bool {
	last := w.toks[w.hi-1].Text
	l := strings.ToLower(last)
	c, ok := placeClass(w.lex, last, false)
	return ok && venue(c) && tokenize.StartsUpper(last) && w.lex.Lemma(l, "NNS") == l
}
