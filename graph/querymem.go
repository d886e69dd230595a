package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/metrics"
	"time"
)

// DefaultQueryMemory is the heap growth a query may cause when
// QueryOptions.MaxMemory is 0: 256 MiB.
const DefaultQueryMemory = 256 << 20

// ErrQueryMemory is matched (with errors.Is) by the error Query returns when
// a query was stopped for growing the heap past QueryOptions.MaxMemory.
var ErrQueryMemory = errors.New("graph: query used too much memory")

// MemoryError reports a query stopped by QueryOptions.MaxMemory; it matches
// ErrQueryMemory.
type MemoryError struct {
	// Budget is the heap growth the query was allowed, in bytes.
	Budget int64
}

// Error says what the query was allowed.
func (e *MemoryError) Error() string {
	return fmt.Sprintf("graph: query stopped: it grew the heap by more than %d MiB", e.Budget>>20)
}

// Is reports whether target is ErrQueryMemory.
func (e *MemoryError) Is(target error) bool { return target == ErrQueryMemory }

// memorySample is how often watchMemory looks at the heap. A script that
// doubles a string every step needs tens of milliseconds per doubling once
// it holds a few hundred MB, so a few milliseconds is enough to stop it
// within a doubling or two of its budget; reading the metric costs about a
// microsecond.
const memorySample = 5 * time.Millisecond

// hardFactor is how many budgets the heap, garbage included, may grow by
// before a query is stopped without waiting for a collection to tell what
// is live. watchMemory collects each time the heap grows by a budget, so
// only a query outrunning collections gets there.
const hardFactor = 2

// heapMetrics are the runtime metrics watchMemory reads.
var heapMetrics = [...]string{
	"/memory/classes/heap/objects:bytes", // heap objects, live or not yet swept
	"/gc/heap/live:bytes",                // live heap as of the last collection
	"/gc/heap/goal:bytes",                // heap size at which the next one ends
}

// readHeap returns the values of heapMetrics.
func readHeap(s []metrics.Sample) (objects, live, goal uint64) {
	metrics.Read(s)
	v := func(i int) uint64 {
		if s[i].Value.Kind() != metrics.KindUint64 {
			return 0
		}
		return s[i].Value.Uint64()
	}
	return v(0), v(1), v(2)
}

// watchMemory calls stop when the live heap has grown by more than budget
// bytes since it was called, until ctx is done.
//
// What is live is known after each garbage collection, which the runtime
// starts when the heap reaches its goal (twice the live heap by default):
// a query whose live data grows past its budget is stopped at the next
// collection. When the goal is far off (a large heap), the heap could grow
// by several budgets before the next collection, so watchMemory starts one
// itself each time the heap has grown by a budget. And when collections
// cannot keep up (a busy machine, or a script growing its data faster than
// they finish), a heap grown by hardFactor budgets stops the query without
// waiting for one. Go cannot tell which goroutine holds what, so the
// growth is the whole process's: a query running beside another that
// grows the heap may be stopped as well.
func watchMemory(ctx context.Context, budget uint64, stop func()) {
	s := make([]metrics.Sample, len(heapMetrics))
	for i, name := range heapMetrics {
		s[i].Name = name
	}
	heapMin, liveBase, _ := readHeap(s)
	collectAt := heapMin + budget
	collecting := make(chan struct{}, 1)
	t := time.NewTicker(memorySample)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		heap, live, goal := readHeap(s)
		// What was live when the query started may have been garbage
		// about to be collected (a previous query's, say).
		liveBase = min(liveBase, live)
		heapMin = min(heapMin, heap)
		if live > liveBase+budget || heap > heapMin+hardFactor*budget {
			stop()
			return
		}
		collectAt = min(collectAt, heap+budget)
		if heap > collectAt && goal > heap+budget {
			select {
			case collecting <- struct{}{}:
				collectAt = heap + budget
				go func() {
					runtime.GC()
					<-collecting
				}()
			default:
			}
		}
	}
}
