package schema

import "testing"

func TestExpandIRIs(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"gizmo", `g.V().Has("<rdf:type>", "<schema:Person>").All()`, `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>").All()`},
		{"full IRIs untouched", `g.V("<http://schema.org/Person>")`, `g.V("<http://schema.org/Person>")`},
		{"unknown prefix untouched", `<urn:isbn:123> <ex:a>`, `<urn:isbn:123> <ex:a>`},
		{"comparison untouched", `if (a < b && c > d) {}`, `if (a < b && c > d) {}`},
		{"kg terms", `<kg:Statement>`, `<https://kg.example/ns#Statement>`},
		{"unclosed", `x <schema:name`, `x <schema:name`},
		{"no brackets", `plain`, `plain`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ExpandIRIs(tt.in); got != tt.want {
				t.Errorf("ExpandIRIs(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzExpandIRIs(f *testing.F) {
	f.Add(`g.V("<schema:Person>").All()`)
	f.Add(`<<<rdf:>`)
	f.Fuzz(func(t *testing.T, s string) {
		out := ExpandIRIs(s)
		if len(out) < len(s) {
			t.Fatalf("ExpandIRIs shortened %q to %q", s, out)
		}
	})
}
