package input

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/internal/fuzzbudget"
)

// outcome is what a test compares for one Item.
type outcome struct {
	Name, Text, Title, Source, Date string
	Repaired                        int
	Warnings                        []string
	Err                             string
}

func outcomes(t *testing.T, src Source, stdin string, opts *Options) []outcome {
	t.Helper()
	var got []outcome
	err := Each(context.Background(), src, strings.NewReader(stdin), opts, func(it Item) error {
		o := outcome{Name: it.Name, Text: it.Doc.Text, Title: it.Doc.Title, Source: it.Doc.Source, Repaired: it.Repaired, Warnings: it.Warnings}
		if !it.Doc.Date.IsZero() {
			o.Date = it.Doc.Date.Format(time.RFC3339)
		}
		if it.Err != nil {
			if !IsRejection(it.Err) {
				t.Errorf("item error %v is not a rejection", it.Err)
			}
			o.Err = strings.TrimPrefix(it.Err.Error(), "input: "+it.Name+": ")
		}
		got = append(got, o)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func gz(t *testing.T, data string) string {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(data))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestEach(t *testing.T) {
	jsonl := `{"id": "a1", "title": "Bridge opens", "text": "The bridge opened on Tuesday.", "date": "2024-05-14"}
{"id": 7, "text": "Second story.", "url": "https://news.example.org/7", "source": "Example News"}

{"text": "No id, a source.", "source": "Example Wire", "date": "yesterday"}
{"id": "x", "title": "no text"}
not json
{"text": 5}
{"text": "caf` + "\xe9" + ` costs \u00a33"}
{"text": "bin` + "\x00" + `"}
{"text": "Last line without a newline."}`
	csvData := "ID,Headline,Body,Link,Published,Extra\n" +
		"1,Bridge opens,\"The bridge opened.\nTraffic resumed.\",,2024-05-14,x\n" +
		"2,,Second story.,https://news.example.org/2,14 May 2024,y\n" +
		"3,Empty,,,,\n" +
		"4,Latin,Price \xa3100,,,\n"
	tests := []struct {
		name  string
		file  string
		data  string
		stdin bool
		opts  *Options
		want  []outcome
	}{
		{
			name: "text", file: "a.txt", data: "Headline\n\nBody text.",
			want: []outcome{{Name: "a.txt", Text: "Headline\n\nBody text.", Source: "a.txt"}},
		},
		{
			name: "text gzip", file: "a.txt.gz", data: gz(t, "Compressed \xa3 text."),
			want: []outcome{{Name: "a.txt.gz", Text: "Compressed £ text.", Source: "a.txt.gz", Repaired: 1}},
		},
		{
			name: "not gzip", file: "bad.txt.gz", data: "plain text",
			want: []outcome{{Name: "bad.txt.gz", Err: "not gzip data"}},
		},
		{
			name: "corrupt gzip", file: "cut.txt.gz", data: gz(t, strings.Repeat("Some text. ", 200))[:40],
			want: []outcome{{Name: "cut.txt.gz", Err: "corrupt gzip data: unexpected EOF"}},
		},
		{
			name: "jsonl", file: "n.jsonl", data: jsonl,
			want: []outcome{
				{Name: "n.jsonl:1", Text: "The bridge opened on Tuesday.", Title: "Bridge opens", Source: "n.jsonl#a1", Date: "2024-05-14T00:00:00Z"},
				{Name: "n.jsonl:2", Text: "Second story.", Source: "https://news.example.org/7"},
				{Name: "n.jsonl:4", Text: "No id, a source.", Source: "Example Wire", Warnings: []string{`date "yesterday" not understood; read without a date`}},
				{Name: "n.jsonl:5", Err: "no text"},
				{Name: "n.jsonl:6", Err: "not a JSON object with string fields: invalid character 'o' in literal null (expecting 'u')"},
				{Name: "n.jsonl:7", Err: "not a JSON object with string fields: cannot unmarshal number into Go struct field record.text of type string"},
				{Name: "n.jsonl:8", Text: "café costs £3", Source: "n.jsonl:8", Repaired: 1},
				{Name: "n.jsonl:9", Err: "binary data (NUL byte at offset 13)"},
				{Name: "n.jsonl:10", Text: "Last line without a newline.", Source: "n.jsonl:10"},
			},
		},
		{
			name: "jsonl gzip, record limit", file: "n.ndjson.gz", data: gz(t, "{\"text\": \"short\"}\r\n{\"text\": \""+strings.Repeat("long ", 20)+"\"}\n{\"text\": \"after\"}\n"),
			opts: &Options{MaxBytes: 50},
			want: []outcome{
				{Name: "n.ndjson.gz:1", Text: "short", Source: "n.ndjson.gz:1"},
				{Name: "n.ndjson.gz:2", Err: "record too large (more than 50 bytes; raise the limit with --max-bytes)"},
				{Name: "n.ndjson.gz:3", Text: "after", Source: "n.ndjson.gz:3"},
			},
		},
		{
			name: "csv", file: "n.csv", data: csvData,
			want: []outcome{
				{Name: "n.csv:2", Text: "The bridge opened.\nTraffic resumed.", Title: "Bridge opens", Source: "n.csv#1", Date: "2024-05-14T00:00:00Z"},
				{Name: "n.csv:4", Text: "Second story.", Source: "https://news.example.org/2", Date: "2024-05-14T00:00:00Z"},
				{Name: "n.csv:5", Err: "no text"},
				{Name: "n.csv:6", Text: "Price £100", Title: "Latin", Source: "n.csv#4", Repaired: 1},
			},
		},
		{
			name: "csv without text column", file: "x.csv", data: "id,title\n1,a\n",
			want: []outcome{{Name: "x.csv", Err: "no text column in the CSV header (have id, title; want one of text, body, content, article)"}},
		},
		{
			name: "csv without a header row, columns given", file: "ag.csv", data: "\"3\",\"Bridge opens\",\"The bridge opened.\"\n\"1\",\"Rain\",\"It rained.\"\n",
			opts: &Options{CSVHeader: []string{"class", "title", "text"}},
			want: []outcome{
				{Name: "ag.csv:1", Text: "The bridge opened.", Title: "Bridge opens", Source: "ag.csv:1"},
				{Name: "ag.csv:2", Text: "It rained.", Title: "Rain", Source: "ag.csv:2"},
			},
		},
		{
			name: "csv columns given, none of them text", file: "ag.csv", data: "\"3\",\"Bridge opens\"\n",
			opts: &Options{CSVHeader: []string{"class", "title"}},
			want: []outcome{{Name: "ag.csv", Err: "no text column in the given CSV header (have class, title; want one of text, body, content, article)"}},
		},
		{
			name: "csv columns given, empty file", file: "ag.csv", data: "",
			opts: &Options{CSVHeader: []string{"title", "text"}},
			want: []outcome{{Name: "ag.csv", Err: "empty file"}},
		},
		{
			name: "csv lazy quotes, forced format", file: "m.csv", data: "text\n\"ok\"\n\"a\"b\"\n",
			opts: &Options{Format: CSV},
			want: []outcome{
				{Name: "m.csv:2", Text: "ok", Source: "m.csv:2"},
				{Name: "m.csv:3", Text: "a\"b", Source: "m.csv:3"}, // LazyQuotes
			},
		},
		{
			name: "html", file: "page.html", data: readTestdata(t, "page.html"),
			want: []outcome{{
				Name:   "page.html",
				Title:  "Harbour bridge reopens after repairs",
				Source: "https://news.example.org/2024/05/bridge",
				Date:   "2024-05-14T07:30:00Z",
				Text: "The harbour bridge in Northport reopened on Tuesday after six months of repairs, the city council said.\n\n" +
					"Mayor Ana Lima told reporters that traffic would return to normal by Friday.\n\nBuses resume their old routes.\n\n" +
					"\"We are proud of the crews,\" Lima said.\n\nCost: 12 million euros\n\nLength: 800 metres",
			}},
		},
		{
			name: "html without article", file: "p.htm", data: "<html><body><div id=nav>Menu</div><div><p>First paragraph of the story, long enough.</p><p>Second paragraph of it.</p></div><div><p>Short.</p></div></body></html>",
			want: []outcome{{Name: "p.htm", Source: "p.htm", Text: "First paragraph of the story, long enough.\n\nSecond paragraph of it."}},
		},
		{
			name: "html empty", file: "e.html", data: "<html><body><nav>only a menu</nav></body></html>",
			want: []outcome{{Name: "e.html", Err: "no article text found in the HTML"}},
		},
		{
			name: "stdin jsonl", file: "-", stdin: true, data: `{"text": "From a pipe."}`, opts: &Options{Format: JSONL},
			want: []outcome{{Name: "-:1", Text: "From a pipe.", Source: "-:1"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			src := Source{Path: "-"}
			stdin := ""
			if tt.stdin {
				stdin = tt.data
			} else {
				p := filepath.Join(dir, tt.file)
				if err := os.WriteFile(p, []byte(tt.data), 0o644); err != nil {
					t.Fatal(err)
				}
				src = Source{Path: p, Size: int64(len(tt.data))}
			}
			got := outcomes(t, src, stdin, tt.opts)
			for i := range got {
				got[i].Name = strings.TrimPrefix(got[i].Name, dir+string(filepath.Separator))
				got[i].Source = strings.TrimPrefix(got[i].Source, dir+string(filepath.Separator))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Each (-want +got):\n%s", diff)
			}
		})
	}
}

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestFormatOf(t *testing.T) {
	tests := []struct {
		name   string
		format string
		gz     bool
	}{
		{"a.txt", Text, false}, {"a.MD", Text, false}, {"a.jsonl", JSONL, false}, {"a.NDJSON.GZ", JSONL, true},
		{"a.csv.gz", CSV, true}, {"a.htm", HTML, false}, {"a.xhtml", HTML, false}, {"noext", Text, false}, {"a.gz", Text, true},
	}
	for _, tt := range tests {
		f, g := FormatOf(tt.name)
		if f != tt.format || g != tt.gz {
			t.Errorf("FormatOf(%q) = %q, %v; want %q, %v", tt.name, f, g, tt.format, tt.gz)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"2024-05-14", "2024-05-14T00:00:00Z"},
		{"2024-05-14T09:30:00+02:00", "2024-05-14T07:30:00Z"},
		{"2024-05-14T09:30:00.123Z", "2024-05-14T09:30:00Z"},
		{"2024-05-14 09:30:00", "2024-05-14T09:30:00Z"},
		{"Tue, 14 May 2024 09:30:00 GMT", "2024-05-14T09:30:00Z"},
		{"Tue, 14 May 2024 09:30:00 +0100", "2024-05-14T08:30:00Z"},
		{"14 May 2024", "2024-05-14T00:00:00Z"},
		{"May 14, 2024", "2024-05-14T00:00:00Z"},
		{"20240514", "2024-05-14T00:00:00Z"},
		{"1715678400", "2024-05-14T09:20:00Z"},
		{" 2024/05/14 ", "2024-05-14T00:00:00Z"},
		{"2024", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := ParseDate(tt.in); ok {
			got = d.Format(time.RFC3339)
		}
		if got != tt.want {
			t.Errorf("ParseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzParseHTML(f *testing.F) {
	f.Add(readTestdata(f, "page.html"))
	f.Add("<p>a<b>b</b><pre> x\n y</pre><table><tr><td>1</td><td>2</td></tr></table>")
	f.Add("<article><ul><li><a>x</a></li></ul></article>")
	f.Fuzz(func(t *testing.T, src string) {
		defer fuzzbudget.Start(t, len(src))()
		a := ParseHTML(src)
		if a.Text != strings.TrimSpace(a.Text) {
			t.Errorf("text not trimmed: %q", a.Text)
		}
		if strings.Contains(a.Text, "\n\n\n") {
			t.Errorf("more than one blank line: %q", a.Text)
		}
	})
}

func FuzzEachJSONL(f *testing.F) {
	f.Add([]byte("{\"text\": \"a\", \"id\": 1}\n{\"text\": \"b\", \"date\": \"2024-01-02\"}\n"))
	f.Add([]byte("{\"text\": \"caf\xe9\"}\r\nnot json\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		defer fuzzbudget.Start(t, len(data))()
		fuzzEach(t, "f.jsonl", data)
	})
}

func FuzzEachCSV(f *testing.F) {
	f.Add([]byte("id,text\n1,\"a\nb\"\n2,c\n"))
	f.Add([]byte("Body,Title\n\"x\"\"y\",\xa3\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		defer fuzzbudget.Start(t, len(data))()
		fuzzEach(t, "f.csv", data)
	})
}

func fuzzEach(t *testing.T, name string, data []byte) {
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	err := Each(context.Background(), Source{Path: p, Size: int64(len(data))}, nil, &Options{MaxBytes: 1 << 16}, func(it Item) error {
		if it.Err != nil {
			if !IsRejection(it.Err) {
				t.Errorf("item error %v is not a rejection", it.Err)
			}
			return nil
		}
		if strings.TrimSpace(it.Doc.Text) == "" || !isValid(it.Doc.Text) || !isValid(it.Doc.Title) || !isValid(it.Doc.Source) {
			t.Errorf("bad document %+v", it.Doc)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
