package resolve

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
)

// splitGluedCodes cuts from the end of a name a code in capitals that a
// feed wrote after it without the brackets it stood in: its initials
// ("the Tarvik Vell League TVL has said", from "(TVL)") or its stock
// symbol ("Acme Vellmar ACVM rose", from "(ACVM.L)"). The code is two
// to five capitals, the name's other words are capitalised and not all
// in capitals, and the code's letters are the name's in order from its
// first letter (the glued-code construction). Initials stay a mention
// of their own, which the acronym step joins to the name; a symbol
// goes. A person's name is left alone, and so is a code that follows
// the name's letters but does not open with its first ("Harlow AC",
// "Vellmar FC": a club's letters are the name's own), as is a code that
// is a legal form of a company ("Safvel SA", "Tarvik AG": legalCode).
func (r *Resolver) splitGluedCodes(res *extract.Result) {
	var add []extract.Mention
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.Person {
			continue
		}
		sp := strings.LastIndexByte(m.Text, ' ')
		if sp <= 0 {
			continue
		}
		head, code := m.Text[:sp], m.Text[sp+1:]
		if !gluedCode(head, code) || r.legalCode(code) {
			continue
		}
		if initialsOf(strings.Fields(head)) == code {
			add = append(add, extract.Mention{Start: m.Start + sp + 1, End: m.End, Text: code, Type: m.Type, Sentence: m.Sentence, Entity: -1})
		}
		m.Text = head
		m.End = m.Start + len(head)
	}
	res.Mentions = append(res.Mentions, add...)
}

// legalCode reports whether code, in capitals, is a legal form of a
// company, written so or with a full stop after each letter ("AG";
// "SA" for "s.a."): legalEnding.
func (r *Resolver) legalCode(code string) bool {
	l := strings.ToLower(code)
	var dotted strings.Builder
	for _, c := range l {
		dotted.WriteRune(c)
		dotted.WriteByte('.')
	}
	return r.legalEnding(l) || r.legalEnding(dotted.String())
}

// gluedCode reports whether code, two to five capitals, spells letters
// of head in order from head's first, head being capitalised words not
// all in capitals (see splitGluedCodes).
func gluedCode(head, code string) bool {
	if len(code) < 2 || len(code) > 5 || !capitals(code) {
		return false
	}
	if !nameWords(head) || strings.ToUpper(head) == head {
		return false
	}
	var letters []rune
	for _, r := range head {
		if unicode.IsLetter(r) {
			letters = append(letters, unicode.ToUpper(r))
		}
	}
	if len(letters) == 0 || letters[0] != rune(code[0]) {
		return false
	}
	k := 0
	for _, r := range letters {
		if k < len(code) && r == rune(code[k]) {
			k++
		}
	}
	return k == len(code)
}
