package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/kg-project/kg/graph"
)

// queryCmd is `kg query`: run a Gizmo, GraphQL or MQL query on the store.
type queryCmd struct{ stdin io.Reader }

const queryHelp = `Runs a query on the store and prints each result as one JSON object per line.
IRIs print as "<iri>", blank nodes as "_:id", literals as JSON values. QUERY
is the query text; "-" reads it from standard input.

Languages (--lang):
  gizmo    Cayley's JavaScript path language (default): g.V(...).Out(...).All()
  graphql  Cayley's GraphQL dialect: { nodes(id: <iri>) { id, <pred> } }
  mql      Freebase-style JSON templates: [{"id": null, "<pred>": null}]

IRIs in angle brackets may use kg's prefixes, expanded before the query runs:
<schema:Person> is <http://schema.org/Person>. The prefixes are rdf, rdfs,
owl, xsd, skos, schema, nif, itsrdf, wd, wdt and kg (see docs/SCHEMA.md).
Errors give positions in QUERY as written ("Line 2:7": line 2, the 7th
character), not in the expanded text.

A Gizmo query prints the results of a final .All() or .GetLimit(N), and
what g.Emit(...) is given; .ToArray(), .ToValue(), .Count() and .Map()
return values without printing them. A Gizmo query that printed nothing and
has none of .All(), .GetLimit() or g.Emit() gets a hint on standard error.

A query that runs longer than --timeout is stopped, even a script stuck in a
loop, and kg exits with "query timed out after ...". A query that grows kg's
heap by more than --query-memory is stopped too ("query stopped: it grew the
heap by more than ..."), and a Gizmo script's call stack and string
built-ins are bounded. --limit caps the results; a GraphQL answer is one
result, a tree: --limit caps every list in it, and a tree of more than ten
times --limit objects is an error. Interrupting kg (Ctrl-C) stops it too.

Examples:
  kg query 'g.V().Has("<rdf:type>", "<schema:Person>").Out("<schema:name>").All()'
  kg query --limit 10 'g.V("<https://kg.example/id/doc/...>").Out().All()'
  kg query --lang mql '[{"id": null, "<http://schema.org/worksFor>": {"id": null}}]'
  kg query --lang graphql '{ people(<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>: <http://schema.org/Person>) { id, name: <http://schema.org/name> } }'
  kg query - < query.js`

func (c queryCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("query", "[flags] QUERY | -", queryHelp, stderr)
	var so storeFlags
	so.register(fs)
	lang := fs.String("lang", graph.DefaultLanguage, "query `language`: "+strings.Join(graph.Languages(), ", "))
	limit := fs.Int("limit", 0, "print at most `N` results (0: all)")
	timeout := fs.Duration("timeout", time.Minute, "stop the query after this `duration` (0: never)")
	queryMemory := fs.Int("query-memory", graph.DefaultQueryMemory>>20, "stop the query when it grows kg's heap by more than `MB` (0: never)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{fmt.Errorf("query: want one QUERY (or - for standard input), got %d arguments", fs.NArg())}
	}
	if *limit < 0 {
		return usageError{fmt.Errorf("query: --limit must not be negative")}
	}
	if *timeout < 0 {
		return usageError{fmt.Errorf("query: --timeout must not be negative")}
	}
	if *queryMemory < 0 {
		return usageError{fmt.Errorf("query: --query-memory must not be negative")}
	}
	maxMemory := int64(*queryMemory) << 20
	if maxMemory == 0 {
		maxMemory = -1 // no budget
	}
	text := fs.Arg(0)
	if text == "-" {
		if c.stdin == nil {
			return usageError{fmt.Errorf("query: no standard input")}
		}
		b, err := io.ReadAll(c.stdin)
		if err != nil {
			return fmt.Errorf("query: read standard input: %w", err)
		}
		text = string(b)
	}
	if strings.TrimSpace(text) == "" {
		return usageError{fmt.Errorf("query: empty query")}
	}
	store, err := graph.Open(ctx, so.db, so.options(false))
	if err != nil {
		return err
	}
	defer store.Close()

	bw := bufio.NewWriterSize(stdout, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	results := 0
	err = store.Query(ctx, *lang, text, &graph.QueryOptions{Limit: *limit, Timeout: *timeout, MaxMemory: maxMemory}, func(r any) error {
		results++
		return enc.Encode(r)
	})
	if ferr := bw.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("query: write results: %w", ferr)
	}
	if err == nil && results == 0 && *lang == "gizmo" && !gizmoPrints.MatchString(text) {
		fmt.Fprintln(stderr, "kg query: the query printed nothing: a Gizmo query prints the results of a final .All() or .GetLimit(N), or what g.Emit(...) is given (.ToArray(), .ToValue(), .Count() and .Map() return values without printing them); did you mean to end it with .All()?")
	}
	return err
}

// gizmoPrints matches the Gizmo calls that print results: a path's All and
// GetLimit, the graph's Emit (Gizmo also takes them with a lower-case first
// letter).
var gizmoPrints = regexp.MustCompile(`\.\s*(?:[Aa]ll|[Gg]etLimit|[Ee]mit)\s*\(`)
