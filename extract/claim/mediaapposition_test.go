package claim

import (
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/extract/internal/testkit"
)

// TestMediaApposition checks that the last name of an addressee after a
// medium's noun is the outlet, and a possessor before a programme stays
// the outlet.
func TestMediaApposition(t *testing.T) {
	tests := []struct {
		name, text, want string
		off              []string
	}{
		{"network then name", "[[Ann Lee|PER]] told [[Norland TV|ORG]] network [[Acme News|ORG]] on Sunday that her son was innocent.",
			"Ann Lee | told | Acme News | her son was innocent\n", nil},
		{"one name", "[[Ann Lee|PER]] told the [[Acme News|ORG]] network on Sunday that her son was innocent.",
			"Ann Lee | told | Acme News | her son was innocent\n", nil},
		{"off", "[[Ann Lee|PER]] told [[Norland TV|ORG]] network [[Acme News|ORG]] on Sunday that her son was innocent.",
			"Ann Lee | told | Norland TV | her son was innocent\n", []string{RuleMediaApposition}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := testkit.Build(t, tt.text, time.Time{})
			for i, e := range res.Entities {
				if strings.HasSuffix(e.Name, " News") || strings.HasSuffix(e.Name, " TV") {
					res.Entities[i].Class = "NewsMediaOrganization"
				}
			}
			if err := New(&Options{Off: tt.off}).Process(res); err != nil {
				t.Fatal(err)
			}
			if got := render(res); got != tt.want {
				t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
