package annotate

import (
	"slices"
	"strings"
	"testing"
)

func TestFindLineups(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		// want holds, for each line-up found, its label, then its
		// names, joined by "|".
		want []string
	}{
		{"a side with lines, then its bench",
			"Velden won 3-1. Norland: Lee; Ek, Vell (Moss 58), Harlow; Tarvik, Pellam (capt). Replacements: Ann, Bo Orr.",
			[]string{"Norland|Lee|Ek|Vell|Moss|Harlow|Tarvik|Pellam", "Replacements|Ann|Bo Orr"}},
		{"a bare list with substitutes and minutes, and the lists near it",
			"Lee, Ek, Vell, Stone (Cy Orr 76), Moss.\n\nSubs not used: Berger, Ash.\n\nMoss 79, Ek 90.\n\nA Fox (Harlow).",
			[]string{"|Lee|Ek|Vell|Stone|Cy Orr|Moss", "Subs not used|Berger|Ash", "|Moss|Ek"}},
		{"a label with a bracket of words in lower case",
			"Norland: Lee; Ek, Vell (Moss 58), Harlow; Tarvik. Replacements (from): Ann, Bo Orr, Velden, C Lee.",
			[]string{"Norland|Lee|Ek|Vell|Moss|Harlow|Tarvik", "Replacements (from)|Ann|Bo Orr|Velden|C Lee"}},
		{"a label with a bracket of a name is none",
			"Norland: Lee; Ek, Vell (Moss 58), Harlow; Tarvik. Replacements (Harlow): Ann, Bo Orr, Velden, C Lee.",
			[]string{"Norland|Lee|Ek|Vell|Moss|Harlow|Tarvik"}},
		{"a plain list alone is none",
			"Nominees: Acme, Vell Power, Tarvik, Pellam.",
			nil},
		{"clubs in brackets are a squad list's, no players",
			"Ann Lee (Harlow), Bo Ek (Pellam); Cy Orr (Velden), Di Fox (Tarvik), Ed Moss 12.",
			[]string{"|Ann Lee|Bo Ek|Cy Orr|Di Fox|Ed Moss|(Harlow)|(Pellam)|(Velden)|(Tarvik)"}},
		{"clubs without a side's lines alone are none",
			"Ann Lee (Harlow), Bo Ek (Pellam), Cy Orr (Velden), Di Fox (Tarvik).",
			nil},
		{"an official's line is no line-up alone",
			"Referee: Ann Lee (Harlow).",
			nil},
		{"a surname's particle in lower case inside a player's name (lineup-particle)",
			"Norland: Lee; A de Vell, CB del Orr, Ek; Moss.",
			[]string{"Norland|Lee|A de Vell|CB del Orr|Ek|Moss"}},
		{"a particle opening a name, or a word in lower case that is none, makes no line-up",
			"Norland: Lee; de Vell, Ek, Orr; Moss. Harlow: Lee; A and Vell, Ek, Orr; Moss.",
			nil},
		{"a bracket with more than a name is none",
			"Ann Lee (Harlow, 1999); Bo Ek, Cy Orr, Di Fox (Tarvik).",
			nil},
		{"scores alone are no line-up",
			"Harlow 2, Pellam 1, Velden 3, Tarvik 4.",
			nil},
		{"prose is none",
			"Lee, Ek and Vell scored; Moss, Orr, Fox 3.",
			nil},
		{"a long label is none",
			"The side that Ann Lee named on Friday: Lee; Ek, Vell, Moss.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sents := split(tc.text)
			var got []string
			for _, l := range FindLineups(sents) {
				toks := sents[l.Sentence].Tokens
				words := func(r [2]int) string {
					if r[0] >= r[1] {
						return ""
					}
					return tc.text[toks[r[0]].Start:toks[r[1]-1].End]
				}
				parts := []string{words(l.Label)}
				for _, nm := range l.Names {
					parts = append(parts, words(nm))
				}
				for _, c := range l.Clubs {
					parts = append(parts, "("+words(c)+")")
				}
				got = append(got, strings.Join(parts, "|"))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("FindLineups = %q, want %q", got, tc.want)
			}
		})
	}
}
