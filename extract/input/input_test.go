package input

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/internal/fuzzbudget"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name         string
		in           string
		want         string
		wantRepaired int
		wantErr      string
	}{
		{name: "utf8 kept", in: "Café “quoted”", want: "Café “quoted”"},
		{name: "bom dropped", in: "\xEF\xBB\xBFHello", want: "Hello"},
		{name: "latin-1 pound", in: "cost \xA3100", want: "cost £100", wantRepaired: 1},
		{name: "windows-1252 quotes", in: "\x93hi\x94 \x96 ok", want: "“hi” – ok", wantRepaired: 3},
		{name: "mixed valid and invalid", in: "é\xE9", want: "éé", wantRepaired: 1},
		{name: "undefined cp1252 byte", in: "a\x81b", want: "a\uFFFDb", wantRepaired: 1},
		{name: "binary", in: "abc\x00def", wantErr: "input: f: binary file (NUL byte at offset 3)"},
		{name: "empty", in: "", wantErr: "input: f: empty file"},
		{name: "blank", in: " \n\t\n", wantErr: "input: f: empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rep, err := Decode("f", []byte(tt.in))
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr || !IsRejection(err) {
					t.Fatalf("err = %v, want rejection %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want || rep != tt.wantRepaired {
				t.Errorf("Decode = %q, %d; want %q, %d", got, rep, tt.want, tt.wantRepaired)
			}
		})
	}
}

func TestExpandAndRead(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b.txt":          "Second",
		"a.md":           "# First",
		"sub/c.txt":      "Third",
		"sub/skip.json":  "{}",
		".hidden/d.txt":  "hidden",
		"sub/.e.txt":     "hidden",
		"big.txt":        strings.Repeat("x", 100),
		"latin1.txt":     "\xA3",
		"binary.txt":     "\x00\x01",
		"empty.txt":      "",
		"sub/deep/f.TXT": "Upper ext",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srcs, err := Expand([]string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range srcs {
		rel, _ := filepath.Rel(dir, s.Path)
		got = append(got, filepath.ToSlash(rel))
	}
	want := []string{"a.md", "b.txt", "big.txt", "binary.txt", "empty.txt", "latin1.txt", "sub/c.txt", "sub/deep/f.TXT"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Expand (-want +got):\n%s", diff)
	}
	opts := &Options{MaxBytes: 50}
	outcome := map[string]string{}
	for _, s := range srcs {
		doc, _, err := Read(context.Background(), s, nil, opts)
		rel, _ := filepath.Rel(dir, s.Path)
		switch {
		case err != nil:
			outcome[filepath.ToSlash(rel)] = strings.TrimPrefix(err.Error(), "input: "+s.Path+": ")
		default:
			outcome[filepath.ToSlash(rel)] = "ok: " + doc.Text
		}
	}
	wantOutcome := map[string]string{
		"a.md":           "ok: # First",
		"b.txt":          "ok: Second",
		"big.txt":        "file too large (100 bytes, the limit is 50; raise it with --max-bytes)",
		"binary.txt":     "binary file (NUL byte at offset 0)",
		"empty.txt":      "empty file",
		"latin1.txt":     "ok: £",
		"sub/c.txt":      "ok: Third",
		"sub/deep/f.TXT": "ok: Upper ext",
	}
	if diff := cmp.Diff(wantOutcome, outcome); diff != "" {
		t.Errorf("Read outcomes (-want +got):\n%s", diff)
	}
	missing := filepath.Join(dir, "missing")
	srcs, err = Expand([]string{missing, filepath.Join(dir, "b.txt")}, nil)
	if err != nil || len(srcs) != 2 {
		t.Fatalf("Expand of a missing path and a file = %+v, %v; want both", srcs, err)
	}
	if _, _, err := Read(context.Background(), srcs[0], nil, nil); err == nil || err.Error() != "input: "+missing+": no such file or directory" || !IsRejection(err) {
		t.Errorf("Read of a missing path: %v, want a rejection naming it", err)
	}
	doc, _, err := Read(context.Background(), Source{Path: "-"}, strings.NewReader("from stdin"), nil)
	if err != nil || doc.Text != "from stdin" {
		t.Errorf("Read stdin = %q, %v", doc.Text, err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("cost \xA3100"))
	f.Add([]byte("\x93hi\x94"))
	f.Add([]byte("plain"))
	f.Fuzz(func(t *testing.T, data []byte) {
		defer fuzzbudget.Start(t, len(data))()
		text, _, err := Decode("f", data)
		if err != nil {
			return
		}
		if !strings.Contains(string(data), "\x00") && text == "" {
			t.Fatal("accepted input decoded to empty text")
		}
		if !isValid(text) {
			t.Fatalf("Decode returned invalid UTF-8 %q", text)
		}
	})
}

func isValid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }
