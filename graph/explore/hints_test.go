package explore

import (
	"context"
	"fmt"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/internal/vocab"
	"github.com/kg-project/kg/graph/link"
	"github.com/kg-project/kg/graph/storetest"
	"github.com/kg-project/kg/schema"
)

// TestMostMentioned checks the entities offered to a new user: those the
// most documents mention, ties by name, no dataset nodes.
func TestMostMentioned(t *testing.T) {
	s := storetest.World(t)
	importDataset(t, s, fileDataset("../link/testdata/world.nt"))
	tests := []struct {
		name  string
		limit int
		want  []string
	}{
		{"three", 3, []string{"Freland", "Ilse Marrow", "Ostria"}},
		{"default limit: every mentioned entity", 0, []string{"Freland", "Ilse Marrow", "Ostria", "Vantor", "Brightwater Institute", "Orla Quennell", "Port Selby"}},
		{"one", 1, []string{"Freland"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := MostMentioned(context.Background(), s, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.Name)
				if h.Documents == 0 || h.Classes == nil {
					t.Errorf("hit %+v: no documents or nil classes", h)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("names (-want +got):\n%s", diff)
			}
		})
	}
	empty, err := graph.Open(context.Background(), t.TempDir()+"/kg.db", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer empty.Close()
	if hits, err := MostMentioned(context.Background(), empty, 3); err != nil || len(hits) != 0 {
		t.Errorf("empty store: %v, %v", hits, err)
	}
}

// TestDatasetItems checks what tells a dataset item from the entity
// linked to it: the neighbourhood's document counts, the item's card's
// graphs, the link's dataset.
func TestDatasetItems(t *testing.T) {
	s := storetest.World(t)
	ctx := context.Background()
	d := fileDataset("../link/testdata/world.nt")
	importDataset(t, s, d)
	if _, err := link.Run(ctx, s, []link.Dataset{d}, nil); err != nil {
		t.Fatal(err)
	}
	local, item := quad.IRI(id+"place/vantor"), quad.IRI("http://www.wikidata.org/entity/Q990010")
	nb, err := Neighbours(ctx, s, local, nil)
	if err != nil {
		t.Fatal(err)
	}
	if nb.Documents[local] != 2 {
		t.Errorf("documents of the centre: %d, want 2", nb.Documents[local])
	}
	if n, ok := nb.Documents[item]; ok {
		t.Errorf("the dataset item has %d documents in the neighbourhood, want none", n)
	}
	card, err := CardOf(ctx, s, item, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]quad.IRI{d.Graph}, card.Graphs); diff != "" || card.Documents != 0 {
		t.Errorf("the item's card: %d documents, graphs (-want +got):\n%s", card.Documents, diff)
	}
	card, err = CardOf(ctx, s, local, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(card.Links) != 1 || card.Links[0].Dataset != d.Graph {
		t.Errorf("the entity's links: %+v, want one into %s", card.Links, d.Graph)
	}
	if diff := cmp.Diff([]quad.IRI{vocab.LinksGraph}, card.Graphs); diff != "" {
		t.Errorf("the entity's graphs (-want +got):\n%s", diff)
	}
}

// TestTop checks the ranking of Top: by documents or mentions, of one
// class or all, and a bad ranking.
func TestTop(t *testing.T) {
	s := storetest.World(t)
	tests := []struct {
		name string
		opts *TopOptions
		want []string // name=count
	}{
		{"by documents, ties by name", &TopOptions{Limit: 4}, []string{"Freland=2", "Ilse Marrow=2", "Ostria=2", "Vantor=2"}},
		{"by mentions", &TopOptions{By: ByMentions, Limit: 3}, []string{"Vantor=4", "Brightwater Institute=3", "Ilse Marrow=3"}},
		{"a coarse class keeps the finer ones", &TopOptions{Class: schema.PlaceClass}, []string{"Freland=2", "Ostria=2", "Vantor=2", "Port Selby=1"}},
		{"a fine class", &TopOptions{Class: schema.CityClass, By: ByMentions}, []string{"Vantor=4", "Port Selby=3"}},
		{"people", &TopOptions{Class: schema.PersonClass}, []string{"Ilse Marrow=2", "Orla Quennell=1"}},
		{"a class nothing has", &TopOptions{Class: schema.EventClass}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			top, err := Top(context.Background(), s, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range top {
				n := r.Documents
				if tt.opts.By == ByMentions {
					n = r.Mentions
				}
				got = append(got, fmt.Sprintf("%s=%d", r.Name, n))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	if _, err := Top(context.Background(), s, &TopOptions{By: "votes"}); err == nil {
		t.Error("Top by votes: no error")
	}
}
