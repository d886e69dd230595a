package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/link"
)

// unlinkCmd is `kg unlink`: remove the links kg link made.
type unlinkCmd struct{}

const unlinkHelp = `Removes the links kg link made, in one transaction: every owl:sameAs quad of
the links graph and the kg:Link node that records its method and score. With
--dataset, only the links into those datasets (files or graph IRIs); a file
matches the dataset linked from it however either path was spelled (relative,
through a symbolic link). With --remove-datasets, the datasets' own quads go
too (a pass over the store), also those of datasets whose links an earlier
kg unlink removed: kg link records each dataset, and only --remove-datasets
removes the record. A warning says when nothing was removed.

Examples:
  kg unlink
  kg unlink --dataset ../shared/data/wikidata-labels-rdf/places-naturalearth.nt
  kg unlink --remove-datasets`

func (unlinkCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("unlink", "[flags]", unlinkHelp, stderr)
	var so storeFlags
	so.register(fs)
	files := fs.StringSlice("dataset", nil, "remove only links into this dataset (`file` or graph IRI, repeatable)")
	removeDS := fs.Bool("remove-datasets", false, "also remove the linked datasets' quads")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError{fmt.Errorf("unlink: unexpected arguments %q", fs.Args())}
	}
	store, err := graph.Open(ctx, so.db, so.updateOptions())
	if err != nil {
		return err
	}
	defer store.Close()
	linked, err := link.LinkedDatasets(ctx, store, "")
	if err != nil {
		return err
	}
	var ds []quad.IRI
	for _, f := range *files {
		if iri, ok := graphIRIArg(f); ok {
			ds = append(ds, iri)
		} else {
			ds = append(ds, link.DatasetsOfFile(f, linked)...)
		}
	}
	rep, err := link.Unlink(ctx, store, &link.UnlinkOptions{Datasets: ds, RemoveDatasets: *removeDS})
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "kg unlink: %d links removed (%d quads)", rep.Links, rep.LinkQuads)
	if *removeDS {
		fmt.Fprintf(stderr, "; %d datasets removed (%d quads)", len(rep.Datasets), rep.DatasetQuads)
	}
	fmt.Fprintln(stderr)
	if rep.Links == 0 && rep.DatasetQuads == 0 {
		switch {
		case len(*files) > 0 && len(linked) > 0:
			var names []string
			for _, d := range linked {
				names = append(names, d.Graph.String())
			}
			fmt.Fprintf(stderr, "kg unlink: warning: nothing removed: no links into %s; the linked datasets are %s\n", strings.Join(*files, ", "), strings.Join(names, ", "))
		case len(*files) > 0:
			fmt.Fprintf(stderr, "kg unlink: warning: nothing removed: no links into %s, and the store records no linked dataset\n", strings.Join(*files, ", "))
		default:
			fmt.Fprintf(stderr, "kg unlink: warning: nothing removed: the store has no links\n")
		}
	}
	return nil
}

// mustFileIRI is graph.FileIRI for a path that makes sense; an error (no
// working directory) leaves the path as given.
func mustFileIRI(path string) quad.IRI {
	iri, err := graph.FileIRI(path)
	if err != nil {
		return quad.IRI(path)
	}
	return iri
}

// graphIRIArg recognises a graph given as an IRI rather than a file.
func graphIRIArg(s string) (quad.IRI, bool) {
	if len(s) > 2 && s[0] == '<' && s[len(s)-1] == '>' {
		return quad.IRI(s[1 : len(s)-1]), true
	}
	for _, p := range []string{"file:", "http:", "https:", "urn:"} {
		if len(s) > len(p) && s[:len(p)] == p {
			return quad.IRI(s), true
		}
	}
	return "", false
}
