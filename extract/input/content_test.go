package input

import (
	"bytes"
	"context"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/shareddata"
)

// randomText is n random bytes without NUL (seeded: the same every run).
func randomText(n int) []byte {
	r := rand.New(rand.NewSource(1))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(1 + r.Intn(255))
	}
	return b
}

func utf16Bytes(s string, bigEndian bool) []byte {
	out := []byte{0xFF, 0xFE}
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	}
	for _, r := range s {
		var units []uint16
		if r >= 0x10000 {
			r -= 0x10000
			units = []uint16{uint16(0xD800 + r>>10), uint16(0xDC00 + r&0x3FF)}
		} else {
			units = []uint16{uint16(r)}
		}
		for _, u := range units {
			if bigEndian {
				out = append(out, byte(u>>8), byte(u))
			} else {
				out = append(out, byte(u), byte(u>>8))
			}
		}
	}
	return out
}

// TestContent reads files whose content is text in another encoding, or
// not text, through Each: UTF-16 is decoded, and binary formats and
// random bytes are rejected with the reason.
func TestContent(t *testing.T) {
	article := "Angela Merkel met Emmanuel Macron in Berlin on Tuesday, and they spoke about Europe’s future. “Good talks,” she said. 🇪🇺"
	tests := []struct {
		name string
		data []byte
		want string // the text, or "rejected: reason"
	}{
		{name: "utf-16le with bom", data: utf16Bytes(article, false), want: article},
		{name: "utf-16be with bom", data: utf16Bytes(article, true), want: article},
		{name: "utf-16le odd length", data: append(utf16Bytes("Odd", false), 'x'), want: "Odd\uFFFD"},
		{name: "utf-16 empty", data: utf16Bytes(" \n", false), want: "rejected: empty file"},
		{name: "utf-16 with nul", data: utf16Bytes("ab\x00c", false), want: "rejected: binary file (NUL character in its UTF-16 text, at byte 6)"},
		{name: "pdf without nul", data: []byte("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj << /Type /Catalog >> endobj\n" + article), want: "rejected: binary file (a PDF document)"},
		{name: "office document", data: []byte("PK\x03\x04\x14\x00\x06\x00word/document.xml"), want: "rejected: binary file (a ZIP archive or an Office, OpenDocument or EPUB document)"},
		{name: "old office document", data: []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), want: "rejected: binary file (an old Microsoft Office document)"},
		{name: "gzip without .gz", data: []byte("\x1F\x8B\x08\x00rest"), want: "rejected: binary file (gzip-compressed data; name the file .gz to read it)"},
		{name: "png", data: []byte("\x89PNG\r\n\x1A\nrest"), want: "rejected: binary file (a PNG image)"},
		{name: "jpeg", data: []byte("\xFF\xD8\xFF\xE0rest"), want: "rejected: binary file (a JPEG image)"},
		{name: "gif", data: []byte("GIF89a rest"), want: "rejected: binary file (a GIF image)"},
		{name: "elf", data: []byte("\x7FELF\x02\x01\x01rest"), want: "rejected: binary file (an ELF executable)"},
		{name: "bzip2", data: []byte("BZh91AY&SYrest"), want: "rejected: binary file (bzip2-compressed data)"},
		{name: "word starting BZh", data: []byte("BZh is not bzip2. " + article), want: "BZh is not bzip2. " + article},
		{name: "random bytes without nul", data: randomText(1 << 20), want: "rejected: not text: 54% of its characters (white space and digits aside) are letters; text has at least 65%"},
		{name: "numbers table", data: []byte(strings.Repeat("2024-05-14 | 1,234.56 | +0.25% | 7,890 |\n", 10)), want: "rejected: not text: 0% of its characters (white space and digits aside) are letters; text has at least 65%"},
		{name: "short numbers", data: []byte("Final score: 2-1 (1-0)"), want: "Final score: 2-1 (1-0)"},
		{name: "plain article", data: []byte(article), want: article},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".txt")
			if err := os.WriteFile(p, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			var got []string
			err := Each(context.Background(), Source{Path: p, Size: int64(len(tt.data))}, nil, nil, func(it Item) error {
				if it.Err != nil {
					got = append(got, "rejected: "+strings.TrimPrefix(it.Err.Error(), "input: "+p+": "))
				} else {
					got = append(got, it.Doc.Text)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("Each = %q, want %q", got, tt.want)
			}
			// Read, which kg extract uses, says the same.
			doc, _, err := Read(context.Background(), Source{Path: p, Size: int64(len(tt.data))}, nil, nil)
			if strings.HasPrefix(tt.want, "rejected: ") {
				if err == nil || !IsRejection(err) || !strings.HasSuffix(err.Error(), strings.TrimPrefix(tt.want, "rejected: ")) {
					t.Errorf("Read = %v, want %q", err, tt.want)
				}
			} else if err != nil || doc.Text != tt.want {
				t.Errorf("Read = %q, %v; want %q", doc.Text, err, tt.want)
			}
		})
	}
}

// TestRecordLetters rejects a JSONL record whose text has too few letters.
func TestRecordLetters(t *testing.T) {
	line := `{"text": "` + strings.Repeat("12,345 | 67.8% | -1.5 | ", 10) + `"}`
	it := jsonItem("f.jsonl", "f.jsonl:1", []byte(line))
	if it.Err == nil || !strings.Contains(it.Err.Error(), "not text: 0% of its characters") {
		t.Errorf("record of numbers: %v", it.Err)
	}
}

// TestNewsIsText reads the news texts of ../shared/data (BBC, PolNeAR, AG
// News), the fixtures and the seed article: none is rejected. They are the
// data MinLetterShare was chosen on.
func TestNewsIsText(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every article of the shared corpora; runs without -short")
	}
	root := shareddata.RepoRoot(t)
	paths := []string{
		shareddata.Path(t, "news-bbc/bbc"),
		shareddata.Path(t, "polnear/train/text"),
		shareddata.Path(t, "polnear/dev/text"),
		shareddata.Shared(t, "seed"),
		filepath.Join(root, "fixtures", "articles"),
	}
	srcs, err := Expand(paths, nil)
	if err != nil {
		t.Fatal(err)
	}
	ag := shareddata.Path(t, "news-agnews/test.csv")
	srcs = append(srcs, Source{Path: ag})
	docs := 0
	for _, src := range srcs {
		opts := &Options{}
		if src.Path == ag {
			opts.CSVHeader = []string{"class", "title", "text"}
		}
		err := Each(context.Background(), src, nil, opts, func(it Item) error {
			if it.Err != nil {
				t.Errorf("rejected: %v", it.Err)
			}
			docs++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if docs < 2225+924+7600 {
		t.Errorf("read %d documents, want at least %d", docs, 2225+924+7600)
	}
}

func TestSniff(t *testing.T) {
	for _, s := range signatures {
		data := bytes.Repeat([]byte{' '}, s.offset)
		data = append(data, s.magic...)
		if s.magic == "BZh" {
			data = append(data, "91AY&SY"...)
		}
		if got := Sniff(data); got != s.kind {
			t.Errorf("Sniff(%q) = %q, want %q", data, got, s.kind)
		}
	}
	if got := Sniff([]byte("Plain news text.")); got != "" {
		t.Errorf("Sniff(text) = %q", got)
	}
}
