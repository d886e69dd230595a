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

// searchCmd is `kg search`: find entities by name or alias.
type searchCmd struct{}

const searchHelp = `Finds entities by name or alias and prints the best hits, one a line: score,
IRI, name, the name that matched when it is another, classes and the number of
documents that mention the entity. Every word of TEXT must match a word of a
name: exactly, in another plural or possessive form ("tory" finds Tories), as
a prefix ("rabi" finds Rabie) or with a typo (one edit in words of 4 to 7
letters, two from 8). Case, accents and punctuation are ignored.

Hits whose every word matched whole (or inflected) come first; within those
and the others, entities the documents mention come before nodes that only
an imported or linked dataset names. The score says so: each of these four
ranks has a quarter of it (1 is a whole name of a mentioned entity), and
within a rank prefixes, typos and names the words cover in part score less.

The index is derived from the store's names (schema:name,
schema:alternateName, rdfs:label, skos:altLabel) and kept up to date by every
kg command that writes; the first search after a store was changed by another
tool rebuilds it (one pass over the store). --reindex forces that.

Examples:
  kg search egyp
  kg search --limit 3 --class schema:Person "vladimir putn"
  kg search --json "osama rabei"`

func (searchCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("search", "[flags] TEXT...", searchHelp, stderr)
	var so storeFlags
	so.register(fs)
	limit := fs.IntP("limit", "n", explore.DefaultSearchLimit, "print at most `N` hits")
	classes := fs.StringSlice("class", nil, "only entities of this `class` (IRI or prefixed, repeatable)")
	mentioned := fs.Bool("mentioned", false, "only entities that documents mention (not dataset nodes)")
	asJSON := fs.Bool("json", false, "print JSON, one hit a line")
	reindex := fs.Bool("reindex", false, "rebuild the index from the quads first")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	text := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if text == "" {
		return usageError{fmt.Errorf("search: no TEXT")}
	}
	if *limit <= 0 {
		return usageError{fmt.Errorf("search: --limit must be positive")}
	}
	var cls []string
	for _, c := range *classes {
		cls = append(cls, schema.ExpandTerm(c))
	}
	store, err := graph.Open(ctx, so.db, so.options(false))
	if err != nil {
		return err
	}
	defer store.Close()
	if *reindex {
		if err := store.RebuildIndex(ctx); err != nil {
			return err
		}
	}
	hits, err := explore.Search(ctx, store, text, &explore.SearchOptions{Limit: *limit, Classes: cls, Mentioned: *mentioned})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSONLines(stdout, hits)
	}
	if len(hits) == 0 {
		fmt.Fprintf(stderr, "kg search: no entity matches %q\n", text)
		return errReported
	}
	for _, h := range hits {
		line := fmt.Sprintf("%.3f  <%s>  %s", h.Score, string(h.IRI), h.Name)
		if h.Matched != h.Name {
			line += fmt.Sprintf(" (%s)", h.Matched)
		}
		var short []string
		for _, c := range h.Classes {
			short = append(short, schema.ShortTerm(c))
		}
		if len(short) > 0 {
			line += "  [" + strings.Join(short, " ") + "]"
		}
		line += fmt.Sprintf("  %d docs", h.Documents)
		fmt.Fprintln(stdout, line)
	}
	return nil
}
