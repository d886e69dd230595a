package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// clubBracketMax is the most tokens between the brackets of a body's name
// after a person ("(Ann, Bo, Pellam and Harlow Athletic Club)" is ten).
const clubBracketMax = 12

// clubJoiners are the words and marks that may part the words of one
// body's name in brackets: "Harlow, Pellam and District", "Harlow with
// Pellam Ladies", "City of Harlow AC".
var clubJoiners = map[string]bool{",": true, "and": true, "&": true, "with": true, "of": true}

// clubBracketTags tags as one body's name the words in brackets right
// after a person's name when the last of them is the head of a body's
// name, as results lists give a person's club ("Bo Ek (Harlow, Pellam and
// District)", "Ann Lee (Pellam Harriers)"): commas and "and" inside are
// the name's, not a list's. A head is a word for an organisation or a
// team, a plural noun for people or things (not for places: "the
// Islands"), a word for a town or a region ending the name after
// another ("and District"), or an abbreviation in capitals after a
// capitalised word ("Harlow AC"). The person before the bracket is any
// name the model tagged a person's, or an initial and a capitalised word
// ("B Ek"), which is then tagged a person's.
func clubBracketTags(lex *lexicon.Lexicon, toks []tokenize.Token, ts []string) {
	if lex == nil {
		return
	}
	for i := 1; i < len(toks) && i < len(ts); i++ {
		if toks[i].Text != "(" || !nameWord(toks[i-1]) {
			continue
		}
		initial := i >= 2 && isInitial(toks[i-2]) && (i == 2 || !nameWord(toks[i-3]))
		if !initial && !strings.HasSuffix(ts[i-1], "-PER") {
			continue
		}
		k := i + 1
		for k < len(toks) && k-i <= clubBracketMax && toks[k].Text != ")" {
			k++
		}
		if k >= len(toks) || toks[k].Text != ")" || k-i < 3 || !clubName(lex, toks[i+1:k]) {
			continue
		}
		if initial {
			ts[i-2], ts[i-1] = "B-PER", "I-PER"
		}
		ts[i] = "O"
		ts[i+1] = "B-ORG"
		for j := i + 2; j < k; j++ {
			ts[j] = "I-ORG"
		}
		ts[k] = "O"
		if k+1 < len(ts) && strings.HasPrefix(ts[k+1], "I-") {
			ts[k+1] = "B-" + ts[k+1][2:]
		}
		i = k
	}
}

// clubName reports whether toks, two words or more, are one body's name
// for clubBracketTags: capitalised words, perhaps parted by clubJoiners,
// opening and ending with a capitalised word that is a head.
func clubName(lex *lexicon.Lexicon, toks []tokenize.Token) bool {
	n := len(toks)
	if n < 2 || !nameWord(toks[0]) || !nameWord(toks[n-1]) {
		return false
	}
	for _, t := range toks {
		if !nameWord(t) && !clubJoiners[strings.ToLower(t.Text)] {
			return false
		}
	}
	last := toks[n-1].Text
	if abbreviation(last) {
		return nameWord(toks[n-2])
	}
	low := strings.ToLower(last)
	if lex.Is(low, lexicon.Organization) || lex.Is(low, lexicon.Team) {
		return true
	}
	if lex.Is(low, lexicon.Settlement) && !nameWord(toks[n-2]) {
		return true // "Harlow, Pellam and District"
	}
	lemma := lex.Lemma(low, "NNS")
	if lemma == low || !lex.Known(lemma, lexicon.Noun) {
		return false
	}
	for _, c := range []lexicon.Class{lexicon.City, lexicon.Region, lexicon.Country, lexicon.Settlement, lexicon.NaturalFeature} {
		if lex.Is(lemma, c) {
			return false
		}
	}
	return true
}

// nameWord reports whether t is a word that opens with a capital letter.
func nameWord(t tokenize.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return t.Kind == tokenize.Word && unicode.IsUpper(r)
}

// isInitial reports whether t is a single capital letter.
func isInitial(t tokenize.Token) bool {
	r, size := utf8.DecodeRuneInString(t.Text)
	return size == len(t.Text) && unicode.IsUpper(r)
}

// abbreviation reports whether w is two to four capital letters.
func abbreviation(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
