package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// writeExplained prints a Result as writeText does, each line ending in
// what made it ("by ..."): for an entity the recognizer for its coarse
// type and the evidence for its class, for a relation its construction or
// model, score and words, for a claim its construction, for an event the
// way each description joined it. An event the text names not has, as in
// writeText, no entity line: its event line, the label in brackets, says
// what it is and what made it.
func writeExplained(w io.Writer, res *extract.Result, header bool) {
	if header {
		fmt.Fprintf(w, "# %s\n", res.Doc.Source)
	}
	name := func(e int) string {
		if e < 0 || e >= len(res.Entities) {
			return "-"
		}
		return res.Entities[e].Name
	}
	text := func(lo, hi int) string {
		if lo < 0 || hi > len(res.Doc.Text) || lo >= hi {
			return ""
		}
		return strings.Join(strings.Fields(res.Doc.Text[lo:hi]), " ")
	}
	described := describedEvents(res)
	for i, e := range res.Entities {
		if described[i] {
			continue // its event line says what it is and what made it
		}
		class := e.Type
		if e.Class != "" {
			class += "/" + schema.CompactIRI(e.Class)
		}
		aliases := strings.Join(e.Aliases, "|")
		if aliases == "" {
			aliases = "-"
		}
		fmt.Fprintf(w, "entity\t%s\t%s\t%s\tby %s\n", class, e.Name, aliases, strings.Join(entityBy(res, e), "; "))
	}
	var rels []string
	for _, r := range res.Relations {
		claimed := ""
		if r.Claim >= 0 {
			claimed = " (claimed)"
		}
		rels = append(rels, fmt.Sprintf("relation\t%s\t%s\t%s\tby %s%s, score %.2f: %q",
			name(r.Subject), localName(r.Predicate), name(r.Object), r.Method, claimed, r.Score, text(r.Start, r.End)))
	}
	sort.Strings(rels)
	for _, r := range rels {
		fmt.Fprintln(w, r)
	}
	// Job titles are what 'kg eval news' scores as the construction
	// "title-attribute": the title words before or beside a name.
	for _, t := range titleLines(res, "\tby title-attribute") {
		fmt.Fprintln(w, t)
	}
	for _, ev := range res.Events {
		if ev.Described && ev.Entity >= 0 && ev.Entity < len(res.Entities) {
			fmt.Fprintf(w, "event\t[%s]\tplace=%s\tdate=%s\tdescribed=%s\tby %s\n", name(ev.Entity), name(ev.Place), orDash(ev.Date),
				descriptions(res, ev.Entity), strings.Join(entityBy(res, res.Entities[ev.Entity]), "; "))
			continue
		}
		fmt.Fprintf(w, "event\t%s\tplace=%s\tdate=%s\n", name(ev.Entity), name(ev.Place), orDash(ev.Date))
	}
	for _, c := range res.Claims {
		fmt.Fprintf(w, "claim\t%s\t%s\toutlet=%s\t%s%s\tby %s, score %.2f\n", speakerName(res, c), c.Verb, name(c.Outlet), claimText(res, c), statusMark(c.Status), orDash(c.Method), c.Score)
	}
}

// entityBy says what made entity e: for an event the way each
// description joined it, for another entity its recognizer; then the
// evidence for its class.
func entityBy(res *extract.Result, e extract.Entity) []string {
	by := []string{"ner"}
	if e.Type == extract.EventType {
		by = nil
		for _, mi := range e.Mentions {
			m := res.Mentions[mi]
			by = append(by, fmt.Sprintf("%s %q", orDash(m.Method), m.Text))
		}
	}
	for _, ev := range e.Evidence {
		if ev.Words != "" {
			by = append(by, fmt.Sprintf("%s %q", ev.Method, ev.Words))
		} else {
			by = append(by, ev.Method)
		}
	}
	return by
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
