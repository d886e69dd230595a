package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// kg extract --format json counts offsets in code points by default, as
// the graph and kg show do, and in bytes with --offsets bytes; every
// offset field of the printed result uses the unit the object names.
func TestExtractJSONOffsets(t *testing.T) {
	// Made-up text with accented letters, typographic quotes and an
	// em dash before the names, so that byte and code point offsets
	// differ everywhere.
	const text = "Zoë Müller-Ångström visits Łódź\n\nŁÓDŹ — Zoë Müller-Ångström, the chief executive of Acme Corp, met René Dubois in Paris on Monday. " +
		"“We agreed on everything,” Dubois said. Müller-Ångström said the company would open an office in Paris.\n"
	type span struct{ Start, End int }
	type out struct {
		Offsets   string
		Sentences []struct {
			Start, End int
			Tokens     []struct {
				Text       string
				Start, End int
			}
		}
		Quotes []struct {
			Open, Close, Start, End int
		}
		Headline span
		Mentions []struct {
			Start, End int
			Text       string
		}
		Relations []span
		Claims    []span
	}
	for _, tc := range []struct {
		name  string
		args  []string
		unit  string
		slice func(a, b int) string
	}{
		{"default chars", nil, "chars", func(a, b int) string { return string([]rune(text)[a:b]) }},
		{"chars", []string{"--offsets", "chars"}, "chars", func(a, b int) string { return string([]rune(text)[a:b]) }},
		{"bytes", []string{"--offsets", "bytes"}, "bytes", func(a, b int) string { return text[a:b] }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append(append([]string{"--format", "json"}, tc.args...), "-")
			if err := (extractCmd{stdin: strings.NewReader(text)}).Run(context.Background(), args, &stdout, &stderr); err != nil {
				t.Fatalf("%v: %s", err, stderr.String())
			}
			var res out
			if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
				t.Fatal(err)
			}
			if res.Offsets != tc.unit {
				t.Errorf("Offsets = %q, want %q", res.Offsets, tc.unit)
			}
			limit := len([]rune(text))
			if tc.unit == "bytes" {
				limit = len(text)
			}
			check := func(what string, a, b int) string {
				t.Helper()
				if a < 0 || a > b || b > limit {
					t.Errorf("%s: span [%d,%d) outside the text (%d %s)", what, a, b, limit, tc.unit)
					return ""
				}
				return tc.slice(a, b)
			}
			if len(res.Mentions) == 0 || len(res.Sentences) < 2 || len(res.Quotes) == 0 || len(res.Claims) == 0 {
				t.Fatalf("too little found to test: %s", stdout.String())
			}
			for _, s := range res.Sentences {
				check("sentence", s.Start, s.End)
				for _, tok := range s.Tokens {
					if got := check("token", tok.Start, tok.End); got != tok.Text {
						t.Errorf("token [%d,%d) reads %q, want %q", tok.Start, tok.End, got, tok.Text)
					}
				}
			}
			for _, m := range res.Mentions {
				if got := check("mention", m.Start, m.End); got != m.Text {
					t.Errorf("mention [%d,%d) reads %q, want %q", m.Start, m.End, got, m.Text)
				}
			}
			for _, q := range res.Quotes {
				if got := check("quote mark", q.Open, limit); !strings.HasPrefix(got, "“") {
					t.Errorf("quote opens at %d before %q", q.Open, got)
				}
				if got := check("quote mark", q.Close, limit); !strings.HasPrefix(got, "”") {
					t.Errorf("quote closes at %d before %q", q.Close, got)
				}
				if got := check("quote", q.Start, q.End); !strings.HasPrefix(got, "We agreed") {
					t.Errorf("quote reads %q", got)
				}
			}
			if got := check("headline", res.Headline.Start, res.Headline.End); got != "Zoë Müller-Ångström visits Łódź" {
				t.Errorf("headline reads %q", got)
			}
			for _, r := range res.Relations {
				check("relation evidence", r.Start, r.End)
			}
			for _, c := range res.Claims {
				if got := check("claim", c.Start, c.End); !strings.Contains(got, "agreed") && !strings.Contains(got, "company") {
					t.Errorf("claim reads %q", got)
				}
			}
		})
	}
	if _, _, code := runCmd(t, "x", "extract", "--format", "json", "--offsets", "words", "-"); code != 2 {
		t.Errorf("--offsets words: exit %d, want 2", code)
	}
}
