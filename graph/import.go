package graph

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/cayleygraph/quad/pquads"
	"github.com/piprate/json-gold/ld"
)

// importBatch is the number of quads written per transaction, and the number
// held in memory before Import spills the validated input to a temporary
// file. 20,000, as kg build writes: importing the BBC build's 1.38M quads
// took the same time as with 100,000 and half the memory
// (docs/BENCHMARKS.md, "Build throughput and scale").
const importBatch = 20_000

// ImportOptions configures Import. A nil *ImportOptions, and zero fields,
// mean N-Quads (or the format of Name's extension) with labels as read.
type ImportOptions struct {
	// Format is the name of a registered quad reader (see ReadFormats);
	// empty means the format of Name's file extension (.nq, .nt, .jsonld,
	// .json, .pq), else DefaultFormat.
	Format string
	// Label is the graph IRI given to every quad imported; empty leaves
	// the labels as read (N-Triples have none).
	Label quad.IRI
	// KeepLabels, with Label, gives Label only to quads that have no label
	// of their own, as when restoring an export of several documents.
	KeepLabels bool
	// Name names the input in errors (a file name); empty means "<input>".
	Name string
}

// ParseError reports malformed input: where it is and what is wrong.
type ParseError struct {
	Name string // the input's name
	Line int    // 1-based line, 0 if unknown
	Col  int    // 1-based column in characters, 0 if unknown
	Quad int    // 1-based number of the quad in the input when no line is known, else 0
	Err  error
}

// Error formats the position as name:line:col.
func (e *ParseError) Error() string {
	switch {
	case e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("graph: import %s:%d:%d: %v", e.Name, e.Line, e.Col, e.Err)
	case e.Line > 0:
		return fmt.Sprintf("graph: import %s:%d: %v", e.Name, e.Line, e.Err)
	case e.Quad > 0:
		return fmt.Sprintf("graph: import %s: quad %d: %v", e.Name, e.Quad, e.Err)
	}
	return fmt.Sprintf("graph: import %s: %v", e.Name, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// ImportFormat returns the name of the format Import uses for a file called
// name when no format is given: by extension, else DefaultFormat.
func ImportFormat(name string) string {
	if f := quad.FormatByExt(strings.ToLower(filepath.Ext(name))); f != nil && f.Reader != nil {
		return f.Name
	}
	return DefaultFormat
}

// Import reads quads from r and adds those not yet in the store; it returns
// the number added.
//
// Malformed input stores nothing: Import first parses and validates the
// whole stream, holding it in memory up to importBatch quads and spilling it
// to a temporary pquads file beyond that, and only then writes. Validating
// first, rather than writing everything in one transaction, keeps a large
// import from building one huge bbolt transaction (and Cayley's in-memory
// delta set) while still rejecting bad input before any write. An input of
// up to importBatch quads is then written in one transaction. A larger one
// is written in batches of importBatch quads; if a later batch fails (a
// cancelled context, a full disk), the quads already added by this import
// are deleted again, so the store is as before. On bbolt the quads each
// batch adds are first recorded in a journal in the store directory, so
// that a process killed in the middle leaves nothing either: the next Open
// removes them (journal.go). On other backends such a crash can leave the
// batches committed before it.
func (s *Store) Import(ctx context.Context, r io.Reader, opts *ImportOptions) (int, error) {
	rep, err := s.importBatches(ctx, r, opts, importBatch, nil, nil)
	if rep == nil {
		return 0, err
	}
	return rep.Added, err
}

// ImportReport says what an import did.
type ImportReport struct {
	// Added is the number of quads added.
	Added int
	// Graphs are the graphs the input's quads went to (after
	// ImportOptions.Label and KeepLabels), sorted by IRI; the default
	// graph, for quads without a label, is the one with a nil Graph.
	Graphs []ImportGraph
}

// ImportGraph is what an import put into one graph.
type ImportGraph struct {
	// Graph is the graph's label, nil for the default graph.
	Graph quad.Value
	// Quads is the number of the input's quads in the graph; Added the
	// number of those not in the store before.
	Quads, Added int
}

// ImportGraphs is Import reporting the graphs the quads went to, which,
// with ImportOptions.KeepLabels, are those of the input's own labels as
// much as ImportOptions.Label. On an error the report is nil, unless some
// quads were added and could not be removed again (see Import).
func (s *Store) ImportGraphs(ctx context.Context, r io.Reader, opts *ImportOptions) (*ImportReport, error) {
	return s.importBatches(ctx, r, opts, importBatch, nil, nil)
}

// graphCounts counts quads by label, for an ImportReport.
type graphCounts map[string]*ImportGraph

func (g graphCounts) of(label quad.Value) *ImportGraph {
	key := ""
	if label != nil {
		key = label.String()
	}
	c, ok := g[key]
	if !ok {
		c = &ImportGraph{Graph: label}
		g[key] = c
	}
	return c
}

func (g graphCounts) report(added int) *ImportReport {
	rep := &ImportReport{Added: added}
	keys := make([]string, 0, len(g))
	for k := range g {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		rep.Graphs = append(rep.Graphs, *g[k])
	}
	return rep
}

// importBatches is Import with the batch size as a parameter, a hook
// called before each batch is written and one called after each batch
// committed, with the number committed (tests use them to exercise
// spilling, rollback and the journal on small inputs).
func (s *Store) importBatches(ctx context.Context, r io.Reader, opts *ImportOptions, batchSize int, beforeBatch func(i int) error, afterBatch func(n int)) (*ImportReport, error) {
	if err := s.checkWrite(); err != nil {
		return nil, err
	}
	o, f, err := importOptions(opts)
	if err != nil {
		return nil, err
	}
	src, err := newSource(f, r, o.Name)
	if err != nil {
		return nil, err
	}
	graphs := graphCounts{}
	sp := &spool{limit: batchSize}
	defer sp.close()
	if err := spoolQuads(ctx, src, &o, sp, graphs); err != nil {
		return nil, err
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.Err(); err != nil {
		return nil, err
	}
	// An import of several transactions keeps a journal (journal.go),
	// after finishing the rollback of one that an earlier failure left.
	var jr *journal
	if path := s.journalPath(); path != "" && sp.file != nil {
		if _, err := s.rollBackImport(ctx); err != nil {
			return nil, fmt.Errorf("graph: import %s: %w", o.Name, err)
		}
		if jr, err = createJournal(path); err != nil {
			return nil, fmt.Errorf("graph: import %s: journal: %w", o.Name, err)
		}
	}
	bw := &batchWriter{s: s, jr: jr, graphs: graphs, beforeBatch: beforeBatch, afterBatch: afterBatch}
	err = sp.batches(func(batch []quad.Quad) error { return bw.write(ctx, batch) })
	if err == nil && jr != nil {
		if err = jr.remove(); err != nil {
			err = fmt.Errorf("remove journal: %w", err)
		}
	}
	if err == nil {
		return graphs.report(bw.total), nil
	}
	return bw.undo(sp, fmt.Errorf("graph: import %s: %w", o.Name, err))
}

// importOptions is opts with its defaults, and the format to read; it
// checks the format and the graph label.
func importOptions(opts *ImportOptions) (ImportOptions, *quad.Format, error) {
	var o ImportOptions
	if opts != nil {
		o = *opts
	}
	if o.Name == "" {
		o.Name = "<input>"
	}
	if o.Format == "" {
		o.Format = ImportFormat(o.Name)
	}
	f := lookupFormat(o.Format)
	if f == nil || f.Reader == nil {
		return o, nil, fmt.Errorf("graph: import %s: unknown format %q (have %v)", o.Name, o.Format, ReadFormats())
	}
	if o.Label != "" {
		if err := checkIRI(o.Label); err != nil {
			return o, nil, fmt.Errorf("graph: import %s: graph label: %w", o.Name, err)
		}
	}
	return o, f, nil
}

// spoolQuads reads and checks every quad of src into sp, labelled as o
// says, counting them by graph.
func spoolQuads(ctx context.Context, src source, o *ImportOptions, sp *spool, graphs graphCounts) error {
	for n := 1; ; n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("graph: import %s: %w", o.Name, err)
			}
		}
		q, err := src.next()
		if err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		if o.Label != "" && (q.Label == nil || !o.KeepLabels) {
			q.Label = o.Label
		}
		if err := CheckQuad(q); err != nil {
			return src.errorAt(err)
		}
		graphs.of(q.Label).Quads++
		if err := sp.add(q); err != nil {
			return fmt.Errorf("graph: import %s: spill to temporary file: %w", o.Name, err)
		}
	}
}

// batchWriter writes the batches of an import, one transaction each,
// recording them in the journal jr if there is one.
type batchWriter struct {
	s           *Store
	jr          *journal
	graphs      graphCounts
	beforeBatch func(i int) error
	afterBatch  func(n int)
	added       [][]int32 // per committed batch, the indices of the quads it added
	total       int
}

// write writes one batch.
func (bw *batchWriter) write(ctx context.Context, batch []quad.Quad) error {
	s := bw.s
	if err := ctx.Err(); err != nil {
		return err
	}
	if bw.beforeBatch != nil {
		if err := bw.beforeBatch(len(bw.added)); err != nil {
			return err
		}
	}
	var idx []int32
	var err error
	if bw.jr == nil {
		idx, err = s.addQuads(ctx, batch)
	} else if idx, err = s.newQuads(ctx, batch); err == nil {
		if err = bw.jr.record(batch, idx); err != nil {
			err = fmt.Errorf("journal: %w", err)
		} else {
			idx, err = s.addFresh(ctx, batch, idx)
		}
	}
	if err != nil {
		return err
	}
	bw.added = append(bw.added, idx)
	bw.total += len(idx)
	for _, j := range idx {
		bw.graphs.of(batch[j].Label).Added++
	}
	if bw.afterBatch != nil {
		bw.afterBatch(len(bw.added))
	}
	return nil
}

// undo removes the batches already committed after the import failed
// with err, and returns the error to report.
func (bw *batchWriter) undo(sp *spool, err error) (*ImportReport, error) {
	jr, total := bw.jr, bw.total
	if total == 0 {
		if jr != nil {
			jr.remove()
		}
		return nil, err
	}
	b := 0
	rerr := sp.batches(func(batch []quad.Quad) error {
		if b >= len(bw.added) {
			return ErrStop
		}
		qs := make([]quad.Quad, len(bw.added[b]))
		for i, j := range bw.added[b] {
			qs[i] = batch[j]
		}
		b++
		return bw.s.removeQuads(qs)
	})
	if rerr != nil && rerr != ErrStop {
		if jr != nil {
			// The journal stays: the next Open removes them (journal.go).
			return &ImportReport{Added: total}, fmt.Errorf("%w; undoing the %d quads already added failed (%v): the next kg command that opens the store removes them", err, total, rerr)
		}
		return &ImportReport{Added: total}, fmt.Errorf("%w; undoing the %d quads already added failed: %v", err, total, rerr)
	}
	if jr != nil {
		jr.remove()
	}
	return nil, err
}

// spool holds validated quads: in memory up to limit, then in a temporary
// pquads file.
type spool struct {
	limit int
	mem   []quad.Quad
	file  *os.File
	buf   *bufio.Writer
	w     *pquads.Writer
	n     int
}

func (sp *spool) add(q quad.Quad) error {
	sp.n++
	if sp.file == nil {
		if len(sp.mem) < sp.limit {
			sp.mem = append(sp.mem, q)
			return nil
		}
		f, err := os.CreateTemp("", "kg-import-*.pq")
		if err != nil {
			return err
		}
		sp.file = f
		sp.buf = bufio.NewWriterSize(f, 1<<20)
		sp.w = pquads.NewWriter(sp.buf, &pquads.Options{Full: true})
		for _, m := range sp.mem {
			if err := sp.w.WriteQuad(m); err != nil {
				return err
			}
		}
		sp.mem = nil
	}
	return sp.w.WriteQuad(q)
}

// batches calls fn with the spooled quads, limit at a time, in input order.
// The slice is reused between calls.
func (sp *spool) batches(fn func([]quad.Quad) error) error {
	if sp.file == nil {
		if len(sp.mem) == 0 {
			return nil
		}
		return fn(sp.mem)
	}
	if err := sp.buf.Flush(); err != nil {
		return err
	}
	if _, err := sp.file.Seek(0, io.SeekStart); err != nil {
		return err
	}
	r := pquads.NewReader(bufio.NewReaderSize(sp.file, 1<<20), 0)
	batch := make([]quad.Quad, 0, sp.limit)
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			return fmt.Errorf("read back temporary file: %w", err)
		}
		batch = append(batch, q)
		if len(batch) == sp.limit {
			if err := fn(batch); err != nil {
				return err
			}
			batch = batch[:0]
		}
	}
	if len(batch) > 0 {
		return fn(batch)
	}
	return nil
}

func (sp *spool) close() {
	if sp.file != nil {
		sp.file.Close()
		os.Remove(sp.file.Name())
		sp.file = nil
	}
	sp.mem = nil
}

// source reads quads and knows where in the input the last one came from.
type source interface {
	// next returns the next quad, io.EOF at the end, or a *ParseError.
	next() (quad.Quad, error)
	// errorAt wraps a problem with the quad last returned in a *ParseError
	// at its position.
	errorAt(err error) error
}

func newSource(f *quad.Format, r io.Reader, name string) (source, error) {
	switch f.Name {
	case "nquads":
		return &nquadsSource{r: bufio.NewReaderSize(r, 64<<10), name: name}, nil
	case "jsonld":
		data, err := readJSON(r, name)
		if err != nil {
			return nil, err
		}
		qs, err := jsonldQuads(data)
		if err != nil {
			return nil, &ParseError{Name: name, Err: err}
		}
		return &sliceSource{quads: qs, name: name}, nil
	case "json":
		data, err := readJSON(r, name)
		if err != nil {
			return nil, err
		}
		r = bytes.NewReader(data)
	}
	return &readerSource{r: f.Reader(r), name: name}, nil
}

// nquadsSource parses N-Quads (and N-Triples) line by line, so that errors
// carry a line and column; quad/nquads' own reader reports neither and
// silently skips some invalid lines.
type nquadsSource struct {
	r    *bufio.Reader
	name string
	line int
	col  int // column of the first character of the statement
}

var runeAt = regexp.MustCompile(`at (\d+)$`)

func (s *nquadsSource) next() (quad.Quad, error) {
	for {
		text, err := s.r.ReadString('\n')
		if err != nil && err != io.EOF {
			return quad.Quad{}, &ParseError{Name: s.name, Line: s.line + 1, Err: err}
		}
		if err == io.EOF && text == "" {
			return quad.Quad{}, io.EOF
		}
		s.line++
		if s.line == 1 {
			text = strings.TrimPrefix(text, "\ufeff") // byte order mark
		}
		if !utf8.ValidString(text) {
			return quad.Quad{}, &ParseError{Name: s.name, Line: s.line, Err: errors.New("invalid UTF-8")}
		}
		stmt := strings.TrimLeftFunc(text, unicode.IsSpace)
		s.col = utf8.RuneCountInString(text[:len(text)-len(stmt)]) + 1
		stmt = strings.TrimRightFunc(stmt, unicode.IsSpace)
		if stmt == "" || stmt[0] == '#' {
			continue
		}
		q, perr := parseNQuad(stmt)
		if perr != nil {
			pe := &ParseError{Name: s.name, Line: s.line, Err: perr}
			if m := runeAt.FindStringSubmatch(perr.Error()); m != nil {
				if p, err := strconv.Atoi(m[1]); err == nil {
					pe.Col = s.col + p
				}
			} else if errors.Is(perr, quad.ErrIncomplete) {
				pe.Col = s.col + utf8.RuneCountInString(stmt)
				pe.Err = errors.New("incomplete statement (missing term or final '.')")
			}
			return quad.Quad{}, pe
		}
		return q, nil
	}
}

// parseNQuad parses one statement, turning a panic of the generated parser
// into an error.
func parseNQuad(stmt string) (q quad.Quad, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v: %v", quad.ErrInvalid, r)
		}
	}()
	q, err = nquads.Parse(stmt)
	if err == nil && !q.IsValid() {
		err = fmt.Errorf("%v: missing subject, predicate or object", quad.ErrInvalid)
	}
	return q, err
}

func (s *nquadsSource) errorAt(err error) error {
	return &ParseError{Name: s.name, Line: s.line, Col: s.col, Err: err}
}

// readerSource wraps a format's own reader; positions are quad numbers.
type readerSource struct {
	r    quad.ReadCloser
	name string
	n    int
}

func (s *readerSource) next() (q quad.Quad, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &ParseError{Name: s.name, Quad: s.n + 1, Err: fmt.Errorf("%v", r)}
		}
	}()
	q, err = s.r.ReadQuad()
	if err == io.EOF {
		return q, err
	} else if err != nil {
		return q, &ParseError{Name: s.name, Quad: s.n + 1, Err: err}
	}
	s.n++
	return q, nil
}

func (s *readerSource) errorAt(err error) error {
	return &ParseError{Name: s.name, Quad: s.n, Err: err}
}

// sliceSource serves quads already parsed.
type sliceSource struct {
	quads []quad.Quad
	name  string
	n     int
}

func (s *sliceSource) next() (quad.Quad, error) {
	if s.n >= len(s.quads) {
		return quad.Quad{}, io.EOF
	}
	s.n++
	return s.quads[s.n-1], nil
}

func (s *sliceSource) errorAt(err error) error {
	return &ParseError{Name: s.name, Quad: s.n, Err: err}
}

// readJSON reads a whole JSON document and checks its syntax, so that an
// error has a line and column.
func readJSON(r io.Reader, name string) ([]byte, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &ParseError{Name: name, Err: err}
	}
	var v any
	err = json.Unmarshal(data, &v)
	if err == nil {
		return data, nil
	}
	pe := &ParseError{Name: name, Err: err}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off := int(se.Offset)
		if strings.Contains(se.Error(), "unexpected end") {
			off = len(data) // just past the end
		} else if off > 0 {
			off-- // Offset counts the offending byte as read
		}
		pe.Line, pe.Col = lineCol(data, off)
	}
	return nil, pe
}

// lineCol converts a byte offset into a 1-based line and character column.
func lineCol(data []byte, off int) (line, col int) {
	off = max(0, min(off, len(data)))
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	col = utf8.RuneCount(before[start:]) + 1
	return line, col
}

// jsonldQuads converts a JSON-LD document to quads. Unlike quad/jsonld it
// never fetches a remote @context over the network: kg works offline, so a
// document must carry its context inline.
func jsonldQuads(data []byte) (qs []quad.Quad, err error) {
	defer func() {
		if r := recover(); r != nil {
			qs, err = nil, fmt.Errorf("JSON-LD processor failed: %v", r)
		}
	}()
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	opts := ld.NewJsonLdOptions("")
	loader := &offlineLoader{}
	opts.DocumentLoader = loader
	out, err := ld.NewJsonLdProcessor().ToRDF(doc, opts)
	if err != nil {
		if loader.refused != "" { // json-gold drops the loader's message
			return nil, fmt.Errorf("remote @context %s: remote contexts are not fetched (kg works offline); put the context inline", loader.refused)
		}
		return nil, err
	}
	ds, ok := out.(*ld.RDFDataset)
	if !ok {
		return nil, fmt.Errorf("unexpected JSON-LD result %T", out)
	}
	names := make([]string, 0, len(ds.Graphs))
	for g := range ds.Graphs {
		names = append(names, g)
	}
	sort.Strings(names)
	for _, g := range names {
		var label quad.Value
		if g != "@default" {
			label = quad.IRI(g)
			if strings.HasPrefix(g, "_:") {
				label = quad.BNode(g[2:])
			}
		}
		for _, lq := range ds.Graphs[g] {
			q := quad.Quad{Subject: ldValue(lq.Subject), Predicate: ldValue(lq.Predicate), Object: ldValue(lq.Object), Label: label}
			qs = append(qs, q)
		}
	}
	return qs, nil
}

// ldValue converts a json-gold term as quad/jsonld does.
func ldValue(t ld.Node) quad.Value {
	switch t := t.(type) {
	case *ld.IRI:
		return quad.IRI(t.Value)
	case *ld.BlankNode:
		return quad.BNode(strings.TrimPrefix(t.Attribute, "_:"))
	case *ld.Literal:
		if t.Language != "" {
			return quad.LangString{Value: quad.String(t.Value), Lang: t.Language}
		}
		if t.Datatype != "" && t.Datatype != ld.XSDString {
			ts := quad.TypedString{Value: quad.String(t.Value), Type: quad.IRI(t.Datatype)}
			if v, err := ts.ParseValue(); err == nil {
				return v
			}
			return ts
		}
		return quad.String(t.Value)
	}
	return nil
}

// offlineLoader is a json-gold document loader that loads nothing and
// remembers what it was asked for.
type offlineLoader struct{ refused string }

// LoadDocument refuses every remote document.
func (l *offlineLoader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	if l.refused == "" {
		l.refused = u
	}
	return nil, ld.NewJsonLdError(ld.LoadingDocumentFailed, "remote documents are not fetched: "+u)
}

// QuadReader returns a parser of the registered quad format format (a name
// of ReadFormats or an alias), or nil when format has no reader. The
// parser reads r, which name names in errors, and returns the function
// that returns its next quad, io.EOF at the end, or a *ParseError. It is
// how a dataset is read without importing it (package link).
func QuadReader(format string) func(r io.Reader, name string) (next func() (quad.Quad, error), err error) {
	f := lookupFormat(format)
	if f == nil || f.Reader == nil {
		return nil
	}
	return func(r io.Reader, name string) (func() (quad.Quad, error), error) {
		src, err := newSource(f, r, name)
		if err != nil {
			return nil, err
		}
		return src.next, nil
	}
}
