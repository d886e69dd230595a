package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/extract"
)

// TestConstructions runs the whole pipeline on articles written for it
// (testdata/articles; no fixture or corpus text) and checks what the
// claim, event, date and resolution stages should make of them.
func TestConstructions(t *testing.T) {
	p := newPipeline(t)
	read := func(name, date string) *extract.Result {
		t.Helper()
		b, err := os.ReadFile(filepath.Join("testdata", "articles", name))
		if err != nil {
			t.Fatal(err)
		}
		doc := extract.Document{Text: string(b), Source: name}
		if date != "" {
			if doc.Date, err = time.Parse("2006-01-02", date); err != nil {
				t.Fatal(err)
			}
		}
		res, err := p.Extract(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	name := func(res *extract.Result, e int) string {
		if e < 0 || e >= len(res.Entities) {
			return "-"
		}
		return res.Entities[e].Name
	}
	entity := func(res *extract.Result, n string) *extract.Entity {
		for i := range res.Entities {
			if res.Entities[i].Name == n {
				return &res.Entities[i]
			}
		}
		t.Errorf("%s: no entity %q", res.Doc.Source, n)
		return &extract.Entity{}
	}
	claimBy := func(res *extract.Result, speaker, verb string) *extract.Claim {
		for i, c := range res.Claims {
			if name(res, c.Speaker) == speaker && c.Verb == verb {
				return &res.Claims[i]
			}
		}
		t.Errorf("%s: no claim %q by %s", res.Doc.Source, verb, speaker)
		return &extract.Claim{Speaker: -1, Outlet: -1}
	}

	t.Run("attack", func(t *testing.T) {
		res := read("station-bombing.txt", "2023-05-13")
		if len(res.Events) != 1 {
			t.Fatalf("%d events, want the one attack", len(res.Events))
		}
		ev := res.Events[0]
		e := res.Entities[ev.Entity]
		if ev.Date != "2023-05-11" || name(res, ev.Place) != "Kerrin" || e.Key != "attack kerrin 2023 05 11" {
			t.Errorf("event %q key %q date %q place %s; want Thursday 2023-05-11 in Kerrin", e.Name, e.Key, ev.Date, name(res, ev.Place))
		}
		roles := map[string]string{}
		for _, f := range ev.Figures {
			roles[f.Role] = res.Mentions[f.Mention].Value
		}
		if roles["killed"] != "12" || roles["injured"] != "30" {
			t.Errorf("figures %v, want 12 killed and 30 injured", roles)
		}
		if len(ev.Participants) != 1 || name(res, ev.Participants[0]) != "Northern Liberation Front" {
			t.Errorf("participants %v, want the group that claimed the attack", ev.Participants)
		}
		if c := entity(res, "Northern Liberation Front").Class; !strings.HasSuffix(c, "ArmedGroup") {
			t.Errorf("Northern Liberation Front class %q, want kg:ArmedGroup", c)
		}
		if c := claimBy(res, "Sofia Marek", "told"); name(res, c.Outlet) != "NRT" {
			t.Errorf("Sofia Marek told through %s, want NRT", name(res, c.Outlet))
		}
		claimBy(res, "Sofia Marek", "said")
		if c := claimBy(res, "Northern Liberation Front", "denied"); res.Doc.Text[c.Start:c.End] != "targeting civilians" {
			t.Errorf("denial of %q", res.Doc.Text[c.Start:c.End])
		}
		for _, m := range res.Mentions {
			if m.Text == "two days before the attack" && m.Value != "2023-05-09" {
				t.Errorf("%q = %q, want 2023-05-09", m.Text, m.Value)
			}
		}
	})

	t.Run("relations inside a claim are reported", func(t *testing.T) {
		res := read("bribery-probe.txt", "")
		if len(res.Claims) != 1 {
			t.Fatalf("%d claims, want 1", len(res.Claims))
		}
		claimed, asserted := 0, 0
		for _, r := range res.Relations {
			if name(res, r.Subject) != "Anton Brisk" {
				continue
			}
			if r.Claim >= 0 {
				claimed++
			} else {
				asserted++
			}
		}
		if claimed == 0 || asserted == 0 {
			t.Errorf("%d claimed and %d asserted relations of Anton Brisk, want both: the paying is the prosecutors' claim, the arrest the article's", claimed, asserted)
		}
	})

	t.Run("aliases", func(t *testing.T) {
		res := read("harbour-fine.txt", "")
		if e := entity(res, "Port Defence Agency"); len(e.Aliases) != 1 || e.Aliases[0] != "PDA" || e.Class != "GovernmentOrganization" {
			t.Errorf("Port Defence Agency: aliases %v class %q, want PDA and a government body", e.Aliases, e.Class)
		}
		if e := entity(res, "United States"); len(e.Aliases) != 1 || e.Aliases[0] != "US" {
			t.Errorf("United States aliases %v, want US", e.Aliases)
		}
		claimBy(res, "United States", "said") // "the United States embassy said"
	})
}
