package claim

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// agreedWith reports whether claim c is a verb of agreeing whose content
// is only the one agreed with, a name or its owner's noun phrase with no
// verb, right after the verb or after "with" ("I agree with Bo Ek", "Ann
// Lee agreed wholeheartedly with Mr Ek's views"): a side taken with
// someone, no proposition said. A clause after it ("agreed with Bo Ek
// that A"), a quotation and a noun phrase that names what was said ("the
// analysis of the port") are kept.
func (d *doc) agreedWith(c *extract.Claim) bool {
	if d.off[RuleAgreedWith] || d.quoted(c.Start) {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	i := verbToken(s, c, lo)
	if i < 0 || !d.lex.Is(s.Lemma[i], lexicon.Agreement) {
		return false
	}
	// Between the verb and the content: adverbs, then "with".
	k := i + 1
	for k < lo && s.POS[k] == "RB" {
		k++
	}
	if k < lo && s.Lower[k] == "with" {
		k++
	}
	if k != lo {
		return false
	}
	// The content opens with a name, perhaps after a title ("Mr"): the
	// name alone, or its owner's noun phrase ("Mr Ek's views on the
	// port").
	n := lo
	for n < hi && n < lo+2 && s.POS[n] == "NNP" && (n >= len(s.Mention) || s.Mention[n] < 0) {
		n++
	}
	if n >= len(s.Mention) || s.Mention[n] < 0 {
		return false
	}
	for k := lo; k < hi; k++ {
		w, p := s.Lower[k], s.POS[k]
		if strings.HasPrefix(p, "VB") || p == "MD" || quoteOpen[w] || w == ":" || w == "that" || w == ";" || !nounPhraseTag(p) && p != "CC" && p != "IN" && !(k < len(s.Mention) && s.Mention[k] >= 0) && !punctWord(w) {
			return false
		}
	}
	return true
}

// punctWord reports whether w holds no letter nor digit: a mark.
func punctWord(w string) bool {
	return !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}
