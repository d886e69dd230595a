package relate

import (
	"slices"
	"testing"
)

// TestUnclipped checks the clipped-title rule: a one-word title that is
// the first letters of another of the person's is dropped, and one alone
// is kept.
func TestUnclipped(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   []string
		want []string
	}{
		{"a clipped title beside the whole", []string{"Prof", "Professor"}, []string{"Professor"}},
		{"a full stop after the clipping", []string{"Gen.", "General", "President"}, []string{"General", "President"}},
		{"a clipped title alone", []string{"Rep."}, []string{"Rep."}},
		{"two words are no clipping", []string{"chief", "chief executive"}, []string{"chief", "chief executive"}},
		{"too short to tell", []string{"MP", "MPs"}, []string{"MP", "MPs"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := unclipped(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("unclipped(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestUnsubsumed checks the subsumed-title rule: a title another of the
// person's ends with is dropped, unless the longer marks a post no longer
// held.
func TestUnsubsumed(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   []string
		want []string
	}{
		{"a field before the post", []string{"Record producer", "producer"}, []string{"Record producer"}},
		{"case apart", []string{"Coach", "head coach"}, []string{"head coach"}},
		{"a post no longer held", []string{"former leader", "leader"}, []string{"former leader", "leader"}},
		{"a post left, outgoing", []string{"outgoing chairman", "chairman"}, []string{"outgoing chairman", "chairman"}},
		{"a post left, after the prefix ex-", []string{"ex-party leader", "leader"}, []string{"ex-party leader", "leader"}},
		{"no word boundary", []string{"director", "codirector"}, []string{"director", "codirector"}},
		{"one title", []string{"mayor"}, []string{"mayor"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := unsubsumed(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("unsubsumed(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
