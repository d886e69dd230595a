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
