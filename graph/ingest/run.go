package ingest

import (
	"context"
	"errors"
	"hash/maphash"
	"sync"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// run is one build: a reader goroutine feeds items in input order to
// extraction workers; the collecting goroutine puts their results back in
// input order, reports each item and writes them in batches. The number
// of items between the reader and the writer is bounded, so memory does
// not grow with the input.
type run struct {
	*Builder
	opts Options // with the defaults filled in
	conc int     // the store's write concurrency
	// adaptive makes the quad bound of a batch shrink as the store grows
	// (see batchQuadsFor); stored is the store's quad count, kept up to
	// date by the writer when adaptive.
	adaptive bool
	stored   int64

	mu  sync.Mutex // guards sum, entities, stored and writeTime (PostgreSQL writes from several goroutines)
	sum Summary
	// entities holds the hashes (seeded with seed) of the entities of the
	// documents stored, which sum.Entities counts.
	entities  map[uint64]struct{}
	seed      maphash.Seed
	writeTime time.Duration
}

// job is one item on its way through the build.
type job struct {
	seq  int
	item input.Item
	done int64 // bytes of the inputs read when the item was

	iri     quad.IRI
	present bool // already in the store when a worker looked
	timeout error
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

func (r *run) run(parent context.Context, srcs []input.Source) error {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	workers := r.opts.Workers
	window := r.opts.BatchDocs + 4*workers // items read but not yet written
	tokens := make(chan struct{}, window)
	jobs := make(chan *job, workers)
	results := make(chan *job, window)

	var readErr error
	go func() { // reader
		defer close(jobs)
		seq := 0
		var doneBytes int64
		for _, src := range srcs {
			err := input.Each(ctx, src, r.opts.Stdin, r.opts.Input, func(it input.Item) error {
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
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r.extract(ctx, j)
				results <- j // never blocks: at most window jobs are out
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	err := r.collect(ctx, results, tokens)
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
func (r *run) extract(ctx context.Context, j *job) {
	if j.item.Err != nil || ctx.Err() != nil {
		return
	}
	j.iri = quad.IRI(schema.DocumentIRI(j.item.Doc.Text, r.opts.Schema))
	// A document stored already is not extracted again. The check does not
	// wait for the batch being written (it would stall every worker behind
	// each write); a document it could not check is extracted, and
	// WriteDocuments finds it present.
	has, _, err := r.Store.HasDocumentNoWait(ctx, j.iri)
	if err != nil {
		j.err = err
		return
	}
	if has {
		j.present = true
		return
	}
	res, err := r.Pipeline.Extract(ctx, j.item.Doc)
	if errors.Is(err, pipeline.ErrDocTimeout) {
		j.timeout = err
		return
	}
	if err != nil {
		j.err = err
		return
	}
	j.quads = schema.Quads(res, r.opts.Schema)
	j.ents = entityHashes(j.quads, r.seed)
	j.ments, j.rels = len(res.Mentions), len(res.Relations)
	j.item.Doc.Text = "" // the quads hold what is kept
}

// collect receives finished jobs, restores input order, reports each item
// and writes documents in batches: in input order on a store with one
// writer, on several connections at once on one that takes more.
func (r *run) collect(ctx context.Context, results <-chan *job, tokens <-chan struct{}) error {
	pending := map[int]*job{}
	next := 0
	var batch []*job
	batchQuads := 0
	var writers sync.WaitGroup
	var writeCh chan []*job
	var werr error
	if r.conc > 1 {
		writeCh = make(chan []*job)
		for i := 0; i < r.conc; i++ {
			writers.Add(1)
			go func() {
				defer writers.Done()
				for batch := range writeCh {
					if err := r.write(ctx, batch); err != nil {
						r.mu.Lock()
						if werr == nil {
							werr = err
						}
						r.mu.Unlock()
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
		if r.conc > 1 {
			r.mu.Lock()
			err := werr
			r.mu.Unlock()
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
		return r.write(ctx, out)
	}
	err := func() error {
		for {
			var j *job
			select {
			case <-ctx.Done():
				return ctx.Err()
			case res, ok := <-results:
				if !ok {
					return flush()
				}
				j = res
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
				if err := r.report(j); err != nil {
					return err
				}
				if j.item.Err == nil && j.timeout == nil && !j.present {
					batch = append(batch, j)
					batchQuads += len(j.quads)
					if len(batch) >= r.opts.BatchDocs || batchQuads >= r.quadBound() {
						if err := flush(); err != nil {
							return err
						}
					}
				}
				if r.opts.Progress != nil {
					r.mu.Lock()
					read := r.sum.Read
					r.mu.Unlock()
					r.opts.Progress(Progress{Bytes: j.done, Items: read})
				}
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
func (r *run) quadBound() int {
	if !r.adaptive {
		return r.opts.BatchQuads
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return batchQuadsFor(r.opts.BatchQuads, r.stored)
}

// write stores one batch of documents and counts them.
func (r *run) write(ctx context.Context, batch []*job) error {
	docs := make([]graph.Document, len(batch))
	for i, j := range batch {
		docs[i] = graph.Document{IRI: j.iri, Quads: j.quads}
	}
	t0 := time.Now()
	res, err := r.Store.WriteDocuments(ctx, docs)
	d := time.Since(t0)
	if err != nil {
		return &WriteError{First: batch[0].item.Name, Last: batch[len(batch)-1].item.Name, Err: err}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.writeTime += d
	for i, j := range batch {
		if res[i].Present {
			r.sum.Unchanged++
			continue
		}
		r.sum.Stored++
		r.sum.Quads += res[i].Added
		r.stored += int64(res[i].Added)
		for _, h := range j.ents {
			r.entities[h] = struct{}{}
		}
		r.sum.Mentions += j.ments
		r.sum.Relations += j.rels
	}
	return nil
}

// entityHashes returns the hashes of the distinct subjects that quads give
// an entity class (graph.IsEntityClass), as graph's statistics count
// entities. A build keeps hashes rather than IRIs: 8 bytes an entity
// however many it meets.
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

// report counts an item and passes it to Options.Report. It returns the
// item's error when that is not a rejection: the build stops there.
func (r *run) report(j *job) error {
	r.mu.Lock()
	r.sum.Read++
	it := j.item
	if j.err != nil {
		r.mu.Unlock()
		return j.err
	}
	rejected := it.Err
	if rejected != nil && !input.IsRejection(rejected) {
		r.mu.Unlock()
		return rejected
	}
	if rejected == nil {
		rejected = j.timeout
	}
	if rejected != nil {
		r.sum.Rejected++
	} else if j.present {
		r.sum.Unchanged++
	}
	r.mu.Unlock()
	if r.opts.Report != nil {
		r.opts.Report(Item{Name: it.Name, Rejected: rejected, Repaired: it.Repaired, Warnings: it.Warnings, Present: j.present})
	}
	return nil
}
