package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/link"
)

// linkCmd is `kg link`: load datasets and link entities to them.
type linkCmd struct{}

const linkHelp = `Loads RDF datasets (N-Triples, N-Quads, JSON-LD), each under its own graph
(its file: URI, as kg import does), and links the entities that documents
mention to the datasets' nodes with owl:sameAs.

Candidates share a normalised name or alias with the entity (rdfs:label,
skos:altLabel, schema:name, schema:alternateName) or an identifier (an
owl:sameAs it already has, such as a country's Wikidata item, or a code on the
same property, such as wdt:P297). Each is scored from the kind of name
matched, type compatibility (rdf:type or wdt:P31 classes, telling properties
such as ISO codes, GeoNames ids or dates of birth, a description's head noun;
a conflict rules it out), context (its properties point at what the other
entities of the same documents link to: a city's country) and prominence.
The best is linked when its score reaches --min-score and no rival comes
close.

Links go to their own graph, ` + link.LinksGraph + `: the owl:sameAs
quad and a kg:Link node with kg:method, kg:score and kg:dataset. Linking
against a dataset again replaces its links. 'kg unlink' removes them.

Examples:
  kg link --dataset ../shared/data/wikidata-labels-rdf/places-naturalearth.nt
  kg link --dataset wd-slice.nt --dataset dbpedia.nq --min-score 0.7 -v
  kg link --dry-run --dataset wd-slice.nt`

func (linkCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("link", "[flags] --dataset FILE...", linkHelp, stderr)
	var so storeFlags
	so.register(fs)
	files := fs.StringSlice("dataset", nil, "RDF `file` to link against, or a quoted glob ('data/*.nt'); repeatable, also as arguments")
	minScore := fs.Float64("min-score", link.DefaultMinLinkScore, "lowest `score` of a link (0 to 1)")
	format := fs.String("format", "", "dataset `format` (default: by file extension, else nquads)")
	dry := fs.Bool("dry-run", false, "print the links without importing or writing anything")
	verbose := fs.BoolP("verbose", "v", false, "print every link")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	all, err := expandDatasets(append(append([]string(nil), *files...), fs.Args()...))
	if err != nil {
		return fmt.Errorf("link: %w", err)
	}
	if len(all) == 0 {
		return usageError{fmt.Errorf("link: no dataset; give --dataset FILE")}
	}
	if *minScore <= 0 || *minScore > 1 {
		return usageError{fmt.Errorf("link: --min-score must be in (0, 1]")}
	}
	gopts := so.updateOptions()
	if *dry {
		gopts = so.options(false) // a dry run writes nothing: it shares the store
	}
	store, err := graph.Open(ctx, so.db, gopts)
	if err != nil {
		return err
	}
	defer store.Close()
	var ds []link.Dataset
	for _, name := range all {
		g := mustFileIRI(name)
		name := name
		open := func() (io.ReadCloser, error) { return os.Open(name) }
		if _, err := os.Stat(name); err != nil {
			return fmt.Errorf("link: %w", err)
		}
		ds = append(ds, link.Dataset{Graph: g, Name: name, Format: *format, Open: open})
		if *dry {
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("link: %w", err)
		}
		n, err := store.Import(ctx, f, &graph.ImportOptions{Format: *format, Name: name, Label: g})
		f.Close()
		if err != nil {
			return err
		}
		if !*asJSON {
			fmt.Fprintf(stderr, "kg link: %s: %d quads imported into <%s>\n", name, n, string(g))
		}
	}
	rep, err := link.Run(ctx, store, ds, &link.Options{MinScore: *minScore, DryRun: *dry})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	if *verbose || *dry {
		for _, l := range rep.Links {
			fmt.Fprintf(stdout, "%.3f  %s <%s>  sameAs  %s <%s>  [%s]\n", l.Score, l.EntityName, string(l.Entity), l.TargetName, string(l.Target), l.Method)
		}
	}
	methods := map[string]int{}
	for _, l := range rep.Links {
		methods[strings.SplitN(l.Method, "+", 2)[0]]++
	}
	var ms []string
	for m, n := range methods {
		ms = append(ms, fmt.Sprintf("%s %d", m, n))
	}
	sort.Strings(ms)
	verb := "linked"
	if *dry {
		verb = "would link"
	}
	fmt.Fprintf(stderr, "kg link: %d entities, %d dataset nodes: %s %d (%s), %d ambiguous left unlinked; %d earlier links replaced, %d quads added\n",
		rep.Entities, rep.Targets, verb, len(rep.Links), strings.Join(ms, ", "), rep.Ambiguous, rep.Replaced, rep.QuadsAdded)
	return nil
}

// expandDatasets returns the dataset files names give: a name that is a
// file is itself, and one with a glob's metacharacters ('data/*.nt', quoted
// so that the shell leaves it) the files it matches, sorted. A pattern
// that matches nothing is an error naming it.
func expandDatasets(names []string) ([]string, error) {
	var out []string
	for _, n := range names {
		if _, err := os.Stat(n); err == nil || !strings.ContainsAny(n, "*?[") {
			out = append(out, n)
			continue
		}
		m, err := filepath.Glob(n)
		if err != nil {
			return nil, fmt.Errorf("dataset %s: %w", n, err)
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("dataset %s: no file matches", n)
		}
		out = append(out, m...)
	}
	return out, nil
}
