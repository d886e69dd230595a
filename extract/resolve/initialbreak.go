package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
)

// splitInitialBreaks parts a mention that runs over a sentence's end
// after a name whose last word is one capital letter: "films such as
// Harlow Nights and Ann X. Bo Ek, her daughter, said ..." The tokenizer
// reads a capital letter and a period as an initial ("Ann X. Lee"), so the
// sentence goes on and the recognizer joins the two names. The part up
// to the letter is taken for a name of its own when the document names
// it so elsewhere, as a mention of its own that no period follows ("Ann
// X said"), and keeps the type the recognizer gave the whole (the film
// "Ann X" may be named after the person); the part after the period, two
// capitalised words or more, is a name of its own, of the type of its
// mention elsewhere if any, else of the whole's (the initial-break
// rule).
func splitInitialBreaks(res *extract.Result) {
	named := map[string]string{}
	for _, m := range res.Mentions {
		if isEntityType(m.Type) && !strings.HasSuffix(m.Text, ".") {
			named[m.Text] = m.Type
		}
	}
	var add []extract.Mention
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.EventType {
			continue
		}
		cut := initialBreak(m.Text, named)
		if cut < 0 {
			continue
		}
		second := *m
		second.Start = m.Start + cut + 2
		second.Text = m.Text[cut+2:]
		if t, ok := named[second.Text]; ok {
			second.Type = t
		}
		m.End = m.Start + cut
		m.Text = m.Text[:cut]
		second.Class = ""
		add = append(add, second)
	}
	res.Mentions = append(res.Mentions, add...)
}

// initialBreak returns the offset of the period in name after a capital
// letter alone that ends a name named elsewhere and before two
// capitalised words or more (see splitInitialBreaks), or -1.
func initialBreak(name string, named map[string]string) int {
	for at := strings.Index(name, ". "); at >= 0; {
		if at >= 2 && name[at-2] == ' ' && name[at-1] >= 'A' && name[at-1] <= 'Z' {
			if _, ok := named[name[:at]]; ok && len(strings.Fields(name[:at])) >= 2 {
				rest := strings.Fields(name[at+2:])
				if len(rest) >= 2 && nameWords(name[at+2:]) {
					return at
				}
			}
		}
		next := strings.Index(name[at+1:], ". ")
		if next < 0 {
			break
		}
		at += 1 + next
	}
	return -1
}
