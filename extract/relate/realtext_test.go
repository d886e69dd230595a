package relate_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/schema"
)

// TestRealText runs the whole default pipeline (our tokenizer, splitter,
// entity tagger, resolution, typing and this stage) on short articles we
// wrote, and checks that the constructions they contain give edges
// between the right nodes. Unlike the golden tests, the mentions come from
// the trained tagger, so only relations whose names it finds reliably are
// required. (Written "Meridian Freight" without "Ltd", the company is
// tagged PER, and the title and "-based" constructions then find no
// organisation to attach to: the stage does not second-guess entity
// types.)
func TestRealText(t *testing.T) {
	p, err := pipeline.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want []string // "Subject | predicate | Object", each must be found
	}{
		{
			name: "business",
			text: "Meridian Freight Ltd agrees to buy Kessel Terminals\n\n" +
				"OSLO, March 3 - Meridian Freight Ltd, the Oslo-based shipping group, said on Tuesday it had agreed to buy Kessel Terminals, a subsidiary of Vanbrook Holdings active in Belgium and the Netherlands.\n\n" +
				"Meridian Freight Ltd chief executive Ingrid Solberg said the deal would double the group's capacity. Pieter de Wit, a spokesman for Vanbrook Holdings, declined to comment.\n",
			want: []string{
				"Meridian Freight Ltd | location | Oslo",
				"Kessel Terminals | parentOrganization | Vanbrook Holdings",
				"Kessel Terminals | areaServed | Belgium",
				"Ingrid Solberg | worksFor | Meridian Freight Ltd",
				"Pieter de Wit | worksFor | Vanbrook Holdings",
			},
		},
		{
			name: "politics",
			text: "Mayor chosen to lead party\n\n" +
				"Thomas Becker, the mayor of Hamburg, was elected leader of the Social Democratic Party on Saturday. " +
				"Becker replaces Karl Hoffmann, who resigned in May. The party is headquartered in Berlin.\n\n" +
				"Floods also hit Aiken, South Carolina, where the Red Cross opened two shelters.\n",
			want: []string{
				"Thomas Becker | workLocation | Hamburg",
				"Thomas Becker | wasElectedLeaderOf | Social Democratic Party",
				"Thomas Becker | replaces | Karl Hoffmann",
				"Aiken | containedInPlace | South Carolina",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := p.Extract(context.Background(), extract.Document{Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			var all []string
			for _, r := range res.Relations {
				local := r.Predicate[strings.LastIndexAny(r.Predicate, "/#")+1:]
				l := fmt.Sprintf("%s | %s | %s", res.Entities[r.Subject].Name, local, res.Entities[r.Object].Name)
				got[l] = true
				all = append(all, l+" ("+r.Method+")")
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %q; found:\n%s", w, strings.Join(all, "\n"))
				}
			}
			// Every relation is well formed and points at the right kind
			// of node.
			for _, r := range res.Relations {
				if r.Predicate == schema.WorksFor && res.Entities[r.Subject].Type != extract.Person {
					t.Errorf("worksFor from a %s: %s", res.Entities[r.Subject].Type, res.Entities[r.Subject].Name)
				}
			}
		})
	}
}
