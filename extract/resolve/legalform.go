package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// joinLegalForms joins to a name the mention the recognizer made of the
// legal form that ends it ("Tarvik Coal Co. LLC", "Acme Steel Company
// Ltd.", "Acme, Inc."): the legal forms (inc, ltd, llc, plc, ...) are a
// closed class that ends a company's name and names nothing alone, so
// the joined name is an organisation's whatever either part was typed.
// Only a space, or a comma and a space, may stand between the two.
func (r *Resolver) joinLegalForms(res *extract.Result) {
	if r.words == nil || len(res.Mentions) < 2 {
		return
	}
	text := res.Doc.Text
	joinNeighbours(res, func(m extract.Mention) bool { return isEntityType(m.Type) }, true, func(a *extract.Mention, b extract.Mention) bool {
		if b.End > len(text) {
			return false
		}
		if between := text[a.End:b.Start]; between != " " && between != ", " || !r.legalFormsOnly(b.Text) || r.legalFormsOnly(a.Text) {
			return false
		}
		a.End = b.End
		a.Text = text[a.Start:a.End]
		a.Type = extract.Organization
		return true
	})
}

// legalFormsOnly reports whether every word of s is a company's legal
// form (the lexicon's LegalForm: "Inc.", "LLC", "Ltd").
func (r *Resolver) legalFormsOnly(s string) bool {
	ws := strings.Fields(s)
	for _, w := range ws {
		if !r.words.Is(strings.ToLower(w), lexicon.LegalForm) {
			return false
		}
	}
	return len(ws) > 0
}
