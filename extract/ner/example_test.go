package ner_test

import (
	"fmt"
	"strings"

	"github.com/kg-project/kg/extract/ner"
)

func ExampleModel_TagDocument() {
	m, err := ner.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	sent := strings.Fields("Maria Lopez flew from Madrid to Berlin on Tuesday .")
	tags := m.TagDocument([][]string{sent})
	for i, w := range sent {
		if tags[0][i] != "O" {
			fmt.Println(w, tags[0][i])
		}
	}
	// Output:
	// Maria B-PER
	// Lopez I-PER
	// Madrid B-LOC
	// Berlin B-LOC
}
