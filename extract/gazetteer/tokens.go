package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokens splits a name the way news text is tokenized for the tagger
// (Penn Treebank style): at spaces, with commas, brackets, quotes,
// semicolons, colons, and a possessive 's split off. Hyphens, inner
// periods and apostrophes stay ("U.S.", "O'Neill", "Guinea-Bissau").
func Tokens(s string) []string {
	var out []string
	eachToken(s, func(t string) { out = append(out, t) })
	return out
}

// eachToken calls fn with each token of s, as Tokens splits it.
func eachToken(s string, fn func(string)) {
	var tailBuf [8]string
	for len(s) > 0 {
		// Next white-space separated field.
		i := indexSpace(s, false)
		if i < 0 {
			return
		}
		s = s[i:]
		j := indexSpace(s, true)
		if j < 0 {
			j = len(s)
		}
		f := s[:j]
		s = s[j:]
		// Leading punctuation.
		for len(f) > 0 {
			r, n := utf8.DecodeRuneInString(f)
			if !isSplitPunct(r) {
				break
			}
			fn(f[:n])
			f = f[n:]
		}
		tail := tailBuf[:0]
		for len(f) > 0 {
			r, n := utf8.DecodeLastRuneInString(f)
			if isSplitPunct(r) {
				tail = append(tail, f[len(f)-n:])
				f = f[:len(f)-n]
				continue
			}
			if strings.HasSuffix(f, "'s") && len(f) > 2 {
				tail = append(tail, "'s")
				f = f[:len(f)-2]
				continue
			}
			break
		}
		if f != "" {
			fn(f)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			fn(tail[i])
		}
	}
}

// indexSpace is the index of s's first white-space rune (space true) or
// first other rune, or -1: strings.IndexFunc with unicode.IsSpace, with
// ASCII bytes judged without decoding.
func indexSpace(s string, space bool) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			if j := strings.IndexFunc(s[i:], func(r rune) bool { return unicode.IsSpace(r) == space }); j >= 0 {
				return i + j
			}
			return -1
		}
		if (c == ' ' || '\t' <= c && c <= '\r') == space {
			return i
		}
	}
	return -1
}

func isSplitPunct(r rune) bool {
	switch r {
	case ',', '(', ')', '[', ']', '"', ';', ':', '!', '?', '\u201c', '\u201d':
		return true
	}
	return false
}

// Fold returns the matching form of a word: lower case, with curly
// apostrophes made straight and accents kept.
func Fold(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u2019', '\u2018':
			return '\''
		case '\u2013', '\u2014':
			return '-'
		}
		return unicode.ToLower(r)
	}, w)
}

// Key returns the lookup key of a name: its folded tokens joined by single
// spaces.
func Key(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	eachToken(name, func(t string) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		appendFold(&b, t)
	})
	return b.String()
}

// appendFold writes Fold(w) to b, without allocating for ASCII words.
func appendFold(b *strings.Builder, w string) {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			b.WriteString(Fold(w))
			return
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
}
