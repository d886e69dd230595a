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
		"\tby subject-verb, score 0.88\n",
		"title\tJane Smith\tchief executive\tby title-attribute\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		kind, _, _ := strings.Cut(line, "\t")
		if (kind == "entity" || kind == "relation" || kind == "title" || kind == "claim") && !strings.Contains(line, "\tby ") {
			t.Errorf("line says nothing of what made it: %q", line)
		}
	}
}

// kg extract prints kg's own classes with their prefix, never a bare IRI.
func TestExtractClassPrefix(t *testing.T) {
	in := strings.NewReader("A bombing at the Harlow bus depot in Korvath on June 4 killed 12 people. The three bombers were all from Peru.\n")
	var out, errb bytes.Buffer
	if err := (extractCmd{stdin: in}).Run(context.Background(), []string{"-"}, &out, &errb); err != nil {
		t.Fatalf("%v: %s", err, errb.String())
	}
	if strings.Contains(out.String(), "https://") {
		t.Errorf("output holds a bare IRI:\n%s", out.String())
	}
}

// An event the text names not has no entity line in 'kg extract
// --explain', as in 'kg extract': its event line, the label in brackets,
// says what made it.
func TestExtractExplainDescribed(t *testing.T) {
	in := strings.NewReader("A bomb attack in Harlow, Norland, killed 40 people on Monday.\n")
	var out, errb bytes.Buffer
	if err := (extractCmd{stdin: in}).Run(context.Background(), []string{"--explain", "-"}, &out, &errb); err != nil {
		t.Fatalf("%v: %s", err, errb.String())
	}
	var events int
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if strings.HasPrefix(line, "entity\tEVENT") {
			t.Errorf("described event has an entity line: %q", line)
		}
		if strings.HasPrefix(line, "event\t[") {
			events++
			if !strings.Contains(line, "\tdescribed=") || !strings.Contains(line, "\tby event-description ") {
				t.Errorf("event line says not what it is or what made it: %q", line)
			}
		}
	}
	if events != 1 {
		t.Errorf("want one described event line, got %d:\n%s", events, out.String())
	}
}
