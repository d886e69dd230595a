package input

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
)

// DefaultMaxBytes is the largest input read when Options.MaxBytes is zero:
// far above any news article, small enough that one runaway file does not
// stall a build.
const DefaultMaxBytes = 8 << 20

// DefaultExtensions are the file name extensions read when walking a
// directory: text, Markdown, JSONL, CSV and HTML, each also gzip-compressed.
var DefaultExtensions = []string{
	".txt", ".md", ".jsonl", ".ndjson", ".csv", ".html", ".htm",
	".txt.gz", ".md.gz", ".jsonl.gz", ".ndjson.gz", ".csv.gz", ".html.gz", ".htm.gz",
}

// Options configures how inputs are found and read. The zero value reads
// the DefaultExtensions, each document at most DefaultMaxBytes, in the
// format its file name says.
type Options struct {
	// MaxBytes is the largest document accepted: a Text or HTML file, a
	// JSONL line, a CSV record. Larger ones are rejected.
	MaxBytes int64
	// Extensions are the file name extensions read when walking a
	// directory (files named explicitly are always read).
	Extensions []string
	// Format, when set, is the format of every input (Text, JSONL, CSV or
	// HTML) instead of the one its name says; standard input is Text
	// unless Format says otherwise.
	Format string
	// CSVHeader, when set, names the columns of every CSV input, whose
	// first record is then data: for files without a header row, such as
	// "class,title,text" for a file of label, headline and text.
	CSVHeader []string
}

func (o *Options) csvHeader() []string {
	if o == nil {
		return nil
	}
	return o.CSVHeader
}

func (o *Options) maxBytes() int64 {
	if o == nil || o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o *Options) exts() []string {
	if o == nil || len(o.Extensions) == 0 {
		return DefaultExtensions
	}
	return o.Extensions
}

// Source is one input to read: a file path, or "-" for standard input.
type Source struct {
	Path string
	Size int64
}

// Expand turns the paths given on a command line into the sorted list of
// files to read: directories are walked recursively for files with one of
// the extensions, hidden files and directories skipped; "-" stands for
// standard input. A path that does not exist is an error.
func Expand(paths []string, opts *Options) ([]Source, error) {
	var out []Source
	exts := opts.exts()
	for _, p := range paths {
		if p == "-" {
			out = append(out, Source{Path: "-"})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("input: %w", err)
		}
		if !info.IsDir() {
			out = append(out, Source{Path: p, Size: info.Size()})
			continue
		}
		var found []Source
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return fmt.Errorf("input: %w", err)
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !d.Type().IsRegular() || !hasExt(name, exts) {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				return fmt.Errorf("input: %w", err)
			}
			found = append(found, Source{Path: path, Size: info.Size()})
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Slice(found, func(i, j int) bool { return found[i].Path < found[j].Path })
		out = append(out, found...)
	}
	return out, nil
}

func hasExt(name string, exts []string) bool {
	lower := strings.ToLower(name)
	for _, e := range exts {
		if strings.HasSuffix(lower, e) {
			return true
		}
	}
	return false
}

// Read reads one source into a Document. stdin is read when the path is
// "-". A *Rejection error means the input is not a usable document; other
// errors are I/O failures.
func Read(src Source, stdin io.Reader, opts *Options) (doc extract.Document, repaired int, err error) {
	max := opts.maxBytes()
	var r io.Reader
	if src.Path == "-" {
		if stdin == nil {
			return doc, 0, &Rejection{"-", "no standard input"}
		}
		r = stdin
	} else {
		if src.Size > max {
			return doc, 0, &Rejection{src.Path, fmt.Sprintf("file too large (%d bytes, the limit is %d; raise it with --max-bytes)", src.Size, max)}
		}
		f, err := os.Open(src.Path)
		if err != nil {
			return doc, 0, fmt.Errorf("input: %w", err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return doc, 0, fmt.Errorf("input: read %s: %w", src.Path, err)
	}
	if int64(len(data)) > max {
		return doc, 0, &Rejection{src.Path, fmt.Sprintf("input too large (more than %d bytes; raise the limit with --max-bytes)", max)}
	}
	text, repaired, err := Decode(src.Path, data)
	if err != nil {
		return doc, 0, err
	}
	return extract.Document{Text: text, Source: src.Path}, repaired, nil
}

// IsRejection reports whether err says an input was rejected (as opposed to
// an I/O failure).
func IsRejection(err error) bool {
	var r *Rejection
	return errors.As(err, &r)
}
