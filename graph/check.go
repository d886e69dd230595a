package graph

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// CheckQuad reports why q is not an RDF quad that N-Quads can carry: the
// subject must be an IRI or blank node, the predicate an IRI, the object any
// term, the label (if any) an IRI or blank node. Cayley itself would store
// anything; kg keeps the store exportable.
func CheckQuad(q quad.Quad) error {
	if err := checkNode("subject", q.Subject); err != nil {
		return err
	}
	p, ok := q.Predicate.(quad.IRI)
	if !ok {
		return fmt.Errorf("predicate %s is not an IRI", describe(q.Predicate))
	}
	if err := checkIRI(p); err != nil {
		return fmt.Errorf("predicate: %w", err)
	}
	if err := checkTerm("object", q.Object); err != nil {
		return err
	}
	if q.Label != nil {
		if err := checkNode("label", q.Label); err != nil {
			return err
		}
	}
	return nil
}

func describe(v quad.Value) string {
	if v == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%s (%T)", v.String(), v)
}

// checkNode accepts an IRI or a blank node.
func checkNode(what string, v quad.Value) error {
	switch v := v.(type) {
	case quad.IRI:
		if err := checkIRI(v); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	case quad.BNode:
		if v == "" {
			return fmt.Errorf("%s: empty blank node label", what)
		}
		return nil
	}
	return fmt.Errorf("%s %s is not an IRI or blank node", what, describe(v))
}

// checkTerm accepts any RDF term: IRI, blank node or literal.
func checkTerm(what string, v quad.Value) error {
	var text string
	switch v := v.(type) {
	case nil:
		return fmt.Errorf("%s is missing", what)
	case quad.IRI, quad.BNode:
		return checkNode(what, v)
	case quad.String:
		text = string(v)
	case quad.TypedString:
		if err := checkIRI(v.Type); err != nil {
			return fmt.Errorf("%s datatype: %w", what, err)
		}
		text = string(v.Value)
	case quad.LangString:
		if v.Lang == "" {
			return fmt.Errorf("%s: empty language tag", what)
		}
		text = string(v.Value)
	default:
		text = v.String()
	}
	if !utf8.ValidString(text) {
		return fmt.Errorf("%s is not valid UTF-8", what)
	}
	return nil
}

// iriForbidden marks the bytes the N-Quads IRIREF production does not
// allow: controls, space and <>"{}|^`\. Bytes of multi-byte UTF-8
// characters are all allowed.
var iriForbidden = func() (t [256]bool) {
	for c := 0; c <= 0x20; c++ {
		t[c] = true
	}
	for _, c := range []byte("<>\"{}|^`\\") {
		t[c] = true
	}
	return t
}()

// checkIRI rejects IRIs that the N-Quads IRIREF production cannot hold.
func checkIRI(iri quad.IRI) error {
	s := string(iri)
	if s == "" {
		return errors.New("empty IRI")
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("IRI %q is not valid UTF-8", s)
	}
	for i := 0; i < len(s); i++ {
		if iriForbidden[s[i]] {
			return fmt.Errorf("IRI %q has a character N-Quads does not allow (%q at byte %d)", s, s[i], i)
		}
	}
	return nil
}
