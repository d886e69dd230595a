package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/explore"
	"github.com/kg-project/kg/schema"
)

// pathCmd is `kg path`: the shortest chains of relations between two
// entities.
type pathCmd struct{}

const pathHelp = `Prints the shortest chains of relations between two entities, each edge with
its predicate, its direction and the documents that support it. FROM and TO
are IRIs or names, as for kg show.

The search runs from both ends over entity-to-entity edges (relations,
owl:sameAs links, linked datasets' properties), in both directions. Documents,
mentions, statements and plumbing predicates (rdf:type, schema:mentions, NIF)
are left out unless --plumbing ("both are mentioned in one article" is then a
path of two edges). --via keeps only edges with the given predicates.

Examples:
  kg path "Osama Rabie" Egypt
  kg path --max-depth 3 --via schema:worksFor --via schema:memberOf "Maria Lopez" "Red Cross"
  kg path --plumbing Lyon Geneva`

func (pathCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("path", "[flags] FROM TO", pathHelp, stderr)
	var so storeFlags
	so.register(fs)
	depth := fs.Int("max-depth", explore.DefaultPathDepth, fmt.Sprintf("longest path, in edges: 1 to %d (0: the default)", explore.MaxPathDepth))
	via := fs.StringSlice("via", nil, "follow only this `predicate` (IRI or prefixed, repeatable)")
	plumbing := fs.Bool("plumbing", false, "also follow document, mention and statement edges")
	limit := fs.IntP("limit", "n", explore.DefaultPathLimit, "print at most `N` paths (0: the default)")
	asJSON := fs.Bool("json", false, "print JSON, one path a line")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return usageError{fmt.Errorf("path: want FROM and TO, got %d arguments", fs.NArg())}
	}
	// The limits are PathOptions' own, the server's too.
	popts := &explore.PathOptions{MaxDepth: *depth, Plumbing: *plumbing, Limit: *limit}
	if err := popts.Validate(); err != nil {
		return usageError{err}
	}
	var preds []string
	for _, p := range *via {
		preds = append(preds, schema.ExpandTerm(p))
	}
	store, err := graph.Open(ctx, so.db, so.options(false))
	if err != nil {
		return err
	}
	defer store.Close()
	from, err := explore.Resolve(ctx, store, fs.Arg(0))
	if err != nil {
		return err
	}
	to, err := explore.Resolve(ctx, store, fs.Arg(1))
	if err != nil {
		return err
	}
	popts.Via = preds
	paths, err := explore.Paths(ctx, store, from, to, popts)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSONLines(stdout, paths)
	}
	if len(paths) == 0 {
		fmt.Fprintf(stderr, "kg path: no path of at most %d edges between <%s> and <%s>\n", *depth, string(from), string(to))
		return errReported
	}
	for i, p := range paths {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		fmt.Fprintf(stdout, "path %d (%d edges):\n", i+1, len(p.Steps))
		printPath(stdout, p)
	}
	return nil
}

func nodeLabel(n explore.PathNode) string {
	if n.Name != "" {
		return fmt.Sprintf("%s <%s>", n.Name, string(n.IRI))
	}
	return "<" + string(n.IRI) + ">"
}

func printPath(w io.Writer, p explore.Path) {
	fmt.Fprintf(w, "  %s\n", nodeLabel(p.Nodes[0]))
	for i, step := range p.Steps {
		for _, l := range step {
			arrow := fmt.Sprintf("-- %s -->", schema.ShortTerm(string(l.Predicate)))
			if !l.Forward {
				arrow = fmt.Sprintf("<-- %s --", schema.ShortTerm(string(l.Predicate)))
			}
			src := ""
			if len(l.Sources) > 0 {
				var ss []string
				for _, s := range l.Sources {
					ss = append(ss, shortDoc(string(s)))
				}
				if len(ss) > 3 {
					ss = append(ss[:3], fmt.Sprintf("+%d more", len(ss)-3))
				}
				src = "   sources: " + strings.Join(ss, ", ")
			}
			fmt.Fprintf(w, "    %s%s\n", arrow, src)
		}
		fmt.Fprintf(w, "  %s\n", nodeLabel(p.Nodes[i+1]))
	}
}
