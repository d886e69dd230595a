package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
)

// joinMiddleInitials joins a person's name that ends in a middle initial
// written without its period ("Ann B") to the person's name the
// recognizer cut off after it ("Tarvik"), one space between: "Ann B
// Tarvik" is one person, as British news writes initials bare. The first
// is two words or more, its last one capital letter; the second one or
// two capitalised words read as a person's (the middle-initial rule). A
// single letter that ends a name by itself ("Bo X said") has no name
// after it and stays.
func joinMiddleInitials(res *extract.Result) {
	text := res.Doc.Text
	joinNeighbours(res, func(m extract.Mention) bool { return m.Type == extract.Person }, false, func(a *extract.Mention, b extract.Mention) bool {
		if b.End > len(text) || text[a.End:b.Start] != " " || !endsInInitial(a.Text) {
			return false
		}
		ws := strings.Fields(b.Text)
		if len(ws) > 2 || !nameWords(b.Text) {
			return false
		}
		a.End = b.End
		a.Text = text[a.Start:a.End]
		return true
	})
}

// endsInInitial reports whether name is two words or more, the last one
// capital letter.
func endsInInitial(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	last := ws[len(ws)-1]
	c, n := utf8.DecodeRuneInString(last)
	return n == len(last) && unicode.IsUpper(c)
}
