package schema

import (
	"strings"
	"testing"
)

func TestRelationVocabulary(t *testing.T) {
	qs := RelationVocabulary()
	want := map[string]bool{
		"<http://schema.org/worksFor> <http://www.w3.org/2002/07/owl#equivalentProperty> <http://www.wikidata.org/prop/direct/P108>": true,
		"<https://kg.example/ns#killed> <http://www.w3.org/2002/07/owl#inverseOf> <http://www.wikidata.org/prop/direct/P157>":        true,
		"<http://schema.org/jobTitle> <http://www.w3.org/2000/01/rdf-schema#seeAlso> <http://www.wikidata.org/prop/direct/P39>":      true,
	}
	for _, q := range qs {
		if q.Label == nil || q.Label.String() != "<"+VocabularyGraph+">" {
			t.Fatalf("quad %v not in the vocabulary graph", q)
		}
		delete(want, strings.Join([]string{q.Subject.String(), q.Predicate.String(), q.Object.String()}, " "))
	}
	for w := range want {
		t.Errorf("missing %s", w)
	}
	// Every predicate has a label, a type and exactly one Wikidata link,
	// or none when Wikidata has no such property.
	for _, p := range RelationProperties() {
		want := 1
		if p.Mapping == MapNone {
			want = 0
		}
		n := 0
		for _, q := range qs {
			if q.Subject.String() == "<"+p.Predicate+">" && strings.HasPrefix(q.Object.String(), "<"+WDT) {
				n++
			}
		}
		if n != want {
			t.Errorf("%s has %d Wikidata links, want %d", p.Predicate, n, want)
		}
	}
	if again := RelationVocabulary(); len(again) != len(qs) {
		t.Errorf("not deterministic: %d then %d quads", len(qs), len(again))
	}
}
