package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kg-project/kg/extract"
)

// Formats of input files.
const (
	// Text is one document per file: the whole file is its text.
	Text = "text"
	// JSONL is one article per line, a JSON object with the fields id,
	// title, text, url, date and source (only text is required).
	JSONL = "jsonl"
	// CSV is one article per record under a header row that names the
	// columns (id, title, text, url, date, source; see CSVColumns).
	CSV = "csv"
	// HTML is one web page per file; ParseHTML finds the article in it.
	HTML = "html"
)

// Formats lists the input formats, for flag help.
var Formats = []string{Text, JSONL, CSV, HTML}

// CSVColumns maps the header names a CSV file may use (lower-cased) to the
// article field they hold.
var CSVColumns = map[string]string{
	"id": "id", "title": "title", "headline": "title", "text": "text", "body": "text",
	"content": "text", "article": "text", "url": "url", "link": "url", "date": "date",
	"published": "date", "pubdate": "date", "datetime": "date", "source": "source",
}

// FormatOf returns the format of a file from its name (case-insensitive):
// .jsonl and .ndjson are JSONL, .csv CSV, .html, .htm and .xhtml HTML, and
// anything else Text. A trailing .gz means gzip-compressed.
func FormatOf(name string) (format string, gzipped bool) {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".gz") {
		gzipped = true
		lower = strings.TrimSuffix(lower, ".gz")
	}
	switch filepath.Ext(lower) {
	case ".jsonl", ".ndjson":
		return JSONL, gzipped
	case ".csv":
		return CSV, gzipped
	case ".html", ".htm", ".xhtml":
		return HTML, gzipped
	}
	return Text, gzipped
}

// Item is one document read from a source, or the reason a part of the
// source could not be read as one.
type Item struct {
	// Doc is the document; its Source is where it came from: the file
	// path, or for a record of a JSONL or CSV file its url, else its
	// source field, else "path#id", else "path:line".
	Doc extract.Document
	// Name names the item in messages: the path, with ":line" for a
	// record.
	Name string
	// Repaired counts the bytes that were not valid UTF-8 and were read as
	// Windows-1252.
	Repaired int
	// Warnings are problems that did not stop the document from being
	// read (a date that could not be understood).
	Warnings []string
	// Err, when not nil, is a *Rejection: this item is not a document.
	Err error
	// Read is the number of bytes of the source (as stored: compressed for
	// gzip) read so far, for progress reports; reading is buffered, so it
	// runs a little ahead of the item.
	Read int64
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// Each reads the documents of one source in order and calls fn for each,
// including rejected ones (with Item.Err set). Standard input ("-") is read
// from stdin. The format is opts.Format, else the one FormatOf gives for
// the path (standard input: Text). Files ending in .gz are decompressed.
// MaxBytes limits each document: a whole Text or HTML file (after
// decompression), one JSONL line, one CSV record. A source that cannot be
// read (Source.Err, a file that cannot be opened or read, data that cannot
// be parsed at all) is passed to fn as a rejected Item with the cause.
// Each returns the error fn returns, or ctx's error when ctx is done: it
// stops reading then, also in the middle of a read from standard input
// that is waiting for data.
func Each(ctx context.Context, src Source, stdin io.Reader, opts *Options, fn func(Item) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	max := opts.maxBytes()
	format, gz := FormatOf(src.Path)
	if src.Path == "-" {
		format, gz = Text, false
	}
	if opts != nil && opts.Format != "" {
		format = opts.Format
	}
	var r io.Reader
	counter := &countingReader{}
	inner := fn
	fn = func(it Item) error {
		it.Read = counter.n
		return inner(it)
	}
	if src.Err != nil {
		return fn(Item{Name: src.Path, Err: src.Err})
	}
	if src.Path == "-" {
		if stdin == nil {
			return fn(Item{Name: "-", Err: &Rejection{"-", "no standard input"}})
		}
		r = NewContextReader(ctx, stdin)
	} else {
		if !gz && (format == Text || format == HTML) && src.Size > max {
			return fn(Item{Name: src.Path, Err: &Rejection{src.Path, fmt.Sprintf("file too large (%d bytes, the limit is %d; raise it with --max-bytes)", src.Size, max)}})
		}
		f, rej := open(src.Path)
		if rej != nil {
			return fn(Item{Name: src.Path, Err: rej})
		}
		defer f.Close()
		r = &checkedReader{ctx: ctx, r: f}
	}
	counter.r = r
	r = counter
	if gz {
		br := bufio.NewReaderSize(r, 64<<10)
		zr, err := gzip.NewReader(br)
		if err != nil {
			if e := ctx.Err(); e != nil {
				return e
			}
			if errors.Is(err, gzip.ErrHeader) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return fn(Item{Name: src.Path, Err: &Rejection{src.Path, "not gzip data"}})
			}
			return fn(Item{Name: src.Path, Err: &Rejection{src.Path, "read: " + cause(err)}})
		}
		defer zr.Close()
		r = zr
	}
	var err error
	switch format {
	case Text, HTML:
		err = eachFile(src.Path, r, gz, format, max, fn)
	case JSONL:
		err = eachJSONL(src.Path, r, gz, max, fn)
	case CSV:
		err = eachCSV(src.Path, r, gz, max, opts.csvHeader(), fn)
	default:
		return fmt.Errorf("input: unknown format %q (have %v)", format, Formats)
	}
	if e := ctx.Err(); e != nil {
		return e
	}
	return err
}

// open opens a file named by a Source for reading. A file that is not
// regular is not read (it may have become a named pipe since Expand looked;
// opening one for reading waits for a writer, so it is opened without
// waiting, where the system allows, and checked once open); an error is a
// rejection with its cause.
func open(path string) (*os.File, *Rejection) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, &Rejection{path, cause(err)}
	}
	if !info.Mode().IsRegular() {
		return nil, notRegular(path, info.Mode())
	}
	f, err := openNoWait(path)
	if err != nil {
		return nil, &Rejection{path, "cannot open: " + cause(err)}
	}
	if info, err = f.Stat(); err != nil || !info.Mode().IsRegular() {
		f.Close()
		if err != nil {
			return nil, &Rejection{path, cause(err)}
		}
		return nil, notRegular(path, info.Mode())
	}
	return f, nil
}

func notRegular(path string, m fs.FileMode) *Rejection {
	return &Rejection{path, "not a regular file (" + FileKind(m) + "); only - reads a stream"}
}

// readErr turns an error reading name into a rejection: corrupt gzip data,
// or the read error's cause. A done context is passed on as an I/O error, so
// that the caller stops.
func readErr(name string, gz bool, err error) (rej *Rejection, ioErr error) {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return nil, err
	}
	if gz && (errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) || errors.Is(err, io.ErrUnexpectedEOF) || strings.HasPrefix(err.Error(), "flate:")) {
		return &Rejection{name, "corrupt gzip data: " + err.Error()}, nil
	}
	return &Rejection{name, "read: " + cause(err)}, nil
}

func eachFile(name string, r io.Reader, gz bool, format string, max int64, fn func(Item) error) error {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		rej, ioErr := readErr(name, gz, err)
		if ioErr != nil {
			return ioErr
		}
		return fn(Item{Name: name, Err: rej})
	}
	if int64(len(data)) > max {
		return fn(Item{Name: name, Err: tooLarge(name, max)})
	}
	if format != HTML {
		text, repaired, err := plainText(name, data)
		if err != nil {
			return fn(Item{Name: name, Repaired: repaired, Err: err})
		}
		return fn(Item{Name: name, Repaired: repaired, Doc: extract.Document{Text: text, Source: name}})
	}
	text, repaired, err := Decode(name, data)
	if err != nil {
		return fn(Item{Name: name, Err: err})
	}
	a := ParseHTML(text)
	if strings.TrimSpace(a.Text) == "" {
		return fn(Item{Name: name, Repaired: repaired, Err: &Rejection{name, "no article text found in the HTML"}})
	}
	if rej := checkText(name, a.Text); rej != nil {
		return fn(Item{Name: name, Repaired: repaired, Err: rej})
	}
	it := Item{Name: name, Repaired: repaired, Doc: extract.Document{Text: a.Text, Title: a.Title, Source: name, Date: a.Date}}
	if a.URL != "" && (strings.HasPrefix(a.URL, "http://") || strings.HasPrefix(a.URL, "https://")) {
		it.Doc.Source = a.URL
	}
	return fn(it)
}

// record is one article of a JSONL or CSV file.
type record struct {
	ID     json.RawMessage `json:"id"`
	Title  string          `json:"title"`
	Text   string          `json:"text"`
	URL    string          `json:"url"`
	Date   string          `json:"date"`
	Source string          `json:"source"`
}

// item turns a record into an Item named name (path:line).
func (rec *record) item(path, name, id string, repaired int) Item {
	it := Item{Name: name, Repaired: repaired}
	if strings.TrimSpace(rec.Text) == "" {
		it.Err = &Rejection{name, "no text"}
		return it
	}
	text := Unescape(rec.Text)
	if rej := checkText(name, text); rej != nil {
		it.Err = rej
		return it
	}
	doc := extract.Document{Text: text, Title: collapse(Unescape(rec.Title))}
	switch {
	case strings.TrimSpace(rec.URL) != "":
		doc.Source = strings.TrimSpace(rec.URL)
	case strings.TrimSpace(rec.Source) != "":
		doc.Source = strings.TrimSpace(rec.Source)
	case id != "":
		doc.Source = path + "#" + id
	default:
		doc.Source = name
	}
	if strings.TrimSpace(rec.Date) != "" {
		if t, ok := ParseDate(rec.Date); ok {
			doc.Date = t
		} else {
			it.Warnings = append(it.Warnings, fmt.Sprintf("date %q not understood; read without a date", rec.Date))
		}
	}
	it.Doc = doc
	return it
}

func eachJSONL(path string, r io.Reader, gz bool, max int64, fn func(Item) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var line []byte
	for n := 1; ; n++ {
		var tooLong bool
		var err error
		line, tooLong, err = readLine(br, line[:0], max)
		if err != nil && err != io.EOF {
			rej, ioErr := readErr(path, gz, err)
			if ioErr != nil {
				return ioErr
			}
			return fn(Item{Name: path, Err: rej})
		}
		name := path + ":" + strconv.Itoa(n)
		switch {
		case tooLong:
			if ferr := fn(Item{Name: name, Err: &Rejection{name, fmt.Sprintf("record too large (more than %d bytes; raise the limit with --max-bytes)", max)}}); ferr != nil {
				return ferr
			}
		case len(bytes.TrimSpace(line)) > 0:
			if ferr := fn(jsonItem(path, name, line)); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

func jsonItem(path, name string, line []byte) Item {
	text, repaired, err := Decode(name, line)
	if err != nil {
		var rej *Rejection
		if errors.As(err, &rej) {
			rej.Reason = strings.Replace(rej.Reason, "binary file", "binary data", 1)
		}
		return Item{Name: name, Err: err}
	}
	var rec record
	if err := json.Unmarshal([]byte(text), &rec); err != nil {
		return Item{Name: name, Repaired: repaired, Err: &Rejection{name, "not a JSON object with string fields: " + strings.TrimPrefix(err.Error(), "json: ")}}
	}
	id := ""
	if len(rec.ID) > 0 && string(rec.ID) != "null" {
		var s string
		if json.Unmarshal(rec.ID, &s) == nil {
			id = s
		} else {
			id = string(rec.ID)
		}
	}
	return rec.item(path, name, id, repaired)
}

// readLine appends the next line of br (without its end of line) to buf.
// A line longer than max is skipped to its end and reported as tooLong.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			buf = append(buf, chunk...)
			if int64(len(buf)) > max+2 { // room for \r\n
				tooLong = true
				buf = buf[:0]
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		if err == io.EOF && len(buf) == 0 && !tooLong {
			return buf, false, io.EOF
		}
		return buf, tooLong, err
	}
}

// eachCSV reads a CSV file whose first record names the columns, or whose
// columns header names if it is not empty.
func eachCSV(path string, r io.Reader, gz bool, max int64, header []string, fn func(Item) error) error {
	cr := csv.NewReader(bufio.NewReaderSize(r, 64<<10))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	given := len(header) > 0
	if !given {
		var err error
		header, err = cr.Read()
		if err == io.EOF {
			return fn(Item{Name: path, Err: &Rejection{path, "empty file"}})
		}
		if err != nil {
			return csvError(path, gz, err, fn)
		}
	}
	cols := map[string]int{}
	var names []string
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))
		names = append(names, h)
		if f, ok := CSVColumns[h]; ok {
			if _, dup := cols[f]; !dup {
				cols[f] = i
			}
		}
	}
	if _, ok := cols["text"]; !ok {
		what := "the CSV header"
		if given {
			what = "the given CSV header"
		}
		return fn(Item{Name: path, Err: &Rejection{path, fmt.Sprintf("no text column in %s (have %s; want one of text, body, content, article)", what, strings.Join(names, ", "))}})
	}
	for n := 0; ; n++ {
		fields, err := cr.Read()
		if err == io.EOF && n == 0 && given {
			return fn(Item{Name: path, Err: &Rejection{path, "empty file"}})
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return csvError(path, gz, err, fn)
		}
		line, _ := cr.FieldPos(0)
		name := path + ":" + strconv.Itoa(line)
		size := 0
		for _, f := range fields {
			size += len(f)
		}
		if int64(size) > max {
			if err := fn(Item{Name: name, Err: &Rejection{name, fmt.Sprintf("record too large (%d bytes, the limit is %d; raise it with --max-bytes)", size, max)}}); err != nil {
				return err
			}
			continue
		}
		if err := fn(csvItem(path, name, fields, cols)); err != nil {
			return err
		}
	}
}

func csvItem(path, name string, fields []string, cols map[string]int) Item {
	get := func(f string) string {
		if i, ok := cols[f]; ok && i < len(fields) {
			return fields[i]
		}
		return ""
	}
	var rec record
	repaired := 0
	for _, f := range []struct {
		dst  *string
		name string
	}{{&rec.Title, "title"}, {&rec.Text, "text"}, {&rec.URL, "url"}, {&rec.Date, "date"}, {&rec.Source, "source"}} {
		v := get(f.name)
		if strings.IndexByte(v, 0) >= 0 {
			return Item{Name: name, Err: &Rejection{name, "binary data (NUL byte)"}}
		}
		if b := []byte(v); !isUTF8(b) {
			out, n := repair(nil, b)
			v = string(out)
			repaired += n
		}
		*f.dst = v
	}
	id := strings.TrimSpace(get("id"))
	if !isUTF8([]byte(id)) {
		out, _ := repair(nil, []byte(id))
		id = string(out)
	}
	return rec.item(path, name, id, repaired)
}

func csvError(path string, gz bool, err error, fn func(Item) error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		name := path + ":" + strconv.Itoa(pe.Line)
		return fn(Item{Name: name, Err: &Rejection{name, "malformed CSV: " + pe.Err.Error() + "; the rest of the file is not read"}})
	}
	rej, ioErr := readErr(path, gz, err)
	if ioErr != nil {
		return ioErr
	}
	return fn(Item{Name: path, Err: rej})
}
