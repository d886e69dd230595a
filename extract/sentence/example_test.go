package sentence_test

import (
	"fmt"

	"github.com/kg-project/kg/extract/sentence"
	"github.com/kg-project/kg/extract/tokenize"
)

func ExampleSplit() {
	text := "Storm closes coast road\n" +
		"Mr. J. Smith of Acme Corp. said the U.S. team arrived at 9 a.m. Monday. " +
		`"It was hard," he said. "We're glad it's over." The road reopens on Oct. 3.`
	for _, s := range sentence.Split(text, tokenize.Tokenize(text)) {
		fmt.Printf("%d tokens: %s\n", len(s.Tokens), text[s.Start:s.End])
	}
	// Output:
	// 4 tokens: Storm closes coast road
	// 16 tokens: Mr. J. Smith of Acme Corp. said the U.S. team arrived at 9 a.m. Monday.
	// 9 tokens: "It was hard," he said.
	// 9 tokens: "We're glad it's over."
	// 7 tokens: The road reopens on Oct. 3.
}
