package graph

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/kg-project/kg/schema"
)

// TestQueryErrorPositions checks that the engines' errors give positions
// in the query as written, not as kg's prefixes expand (issue 18.8).
func TestQueryErrorPositions(t *testing.T) {
	s := worldStore(t)
	tests := []struct {
		name, lang, text string
		want             string // in the error
	}{
		{"gizmo without prefixes", "gizmo", `g.V("<http://schema.org/name>") ]`, "Line 1:33 Unexpected token ]"},
		{"gizmo after a prefix", "gizmo", `g.V("<schema:name>") ]`, "Line 1:22 Unexpected token ]"},
		{"gizmo after two prefixes", "gizmo", `g.V().Has("<rdf:type>", "<schema:City>").Out(`, "Line 1:46 Unexpected end of input"},
		{"gizmo on the second line", "gizmo", "g.V(\"<schema:name>\")\n  .Out(\"<kg:document>\") ]", "Line 2:25 Unexpected token ]"},
		{"gizmo counts characters", "gizmo", `var a = "<schema:x>é"; a.b.c`, "at <eval>:1:28("},
		{"gizmo stack frame", "gizmo", `g.V("<schema:name>").Nowhere()`, "at <eval>:1:29("},
		{"graphql", "graphql", `{ n(<schema:name>: "Vantor") { id `, "Syntax Error GraphQL (1:35) Expected Name, found EOF\n\n1: { n(<schema:name>: \"Vantor\") { id \n" + strings.Repeat(" ", 37) + "^\n"},
		{"graphql on the second line", "graphql", "{ n(<schema:name>: \"Vantor\") {\n  <schema:name> ]", "Syntax Error GraphQL (2:17) Expected Name, found ]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.Query(context.Background(), tt.lang, tt.text, nil, func(any) error { return nil })
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

// TestSourcePositions checks the rewriting of messages alone.
func TestSourcePositions(t *testing.T) {
	sentinel := errors.New("graph: gizmo query: SyntaxError: (anonymous): Line 1:33 Unexpected token ]")
	tests := []struct {
		name, lang, text string
		err              error
		want             string
		same             bool // err itself comes back
	}{
		{"no error", "gizmo", `g.V()`, nil, "", true},
		{"no position", "gizmo", `g.V("<schema:name>")`, errors.New("graph: gizmo query: boom"), "graph: gizmo query: boom", true},
		{"no prefix", "gizmo", `g.V("<http://schema.org/name>") ]`, errors.New("SyntaxError: (anonymous): Line 1:33 Unexpected token ]"), "SyntaxError: (anonymous): Line 1:33 Unexpected token ]", true},
		{"moved", "gizmo", `g.V("<schema:name>") ]`, sentinel, "graph: gizmo query: SyntaxError: (anonymous): Line 1:22 Unexpected token ]", false},
		{"mql has no positions", "mql", `[{"<schema:name>": null,}]`, errors.New("invalid character '}'"), "invalid character '}'", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sourcePositions(tt.lang, schema.Expand(tt.text), tt.err)
			if tt.err == nil {
				if got != nil {
					t.Errorf("got %v, want nil", got)
				}
				return
			}
			if got.Error() != tt.want {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
			if (got == tt.err) != tt.same {
				t.Errorf("got the same error: %v, want %v", got == tt.err, tt.same)
			}
			if !errors.Is(got, tt.err) {
				t.Errorf("the rewritten error does not wrap the engine's")
			}
		})
	}
}
