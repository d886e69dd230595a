package relate

import (
	"testing"

	"github.com/kg-project/kg/extract/relclass"
)

// TestSignatureDoubts checks that a reader's signature line ("Ann Lee,
// Harlow, Norland") gives its writer a home and no other relation, while
// the same names in a sentence of the article are left to the
// classifier.
func TestSignatureDoubts(t *testing.T) {
	const comment = "Port plan splits Harlow\n\nI hope the plan will fail.\n"
	tests := []struct {
		name, text string
		typ        string
		want       bool
	}{
		{"employment from a signature", comment + "[[Tom Ward|PER]], Pellam, [[Norland|ORG]]\n", relclass.WorkFor, true},
		{"a home from a signature", comment + "[[Tom Ward|PER]], [[Pellam|LOC]], Norland\n", relclass.LiveIn, false},
		{"a sentence of the article", comment + "[[Tom Ward|PER]], Pellam, [[Norland|ORG]], said the plan would fail.\n", relclass.WorkFor, false},
		{"after a blank line", comment + "\n[[Tom Ward|PER]], Pellam, [[Norland|ORG]]\n", relclass.WorkFor, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			r := New(nil)
			r.ann.Annotate(res)
			si := len(res.Sentences) - 1
			v := r.view(res, si, mentionsBySentence(res)[si], -1)
			if v == nil || len(v.s.Ents) < 2 {
				t.Fatalf("no view of %q", tt.text)
			}
			a, b := personFirst(v)
			if got := placeDoubts(v, relclass.Prediction{Head: a, Tail: b, Type: tt.typ, Score: 0.7}); got != tt.want {
				t.Errorf("placeDoubts = %v, want %v", got, tt.want)
			}
		})
	}
}
