package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Character classes of ASCII bytes.
const (
	classSpace  = 1 << iota // space and control characters: skipped between tokens
	classLetter             // A-Z a-z
	classDigit              // 0-9
	classUpper              // A-Z
)

// asciiClass holds the classes of each ASCII byte. It is a constant table,
// filled once at package initialisation.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c <= ' '; c++ {
		t[c] = classSpace
	}
	t[0x7f] = classSpace
	for c := 'a'; c <= 'z'; c++ {
		t[c] = classLetter
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = classLetter | classUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = classDigit
	}
	return t
}()

// isWordRune reports whether r can be part of a word: a letter, a digit or
// a combining mark.
func isWordRune(r rune) bool {
	if r < 0 {
		return false
	}
	if r < utf8.RuneSelf {
		return asciiClass[r]&(classLetter|classDigit) != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isLetter reports whether r is a letter.
func isLetter(r rune) bool {
	if r < 0 {
		return false
	}
	if r < utf8.RuneSelf {
		return asciiClass[r]&classLetter != 0
	}
	return unicode.IsLetter(r)
}

// isDigit reports whether r is an ASCII digit.
func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

func isUpperByte(c byte) bool { return 'A' <= c && c <= 'Z' }

func isLowerByte(c byte) bool { return 'a' <= c && c <= 'z' }

func isLetterByte(c byte) bool { return c < utf8.RuneSelf && asciiClass[c]&classLetter != 0 }

// isIgnorable reports whether a non-ASCII rune is skipped between tokens:
// Unicode white space (no-break and other spaces, line and paragraph
// separators), control characters, and invisible format characters (zero
// width spaces and joiners, the byte order mark, soft hyphens, bidi marks).
func isIgnorable(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r)
}

// canStartSigned reports whether a sign after the rune prev may start a
// signed number (+44, -5): prev is not part of a word or a closing bracket.
func canStartSigned(prev rune) bool {
	switch {
	case prev == eof:
		return true
	case prev < utf8.RuneSelf:
		return asciiClass[prev]&classSpace != 0 || strings.IndexByte("([{/=:;", byte(prev)) >= 0
	default:
		return isIgnorable(prev)
	}
}

// isURLStop reports whether r ends a URL.
func isURLStop(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classSpace != 0 || r == '"' || r == '<' || r == '>' || r == '`'
	}
	switch r {
	case '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u2026':
		return true
	}
	return isIgnorable(r)
}

// isNumber reports whether a token's text is a number: an optional sign,
// period or apostrophe ('90s), a digit, then digits and the separators
// . , : / - (1,000 3.5 10:30 1/2 1996-08-22), then an optional suffix of
// ASCII letters (3rd 1990s 1.5bn 10am).
func isNumber(s string) bool {
	if s == "" || isLetterByte(s[0]) {
		return false // the common case: a word
	}
	i := 0
	switch s[0] {
	case '+', '-', '.', '\'':
		i = 1
	default:
		if strings.HasPrefix(s, "\u2212") {
			i = len("\u2212")
		}
	}
	if i >= len(s) || !isDigitByte(s[i]) {
		return false
	}
	for ; i < len(s); i++ {
		switch c := s[i]; c {
		case '.', ',', ':', '/', '-':
			continue
		default:
			if isDigitByte(c) {
				continue
			}
		}
		break
	}
	for i < len(s) && isLetterByte(s[i]) {
		i++
	}
	return i == len(s)
}

// isScheme reports whether w is a URL scheme that we recognise before "://".
func isScheme(w string) bool {
	return strings.EqualFold(w, "http") || strings.EqualFold(w, "https") || strings.EqualFold(w, "ftp")
}

// isHost reports whether w looks like a host name: ASCII letters, digits,
// periods and hyphens, ending in a top-level domain of two or more letters.
func isHost(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot < 0 || len(w)-dot-1 < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !isLetterByte(c) && !isDigitByte(c) && c != '.' && c != '-' {
			return false
		}
		if i > dot && !isLetterByte(c) {
			return false
		}
	}
	return true
}

// isEmailLocal reports whether w can be the local part of an e-mail
// address.
func isEmailLocal(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !isLetterByte(c) && !isDigitByte(c) && strings.IndexByte("._%+-", c) < 0 {
			return false
		}
	}
	return true
}

// allUpper reports whether w is non-empty and all ASCII capital letters.
func allUpper(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isUpperByte(w[i]) {
			return false
		}
	}
	return true
}

// gluedSentence reports whether the period at offset at, inside a word,
// more likely separates two sentences written without a space
// ("said.The"): it follows two or more ASCII letters ending in a small
// letter, and is followed by a capital and a small letter.
func gluedSentence(l *lexer, at int) bool {
	if at+2 >= len(l.input) || !isUpperByte(l.input[at+1]) || !isLowerByte(l.input[at+2]) {
		return false
	}
	i := at
	for i > l.start && isLetterByte(l.input[i-1]) {
		i--
	}
	return at-i >= 2 && isLowerByte(l.input[at-1])
}

// attachPeriod reports whether the period at offset at ends the word
// input[start:at] as part of it (an abbreviation, an initial, a list
// marker) rather than being a token of its own. dots tells whether the
// word has internal periods, letters whether it has letters.
func attachPeriod(l *lexer, at int, dots, letters bool) bool {
	w := l.input[l.start:at]
	if !letters {
		// A list marker: "1. " at the start of a line.
		if len(w) > 3 || !allDigits(w) || !l.lineStart(l.start) {
			return false
		}
		n := l.nextByte(at + 1)
		return n == ' ' || n == '\t'
	}
	if dots {
		return shortSegments(w)
	}
	if r, size := utf8.DecodeRuneInString(w); size == len(w) {
		return unicode.IsUpper(r) // an initial
	}
	switch abbreviation(w) {
	case abbrevAlways:
		return true
	case abbrevBeforeNumber:
		return isDigitByte(l.nextNonSpace(at + 1))
	case abbrevAfterComma:
		return l.prevNonSpace(l.start) == ','
	case abbrevBeforeNumberOrComma:
		n := l.nextNonSpace(at + 1)
		return n == ',' || isDigitByte(n)
	case abbrevBeforeCapitals:
		return l.datelineName(at + 1)
	}
	return false
}

// datelineName reports whether a place name in capitals starts after the
// space at offset i, as in a dateline: up to three words in capitals,
// then a comma, an opening bracket or a dash ("ST. PETERSBURG, Russia",
// "ST. LOUIS (AP) —", "FT. LAUDERDALE, Fla."), not text in capitals that
// goes on ("THE FT. DEC. 5").
func (l *lexer) datelineName(i int) bool {
	if l.nextByte(i) != ' ' {
		return false
	}
	i++
	for words := 0; words < 3; words++ {
		n := 0
		for isUpperByte(l.nextByte(i)) || n > 0 && (l.nextByte(i) == '\'' || l.nextByte(i) == '-') {
			i++
			n++
		}
		if n < 2 {
			return false
		}
		switch c := l.nextByte(i); {
		case c == ',':
			return true
		case c != ' ':
			return false
		}
		i++
		switch c := l.nextByte(i); {
		case c == '(' || c == '-' || strings.HasPrefix(l.input[i:], "\u2014") || strings.HasPrefix(l.input[i:], "\u2013"):
			return true
		case !isUpperByte(c):
			return false
		}
	}
	return false
}

// nextByte returns the byte at offset i, or 0 past the end.
func (l *lexer) nextByte(i int) byte {
	if i < len(l.input) {
		return l.input[i]
	}
	return 0
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigitByte(w[i]) {
			return false
		}
	}
	return w != ""
}

// shortSegments reports whether w is letters in period-separated segments
// of one or two letters (U.S, a.m, Ph.D, e.g).
func shortSegments(w string) bool {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:] // Iraq-U.N
	}
	n := 0
	for _, r := range w {
		switch {
		case r == '.':
			if n == 0 {
				return false
			}
			n = 0
		case isLetter(r):
			n++
			if n > 2 {
				return false
			}
		default:
			return false
		}
	}
	return n > 0
}

// AllCaps reports whether s has a letter and no lower-case letter
// ("CITY", "ST.", "BBC1"): text set in capitals.
func AllCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// Capitals reports whether s has two letters or more and no lower-case
// letter ("NFL", "BBC1", "U.N."): an acronym or a word set in capitals.
func Capitals(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// Ticker reports whether w is a stock symbol with its exchange's
// suffix, as news feeds write them ("ACM.N", "VEL.CO", "AB.L"): one to
// five capitals, a full stop and one or two capitals. It is the test for
// a word of running text (a sentence does not start at one).
func Ticker(w string) bool { return tickerShape(w, 1, 5, 2, false) }

// TickerNotName reports whether a name's text is a stock symbol with its
// exchange's suffix rather than a name, as wires write one after a
// company's name ("ACM.N", "PEL.L", "ACMB4.SA"): two to six capitals or
// digits with a capital among them, a full stop and one to three
// capitals. It asks for two characters before the stop where Ticker asks
// for one, since names are spelt with one ("A.CME" is a name), and takes
// digits and longer suffixes, which tickers of some exchanges have.
func TickerNotName(s string) bool { return tickerShape(s, 2, 6, 3, true) }

// tickerShape reports whether w is a symbol of symMin to symMax capitals
// (or digits, with digits, and a capital among them), a full stop and
// one to exMax capitals.
func tickerShape(w string, symMin, symMax, exMax int, digits bool) bool {
	sym, ex, ok := strings.Cut(w, ".")
	if !ok || len(sym) < symMin || len(sym) > symMax || len(ex) < 1 || len(ex) > exMax {
		return false
	}
	letter := false
	for i := 0; i < len(sym); i++ {
		switch c := sym[i]; {
		case 'A' <= c && c <= 'Z':
			letter = true
		case digits && '0' <= c && c <= '9':
		default:
			return false
		}
	}
	for i := 0; i < len(ex); i++ {
		if ex[i] < 'A' || ex[i] > 'Z' {
			return false
		}
	}
	return letter
}

// StartsUpper reports whether w begins with an upper-case letter.
func StartsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// StartsLower reports whether w begins with a lower-case letter.
func StartsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}
