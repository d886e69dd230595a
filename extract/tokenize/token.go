package tokenize

import "strconv"

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

// String returns the kind's name: "Word", "Number", "Punct" or "Symbol".
func (k Kind) String() string {
	switch k {
	case Word:
		return "Word"
	case Number:
		return "Number"
	case Punct:
		return "Punct"
	case Symbol:
		return "Symbol"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}
