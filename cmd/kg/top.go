package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/explore"
	"github.com/kg-project/kg/schema"
)

// topCmd is `kg top`: the entities the documents mention most.
type topCmd struct{}

const topHelp = `Prints the entities the documents mention most, one a line: the count,
IRI, name, classes, and the number of documents (and, --by mentions, of
mentions). --class keeps one class: an entity has its finer class and its
coarse one, so --class Organization also keeps corporations and parties. A
class is a name of schema.org's or kg's own vocabulary ("Person",
"City", "PoliticalParty": schema.org's first), a prefixed one
("kg:PoliticalParty") or a full IRI. Nodes that only an imported or linked
dataset names are left out.

Ranking by documents reads the search index; by mentions also counts each
entity's mentions (itsrdf:taIdentRef), which takes longer on a large store.

Examples:
  kg top
  kg top --class Organization -n 5
  kg top --class schema:Person --by mentions --json`

func (topCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("top", "[flags]", topHelp, stderr)
	var so storeFlags
	so.register(fs)
	limit := fs.IntP("limit", "n", 10, "print at most `N` entities")
	class := fs.String("class", "", "only entities of this `class` (a name of schema.org's or kg's vocabulary, prefixed or full IRI)")
	by := fs.String("by", explore.ByDocuments, "rank by `documents` or mentions")
	asJSON := fs.Bool("json", false, "print JSON, one entity a line")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError{fmt.Errorf("top: unexpected arguments %q", fs.Args())}
	}
	if *limit <= 0 {
		return usageError{fmt.Errorf("top: --limit must be positive")}
	}
	if *by != explore.ByDocuments && *by != explore.ByMentions {
		return usageError{fmt.Errorf("top: --by %q: want documents or mentions", *by)}
	}
	// A bare name is schema.org's, else kg's own ("PoliticalParty").
	var classes []string
	if c := strings.TrimSpace(*class); c != "" {
		if !strings.Contains(c, ":") {
			classes = []string{schema.SDO + c, schema.NS + c}
		} else {
			classes = []string{schema.ExpandTerm(c)}
		}
	}
	store, err := graph.Open(ctx, so.db, so.options(false))
	if err != nil {
		return err
	}
	defer store.Close()
	if len(classes) == 0 {
		classes = []string{""} // any class
	}
	var top []explore.Ranked
	for _, cls := range classes {
		if top, err = explore.Top(ctx, store, &explore.TopOptions{Class: cls, By: *by, Limit: *limit}); err != nil {
			return err
		}
		if len(top) > 0 {
			break
		}
	}
	if *asJSON {
		return writeJSONLines(stdout, top)
	}
	if len(top) == 0 {
		what := "entity"
		if *class != "" {
			what = "entity of class " + *class
		}
		fmt.Fprintf(stderr, "kg top: no %s is mentioned in the store's documents\n", what)
		return errReported
	}
	for _, r := range top {
		var short []string
		for _, c := range r.Classes {
			short = append(short, schema.ShortTerm(c))
		}
		n, what := r.Documents, "docs"
		if *by == explore.ByMentions {
			n, what = r.Mentions, fmt.Sprintf("mentions in %d docs", r.Documents)
		}
		fmt.Fprintf(stdout, "%6d %s  <%s>  %s  [%s]\n", n, what, string(r.IRI), r.Name, strings.Join(short, " "))
	}
	return nil
}

// writeJSONLines writes each item as one line of JSON, HTML characters
// unescaped: the --json output of the explore commands.
func writeJSONLines[T any](w io.Writer, items []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			return err
		}
	}
	return nil
}
