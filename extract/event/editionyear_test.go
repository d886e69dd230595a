package event

import (
	"testing"
	"time"

	"github.com/kg-project/kg/extract/internal/testkit"
)

// TestEditionYear checks that the year opening a named event's name is
// its date, and that a name with none has no date from it.
func TestEditionYear(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"a year opens the name", "[[Ann Lee|PER]] played at the [[1974 Norland Cup|MISC]].", "1974"},
		{"no year", "[[Ann Lee|PER]] played at the [[Norland Cup|MISC]].", ""},
		{"a number that is no year", "[[Ann Lee|PER]] played at the [[1500 Norland Cup|MISC]].", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := testkit.Build(t, tc.text, time.Time{})
			if err := New(nil).Process(res); err != nil {
				t.Fatal(err)
			}
			if len(res.Events) != 1 {
				t.Fatalf("got %d events, want 1", len(res.Events))
			}
			if got := res.Events[0].Date; got != tc.want {
				t.Errorf("date %q, want %q", got, tc.want)
			}
		})
	}
}
