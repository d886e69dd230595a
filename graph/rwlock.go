package graph

import (
	"context"
	"errors"
	"sync"

	"github.com/cayleygraph/quad"
)

// storeLock keeps reads and writes of one Store apart: any number of
// readers, or one writer.
//
// Why: bbolt grows its memory map inside a write transaction and must wait,
// to do so, for every open read transaction to end; a read that begins a
// second transaction while its first is still open (Gizmo's iterator holds
// one while its results are turned into names, and Cayley's iterators do
// the same) then waits behind the writer, and the three wait for each other
// for ever. Holding this lock for the length of every read and every write
// means a writer never starts while a read is under way.
//
// A waiting writer stops new reads from starting, so a stream of queries
// cannot starve writes; reads are short or bounded by their query timeout.
// A read that calls another read passes the context readLock returned, and
// the inner call does not lock again (taking a read lock twice would wait
// for the waiting writer, which waits for the first).
type storeLock struct {
	mu      sync.Mutex
	cond    sync.Cond
	readers int
	waiting int // writers waiting
	writing bool
}

func (l *storeLock) init() {
	if l.cond.L == nil {
		l.cond.L = &l.mu
	}
}

// RLock takes a read lock, waiting while a writer holds or waits for it.
func (l *storeLock) RLock() {
	l.mu.Lock()
	l.init()
	for l.writing || l.waiting > 0 {
		l.cond.Wait()
	}
	l.readers++
	l.mu.Unlock()
}

// TryRLock takes a read lock if no writer holds or waits for it, and
// reports whether it did.
func (l *storeLock) TryRLock() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.writing || l.waiting > 0 {
		return false
	}
	l.readers++
	return true
}

// RUnlock releases a read lock.
func (l *storeLock) RUnlock() {
	l.mu.Lock()
	l.readers--
	if l.readers == 0 {
		l.init()
		l.cond.Broadcast()
	}
	l.mu.Unlock()
}

// Lock takes the write lock, waiting for the other writer and every reader.
func (l *storeLock) Lock() {
	l.mu.Lock()
	l.init()
	l.waiting++
	for l.writing || l.readers > 0 {
		l.cond.Wait()
	}
	l.waiting--
	l.writing = true
	l.mu.Unlock()
}

// Unlock releases the write lock.
func (l *storeLock) Unlock() {
	l.mu.Lock()
	l.writing = false
	l.init()
	l.cond.Broadcast()
	l.mu.Unlock()
}

// readLockKey marks a context whose caller holds a Store's read lock.
type readLockKey struct{ s *Store }

// ReadLock takes s's read lock unless ctx says the caller already holds
// it, and returns the context to pass to inner calls and the function that
// releases the lock.
func (s *Store) ReadLock(ctx context.Context) (context.Context, func()) {
	if ctx.Value(readLockKey{s}) != nil {
		return ctx, func() {}
	}
	s.mu.RLock()
	return context.WithValue(ctx, readLockKey{s}, true), s.mu.RUnlock
}

// tryReadLock is readLock that does not wait: ok is false, and nothing is
// locked, when a writer holds or waits for the store.
func (s *Store) tryReadLock(ctx context.Context) (_ context.Context, unlock func(), ok bool) {
	if ctx.Value(readLockKey{s}) != nil {
		return ctx, func() {}, true
	}
	if !s.mu.TryRLock() {
		return ctx, nil, false
	}
	return context.WithValue(ctx, readLockKey{s}, true), s.mu.RUnlock, true
}

// writeLockKey marks a context whose caller holds a Store's write lock
// (inside Update).
type writeLockKey struct{ s *Store }

// Update runs fn holding the store's write lock, once it has checked that
// the store is open for writing (else ErrReadOnly or a closed-store
// error). No other read or write of this Store runs meanwhile. The context
// fn is given lets the Store's reads (Search, Sources, Values, ...) run
// without taking the read lock, which would wait for ever, and is the one
// AddQuads and RemoveQuads require. It is how the packages that build on
// the store (link, unmerge) make a change that depends on what they read.
func (s *Store) Update(ctx context.Context, fn func(ctx context.Context) error) error {
	if err := s.checkWrite(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ctx = context.WithValue(ctx, readLockKey{s}, true)
	return fn(context.WithValue(ctx, writeLockKey{s}, true))
}

// errNotInUpdate is returned by AddQuads and RemoveQuads called outside
// Update.
var errNotInUpdate = errors.New("graph: a write outside Store.Update")

// AddQuads writes the quads of qs not yet in the store in one transaction
// and returns how many it added. It must be called with the context of an
// Update; the entity index is kept up to date.
func (s *Store) AddQuads(ctx context.Context, qs []quad.Quad) (int, error) {
	if ctx.Value(writeLockKey{s}) == nil {
		return 0, errNotInUpdate
	}
	added, err := s.addQuads(ctx, qs)
	return len(added), err
}

// RemoveQuads deletes qs, all known to be stored, in one transaction. It
// must be called with the context of an Update; the entity index is kept
// up to date.
func (s *Store) RemoveQuads(ctx context.Context, qs []quad.Quad) error {
	if ctx.Value(writeLockKey{s}) == nil {
		return errNotInUpdate
	}
	return s.removeQuads(qs)
}
