package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The lexer follows the design of Go's text/template/parse/lex.go: a lexer
// struct, the primitives next, peek, backup, emit and ignore, and state
// functions that each return the next state. Unlike lex.go it runs
// synchronously: emit appends to a slice and the driver loop in Append runs
// the states until one returns nil.

// eof is returned by next and peek at the end of the input.
const eof rune = -1

// stateFn is a state of the lexer; it returns the next state, or nil when
// the input is exhausted.
type stateFn func(*lexer) stateFn

// lexer holds the state of one tokenisation.
type lexer struct {
	input string  // the text being tokenised
	start int     // start of the current token
	pos   int     // current position in input
	width int     // width of the last rune read by next, for backup
	toks  []Token // tokens emitted so far
}

// next returns the next rune and advances. An invalid UTF-8 byte is
// returned as utf8.RuneError with width 1.
func (l *lexer) next() rune {
	if l.pos >= len(l.input) {
		l.width = 0
		return eof
	}
	if c := l.input[l.pos]; c < utf8.RuneSelf {
		l.width = 1
		l.pos++
		return rune(c)
	}
	r, w := utf8.DecodeRuneInString(l.input[l.pos:])
	l.width = w
	l.pos += w
	return r
}

// peek returns the next rune without advancing.
func (l *lexer) peek() rune {
	r, _ := l.runeAt(l.pos)
	return r
}

// backup steps back one rune. It may be called once per call of next.
func (l *lexer) backup() {
	l.pos -= l.width
}

// emit appends the token input[start:pos] with the given kind.
func (l *lexer) emit(k Kind) {
	l.toks = append(l.toks, Token{Text: l.input[l.start:l.pos], Start: l.start, End: l.pos, Kind: k})
	l.start = l.pos
}

// emitWord emits input[start:pos] as a Number or a Word, whichever its text
// is.
func (l *lexer) emitWord() {
	k := Word
	if isNumber(l.input[l.start:l.pos]) {
		k = Number
	}
	l.emit(k)
}

// ignore skips input[start:pos].
func (l *lexer) ignore() {
	l.start = l.pos
}

// runeAt decodes the rune at byte offset i, returning eof past the end.
func (l *lexer) runeAt(i int) (rune, int) {
	if i >= len(l.input) {
		return eof, 0
	}
	if c := l.input[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(l.input[i:])
}

// runeBefore decodes the rune ending at byte offset i, or eof at the start.
func (l *lexer) runeBefore(i int) rune {
	if i <= 0 {
		return eof
	}
	if c := l.input[i-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(l.input[:i])
	return r
}

// acceptRun consumes a run of the rune r and reports how many it consumed.
func (l *lexer) acceptRun(r rune) int {
	n := 0
	for l.next() == r {
		n++
	}
	l.backup()
	return n
}

// acceptWordRun consumes a run of word runes (letters, digits, marks),
// reporting whether it consumed any letter. It is the hot loop of the
// lexer, with a fast path for ASCII.
func (l *lexer) acceptWordRun() (letters bool) {
	for l.pos < len(l.input) {
		c := l.input[l.pos]
		if c < utf8.RuneSelf {
			cl := asciiClass[c]
			if cl&(classLetter|classDigit) == 0 {
				return letters
			}
			if cl&classLetter != 0 {
				letters = true
			}
			l.pos++
			continue
		}
		r, w := utf8.DecodeRuneInString(l.input[l.pos:])
		if !isWordRune(r) {
			return letters
		}
		if !unicode.IsDigit(r) {
			letters = true
		}
		l.pos += w
	}
	return letters
}

// lineStart reports whether only spaces and tabs stand between the last
// line break (or the start of the input) and offset i.
func (l *lexer) lineStart(i int) bool {
	for i > 0 {
		switch l.input[i-1] {
		case ' ', '\t':
			i--
		case '\n', '\r':
			return true
		default:
			return false
		}
	}
	return true
}

// prevNonSpace returns the last non-blank byte before offset i, or 0.
func (l *lexer) prevNonSpace(i int) byte {
	for i > 0 {
		c := l.input[i-1]
		if c != ' ' && c != '\t' {
			return c
		}
		i--
	}
	return 0
}

// nextNonSpace returns the first byte at or after offset i that is not a
// space or tab, or 0.
func (l *lexer) nextNonSpace(i int) byte {
	for i < len(l.input) {
		c := l.input[i]
		if c != ' ' && c != '\t' {
			return c
		}
		i++
	}
	return 0
}

// lexText is the state between tokens: it skips ignorable runes and
// dispatches on the first rune of the next token.
func lexText(l *lexer) stateFn {
	for l.pos < len(l.input) {
		c := l.input[l.pos]
		if c < utf8.RuneSelf {
			if asciiClass[c]&classSpace == 0 {
				break
			}
			l.pos++
			continue
		}
		r, w := utf8.DecodeRuneInString(l.input[l.pos:])
		if !isIgnorable(r) {
			break
		}
		l.pos += w
	}
	l.ignore()
	if l.pos >= len(l.input) {
		return nil
	}
	c := l.input[l.pos]
	if c < utf8.RuneSelf && asciiClass[c]&(classLetter|classDigit) != 0 {
		return lexWord
	}
	r := l.next()
	switch r {
	case '\'', '\u2019', '\u02bc':
		return lexApostrophe
	case '.':
		if isDigit(l.peek()) && !isWordRune(l.runeBefore(l.start)) {
			return lexWord // .5, .500
		}
		l.acceptRun('.')
		l.emit(Punct)
	case '+', '-', '\u2212':
		if isDigit(l.peek()) && canStartSigned(l.runeBefore(l.start)) {
			return lexWord // +44, -5, −3.2
		}
		if r == '-' {
			l.acceptRun('-')
			l.emit(Punct)
		} else {
			l.emit(Symbol)
		}
	case '#', '@':
		if n := l.peek(); isWordRune(n) || n == '_' {
			return lexTag
		}
		l.emit(Symbol)
	case '`':
		l.acceptRun('`')
		l.emit(Punct)
	case '!', '?':
		l.acceptRun(r)
		l.emit(Punct)
	case '"', '(', ')', '[', ']', '{', '}', ',', ';', ':':
		l.emit(Punct)
	case '*', '=', '_', '~':
		l.acceptRun(r)
		l.emit(Symbol)
	case '\u2012', '\u2013', '\u2014', '\u2015', '\u2026':
		// figure dash, en dash, em dash, horizontal bar, ellipsis
		l.acceptRun(r)
		l.emit(Punct)
	case '\u2022', '\u2023', '\u2043', '\u25aa', '\u25cf', '\u25e6', '\u00b7':
		// bullets and the middle dot
		l.emit(Punct)
	case utf8.RuneError:
		// An invalid byte (width 1) or U+FFFD itself: one Symbol token.
		l.emit(Symbol)
	default:
		if isWordRune(r) {
			l.backup()
			return lexWord
		}
		if r < utf8.RuneSelf || !unicode.IsPunct(r) {
			l.acceptMarks()
			l.emit(Symbol)
		} else {
			l.emit(Punct)
		}
	}
	return lexText
}

// acceptMarks consumes what composes with the symbol just read into one
// visible character: combining marks and variation selectors, emoji skin
// tone modifiers, emoji joined by a zero-width joiner, and the second
// regional indicator of a flag.
func (l *lexer) acceptMarks() {
	if isRegional(l.runeBefore(l.pos)) {
		if r, w := l.runeAt(l.pos); isRegional(r) {
			l.pos += w
		}
	}
	for {
		r, w := l.runeAt(l.pos)
		switch {
		case r == eof:
			return
		case unicode.IsMark(r), 0x1f3fb <= r && r <= 0x1f3ff:
			l.pos += w
		case r == '\u200d':
			n, nw := l.runeAt(l.pos + w)
			if n == eof || !unicode.IsSymbol(n) {
				return
			}
			l.pos += w + nw
		default:
			return
		}
	}
}

// isRegional reports whether r is a regional indicator symbol, two of which
// make a flag.
func isRegional(r rune) bool { return 0x1f1e6 <= r && r <= 0x1f1ff }

// lexTag lexes an @handle or #hashtag; the sigil has been consumed.
func lexTag(l *lexer) stateFn {
	for {
		l.acceptWordRun()
		r, w := l.runeAt(l.pos)
		if r != '_' {
			break
		}
		l.pos += w
	}
	l.emit(Word)
	return lexText
}

// lexApostrophe lexes a token starting with an apostrophe (ASCII, right
// single quotation mark or modifier letter apostrophe), which has been
// consumed: a clitic ('s 're 've 'll 'm 'd), an abbreviated year ('90s),
// two ASCII apostrophes in a row (a TeX-style closing quote), or a lone
// quotation mark.
func lexApostrophe(l *lexer) stateFn {
	if l.width == 1 && l.peek() == '\'' {
		l.next()
		l.emit(Punct)
		return lexText
	}
	if n := clitic(l.input[l.pos:]); n > 0 {
		l.pos += n
		l.emit(Word)
		return lexText
	}
	// '90s, '96
	rest := l.input[l.pos:]
	if len(rest) >= 2 && isDigitByte(rest[0]) && isDigitByte(rest[1]) {
		n := 2
		if len(rest) > 2 && (rest[2] == 's' || rest[2] == 'S') {
			n = 3
		}
		if r, _ := l.runeAt(l.pos + n); !isWordRune(r) {
			l.pos += n
			l.emit(Number)
			return lexText
		}
	}
	l.emit(Punct)
	return lexText
}

// clitic returns the length of the clitic that s starts with (s, m, d, re,
// ve, ll in any case, not followed by a word rune), or 0.
func clitic(s string) int {
	n := 0
	if len(s) >= 1 {
		switch s[0] | 0x20 {
		case 's', 'm', 'd':
			n = 1
		case 'r', 'v':
			if len(s) >= 2 && s[1]|0x20 == 'e' {
				n = 2
			}
		case 'l':
			if len(s) >= 2 && s[1]|0x20 == 'l' {
				n = 2
			}
		}
	}
	if n == 0 {
		return 0
	}
	if n < len(s) {
		if c := s[n]; c < utf8.RuneSelf {
			if asciiClass[c]&(classLetter|classDigit) != 0 {
				return 0
			}
		} else if r, _ := utf8.DecodeRuneInString(s[n:]); isWordRune(r) {
			return 0
		}
	}
	return n
}

// lexWord lexes a word or number: runs of letters, digits and marks joined
// by hyphens, internal periods (U.S, 3.5, example.com), digit group
// separators (1,000 10:30 1/2), internal apostrophes (O'Brien) and a few
// symbols (S&P, US$, AA+), with a trailing period kept on abbreviations.
// URLs and e-mail addresses are handed on to lexURL and lexEmail. l.start
// may already include a sign or the leading period of a number.
func lexWord(l *lexer) stateFn {
	letters := false // the token has a letter
	dots := false    // the token has an internal period
	for {
		if l.acceptWordRun() {
			letters = true
		}
		at := l.pos // the token ends here unless the rune after it continues it
		r := l.next()
		if !mayJoinWord(r) {
			l.pos = at // the common case: a space or a bracket ends the word
			break
		}
		step, next := wordJoin(l, wordState{letters: letters, dots: dots, at: at}, r)
		switch step {
		case wordGoOn:
			continue
		case wordGoOnDot:
			dots = true
			continue
		case wordEndAt:
			l.pos = at
		case wordHandOff:
			return next
		}
		break
	}
	l.emitWord()
	return lexText
}

// wordState is what lexWord has seen of the token so far.
type wordState struct {
	letters bool // the token has a letter
	dots    bool // the token has an internal period
	at      int  // the token ends here unless the rune after it continues it
}

// wordStep says how lexWord goes on after the rune that ends a run of
// word runes.
type wordStep int

const (
	wordGoOn    wordStep = iota // the rune joins the token: lex on
	wordGoOnDot                 // a period joins the token, which now has an internal one
	wordEndAt                   // the token ends before the rune, at wordState.at
	wordEndHere                 // the token ends at l.pos, with what was consumed
	wordHandOff                 // the token is dealt with: the returned state lexes on
)

// mayJoinWord reports whether r is one of the runes that may continue a
// word, those wordJoin looks at.
func mayJoinWord(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiJoiners[r]
	}
	return r == '\u2010' || r == '\u2011' || r == '\u00ad' || r == '\u2019' || r == '\u02bc'
}

// asciiJoiners are the ASCII runes that may continue a word.
var asciiJoiners = func() (t [utf8.RuneSelf]bool) {
	for _, c := range ".-_,:/'&$+@" {
		t[c] = true
	}
	return t
}()

// wordJoin decides whether r, one of the runes mayJoinWord accepts, just
// consumed after the word runes that end at w.at, continues the token.
func wordJoin(l *lexer, w wordState, r rune) (wordStep, stateFn) {
	switch r {
	case '.':
		return wordPeriod(l, w), nil
	case '-', '\u2010', '\u2011':
		n := l.peek()
		if isWordRune(n) {
			return wordGoOn, nil // Israeli-Palestinian, 1996-08-22
		}
		if r == '-' && (n == eof || n == ' ' || n == '\t' || n == '\n' || n == '\r') {
			return wordEndHere, nil // suspended hyphen: pre- and post-war, 6- 3
		}
	case '\u00ad', '_': // soft hyphen or underscore inside a word
		if isWordRune(l.peek()) {
			return wordGoOn, nil
		}
	case ',', ':', '/':
		return wordSeparator(l, w, r)
	case '\'', '\u2019', '\u02bc':
		if w.letters {
			if wordApostrophe(l, w.at) {
				return wordGoOn, nil
			}
			return wordHandOff, lexText
		}
	case '&', '$', '+', '@':
		return wordSymbol(l, w, r)
	}
	return wordEndAt, nil
}

// wordPeriod decides whether a period continues the token (U.S, 3.5,
// example.com, U.S.-led), ends it with the period kept (an abbreviation) or
// ends it before the period.
func wordPeriod(l *lexer, w wordState) wordStep {
	n := l.peek()
	if isWordRune(n) {
		if !w.letters && isDigit(n) {
			return wordGoOn // 3.5
		}
		if gluedSentence(l, w.at) {
			if attachPeriod(l, w.at, w.dots, w.letters) {
				return wordEndHere // Mr.Smith -> Mr. Smith
			}
			return wordEndAt // said.The -> said . The
		}
		return wordGoOnDot // U.S, example.com
	}
	if n != '.' && attachPeriod(l, w.at, w.dots, w.letters) {
		if n == '-' {
			if a, _ := l.runeAt(l.pos + 1); isWordRune(a) {
				l.next()
				return wordGoOn // U.S.-led, Wash.-based
			}
		}
		return wordEndHere
	}
	return wordEndAt
}

// wordSeparator decides whether a comma, colon or slash continues a
// number (1,000 10:30 1/2) or starts the rest of a URL (http://,
// www.example.com/path).
func wordSeparator(l *lexer, w wordState, r rune) (wordStep, stateFn) {
	if !w.letters && isDigit(l.peek()) {
		return wordGoOn, nil // 1,000 10:30 1/2, 08/26/96
	}
	switch {
	case r == ':' && isScheme(l.input[l.start:w.at]) && strings.HasPrefix(l.input[l.pos:], "//"):
		return wordHandOff, lexURL
	case r == '/' && w.dots && w.letters && isHost(l.input[l.start:w.at]):
		return wordHandOff, lexURL // www.example.com/path
	}
	return wordEndAt, nil
}

// wordSymbol decides whether &, $, + or @ belongs to the token (S&P, US$,
// AA+) or starts an e-mail address's domain.
func wordSymbol(l *lexer, w wordState, r rune) (wordStep, stateFn) {
	at := w.at
	switch r {
	case '&':
		if isUpperByte(l.input[at-1]) && l.pos < len(l.input) && isUpperByte(l.input[l.pos]) {
			return wordGoOn, nil // S&P, AT&T
		}
	case '$':
		if t := l.input[l.start:at]; len(t) <= 3 && allUpper(t) && !isLetter(l.peek()) {
			l.emit(Symbol) // US$, C$, HK$
			return wordHandOff, lexText
		}
	case '+':
		if t := l.input[l.start:at]; len(t) <= 4 && allUpper(t) {
			l.acceptRun('+')
			if !isWordRune(l.peek()) {
				return wordEndHere, nil // AA+, C++
			}
		}
	case '@':
		if isWordRune(l.peek()) && isEmailLocal(l.input[l.start:at]) {
			return wordHandOff, lexEmail
		}
	}
	return wordEndAt, nil
}

// wordApostrophe handles an apostrophe that follows the letters of a word
// and has just been consumed; at is its offset. It reports true when the
// apostrophe belongs to the word (O'Brien, o'clock, rock'n'roll). Otherwise
// it emits the word, splitting off n't (don't -> do n't, can't -> ca n't),
// and leaves the rest to lexText: a clitic ('s 'll ...) or a closing quote
// or plural possessive apostrophe (farmers').
func wordApostrophe(l *lexer, at int) bool {
	rest := l.input[l.pos:]
	if len(rest) >= 1 && rest[0]|0x20 == 't' && l.input[at-1]|0x20 == 'n' {
		if r, _ := l.runeAt(l.pos + 1); !isWordRune(r) {
			end := l.pos + 1
			if at-1 > l.start {
				l.pos = at - 1
				l.emitWord()
			}
			l.pos = end
			l.emit(Word)
			return false
		}
	}
	if isLetter(l.peek()) && clitic(rest) == 0 {
		return true
	}
	l.pos = at
	l.emitWord()
	return false
}

// lexURL lexes the rest of a URL up to white space, trimming trailing
// punctuation that is more likely to belong to the sentence.
func lexURL(l *lexer) stateFn {
	for {
		r, w := l.runeAt(l.pos)
		if r == eof || r == utf8.RuneError && w == 1 || isURLStop(r) {
			break
		}
		l.pos += w
	}
	// Trim trailing punctuation, and closing brackets without an opener.
	url := l.input[l.start:l.pos]
	parens := strings.Count(url, "(") - strings.Count(url, ")")
	squares := strings.Count(url, "[") - strings.Count(url, "]")
	for l.pos > l.start {
		switch l.input[l.pos-1] {
		case '.', ',', ';', ':', '!', '?', '\'', '*':
			l.pos--
			continue
		case ')':
			if parens < 0 {
				parens++
				l.pos--
				continue
			}
		case ']':
			if squares < 0 {
				squares++
				l.pos--
				continue
			}
		}
		break
	}
	l.emit(Word)
	return lexText
}

// lexEmail lexes the domain of an e-mail address; the local part and the
// @ have been consumed.
func lexEmail(l *lexer) stateFn {
	for {
		l.acceptWordRun()
		r, w := l.runeAt(l.pos)
		if r != '.' && r != '-' {
			break
		}
		if n, _ := l.runeAt(l.pos + w); !isWordRune(n) {
			break
		}
		l.pos += w
	}
	l.emit(Word)
	return lexText
}
