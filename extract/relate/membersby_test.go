package relate

import (
	"testing"

	"github.com/kg-project/kg/extract/relclass"
	"github.com/kg-project/kg/extract/typing"
)

// TestMembersByDoubts checks that the classifier's employment is doubted
// when the body follows "by members of" or "with members of", and kept
// when the person is one of the members.
func TestMembersByDoubts(t *testing.T) {
	tests := []workDoubtRow{
		{"joined by members of a band", "[[Bo Ek|PER]], who was joined at the gala by members of the folk band [[Tarvane|ORG]], smiled.", typing.ClassMusicGroup, true},
		{"met with members of a body", "[[Bo Ek|PER]] met with members of [[Acme|ORG]] on Monday.", "", true},
		{"one of the members", "[[Bo Ek|PER]] and other members of [[Tarvane|ORG]] played.", typing.ClassMusicGroup, false},
		{"a member's noun alone", "[[Bo Ek|PER]], a member of [[Tarvane|ORG]], played.", typing.ClassMusicGroup, false},
	}
	checkWorkDoubt(t, "membersByDoubts", membersByDoubts, tests)
}

// TestSideAdjectiveDoubts checks that the classifier's employment is
// doubted when the side is named by its country's adjective alone (the
// side-adjective check), and kept for the side's name.
func TestSideAdjectiveDoubts(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       bool
	}{
		{"the side's adjective", "[[Bo Ek|PER]] praised the [[Kenyan|ORG]] pack.", true},
		{"the side's name", "[[Bo Ek|PER]] plays for [[Kenya|ORG]].", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			for i := range res.Entities {
				if res.Entities[i].Type == "ORG" {
					res.Entities[i].Class, res.Entities[i].Name = typing.ClassSportsTeam, "Kenya"
				}
			}
			v := firstView(res)
			v.typed = true
			a, b := personFirst(v)
			if got := sideAdjectiveDoubts(v, relclass.Prediction{Head: a, Tail: b, Type: relclass.WorkFor, Score: 0.7}); got != tt.want {
				t.Errorf("sideAdjectiveDoubts = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestMediumDoubts checks that the classifier's employment is doubted
// when the body is the medium or the addressee of speech before the
// person (the medium rule), and kept for a speaker who acts for it.
func TestMediumDoubts(t *testing.T) {
	tests := []workDoubtRow{
		{"speaking on a medium", "Speaking on [[Acme Radio|ORG]], Mr [[Bo Ek|PER]] declined to comment.", typing.ClassNewsMedia, true},
		{"talking to a medium", "Talking to [[Acme News|ORG]], [[Bo Ek|PER]] said the plan would fail.", typing.ClassNewsMedia, true},
		{"told a medium, the person the clause's subject", "Sources told the [[Acme News|ORG]] Mr [[Bo Ek|PER]] had agreed.", typing.ClassNewsMedia, true},
		{"speaking for a body", "Speaking for [[Acme|ORG]], [[Bo Ek|PER]] said the plan would fail.", "", false},
		{"the body's spokesman", "[[Acme|ORG]] spokesman [[Bo Ek|PER]] said the plan would fail.", "", false},
		{"a speaker who told a medium", "[[Bo Ek|PER]] told [[Acme News|ORG]] the plan would fail.", typing.ClassNewsMedia, false},
	}
	checkWorkDoubt(t, "mediumDoubts", mediumDoubts, tests)
}
