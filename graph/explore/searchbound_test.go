package explore

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/kg-project/kg/graph/storetest"
)

// TestSearchBounded checks that a search of many words is refused and one
// whose context is done stops: /api/kg/search with 60,000 words ran 52 s
// past a 30 s timeout.
func TestSearchBounded(t *testing.T) {
	s := storetest.World(t)
	if _, err := Search(context.Background(), s, "vantor", nil); err != nil {
		t.Fatal(err) // builds the index
	}
	done, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name    string
		ctx     context.Context
		text    string
		wantErr string
		wantIs  error
	}{
		{name: "too many words", ctx: context.Background(), text: strings.Repeat("vantor ", 60000), wantErr: "60000 words; at most 32"},
		{name: "most words", ctx: context.Background(), text: strings.Repeat("vantor ", MaxSearchWords)},
		{name: "context done", ctx: done, text: "vantor", wantIs: context.Canceled},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Search(tc.ctx, s, tc.text, nil)
			switch {
			case tc.wantErr == "" && tc.wantIs == nil && err != nil:
				t.Fatal(err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Fatalf("error %v, want %q", err, tc.wantErr)
			case tc.wantIs != nil && !errors.Is(err, tc.wantIs):
				t.Fatalf("error %v, want %v", err, tc.wantIs)
			}
		})
	}
}
