package pipeline_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/fixtures"
	"github.com/kg-project/kg/schema"
)

// TestPipelineConcurrent extracts the fixture articles from several
// goroutines at once with one pipeline and compares with one at a time, as
// a build's workers share one pipeline. Run with -race to check the stages
// for shared mutable state.
func TestPipelineConcurrent(t *testing.T) {
	all, err := fixtures.All()
	if err != nil {
		t.Fatal(err)
	}
	pipe := newPipeline(t)
	docs := make([]extract.Document, len(all))
	for i, f := range all {
		docs[i] = extract.Document{Text: f.Text, Source: f.Path}
	}
	ctx := context.Background()
	want := make([]string, len(docs))
	for i, d := range docs {
		res, err := pipe.Extract(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = fmt.Sprint(schema.Quads(res, nil))
	}
	const rounds = 4
	got := make([][]string, rounds)
	var wg sync.WaitGroup
	for r := 0; r < rounds; r++ {
		got[r] = make([]string, len(docs))
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for k := range docs {
				i := (k + r) % len(docs) // each goroutine in another order
				res, err := pipe.Extract(ctx, docs[i])
				if err != nil {
					t.Error(err)
					return
				}
				got[r][i] = fmt.Sprint(schema.Quads(res, nil))
			}
		}(r)
	}
	wg.Wait()
	for r := range got {
		for i := range docs {
			if got[r][i] != want[i] {
				t.Errorf("goroutine %d, %s: result differs from a sequential run", r, docs[i].Source)
			}
		}
	}
}
