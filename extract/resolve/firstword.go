package resolve

import (
	"slices"
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
// "TarvikBoxes"), a word news writes capitalised more often
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
		if !startsUpper(w) || !isLowerWord(w[size:]) || !u.nameWord(w) || place(w) {
			return false
		}
	}
	return true
}

// orgAffixes joins an organisation's name of two words or more to the
// one organisation's name of the document that adds a word to it: the
// word for its kind after it ("Pellam Research" for "Pellam Research
// Centre"), or an acronym before it, the body it belongs to ("Radio 9"
// for "NBX Radio 9", "Security Council" for "NU Security Council"), as
// news shortens a name after giving it in full. The short name must be
// the recognizer's organisation too, and before a kind's word hold a
// word news writes capitalised and not end in a kind's word itself (the
// "Pellam Canal" is no short name of the "Pellam Canal Authority"); a
// kind of place's word ("Harlow
// City" for "Harlow City Council", a place) or a word that is no acronym
// ("Bank of Ostmark" for "Royal Bank of Ostmark") adds more than a kind,
// and in a text in capitals ("HARLOW NORTH TOWN") no word is an acronym.
func (u *union) orgAffixes(kind func(string) bool) {
	res, info := u.res, u.info
	for i, m := range res.Mentions {
		short := info[i].words
		if len(short) < 2 || m.Type != extract.Organization {
			continue
		}
		// A name of common words alone names a field or a programme
		// that a body is named after ("Social Welfare" and the "Social
		// Welfare Agency"), not the body.
		named := false
		for _, w := range short {
			named = named || u.nameWord(w)
		}
		var cands []int
		for j, o := range res.Mentions {
			long := info[j].words
			if o.Type != extract.Organization || len(long) != len(short)+1 {
				continue
			}
			switch {
			case kind(long[len(long)-1]) && named && !kind(short[len(short)-1]) && slices.Equal(u.keysOf(j)[:len(short)], u.keysOf(i)):
				cands = append(cands, j)
			case allCaps(long[0]) && letters(long[0]) && len(long[0]) <= 5 && !allCaps(m.Text) && slices.Equal(u.keysOf(j)[1:], u.keysOf(i)):
				cands = append(cands, j)
			}
		}
		u.joinSole(i, cands)
	}
}
