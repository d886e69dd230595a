package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/spf13/pflag"

	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/ingest"
	"github.com/kg-project/kg/graph/unmerge"
	"github.com/kg-project/kg/schema"
)

// buildCmd is `kg build`: extract entities from documents and store them.
type buildCmd struct{ stdin io.Reader }

const buildHelp = `Reads news articles, finds the people, organisations, places and events they
mention and the relations between them, and writes them as quads to a Cayley
store. Directories are read recursively; "-" reads standard input.

Inputs, by file name (a trailing .gz means gzip-compressed):
  .txt .md        one article per file
  .jsonl .ndjson  one article per line: a JSON object with "text" and the
                  optional "id", "title", "url", "date" and "source"
  .csv            one article per record, under a header naming the columns
                  (text or body or content; id, title or headline, url or
                  link, date or published, source); --csv-header names them
                  for files without one
  .html .htm      one web page per file; its main text is found with an HTML
                  parser, navigation and other boilerplate left out
--format gives the format of every input instead (and of standard input,
which is otherwise one text article). A document's date (JSONL or CSV date,
HTML metadata, else --date, else a date line at its top) is the reference
for relative dates in its text. A record's
source is its url, else its source, else file#id, else file:line.

Documents are extracted by --workers goroutines (by default one fewer than
the cores on the embedded store, whose single writer needs a core of its
own; as many as the cores on PostgreSQL) and written in input order, several
per transaction (--batch, --batch-quads); each document is wholly in the
store or not at all. A document already in the store (same text) is skipped,
so building the same input again adds nothing; a changed file becomes a new
document. The store's contents do not depend on --workers. Several kg build
processes may write to one PostgreSQL store at once: each document is stored
once.

Inputs that cannot be read are rejected with a message naming them and the
cause: a path that does not exist, one that is not a regular file (a named
pipe or a device is never opened; only "-" reads a stream), a read error,
an input that is binary (it begins like a PDF, ZIP or Office document, an
image, an archive or a program, or holds a NUL byte), one that is not text
(fewer than 65% of its characters, white space and digits aside, are
letters), one that is empty or larger than --max-bytes, and a document
whose extraction takes longer than --doc-timeout. The others are still
stored, and the exit status is 1. Text that begins with a UTF-16
byte-order mark is decoded as UTF-16; bytes that are not valid UTF-8 are
read as Windows-1252. HTML character references left in plain text, JSONL
and CSV (&amp; &#39; and #39; whose ampersand was lost) become their
characters, and escaped tags (&lt;b&gt;) are dropped.

Symbolic links are followed, in directories too; a link back to a directory
being read (a loop) is skipped. In directories, hidden files and
directories, files of other extensions and files that are not regular are
skipped, each with a message saying why (they do not change the exit
status). --exclude GLOB leaves out the files and directories whose name or
path matches GLOB (path/filepath.Match syntax; repeatable); the summary
counts them. --json lists the first 500 rejections; all are printed and
counted.

Interrupting kg (Ctrl-C or SIGTERM) stops a build within a second, also
while it waits for standard input: the transactions committed stay, the
documents not yet committed are dropped (a document is never half-written),
and building the same inputs again goes on where it stopped.
A write that fails (a full file system, a file size limit, an I/O error)
stops the build with the cause, exit status 1: the batch being written is
not stored, the documents committed before it stay whole, and the store
opens as before.

Memory: kg keeps its heap near --memory-limit (the garbage collector runs
more often as it nears it), and after each transaction it lets go of the
pages of the store file it mapped while writing (they stay in the kernel's
page cache), so its resident set holds what one transaction touched, not
the whole store file.

A progress line (documents/s, ETA) is drawn when standard error is a
terminal. --json prints a summary as JSON on standard output instead of the
summary line. The summary counts the documents read, stored, already in the
store and rejected; the distinct entities the stored documents name (one
named by several documents counts once), their mentions and relations; and
the quads added to the store (with, on a new store, those of kg's
vocabulary graph). On a store built from nothing these are the numbers
'kg stats' gives.

Examples:
  kg build fixtures/articles
  kg build --db news.db ~/corpus/2024 archive.jsonl.gz
  kg build --exclude 'README*' ../shared/data/news-bbc
  kg build --backend postgres --db postgres://kg@localhost/kg?sslmode=disable news/
  curl -s https://example.org/article.txt | kg build -`

func (c buildCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("build", "[flags] PATH... | -", buildHelp, stderr)
	var so storeFlags
	so.register(fs)
	base := fs.String("base", schema.DefaultBase, "base `IRI` of document and entity IRIs")
	maxBytes := fs.Int64("max-bytes", input.DefaultMaxBytes, "largest document accepted (a file, a JSONL line, a CSV record), in `bytes`")
	format := fs.String("format", "", "read every input as `FORMAT`: text, jsonl, csv or html (default: by file name)")
	csvHeader := fs.StringSlice("csv-header", nil, "`NAMES` of the columns of CSV inputs that have no header row, comma-separated (for example class,title,text); their first row is then data")
	exclude := fs.StringArray("exclude", nil, "leave out files and directories whose name or path matches `GLOB` (repeatable; for example --exclude '*.pdf' --exclude drafts)")
	var po pipelineFlags
	po.register(fs)
	workers := fs.IntP("workers", "j", 0, "extraction `goroutines` (default: cores - 1 on bbolt, at least 1; cores on PostgreSQL)")
	batch := fs.Int("batch", ingest.DefaultBatchDocs, "most `documents` written per transaction")
	batchQuads := fs.Int("batch-quads", ingest.DefaultBatchQuads, "most `quads` written per transaction (default: 20,000 on a store of up to 2M quads, then fewer as it grows, down to 5,000, which keeps memory flat)")
	var mem memoryFlag
	mem.register(fs)
	nosync := fs.Bool("nosync", false, "bbolt: skip the fsync after each transaction and sync once at the end (a machine crash during the build may damage the store)")
	quiet := fs.BoolP("quiet", "q", false, "print nothing but errors")
	jsonOut := fs.Bool("json", false, "print the summary as JSON on standard output")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{fmt.Errorf("build: no input; give files, directories or - for standard input")}
	}
	memMB, err := mem.mb("build")
	if err != nil {
		return err
	}
	if err := checkBuildFlags(fs, *workers, *batch, *batchQuads, *format, &po); err != nil {
		return err
	}
	start := time.Now()
	var skipped, excluded int
	inOpts := &input.Options{MaxBytes: *maxBytes, Format: *format, CSVHeader: *csvHeader, Exclude: *exclude, Skipped: func(s input.Skip) {
		if s.Excluded {
			excluded++
			return
		}
		skipped++
		if !*quiet {
			fmt.Fprintf(stderr, "kg build: skipped %s: %s\n", s.Path, s.Reason)
		}
	}}
	srcs, err := input.Expand(fs.Args(), inOpts)
	if err != nil {
		return usageError{fmt.Errorf("build: %s", trimPrefix(err.Error(), "input: "))}
	}
	inOpts.Skipped = nil
	gopts := so.options(true)
	gopts.NoSync = *nosync
	store, err := graph.Open(ctx, so.db, gopts)
	if err != nil {
		return err
	}
	defer store.Close()
	// The relation vocabulary (our predicates' Wikidata equivalents) lives in
	// a graph of its own; writing it again adds nothing.
	vocabAdded, err := store.WriteDocument(ctx, quad.IRI(schema.VocabularyGraph), schema.RelationVocabulary())
	if err != nil {
		return err
	}
	sopts := &schema.Options{Base: *base}
	if po.unmerged, err = unmerge.Decisions(ctx, store, sopts); err != nil {
		return err
	}
	pipe, err := po.pipelineCtx(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("build: interrupted before the first document: %w", err)
		}
		return err
	}

	var total int64
	for _, s := range srcs {
		total += s.Size
	}
	bar := newProgress(stderr, "build", total, len(srcs))
	rep := &buildReporter{stderr: stderr, bar: bar, docTimeout: po.docTimeout}
	opts := ingest.Options{
		Workers: *workers, BatchDocs: *batch, MemoryLimit: mem.limit(memMB),
		Input: inOpts, Stdin: c.stdin, Schema: sopts,
		Report: rep.item,
	}
	if fs.Changed("batch-quads") {
		opts.BatchQuads = *batchQuads
	}
	if bar != nil {
		opts.Progress = func(p ingest.Progress) { bar.update(p.Bytes, p.Items) }
	}
	res, runErr := (&ingest.Builder{Pipeline: pipe, Store: store, Options: opts}).Build(ctx, srcs)
	bar.done()
	if cerr := store.Close(); cerr != nil && runErr == nil {
		runErr = cerr
	}
	sum := newBuildSummary(res, rep, vocabAdded, time.Since(start))
	sum.Skipped, sum.Excluded = skipped, excluded
	sum.Backend = store.Backend()
	if runErr != nil {
		return buildError(ctx, runErr, sum.Stored)
	}
	if err := sum.print(stdout, stderr, *jsonOut, *quiet); err != nil {
		return err
	}
	if sum.Rejected > 0 {
		return errReported
	}
	return nil
}

// checkBuildFlags checks the flags kg build reads as numbers, the input
// format and the publication date.
func checkBuildFlags(fs *pflag.FlagSet, workers, batch, batchQuads int, format string, po *pipelineFlags) error {
	if workers < 0 || batch < 1 || batchQuads < 1 || (fs.Changed("workers") && workers == 0) {
		return usageError{fmt.Errorf("build: --workers, --batch and --batch-quads must be at least 1")}
	}
	if !knownInputFormat(format) {
		return usageError{fmt.Errorf("build: unknown --format %q (have %v)", format, input.Formats)}
	}
	return po.parseDate()
}

// newBuildSummary sums up what the builder did (res), the rejections rep
// saw and the vocabulary quads added, in elapsed time.
func newBuildSummary(res ingest.Summary, rep *buildReporter, vocabAdded int, elapsed time.Duration) buildSummary {
	sum := buildSummary{
		Read: res.Read, Stored: res.Stored, Unchanged: res.Unchanged, Rejected: res.Rejected,
		Entities: res.Entities, Mentions: res.Mentions, Relations: res.Relations,
		Quads: vocabAdded + res.Quads, Rejections: rep.rejections,
	}
	sum.Seconds = elapsed.Seconds()
	sum.WriteSeconds = res.WriteTime.Seconds()
	sum.Workers = res.Workers
	if sum.Seconds > 0 {
		sum.DocsPerSecond = float64(sum.Stored+sum.Unchanged) / sum.Seconds
	}
	if sum.WriteSeconds > 0 {
		sum.WriteQuadsPerSecond = float64(sum.Quads) / sum.WriteSeconds
	}
	return sum
}

// buildError is the error of a build that stopped after stored documents:
// interrupted, or a failed write, whose batch it names.
func buildError(ctx context.Context, runErr error, stored int) error {
	if ctx.Err() != nil {
		return fmt.Errorf("build: interrupted after %d documents: %w", stored, ctx.Err())
	}
	// A write error (a full file system) fails the batch as a whole;
	// those committed before it stay.
	var we *ingest.WriteError
	if errors.As(runErr, &we) {
		runErr = fmt.Errorf("build: %s: %w", we.Batch(), we.Err)
	}
	return fmt.Errorf("%w (stopped: %d documents were stored before this, each whole; building the same inputs again goes on from there)", runErr, stored)
}

// print writes the summary as JSON on stdout (jsonOut), or as one line on
// stderr unless quiet.
func (sum buildSummary) print(stdout, stderr io.Writer, jsonOut, quiet bool) error {
	switch {
	case jsonOut:
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(sum)
	case !quiet:
		var files string
		if sum.Skipped > 0 || sum.Excluded > 0 {
			files = fmt.Sprintf("; %d files skipped, %d excluded", sum.Skipped, sum.Excluded)
		}
		fmt.Fprintf(stderr, "kg build: %d documents read: %d stored, %d already in the store, %d rejected; %d entities, %d mentions, %d relations; %d quads added in %.1fs%s\n",
			sum.Read, sum.Stored, sum.Unchanged, sum.Rejected, sum.Entities, sum.Mentions, sum.Relations, sum.Quads, sum.Seconds, files)
	}
	return nil
}

// buildSummary is what a build did; --json prints it.
type buildSummary struct {
	Read      int `json:"read"`
	Stored    int `json:"stored"`
	Unchanged int `json:"unchanged"`
	Rejected  int `json:"rejected"`
	// Entities is the number of distinct entities (as kg stats counts
	// them) in the documents stored: one named by several documents counts
	// once. Mentions and Relations are summed over those documents (each
	// is its document's own node).
	Entities  int `json:"entities"`
	Mentions  int `json:"mentions"`
	Relations int `json:"relations"`
	// Quads is the number of quads added to the store: the documents', and
	// on a new store those of the vocabulary graph.
	Quads int `json:"quads"`
	// Rejections lists the first maxRejections rejected inputs, in input
	// order; Rejected counts them all.
	Rejections []rejection `json:"rejections"`
	// Skipped counts the files and directories left out of the
	// directories read (other extensions, hidden, not regular files),
	// each reported on stderr; Excluded those --exclude left out.
	Skipped  int `json:"skipped"`
	Excluded int `json:"excluded"`

	Seconds             float64 `json:"seconds"`
	WriteSeconds        float64 `json:"write_seconds"`
	DocsPerSecond       float64 `json:"docs_per_second"`
	WriteQuadsPerSecond float64 `json:"write_quads_per_second"`
	Workers             int     `json:"workers"`
	Backend             string  `json:"backend"`
}

// maxRejections is how many rejections a build summary lists: every
// rejection is printed and counted, but a corpus of millions of bad
// records must not be held in memory.
const maxRejections = 500

type rejection struct {
	Name   string `json:"name"`
	Reason string `json:"reason"`
}

// buildReporter prints what a build reports of each item, and keeps the
// first maxRejections rejections for the summary.
type buildReporter struct {
	stderr     io.Writer
	bar        *progress
	docTimeout time.Duration // for the message of a document that took longer
	rejections []rejection
}

// item prints an item's messages.
func (r *buildReporter) item(it ingest.Item) {
	if it.Rejected != nil {
		msg := trimPrefix(it.Rejected.Error(), "input: ")
		if errors.Is(it.Rejected, pipeline.ErrDocTimeout) {
			msg = fmt.Sprintf("%s: extraction took longer than --doc-timeout %v", it.Name, r.docTimeout)
		}
		r.bar.done()
		fmt.Fprintf(r.stderr, "kg build: rejected %s\n", msg)
		if len(r.rejections) < maxRejections {
			r.rejections = append(r.rejections, rejection{Name: it.Name, Reason: trimPrefix(msg, it.Name+": ")})
		}
		return
	}
	if it.Repaired > 0 {
		r.bar.done()
		fmt.Fprintf(r.stderr, "kg build: %s: %d bytes were not valid UTF-8; read them as Windows-1252\n", it.Name, it.Repaired)
	}
	for _, w := range it.Warnings {
		r.bar.done()
		fmt.Fprintf(r.stderr, "kg build: %s: %s\n", it.Name, w)
	}
}

func trimPrefix(s, p string) string {
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):]
	}
	return s
}
