package ingest

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"runtime"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// Extractor turns a document into what it says; *pipeline.Pipeline is
// one. Build calls it from several goroutines at once.
type Extractor interface {
	Extract(ctx context.Context, doc extract.Document) (*extract.Result, error)
}

// Store is the part of a store Build uses; *graph.Store is one.
type Store interface {
	// HasDocumentNoWait reports whether the document is stored, without
	// waiting for a write in progress (checked is false then).
	HasDocumentNoWait(ctx context.Context, doc quad.IRI) (has, checked bool, err error)
	// WriteDocuments writes documents in one transaction.
	WriteDocuments(ctx context.Context, docs []graph.Document) ([]graph.DocumentResult, error)
	// WriteConcurrency is the number of WriteDocuments calls the store
	// takes at once.
	WriteConcurrency() int
	// QuadCount is the number of quads stored, or a negative number when
	// it is not known.
	QuadCount(ctx context.Context) int64
}

// Default batch bounds: a batch is written when it holds DefaultBatchDocs
// documents or DefaultBatchQuads quads, whichever comes first (see
// docs/BENCHMARKS.md, "Build throughput and scale").
const (
	DefaultBatchDocs  = 128
	DefaultBatchQuads = 20_000
)

// Options configures a Builder. The zero value means the defaults each
// field states.
type Options struct {
	// Workers is the number of extraction goroutines; 0 means
	// DefaultWorkers(runtime.NumCPU(), Store.WriteConcurrency()).
	Workers int
	// BatchDocs is the most documents written in one transaction; 0
	// means DefaultBatchDocs.
	BatchDocs int
	// BatchQuads is the most quads written in one transaction. 0 means
	// DefaultBatchQuads, and on a store with a single writer (bbolt)
	// fewer as the store grows beyond 2M quads, down to a quarter of it,
	// which keeps a transaction's memory flat; a value given is used
	// as is.
	BatchQuads int
	// MemoryLimit is the soft heap limit, in bytes, that Build sets for
	// the runtime while it runs (the garbage collector works to keep the
	// heap under it). 0 means DefaultMemoryLimit(Workers), or when
	// GOMEMLIMIT is set in the environment the runtime's limit; a negative
	// value leaves the runtime's limit alone.
	MemoryLimit int64
	// Input says how sources are read (formats, size limit); nil means
	// package input's defaults.
	Input *input.Options
	// Stdin is read for the source "-"; nil means it has nothing to read.
	Stdin io.Reader
	// Schema says how IRIs are made; nil means package schema's defaults.
	Schema *schema.Options
	// Report, when not nil, is called for each item read, in input order,
	// from one goroutine at a time; nil reports nothing.
	Report func(Item)
	// Progress, when not nil, is called after each item read, in input
	// order, from the goroutine that calls Report; nil reports nothing.
	Progress func(Progress)
}

// Item is what Build reports of one item read: a document, or an input
// that is not one.
type Item struct {
	// Name names the item in messages: its path, with ":line" for a
	// record of a JSONL or CSV file.
	Name string
	// Rejected, when not nil, is why the item is not stored: an
	// *input.Rejection (input.IsRejection), or an error matching
	// pipeline.ErrDocTimeout for a document whose extraction took longer
	// than the pipeline allows.
	Rejected error
	// Repaired counts the bytes that were not valid UTF-8 and were read
	// as Windows-1252.
	Repaired int
	// Warnings are problems that did not stop the document from being
	// read.
	Warnings []string
	// Present reports that the document was in the store already, so it
	// was not extracted again.
	Present bool
}

// Progress is how far a build has got.
type Progress struct {
	// Bytes is the number of bytes of the sources read, as stored
	// (compressed for gzip); Items the number of items read.
	Bytes int64
	Items int
}

// Summary is what a build did.
type Summary struct {
	// Read counts the items read; Stored the documents written, Unchanged
	// those that were in the store already and Rejected the items not
	// stored.
	Read, Stored, Unchanged, Rejected int
	// Entities is the number of distinct entities (as graph's statistics
	// count them) in the documents stored: one named by several documents
	// counts once. Mentions and Relations are summed over those documents.
	Entities, Mentions, Relations int
	// Quads is the number of quads added to the store.
	Quads int
	// WriteTime is the time spent in Store.WriteDocuments.
	WriteTime time.Duration
	// Workers is the number of extraction goroutines used.
	Workers int
}

// WriteError is the error of a batch that could not be written: none of
// its documents is stored, and those of the batches before it are, each
// whole.
type WriteError struct {
	// First and Last name the batch's first and last items.
	First, Last string
	Err         error
}

// Error says which batch failed and why.
func (e *WriteError) Error() string { return fmt.Sprintf("ingest: write %s: %v", e.Batch(), e.Err) }

// Unwrap returns the store's error.
func (e *WriteError) Unwrap() error { return e.Err }

// Batch names the batch: its one item's name, or "FIRST ... LAST".
func (e *WriteError) Batch() string {
	if e.First == e.Last {
		return e.First
	}
	return fmt.Sprintf("%s ... %s", e.First, e.Last)
}

// Builder writes documents to a store. Its fields must be set before
// Build and not changed while it runs.
type Builder struct {
	// Pipeline extracts the documents.
	Pipeline Extractor
	// Store receives their quads.
	Store   Store
	Options Options
}

// DefaultWorkers is the number of extraction workers for a machine with
// cores CPUs writing to a store that takes writeConc batches at once. A
// single writer (bbolt) does most of a build's work in one goroutine
// (Cayley's ApplyDeltas and bbolt's commit): it gets a core of its own, as
// the workers would otherwise slow it down more than they add (measured in
// docs/BENCHMARKS.md, "Build throughput and scale").
func DefaultWorkers(cores, writeConc int) int {
	if writeConc > 1 || cores < 2 {
		return max(cores, 1)
	}
	return cores - 1
}

// Build reads the sources in order, extracts their documents and writes
// them to the store. It returns what it did, also with an error: a read
// or extraction error that is not a rejection, a *WriteError, or ctx's
// error when ctx is done. When ctx is done Build returns soon (within
// drainGrace), leaving a pipeline stage in progress to end on its own;
// the batches written stay, the others are dropped.
func (b *Builder) Build(ctx context.Context, srcs []input.Source) (Summary, error) {
	if b.Pipeline == nil || b.Store == nil {
		return Summary{}, errors.New("ingest: Builder needs a Pipeline and a Store")
	}
	o := b.Options
	if o.Workers < 0 || o.BatchDocs < 0 || o.BatchQuads < 0 {
		return Summary{}, fmt.Errorf("ingest: negative Workers, BatchDocs or BatchQuads (%d, %d, %d)", o.Workers, o.BatchDocs, o.BatchQuads)
	}
	conc := b.Store.WriteConcurrency()
	r := &run{
		Builder: b, opts: o, conc: conc,
		adaptive: o.BatchQuads == 0 && conc == 1,
		seed:     maphash.MakeSeed(), entities: map[uint64]struct{}{},
	}
	if r.opts.Workers == 0 {
		r.opts.Workers = DefaultWorkers(runtime.NumCPU(), conc)
	}
	if r.opts.BatchDocs == 0 {
		r.opts.BatchDocs = DefaultBatchDocs
	}
	if r.opts.BatchQuads == 0 {
		r.opts.BatchQuads = DefaultBatchQuads
	}
	if r.adaptive {
		r.stored = max(b.Store.QuadCount(ctx), 0)
	}
	defer SetMemoryLimit(o.MemoryLimit, r.opts.Workers)()
	err := r.run(ctx, srcs)
	sum := r.sum
	sum.Entities = len(r.entities)
	sum.WriteTime = r.writeTime
	sum.Workers = r.opts.Workers
	return sum, err
}
