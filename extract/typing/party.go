package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// partyWith reads a name the tagger read as a person's right after
// "with" and a noun of the lexicon's Accord class in lower case: "signed
// an agreement with Tarvik", "a licensing deal with Acme", "contracts
// with Vell". A party to a deal of trade is most often a body; the name
// counts for itsBody's reading, which holds only when the name opens
// with no given name, the gazetteer lists it as no person's and nothing
// else says person ("a deal with Ann Lee" stays a person's). A name
// followed by "'s" owns the party ("a deal with Tarvik's parent") and is
// not read.
func partyWith(w *window, ev *evidence) {
	if w.res.Mentions[w.mi].Type != extract.Person || w.word(w.lo-1) != "with" || w.tag(w.hi) == "POS" {
		return
	}
	k := w.lo - 2
	if t := w.tag(k); !w.free(k) || !strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "NNP") || !tokenize.StartsLower(w.toks[k].Text) ||
		!w.lex.Is(w.lemma(k), lexicon.Accord) {
		return
	}
	ev.party++
	ev.reasons = append(ev.reasons, reason{"party", "party-with", w.toks[k].Text})
}
