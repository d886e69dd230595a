package claim_test

import (
	"fmt"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/claim"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/sentence"
	"github.com/kg-project/kg/extract/tokenize"
)

func ExampleFinder_Process() {
	text := "Minister Ada Voss was quoted by the Coast Post as saying that the dam held. “It will hold,” she said. Norland has denied any fault."
	res := &extract.Result{Doc: extract.Document{Text: text}}
	res.Sentences = sentence.Split(text, tokenize.Tokenize(text))
	// The tagger's mentions.
	for _, m := range [][2]string{{"Ada Voss", extract.Person}, {"Coast Post", extract.Organization}, {"Norland", extract.Location}} {
		i := strings.Index(text, m[0])
		si := 0
		for k, s := range res.Sentences {
			if s.Start <= i && i < s.End {
				si = k
			}
		}
		res.Mentions = append(res.Mentions, extract.Mention{Start: i, End: i + len(m[0]), Text: m[0], Type: m[1], Sentence: si, Entity: -1})
	}
	if err := resolve.New(nil).Resolve(res); err != nil {
		panic(err)
	}
	if err := claim.New(nil).Process(res); err != nil {
		panic(err)
	}
	name := func(e int) string {
		if e < 0 {
			return "-"
		}
		return res.Entities[e].Name
	}
	for _, c := range res.Claims {
		fmt.Printf("%s | %s | %s | %s\n", name(c.Speaker), c.Verb, name(c.Outlet), text[c.Start:c.End])
	}
	// Output:
	// Ada Voss | was quoted as saying | Coast Post | the dam held
	// Ada Voss | said | - | It will hold
	// Norland | denied | - | any fault
}
