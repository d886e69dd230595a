package resolve

import (
	"strings"
	"time"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/temporal"
)

// dropDateNames drops the names that are a date and nothing else: a
// month and a day in capitals, as a dateline writes them ("HARLOW, DEC
// 5: ..."), which the recognizer may read as a name and the date finder,
// reading dates in title case, does not; the day may have joined the
// month as a number after a name does ("DEC" and "5"), so the rule runs
// after the spans are settled. A date names no thing (the date-name
// rule).
func dropDateNames(res *extract.Result) {
	kept := res.Mentions[:0]
	for _, m := range res.Mentions {
		if isEntityType(m.Type) && m.Type != extract.EventType && dateOnly(m.Text) {
			continue
		}
		kept = append(kept, m)
	}
	res.Mentions = kept
}

// dateOnly reports whether name, of two or three words, one of them a
// number, is wholly a date once its words in capitals are written in
// title case ("DEC 5" as "Dec 5", "5 DECEMBER 2004").
func dateOnly(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 3 || !strings.ContainsAny(name, "0123456789") {
		return false
	}
	for k, w := range words {
		if allCaps(w) && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			words[k] = w[:1] + strings.ToLower(w[1:])
		}
	}
	text := strings.Join(words, " ")
	found := temporal.Find(text, time.Time{})
	return len(found) == 1 && found[0].Type == extract.Date && found[0].Start == 0 && found[0].End == len(text)
}
