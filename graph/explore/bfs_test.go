package explore

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestShortestPaths(t *testing.T) {
	// Norland - Ostmark - Harlow, Norland - Acme - Harlow, Harlow - Bo Ek.
	edges := map[string][]string{
		"norland": {"ostmark", "acme"},
		"ostmark": {"norland", "harlow"},
		"acme":    {"norland", "harlow"},
		"harlow":  {"ostmark", "acme", "boek", "harlow"},
		"boek":    {"harlow"},
		"annlee":  {},
	}
	g := bfs[string]{
		neighbours: func(_ context.Context, u string, visit func(string)) error {
			for _, v := range edges[u] {
				visit(v)
			}
			return nil
		},
		less: func(a, b string) bool { return a < b },
	}
	tests := []struct {
		name     string
		from, to string
		depth    int
		want     [][]string
	}{
		{"one edge", "norland", "ostmark", 4, [][]string{{"norland", "ostmark"}}},
		{"two ways of two edges", "norland", "harlow", 4, [][]string{{"norland", "acme", "harlow"}, {"norland", "ostmark", "harlow"}}},
		{"three edges", "norland", "boek", 4, [][]string{{"norland", "acme", "harlow", "boek"}, {"norland", "ostmark", "harlow", "boek"}}},
		{"too deep", "norland", "boek", 2, nil},
		{"not connected", "norland", "annlee", 4, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := shortestPaths(context.Background(), tt.from, tt.to, tt.depth, 5, g)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("shortestPaths (-want +got):\n%s", diff)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := shortestPaths(ctx, "norland", "boek", 4, 5, g); err == nil {
		t.Error("a cancelled search returned no error")
	}
}
