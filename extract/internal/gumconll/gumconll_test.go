package gumconll

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRead reads a made-up document with nested mentions.
func TestRead(t *testing.T) {
	const text = "# begin document GUM_news_x\n0\tAnn\t(person-1-Ann_Lee\n1\tLee\tperson-1-Ann_Lee)\n2\tof\t_\n3\tAcme\t(organization-2)\n# end document\n"
	docs, err := Read(strings.NewReader(text), "x.conll")
	if err != nil {
		t.Fatal(err)
	}
	want := []Doc{{Name: "GUM_news_x", Tokens: []string{"Ann", "Lee", "of", "Acme"}, Mentions: []Mention{
		{Start: 0, End: 2, Entity: "1", Type: "person", Title: "Ann_Lee"},
		{Start: 3, End: 4, Entity: "2", Type: "organization"},
	}}}
	if diff := cmp.Diff(want, docs); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestReadErrors checks that bad input is an error naming the file and line.
func TestReadErrors(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"outside", "0\tA\t_\n", "bad.conll:1: token outside a document"},
		{"closed, not open", "# begin document GUM_x_y\n0\tA\tperson-1)\n", "bad.conll:2: mention \"person-1\" closed but not open"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Read(strings.NewReader(tt.in), "bad.conll"); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one with %q", err, tt.want)
			}
		})
	}
}
