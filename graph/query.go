package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sort"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// DefaultLanguage is the query language used when none is given.
const DefaultLanguage = "gizmo"

// ErrQueryTimeout is matched (with errors.Is) by the error Query returns when
// QueryOptions.Timeout ran out.
var ErrQueryTimeout = errors.New("graph: query timed out")

// TimeoutError reports a query stopped by QueryOptions.Timeout; it matches
// ErrQueryTimeout.
type TimeoutError struct {
	After time.Duration
}

// Error says how long the query was allowed to run.
func (e *TimeoutError) Error() string {
	return fmt.Sprintf("graph: query timed out after %v", e.After)
}

// Is reports whether target is ErrQueryTimeout.
func (e *TimeoutError) Is(target error) bool { return target == ErrQueryTimeout }

// QueryOptions configures Query. A nil *QueryOptions, and zero fields, mean
// no limit, no timeout (the context alone can stop the query) and a heap
// budget of DefaultQueryMemory.
type QueryOptions struct {
	// Limit is the largest number of results passed to fn; 0 means all.
	// GraphQL answers with one result, a tree: Limit caps every list in
	// it, and a tree of more than 10*Limit objects is an error.
	Limit int
	// Timeout stops the query, however busy, after this long; 0 means none.
	Timeout time.Duration
	// MaxMemory stops the query, with a *MemoryError, when the heap has
	// grown by more than this many bytes while it runs; 0 means
	// DefaultQueryMemory, a negative value no budget. Growth is measured
	// for the whole process (see Query).
	MaxMemory int64
	// JSONLD collates Gizmo results as JSON-LD values (what Cayley's web
	// UI asks for) instead of plain JSON ones.
	JSONLD bool
}

// Languages returns the names of the registered query languages, sorted.
func Languages() []string {
	l := query.Languages()
	sort.Strings(l)
	return l
}

// Query runs text in the query language lang ("" means DefaultLanguage:
// gizmo; also graphql and mql) and calls fn with each result, collated as
// JSON-encodable values (maps, slices, strings, numbers; IRIs as "<iri>").
// fn is called on the caller's goroutine and never after Query returns; an
// error from fn stops the query and is returned as is.
//
// The timeout really stops the query. Cayley checks the context only between
// iterator steps, and a Gizmo script can loop without ever reaching one
// (`while(true){}`), so the query runs on its own goroutine and Query returns
// as soon as the deadline passes. Cancelling the context then tells the query
// to stop: Gizmo's result iterator answers a done context by calling the goja
// VM's Interrupt, which aborts the running script at its next instruction,
// and closing the iterator does the same; GraphQL and MQL stop at their next
// iterator step. Close waits for such stopping queries to end.
//
// IRIs in angle brackets may use kg's prefixes (<schema:name>; see
// schema.Expand): they are written in full before the query runs, and the
// positions in the engines' errors (a Gizmo syntax error's "Line 2:7", a
// Gizmo stack frame's "<eval>:2:7", a GraphQL syntax error's "(2:7)" and
// its excerpt) are then moved back to text as given, columns counted in
// characters from 1.
//
// Memory is bounded the same way: while the query runs, a watchdog reads
// the heap every few milliseconds and stops the query when the live heap
// (as the last garbage collection found it) has grown past
// QueryOptions.MaxMemory, or the heap, garbage included, past twice that
// (see watchMemory). A script that builds ever larger strings or recurses
// without end thus gets an error instead of taking the process down, and
// Query returns once the memory is given back. Gizmo scripts also have a
// bounded call stack, and the built-ins that could do unbounded work in one
// call check their arguments first (package graph/internal/gizmo). Go
// cannot attribute memory to a goroutine, so a query that runs beside
// another growing the heap may be stopped with it.
func (s *Store) Query(ctx context.Context, lang, text string, opts *QueryOptions, fn func(result any) error) error {
	if err := s.Err(); err != nil {
		return err
	}
	var o QueryOptions
	if opts != nil {
		o = *opts
	}
	if lang == "" {
		lang = DefaultLanguage
	}
	l := query.GetLanguage(lang)
	if l == nil {
		return fmt.Errorf("graph: unknown query language %q (have %v)", lang, Languages())
	}
	if o.Limit < 0 {
		return fmt.Errorf("graph: query: negative limit %d", o.Limit)
	}
	// mctx ends when the query used too much memory; qctx also when it ran
	// out of time.
	mctx, stopMem := context.WithCancelCause(ctx)
	defer stopMem(nil)
	qctx, cancel := context.WithCancel(mctx)
	if o.Timeout > 0 {
		qctx, cancel = context.WithTimeout(mctx, o.Timeout)
	}
	defer cancel()
	budget := o.MaxMemory
	if budget == 0 {
		budget = DefaultQueryMemory
	}
	if budget > 0 {
		go watchMemory(qctx, uint64(budget), func() { stopMem(&MemoryError{Budget: budget}) })
	}
	exp := schema.Expand(text)
	col := query.JSON
	if o.JSONLD {
		col = query.JSONLD
	}

	out := make(chan any)
	errc := make(chan error, 1)
	s.life.RLock()
	if s.closed.Load() {
		s.life.RUnlock()
		return s.Err()
	}
	s.queries.Add(1)
	s.life.RUnlock()
	qctx, unlock := s.ReadLock(qctx) // until the query's goroutine ends, however it ends
	ended := make(chan struct{})
	go func() {
		defer close(ended)
		defer s.queries.Done()
		defer unlock()
		run(qctx, l, lang, exp.Text, query.Options{Limit: o.Limit, Collation: col}, s, out, errc)
		// A query stopped for its memory leaves that much garbage (the
		// engine's session is out of reach once run has returned): give
		// it back to the system.
		if errors.As(context.Cause(mctx), new(*MemoryError)) {
			debug.FreeOSMemory()
		}
	}()

	n := 0
	for {
		select {
		case r, ok := <-out:
			if !ok {
				var err error
				select {
				case err = <-errc:
				default:
				}
				err = sourcePositions(lang, exp, err)
				return queryError(ctx, mctx, qctx, lang, o.Timeout, err)
			}
			if err := fn(jsonValue(r)); err != nil {
				return err
			}
			n++
			if o.Limit > 0 && n >= o.Limit {
				return nil
			}
		case <-qctx.Done():
			if errors.As(context.Cause(mctx), new(*MemoryError)) {
				// Wait (a little) for the memory to be given back, so that
				// the next query does not count it as its own.
				select {
				case <-ended:
				case <-time.After(5 * time.Second):
				}
			}
			return queryError(ctx, mctx, qctx, lang, o.Timeout, nil)
		}
	}
}

// run runs text on the engine of language l, sends the results to out and
// the engine's error, if any, to errc, and closes out.
func run(qctx context.Context, l *query.Language, lang, text string, opts query.Options, s *Store, out chan<- any, errc chan<- error) {
	defer close(out)
	defer func() {
		if r := recover(); r != nil {
			errc <- fmt.Errorf("internal error in %s engine: %v", lang, r)
		}
	}()
	it, err := l.Session(s.qs).Execute(qctx, text, opts)
	if err != nil {
		errc <- err
		return
	}
	// Close interrupts a Gizmo VM that is still running; wait for it to
	// stop, since until then it may use the store (under the read lock
	// this goroutine holds) and holds its memory.
	defer func() {
		it.Close()
		if d, ok := it.(interface{ Done() <-chan struct{} }); ok {
			<-d.Done()
		}
	}()
	for it.Next(qctx) {
		r := it.Result()
		if r == nil { // Gizmo's final script value, not a result
			continue
		}
		select {
		case out <- r:
		case <-qctx.Done():
			return
		}
	}
	errc <- it.Err()
}

// jsonValue rewrites quad values left in a result (GraphQL returns them) the
// way Gizmo's JSON collation does: IRIs and blank nodes as "<iri>" and
// "_:b", literals as their native Go values.
func jsonValue(v any) any {
	switch v := v.(type) {
	case quad.Value:
		n := v.Native()
		if nv, ok := n.(quad.Value); ok && nv == v {
			return v.String()
		}
		return n
	case []quad.Value:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = jsonValue(x)
		}
		return out
	case map[string]any:
		for k, x := range v {
			v[k] = jsonValue(x)
		}
		return v
	case []map[string]any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = jsonValue(x)
		}
		return out
	case []any:
		for i, x := range v {
			v[i] = jsonValue(x)
		}
		return v
	}
	return v
}

// queryError maps the end of a query to Query's error.
func queryError(ctx, mctx, qctx context.Context, lang string, timeout time.Duration, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("graph: %s query: %w", lang, ctx.Err())
	}
	if me := (*MemoryError)(nil); errors.As(context.Cause(mctx), &me) {
		return me
	}
	if errors.Is(qctx.Err(), context.DeadlineExceeded) {
		return &TimeoutError{After: timeout}
	}
	if err != nil {
		return fmt.Errorf("graph: %s query: %w", lang, err)
	}
	return nil
}
