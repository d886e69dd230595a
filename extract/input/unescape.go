package input

import (
	"html"
	"strings"
)

// Unescape replaces the character references of HTML that plain text
// from feeds and scraped pages often keeps ("&amp;", "&lt;", "&#39;",
// "&#x2019;") by their characters, and the same references whose
// ampersand was lost on the way: a number ("#39;s", "#36;10 million")
// and the four names of markup's own characters ("quot;", "amp;", "lt;",
// "gt;") at the start of a word; a space before such a reference is where
// its ampersand was and goes with it ("Norland #39;s" is "Norland's",
// "AT amp;T" "AT&T"). A reference must end with its
// semicolon; other text is kept as it is ("AT&T", "R&D", "#1", "No. 10;").
// Numbers of the C1 range read as Windows-1252, as HTML does ("#151;" is
// an em dash).
func Unescape(s string) string {
	if !strings.ContainsAny(s, "&#") && !strings.Contains(s, "quot;") && !strings.Contains(s, "amp;") && !strings.Contains(s, "lt;") && !strings.Contains(s, "gt;") {
		return s
	}
	var b strings.Builder
	last := 0 // s[last:i] is not yet written
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '&' && c != '#' && c != 'q' && c != 'a' && c != 'l' && c != 'g' {
			continue
		}
		n, ref := reference(s, i)
		if n == 0 {
			continue
		}
		r := html.UnescapeString(ref)
		if r == ref {
			continue
		}
		b.Grow(len(s))
		start := i
		if c != '&' && i > last && s[i-1] == ' ' {
			// The lost ampersand became a space: "Norland #39;s" was
			// "Norland&#39;s", "Pellam  amp; Sons" "Pellam &amp; Sons".
			start--
		}
		b.WriteString(s[last:start])
		b.WriteString(r)
		i += n - 1
		last = i + 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// reference returns the length of the character reference at s[i:], and
// the reference with its ampersand ("&#39;" for "#39;"), or 0 when none
// starts there.
func reference(s string, i int) (n int, ref string) {
	switch c := s[i]; {
	case c == '&':
		j := i + 1
		if j < len(s) && s[j] == '#' {
			j++
			if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
				j++
			}
		}
		k := j
		for k < len(s) && k-j < 32 && isAlnum(s[k]) {
			k++
		}
		if k == j || k >= len(s) || s[k] != ';' {
			return 0, ""
		}
		return k + 1 - i, s[i : k+1]
	case c == '#':
		// "#39;" whose ampersand is lost; not after a letter or digit
		// ("X#1;" is not one), nor right after an ampersand (read above)
		// or a reference ("&amp;#39;" is "&#39;" escaped, kept so).
		if i > 0 && !wordStart(s[i-1]) {
			return 0, ""
		}
		k := i + 1
		for k < len(s) && k-i <= 5 && '0' <= s[k] && s[k] <= '9' {
			k++
		}
		if k-i < 3 || k >= len(s) || s[k] != ';' {
			return 0, ""
		}
		return k + 1 - i, "&" + s[i:k+1]
	default:
		// "quot;" at the start of a word.
		if i > 0 && !wordStart(s[i-1]) {
			return 0, ""
		}
		for _, name := range [...]string{"quot;", "amp;", "lt;", "gt;"} {
			if strings.HasPrefix(s[i:], name) {
				return len(name), "&" + name
			}
		}
		return 0, ""
	}
}

// wordStart reports whether a reference whose ampersand is lost may
// follow byte c: not a letter or digit, an ampersand or the semicolon of
// another reference.
func wordStart(c byte) bool {
	return !isAlnum(c) && c != '&' && c != ';'
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
