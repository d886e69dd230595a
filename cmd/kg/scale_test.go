package main

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/schema"
)

// TestMain lets tests run kg as a separate process (the test binary with
// KG_TEST_RUN_MAIN=1 is kg, signals handled as main handles them), to
// kill or interrupt it or to run several at once.
func TestMain(m *testing.M) {
	if os.Getenv("KG_TEST_RUN_MAIN") == "1" {
		limitFileSize() // KG_TEST_FSIZE (faults_linux_test.go)
		ctx, stop := signalContext()
		code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
		stop()
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// kgProcess returns a command running kg with args.
func kgProcess(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "KG_TEST_RUN_MAIN=1")
	return cmd
}

// corpus writes n articles made from the fixtures (each fixture with a
// numbered closing line, so each is its own document) and returns their
// paths.
func corpus(t *testing.T, n int) []string {
	t.Helper()
	articles := filepath.Join(repoRoot(t), "fixtures", "articles")
	entries, err := os.ReadDir(articles)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".txt") {
			b, err := os.ReadFile(filepath.Join(articles, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	dir := t.TempDir()
	var paths []string
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("a%04d.txt", i))
		text := texts[i%len(texts)] + fmt.Sprintf("\nUpdate %d followed later.\n", i)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// storeArgs returns the --db (and --backend) flags of a store.
func storeArgs(backend, db string) []string {
	if backend == "" {
		return []string{"--db", db}
	}
	return []string{"--backend", backend, "--db", db}
}

func exportOf(t *testing.T, backend, db string, doc quad.IRI) string {
	t.Helper()
	st, err := graph.Open(context.Background(), db, &graph.Options{Backend: backend, MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var b strings.Builder
	if err := st.Export(context.Background(), &b, &graph.ExportOptions{Graph: doc}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestBuildPostgres builds the same articles into PostgreSQL from three kg
// build processes at once, each given them in another order: every
// document is stored once, and the store exports exactly as a bbolt store
// built by one process.
func TestBuildPostgres(t *testing.T) {
	addr := graphtest.PostgresURL(t)
	paths := corpus(t, 24)
	ref := filepath.Join(t.TempDir(), "kg.db")
	if _, stderr, code := runCmd(t, "", append([]string{"build", "-q", "--db", ref}, paths...)...); code != 0 {
		t.Fatalf("reference build: exit %d\n%s", code, stderr)
	}
	// Create the tables first: Cayley's table creation is not safe to race.
	if _, stderr, code := runCmd(t, "", "build", "-q", "--backend", "postgres", "--db", addr, paths[0]); code != 0 {
		t.Fatalf("first build: exit %d\n%s", code, stderr)
	}
	var wg sync.WaitGroup
	outs := make([]string, 3)
	for p := 0; p < 3; p++ {
		order := append([]string(nil), paths...)
		rand.New(rand.NewSource(int64(p))).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		cmd := kgProcess(append([]string{"build", "--json", "--batch", "3", "--backend", "postgres", "--db", addr}, order...)...)
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			out, err := cmd.CombinedOutput()
			outs[p] = string(out)
			if err != nil {
				t.Errorf("builder %d: %v\n%s", p, err, out)
			}
		}(p)
	}
	wg.Wait()
	stored := 0
	for _, o := range outs {
		var n int
		if i := strings.Index(o, `"stored": `); i >= 0 {
			fmt.Sscanf(o[i+len(`"stored": `):], "%d", &n)
		}
		stored += n
	}
	if stored != len(paths)-1 {
		t.Errorf("the three builders stored %d documents in all, want %d (each once)", stored, len(paths)-1)
	}
	if got, want := exportOf(t, "postgres", addr, ""), exportOf(t, "", ref, ""); got != want {
		t.Errorf("PostgreSQL store exports differently from the bbolt store (%d and %d bytes)", len(got), len(want))
	}
	db, err := sql.Open("postgres", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var bad int
	err = db.QueryRow(`
		WITH uses AS (
			SELECT h, count(*) AS n FROM (
				SELECT subject_hash AS h FROM quads UNION ALL SELECT predicate_hash FROM quads
				UNION ALL SELECT object_hash FROM quads UNION ALL SELECT label_hash FROM quads WHERE label_hash IS NOT NULL
			) AS a GROUP BY h
		)
		SELECT count(*) FROM nodes FULL JOIN uses ON nodes.hash = uses.h WHERE nodes.refs IS DISTINCT FROM uses.n`).Scan(&bad)
	if err != nil {
		t.Fatal(err)
	}
	if bad != 0 {
		t.Errorf("%d nodes with a wrong reference count", bad)
	}
}

// TestBuildCrash kills a build with SIGKILL midway: the store opens, holds
// only whole documents, and building again completes it with the same
// contents as an uninterrupted build (no quad twice, none missing).
func TestBuildCrash(t *testing.T) {
	backends := []string{""}
	if os.Getenv("KG_TEST_POSTGRES") != "" {
		backends = append(backends, "postgres")
	}
	paths := corpus(t, 100)
	ref := filepath.Join(t.TempDir(), "kg.db")
	start := time.Now()
	if _, stderr, code := runCmd(t, "", append([]string{"build", "-q", "--db", ref}, paths...)...); code != 0 {
		t.Fatalf("reference build: exit %d\n%s", code, stderr)
	}
	refTime := time.Since(start)
	want := exportOf(t, "", ref, "")
	for _, backend := range backends {
		name := backend
		if name == "" {
			name = graph.DefaultBackend
		}
		t.Run(name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "kg.db")
			if backend == "postgres" {
				db = graphtest.PostgresURL(t)
			}
			args := append(append([]string{"build", "-q", "--batch", "4"}, storeArgs(backend, db)...), paths...)
			killed := false
			for attempt, wait := 0, refTime/2; attempt < 4 && !killed; attempt, wait = attempt+1, wait/2 {
				cmd := kgProcess(args...)
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				done := make(chan error, 1)
				go func() { done <- cmd.Wait() }()
				select {
				case <-done: // finished before the kill: try again sooner on a fresh store
					if backend == "" {
						os.RemoveAll(db)
					} else {
						db = graphtest.PostgresURL(t)
						args = append(append([]string{"build", "-q", "--batch", "4"}, storeArgs(backend, db)...), paths...)
					}
				case <-time.After(wait):
					cmd.Process.Signal(syscall.SIGKILL)
					<-done
					killed = true
				}
			}
			if !killed {
				t.Skip("every build finished before it could be killed")
			}
			// Only whole documents: each stored document's graph is the
			// reference's.
			ctx := context.Background()
			st, err := graph.Open(ctx, db, &graph.Options{Backend: backend, MustExist: true})
			if err != nil {
				t.Fatalf("open after SIGKILL: %v", err)
			}
			rs, err := graph.Open(ctx, ref, &graph.Options{MustExist: true})
			if err != nil {
				t.Fatal(err)
			}
			stats, err := st.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("killed after %d of %d documents", stats.Documents, len(paths))
			sameDocuments(t, st, rs, paths, stats.Documents)
			st.Close()
			rs.Close()
			// Building again completes the store.
			out, err := kgProcess(append(args, "--json")...).CombinedOutput()
			if err != nil {
				t.Fatalf("build after the kill: %v\n%s", err, out)
			}
			if got := exportOf(t, backend, db, ""); got != want {
				t.Errorf("after the second build the store differs from an uninterrupted build (%d and %d bytes)", len(got), len(want))
			}
		})
	}
}

// sameDocuments checks that every document of paths that st holds is
// whole (its graph exports as the reference store ref's does) and that st
// holds stored of them, and returns how many it holds.
func sameDocuments(t *testing.T, st, ref *graph.Store, paths []string, stored int) int {
	t.Helper()
	ctx := context.Background()
	whole := 0
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc := quad.IRI(schema.DocumentIRI(string(text), nil))
		if has, err := st.HasDocument(ctx, doc); err != nil {
			t.Fatal(err)
		} else if !has {
			continue
		}
		var got, exp strings.Builder
		if err := st.Export(ctx, &got, &graph.ExportOptions{Graph: doc}); err != nil {
			t.Fatal(err)
		}
		if err := ref.Export(ctx, &exp, &graph.ExportOptions{Graph: doc}); err != nil {
			t.Fatal(err)
		}
		if got.String() != exp.String() {
			t.Errorf("%s: stored partly", p)
		}
		whole++
	}
	if whole != stored {
		t.Errorf("%d whole documents, but the store counts %d", whole, stored)
	}
	return whole
}
