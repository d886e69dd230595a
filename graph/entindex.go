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

const indexMagic = "kg-entity-index 2"

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
	// adj holds the entity-to-entity edges (see isEntityEdge), by node;
	// edges counts the quads that state each.
	adj   map[int32][]adjEdge
	edges map[edgeKey]int32
	// runesByLen holds the same tokens as rune slices.
	runesByLen map[int][][]rune
	// forms holds the tokens whose inflectionKey is another word, by key
	// ("tory": "tories").
	forms map[string][]string
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
	what  byte // 'N' name, 'T' type, 'M' mention, 'E' edge
	iri   string
	kind  nameKind
	value string // the name, the class, the edge's object
	pred  string // the edge's predicate
	n     int32  // how many times (M and E lines of a compacted journal); 0 means 1
}

// adjEdge is an entity-to-entity edge as seen from one end; how many
// quads state it is in entityIndex.edges.
type adjEdge struct {
	pred  string
	other int32
	fwd   bool // this end is the subject
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
		n := max(o.n, 1)
		if o.add {
			x.ents[id].docs += n
		} else {
			x.ents[id].docs = max(0, x.ents[id].docs-n)
		}
	case 'E':
		s, obj := x.ent(o.iri, o.add), x.ent(o.value, o.add)
		if s < 0 || obj < 0 {
			return
		}
		n := max(o.n, 1)
		if !o.add {
			n = -n
		}
		x.addEdge(s, adjEdge{pred: o.pred, other: obj, fwd: true}, n)
		if s != obj {
			x.addEdge(obj, adjEdge{pred: o.pred, other: s, fwd: false}, n)
		}
	}
}

// edgeKey identifies an edge at one of its ends.
type edgeKey struct {
	node, other int32
	pred        string
	fwd         bool
}

// addEdge changes the count of an edge at node id by n, dropping it at 0.
// Counts live in x.edges so that a hub with thousands of edges costs no
// scan; the list at the node is only searched when an edge goes.
func (x *entityIndex) addEdge(id int32, e adjEdge, n int32) {
	if x.adj == nil {
		x.adj = map[int32][]adjEdge{}
		x.edges = map[edgeKey]int32{}
	}
	k := edgeKey{node: id, other: e.other, pred: e.pred, fwd: e.fwd}
	old := x.edges[k]
	now := old + n
	switch {
	case old == 0 && now > 0:
		x.edges[k] = now
		x.adj[id] = append(x.adj[id], e)
	case old > 0 && now <= 0:
		delete(x.edges, k)
		es := x.adj[id]
		for i := range es {
			if es[i].pred == e.pred && es[i].other == e.other && es[i].fwd == e.fwd {
				es = append(es[:i:i], es[i+1:]...)
				break
			}
		}
		if len(es) == 0 {
			delete(x.adj, id)
		} else {
			x.adj[id] = es
		}
	case old > 0:
		x.edges[k] = now
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
	x.runesByLen = map[int][][]rune{}
	for t := range x.post {
		x.sorted = append(x.sorted, t)
	}
	sort.Strings(x.sorted)
	x.forms = map[string][]string{}
	for _, t := range x.sorted {
		r := []rune(t)
		x.byLen[len(r)] = append(x.byLen[len(r)], t)
		x.runesByLen[len(r)] = append(x.runesByLen[len(r)], r)
		if k := inflectionKey(t); k != t {
			x.forms[k] = append(x.forms[k], t)
		}
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
			return op{}, false
		}
		if o, ok := q.Object.(quad.IRI); ok && isEntityEdge(string(s), string(p), string(o)) {
			return op{add: add, what: 'E', iri: string(s), pred: string(p), value: string(o)}, true
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
	case 'E':
		l := sign + "E\t" + escapeField(o.iri) + "\t" + escapeField(o.pred) + "\t" + escapeField(o.value)
		if o.n > 1 {
			l += "\t" + strconv.Itoa(int(o.n))
		}
		return l + "\n"
	default:
		l := sign + "M\t" + escapeField(o.iri)
		if o.n > 1 {
			l += "\t" + strconv.Itoa(int(o.n))
		}
		return l + "\n"
	}
}

// count parses the optional count field of M and E lines.
func count(f string) (int32, bool) {
	n, err := strconv.Atoi(f)
	if err != nil || n < 2 || n > 1<<30 {
		return 0, false
	}
	return int32(n), true
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
		if len(f) != 1 && len(f) != 2 {
			return op{}, false
		}
		o.iri = unescapeField(f[0])
		if len(f) == 2 {
			n, ok := count(f[1])
			if !ok {
				return op{}, false
			}
			o.n = n
		}
	case 'E':
		if len(f) != 3 && len(f) != 4 {
			return op{}, false
		}
		o.iri, o.pred, o.value = unescapeField(f[0]), unescapeField(f[1]), unescapeField(f[2])
		if len(f) == 4 {
			n, ok := count(f[3])
			if !ok {
				return op{}, false
			}
			o.n = n
		}
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

// exactQuadCount is quadCount, or the backend's exact count (a COUNT(*)
// on SQL backends) when the cheap one is an estimate; -1 if neither.
func (s *Store) exactQuadCount(ctx context.Context) int64 {
	if n := s.quadCount(ctx); n >= 0 {
		return n
	}
	st, err := s.qs.Stats(ctx, true)
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
	if errors.Is(err, fs.ErrNotExist) && prior == 0 {
		// The first write into an empty store starts the journal, so a
		// store built by kg build never needs the scan.
		f, err = startJournal(path)
	}
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
	if want < 0 {
		// SQL backends estimate their cheap count: count exactly, once
		// per load, to trust or rebuild the journal.
		want = s.exactQuadCount(ctx)
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
	st.x, st.count = x, s.exactQuadCount(ctx)
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
	first := true
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
		if first && strings.HasPrefix(line, "#\t") {
			x.presize(line)
		}
		first = false
		if strings.HasPrefix(line, "#") {
			continue
		}
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
	fmt.Fprintf(w, "#\t%d\t%d\t%d\t%d\n", len(x.ents), len(x.entries), len(x.post), len(x.edges))
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
		if e.docs > 0 {
			w.WriteString(op{add: true, what: 'M', iri: e.iri, n: e.docs}.line())
		}
	}
	ids := make([]int32, 0, len(x.adj))
	for id := range x.adj {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		for _, e := range x.adj[id] {
			if e.fwd {
				n := x.edges[edgeKey{node: id, other: e.other, pred: e.pred, fwd: true}]
				w.WriteString(op{add: true, what: 'E', iri: x.ents[id].iri, pred: e.pred, value: x.ents[e.other].iri, n: n}.line())
			}
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
	// Other predicates may be entity-to-entity edges: learn each once.
	other := map[any]quad.IRI{}
	skip := map[any]bool{}
	err = s.scanQuads(ctx, func(q [4]refs.Ref) error {
		pk := q[1].Key()
		p, ok := want[pk]
		if !ok {
			if skip[pk] {
				return nil
			}
			if p, ok = other[pk]; !ok {
				vs, err := s.valuesOf(ctx, []refs.Ref{q[1]})
				if err != nil {
					return err
				}
				iri, isIRI := vs[0].(quad.IRI)
				if !isIRI || isPlumbingPredicate(string(iri)) || string(iri) == schema.TaClassRef {
					skip[pk] = true
					return nil
				}
				other[pk], p = iri, iri
			}
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

// presize makes the maps of an empty index big enough for the sizes on a
// compacted journal's "#" line (entities, names, tokens, edge ends).
func (x *entityIndex) presize(line string) {
	f := strings.Split(line, "\t")
	if len(f) != 5 {
		return
	}
	var n [4]int
	for i := range n {
		v, err := strconv.Atoi(f[i+1])
		if err != nil || v < 0 || v > 1<<28 {
			return
		}
		n[i] = v
	}
	x.ents = make([]entRec, 0, n[0])
	x.byIRI = make(map[string]int32, n[0])
	x.entries = make([]nameEntry, 0, n[1])
	x.post = make(map[string][]int32, n[2])
	x.adj = make(map[int32][]adjEdge, n[3]/2)
	x.edges = make(map[edgeKey]int32, n[3])
}

// startJournal creates the journal of an empty store.
func startJournal(path string) (*os.File, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	if _, err := io.WriteString(f, indexMagic+"\nS\t0\n"); err != nil {
		f.Close()
		os.Remove(path)
		return nil, err
	}
	return f, nil
}

// indexDocuments is indexWritten for a backend's own bulk writer, which
// does not say which quads it added: the quads of every document it wrote,
// all new since each carries its new document's label.
func (s *Store) indexDocuments(docs []preparedDoc, res []DocumentResult) {
	var added []quad.Quad
	for i, d := range docs {
		if i < len(res) && !res[i].Present && res[i].Added > 0 {
			added = append(added, d.quads...)
		}
	}
	if len(added) > 0 {
		s.indexWritten(added, nil)
	}
}
