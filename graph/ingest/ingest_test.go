package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/storetest"
)

// fakeExtractor finds one person in every document, "Ann Lee", and one of
// its own, named by the document's first word. A text holding "slow"
// takes longer than allowed, one holding "broken" fails.
type fakeExtractor struct {
	mu    sync.Mutex
	calls int
}

func (f *fakeExtractor) Extract(ctx context.Context, doc extract.Document) (*extract.Result, error) {
	f.mu.Lock()
	f.calls++
	f.mu.Unlock()
	switch {
	case strings.Contains(doc.Text, "slow"):
		return nil, fmt.Errorf("fake: %s: %w", doc.Source, pipeline.ErrDocTimeout)
	case strings.Contains(doc.Text, "broken"):
		return nil, errors.New("fake: broken")
	}
	own := strings.Fields(doc.Text)[0]
	res := &extract.Result{Doc: doc}
	for i, name := range []string{"Ann Lee", own} {
		res.Mentions = append(res.Mentions, extract.Mention{Start: 0, End: len(own), Text: own, Type: extract.Person, Entity: i})
		res.Entities = append(res.Entities, extract.Entity{Name: name, Type: extract.Person, Key: strings.ToLower(name), Mentions: []int{i}})
	}
	return res, nil
}

// fakeStore keeps the IRIs of the documents written and the batches they
// came in; failAt makes the batch of that index (from 1) fail.
type fakeStore struct {
	mu      sync.Mutex
	conc    int
	failAt  int
	has     map[quad.IRI]bool
	batches [][]quad.IRI
	quads   int64
}

func (s *fakeStore) HasDocumentNoWait(_ context.Context, doc quad.IRI) (bool, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.has[doc], true, nil
}

func (s *fakeStore) WriteDocuments(_ context.Context, docs []graph.Document) ([]graph.DocumentResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failAt == len(s.batches)+1 {
		s.batches = append(s.batches, nil)
		return nil, errors.New("fake: disk full")
	}
	var iris []quad.IRI
	out := make([]graph.DocumentResult, len(docs))
	for i, d := range docs {
		iris = append(iris, d.IRI)
		if s.has[d.IRI] {
			out[i].Present = true
			continue
		}
		s.has[d.IRI] = true
		out[i].Added = len(d.Quads)
		s.quads += int64(len(d.Quads))
	}
	s.batches = append(s.batches, iris)
	return out, nil
}

func (s *fakeStore) WriteConcurrency() int { return max(s.conc, 1) }

func (s *fakeStore) QuadCount(context.Context) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.quads
}

// writeInputs writes one text file per text, named 01.txt, 02.txt, ...,
// and returns them as sources.
func writeInputs(t *testing.T, texts []string) []input.Source {
	t.Helper()
	dir := t.TempDir()
	var srcs []input.Source
	for i, text := range texts {
		p := filepath.Join(dir, fmt.Sprintf("%02d.txt", i+1))
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, input.Source{Path: p, Size: int64(len(text))})
	}
	return srcs
}

// report is what a test keeps of an Item: its file name and what befell it.
func report(it Item) string {
	name := filepath.Base(it.Name)
	switch {
	case errors.Is(it.Rejected, pipeline.ErrDocTimeout):
		return name + " timed out"
	case it.Rejected != nil:
		return name + " rejected"
	case it.Present:
		return name + " present"
	}
	return name
}

func texts(n int) []string {
	var out []string
	for i := 1; i <= n; i++ {
		out = append(out, fmt.Sprintf("Person%d met Ann Lee in Harlow.", i))
	}
	return out
}

func TestBuild(t *testing.T) {
	tests := []struct {
		name    string
		texts   []string
		opts    Options
		conc    int
		stored  []int // indexes (from 1) of texts in the store before
		failAt  int
		want    Summary
		reports []string
		batches []int // documents per batch, in order (not checked when conc > 1)
		calls   int
		wantErr bool
	}{
		{
			name: "in input order, in batches", texts: texts(10), opts: Options{Workers: 3, BatchDocs: 4},
			want:    Summary{Read: 10, Stored: 10, Entities: 11, Mentions: 20, Workers: 3},
			reports: []string{"01.txt", "02.txt", "03.txt", "04.txt", "05.txt", "06.txt", "07.txt", "08.txt", "09.txt", "10.txt"},
			batches: []int{4, 4, 2}, calls: 10,
		},
		{
			name: "a document stored already is not extracted", texts: texts(4), opts: Options{Workers: 2}, stored: []int{2},
			want:    Summary{Read: 4, Stored: 3, Unchanged: 1, Entities: 4, Mentions: 6, Workers: 2},
			reports: []string{"01.txt", "02.txt present", "03.txt", "04.txt"},
			batches: []int{3}, calls: 3,
		},
		{
			name: "rejections and timeouts are reported and not stored", texts: []string{"Bo Ek spoke.", "", "Acme was slow.", "Norland grew."}, opts: Options{Workers: 2},
			want:    Summary{Read: 4, Stored: 2, Rejected: 2, Entities: 3, Mentions: 4, Workers: 2},
			reports: []string{"01.txt", "02.txt rejected", "03.txt timed out", "04.txt"},
			batches: []int{2}, calls: 3,
		},
		{
			name: "the quad bound closes a batch", texts: texts(3), opts: Options{Workers: 1, BatchQuads: 1},
			want:    Summary{Read: 3, Stored: 3, Entities: 4, Mentions: 6, Workers: 1},
			reports: []string{"01.txt", "02.txt", "03.txt"},
			batches: []int{1, 1, 1}, calls: 3,
		},
		{
			name: "a failed write stops the build, earlier batches stay", texts: texts(5), opts: Options{Workers: 2, BatchDocs: 2}, failAt: 2,
			want:    Summary{Read: 4, Stored: 2, Entities: 3, Mentions: 4, Workers: 2},
			reports: []string{"01.txt", "02.txt", "03.txt", "04.txt"},
			batches: []int{2, 0}, calls: 5, wantErr: true,
		},
		{
			name: "an extraction error stops the build", texts: []string{"Bo Ek spoke.", "Acme is broken.", "Norland grew."}, opts: Options{Workers: 1, BatchDocs: 1},
			want:    Summary{Read: 2, Stored: 1, Entities: 2, Mentions: 2, Workers: 1},
			reports: []string{"01.txt"},
			batches: []int{1}, calls: 3, wantErr: true,
		},
		{
			name: "several writers", texts: texts(9), opts: Options{Workers: 2, BatchDocs: 2}, conc: 3,
			want:    Summary{Read: 9, Stored: 9, Entities: 10, Mentions: 18, Workers: 2},
			reports: []string{"01.txt", "02.txt", "03.txt", "04.txt", "05.txt", "06.txt", "07.txt", "08.txt", "09.txt"},
			calls:   9,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srcs := writeInputs(t, tt.texts)
			store := &fakeStore{conc: tt.conc, failAt: tt.failAt, has: map[quad.IRI]bool{}}
			ex := &fakeExtractor{}
			var pre []graph.Document
			for _, i := range tt.stored {
				pre = append(pre, graph.Document{IRI: documentIRI(tt.texts[i-1])})
			}
			if _, err := store.WriteDocuments(context.Background(), pre); err != nil {
				t.Fatal(err)
			}
			store.batches, store.quads = nil, 0
			var reports []string
			opts := tt.opts
			opts.Report = func(it Item) { reports = append(reports, report(it)) }
			sum, err := (&Builder{Pipeline: ex, Store: store, Options: opts}).Build(context.Background(), srcs)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Build: err = %v, want an error: %v", err, tt.wantErr)
			}
			if sum.Quads != int(store.quads) {
				t.Errorf("Summary.Quads = %d, the store added %d", sum.Quads, store.quads)
			}
			sum.Quads, sum.WriteTime = 0, 0
			if diff := cmp.Diff(tt.want, sum); diff != "" {
				t.Errorf("Summary (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.reports, reports); diff != "" {
				t.Errorf("reports (-want +got):\n%s", diff)
			}
			if tt.conc <= 1 {
				var sizes []int
				for _, b := range store.batches {
					sizes = append(sizes, len(b))
				}
				if diff := cmp.Diff(tt.batches, sizes); diff != "" {
					t.Errorf("batch sizes (-want +got):\n%s", diff)
				}
			}
			if ex.calls > tt.calls {
				t.Errorf("%d documents extracted, want at most %d", ex.calls, tt.calls)
			}
		})
	}
}

// TestBuildOrder checks that documents reach the store in input order
// whatever the number of workers.
func TestBuildOrder(t *testing.T) {
	in := texts(40)
	var want []quad.IRI
	for _, text := range in {
		want = append(want, documentIRI(text))
	}
	for _, workers := range []int{1, 2, 7} {
		t.Run(fmt.Sprint(workers, " workers"), func(t *testing.T) {
			store := &fakeStore{has: map[quad.IRI]bool{}}
			_, err := (&Builder{Pipeline: &fakeExtractor{}, Store: store, Options: Options{Workers: workers, BatchDocs: 3}}).Build(context.Background(), writeInputs(t, in))
			if err != nil {
				t.Fatal(err)
			}
			var got []quad.IRI
			for _, b := range store.batches {
				got = append(got, b...)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("documents written (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBuildWriteError checks the error of a failed batch.
func TestBuildWriteError(t *testing.T) {
	store := &fakeStore{failAt: 1, has: map[quad.IRI]bool{}}
	srcs := writeInputs(t, texts(3))
	_, err := (&Builder{Pipeline: &fakeExtractor{}, Store: store, Options: Options{Workers: 1}}).Build(context.Background(), srcs)
	var we *WriteError
	if !errors.As(err, &we) {
		t.Fatalf("Build: err = %v, want a *WriteError", err)
	}
	if got, want := we.Batch(), srcs[0].Path+" ... "+srcs[2].Path; got != want {
		t.Errorf("Batch() = %q, want %q", got, want)
	}
	if !strings.HasPrefix(err.Error(), "ingest: write ") || !strings.HasSuffix(err.Error(), "fake: disk full") {
		t.Errorf("error %q", err)
	}
}

// TestBuildInterrupted checks that a build stops with ctx's error.
func TestBuildInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := (&Builder{Pipeline: &fakeExtractor{}, Store: &fakeStore{has: map[quad.IRI]bool{}}}).Build(ctx, writeInputs(t, texts(3)))
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Build: err = %v, want context.Canceled", err)
	}
}

func TestBuildBadBuilder(t *testing.T) {
	tests := []struct {
		name string
		b    Builder
	}{
		{"no pipeline", Builder{Store: &fakeStore{}}},
		{"no store", Builder{Pipeline: &fakeExtractor{}}},
		{"negative workers", Builder{Pipeline: &fakeExtractor{}, Store: &fakeStore{}, Options: Options{Workers: -1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := tt.b.Build(context.Background(), nil); err == nil || !strings.HasPrefix(err.Error(), "ingest: ") {
				t.Errorf("Build: err = %v, want an ingest error", err)
			}
		})
	}
}

func TestDefaultWorkers(t *testing.T) {
	tests := []struct {
		name             string
		cores, writeConc int
		want             int
	}{
		{"one core, bbolt", 1, 1, 1},
		{"two cores, bbolt: the writer keeps one", 2, 1, 1},
		{"eight cores, bbolt", 8, 1, 7},
		{"two cores, postgres", 2, 4, 2},
		{"no cores reported", 0, 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := DefaultWorkers(tc.cores, tc.writeConc); got != tc.want {
				t.Errorf("DefaultWorkers(%d, %d) = %d, want %d", tc.cores, tc.writeConc, got, tc.want)
			}
		})
	}
}

func TestBatchQuadsFor(t *testing.T) {
	tests := []struct {
		name   string
		base   int
		stored int64
		want   int
	}{
		{"empty store", 20_000, 0, 20_000},
		{"at the knee", 20_000, 2_000_000, 20_000},
		{"twice the knee", 20_000, 4_000_000, 10_000},
		{"far beyond: a quarter of the default", 20_000, 100_000_000, 5_000},
		{"tiny default", 1, 100_000_000, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := batchQuadsFor(tc.base, tc.stored); got != tc.want {
				t.Errorf("batchQuadsFor(%d, %d) = %d, want %d", tc.base, tc.stored, got, tc.want)
			}
		})
	}
}

func TestMemoryLimit(t *testing.T) {
	tests := []struct {
		name    string
		limit   int64
		workers int
		envSet  bool
		want    int64
	}{
		{"default, one worker", 0, 1, false, 256 << 20},
		{"default, seven workers", 0, 7, false, 448 << 20},
		{"default with GOMEMLIMIT set: the runtime's", 0, 1, true, 0},
		{"given", 600 << 20, 1, false, 600 << 20},
		{"given wins over GOMEMLIMIT", 600 << 20, 1, true, 600 << 20},
		{"off", -1, 4, false, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := memoryLimit(tc.limit, tc.workers, tc.envSet); got != tc.want {
				t.Errorf("memoryLimit(%d, %d, %v) = %d, want %d", tc.limit, tc.workers, tc.envSet, got, tc.want)
			}
		})
	}
}

func TestImportFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "kestrel.nt")
	if err := os.WriteFile(good, []byte("<urn:kestrel> <urn:perches> <urn:larch> .\n<urn:kestrel> <urn:eats> <urn:vole> .\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "broken.nt")
	if err := os.WriteFile(bad, []byte("<urn:kestrel> <urn:perches\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fileURI := "file://" + filepath.ToSlash(good)
	tests := []struct {
		name      string
		file      string
		label     quad.IRI
		wantLabel quad.IRI
		wantAdded int
		wantErr   string
	}{
		{name: "under its file URI", file: good, wantLabel: quad.IRI(fileURI), wantAdded: 2},
		{name: "under a given graph", file: good, label: "urn:graph:nest", wantLabel: "urn:graph:nest", wantAdded: 2},
		{name: "missing", file: filepath.Join(dir, "none.nt"), wantErr: "no such file"},
		{name: "malformed", file: bad, wantErr: "broken.nt:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := storetest.Open(t)
			opts := &graph.ImportOptions{Name: tt.file, Label: tt.label}
			rep, err := ImportFile(ctx, s, tt.file, opts)
			if (err != nil) != (tt.wantErr != "") || err != nil && !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("got error %v, want one holding %q", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if rep.Added != tt.wantAdded {
				t.Errorf("%d quads added, want %d", rep.Added, tt.wantAdded)
			}
			if diff := cmp.Diff(tt.wantLabel, opts.Label); diff != "" {
				t.Errorf("label (-want +got):\n%s", diff)
			}
		})
	}
}
