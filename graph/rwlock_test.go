package graph

import (
	"context"
	"testing"
	"time"
)

func TestStoreLockNestedReadWithWaitingWriter(t *testing.T) {
	s := &Store{}
	ctx, unlock := s.ReadLock(context.Background())
	wrote := make(chan struct{})
	go func() {
		s.mu.Lock()
		close(wrote)
		s.mu.Unlock()
	}()
	time.Sleep(20 * time.Millisecond) // let the writer start waiting
	done := make(chan struct{})
	go func() {
		_, unlock2 := s.ReadLock(ctx) // nested: must not wait for the writer
		unlock2()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("nested read waited for the waiting writer")
	}
	select {
	case <-wrote:
		t.Fatal("writer ran while a read held the lock")
	default:
	}
	unlock()
	select {
	case <-wrote:
	case <-time.After(5 * time.Second):
		t.Fatal("writer did not run after the read ended")
	}
}

func TestStoreLockWaitingWriterBlocksNewReads(t *testing.T) {
	s := &Store{}
	_, unlock := s.ReadLock(context.Background())
	order := make(chan string, 2)
	go func() {
		s.mu.Lock()
		order <- "write"
		s.mu.Unlock()
	}()
	time.Sleep(20 * time.Millisecond)
	go func() {
		_, u := s.ReadLock(context.Background()) // a new, top-level read
		order <- "read"
		u()
	}()
	time.Sleep(20 * time.Millisecond)
	unlock()
	if first := <-order; first != "write" {
		t.Errorf("%s ran first; a waiting writer should go before new reads", first)
	}
	<-order
}
