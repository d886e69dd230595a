package lexicon

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDump(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range strings.Fields(os.Getenv("ZZ")) {
		var names []string
		for c := Class(0); c < numClasses; c++ {
			if l.Is(w, c) {
				names = append(names, c.String())
			}
		}
		fmt.Println(w, l.Known(w, Noun), names)
	}
}
