package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
)

// dropCutTails drops a stock ticker that a feed cut short with its text:
// a news feed gives a story's first lines and stops, in the middle of a
// sentence and often of a word, and "Acme Petroleum (ACM." is a ticker
// whose market code ("ACM.L") the cut took off. A mention after the
// headline, right after an opening bracket, that only a period follows
// to the end of the text is dropped, unless the document names it so
// elsewhere (the cut-ticker rule). A name at the cut with no bracket
// before it ("... told Acme") may be whole and stays.
func dropCutTails(res *extract.Result) {
	text := res.Doc.Text
	kept := res.Mentions[:0]
	for _, m := range res.Mentions {
		if isEntityType(m.Type) && m.End <= len(text) && feedCutTicker(text, m) && !namedElsewhere(res, m) {
			continue
		}
		kept = append(kept, m)
	}
	res.Mentions = kept
}

// feedCutTicker reports whether mention m is a ticker in a bracket that the
// end of text cuts at its period (see dropCutTails).
func feedCutTicker(text string, m extract.Mention) bool {
	before := text[:m.Start]
	return strings.Contains(before, "\n") && strings.HasSuffix(before, "(") && strings.TrimSpace(text[m.End:]) == "."
}

// namedElsewhere reports whether another mention of res has m's text.
func namedElsewhere(res *extract.Result, m extract.Mention) bool {
	for _, o := range res.Mentions {
		if o.Start != m.Start && o.Text == m.Text {
			return true
		}
	}
	return false
}
