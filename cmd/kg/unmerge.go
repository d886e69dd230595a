package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/explore"
	"github.com/kg-project/kg/graph/unmerge"
	"github.com/kg-project/kg/schema"
)

// unmergeCmd is `kg unmerge`: undo a wrong merge of an alias into an
// entity.
type unmergeCmd struct{}

const unmergeHelp = `Undoes a merge that kg build got wrong: the mentions of ENTITY written as
the alias (case and punctuation aside) move to another entity, with the
statements whose evidence holds them, their edges, and the claims they
speak. The decision is recorded in the graph <https://kg.example/ns#decisions>
(ENTITY kg:unmerged TARGET, and a kg:Unmerge node), and later builds keep
such mentions apart the same way.

Every mention records how it was joined to its entity (kg:method,
kg:score), so a doubtful merge can be found first, for instance all the
surname merges:

  kg query 'g.V().Has("<https://kg.example/ns#method>", "surname").Out("<http://www.w3.org/2005/11/its/rdf#anchorOf>").All()'

ENTITY is an entity IRI (full, prefixed, or a name kg search would find).
The target is a new entity "<alias> not <entity>" unless --to names one.

Examples:
  kg unmerge https://kg.example/id/person/jane-okafor --alias Okafor
  kg unmerge "Jane Okafor" --alias Okafor --doc https://kg.example/id/doc/3fa2...
  kg unmerge "Jane Okafor" --alias Okafor --to https://kg.example/id/person/ben-okafor
  kg unmerge --list`

func (c unmergeCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("unmerge", "[flags] ENTITY --alias NAME | --list", unmergeHelp, stderr)
	var so storeFlags
	so.register(fs)
	base := fs.String("base", schema.DefaultBase, "base `IRI` of document and entity IRIs")
	alias := fs.String("alias", "", "the surface form whose mentions to move (`NAME`)")
	to := fs.String("to", "", "the entity the mentions join (default: a new one, \"<alias> not <entity>\")")
	doc := fs.String("doc", "", "move only the mentions of this document (`IRI`)")
	dry := fs.Bool("dry-run", false, "say what would move, and write nothing")
	list := fs.Bool("list", false, "list the recorded unmerge decisions")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *list {
		if fs.NArg() != 0 || *alias != "" {
			return usageError{fmt.Errorf("unmerge: --list takes no entity or alias")}
		}
	} else if fs.NArg() != 1 || strings.TrimSpace(*alias) == "" {
		return usageError{fmt.Errorf("unmerge: give one ENTITY and --alias NAME (or --list)")}
	}
	gopts := so.updateOptions()
	if *dry || *list {
		gopts = so.options(false) // writes nothing: shares the store with other readers
	}
	store, err := graph.Open(ctx, so.db, gopts)
	if err != nil {
		return err
	}
	defer store.Close()
	if *list {
		recs, err := unmerge.Records(ctx, store)
		if err != nil {
			return err
		}
		for _, r := range recs {
			line := fmt.Sprintf("%s\t%s\t%q\t%s", string(r.Decision), string(r.From), r.Alias, string(r.To))
			if r.Document != "" {
				line += "\t" + string(r.Document)
			}
			fmt.Fprintln(stdout, line)
		}
		return nil
	}
	sopts := &schema.Options{Base: *base}
	from, err := explore.Resolve(ctx, store, fs.Arg(0))
	if err != nil {
		return err
	}
	typ, key, ok := schema.ParseEntityIRI(string(from), sopts)
	if !ok {
		return fmt.Errorf("unmerge: %s is not an entity IRI under %s", string(from), *base)
	}
	var target quad.IRI
	if *to != "" {
		if target, err = explore.Resolve(ctx, store, *to); err != nil {
			// A new entity named by its IRI.
			if strings.Contains(*to, "://") {
				target, err = quad.IRI(strings.Trim(*to, "<>")), nil
			} else {
				return err
			}
		}
		if _, _, ok := schema.ParseEntityIRI(string(target), sopts); !ok {
			return fmt.Errorf("unmerge: %s is not an entity IRI under %s; later builds could not respect the decision", string(target), *base)
		}
	} else {
		target = quad.IRI(schema.EntityIRI(typ, resolve.Key(*alias)+" not "+key, sopts))
	}
	var docIRI quad.IRI
	if *doc != "" {
		docIRI = quad.IRI(strings.Trim(*doc, "<>"))
	}
	want := resolve.Key(*alias)
	rep, err := unmerge.Run(ctx, store, unmerge.Options{
		Entity: from, To: target, Alias: *alias, Document: docIRI, DryRun: *dry,
		Matches: func(anchor string) bool { return resolve.Key(anchor) == want },
	})
	if err != nil {
		return err
	}
	if rep.Mentions == 0 {
		fmt.Fprintf(stderr, "kg unmerge: %s has no mention written %q%s; nothing to do\n", string(from), *alias, inDoc(docIRI))
		return errReported
	}
	verb := "moved"
	if *dry {
		verb = "would move"
	}
	fmt.Fprintf(stdout, "%s %d mentions, %d statements and %d claims of %q from %s to %s in %d documents\n",
		verb, rep.Mentions, rep.Statements, rep.Claims, *alias, string(from), string(target), len(rep.Documents))
	if !*dry {
		fmt.Fprintf(stdout, "decision %s recorded (%d quads added, %d removed)\n", string(rep.Decision), rep.Added, rep.Removed)
	}
	return nil
}

func inDoc(d quad.IRI) string {
	if d == "" {
		return ""
	}
	return " in " + string(d)
}
