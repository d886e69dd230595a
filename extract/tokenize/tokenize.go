package tokenize

import "sync"

// Tokenize splits text into tokens. See the package documentation for the
// conventions; the tokens are in text order, do not overlap and cover every
// byte of text that is not white space or an invisible format character.
func Tokenize(text string) []Token {
	return Append(make([]Token, 0, len(text)/5+4), text)
}

// Append tokenizes text and appends the tokens to dst, returning the
// extended slice. It allocates nothing when dst has room for the tokens.
func Append(dst []Token, text string) []Token {
	// The state functions are called through a function value, which
	// escape analysis cannot see through, so a lexer would be allocated on
	// every call; reuse them instead.
	l := lexers.Get().(*lexer)
	*l = lexer{input: text, toks: dst}
	for state := stateFn(lexText); state != nil; {
		state = state(l)
	}
	toks := l.toks
	*l = lexer{} // keep no reference to the caller's text or tokens
	lexers.Put(l)
	return toks
}

// lexers is a cache of lexers for Append, not configuration.
var lexers = sync.Pool{New: func() any { return new(lexer) }}
