package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// Every line of 'kg extract --explain' but dates and quantities says what
// made it.
func TestExtractExplain(t *testing.T) {
	in := strings.NewReader("Acme Corp chief executive Jane Smith said on Monday that the company would open a plant in Paris, France.\n")
	var out, errb bytes.Buffer
	if err := (extractCmd{stdin: in}).Run(context.Background(), []string{"--explain", "-"}, &out, &errb); err != nil {
		t.Fatalf("%v: %s", err, errb.String())
	}
	for _, want := range []string{
		"entity\tPER\tJane Smith\t-\tby ner\n",
		"relation\tJane Smith\tworksFor\tAcme Corp\tby title, score ",
		"\tby subject-verb, score 0.95\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		kind, _, _ := strings.Cut(line, "\t")
		if (kind == "entity" || kind == "relation" || kind == "claim") && !strings.Contains(line, "\tby ") {
			t.Errorf("line says nothing of what made it: %q", line)
		}
	}
}
