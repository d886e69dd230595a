package graph

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// PostgreSQL: reads, queries, Import and WriteDocument go through Cayley's
// SQL backend ("postgres", registered in register.go), which writes a row
// at a time. WriteDocuments, the bulk path of kg build, uses pgWriter: the
// same tables and the same row contents as Cayley writes (the store stays a
// stock Cayley store), but multi-row statements, one transaction per batch
// of documents, and several connections at once.
//
// Several writers (goroutines of one build, or kg build processes on many
// machines) may write to one database at once. A batch's nodes are
// inserted first, unreferenced, in a short transaction of their own (see
// insertNodes); its quads are then written in one transaction, which takes
// a transaction-scoped advisory lock per document, in a fixed order, then
// checks which of its documents are already stored; a document that another
// writer is storing is therefore seen as present once that writer commits,
// and never stored twice. Node reference counts are incremented only for
// the quads actually inserted, with the node rows locked in hash order so
// that concurrent batches cannot deadlock (and a deadlock or serialization
// failure the server reports anyway is retried). The rows are locked FOR NO
// KEY UPDATE, which does not conflict with the KEY SHARE locks that the
// quads' foreign keys take on the nodes of other batches.

// pgWriters is the number of connections WriteDocuments may use at once.
const pgWriters = 4

// pgChunk is the most rows in one INSERT: array parameters (unnest) for
// the common case; a VALUES list with 4 parameters a row (PostgreSQL allows
// 65,535 per statement) for quads without a label.
const pgChunk = 10000

type pgWriter struct {
	db *sql.DB
}

func newPGWriter(addr string) (*pgWriter, error) {
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(pgWriters)
	db.SetMaxIdleConns(pgWriters)
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, err
	}
	return &pgWriter{db: db}, nil
}

func (w *pgWriter) close() error { return w.db.Close() }

func (w *pgWriter) concurrency() int { return pgWriters }

// pgDocKey is the advisory lock key of a document: 63 bits of its IRI's
// hash, with a fixed tag in the top bits so that kg's locks do not collide
// with keys other programs use.
func pgDocKey(h refs.ValueHash) int64 {
	return int64(binary.BigEndian.Uint64(h[:8])&0x00FF_FFFF_FFFF_FFFF | 0x6B00_0000_0000_0000) // 0x6B = 'k'
}

func (w *pgWriter) writeDocuments(ctx context.Context, docs []preparedDoc) ([]DocumentResult, error) {
	var res []DocumentResult
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		res, err = w.tryWrite(ctx, docs)
		if !retryable(err) {
			break
		}
	}
	if err != nil {
		return nil, fmt.Errorf("graph: write documents: %w", err)
	}
	return res, nil
}

// retryable reports whether err is a deadlock or serialization failure, or
// a foreign key violation: a node inserted by insertNodes was deleted by
// another writer (as unreferenced) before this one's quads referenced it;
// the retry inserts it again.
func retryable(err error) bool {
	var pe *pq.Error
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001" || pe.Code == "23503")
}

func (w *pgWriter) tryWrite(ctx context.Context, docs []preparedDoc) ([]DocumentResult, error) {
	res := make([]DocumentResult, len(docs))
	// The nodes the documents use, in hash order, are inserted (with no
	// references yet) and committed first, in a short transaction of
	// their own: a transaction inserting a node that another has inserted
	// but not yet committed must wait for that one to end, which, with
	// the nodes inserted inside the long transaction below, made
	// concurrent batches wait for each other most of the time.
	hashes, nodes := docNodes(docs)
	if err := w.insertNodes(ctx, hashes, nodes); err != nil {
		return nil, err
	}

	tx, err := w.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	stored, err := lockStored(ctx, tx, docs)
	if err != nil {
		return nil, err
	}
	quads := pendingQuads(docs, stored, res)
	if len(quads) == 0 {
		return res, tx.Commit()
	}
	inc, err := insertQuads(ctx, tx, quads, res)
	if err != nil {
		return nil, err
	}
	if err := addReferences(ctx, tx, hashes, inc); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return res, nil
}

// docNodes returns the nodes the quads of docs (but duplicates) use, and
// their hashes in order.
func docNodes(docs []preparedDoc) ([]refs.ValueHash, map[refs.ValueHash]quad.Value) {
	nodes := map[refs.ValueHash]quad.Value{}
	for _, d := range docs {
		if d.dup {
			continue
		}
		for _, q := range d.quads {
			for _, dir := range quad.Directions {
				if v := q.Get(dir); v != nil {
					nodes[refs.HashOf(v)] = v
				}
			}
		}
	}
	hashes := make([]refs.ValueHash, 0, len(nodes))
	for h := range nodes {
		hashes = append(hashes, h)
	}
	sort.Slice(hashes, func(i, j int) bool { return bytes.Compare(hashes[i][:], hashes[j][:]) < 0 })
	return hashes, nodes
}

// lockStored locks the documents (advisory locks, in key order), then
// returns the hashes of those already stored.
func lockStored(ctx context.Context, tx *sql.Tx, docs []preparedDoc) (map[string]bool, error) {
	var keys []int64
	var docHashes [][]byte
	for _, d := range docs {
		if d.dup {
			continue
		}
		h := refs.HashOf(d.iri)
		keys = append(keys, pgDocKey(h))
		docHashes = append(docHashes, append([]byte(nil), h[:]...))
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	if len(keys) > 0 {
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(k) FROM (SELECT k FROM unnest($1::bigint[]) AS k ORDER BY k) AS s`, pq.Array(keys)); err != nil {
			return nil, err
		}
	}
	stored := map[string]bool{}
	if len(docHashes) == 0 {
		return stored, nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT subject_hash FROM quads WHERE subject_hash = ANY($1::bytea[])`, pq.ByteaArray(docHashes))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var h []byte
		if err := rows.Scan(&h); err != nil {
			return nil, err
		}
		stored[string(h)] = true
	}
	return stored, rows.Err()
}

// pgQuad is a quad to insert: its nodes' hashes and its document's index.
type pgQuad struct {
	h   [4]refs.ValueHash
	doc int
}

// pendingQuads returns the quads of the documents not stored yet, sorted
// by hash, and marks the others Present in res.
func pendingQuads(docs []preparedDoc, stored map[string]bool, res []DocumentResult) []pgQuad {
	var quads []pgQuad
	for i, d := range docs {
		h := refs.HashOf(d.iri)
		if d.dup || stored[string(h[:])] {
			res[i].Present = true
			continue
		}
		for _, q := range d.quads {
			var pq pgQuad
			pq.doc = i
			for k, dir := range quad.Directions {
				v := q.Get(dir)
				if v == nil {
					continue
				}
				pq.h[k] = refs.HashOf(v)
			}
			quads = append(quads, pq)
		}
	}
	sort.Slice(quads, func(i, j int) bool {
		for k := 0; k < 4; k++ {
			if c := bytes.Compare(quads[i].h[k][:], quads[j].h[k][:]); c != 0 {
				return c < 0
			}
		}
		return false
	})
	return quads
}

// insertQuads inserts quads in chunks of pgChunk, counts in res the quads
// each document added, and returns how many new references each node
// gained.
func insertQuads(ctx context.Context, tx *sql.Tx, quads []pgQuad, res []DocumentResult) (map[refs.ValueHash]int64, error) {
	inc := map[refs.ValueHash]int64{}
	for rest := quads; len(rest) > 0; {
		n := min(len(rest), pgChunk)
		added, err := insertChunk(ctx, tx, rest[:n], inc)
		if err != nil {
			return nil, err
		}
		for _, q := range rest[:n] {
			if added[q.h] {
				res[q.doc].Added++
			}
		}
		rest = rest[n:]
	}
	return inc, nil
}

// insertChunk inserts one chunk of quads and returns those that were new
// (RETURNING tells: a quad labelled with another graph may be stored
// already), adding their nodes' new references to inc.
func insertChunk(ctx context.Context, tx *sql.Tx, chunk []pgQuad, inc map[refs.ValueHash]int64) (map[[4]refs.ValueHash]bool, error) {
	stmt, args := quadInsert(chunk)
	rows, err := tx.QueryContext(ctx, stmt, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	added := map[[4]refs.ValueHash]bool{}
	for rows.Next() {
		var hs [4]csql.NodeHash
		if err := rows.Scan(&hs[0], &hs[1], &hs[2], &hs[3]); err != nil {
			return nil, err
		}
		var key [4]refs.ValueHash
		for k := range hs {
			key[k] = hs[k].ValueHash
			if hs[k].Valid() {
				inc[hs[k].ValueHash]++
			}
		}
		added[key] = true
	}
	return added, rows.Err()
}

// quadInsert is the INSERT statement of a chunk of quads and its
// arguments.
func quadInsert(chunk []pgQuad) (string, []any) {
	labelled := true
	for _, q := range chunk {
		labelled = labelled && q.h[3].Valid()
	}
	var sb strings.Builder
	var args []any
	if labelled {
		// One array per column: a short statement whatever the
		// number of rows (bytea arrays cannot hold NULL labels).
		var cols [4]pq.ByteaArray
		for _, q := range chunk {
			for k := 0; k < 4; k++ {
				cols[k] = append(cols[k], q.h[k][:])
			}
		}
		sb.WriteString("INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts) SELECT s, p, o, l, now() FROM unnest($1::bytea[], $2::bytea[], $3::bytea[], $4::bytea[]) AS t(s, p, o, l)")
		args = []any{cols[0], cols[1], cols[2], cols[3]}
	} else {
		args = make([]any, 0, 4*len(chunk))
		sb.WriteString("INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES ")
		p := 1
		for r, q := range chunk {
			if r > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString("($" + strconv.Itoa(p) + ",$" + strconv.Itoa(p+1) + ",$" + strconv.Itoa(p+2) + ",$" + strconv.Itoa(p+3) + ",now())")
			p += 4
			for k := 0; k < 4; k++ {
				args = append(args, csql.NodeHash{ValueHash: q.h[k]}.SQLValue())
			}
		}
	}
	sb.WriteString(" ON CONFLICT DO NOTHING RETURNING subject_hash, predicate_hash, object_hash, label_hash")
	return sb.String(), args
}

// addReferences adds the new references inc to the nodes (locking their
// rows in hash order first), and deletes the nodes of hashes inserted for
// quads that were all stored already.
func addReferences(ctx context.Context, tx *sql.Tx, hashes []refs.ValueHash, inc map[refs.ValueHash]int64) error {
	var incHashes [][]byte
	var incs []int64
	var unused [][]byte
	for _, h := range hashes {
		hb := append([]byte(nil), h[:]...)
		if n := inc[h]; n > 0 {
			incHashes = append(incHashes, hb)
			incs = append(incs, n)
		} else {
			unused = append(unused, hb)
		}
	}
	if len(incHashes) > 0 {
		if _, err := tx.ExecContext(ctx, `SELECT 1 FROM nodes WHERE hash = ANY($1::bytea[]) ORDER BY hash FOR NO KEY UPDATE`, pq.ByteaArray(incHashes)); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE nodes SET refs = nodes.refs + v.inc FROM unnest($1::bytea[], $2::bigint[]) AS v(hash, inc) WHERE nodes.hash = v.hash`, pq.ByteaArray(incHashes), pq.Array(incs)); err != nil {
			return err
		}
	}
	if len(unused) > 0 { // nodes inserted above for quads that were all stored already
		if _, err := tx.ExecContext(ctx, `DELETE FROM nodes WHERE hash = ANY($1::bytea[]) AND refs <= 0`, pq.ByteaArray(unused)); err != nil {
			return err
		}
	}
	return nil
}

// insertNodes inserts the nodes of hashes that are not yet stored, with
// no references, in one transaction of its own, in hash order (so that
// concurrent writers inserting the same new nodes wait for each other
// without deadlock). Nodes whose quads turn out to be stored already are
// deleted again by the transaction that writes the quads; a node left
// unreferenced by a crash between the two is harmless (Cayley deletes
// unreferenced nodes itself on its next delete).
func (w *pgWriter) insertNodes(ctx context.Context, hashes []refs.ValueHash, nodes map[refs.ValueHash]quad.Value) error {
	if len(hashes) == 0 {
		return nil
	}
	tx, err := w.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	byType := map[csql.ValueType][][]any{}
	var types []csql.ValueType
	for _, h := range hashes {
		t, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: h}, nodes[h])
		if err != nil {
			return err
		}
		if _, ok := byType[t]; !ok {
			types = append(types, t)
		}
		byType[t] = append(byType[t], vals)
	}
	sort.Slice(types, func(i, j int) bool { return types[i] < types[j] })
	for _, t := range types {
		cols := "refs, hash, " + strings.Join(t.Columns(), ", ")
		rows := byType[t]
		if ok, err := insertNodesUnnest(ctx, tx, cols, rows); err != nil {
			return err
		} else if ok {
			continue
		}
		for len(rows) > 0 {
			n := min(len(rows), pgChunk)
			var sb strings.Builder
			args := make([]any, 0, n*len(rows[0]))
			sb.WriteString("INSERT INTO nodes (" + cols + ") VALUES ")
			p := 1
			for r, vals := range rows[:n] {
				if r > 0 {
					sb.WriteByte(',')
				}
				sb.WriteString("(0")
				for range vals {
					sb.WriteString(",$" + strconv.Itoa(p))
					p++
				}
				sb.WriteByte(')')
				args = append(args, vals...)
			}
			sb.WriteString(" ON CONFLICT (hash) DO NOTHING")
			if _, err := tx.ExecContext(ctx, sb.String(), args...); err != nil {
				return err
			}
			rows = rows[n:]
		}
	}

	return tx.Commit()
}

// pgMissing reports whether the database at addr certainly has no Cayley
// tables (Cayley's SQL backend opens an empty database without complaint
// and fails at the first query).
func pgMissing(addr string) bool {
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return false
	}
	defer db.Close()
	var missing bool
	if err := db.QueryRow(`SELECT to_regclass('quads') IS NULL`).Scan(&missing); err != nil {
		return false
	}
	return missing
}

// column returns column c of rows as a slice of T, or false when a value
// is not a T.
func column[T any](rows [][]any, c int) ([]T, bool) {
	a := make([]T, len(rows))
	for r := range rows {
		v, ok := rows[r][c].(T)
		if !ok {
			return nil, false
		}
		a[r] = v
	}
	return a, true
}

// insertNodesUnnest inserts node rows (each: hash, then the values of cols
// after "refs, hash") with one array parameter per column, and reports
// false, inserting nothing, when a column's values have no array type.
func insertNodesUnnest(ctx context.Context, tx *sql.Tx, cols string, rows [][]any) (bool, error) {
	width := len(rows[0])
	params := make([]any, width)
	casts := make([]string, width)
	for c := 0; c < width; c++ {
		var ok bool
		switch rows[0][c].(type) {
		case []byte:
			var a [][]byte
			a, ok = column[[]byte](rows, c)
			params[c], casts[c] = pq.ByteaArray(a), "bytea[]"
		case string:
			var a []string
			a, ok = column[string](rows, c)
			params[c], casts[c] = pq.StringArray(a), "text[]"
		case bool:
			var a []bool
			a, ok = column[bool](rows, c)
			params[c], casts[c] = pq.BoolArray(a), "boolean[]"
		case int64:
			var a []int64
			a, ok = column[int64](rows, c)
			params[c], casts[c] = pq.Int64Array(a), "bigint[]"
		case float64:
			var a []float64
			a, ok = column[float64](rows, c)
			params[c], casts[c] = pq.Float64Array(a), "double precision[]"
		}
		if !ok {
			return false, nil
		}
	}
	var sb strings.Builder
	sb.WriteString("INSERT INTO nodes (" + cols + ") SELECT 0")
	for c := 0; c < width; c++ {
		sb.WriteString(", c" + strconv.Itoa(c))
	}
	sb.WriteString(" FROM unnest(")
	for c := 0; c < width; c++ {
		if c > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString("$" + strconv.Itoa(c+1) + "::" + casts[c])
	}
	sb.WriteString(") AS t(")
	for c := 0; c < width; c++ {
		if c > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString("c" + strconv.Itoa(c))
	}
	sb.WriteString(") ORDER BY c0 ON CONFLICT (hash) DO NOTHING")
	if _, err := tx.ExecContext(ctx, sb.String(), params...); err != nil {
		return false, err
	}
	return true, nil
}
