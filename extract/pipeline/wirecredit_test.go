package pipeline_test

import (
	"context"
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestWireCredit runs the pipeline on a wire's story that credits its
// agency at the end of the headline and before a dash where the text
// opens (the wire-credit construction): the agency is a news
// organisation, and it neither speaks the story's claims nor takes part
// in its relations. The headline is the text's first line, or a title
// apart from the text as a CSV column gives it.
func TestWireCredit(t *testing.T) {
	p := newPipeline(t)
	const body = "Velnet - Lawyers for the former mayor of Harlow asked the court on Monday to drop the case, saying the charges were false. A squadron based in Tarvik will fly to Norland."
	for _, tc := range []struct {
		name string
		doc  extract.Document
	}{
		{"headline line", extract.Document{Text: "Harlow Mayor Case Heard (Velnet)\n\n" + body}},
		{"title apart", extract.Document{Title: "Harlow Mayor Case Heard (Velnet)", Text: body}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := p.Extract(context.Background(), tc.doc)
			if err != nil {
				t.Fatal(err)
			}
			credit := -1
			for i, e := range res.Entities {
				if e.Name == "Velnet" {
					credit = i
					if e.Type != extract.Organization || e.Class != "NewsMediaOrganization" {
						t.Errorf("Velnet is %s/%s, want a news organisation", e.Type, e.Class)
					}
				}
			}
			if credit < 0 {
				t.Fatalf("no entity Velnet in %+v", res.Entities)
			}
			for _, c := range res.Claims {
				if c.Speaker == credit {
					t.Errorf("claim %q spoken by the credit", c.Verb)
				}
			}
			for _, r := range res.Relations {
				if r.Subject == credit || r.Object == credit {
					t.Errorf("relation %s of the credit", r.Predicate)
				}
			}
		})
	}
}
