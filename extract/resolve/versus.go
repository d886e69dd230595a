package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// versusNames retypes a name the recognizer read as a person's that
// holds "Vs", "vs", "v" or "versus" between two capitalised words ("Ann
// Lee Vs Bo", "Harlow v Tarvik"): one person is not against another in
// their own name; it titles a work or a match that sets the two against
// each other. It becomes a miscellaneous name, so that no person's
// surname rule makes its last word an alias of it (the versus-name
// rule).
func versusNames(res *extract.Result) {
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Person || !versusInside(m.Text) {
			continue
		}
		m.Type, m.Class = extract.Miscellaneous, ""
	}
}

// versusInside reports whether name holds a word of opposition ("Vs",
// "vs", "v", "versus", with or without a period; a capital "V" alone is
// an initial) between two capitalised words.
func versusInside(name string) bool {
	f := strings.Fields(name)
	for k := 1; k+1 < len(f); k++ {
		w := strings.TrimSuffix(f[k], ".")
		if w == "V" {
			continue // an initial: "Bo V. Tarvik"
		}
		switch strings.ToLower(w) {
		case "vs", "v", "versus":
			if tokenize.StartsUpper(f[k-1]) && tokenize.StartsUpper(f[k+1]) {
				return true
			}
		}
	}
	return false
}
