package pipeline_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/fixtures"
)

// namesSentence returns one sentence of about size bytes that lists made-up
// people, organisations and places: the worst case for stages that compare
// the mentions of a sentence with each other.
func namesSentence(size int) string {
	first := []string{"Anna", "Boris", "Chidi", "Dana", "Emil", "Farah", "Goran", "Hana"}
	last := []string{"Arvel", "Brannock", "Cossey", "Dunmere", "Eskew", "Fallon", "Gorst"}
	orgs := []string{"Harlow Bank", "Northwind Corp", "Tessel Institute", "Orla Ministry"}
	places := []string{"Paris", "Lagos", "Lima", "Osaka", "Cairo", "Berlin"}
	var b strings.Builder
	b.WriteString("Officials said ")
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		switch i % 3 {
		case 0:
			b.WriteString(first[i%len(first)] + " " + last[(i/3)%len(last)])
		case 1:
			b.WriteString(orgs[(i/3)%len(orgs)])
		default:
			b.WriteString(places[(i/3)%len(places)])
		}
	}
	b.WriteString(" met.\n")
	return b.String()
}

// BenchmarkExtractNames times one sentence full of names at growing sizes:
// the time per KB must stay flat (extraction linear in its input).
func BenchmarkExtractNames(b *testing.B) {
	p := newPipeline(b)
	for _, kb := range []int{10, 20, 40, 80, 300} {
		text := namesSentence(kb << 10)
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				if _, err := p.Extract(context.Background(), extract.Document{Source: "names.txt", Text: text}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBaselineExtractProse times ordinary news of the same sizes (the
// embedded fixture articles repeated) for comparison.
func BenchmarkBaselineExtractProse(b *testing.B) {
	p := newPipeline(b)
	all, err := fixtures.All()
	if err != nil {
		b.Fatal(err)
	}
	for _, kb := range []int{10, 20, 40, 80, 300} {
		var sb strings.Builder
		for i := 0; sb.Len() < kb<<10; i++ {
			sb.WriteString(all[i%len(all)].Text)
			sb.WriteString("\n\n")
		}
		text := sb.String()
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				if _, err := p.Extract(context.Background(), extract.Document{Source: "prose.txt", Text: text}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
