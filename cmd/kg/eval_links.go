package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/linkgold"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/link"
	"github.com/kg-project/kg/schema"
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
	var files []string
	for _, d := range *datasets {
		m, err := filepath.Glob(d)
		if err != nil || len(m) == 0 {
			return fmt.Errorf("eval links: dataset %s: no such file", d)
		}
		files = append(files, m...)
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

	// Build the documents.
	sopts := &schema.Options{}
	results := make([]*extract.Result, len(docs))
	var batch []graph.Document
	for i := range docs {
		doc := extract.Document{Text: docs[i].Text, Source: docs[i].Name}
		res, err := pipe.Extract(ctx, doc)
		if err != nil {
			return err
		}
		results[i] = res
		batch = append(batch, graph.Document{IRI: quad.IRI(schema.DocumentIRI(doc.Text, sopts)), Quads: schema.Quads(res, sopts)})
		if len(batch) == 100 || i == len(docs)-1 {
			if _, err := store.WriteDocuments(ctx, batch); err != nil {
				return err
			}
			batch = batch[:0]
		}
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

	// Every owl:sameAs into Wikidata, by entity.
	links := map[string][]string{}
	q := fmt.Sprintf(`g.V().Tag("e").Out("<%s>").Tag("t").All()`, schema.SameAs)
	err = store.Query(ctx, "gizmo", q, nil, func(v any) error {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		e, _ := m["e"].(string)
		t, _ := m["t"].(string)
		t = strings.Trim(t, "<>")
		if qid, ok := strings.CutPrefix(t, schema.WD); ok {
			e = strings.Trim(e, "<>")
			links[e] = append(links[e], qid)
		}
		return nil
	})
	if err != nil {
		return err
	}
	rep := &linkgold.Report{}
	for i := range docs {
		res := results[i]
		rep.Add(&docs[i], res, func(qid string) bool { return held[qid] }, func(e int) []string {
			return links[schema.EntityIRI(res.Entities[e].Type, res.Entities[e].Key, sopts)]
		})
	}
	if err := rep.Write(stdout); err != nil || !*showErrors {
		return err
	}
	fmt.Fprintln(stdout)
	return rep.WriteErrors(stdout)
}

// heldItems adds to held the QIDs of the Wikidata items that are subjects
// in the N-Triples or N-Quads file name.
func heldItems(name string, held map[string]bool) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("eval links: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	prefix := "<" + schema.WD
	for sc.Scan() {
		l := sc.Text()
		if rest, ok := strings.CutPrefix(l, prefix); ok {
			if i := strings.IndexByte(rest, '>'); i > 0 {
				held[rest[:i]] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("eval links: %s: %w", name, err)
	}
	return nil
}
