package tokenize

import "unsafe"

// Tokenize splits text into tokens. See the package documentation for the
// conventions; the tokens are in text order, do not overlap and cover every
// byte of text that is not white space or an invisible format character.
func Tokenize(text string) []Token {
	return Append(make([]Token, 0, len(text)/5+4), text)
}

// Append tokenizes text and appends the tokens to dst, returning the
// extended slice. It allocates nothing when dst has room for the tokens.
func Append(dst []Token, text string) []Token {
	l := lexer{input: text, toks: dst}
	// The state functions are called through a function value, which
	// escape analysis cannot see through; hide the pointer so that l stays
	// on the stack. No state function keeps it past its return.
	lp := noescape(&l)
	for state := stateFn(lexText); state != nil; {
		state = state(lp)
	}
	return l.toks
}

// noescape hides a pointer from escape analysis, as the runtime's function
// of that name does. It is safe only for a pointer that does not outlive
// the caller's frame.
func noescape(p *lexer) *lexer {
	x := uintptr(unsafe.Pointer(p))
	return *(**lexer)(unsafe.Pointer(&x))
}
