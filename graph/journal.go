package graph

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// An import larger than one transaction is all or nothing also when the
// process dies in the middle (kill -9, a crash, the machine's power): on a
// bbolt store, before each of its transactions commits, Import appends the
// quads that transaction adds (those not in the store before) to a journal
// in the store directory, kg-import-journal, and syncs it; after the last
// transaction it removes the journal. A journal found by the next Open for
// writing (or by a read-only Open that can have the store alone for a
// moment) is an import that did not finish: its quads are removed from the
// store, and then the journal. The store is then as before the import:
// quads that were there before it are not in the journal, and so are kept.
//
// Removing is idempotent, so a process killed while it removes is
// finished by the next. The journal is a pquads file, as Import's spool;
// a record cut short by the death of the process is the last, and its
// transaction never committed.

// journalName is the import journal's file name in a bbolt store's
// directory.
const journalName = "kg-import-journal"

// journalPath returns the path of the store's import journal, or "" when
// the store keeps none (other backends, read-only stores).
func (s *Store) journalPath() string {
	if s.backend != DefaultBackend || s.readOnly {
		return ""
	}
	return filepath.Join(s.path, journalName)
}

// journal is an import's record of the quads it added.
type journal struct {
	path string
	f    *os.File
	buf  *bufio.Writer
	w    *pquads.Writer
}

// createJournal starts a journal at path, replacing one there (which the
// caller has rolled back).
func createJournal(path string) (*journal, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return nil, err
	}
	j := &journal{path: path, f: f, buf: bufio.NewWriterSize(f, 1<<20)}
	j.w = pquads.NewWriter(j.buf, &pquads.Options{Full: true})
	if err := j.sync(); err != nil {
		j.f.Close()
		os.Remove(path)
		return nil, err
	}
	if err := syncDir(filepath.Dir(path)); err != nil {
		j.f.Close()
		os.Remove(path)
		return nil, err
	}
	return j, nil
}

// record appends the quads of qs at the indices idx and syncs the journal:
// when it returns nil, a transaction adding them may commit.
func (j *journal) record(qs []quad.Quad, idx []int32) error {
	for _, i := range idx {
		if err := j.w.WriteQuad(qs[i]); err != nil {
			return err
		}
	}
	return j.sync()
}

func (j *journal) sync() error {
	if err := j.buf.Flush(); err != nil {
		return err
	}
	return j.f.Sync()
}

// remove deletes the journal: the import it records is complete (or was
// undone).
func (j *journal) remove() error {
	j.f.Close()
	if err := os.Remove(j.path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return syncDir(filepath.Dir(j.path))
}

// syncDir makes a directory's entries (a file created or removed) durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}

// rollBackImport removes from the store the quads of an import that did
// not finish, if its journal is there, and then the journal; it returns
// the number of quads removed. The caller holds s.mu.
func (s *Store) rollBackImport(ctx context.Context) (int, error) {
	path := s.journalPath()
	if path == "" {
		return 0, nil
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	} else if err != nil {
		return 0, fmt.Errorf("roll back an interrupted import: %w", err)
	}
	defer f.Close()
	r := pquads.NewReader(bufio.NewReaderSize(f, 1<<20), 0)
	removed := 0
	batch := make([]quad.Quad, 0, importBatch)
	flush := func() error {
		n, err := s.removePresent(ctx, batch)
		removed += n
		batch = batch[:0]
		return err
	}
	for {
		q, err := r.ReadQuad()
		if err != nil {
			// io.EOF, or a last record cut short (an empty journal's
			// header too): that record's transaction did not commit
			// (see above).
			break
		}
		batch = append(batch, q)
		if len(batch) == importBatch {
			if err := flush(); err != nil {
				return removed, fmt.Errorf("roll back an interrupted import: %w", err)
			}
		}
	}
	if err := flush(); err != nil {
		return removed, fmt.Errorf("roll back an interrupted import: %w", err)
	}
	f.Close()
	if err := os.Remove(path); err != nil {
		return removed, fmt.Errorf("roll back an interrupted import: %w", err)
	}
	if err := syncDir(filepath.Dir(path)); err != nil {
		return removed, fmt.Errorf("roll back an interrupted import: %w", err)
	}
	return removed, nil
}

// removePresent deletes those of qs that are in the store, in one
// transaction, and returns how many it deleted.
func (s *Store) removePresent(ctx context.Context, qs []quad.Quad) (int, error) {
	if len(qs) == 0 {
		return 0, nil
	}
	fresh, err := s.newQuads(ctx, qs) // absent or repeated
	if err != nil {
		return 0, err
	}
	absent := newQuadSet(len(fresh))
	for _, i := range fresh {
		absent.add(qs[i])
	}
	seen := newQuadSet(len(qs))
	var present []quad.Quad
	for _, q := range qs {
		// absent.add(q) is true when q is not among the absent ones.
		if seen.add(q) && absent.add(q) {
			present = append(present, q)
		}
	}
	if len(present) == 0 {
		return 0, nil
	}
	return len(present), s.removeQuads(present)
}

// rollBackFirst, for a read-only Open of the bbolt store at path, finishes
// the rollback of an interrupted import if one is pending and the store can
// be had alone for a moment: opening it for writing rolls back. When it
// cannot (other readers have it, the directory is not writable), the
// read-only Store sees the interrupted import's quads until a writer opens
// the store.
func rollBackFirst(ctx context.Context, path string, o Options) {
	if _, err := os.Stat(filepath.Join(path, journalName)); err != nil {
		return
	}
	o.ReadOnly, o.MustExist = false, true
	o.LockTimeout = min(max(o.LockTimeout, 0), rollBackWait)
	if o.LockTimeout == 0 {
		o.LockTimeout = rollBackWait
	}
	if s, err := Open(ctx, path, &o); err == nil {
		s.Close()
	}
}

// rollBackWait is how long a read-only Open waits for the store to be its
// alone to roll back an interrupted import.
const rollBackWait = 200 * time.Millisecond
