package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// trimRoyalTitles cuts a royal or noble title (the lexicon's Nobility,
// Sovereign and Ruler: "King", "Princess", "Duke", "Sheikh") that opens a person's name
// before a full name: "King Bo Tarvik Ek" names Bo Tarvik Ek, whom the
// title describes, as "President Bo Ek" names Bo Ek (the royal-title
// construction). A title before one name stays, which is how such a
// person is named ("Prince Bo"), and so does one before a regnal number
// ("Queen Ann II") or "of" ("Duke Bo of Harlow"), and so does a form
// of address ("Lady Ann Lee"); but where the
// document names the person in full after the title, the title before
// the last word of that name alone is cut too ("King Ek" after "King Bo
// Ek"). The relate stage reads the title before the name.
func (r *Resolver) trimRoyalTitles(res *extract.Result) {
	if r.words == nil {
		return
	}
	cut := map[string]bool{}
	for pass := 0; pass < 2; pass++ {
		for i := range res.Mentions {
			m := &res.Mentions[i]
			if m.Type != extract.Person {
				continue
			}
			words := wordSpans(m.Text)
			if len(words) < 2 || !r.royalTitle(m.Text[words[0][0]:words[0][1]]) {
				continue
			}
			rest := words[1:]
			switch {
			case pass == 0 && len(rest) >= 2 && r.fullName(m.Text, rest):
				cut[m.Text[rest[len(rest)-1][0]:]] = true
			case pass == 1 && len(rest) == 1 && cut[m.Text[rest[0][0]:]]:
			default:
				continue
			}
			m.Start += rest[0][0]
			m.Text = m.Text[rest[0][0]:]
		}
	}
}

// royalTitle reports whether w, capitalised, is a title of royalty or
// nobility or a ruler's: "King", "Queen", "Prince", "Duchess", "Tsar",
// "Sheikh", "Emir"; not one that is also a form of address ("Lord",
// "Lady"), which stays with the name as "Sir" does.
func (r *Resolver) royalTitle(w string) bool {
	l := strings.ToLower(w)
	return tokenize.StartsUpper(w) && !r.honorific(w) && (r.words.Is(l, lexicon.Nobility) || r.words.Is(l, lexicon.Sovereign) || r.words.Is(l, lexicon.Ruler))
}

// fullName reports whether the words of text are a person's full name
// after a royal title: each capitalised, in letters (a hyphen or an
// apostrophe inside), none a title's word or a regnal number ("II"),
// and no "of" among them.
func (r *Resolver) fullName(text string, words [][2]int) bool {
	for _, w := range words {
		word := text[w[0]:w[1]]
		if !tokenize.StartsUpper(word) || !letters(strings.NewReplacer("-", "", "'", "", "’", "").Replace(word)) || regnalNumber(word) ||
			r.officeWord(word) || r.royalTitle(word) || r.honorific(word) {
			return false
		}
	}
	return true
}

// regnalNumber reports whether w is a Roman numeral in capitals, as a
// sovereign's regnal number is written ("II", "XIV").
func regnalNumber(w string) bool {
	return w != "" && strings.Trim(w, "IVXLC") == ""
}
