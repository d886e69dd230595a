package tokenize

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word Kind = iota
	Number
	Punct
	Symbol
)

// Token is a span of the input text. Text is always input[Start:End].
type Token struct {
	Text       string
	Start, End int
	Kind       Kind
}
