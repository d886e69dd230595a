package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize maps typographic variants to the ASCII forms the training data
// uses: curly quotes, dashes, the ellipsis and non-breaking spaces. It
// returns s itself when nothing changes, without allocating.
func normalize(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		switch s {
		case "``", "''":
			return `"`
		case "`":
			return "'"
		case "-LRB-":
			return "("
		case "-RRB-":
			return ")"
		}
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4':
			b.WriteByte('\'')
		case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
			b.WriteByte('"')
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
			b.WriteByte('-')
		case '\u2026':
			b.WriteString("...")
		case '\u00A0', '\u2009', '\u202F':
			b.WriteByte(' ')
		case utf8.RuneError:
			b.WriteByte('?')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Capitalisation classes of a word.
const (
	capNone  = iota // no letters
	capLower        // all letters lower case
	capInit         // first letter upper, the rest lower
	capAll          // all letters upper (two or more letters)
	capMixed        // anything else: McDonald, iPhone
)

// capClass classifies the letters of w.
func capClass(w string) int {
	letters, upper := 0, 0
	firstUpper := false
	restUpper := false
	for i, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		u := unicode.IsUpper(r)
		if letters == 0 {
			firstUpper = u
		} else if u {
			restUpper = true
		}
		letters++
		if u {
			upper++
		}
		_ = i
	}
	switch {
	case letters == 0:
		return capNone
	case upper == 0:
		return capLower
	case upper == letters && letters > 1:
		return capAll
	case firstUpper && !restUpper:
		return capInit
	default:
		return capMixed
	}
}

// shapes returns the long shape of w (each letter X or x, digit d, other
// characters kept, at most 16) and its short shape (runs collapsed).
func shapes(w string, long, short []byte) ([]byte, []byte) {
	long, short = long[:0], short[:0]
	for _, r := range w {
		var c byte
		switch {
		case r >= 'a' && r <= 'z':
			c = 'x'
		case r >= 'A' && r <= 'Z':
			c = 'X'
		case r >= '0' && r <= '9':
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = '~'
		}
		if len(long) < 16 {
			long = append(long, c)
		}
		if len(short) == 0 || short[len(short)-1] != c {
			short = append(short, c)
		}
	}
	return long, short
}
