package input

import (
	"context"
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
	// Exclude are glob patterns (path/filepath.Match syntax) of files and
	// directories to leave out: a pattern matches a file or directory
	// when it matches its name ("*.pdf", "drafts") or its whole path as
	// Expand sees it, the directory given joined with the names below it
	// ("corpus/2024/*/index.html"). Files named on the command line are
	// matched too.
	Exclude []string
	// Skipped, when not nil, is called for each file or directory Expand
	// leaves out, with the reason.
	Skipped func(Skip)
}

// checkExclude reports a malformed Exclude pattern.
func (o *Options) checkExclude() error {
	if o == nil {
		return nil
	}
	for _, pat := range o.Exclude {
		if _, err := filepath.Match(pat, ""); err != nil {
			return fmt.Errorf("input: exclude pattern %q: %w", pat, err)
		}
	}
	return nil
}

// excluded returns the first Exclude pattern that matches path.
func (o *Options) excluded(path string) (string, bool) {
	if o == nil {
		return "", false
	}
	clean, base := filepath.Clean(path), filepath.Base(path)
	if base == "." || base == ".." || clean == "." || clean == ".." {
		return "", false // a directory named by its relation to another, not by a name
	}
	for _, pat := range o.Exclude {
		if ok, _ := filepath.Match(pat, base); ok {
			return pat, true
		}
		if ok, _ := filepath.Match(pat, clean); ok {
			return pat, true
		}
	}
	return "", false
}

func (o *Options) skip(s Skip) {
	if o != nil && o.Skipped != nil {
		o.Skipped(s)
	}
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
	// Err, when not nil, is a *Rejection: the path was named (or found in
	// a directory) but cannot be read as an input, because it does not
	// exist, is not a regular file, or its directory cannot be listed.
	// Each and Read report it as the source's one rejected item.
	Err error
}

// Skip is a file or directory that Expand left out, and why.
type Skip struct {
	Path   string
	Reason string
	// Excluded is set when an Options.Exclude pattern left it out.
	Excluded bool
}

// Expand turns the paths given on a command line into the sorted list of
// files to read. Directories are walked recursively for files with one of
// the extensions; symbolic links are followed (a link to a directory that
// is already being walked, a loop, is skipped); "-" stands for standard
// input. Files and directories whose name or path matches an
// Options.Exclude pattern are left out, as are hidden ones (name starting
// with ".") and, inside directories, files of other extensions and files
// that are not regular (pipes, devices, sockets); each is passed to
// Options.Skipped. A path that cannot be read (it does not exist, it is
// not a regular file or a directory, a directory cannot be listed) is
// returned as a Source with Err set, so that it is reported with the other
// rejected inputs. The error is for a malformed Exclude pattern.
func Expand(paths []string, opts *Options) ([]Source, error) {
	if err := opts.checkExclude(); err != nil {
		return nil, err
	}
	var out []Source
	for _, p := range paths {
		if p == "-" {
			out = append(out, Source{Path: "-"})
			continue
		}
		if pat, ok := opts.excluded(p); ok {
			opts.skip(Skip{Path: p, Reason: "excluded by " + pat, Excluded: true})
			continue
		}
		info, err := os.Stat(p) // follows symbolic links
		switch {
		case err != nil:
			out = append(out, Source{Path: p, Err: &Rejection{p, cause(err)}})
		case info.Mode().IsRegular():
			out = append(out, Source{Path: p, Size: info.Size()})
		case info.IsDir():
			w := walker{opts: opts}
			w.dir(p, info, nil)
			sort.Slice(w.found, func(i, j int) bool { return w.found[i].Path < w.found[j].Path })
			out = append(out, w.found...)
		default:
			out = append(out, Source{Path: p, Err: notRegular(p, info.Mode())})
		}
	}
	return out, nil
}

// walker finds the input files under a directory.
type walker struct {
	opts  *Options
	found []Source
}

// ancestor is a directory being walked, for loop detection.
type ancestor struct {
	path string
	info fs.FileInfo
}

// dir walks the directory path, whose FileInfo (of the directory itself,
// a symbolic link followed) is info, below the directories up.
func (w *walker) dir(path string, info fs.FileInfo, up []ancestor) {
	for _, a := range up {
		if os.SameFile(a.info, info) {
			w.opts.skip(Skip{Path: path, Reason: "symbolic link loop: the directory is " + a.path + ", already being read"})
			return
		}
	}
	up = append(up, ancestor{path, info})
	entries, err := os.ReadDir(path)
	if err != nil {
		// ReadDir returns the entries it read before the error.
		w.found = append(w.found, Source{Path: path, Err: &Rejection{path, "cannot read the directory: " + cause(err)}})
	}
	exts := w.opts.exts()
	for _, e := range entries {
		name := e.Name()
		child := filepath.Join(path, name)
		if pat, ok := w.opts.excluded(child); ok {
			w.opts.skip(Skip{Path: child, Reason: "excluded by " + pat, Excluded: true})
			continue
		}
		if strings.HasPrefix(name, ".") {
			what := "hidden file"
			if e.IsDir() {
				what = "hidden directory"
			}
			w.opts.skip(Skip{Path: child, Reason: what})
			continue
		}
		mode := e.Type()
		var fi fs.FileInfo
		if mode&fs.ModeSymlink != 0 {
			fi, err = os.Stat(child)
			if err != nil {
				if hasExt(name, exts) {
					w.found = append(w.found, Source{Path: child, Err: &Rejection{child, "symbolic link: " + cause(err)}})
				} else {
					w.opts.skip(Skip{Path: child, Reason: "symbolic link that cannot be followed: " + cause(err)})
				}
				continue
			}
			mode = fi.Mode().Type()
		}
		switch {
		case mode.IsDir():
			if fi == nil {
				if fi, err = e.Info(); err != nil {
					w.found = append(w.found, Source{Path: child, Err: &Rejection{child, cause(err)}})
					continue
				}
			}
			w.dir(child, fi, up)
		case !mode.IsRegular():
			w.opts.skip(Skip{Path: child, Reason: "not a regular file (" + FileKind(mode) + ")"})
		case !hasExt(name, exts):
			w.opts.skip(Skip{Path: child, Reason: "not a file type kg reads (" + extOf(name) + "); name it on the command line, with --format if need be, to read it"})
		default:
			if fi == nil {
				if fi, err = e.Info(); err != nil {
					w.found = append(w.found, Source{Path: child, Err: &Rejection{child, cause(err)}})
					continue
				}
			}
			w.found = append(w.found, Source{Path: child, Size: fi.Size()})
		}
	}
}

// cause is what went wrong in an error from the os package, without the
// operation and path it repeats ("no such file or directory",
// "permission denied").
func cause(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err.Error()
	}
	return err.Error()
}

// FileKind names the type of a file that is not regular ("a named pipe",
// "a character device", ...), for messages.
func FileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeIrregular != 0:
		return "an irregular file"
	}
	return "mode " + m.String()
}

// extOf is a file name's extension for messages ("no extension" when it
// has none).
func extOf(name string) string {
	if e := filepath.Ext(name); e != "" {
		return strings.ToLower(e)
	}
	return "no extension"
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

// Read reads one source into a Document, its whole content as text (a
// file's name does not change its format), with HTML's character
// references replaced (see Unescape). stdin is read when the path is
// "-". A *Rejection error means the input is not a usable document (as in
// Each: Source.Err, a file that cannot be opened or read, binary data, too
// few letters); other errors are ctx's.
func Read(ctx context.Context, src Source, stdin io.Reader, opts *Options) (doc extract.Document, repaired int, err error) {
	if err := ctx.Err(); err != nil {
		return doc, 0, err
	}
	if src.Err != nil {
		return doc, 0, src.Err
	}
	max := opts.maxBytes()
	var r io.Reader
	if src.Path == "-" {
		if stdin == nil {
			return doc, 0, &Rejection{"-", "no standard input"}
		}
		r = NewContextReader(ctx, stdin)
	} else {
		if src.Size > max {
			return doc, 0, &Rejection{src.Path, fmt.Sprintf("file too large (%d bytes, the limit is %d; raise it with --max-bytes)", src.Size, max)}
		}
		f, rej := open(src.Path)
		if rej != nil {
			return doc, 0, rej
		}
		defer f.Close()
		r = &checkedReader{ctx: ctx, r: f}
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		if e := ctx.Err(); e != nil {
			return doc, 0, e
		}
		return doc, 0, &Rejection{src.Path, "read: " + cause(err)}
	}
	if int64(len(data)) > max {
		return doc, 0, tooLarge(src.Path, max)
	}
	text, repaired, err := plainText(src.Path, data)
	if err != nil {
		return doc, 0, err
	}
	return extract.Document{Text: text, Source: src.Path}, repaired, nil
}

// tooLarge rejects input name for being over max bytes.
func tooLarge(name string, max int64) *Rejection {
	return &Rejection{name, fmt.Sprintf("input too large (more than %d bytes; raise the limit with --max-bytes)", max)}
}

// plainText decodes data, the plain text of input name (see Decode),
// replaces its character references (Unescape) and checks that it is
// text (checkText). repaired counts the bytes Decode repaired.
func plainText(name string, data []byte) (text string, repaired int, err error) {
	text, repaired, err = Decode(name, data)
	if err != nil {
		return "", 0, err
	}
	text = Unescape(text)
	if rej := checkText(name, text); rej != nil {
		return "", repaired, rej
	}
	return text, repaired, nil
}

// IsRejection reports whether err says an input was rejected (as opposed to
// an I/O failure).
func IsRejection(err error) bool {
	var r *Rejection
	return errors.As(err, &r)
}
