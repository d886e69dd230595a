package claim

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// status returns how claim c puts its content: denied by a denial,
// reported when a news outlet speaks with a verb of reporting, hedged when
// a modal of possibility is among its words or an adverb of hearsay in
// its sentence, else asserted.
func (d *doc) status(c *extract.Claim) string {
	if c.Method == ConsDenial {
		return extract.ClaimDenied
	}
	if c.Speaker >= 0 && c.Speaker < len(d.res.Entities) && strings.HasSuffix(d.res.Entities[c.Speaker].Class, "NewsMediaOrganization") {
		if f := strings.Fields(c.Verb); len(f) > 0 && d.lex.Lemma(f[len(f)-1], "VBD") == "report" {
			return extract.ClaimReported
		}
	}

	if c.Sentence >= 0 && c.Sentence < len(d.res.Sentences) {
		s := &d.res.Sentences[c.Sentence]
		for i, t := range s.Tokens {
			if i < len(s.Lower) && d.lex.Is(s.Lower[i], lexicon.Hearsay) {
				return extract.ClaimHedged
			}
			// "in May": a month's name is no modal.
			if t.Start >= c.Start && t.End <= c.End && i < len(s.Lower) && d.lex.Is(s.Lower[i], lexicon.Hedge) && !(i < len(s.POS) && strings.HasPrefix(s.POS[i], "NNP")) {
				// "could not live without": a negated modal says what is
				// not possible, an assertion.
				if i+1 < len(s.Lower) && (s.Lower[i+1] == "not" || s.Lower[i+1] == "n't") {
					continue
				}
				return extract.ClaimHedged
			}
		}
	}
	return extract.ClaimAsserted
}
