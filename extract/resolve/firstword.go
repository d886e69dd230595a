package resolve

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
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
		if !tokenize.StartsUpper(w) || !isLowerWord(w[size:]) || !u.nameWord(w) || place(w) {
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
	// The longer names by the keys of all their words but the last, and
	// of all but the first: a name's candidates are looked up, not sought
	// among all the document's names (a list of n names is no n-squared
	// walk).
	byHead, byTail := map[string][]int{}, map[string][]int{}
	for j, o := range res.Mentions {
		if o.Type != extract.Organization || len(info[j].words) < 3 {
			continue
		}
		ks := u.keysOf(j)
		head, tail := strings.Join(ks[:len(ks)-1], "\x00"), strings.Join(ks[1:], "\x00")
		byHead[head] = append(byHead[head], j)
		byTail[tail] = append(byTail[tail], j)
	}
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
		key := strings.Join(u.keysOf(i), "\x00")
		var cands []int
		for _, j := range byHead[key] {
			long := info[j].words
			if kind(long[len(long)-1]) && named && !kind(short[len(short)-1]) {
				cands = append(cands, j)
			}
		}
		for _, j := range byTail[key] {
			long := info[j].words
			if allCaps(long[0]) && letters(long[0]) && len(long[0]) <= 5 && !allCaps(m.Text) {
				cands = append(cands, j)
			}
		}
		slices.Sort(cands)
		u.joinSole(i, slices.Compact(cands))
	}
}
