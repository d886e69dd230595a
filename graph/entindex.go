package graph

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// The entity index is what search, entity resolution and linking read: for
// every node that has a name (schema:name, schema:alternateName,
// rdfs:label, skos:altLabel), its names, its classes and the number of
// documents that mention it. It is derived from the quads, so it works on
// every backend and holds nothing the store does not:
//
//   - built by one pass over all quads the first time it is needed;
//   - kept in memory by the Store while it is open, and on disk as a
//     journal (for bbolt, <store>/kg-entities.idx; for other backends, in
//     the user's cache directory) so that the next process need not scan;
//   - kept up to date by every write that goes through the Store
//     (WriteDocument, Import, link and unlink): the quads added or removed
//     are applied to the index in memory and appended to the journal, with
//     the store's quad count after the write;
//   - checked when loaded: if the quad count recorded last in the journal
//     is not the store's (someone wrote with another tool), it is rebuilt.
//
// Deleting the file is always safe.

const indexMagic = "kg-entity-index 1"

// entRec is one named node.
type entRec struct {
	iri     string
	classes []string
	docs    int32   // documents that mention it (schema:mentions)
	names   []int32 // entries
}

// nameEntry is one name of one node.
type nameEntry struct {
	ent  int32
	kind nameKind
	dead bool
	name string
	toks []string
}

// entityIndex is the in-memory index. Its methods need mu.
type entityIndex struct {
	mu      sync.RWMutex
	ents    []entRec
	byIRI   map[string]int32
	entries []nameEntry
	post    map[string][]int32 // token -> entries
	sorted  []string           // tokens, sorted; rebuilt when dirty
	dirty   bool
	byLen   map[int][]string // tokens by length in runes, for typo search
}

func newEntityIndex() *entityIndex {
	return &entityIndex{byIRI: map[string]int32{}, post: map[string][]int32{}}
}

func (x *entityIndex) ent(iri string, create bool) int32 {
	if id, ok := x.byIRI[iri]; ok {
		return id
	}
	if !create {
		return -1
	}
	id := int32(len(x.ents))
	x.ents = append(x.ents, entRec{iri: iri})
	x.byIRI[iri] = id
	return id
}

// op is one change to the index, as written in the journal.
type op struct {
	add   bool
	what  byte // 'N' name, 'T' type, 'M' mention
	iri   string
	kind  nameKind
	value string
}

func (x *entityIndex) apply(o op) {
	switch o.what {
	case 'N':
		id := x.ent(o.iri, o.add)
		if id < 0 {
			return
		}
		e := &x.ents[id]
		for _, n := range e.names {
			en := &x.entries[n]
			if en.kind == o.kind && en.name == o.value {
				en.dead = !o.add
				return
			}
		}
		if !o.add {
			return
		}
		n := int32(len(x.entries))
		toks := nameTokens(o.value)
		x.entries = append(x.entries, nameEntry{ent: id, kind: o.kind, name: o.value, toks: toks})
		e.names = append(e.names, n)
		for _, t := range uniq(toks) {
			if _, ok := x.post[t]; !ok {
				x.dirty = true
			}
			x.post[t] = append(x.post[t], n)
		}
	case 'T':
		id := x.ent(o.iri, o.add)
		if id < 0 {
			return
		}
		e := &x.ents[id]
		for i, c := range e.classes {
			if c == o.value {
				if !o.add {
					e.classes = append(e.classes[:i:i], e.classes[i+1:]...)
				}
				return
			}
		}
		if o.add {
			e.classes = append(e.classes, o.value)
			sort.Strings(e.classes)
		}
	case 'M':
		id := x.ent(o.iri, o.add)
		if id < 0 {
			return
		}
		if o.add {
			x.ents[id].docs++
		} else if x.ents[id].docs > 0 {
			x.ents[id].docs--
		}
	}
}

func uniq(s []string) []string {
	if len(s) < 2 {
		return s
	}
	out := make([]string, 0, len(s))
	for i, t := range s {
		dup := false
		for _, u := range s[:i] {
			if u == t {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, t)
		}
	}
	return out
}

// prepare rebuilds the sorted token list after additions.
func (x *entityIndex) prepare() {
	if !x.dirty && x.sorted != nil {
		return
	}
	x.sorted = x.sorted[:0]
	x.byLen = map[int][]string{}
	for t := range x.post {
		x.sorted = append(x.sorted, t)
	}
	sort.Strings(x.sorted)
	for _, t := range x.sorted {
		n := len([]rune(t))
		x.byLen[n] = append(x.byLen[n], t)
	}
	x.dirty = false
}

// quadOp converts a quad into an index change, if it is one.
func quadOp(q quad.Quad, add bool) (op, bool) {
	s, ok := q.Subject.(quad.IRI)
	if !ok {
		return op{}, false
	}
	p, ok := q.Predicate.(quad.IRI)
	if !ok {
		return op{}, false
	}
	switch string(p) {
	case schema.Type:
		if c, ok := q.Object.(quad.IRI); ok {
			return op{add: add, what: 'T', iri: string(s), value: string(c)}, true
		}
	case schema.Mentions:
		if e, ok := q.Object.(quad.IRI); ok {
			return op{add: add, what: 'M', iri: string(e)}, true
		}
	default:
		if k, ok := namePredicateKind(string(p)); ok {
			if t, ok := literalText(q.Object); ok && strings.TrimSpace(t) != "" {
				return op{add: add, what: 'N', iri: string(s), kind: k, value: t}, true
			}
		}
	}
	return op{}, false
}

// Journal lines: "+N\t<iri>\t<kind>\t<name>", "-N...", "+T\t<iri>\t<class>",
// "+M\t<iri>", "S\t<quads>". Fields are escaped with escapeField.
func (o op) line() string {
	sign := "-"
	if o.add {
		sign = "+"
	}
	switch o.what {
	case 'N':
		return sign + "N\t" + escapeField(o.iri) + "\t" + strconv.Itoa(int(o.kind)) + "\t" + escapeField(o.value) + "\n"
	case 'T':
		return sign + "T\t" + escapeField(o.iri) + "\t" + escapeField(o.value) + "\n"
	default:
		return sign + "M\t" + escapeField(o.iri) + "\n"
	}
}

var fieldEscaper = strings.NewReplacer("\\", `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)
var fieldUnescaper = strings.NewReplacer(`\\`, "\\", `\t`, "\t", `\n`, "\n", `\r`, "\r")

func escapeField(s string) string {
	if !strings.ContainsAny(s, "\\\t\n\r") {
		return s
	}
	return fieldEscaper.Replace(s)
}

func unescapeField(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	return fieldUnescaper.Replace(s)
}

func parseOp(line string) (op, bool) {
	if len(line) < 3 || (line[0] != '+' && line[0] != '-') {
		return op{}, false
	}
	o := op{add: line[0] == '+', what: line[1]}
	f := strings.Split(line[3:], "\t")
	switch o.what {
	case 'N':
		if len(f) != 3 {
			return op{}, false
		}
		k, err := strconv.Atoi(f[1])
		if err != nil || k < 0 || k > int(kindAltLabel) {
			return op{}, false
		}
		o.iri, o.kind, o.value = unescapeField(f[0]), nameKind(k), unescapeField(f[2])
	case 'T':
		if len(f) != 2 {
			return op{}, false
		}
		o.iri, o.value = unescapeField(f[0]), unescapeField(f[1])
	case 'M':
		if len(f) != 1 {
			return op{}, false
		}
		o.iri = unescapeField(f[0])
	default:
		return op{}, false
	}
	return o, true
}

// indexState is the Store's handle on its entity index.
type indexState struct {
	mu     sync.Mutex // guards x and the journal file
	x      *entityIndex
	count  int64 // the store's quad count that x reflects; -1 unknown
	noFile bool  // the journal cannot be written; keep the index in memory only
}

// indexFile returns where the journal of this store lives, or "".
func (s *Store) indexFile() string {
	if s.backend == DefaultBackend {
		return filepath.Join(s.path, "kg-entities.idx")
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	sum := sha256.Sum256([]byte(s.backend + "\x00" + s.path))
	return filepath.Join(dir, "kg", "entities-"+hex.EncodeToString(sum[:8])+".idx")
}

// quadCount returns the store's exact quad count, or -1 when the backend
// cannot tell it cheaply.
func (s *Store) quadCount(ctx context.Context) int64 {
	st, err := s.qs.Stats(ctx, false)
	if err != nil || !st.Quads.Exact {
		return -1
	}
	return st.Quads.Value
}

// indexWritten is called by the Store after every write that changed the
// store, with the quads added and removed, while the write lock is held.
// It keeps the entity index and its journal up to date. It never fails the
// write: if the journal cannot be appended to, it is removed.
func (s *Store) indexWritten(added, removed []quad.Quad) {
	var ops []op
	for _, q := range removed {
		if o, ok := quadOp(q, false); ok {
			ops = append(ops, o)
		}
	}
	for _, q := range added {
		if o, ok := quadOp(q, true); ok {
			ops = append(ops, o)
		}
	}
	st := &s.index
	st.mu.Lock()
	defer st.mu.Unlock()
	count := s.quadCount(context.Background())
	// The count before this write, had every earlier write come through
	// here; if the index reflects another, a write went around it.
	prior := count - int64(len(added)) + int64(len(removed))
	if st.x != nil {
		if count >= 0 && st.count != prior {
			st.x = nil // rebuilt by the next reader
		} else {
			st.x.mu.Lock()
			for _, o := range ops {
				st.x.apply(o)
			}
			st.x.mu.Unlock()
			st.count = count
		}
	}
	path := s.indexFile()
	if path == "" || st.noFile || count < 0 {
		return
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_APPEND, 0)
	if err != nil {
		return // no journal yet: the first reader builds it
	}
	if last, ok := lastCount(f); !ok || last != prior {
		f.Close()
		os.Remove(path)
		return
	}
	var b strings.Builder
	for _, o := range ops {
		b.WriteString(o.line())
	}
	b.WriteString("S\t" + strconv.FormatInt(count, 10) + "\n")
	_, err = io.WriteString(f, b.String())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
}

// entities returns the store's entity index, loading or building it first.
func (s *Store) entities(ctx context.Context) (*entityIndex, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	st := &s.index
	st.mu.Lock()
	defer st.mu.Unlock()
	want := s.quadCount(ctx)
	// A store written by a path that does not call indexWritten (another
	// tool, another process on a shared backend) has another count.
	if st.x != nil && (want < 0 || want == st.count) {
		return st.x, nil
	}
	path := s.indexFile()
	if path != "" && want >= 0 {
		if x, ok := loadIndex(path, want); ok {
			st.x, st.count = x, want
			return x, nil
		}
	}
	x, err := s.buildIndex(ctx)
	if err != nil {
		return nil, err
	}
	st.x, st.count = x, want
	if path != "" && want >= 0 {
		if err := writeIndex(path, x, want); err != nil {
			os.Remove(path)
		}
	}
	return x, nil
}

// RebuildIndex rebuilds the entity index (search, names, classes) from the
// quads and rewrites its journal. It is never needed after writes through
// kg; it is after writes by other tools on backends whose quad count is
// not exact.
func (s *Store) RebuildIndex(ctx context.Context) error {
	if err := s.check(); err != nil {
		return err
	}
	s.mu.Lock() // no write between the scan and the journal
	defer s.mu.Unlock()
	x, err := s.buildIndex(ctx)
	if err != nil {
		return err
	}
	st := &s.index
	st.mu.Lock()
	defer st.mu.Unlock()
	st.x, st.count = x, s.quadCount(ctx)
	if path := s.indexFile(); path != "" {
		if n := st.count; n >= 0 {
			if err := writeIndex(path, x, n); err != nil {
				os.Remove(path)
				return fmt.Errorf("graph: write entity index: %w", err)
			}
		}
	}
	return nil
}

// loadIndex reads a journal; ok is false when it is missing, malformed or
// does not end with the expected quad count.
func loadIndex(path string, want int64) (*entityIndex, bool) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<16)
	head, err := r.ReadString('\n')
	if err != nil || strings.TrimSuffix(head, "\n") != indexMagic {
		return nil, false
	}
	x := newEntityIndex()
	last := int64(-2)
	for {
		line, err := r.ReadString('\n')
		if err == io.EOF {
			if line != "" {
				return nil, false // torn write
			}
			break
		} else if err != nil {
			return nil, false
		}
		line = line[:len(line)-1]
		if strings.HasPrefix(line, "S\t") {
			n, err := strconv.ParseInt(line[2:], 10, 64)
			if err != nil {
				return nil, false
			}
			last = n
			continue
		}
		o, ok := parseOp(line)
		if !ok {
			return nil, false
		}
		x.apply(o)
	}
	if last != want {
		return nil, false
	}
	return x, true
}

// writeIndex writes x as a fresh journal (through a temporary file).
func writeIndex(path string, x *entityIndex, count int64) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".kg-entities-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriterSize(tmp, 1<<16)
	fmt.Fprintln(w, indexMagic)
	x.mu.RLock()
	for _, e := range x.ents {
		for _, c := range e.classes {
			w.WriteString(op{add: true, what: 'T', iri: e.iri, value: c}.line())
		}
		for _, n := range e.names {
			en := x.entries[n]
			if !en.dead {
				w.WriteString(op{add: true, what: 'N', iri: e.iri, kind: en.kind, value: en.name}.line())
			}
		}
		for i := int32(0); i < e.docs; i++ {
			w.WriteString(op{add: true, what: 'M', iri: e.iri}.line())
		}
	}
	x.mu.RUnlock()
	fmt.Fprintf(w, "S\t%d\n", count)
	if err := w.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// buildIndex scans every quad once.
func (s *Store) buildIndex(ctx context.Context) (*entityIndex, error) {
	preds := []quad.Value{quad.IRI(schema.Type), quad.IRI(schema.Mentions)}
	for _, p := range namePredicates {
		preds = append(preds, quad.IRI(p))
	}
	prs, err := refs.RefsOf(ctx, s.qs, preds)
	if err != nil {
		return nil, fmt.Errorf("graph: build entity index: %w", err)
	}
	want := map[any]quad.IRI{}
	for i, r := range prs {
		if present(r) {
			want[r.Key()] = preds[i].(quad.IRI)
		}
	}
	x := newEntityIndex()
	if len(want) == 0 {
		return x, nil
	}
	type pending struct {
		s, o refs.Ref
		p    quad.IRI
	}
	var batch []pending
	flush := func() error {
		rs := make([]refs.Ref, 0, 2*len(batch))
		for _, b := range batch {
			rs = append(rs, b.s, b.o)
		}
		vs, err := s.valuesOf(ctx, rs)
		if err != nil {
			return err
		}
		for i, b := range batch {
			q := quad.Quad{Subject: vs[2*i], Predicate: b.p, Object: vs[2*i+1]}
			if o, ok := quadOp(q, true); ok {
				x.apply(o)
			}
		}
		batch = batch[:0]
		return nil
	}
	err = s.scanQuads(ctx, func(q [4]refs.Ref) error {
		p, ok := want[q[1].Key()]
		if !ok {
			return nil
		}
		batch = append(batch, pending{s: q[0], o: q[2], p: p})
		if len(batch) >= 4096 {
			return flush()
		}
		return nil
	})
	if err == nil && len(batch) > 0 {
		err = flush()
	}
	if err != nil {
		return nil, fmt.Errorf("graph: build entity index: %w", err)
	}
	return x, nil
}

// removeIndexFile deletes the journal (tests).
func (s *Store) removeIndexFile() error {
	p := s.indexFile()
	if p == "" {
		return nil
	}
	if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// indexAdded is indexWritten for the quads qs[i], i in fresh, just added.
func (s *Store) indexAdded(qs []quad.Quad, fresh []int32) {
	added := make([]quad.Quad, len(fresh))
	for i, j := range fresh {
		added[i] = qs[j]
	}
	s.indexWritten(added, nil)
}

// lastCount reads the quad count on the journal's last line.
func lastCount(f *os.File) (int64, bool) {
	fi, err := f.Stat()
	if err != nil {
		return 0, false
	}
	n := min(fi.Size(), 64)
	buf := make([]byte, n)
	if _, err := f.ReadAt(buf, fi.Size()-n); err != nil {
		return 0, false
	}
	text := strings.TrimSuffix(string(buf), "\n")
	i := strings.LastIndexByte(text, '\n')
	if i < 0 {
		return 0, false
	}
	line := text[i+1:]
	if !strings.HasPrefix(line, "S\t") {
		return 0, false
	}
	c, err := strconv.ParseInt(line[2:], 10, 64)
	return c, err == nil
}
