package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
)

// companyFirstWords joins a one-word organisation's name to the one
// organisation of the document whose name begins with it and goes on
// only in proper names ("Pellam" for "Pellam Tarvik", "Harlow" for
// "Harlow & Velden"): a firm of two founders' names or of a name and a
// surname is called by the first after the full name. The rest must be
// words that news writes capitalised (or too rarely to tell) and that
// name no place, in mixed case: a common word ("Acme News", "Acme Video")
// or a place ("Acme Norland") makes a part or a product of the firm
// named by the first word, and an acronym or a number ("Acme PX3",
// "Acme One") a product or a channel. Only a word the recognizer took
// for an organisation is joined (a miscellaneous one is most often an
// adjective: "Norlandic"), and neither a first name, a place's name nor
// a name two such organisations begin.
func (u *union) companyFirstWords(place func(string) bool) {
	if u.firstNames == nil || place == nil {
		return
	}
	res, info := u.res, u.info
	for i, m := range res.Mentions {
		if len(info[i].words) != 1 || m.Type != extract.Organization || !letters(m.Text) ||
			info[i].method != MethodExact || allCaps(m.Text) || u.firstNames.FirstName(m.Text) || place(m.Text) {
			continue
		}
		var cands []int
		for _, j := range u.byFirst[info[i].key] {
			if res.Mentions[j].Type == extract.Organization && u.properTail(info[j].words[1:], place) {
				cands = append(cands, j)
			}
		}
		if len(cands) > 0 && len(cands) == len(u.byFirst[info[i].key]) {
			u.joinSole(i, cands)
		}
	}
}

// letters reports whether w is made of letters only.
func letters(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// properTail reports whether ws are names' words: each of letters,
// capitalised and in lower case after its first letter (not a product's
// "GameBoys"), a word news writes capitalised more often
// than not (nameWord) and no place's name, or "&" between two of them.
func (u *union) properTail(ws []string, place func(string) bool) bool {
	if len(ws) == 0 {
		return false
	}
	for k, w := range ws {
		if w == "&" && k < len(ws)-1 {
			continue
		}
		_, size := utf8.DecodeRuneInString(w)
		if !startsUpper(w) || !isLowerWord(w[size:]) || !u.nameWord(w) || place(w) || !letters(w) {
			return false
		}
	}
	return true
}
