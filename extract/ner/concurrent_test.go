package ner

import (
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTagDocumentConcurrent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	docs := [][][]string{
		{strings.Fields("Anna Berg of Nordbank spoke in Oslo on Monday ."), strings.Fields("Berg said profits rose .")},
		{strings.Fields("FOOTBALL - LEEDS BEAT CHELSEA 2-1"), strings.Fields("Leeds won in London .")},
		{strings.Fields("The European Union and Japan signed the deal in Brussels .")},
	}
	want := make([][][]string, len(docs))
	for i, d := range docs {
		want[i] = m.TagDocument(d)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 20; r++ {
				i := (g + r) % len(docs)
				if diff := cmp.Diff(want[i], m.TagDocument(docs[i])); diff != "" {
					errs <- diff
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for d := range errs {
		t.Errorf("concurrent tagging differs (-want +got):\n%s", d)
	}
}
