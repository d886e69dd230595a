package txtar

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseFormat(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Archive
	}{
		{"comment only", "just a note\n", Archive{Comment: "just a note\n"}},
		{"files", "c\n-- a.txt --\nhello\n-- b --\n", Archive{Comment: "c\n", Files: []File{{"a.txt", "hello\n"}, {"b", ""}}}},
		{"crlf marker", "-- a --\r\nx\r\n", Archive{Files: []File{{"a", "x\r\n"}}}},
		{"not a marker", "-- a\nb --\n", Archive{Comment: "-- a\nb --\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Parse(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse (-want +got):\n%s", diff)
			}
		})
	}
	a := Parse("c\n-- a --\nx\n")
	a.Set("a", "y\n")
	a.Set("b", "z")
	if got, want := a.Format(), "c\n-- a --\ny\n-- b --\nz\n"; got != want {
		t.Errorf("Format = %q, want %q", got, want)
	}
	if d, ok := a.Get("b"); !ok || d != "z" {
		t.Errorf("Get(b) = %q, %v", d, ok)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("c\n-- a --\nx\n")
	f.Fuzz(func(t *testing.T, s string) {
		a := Parse(s)
		if b := Parse(a.Format()); len(b.Files) != len(a.Files) {
			t.Fatalf("round trip changed the number of files: %d -> %d", len(a.Files), len(b.Files))
		}
	})
}
