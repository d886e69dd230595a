package event

import (
	"testing"
	"time"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/internal/testkit"
)

// TestDatedPrizes checks that a plural prize's name after a time's
// possessive names a prize-giving, an event, and that prizes won, counted
// or with no time's possessive stay things.
func TestDatedPrizes(t *testing.T) {
	checkEventTyped(t, []typedRow{
		{"this year's awards", "[[Ann Lee|PER]] is tipped to win at this year's [[Tarvik Awards|MISC]].", "Tarvik Awards", true},
		{"last weekend's prizes' name", "[[Ann Lee|PER]] won after last weekend's [[Vellies|MISC]].", "Vellies", false},
		{"next month's awards read as a body's", "[[Ann Lee|PER]] will host next month's [[Harlow Awards|ORG]].", "Harlow Awards", true},
		{"a day's awards", "[[Ann Lee|PER]] won at [[Sunday|DATE]]'s [[Tarvik Awards|MISC]].", "Tarvik Awards", true},
		{"no time's possessive", "[[Ann Lee|PER]] praised the [[Tarvik Awards|MISC]].", "Tarvik Awards", false},
		{"counted elsewhere", "[[Ann Lee|PER]] has won two [[Tarvik Awards|MISC]]. She is tipped at this year's [[Tarvik Awards|MISC]].", "Tarvik Awards", false},
		{"a singular prize", "[[Ann Lee|PER]] is tipped for this year's [[Tarvik Award|MISC]].", "Tarvik Award", false},
		{"a body's possessive", "[[Ann Lee|PER]] spoke at [[Acme|ORG]]'s [[Tarvik Awards|MISC]].", "Tarvik Awards", false},
	})
}

// typedRow is a text and whether the name entity is an event once the
// events are found in it.
type typedRow struct {
	name, text, entity string
	want               bool
}

// checkEventTyped finds the events of each row's text and checks whether
// its entity became one.
func checkEventTyped(t *testing.T, rows []typedRow) {
	t.Helper()
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			res := testkit.Build(t, tc.text, time.Time{})
			if err := New(nil).Process(res); err != nil {
				t.Fatal(err)
			}
			got := false
			for _, e := range res.Entities {
				if e.Name == tc.entity {
					got = e.Type == extract.EventType
				}
			}
			if got != tc.want {
				t.Errorf("%s an event: got %v, want %v", tc.entity, got, tc.want)
			}
		})
	}
}
