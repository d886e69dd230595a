package claim

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// negativeQuantifier are the subjects that say no one holds the content:
// "Nobody is suggesting that ...", "No one knows what ...", "None of them
// said ..." (closed).
var negativeQuantifier = map[string]bool{"nobody": true, "no-one": true, "noone": true, "none": true}

// noOneHolds reports whether claim c's unnamed speaker is a negative
// quantifier ("Nobody is suggesting that the port will shut", "No one
// knows whether Acme will bid", "no official said ..."): no one holds
// the content, so there is no claim (RuleNoOneHolds).
func (d *doc) noOneHolds(c *extract.Claim) bool {
	if d.off[RuleNoOneHolds] || c.Speaker >= 0 || c.Source.Len() <= 0 {
		return false
	}
	f := strings.Fields(strings.ToLower(d.res.Doc.Text[c.Source.Start:c.Source.End]))
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[0], "[\"“‘'")
	return negativeQuantifier[w] || w == "no"
}

// notYetSaid reports whether claim c's verb has not happened yet: "yet
// to" or "still to" right before it ("Acme has yet to announce which
// plan it will back", "the board is still to decide whether ..."), or
// "yet" after a negation in the auxiliaries before it ("Acme has not yet
// announced when ..."). Nothing has been said, so there is no claim
// (RuleNotYetSaid).
func (d *doc) notYetSaid(c *extract.Claim) bool {
	if d.off[RuleNotYetSaid] {
		return false
	}
	s, at := d.verbToken(c)
	if at < 2 {
		return false
	}
	if s.Lower[at-1] == "to" && (s.Lower[at-2] == "yet" || s.Lower[at-2] == "still") {
		return true
	}
	yet := false
	for k := at - 1; k >= 0 && k >= at-4; k-- {
		w := s.Lower[k]
		switch {
		case w == "yet":
			yet = true
		case w == "not" || w == "n't" || w == "never":
			return yet
		case d.lex.Is(w, lexicon.Auxiliary) || d.lex.Is(d.lex.Lemma(w, "VB"), lexicon.Auxiliary) || s.POS[k] == "RB":
		default:
			return false
		}
	}
	return false
}

// unknowing reports whether claim c's verb is a negated "know" ("Ann Lee
// didn't know that the port had shut", "Bo Ek does not know whether ..."):
// not knowing a thing is holding no view of it, so there is no claim
// (RuleUnknowing). A negated belief ("does not think that ...") is kept.
func (d *doc) unknowing(c *extract.Claim) bool {
	if d.off[RuleUnknowing] {
		return false
	}
	s, at := d.verbToken(c)
	if at < 1 || d.lex.Lemma(s.Lower[at], "VB") != "know" {
		return false
	}
	for k := at - 1; k >= 0 && k >= at-3; k-- {
		w := s.Lower[k]
		switch {
		case w == "not" || w == "n't" || w == "never":
			return true
		case d.lex.Is(w, lexicon.Auxiliary) || d.lex.Is(d.lex.Lemma(w, "VB"), lexicon.Auxiliary) || s.POS[k] == "RB":
		default:
			return false
		}
	}
	return false
}

// backedThing reports whether the noun phrase [lo, hi) that a reduced
// passive of taking a side follows names a made thing or a firm ("a song
// backed by a choir", "a start-up backed by Acme", "a car backed by a
// warranty"): backing it is paying for it or playing with it, no side
// taken in words (RuleBackedThing). A plan, a bid or a demand backed by
// someone is kept.
func (v *view) backedThing(lo, hi int) bool {
	if v.d.off[RuleBackedThing] {
		return false
	}
	for k := lo; k < hi; k++ {
		if !strings.HasPrefix(v.tag(k), "NN") || v.entAt(k) >= 0 {
			continue
		}
		l := v.d.lex.Lemma(v.w(k), "NN")
		for _, c := range []lexicon.Class{lexicon.CreativeWork, lexicon.RecordWork, lexicon.Product, lexicon.Gadget, lexicon.Corporation, lexicon.Enterprise} {
			if v.d.lex.Is(l, c) {
				return true
			}
		}
	}
	return false
}
