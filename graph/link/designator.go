package link

import (
	"strings"

	"github.com/kg-project/kg/graph/internal/vocab"
)

// companyDesignators map the abbreviations that end companies' names
// ("Acme Co.", "Vell Power Corp.") to the words they stand for, as the
// datasets spell labels out ("Acme Company").
var companyDesignators = map[string]string{
	"co": "company", "cos": "companies", "corp": "corporation",
	"inc": "incorporated", "ltd": "limited",
}

// designatorForms returns, for name key k whose last word abbreviates a
// company's kind, the key with that word spelled out ("acme company" of
// "acme co") and the key without it ("acme").
func designatorForms(k string) (full, short string, ok bool) {
	toks := strings.Fields(k)
	if len(toks) < 2 {
		return "", "", false
	}
	word, ok := companyDesignators[toks[len(toks)-1]]
	if !ok {
		return "", "", false
	}
	short = strings.Join(toks[:len(toks)-1], " ")
	return short + " " + word, short, true
}

// tryDesignator adds, for an organisation whose name ends in an
// abbreviated company designator and that no name found candidates for,
// the candidates named with the designator spelled out ("Acme Co." for
// Acme Company) and, failing these, the organisations named without it
// ("Acme Co." for Acme), as aliases.
func (sc *entityScorer) tryDesignator(byKey map[string][]*target) {
	e := sc.e
	if e.types != 0 && e.types&tORG == 0 {
		return
	}
	var shorts []string
	canon := map[string]bool{}
	for _, n := range append([]string{e.name}, e.aliases...) {
		full, short, ok := designatorForms(vocab.NameKey(n))
		if !ok {
			continue
		}
		sc.tryName(full, n == e.name, byKey)
		shorts = append(shorts, short)
		canon[short] = canon[short] || n == e.name
	}
	if len(sc.cands) > 0 {
		return
	}
	for _, k := range shorts {
		for _, t := range byKey[k] {
			if t.kinds&tORG == 0 {
				continue // "Harlow Co." is not the town of Harlow
			}
			s := 0.85
			if !canon[k] {
				s -= 0.15
			}
			if s > sc.nameScore[t.iri] {
				sc.nameScore[t.iri], sc.nameHow[t.iri] = s, "alias"
			}
			sc.get(t)
		}
	}
}
