package seqlab

import (
	"unicode"
	"unicode/utf8"
)

// Affixes sets pre[k] to the hash (String with seed preSeed+k+1) of the
// first k+1 runes of w and suf[k] to that of its last k+1 runes (seed
// sufSeed+k+1), for as many lengths as pre and suf hold; affixes longer
// than w are 0.
func Affixes(w string, preSeed, sufSeed uint64, pre, suf []uint64) {
	n := 0
	for i := range w {
		if n >= 1 && n <= len(pre) {
			pre[n-1] = String(preSeed+uint64(n), w[:i])
		}
		n++
	}
	for k := n; k < len(pre); k++ {
		pre[k] = 0
	}
	if n >= 1 && n <= len(pre) {
		pre[n-1] = String(preSeed+uint64(n), w)
	}
	i := len(w)
	for k := 1; k <= len(suf); k++ {
		if i == 0 {
			suf[k-1] = 0
			continue
		}
		_, size := utf8.DecodeLastRuneInString(w[:i])
		i -= size
		suf[k-1] = String(sufSeed+uint64(k), w[i:])
	}
}

// ShortShape appends to b the shape of w with runs collapsed: each upper
// case letter X, lower case letter x, digit d, other ASCII characters as
// they are and other runes '*', a run of one class written once, except
// full stops: "Xx", "d-d", "X.X.", "x...".
func ShortShape(b []byte, w string) []byte { return RunShape(b, w, true) }

// RunShape is ShortShape with a choice: keepStops false collapses runs of
// full stops too ("x." for "x...").
func RunShape(b []byte, w string, keepStops bool) []byte {
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c != last || c == '.' && keepStops {
			b = append(b, c)
		}
		last = c
	}
	return b
}
