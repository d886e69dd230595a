package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/explore"
	"github.com/kg-project/kg/schema"
)

// showCmd is `kg show`: print an entity card.
type showCmd struct{}

const showHelp = `Prints what the store knows of one entity: its classes, aliases, links
(owl:sameAs, with the linked node's facts and, for links made by kg link, the
method and score), literal properties, relations to other entities with the
documents that support each, what it said (its claims: the cue, the words, a
status other than asserted, the outlet that carried them), and mentions with
the text around each.

ENTITY is an IRI (<https://kg.example/id/place/egypt>, or prefixed:
wd:Q863) or a name; a name picks the entity with that name or alias that most
documents mention (see kg search).

Examples:
  kg show Egypt
  kg show --mentions 3 "<https://kg.example/id/organization/suez-canal-authority>"
  kg show --json wd:Q863`

func (showCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("show", "[flags] ENTITY", showHelp, stderr)
	var so storeFlags
	so.register(fs)
	mentions := fs.Int("mentions", 5, "show at most `N` mentions (0: none)")
	relations := fs.Int("relations", 50, "show at most `N` relations")
	claims := fs.Int("claims", 20, "show at most `N` claims (0: none)")
	asJSON := fs.Bool("json", false, "print the card as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	ref := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if ref == "" {
		return usageError{fmt.Errorf("show: no ENTITY")}
	}
	if *mentions < 0 || *claims < 0 || *relations <= 0 {
		return usageError{fmt.Errorf("show: --mentions and --claims must not be negative and --relations must be positive")}
	}
	store, err := graph.Open(ctx, so.db, so.options(false))
	if err != nil {
		return err
	}
	defer store.Close()
	iri, err := explore.Resolve(ctx, store, ref)
	if err != nil {
		return err
	}
	m := *mentions
	if m == 0 {
		m = -1
	}
	cl := *claims
	if cl == 0 {
		cl = -1
	}
	card, err := explore.CardOf(ctx, store, iri, &explore.CardOptions{Mentions: m, Relations: *relations, Claims: cl})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(card)
	}
	printCard(stdout, card)
	return nil
}

func printCard(w io.Writer, c *explore.Card) {
	name := c.Name
	if name == "" {
		name = "(no name)"
	}
	fmt.Fprintf(w, "%s\n  <%s>\n", name, string(c.IRI))
	if len(c.Classes) > 0 {
		var cs []string
		for _, x := range c.Classes {
			cs = append(cs, schema.ShortTerm(x))
		}
		fmt.Fprintf(w, "  classes: %s\n", strings.Join(cs, ", "))
	}
	if len(c.Aliases) > 0 {
		fmt.Fprintf(w, "  aliases: %s\n", strings.Join(c.Aliases, "; "))
	}
	fmt.Fprintf(w, "  mentioned in %d documents\n", c.Documents)
	if len(c.Links) > 0 {
		fmt.Fprintf(w, "\nLinks:\n")
		for _, l := range c.Links {
			arrow := "sameAs"
			if l.Incoming {
				arrow = "sameAs (from)"
			}
			line := fmt.Sprintf("  %s %s", arrow, schema.ShortTerm(string(l.Target)))
			if l.Name != "" {
				line += " " + l.Name
			}
			if l.Method != "" {
				line += fmt.Sprintf("  [%s %.3f]", l.Method, l.Score)
			}
			fmt.Fprintln(w, line)
			for _, f := range l.Facts {
				fmt.Fprintf(w, "      %s %q\n", schema.ShortTerm(string(f.Predicate)), f.Value)
			}
		}
	}
	if len(c.Properties) > 0 {
		fmt.Fprintf(w, "\nProperties:\n")
		for _, f := range c.Properties {
			fmt.Fprintf(w, "  %s %q\n", schema.ShortTerm(string(f.Predicate)), f.Value)
		}
	}
	if len(c.Relations) > 0 {
		fmt.Fprintf(w, "\nRelations (%d):\n", c.RelationCount)
		for _, r := range c.Relations {
			other := r.Other.Name
			if other == "" {
				other = schema.ShortTerm(string(r.Other.IRI))
			}
			if r.Forward {
				fmt.Fprintf(w, "  -- %s --> %s", schema.ShortTerm(string(r.Predicate)), other)
			} else {
				fmt.Fprintf(w, "  <-- %s -- %s", schema.ShortTerm(string(r.Predicate)), other)
			}
			if len(r.Sources) > 0 {
				fmt.Fprintf(w, "   (%s)", sourceList(r.Sources))
			}
			fmt.Fprintln(w)
		}
	}
	if c.ClaimCount > 0 {
		fmt.Fprintf(w, "\nSaid (%d):\n", c.ClaimCount)
		for _, cl := range c.Claims {
			line := fmt.Sprintf("  %s %s: %q", shortDoc(string(cl.Document)), cl.Verb, cl.Text)
			if cl.Status != "" && cl.Status != "asserted" {
				line += " (" + cl.Status + ")"
			}
			if cl.Outlet != nil {
				outlet := cl.Outlet.Name
				if outlet == "" {
					outlet = schema.ShortTerm(string(cl.Outlet.IRI))
				}
				line += " via " + outlet
			}
			fmt.Fprintln(w, line)
		}
	}
	if c.MentionCount > 0 {
		fmt.Fprintf(w, "\nMentions (%d):\n", c.MentionCount)
		for _, m := range c.Mentions {
			doc := m.DocumentName
			if doc == "" {
				doc = schema.ShortTerm(string(m.Document))
			}
			fmt.Fprintf(w, "  %s [%d,%d]\n    %s[%s]%s\n", doc, m.Start, m.End, m.Before, m.Text, m.After)
		}
	}
}

// sourceList prints up to three sources and a count of the rest.
func sourceList(src []quad.IRI) string {
	var parts []string
	for i, s := range src {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("+%d more", len(src)-3))
			break
		}
		parts = append(parts, shortDoc(string(s)))
	}
	return strings.Join(parts, ", ")
}

// shortDoc shortens a document IRI to its last path segment's first 12
// characters.
func shortDoc(iri string) string {
	if i := strings.LastIndex(iri, "/doc/"); i >= 0 && len(iri) > i+5+12 {
		return "doc/" + iri[i+5:i+5+12]
	}
	return schema.ShortTerm(iri)
}
