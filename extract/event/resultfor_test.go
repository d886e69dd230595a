package event

import "testing"

// TestResultFor checks that a name after "at the" with "for" and a noun
// for a result or a title after it is a contest's, and that other names
// after "at the" are not.
func TestResultFor(t *testing.T) {
	checkEventTyped(t, []typedRow{
		{"a victory", "[[Ann Lee|PER]] shot a 65 at the [[Harlow Classic|ORG]] for a one-shot victory.", "Harlow Classic", true},
		{"a title", "[[Ann Lee|PER]] beat [[Bo Ek|PER]] at the [[Tarvik Trophy|MISC]] for her first title.", "Tarvik Trophy", true},
		{"a job", "[[Ann Lee|PER]] worked at the [[Acme Group|ORG]] for a decade.", "Acme Group", false},
		{"no for", "[[Ann Lee|PER]] won a victory at the [[Harlow Classic|ORG]] last year.", "Harlow Classic", false},
		{"a noun after the result", "[[Ann Lee|PER]] spoke at the [[Vellmar Club|ORG]] for a victory party.", "Vellmar Club", false},
	})
}
