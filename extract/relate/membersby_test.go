package relate

import (
	"testing"

	"github.com/kg-project/kg/extract/typing"
)

// TestMembersByDoubts checks that the classifier's employment is doubted
// when the body follows "by members of" or "with members of", and kept
// when the person is one of the members.
func TestMembersByDoubts(t *testing.T) {
	tests := []workDoubtRow{
		{"joined by members of a band", "[[Bo Ek|PER]], who was joined on stage by members of the boy band [[Tarvane|ORG]], smiled.", typing.ClassMusicGroup, true},
		{"met with members of a body", "[[Bo Ek|PER]] met with members of [[Acme|ORG]] on Monday.", "", true},
		{"one of the members", "[[Bo Ek|PER]] and other members of [[Tarvane|ORG]] played.", typing.ClassMusicGroup, false},
		{"a member's noun alone", "[[Bo Ek|PER]], a member of [[Tarvane|ORG]], played.", typing.ClassMusicGroup, false},
	}
	checkWorkDoubt(t, "membersByDoubts", membersByDoubts, tests)
}
