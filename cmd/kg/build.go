package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/graph"
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
read as Windows-1252.

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

// Build defaults: a batch is written when it holds defaultBatchDocs
// documents or defaultBatchQuads quads, whichever comes first (see
// docs/BENCHMARKS.md, "Build throughput and scale").
const (
	defaultBatchDocs  = 128
	defaultBatchQuads = 20_000
)

// defaultWorkers is the number of extraction workers for a machine with
// cores CPUs writing to a store that takes writeConc batches at once. A
// single writer (bbolt) does most of a build's work in one goroutine
// (Cayley's ApplyDeltas and bbolt's commit): it gets a core of its own, as
// the workers would otherwise slow it down more than they add (measured in
// docs/BENCHMARKS.md, "Build throughput and scale").
func defaultWorkers(cores, writeConc int) int {
	if writeConc > 1 || cores < 2 {
		return max(cores, 1)
	}
	return cores - 1
}

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
	batch := fs.Int("batch", defaultBatchDocs, "most `documents` written per transaction")
	batchQuads := fs.Int("batch-quads", defaultBatchQuads, "most `quads` written per transaction (default: 20,000 on a store of up to 2M quads, then fewer as it grows, down to 5,000, which keeps memory flat)")
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
	if *workers < 0 || *batch < 1 || *batchQuads < 1 || (fs.Changed("workers") && *workers == 0) {
		return usageError{fmt.Errorf("build: --workers, --batch and --batch-quads must be at least 1")}
	}
	switch *format {
	case "", input.Text, input.JSONL, input.CSV, input.HTML:
	default:
		return usageError{fmt.Errorf("build: unknown --format %q (have %v)", *format, input.Formats)}
	}
	if err := po.parseDate(); err != nil {
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
	if po.unmerged, err = unmergeDecisions(ctx, store, sopts); err != nil {
		return err
	}
	pipe, err := po.pipelineCtx(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("build: interrupted before the first document: %w", err)
		}
		return err
	}

	if *workers == 0 {
		*workers = defaultWorkers(runtime.NumCPU(), store.WriteConcurrency())
	}
	defer mem.apply(memMB, *workers)()
	b := &builder{
		store: store, pipe: pipe, po: &po, stdin: c.stdin, stderr: stderr,
		inOpts: inOpts, sopts: sopts,
		workers: *workers, batchDocs: *batch, batchQuads: *batchQuads,
		adaptive: !fs.Changed("batch-quads") && store.WriteConcurrency() == 1,
		seed:     maphash.MakeSeed(), entities: map[uint64]struct{}{},
	}
	b.sum.Quads = vocabAdded
	if b.adaptive {
		b.stored = max(store.QuadCount(ctx), 0)
	}
	var total int64
	for _, s := range srcs {
		total += s.Size
	}
	b.bar = newProgress(stderr, "build", total, len(srcs))
	runErr := b.run(ctx, srcs)
	b.bar.done()
	if cerr := store.Close(); cerr != nil && runErr == nil {
		runErr = cerr
	}
	sum := b.sum
	sum.Seconds = time.Since(start).Seconds()
	sum.WriteSeconds = b.writeTime.Seconds()
	sum.Workers = *workers
	sum.Skipped, sum.Excluded = skipped, excluded
	sum.Backend = store.Backend()
	if sum.Seconds > 0 {
		sum.DocsPerSecond = float64(sum.Stored+sum.Unchanged) / sum.Seconds
	}
	if sum.WriteSeconds > 0 {
		sum.WriteQuadsPerSecond = float64(sum.Quads) / sum.WriteSeconds
	}
	if runErr != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("build: interrupted after %d documents: %w", sum.Stored, ctx.Err())
		}
		// A write error (a full file system) fails the batch as a whole;
		// those committed before it stay.
		return fmt.Errorf("%w (stopped: %d documents were stored before this, each whole; building the same inputs again goes on from there)", runErr, sum.Stored)
	}
	switch {
	case *jsonOut:
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sum); err != nil {
			return err
		}
	case !*quiet:
		var files string
		if sum.Skipped > 0 || sum.Excluded > 0 {
			files = fmt.Sprintf("; %d files skipped, %d excluded", sum.Skipped, sum.Excluded)
		}
		fmt.Fprintf(stderr, "kg build: %d documents read: %d stored, %d already in the store, %d rejected; %d entities, %d mentions, %d relations; %d quads added in %.1fs%s\n",
			sum.Read, sum.Stored, sum.Unchanged, sum.Rejected, sum.Entities, sum.Mentions, sum.Relations, sum.Quads, sum.Seconds, files)
	}
	if sum.Rejected > 0 {
		return errReported
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

// builder runs one build: a reader goroutine feeds items in input order to
// extraction workers; the caller's goroutine puts their results back in
// input order, prints their messages and writes them in batches. The
// number of items between the reader and the writer is bounded, so memory
// does not grow with the input.
type builder struct {
	store      *graph.Store
	pipe       *pipeline.Pipeline
	po         *pipelineFlags // for --date
	stdin      io.Reader
	stderr     io.Writer
	inOpts     *input.Options
	sopts      *schema.Options
	workers    int
	batchDocs  int
	batchQuads int
	// adaptive makes the quad bound of a batch shrink as the store grows
	// (see batchQuadsFor); stored is the store's quad count, kept up to
	// date by the writer when adaptive.
	adaptive bool
	stored   int64
	bar      *progress

	mu  sync.Mutex // guards sum and writeTime (PostgreSQL writes from several goroutines)
	sum buildSummary
	// entities holds the hashes (seeded with seed) of the entities of the
	// documents stored, which sum.Entities counts.
	entities  map[uint64]struct{}
	seed      maphash.Seed
	writeTime time.Duration
	bytesRead atomic.Int64
}

// job is one item on its way through the build.
type job struct {
	seq  int
	item input.Item
	done int64 // bytes of the inputs read when the item was

	iri     quad.IRI
	present bool // already in the store when a worker looked
	quads   []quad.Quad
	ents    []uint64 // hashes of the entity IRIs the quads type
	ments   int
	rels    int
	err     error
}

// drainGrace is how long an interrupted build waits for the reader and
// the workers to stop: they stop at their next read or pipeline stage, but
// a stage in progress runs to its end, and the build does not wait for that
// to return.
const drainGrace = 200 * time.Millisecond

func (b *builder) run(parent context.Context, srcs []input.Source) error {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	window := b.batchDocs + 4*b.workers // items read but not yet written
	tokens := make(chan struct{}, window)
	jobs := make(chan *job, b.workers)
	results := make(chan *job, window)

	var readErr error
	go func() { // reader
		defer close(jobs)
		seq := 0
		var doneBytes int64
		for _, src := range srcs {
			err := input.Each(ctx, src, b.stdin, b.inOpts, func(it input.Item) error {
				select {
				case tokens <- struct{}{}:
				case <-ctx.Done():
					return ctx.Err()
				}
				j := &job{seq: seq, item: it, done: doneBytes + min(it.Read, src.Size)}
				seq++
				select {
				case jobs <- j:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			})
			if err != nil {
				readErr = err
				cancel()
				return
			}
			doneBytes += src.Size
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < b.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				b.extract(ctx, j)
				results <- j // never blocks: at most window jobs are out
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	err := b.collect(ctx, results, tokens)
	cancel()
	drained := make(chan struct{})
	go func() {
		for range results { // let the workers finish
		}
		close(drained)
	}()
	if parent.Err() != nil {
		select {
		case <-drained:
		case <-time.After(drainGrace):
			return parent.Err()
		}
		return parent.Err()
	}
	<-drained
	if readErr != nil && (err == nil || errors.Is(err, context.Canceled)) {
		err = readErr
	}
	return err
}

// extract fills in a job: the document's IRI, whether it is stored already,
// and otherwise its quads.
func (b *builder) extract(ctx context.Context, j *job) {
	if j.item.Err != nil || ctx.Err() != nil {
		return
	}
	j.iri = quad.IRI(schema.DocumentIRI(j.item.Doc.Text, b.sopts))
	// A document stored already is not extracted again. The check does not
	// wait for the batch being written (it would stall every worker behind
	// each write); a document it could not check is extracted, and
	// WriteDocuments finds it present.
	has, _, err := b.store.HasDocumentNoWait(ctx, j.iri)
	if err != nil {
		j.err = err
		return
	}
	if has {
		j.present = true
		return
	}
	b.po.setDate(&j.item.Doc)
	res, err := b.pipe.Extract(ctx, j.item.Doc)
	if errors.Is(err, pipeline.ErrDocTimeout) {
		j.item.Err = &input.Rejection{Name: j.item.Name, Reason: fmt.Sprintf("extraction took longer than --doc-timeout %v", b.po.docTimeout)}
		return
	}
	if err != nil {
		j.err = err
		return
	}
	j.quads = schema.Quads(res, b.sopts)
	j.ents = entityHashes(j.quads, b.seed)
	j.ments, j.rels = len(res.Mentions), len(res.Relations)
	j.item.Doc.Text = "" // the quads hold what is kept
}

// collect receives finished jobs, restores input order, reports each item
// and writes documents in batches: in input order on embedded stores, on
// several connections at once on PostgreSQL.
func (b *builder) collect(ctx context.Context, results <-chan *job, tokens <-chan struct{}) error {
	pending := map[int]*job{}
	next := 0
	var batch []*job
	batchQuads := 0
	conc := b.store.WriteConcurrency()
	var writers sync.WaitGroup
	var writeCh chan []*job
	var werr error
	if conc > 1 {
		writeCh = make(chan []*job)
		for i := 0; i < conc; i++ {
			writers.Add(1)
			go func() {
				defer writers.Done()
				for batch := range writeCh {
					if err := b.write(ctx, batch); err != nil {
						b.mu.Lock()
						if werr == nil {
							werr = err
						}
						b.mu.Unlock()
					}
				}
			}()
		}
	}
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		out := batch
		batch, batchQuads = nil, 0
		if conc > 1 {
			b.mu.Lock()
			err := werr
			b.mu.Unlock()
			if err != nil {
				return err
			}
			select {
			case writeCh <- out:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return b.write(ctx, out)
	}
	err := func() error {
		for {
			var j *job
			select {
			case <-ctx.Done():
				return ctx.Err()
			case r, ok := <-results:
				if !ok {
					return flush()
				}
				j = r
			}
			pending[j.seq] = j
			for {
				j, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				<-tokens
				if err := b.report(j); err != nil {
					return err
				}
				if j.item.Err == nil && !j.present {
					batch = append(batch, j)
					batchQuads += len(j.quads)
					if len(batch) >= b.batchDocs || batchQuads >= b.quadBound() {
						if err := flush(); err != nil {
							return err
						}
					}
				}
				b.mu.Lock()
				read := b.sum.Read
				b.mu.Unlock()
				b.bar.update(j.done, read)
			}
		}
	}()
	if writeCh != nil {
		close(writeCh)
		writers.Wait()
		if err == nil {
			err = werr
		}
	}
	return err
}

// Adaptive batches: a bbolt write transaction holds every page it dirties
// in memory until it commits. In a small store the writes of a batch share
// pages; in a large one nearly every write dirties a page of its own, so a
// batch of a given size needs more memory the larger the store. Above
// adaptiveKnee quads the default bound shrinks in proportion to the store,
// down to a quarter of the default (the scale table of docs/BENCHMARKS.md,
// "Build throughput and scale").
const adaptiveKnee = 2_000_000

// batchQuadsFor is the quad bound of a batch written to a store that holds
// stored quads, for a default bound of base.
func batchQuadsFor(base int, stored int64) int {
	if stored <= adaptiveKnee {
		return base
	}
	return max(int(int64(base)*adaptiveKnee/stored), base/4, 1)
}

// quadBound is the quad bound of the batch being formed.
func (b *builder) quadBound() int {
	if !b.adaptive {
		return b.batchQuads
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return batchQuadsFor(b.batchQuads, b.stored)
}

// write stores one batch of documents and counts them.
func (b *builder) write(ctx context.Context, batch []*job) error {
	docs := make([]graph.Document, len(batch))
	for i, j := range batch {
		docs[i] = graph.Document{IRI: j.iri, Quads: j.quads}
	}
	t0 := time.Now()
	res, err := b.store.WriteDocuments(ctx, docs)
	d := time.Since(t0)
	if err != nil {
		return fmt.Errorf("build: %s: %w", batchName(batch), err)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.writeTime += d
	for i, j := range batch {
		if res[i].Present {
			b.sum.Unchanged++
			continue
		}
		b.sum.Stored++
		b.sum.Quads += res[i].Added
		b.stored += int64(res[i].Added)
		for _, h := range j.ents {
			b.entities[h] = struct{}{}
		}
		b.sum.Entities = len(b.entities)
		b.sum.Mentions += j.ments
		b.sum.Relations += j.rels
	}
	return nil
}

// entityHashes returns the hashes of the distinct subjects that quads give
// an entity class (graph.IsEntityClass), as kg stats counts entities. A
// build keeps hashes rather than IRIs: 8 bytes an entity however many
// it meets.
func entityHashes(quads []quad.Quad, seed maphash.Seed) []uint64 {
	var out []uint64
	seen := map[quad.Value]bool{}
	for _, q := range quads {
		if q.Predicate != quad.IRI(schema.Type) || !graph.IsEntityClass(q.Object) || seen[q.Subject] {
			continue
		}
		seen[q.Subject] = true
		out = append(out, maphash.String(seed, q.Subject.String()))
	}
	return out
}

// report prints an item's messages and counts it.
func (b *builder) report(j *job) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.sum.Read++
	it := j.item
	if j.err != nil {
		return j.err
	}
	if it.Err != nil {
		if !input.IsRejection(it.Err) {
			return it.Err
		}
		msg := trimPrefix(it.Err.Error(), "input: ")
		b.bar.done()
		fmt.Fprintf(b.stderr, "kg build: rejected %s\n", msg)
		b.sum.Rejected++
		if len(b.sum.Rejections) < maxRejections {
			b.sum.Rejections = append(b.sum.Rejections, rejection{Name: it.Name, Reason: trimPrefix(msg, it.Name+": ")})
		}
		return nil
	}
	if it.Repaired > 0 {
		b.bar.done()
		fmt.Fprintf(b.stderr, "kg build: %s: %d bytes were not valid UTF-8; read them as Windows-1252\n", it.Name, it.Repaired)
	}
	for _, w := range it.Warnings {
		b.bar.done()
		fmt.Fprintf(b.stderr, "kg build: %s: %s\n", it.Name, w)
	}
	if j.present {
		b.sum.Unchanged++
	}
	return nil
}

func batchName(batch []*job) string {
	if len(batch) == 1 {
		return batch[0].item.Name
	}
	return fmt.Sprintf("%s ... %s", batch[0].item.Name, batch[len(batch)-1].item.Name)
}

func trimPrefix(s, p string) string {
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):]
	}
	return s
}
