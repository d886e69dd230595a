package event_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/event"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/sentence"
	"github.com/kg-project/kg/extract/temporal"
	"github.com/kg-project/kg/extract/tokenize"
)

func ExampleFinder_Process() {
	text := "A car bombing in Korvath on Saturday killed 12 people. Police said the attack was planned for weeks."
	res := &extract.Result{Doc: extract.Document{Text: text, Date: time.Date(2021, 10, 18, 0, 0, 0, 0, time.UTC)}}
	res.Sentences = sentence.Split(text, tokenize.Tokenize(text))
	// The tagger's mentions; here, one place.
	i := strings.Index(text, "Korvath")
	res.Mentions = []extract.Mention{{Start: i, End: i + len("Korvath"), Text: "Korvath", Type: extract.Location, Entity: -1}}
	if err := resolve.New(nil).Resolve(res); err != nil {
		panic(err)
	}
	// Dates and quantities first: events read them.
	if err := temporal.New(nil).Process(res); err != nil {
		panic(err)
	}
	if err := event.New(nil).Process(res); err != nil {
		panic(err)
	}
	for _, ev := range res.Events {
		e := res.Entities[ev.Entity]
		fmt.Println(e.Name, "|", e.Key, "|", e.Aliases)
		for _, f := range ev.Figures {
			fmt.Println(f.Role, res.Mentions[f.Mention].Value)
		}
	}
	// Output:
	// Bombing in Korvath, 2021-10-16 | attack korvath 2021 10 16 | [attack car bombing]
	// killed 12
}
