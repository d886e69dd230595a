package resolve_test

import (
	"fmt"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/resolve"
)

// A recorded unmerge decision keeps the surname apart from the full name.
func ExampleResolver_Resolve() {
	text := "Mayor Jane Okafor spoke. Her brother Okafor, an engineer, did not."
	res := &extract.Result{Doc: extract.Document{Text: text}}
	at := 0
	for _, n := range []string{"Jane Okafor", "Okafor"} {
		i := at + strings.Index(text[at:], n)
		res.Mentions = append(res.Mentions, extract.Mention{Start: i, End: i + len(n), Text: n, Type: extract.Person, Entity: -1})
		at = i + len(n)
	}
	for _, opts := range []*resolve.Options{nil, {Unmerged: []resolve.Unmerge{{Type: extract.Person, From: "jane okafor", Alias: "Okafor", To: "okafor not jane okafor"}}}} {
		r := &extract.Result{Doc: res.Doc, Mentions: append([]extract.Mention(nil), res.Mentions...)}
		if err := resolve.New(opts).Resolve(r); err != nil {
			panic(err)
		}
		for _, m := range r.Mentions {
			fmt.Printf("%s -> %s (%s %.1f)\n", m.Text, r.Entities[m.Entity].Key, m.Method, m.Score)
		}
	}
	// Output:
	// Jane Okafor -> jane okafor (exact 1.0)
	// Okafor -> jane okafor (surname 0.9)
	// Jane Okafor -> jane okafor (exact 1.0)
	// Okafor -> okafor not jane okafor (unmerged 1.0)
}
