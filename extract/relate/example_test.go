package relate_test

import (
	"fmt"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/relate"
	"github.com/kg-project/kg/extract/tokenize"
)

// Example builds by hand what the earlier stages give (one sentence, its
// tokens, two resolved mentions) and prints the relation found.
func Example() {
	text := "Ann Lee, a spokeswoman for Harbor Bank, declined to comment."
	res := &extract.Result{Doc: extract.Document{Text: text}}
	res.Sentences = []extract.Sentence{{Start: 0, End: len(text), Tokens: tokenize.Tokenize(text)}}
	for i, name := range []string{"Ann Lee", "Harbor Bank"} {
		start := strings.Index(text, name)
		typ := []string{extract.Person, extract.Organization}[i]
		res.Mentions = append(res.Mentions, extract.Mention{Start: start, End: start + len(name), Text: name, Type: typ, Sentence: 0, Entity: i})
		res.Entities = append(res.Entities, extract.Entity{Name: name, Type: typ, Key: strings.ToLower(name), Mentions: []int{i}})
	}
	if err := relate.New(nil).Process(res); err != nil {
		panic(err)
	}
	for _, r := range res.Relations {
		fmt.Printf("%s %s %s (%s: %q)\n", res.Entities[r.Subject].Name, r.Predicate, res.Entities[r.Object].Name, r.Method, r.Label)
	}
	fmt.Println(res.Entities[0].Attributes["http://schema.org/jobTitle"])
	// Output:
	// Ann Lee http://schema.org/worksFor Harbor Bank (appositive: "a spokeswoman for")
	// [spokeswoman]
}
