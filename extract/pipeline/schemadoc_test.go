package pipeline_test

import (
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/kg-project/kg/extract/pipeline"
)

// TestSchemaNamesConstructions checks that docs/SCHEMA.md names every
// relation and claim construction `--off` accepts, and that the count it
// gives of the claim rules that shape other constructions is the length
// of its list of them.
func TestSchemaNamesConstructions(t *testing.T) {
	b, err := os.ReadFile("../../docs/SCHEMA.md")
	if err != nil {
		t.Skipf("docs/SCHEMA.md not found (%v): run from a full checkout", err)
	}
	doc := string(b)
	named := map[string]bool{}
	for _, m := range regexp.MustCompile("`([a-z0-9-]+)`").FindAllStringSubmatch(doc, -1) {
		named[m[1]] = true
	}
	for _, c := range pipeline.Constructions() {
		if !named[c[1]] {
			t.Errorf("docs/SCHEMA.md does not name the %s construction `%s`", c[0], c[1])
		}
	}
	m := regexp.MustCompile(`(?s)(\d+) rules shape what the constructions read.*?of each\): (.*?)\. Among`).FindStringSubmatch(doc)
	if m == nil {
		t.Fatal("docs/SCHEMA.md: no paragraph \"N rules shape what the constructions read ...\"")
	}
	n, _ := strconv.Atoi(m[1])
	list := regexp.MustCompile("`([^`]+)`").FindAllStringSubmatch(m[2], -1)
	if n != len(list) {
		t.Errorf("docs/SCHEMA.md says %d rules shape the claim constructions but lists %d", n, len(list))
	}
	seen := map[string]bool{}
	for _, r := range list {
		if seen[r[1]] {
			t.Errorf("docs/SCHEMA.md lists the rule `%s` twice", r[1])
		}
		seen[r[1]] = true
	}
}
