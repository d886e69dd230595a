package event

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// ceremonyNamed reports whether entity e, a name the tagger read as a
// thing's or a body's, names a prize-giving by its prizes: its last word
// is the plural of a prize's noun or name (the lexicon's Award and
// AwardName classes: "Awards", "Oscars") and a mention of it stands after
// a time's possessive ("this year's Oscars", "last weekend's Harlow
// Awards", "Sunday's Tarvik Awards"). A year's or a day's prizes are
// given at one event; the prizes themselves are won ("won two Oscars",
// "an Oscar"): a name counted anywhere in the document is left alone
// (the dated-prizes construction).
func (d *docState) ceremonyNamed(e int) bool {
	ent := &d.res.Entities[e]
	if ent.Class != "" || ent.Type != extract.Miscellaneous && ent.Type != extract.Organization && ent.Type != extract.EventType {
		return false
	}
	if !d.prizesWord(lastWord(ent.Name)) {
		return false
	}
	dated := false
	for _, mi := range ent.Mentions {
		v, lo, ok := d.mentionView(mi)
		if !ok {
			continue
		}
		if v.countedAt(lo - 1) {
			return false
		}
		dated = dated || v.timeOwnerBefore(lo)
	}
	return dated
}

// prizesWord reports whether w is a capitalised plural of a noun of the
// lexicon's Award or AwardName class ("Awards", "Oscars").
func (d *docState) prizesWord(w string) bool {
	if !upperWord(w) || strings.ToUpper(w) == w {
		return false
	}
	low := strings.ToLower(w)
	lemma := d.lex.Lemma(low, "NNS")
	if lemma == low {
		return false
	}
	return d.lex.Is(lemma, lexicon.Award) || d.lex.Is(lemma, lexicon.AwardName)
}

// lastWord returns the last word of s, or "".
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// mentionView returns a view of the sentence of mention mi and the token
// the mention starts at; ok is false when the mention or its sentence's
// annotations are missing.
func (d *docState) mentionView(mi int) (*view, int, bool) {
	if mi < 0 || mi >= len(d.res.Mentions) {
		return nil, 0, false
	}
	m := &d.res.Mentions[mi]
	if m.Sentence < 0 || m.Sentence >= len(d.res.Sentences) {
		return nil, 0, false
	}
	s := &d.res.Sentences[m.Sentence]
	lo, hi := s.TokenSpan(m.Start, m.End)
	if lo < 0 || hi <= lo || len(s.Lemma) != len(s.Tokens) || len(s.POS) != len(s.Tokens) || len(s.Mention) != len(s.Tokens) || len(s.Literal) != len(s.Tokens) {
		return nil, 0, false
	}
	return &view{res: d.res, lex: d.lex, si: m.Sentence, low: s.Lower, lem: s.Lemma, tags: s.POS, ent: s.Mention, lit: s.Literal}, lo, true
}

// countedAt reports whether token k, or the one before it after "the",
// counts what follows: "a", "an", a number that is no year, or a
// possessive determiner ("two Oscars", "his Oscars").
func (v *view) countedAt(k int) bool {
	switch w := v.w(k); {
	case w == "a" || w == "an" || v.tag(k) == "PRP$":
		return true
	case v.tag(k) == "CD":
		return !(len(w) == 4 && strings.Trim(w, "0123456789") == "")
	}
	return false
}

// timeOwnerBefore reports whether a time's possessive ends right before
// token lo: a date's ("Sunday's", "2005's") or a span of time's after
// "this", "last" or "next" ("this year's", "last weekend's").
func (v *view) timeOwnerBefore(lo int) bool {
	k := lo - 1
	if v.w(k) != "'s" || k < 1 {
		return false
	}
	k--
	if i := v.lit[k]; i >= 0 && i < len(v.res.Mentions) && v.res.Mentions[i].Type == extract.Date {
		return true
	}
	if v.ent[k] >= 0 || !lowerWord(v.res.Sentences[v.si].Tokens[k].Text) || !v.lex.Is(v.lem[k], lexicon.TimeSpan) {
		return false
	}
	switch v.w(k - 1) {
	case "this", "last", "next":
		return true
	}
	return false
}
