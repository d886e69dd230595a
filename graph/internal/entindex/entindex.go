package entindex

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/cayleygraph/quad"
	"github.com/kg-project/kg/graph/internal/vocab"
	"github.com/kg-project/kg/schema"
)

const indexMagic = "kg-entity-index 2"

// Entity is one named node.
type Entity struct {
	IRI     string
	Classes []string
	Docs    int32   // documents that mention it (schema:mentions)
	Names   []int32 // entries
}

// Name is one name of one node.
type Name struct {
	Ent  int32
	Kind vocab.NameKind
	Dead bool
	Text string
	Toks []string
}

// Index is the in-memory index. Readers hold Mu.RLock, and Prepare and
// Apply need Mu.Lock.
type Index struct {
	Mu      sync.RWMutex
	Ents    []Entity
	ByIRI   map[string]int32
	Entries []Name
	Post    map[string][]int32 // token -> entries
	Sorted  []string           // tokens, sorted; rebuilt when dirty
	dirty   bool
	ByLen   map[int][]string // tokens by length in runes, for typo search
	// Adj holds the entity-to-entity edges (see isEntityEdge), by node;
	// edges counts the quads that state each.
	Adj   map[int32][]Edge
	edges map[edgeKey]int32
	// RunesByLen holds the same tokens as rune slices.
	RunesByLen map[int][][]rune
	// Forms holds the tokens whose inflectionKey is another word, by key
	// ("tory": "tories").
	Forms map[string][]string
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{ByIRI: map[string]int32{}, Post: map[string][]int32{}}
}

func (x *Index) ent(iri string, create bool) int32 {
	if id, ok := x.ByIRI[iri]; ok {
		return id
	}
	if !create {
		return -1
	}
	id := int32(len(x.Ents))
	x.Ents = append(x.Ents, Entity{IRI: iri})
	x.ByIRI[iri] = id
	return id
}

// Op is one change to the index, as written in the journal.
type Op struct {
	add   bool
	what  byte // 'N' name, 'T' type, 'M' mention, 'E' edge
	iri   string
	kind  vocab.NameKind
	value string // the name, the class, the edge's object
	pred  string // the edge's predicate
	n     int32  // how many times (M and E lines of a compacted journal); 0 means 1
}

// Edge is an entity-to-entity edge as seen from one end; how many
// quads state it is in Index.edges.
type Edge struct {
	Pred  string
	Other int32
	Fwd   bool // this end is the subject
}

// Apply makes the change o to the index.
func (x *Index) Apply(o Op) {
	switch o.what {
	case 'N':
		id := x.ent(o.iri, o.add)
		if id < 0 {
			return
		}
		e := &x.Ents[id]
		for _, n := range e.Names {
			en := &x.Entries[n]
			if en.Kind == o.kind && en.Text == o.value {
				en.Dead = !o.add
				return
			}
		}
		if !o.add {
			return
		}
		n := int32(len(x.Entries))
		toks := vocab.NameTokens(o.value)
		x.Entries = append(x.Entries, Name{Ent: id, Kind: o.kind, Text: o.value, Toks: toks})
		e.Names = append(e.Names, n)
		for _, t := range uniq(toks) {
			if _, ok := x.Post[t]; !ok {
				x.dirty = true
			}
			x.Post[t] = append(x.Post[t], n)
		}
	case 'T':
		id := x.ent(o.iri, o.add)
		if id < 0 {
			return
		}
		e := &x.Ents[id]
		for i, c := range e.Classes {
			if c == o.value {
				if !o.add {
					e.Classes = append(e.Classes[:i:i], e.Classes[i+1:]...)
				}
				return
			}
		}
		if o.add {
			e.Classes = append(e.Classes, o.value)
			sort.Strings(e.Classes)
		}
	case 'M':
		id := x.ent(o.iri, o.add)
		if id < 0 {
			return
		}
		n := max(o.n, 1)
		if o.add {
			x.Ents[id].Docs += n
		} else {
			x.Ents[id].Docs = max(0, x.Ents[id].Docs-n)
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
		x.addEdge(s, Edge{Pred: o.pred, Other: obj, Fwd: true}, n)
		if s != obj {
			x.addEdge(obj, Edge{Pred: o.pred, Other: s, Fwd: false}, n)
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
func (x *Index) addEdge(id int32, e Edge, n int32) {
	if x.Adj == nil {
		x.Adj = map[int32][]Edge{}
		x.edges = map[edgeKey]int32{}
	}
	k := edgeKey{node: id, other: e.Other, pred: e.Pred, fwd: e.Fwd}
	old := x.edges[k]
	now := old + n
	switch {
	case old == 0 && now > 0:
		x.edges[k] = now
		x.Adj[id] = append(x.Adj[id], e)
	case old > 0 && now <= 0:
		delete(x.edges, k)
		es := x.Adj[id]
		for i := range es {
			if es[i].Pred == e.Pred && es[i].Other == e.Other && es[i].Fwd == e.Fwd {
				es = append(es[:i:i], es[i+1:]...)
				break
			}
		}
		if len(es) == 0 {
			delete(x.Adj, id)
		} else {
			x.Adj[id] = es
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

// Prepare rebuilds the sorted token list after additions.
func (x *Index) Prepare() {
	if !x.dirty && x.Sorted != nil {
		return
	}
	x.Sorted = x.Sorted[:0]
	x.ByLen = map[int][]string{}
	x.RunesByLen = map[int][][]rune{}
	for t := range x.Post {
		x.Sorted = append(x.Sorted, t)
	}
	sort.Strings(x.Sorted)
	x.Forms = map[string][]string{}
	for _, t := range x.Sorted {
		r := []rune(t)
		x.ByLen[len(r)] = append(x.ByLen[len(r)], t)
		x.RunesByLen[len(r)] = append(x.RunesByLen[len(r)], r)
		if k := vocab.InflectionKey(t); k != t {
			x.Forms[k] = append(x.Forms[k], t)
		}
	}
	x.dirty = false
}

// QuadOp converts a quad into an index change, if it is one.
func QuadOp(q quad.Quad, add bool) (Op, bool) {
	s, ok := q.Subject.(quad.IRI)
	if !ok {
		return Op{}, false
	}
	p, ok := q.Predicate.(quad.IRI)
	if !ok {
		return Op{}, false
	}
	switch string(p) {
	case schema.Type:
		if c, ok := q.Object.(quad.IRI); ok {
			return Op{add: add, what: 'T', iri: string(s), value: string(c)}, true
		}
	case schema.Mentions:
		if e, ok := q.Object.(quad.IRI); ok {
			return Op{add: add, what: 'M', iri: string(e)}, true
		}
	default:
		if k, ok := vocab.NamePredicateKind(string(p)); ok {
			if t, ok := vocab.LiteralText(q.Object); ok && strings.TrimSpace(t) != "" {
				return Op{add: add, what: 'N', iri: string(s), kind: k, value: t}, true
			}
			return Op{}, false
		}
		if o, ok := q.Object.(quad.IRI); ok && vocab.IsEntityEdge(string(s), string(p), string(o)) {
			return Op{add: add, what: 'E', iri: string(s), pred: string(p), value: string(o)}, true
		}
	}
	return Op{}, false
}

// Line is o as a journal line. Journal lines: "+N\t<iri>\t<kind>\t<name>", "-N...", "+T\t<iri>\t<class>",
// "+M\t<iri>", "S\t<quads>". Fields are escaped with escapeField.
func (o Op) Line() string {
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

func parseOp(line string) (Op, bool) {
	if len(line) < 3 || (line[0] != '+' && line[0] != '-') {
		return Op{}, false
	}
	o := Op{add: line[0] == '+', what: line[1]}
	f := strings.Split(line[3:], "\t")
	switch o.what {
	case 'N':
		if len(f) != 3 {
			return Op{}, false
		}
		k, err := strconv.Atoi(f[1])
		if err != nil || k < 0 || k > int(vocab.KindAltLabel) {
			return Op{}, false
		}
		o.iri, o.kind, o.value = unescapeField(f[0]), vocab.NameKind(k), unescapeField(f[2])
	case 'T':
		if len(f) != 2 {
			return Op{}, false
		}
		o.iri, o.value = unescapeField(f[0]), unescapeField(f[1])
	case 'M':
		if len(f) != 1 && len(f) != 2 {
			return Op{}, false
		}
		o.iri = unescapeField(f[0])
		if len(f) == 2 {
			n, ok := count(f[1])
			if !ok {
				return Op{}, false
			}
			o.n = n
		}
	case 'E':
		if len(f) != 3 && len(f) != 4 {
			return Op{}, false
		}
		o.iri, o.pred, o.value = unescapeField(f[0]), unescapeField(f[1]), unescapeField(f[2])
		if len(f) == 4 {
			n, ok := count(f[3])
			if !ok {
				return Op{}, false
			}
			o.n = n
		}
	default:
		return Op{}, false
	}
	return o, true
}

// LoadIndex reads a journal; ok is false when it is missing, malformed or
// does not end with the expected quad count.
func LoadIndex(path string, want int64) (*Index, bool) {
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
	x := NewIndex()
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
		x.Apply(o)
	}
	if last != want {
		return nil, false
	}
	return x, true
}

// WriteIndex writes x as a fresh journal (through a temporary file).
func WriteIndex(path string, x *Index, count int64) error {
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
	x.Mu.RLock()
	fmt.Fprintf(w, "#\t%d\t%d\t%d\t%d\n", len(x.Ents), len(x.Entries), len(x.Post), len(x.edges))
	for _, e := range x.Ents {
		for _, c := range e.Classes {
			w.WriteString(Op{add: true, what: 'T', iri: e.IRI, value: c}.Line())
		}
		for _, n := range e.Names {
			en := x.Entries[n]
			if !en.Dead {
				w.WriteString(Op{add: true, what: 'N', iri: e.IRI, kind: en.Kind, value: en.Text}.Line())
			}
		}
		if e.Docs > 0 {
			w.WriteString(Op{add: true, what: 'M', iri: e.IRI, n: e.Docs}.Line())
		}
	}
	ids := make([]int32, 0, len(x.Adj))
	for id := range x.Adj {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		for _, e := range x.Adj[id] {
			if e.Fwd {
				n := x.edges[edgeKey{node: id, other: e.Other, pred: e.Pred, fwd: true}]
				w.WriteString(Op{add: true, what: 'E', iri: x.Ents[id].IRI, pred: e.Pred, value: x.Ents[e.Other].IRI, n: n}.Line())
			}
		}
	}
	x.Mu.RUnlock()
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

// LastCount reads the quad count on the journal's last line.
func LastCount(f *os.File) (int64, bool) {
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
func (x *Index) presize(line string) {
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
	x.Ents = make([]Entity, 0, n[0])
	x.ByIRI = make(map[string]int32, n[0])
	x.Entries = make([]Name, 0, n[1])
	x.Post = make(map[string][]int32, n[2])
	x.Adj = make(map[int32][]Edge, n[3]/2)
	x.edges = make(map[edgeKey]int32, n[3])
}

// StartJournal creates the journal of an empty store.
func StartJournal(path string) (*os.File, error) {
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

// DisplayName is the entity's preferred name.
func (x *Index) DisplayName(id int32, fallback string) string {
	bestKind, name := vocab.NameKind(255), fallback
	for _, n := range x.Ents[id].Names {
		en := x.Entries[n]
		if !en.Dead && en.Kind < bestKind {
			bestKind, name = en.Kind, en.Text
		}
	}
	return name
}

// Info returns what the index knows of one node.
func (x *Index) Info(iri string) (name string, classes []string, docs int, ok bool) {
	id, ok := x.ByIRI[iri]
	if !ok {
		return "", nil, 0, false
	}
	rec := x.Ents[id]
	return x.DisplayName(id, ""), append([]string(nil), rec.Classes...), int(rec.Docs), true
}
