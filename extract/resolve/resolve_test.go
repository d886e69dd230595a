package resolve

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
)

// build makes a Result whose mentions are the given surfaces, found in order
// in text.
func build(t *testing.T, text string, mentions ...[2]string) *extract.Result {
	t.Helper()
	res := &extract.Result{Doc: extract.Document{Text: text}}
	at := 0
	for _, m := range mentions {
		i := strings.Index(text[at:], m[0])
		if i < 0 {
			t.Fatalf("mention %q not found after byte %d", m[0], at)
		}
		s := at + i
		res.Mentions = append(res.Mentions, extract.Mention{Start: s, End: s + len(m[0]), Text: m[0], Type: m[1], Entity: -1})
		at = s + len(m[0])
	}
	return res
}

type gotEntity struct {
	Name, Type, Key string
	Aliases         []string
	Methods         []string
}

func summarize(res *extract.Result) []gotEntity {
	var out []gotEntity
	for _, e := range res.Entities {
		g := gotEntity{Name: e.Name, Type: e.Type, Key: e.Key, Aliases: e.Aliases}
		for _, m := range e.Mentions {
			g.Methods = append(g.Methods, res.Mentions[m].Method)
		}
		out = append(out, g)
	}
	return out
}

type fakeAliases map[string][3]string

func (f fakeAliases) Canonical(name, _ string) (string, string, string, bool) {
	v, ok := f[Key(name)]
	return v[0], v[1], v[2], ok
}

func TestResolve(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []struct {
		name     string
		text     string
		mentions [][2]string
		opts     *Options
		want     []gotEntity
	}{
		{
			name:     "surname joins the full name",
			text:     "Minister Jane Okafor spoke. Later Okafor left.",
			mentions: [][2]string{{"Jane Okafor", per}, {"Okafor", per}},
			want:     []gotEntity{{Name: "Jane Okafor", Type: per, Key: "jane okafor", Aliases: []string{"Okafor"}, Methods: []string{"exact", "surname"}}},
		},
		{
			name:     "a first name alone stays apart",
			text:     "Jane Okafor met Jane.",
			mentions: [][2]string{{"Jane Okafor", per}, {"Jane", per}},
			want: []gotEntity{
				{Name: "Jane Okafor", Type: per, Key: "jane okafor", Methods: []string{"exact"}},
				{Name: "Jane", Type: per, Key: "jane", Methods: []string{"exact"}},
			},
		},
		{
			name:     "parenthetical acronym, tagged",
			text:     "the Northern Harbour Authority (NHA) said. NHA added.",
			mentions: [][2]string{{"Northern Harbour Authority", org}, {"NHA", org}, {"NHA", org}},
			want:     []gotEntity{{Name: "Northern Harbour Authority", Type: org, Key: "northern harbour authority", Aliases: []string{"NHA"}, Methods: []string{"exact", "parenthetical", "parenthetical"}}},
		},
		{
			name:     "parenthetical acronym, untagged, is added",
			text:     "members of Western Valley Front (WVF-K) met",
			mentions: [][2]string{{"Western Valley Front", org}},
			want:     []gotEntity{{Name: "Western Valley Front", Type: org, Key: "western valley front", Aliases: []string{"WVF-K"}, Methods: []string{"exact", "parenthetical"}}},
		},
		{
			name:     "acronym from initials",
			text:     "The World Health Organization warned. Later the WHO said.",
			mentions: [][2]string{{"World Health Organization", org}, {"WHO", org}},
			want:     []gotEntity{{Name: "World Health Organization", Type: org, Key: "world health organization", Aliases: []string{"WHO"}, Methods: []string{"exact", "acronym"}}},
		},
		{
			name:     "case and punctuation variants",
			text:     "U.S. troops; the US said",
			mentions: [][2]string{{"U.S.", loc}, {"US", loc}},
			want:     []gotEntity{{Name: "U.S.", Type: loc, Key: "us", Aliases: []string{"US"}, Methods: []string{"exact", "variant"}}},
		},
		{
			name:     "alias table canonicalises and demonyms point at countries",
			text:     "the US and United States; Freedonian forces",
			mentions: [][2]string{{"US", loc}, {"United States", loc}, {"Freedonian", misc}},
			opts: &Options{Aliases: fakeAliases{
				"us":            {"United States", loc, "Country"},
				"united states": {"United States", loc, "Country"},
				"freedonian":    {"Freedonia", loc, "Country"},
			}},
			want: []gotEntity{
				{Name: "United States", Type: loc, Key: "united states", Aliases: []string{"US"}, Methods: []string{"alias-table", "exact"}},
				{Name: "Freedonia", Type: loc, Key: "freedonia", Aliases: []string{"Freedonian"}, Methods: []string{"alias-table"}},
			},
		},
		{
			name:     "hyphenated compounds are narrowed to their name",
			text:     "a Zembla-based firm and Freedonian-led forces",
			mentions: [][2]string{{"Zembla-based", misc}, {"Freedonian-led", misc}},
			want: []gotEntity{
				{Name: "Zembla", Type: loc, Key: "zembla", Methods: []string{"exact"}},
				{Name: "Freedonian", Type: misc, Key: "freedonian", Methods: []string{"exact"}},
			},
		},
		{
			name:     "type by majority",
			text:     "Avalon said; Avalon shares; Avalon staff",
			mentions: [][2]string{{"Avalon", org}, {"Avalon", loc}, {"Avalon", org}},
			want:     []gotEntity{{Name: "Avalon", Type: org, Key: "avalon", Methods: []string{"exact", "exact", "exact"}}},
		},
		{
			name:     "ambiguous surname scores lower and takes the nearest",
			text:     "Ann Lee and Bo Lee met; Lee said",
			mentions: [][2]string{{"Ann Lee", per}, {"Bo Lee", per}, {"Lee", per}},
			want: []gotEntity{
				{Name: "Ann Lee", Type: per, Key: "ann lee", Methods: []string{"exact"}},
				{Name: "Bo Lee", Type: per, Key: "bo lee", Aliases: []string{"Lee"}, Methods: []string{"exact", "surname"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mentions...)
			if err := New(tt.opts).Resolve(res); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, summarize(res)); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
			for i, m := range res.Mentions {
				if m.Entity < 0 || m.Entity >= len(res.Entities) {
					t.Errorf("mention %d %q has no entity", i, m.Text)
				}
				if res.Doc.Text[m.Start:m.End] != m.Text {
					t.Errorf("mention %d text %q != text at offsets %q", i, m.Text, res.Doc.Text[m.Start:m.End])
				}
			}
		})
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The United States", "united states"},
		{"united  states", "united states"},
		{"U.S.", "us"},
		{"O’Brien", "obrien"},
		{"Zelenskýy", "zelenskyy"},
		{"Al-Qaeda", "al qaeda"},
		{"  ", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzResolve(f *testing.F) {
	f.Add("Jane Okafor (JO) said Okafor", 0, 11, 13, 15)
	f.Add("U.S. and US", 0, 4, 9, 11)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d int) {
		res := &extract.Result{Doc: extract.Document{Text: text}}
		for _, se := range [][2]int{{a, b}, {c, d}} {
			s, e := se[0], se[1]
			if s < 0 || e > len(text) || s >= e {
				continue
			}
			res.Mentions = append(res.Mentions, extract.Mention{Start: s, End: e, Text: text[s:e], Type: extract.Organization, Entity: -1})
		}
		if err := New(nil).Resolve(res); err != nil {
			t.Fatal(err)
		}
		for _, m := range res.Mentions {
			if m.Entity >= len(res.Entities) {
				t.Fatalf("bad entity index %d", m.Entity)
			}
		}
	})
}
