package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// statsCmd is `kg stats`: count what the store holds.
type statsCmd struct{}

const statsHelp = `Counts what the store holds: documents (schema:NewsArticle), entities
(distinct nodes with an rdf:type other than kg's structural classes, by
class; an entity named in many documents counts once, and what kg's own
graphs type, links and the vocabulary, is left out), mentions (nif:Phrase),
relations (kg:Statement nodes, one per extracted edge and document),
claims, graphs and quads. Graphs are every graph label: one per document,
the imported ones (a file's with kg import, or the quads' own with
--keep-graphs, and kg link's datasets), and kg's own (the vocabulary graph
kg build writes, kg link's links graph, kg unmerge's decisions graph).
Quads are all of them, in every graph.

On a store that kg build made from nothing, documents, entities, mentions,
relations and quads are the numbers its summary reported. It reads the
whole store once.

Examples:
  kg stats
  kg stats --db news.db --json`

func (statsCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("stats", "[flags]", statsHelp, stderr)
	var so storeFlags
	so.register(fs)
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError{fmt.Errorf("stats: unexpected arguments %q", fs.Args())}
	}
	store, err := graph.Open(ctx, so.db, so.options(false))
	if err != nil {
		return err
	}
	defer store.Close()
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	classes := make([]string, 0, len(st.Entities))
	for c := range st.Entities {
		classes = append(classes, c)
	}
	// Most frequent first; ties by IRI, for a stable listing.
	sort.Slice(classes, func(i, j int) bool {
		a, b := st.Entities[classes[i]], st.Entities[classes[j]]
		if a != b {
			return a > b
		}
		return classes[i] < classes[j]
	})
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	row := func(name string, n any) { fmt.Fprintf(tw, "%s\t%v\t\n", name, n) }
	row("documents", st.Documents)
	row("entities", st.EntityTotal)
	for _, c := range classes {
		row("  "+schema.CompactIRI(c), st.Entities[c])
	}
	row("mentions", st.Mentions)
	row("relations", st.Relations)
	row("claims", st.Claims)
	row("graphs", st.Graphs)
	row("  of documents", st.DocumentGraphs)
	row("  imported", st.Imports)
	row("  kg's own", st.KGGraphs)
	row("quads", st.Quads)
	return tw.Flush()
}
