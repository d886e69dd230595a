package pos_test

import (
	"fmt"
	"strings"

	"github.com/kg-project/kg/extract/pos"
)

func ExampleTagger_TagChunk() {
	tg, err := pos.Default()
	if err != nil {
		panic(err)
	}
	words := strings.Fields("The minister visited the new hospital .")
	tags, chunks := tg.TagChunk(words)
	for _, c := range pos.Chunks(chunks) {
		fmt.Println(c.Type, strings.Join(words[c.Start:c.End], " "), tags[c.Start:c.End])
	}
	// Output:
	// NP The minister [DT NN]
	// VP visited [VBD]
	// NP the new hospital [DT JJ NN]
}
