package tokenize_test

import (
	"fmt"

	"github.com/kg-project/kg/extract/tokenize"
)

func ExampleTokenize() {
	text := `The U.S. firm's shares rose 3.5% to $14.87, didn't they?`
	for _, t := range tokenize.Tokenize(text) {
		fmt.Printf("%d:%d %s %q\n", t.Start, t.End, t.Kind, t.Text)
	}
	// Output:
	// 0:3 Word "The"
	// 4:8 Word "U.S."
	// 9:13 Word "firm"
	// 13:15 Word "'s"
	// 16:22 Word "shares"
	// 23:27 Word "rose"
	// 28:31 Number "3.5"
	// 31:32 Symbol "%"
	// 33:35 Word "to"
	// 36:37 Symbol "$"
	// 37:42 Number "14.87"
	// 42:43 Punct ","
	// 44:47 Word "did"
	// 47:50 Word "n't"
	// 51:55 Word "they"
	// 55:56 Punct "?"
}

func ExampleAppend() {
	var buf []tokenize.Token
	for _, doc := range []string{"First text.", "Second one!"} {
		buf = tokenize.Append(buf[:0], doc) // reuses buf's array
		fmt.Println(len(buf), buf[0].Text, buf[len(buf)-1].Text)
	}
	// Output:
	// 3 First .
	// 3 Second !
}
