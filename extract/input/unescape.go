package input

import (
	"html"
	"strings"

	"golang.org/x/net/html/atom"
)

// Unescape replaces the character references of HTML that plain text
// from feeds and scraped pages often keeps ("&amp;", "&lt;", "&#39;",
// "&#x2019;") by their characters, and the same references whose
// ampersand was lost on the way: a number ("#39;s", "#36;10 million")
// and the four names of markup's own characters ("quot;", "amp;", "lt;",
// "gt;") at the start of a word; a space before such a reference is where
// its ampersand was and goes with it ("Norland #39;s" is "Norland's",
// "Acme amp;Co" "Acme&Co"). A reference must end with its
// semicolon; other text is kept as it is ("A&B", "R&D", "#1", "No. 10;").
// Numbers of the C1 range read as Windows-1252, as HTML does ("#151;" is
// an em dash).
func Unescape(s string) string {
	// Every reference ends with its semicolon.
	if strings.IndexByte(s, ';') < 0 {
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
		if r == "<" {
			// An escaped tag ("&lt;b&gt;", "&lt;A HREF=...&gt;") is
			// markup, not text: it goes, leaving a space between two
			// words it separated.
			if m, block := escapedTag(s, i+n); m > 0 {
				n += m
				r = ""
				switch {
				case block:
					r = "\n" // "&lt;br&gt;", "&lt;p&gt;": a line ends
				case i > last && isAlnum(s[i-1]) && i+n < len(s) && isAlnum(s[i+n]):
					r = " "
				}
			}
		}
		if last == 0 {
			b.Grow(len(s))
		}
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

// escapedTag returns the length of the rest of an escaped HTML tag whose
// "&lt;" ends right before s[i:]: an element's name (known to HTML, so
// "&lt;ACME.N&gt;" is no tag), perhaps after a slash, and attributes up to
// the "&gt;" (or "gt;" whose ampersand was lost) on the same line. It
// also reports whether the element breaks the line (a paragraph, a line
// break, a list's item). It returns 0 when there is none, and for a link: wires link a company's
// ticker, which without its link would read as a word of the text
// ("Acme Inc. ACM.N said").
func escapedTag(s string, i int) (n int, block bool) {
	j := i
	if j < len(s) && s[j] == '/' {
		j++
	}
	k := j
	for k < len(s) && k-j < 12 && isAlnum(s[k]) {
		k++
	}
	name := atom.Lookup([]byte(strings.ToLower(s[j:k])))
	if k == j || name == 0 || name == atom.A {
		return 0, false
	}
	switch name {
	case atom.Br, atom.P, atom.Div, atom.Li, atom.Tr, atom.Table, atom.Ul, atom.Ol, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote:
		block = true
	}
	for e := k; e < len(s) && e-i < 400; e++ {
		switch {
		case s[e] == '\n' || s[e] == '<' || s[e] == '>':
			return 0, false
		case strings.HasPrefix(s[e:], "&gt;"):
			if e > k && s[k] != ' ' && s[k] != '/' {
				return 0, false // "&lt;b.x&gt;": the name goes on
			}
			return e + len("&gt;") - i, block
		case strings.HasPrefix(s[e:], "gt;") && (s[e-1] == ' ' || s[e-1] == '"'):
			if e > k && s[k] != ' ' && e-1 != k {
				return 0, false
			}
			return e + len("gt;") - i, block
		}
	}
	return 0, false
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

// Words returns s as a reader sees it on one line: its markup dropped
// (StripMarkup) and each run of white space one space ("a claim's\n
// words" is "a claim's words").
func Words(s string) string {
	return strings.Join(strings.Fields(StripMarkup(s)), " ")
}

// StripMarkup returns s, a span of a document's text, as a reader sees
// it: character references decoded (Unescape) and the tags of HTML that a
// feed left in the text dropped, escaped ("&lt;p&gt;") or not ("<A
// HREF=...>", "</A>", which Unescape keeps so that a company's linked
// ticker can be read): a tag goes, leaving a space between two words it
// separated, and only the name of an element HTML knows makes a tag ("a <
// b > c" is kept). A feed's backslash escapes go too: "\\$" is a dollar
// sign, and a lone backslash a line's break. A claim's words are shown
// so; their offsets still point into the text as read.
func StripMarkup(s string) string {
	s = Unescape(s)
	if strings.IndexByte(s, '\\') >= 0 {
		// A feed's escapes: "\\$" a dollar sign, a lone backslash a
		// line's break ("the first\\launch date").
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\\$", "$"), "\\", " ")
	}
	if strings.IndexByte(s, '<') < 0 {
		return s
	}
	var b strings.Builder
	last := 0 // s[last:i] is not yet written
	for i := 0; i < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		n := rawTag(s, i)
		if n == 0 {
			continue
		}
		b.WriteString(s[last:i])
		if i > 0 && isAlnum(s[i-1]) && i+n < len(s) && isAlnum(s[i+n]) {
			b.WriteByte(' ')
		}
		i += n - 1
		last = i + 1
	}
	b.WriteString(s[last:])
	return b.String()
}

// rawTag returns the length of the HTML tag that opens at s[i] ("<a
// href=...>", "</A>", "<br/>"): "<", perhaps a slash, the name of an
// element HTML knows, and attributes up to ">" on the same line, within
// 400 bytes; or 0.
func rawTag(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '/' {
		j++
	}
	k := j
	for k < len(s) && k-j < 12 && isAlnum(s[k]) {
		k++
	}
	if k == j || atom.Lookup([]byte(strings.ToLower(s[j:k]))) == 0 {
		return 0
	}
	if k < len(s) && s[k] != '>' && s[k] != ' ' && s[k] != '/' {
		return 0 // "<b.x>": the name goes on
	}
	for e := k; e < len(s) && e-i < 400; e++ {
		switch s[e] {
		case '\n', '<':
			return 0
		case '>':
			return e + 1 - i
		}
	}
	return 0
}
