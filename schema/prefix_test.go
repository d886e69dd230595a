package schema

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

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

func TestExpansionSourcePosition(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		line, col int // in the expanded text, the column in bytes
		wantLine  int
		wantCol   int // in the text as written, in characters
	}{
		{"no prefixes", `g.V(]`, 1, 5, 1, 5},
		{"before the IRI", `g.V("<schema:name>") ]`, 1, 3, 1, 3},
		{"after one IRI", `g.V("<schema:name>") ]`, 1, 32, 1, 21},
		{"inside the namespace", `g.V("<schema:name>")`, 1, 10, 1, 7},
		{"in the local name", `g.V("<schema:name>")`, 1, 25, 1, 14},
		{"after two IRIs", `g.V().Has("<rdf:type>", "<schema:Person>").All(`, 1, 98, 1, 48},
		{"end of input", `g.V("<schema:name>"`, 1, 31, 1, 20},
		{"second line", "g.V(\"<schema:name>\")\n  .Out(\"<kg:document>\") ]", 2, 44, 2, 25},
		{"first line untouched by the second's", "g.V(\"<schema:name>\")\n  .Out(\"<kg:document>\")", 1, 2, 1, 2},
		{"crlf lines", "g.V(\"<schema:name>\")\r\n.Out(\"<schema:name>\") ]", 2, 32, 2, 21},
		{"characters, not bytes", `"é<schema:x>" ]`, 1, 27, 1, 15},
		{"line past the end", `g.V(`, 3, 1, 3, 1},
		{"end of the text", `"<schema:x>"`, 1, 24, 1, 13},
		{"column past the end", `"<schema:x>"`, 1, 30, 1, 19},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := Expand(tt.in)
			if e.Text != ExpandIRIs(tt.in) || e.Source != tt.in {
				t.Fatalf("Expand(%q) = %q, %q", tt.in, e.Text, e.Source)
			}
			line, col := e.SourcePosition(tt.line, tt.col)
			if line != tt.wantLine || col != tt.wantCol {
				t.Errorf("SourcePosition(%d, %d) of %q = %d:%d, want %d:%d", tt.line, tt.col, e.Text, line, col, tt.wantLine, tt.wantCol)
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
		// Every offset maps into the text as written.
		e := Expand(s)
		for off := 0; off <= len(e.Text); off++ {
			if o := e.SourceOffset(off); o < 0 || o > len(s) {
				t.Fatalf("SourceOffset(%d) of %q = %d", off, s, o)
			}
		}
	})
}

func TestExpandTerm(t *testing.T) {
	for in, want := range map[string]string{
		"schema:Person":                "http://schema.org/Person",
		" <wd:Q900001> ":               WD + "Q900001",
		"<http://schema.org/worksFor>": SDO + "worksFor",
		"zz:thing":                     "zz:thing",
		"schema://odd":                 "schema://odd",
	} {
		if got := ExpandTerm(in); got != want {
			t.Errorf("ExpandTerm(%q) = %q, want %q", in, got, want)
		}
	}
	if got := ExpandTerm("<half"); got != "<half" {
		t.Errorf("ExpandTerm(%q) = %q, want it as it is", "<half", got)
	}
}

// TestShortTerms writes IRIs short both ways: ShortTerm's, which
// ExpandTerm reads back, and CompactIRI's.
func TestShortTerms(t *testing.T) {
	tests := []struct{ iri, short, compact string }{
		{SDO + "Person", "schema:Person", "schema:Person"},
		{NS + "toldReportersIn", "kg:toldReportersIn", "kg:toldReportersIn"},
		{DefaultBase + "person/tamsin-orla", "<" + DefaultBase + "person/tamsin-orla>", DefaultBase + "person/tamsin-orla"},
		{SDO, "<" + SDO + ">", "schema:"},
		{"urn:zz:thing", "<urn:zz:thing>", "urn:zz:thing"},
	}
	for _, tt := range tests {
		got := []string{ShortTerm(tt.iri), CompactIRI(tt.iri), ExpandTerm(ShortTerm(tt.iri))}
		if diff := cmp.Diff([]string{tt.short, tt.compact, tt.iri}, got); diff != "" {
			t.Errorf("%s: short, compact, expanded short (-want +got):\n%s", tt.iri, diff)
		}
	}
}
