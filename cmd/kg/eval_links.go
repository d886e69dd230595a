package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/kg-project/kg/extract/linkgold"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/link"
	"github.com/kg-project/kg/graph/linkeval"
)

// evalLinksCmd is 'kg eval links': the Wikidata links kg makes, scored
// against entity-linking gold.
type evalLinksCmd struct{}

const evalLinksHelp = `Builds the documents of entity-linking gold files (ELEVANT's
*.benchmark.jsonl: text with mentions linked to Wikidata, as in
../shared/data/entity-linking) into a new store, imports the datasets and
links the entities to them as 'kg link' does, then scores each gold mention
whose Wikidata item the datasets hold: right when a mention kg found over it
(sharing at least half of the shorter span) belongs to an entity linked to
that item (owl:sameAs, from kg link or from extraction), wrong when linked
to another item, and otherwise unlinked, split into "no mention found" and
"found, not linked".

The store is made in a temporary directory and removed afterwards unless
--db names one (which must not exist yet).

Examples:
  kg eval links --gold ../shared/data/entity-linking/msnbc-updated.benchmark.jsonl \
      --dataset '../shared/data/wikidata-labels-rdf/*.nt'
  kg eval links --gold ../shared/data/entity-linking/kore50.benchmark.jsonl \
      --dataset ../shared/data/wikidata-labels-rdf/fb15k237-wikidata2019.nt --errors`

func (evalLinksCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval links", "--gold FILE --dataset FILE...", evalLinksHelp, stderr)
	golds := fs.StringSlice("gold", nil, "ELEVANT gold `FILE` (repeatable)")
	datasets := fs.StringSlice("dataset", nil, "linking dataset `FILE` in N-Triples or N-Quads, or a glob (repeatable)")
	db := fs.String("db", "", "build the store at `PATH` (which must not exist) and keep it; default: a temporary one")
	showErrors := fs.Bool("errors", false, "after the scores, list wrong links (+link), unlinked entities (-link) and mentions not found (-found)")
	var po pipelineFlags
	po.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if len(*golds) == 0 || len(*datasets) == 0 {
		return usageError{errors.New("eval links: --gold and --dataset are required")}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("eval links: unexpected argument %q", fs.Arg(0))}
	}
	files, err := expandDatasets(*datasets)
	if err != nil {
		return fmt.Errorf("eval links: %w", err)
	}
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			return fmt.Errorf("eval links: dataset %s: no such file", f)
		}
	}
	var docs []linkgold.Doc
	for _, g := range *golds {
		ds, err := linkgold.ReadFile(g)
		if err != nil {
			return err
		}
		docs = append(docs, ds...)
	}
	path := *db
	if path == "" {
		dir, err := os.MkdirTemp("", "kg-eval-links-")
		if err != nil {
			return fmt.Errorf("eval links: %w", err)
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "kg.db")
	} else if _, err := os.Stat(path); err == nil {
		return usageError{fmt.Errorf("eval links: --db %s exists already", path)}
	}
	pipe, err := po.pipeline()
	if err != nil {
		return err
	}
	store, err := graph.Open(ctx, path, &graph.Options{NoSync: true})
	if err != nil {
		return err
	}
	defer store.Close()

	results, err := linkeval.Build(ctx, store, pipe, docs)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "kg eval links: %d documents built\n", len(docs))

	// Import and link the datasets, noting the items they hold.
	held := map[string]bool{}
	var ds []link.Dataset
	for _, name := range files {
		name := name
		if err := heldItems(name, held); err != nil {
			return err
		}
		g := mustFileIRI(name)
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("eval links: %w", err)
		}
		_, err = store.Import(ctx, f, &graph.ImportOptions{Name: name, Label: g})
		f.Close()
		if err != nil {
			return err
		}
		ds = append(ds, link.Dataset{Graph: g, Name: name, Open: func() (io.ReadCloser, error) { return os.Open(name) }})
	}
	if _, err := link.Run(ctx, store, ds, nil); err != nil {
		return err
	}
	rep, err := linkeval.Score(ctx, store, docs, results, held)
	if err != nil {
		return err
	}
	if err := rep.Write(stdout); err != nil || !*showErrors {
		return err
	}
	fmt.Fprintln(stdout)
	return rep.WriteErrors(stdout)
}

// heldItems adds to held the QIDs of the Wikidata items that are subjects
// in the N-Triples or N-Quads file name (linkgold.HeldItems).
func heldItems(name string, held map[string]bool) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("eval links: %w", err)
	}
	defer f.Close()
	if err := linkgold.HeldItems(f, held); err != nil {
		return fmt.Errorf("eval links: %s: %w", name, err)
	}
	return nil
}
