package relclass

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/kg-project/kg/internal/stickyerr"
)

// CoNLL04 entity types.
const (
	Peop  = "Peop"
	Org   = "Org"
	Loc   = "Loc"
	Other = "Other"
)

// CoNLL04 relation types.
const (
	WorkFor    = "Work_For"
	Kill       = "Kill"
	OrgBasedIn = "OrgBased_In"
	LiveIn     = "Live_In"
	LocatedIn  = "Located_In"
)

// EntityTypes and RelationTypes list the CoNLL04 types in a fixed order.
var (
	EntityTypes   = []string{Peop, Org, Loc, Other}
	RelationTypes = []string{WorkFor, Kill, OrgBasedIn, LiveIn, LocatedIn}
)

// signature returns the head and tail entity types of a CoNLL04 relation.
func signature(rel string) (head, tail string) {
	switch rel {
	case WorkFor:
		return Peop, Org
	case Kill:
		return Peop, Peop
	case OrgBasedIn:
		return Org, Loc
	case LiveIn:
		return Peop, Loc
	case LocatedIn:
		return Loc, Loc
	}
	return "", ""
}

// Example is one sentence of a SpERT-style JSON file, as in CoNLL04.
type Example struct {
	Tokens    []string       `json:"tokens"`
	Entities  []SpanEntity   `json:"entities"`
	Relations []SpanRelation `json:"relations"`
	// OrigID is kept as it was read.
	OrigID json.RawMessage `json:"orig_id,omitempty"`
}

// SpanEntity is an entity over tokens [Start, End) of its sentence.
type SpanEntity struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// SpanRelation is a relation between two entities of a sentence, given as
// indexes into its Entities.
type SpanRelation struct {
	Type string `json:"type"`
	Head int    `json:"head"`
	Tail int    `json:"tail"`
}

// ReadJSON reads a SpERT-style JSON array of sentences and checks that
// entity spans and relation indexes are in range.
func ReadJSON(r io.Reader) ([]Example, error) {
	var out []Example
	if err := json.NewDecoder(r).Decode(&out); err != nil {
		return nil, fmt.Errorf("relclass: read JSON: %w", err)
	}
	for i, ex := range out {
		for _, e := range ex.Entities {
			if e.Start < 0 || e.End > len(ex.Tokens) || e.Start >= e.End {
				return nil, fmt.Errorf("relclass: sentence %d: entity span [%d,%d) outside its %d tokens", i, e.Start, e.End, len(ex.Tokens))
			}
		}
		for _, rel := range ex.Relations {
			if rel.Head < 0 || rel.Head >= len(ex.Entities) || rel.Tail < 0 || rel.Tail >= len(ex.Entities) {
				return nil, fmt.Errorf("relclass: sentence %d: relation %s points outside its %d entities", i, rel.Type, len(ex.Entities))
			}
		}
	}
	return out, nil
}

// WriteJSON writes sentences as a JSON array, one sentence a line.
func WriteJSON(w io.Writer, exs []Example) error {
	if _, err := io.WriteString(w, "[\n"); err != nil {
		return err
	}
	for i, ex := range exs {
		if ex.Tokens == nil {
			ex.Tokens = []string{}
		}
		if ex.Entities == nil {
			ex.Entities = []SpanEntity{}
		}
		if ex.Relations == nil {
			ex.Relations = []SpanRelation{}
		}
		b, err := json.Marshal(ex)
		if err != nil {
			return fmt.Errorf("relclass: write JSON: %w", err)
		}
		if i < len(exs)-1 {
			b = append(b, ',')
		}
		b = append(b, '\n')
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "]\n")
	return err
}

// Counts are true positives, false positives and false negatives.
type Counts struct {
	TP, FP, FN int
}

// PRF returns precision, recall and F1.
func (c Counts) PRF() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func (c *Counts) add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Score holds strict entity and relation counts, overall and per type.
type Score struct {
	Entities, Relations Counts
	EntityTypes         map[string]Counts
	RelationTypes       map[string]Counts
	Sentences           int
}

// Evaluate scores predicted sentences against gold ones, strictly: an
// entity counts when its span and type match; a relation when its type and
// both its entities' spans and types match. The two lists must hold the
// same sentences in the same order.
func Evaluate(gold, pred []Example) (*Score, error) {
	if len(gold) != len(pred) {
		return nil, fmt.Errorf("relclass: evaluate: %d gold sentences, %d predicted", len(gold), len(pred))
	}
	s := &Score{EntityTypes: map[string]Counts{}, RelationTypes: map[string]Counts{}, Sentences: len(gold)}
	for i := range gold {
		g, p := gold[i], pred[i]
		if len(g.Tokens) != len(p.Tokens) {
			return nil, fmt.Errorf("relclass: evaluate: sentence %d has %d gold tokens, %d predicted", i, len(g.Tokens), len(p.Tokens))
		}
		count(s.EntityTypes, entityKeys(g), entityKeys(p))
		count(s.RelationTypes, relationKeys(g), relationKeys(p))
	}
	for _, c := range s.EntityTypes {
		s.Entities.add(c)
	}
	for _, c := range s.RelationTypes {
		s.Relations.add(c)
	}
	return s, nil
}

type keyed struct {
	typ, key string
}

func entityKeys(ex Example) []keyed {
	out := make([]keyed, 0, len(ex.Entities))
	for _, e := range ex.Entities {
		out = append(out, keyed{e.Type, fmt.Sprintf("%s %d %d", e.Type, e.Start, e.End)})
	}
	return out
}

func relationKeys(ex Example) []keyed {
	out := make([]keyed, 0, len(ex.Relations))
	for _, r := range ex.Relations {
		if r.Head < 0 || r.Head >= len(ex.Entities) || r.Tail < 0 || r.Tail >= len(ex.Entities) {
			continue
		}
		h, t := ex.Entities[r.Head], ex.Entities[r.Tail]
		out = append(out, keyed{r.Type, fmt.Sprintf("%s %s %d %d %s %d %d", r.Type, h.Type, h.Start, h.End, t.Type, t.Start, t.End)})
	}
	return out
}

// count adds per-type counts of pred against gold, each key counted once.
func count(by map[string]Counts, gold, pred []keyed) {
	g := map[string]bool{}
	for _, k := range gold {
		g[k.key] = true
	}
	seen := map[string]bool{}
	for _, k := range pred {
		if seen[k.key] {
			continue
		}
		seen[k.key] = true
		c := by[k.typ]
		if g[k.key] {
			c.TP++
		} else {
			c.FP++
		}
		by[k.typ] = c
	}
	done := map[string]bool{}
	for _, k := range gold {
		if done[k.key] {
			continue
		}
		done[k.key] = true
		if !seen[k.key] {
			c := by[k.typ]
			c.FN++
			by[k.typ] = c
		}
	}
}

// WriteReport prints the scores as a table: per type and overall precision,
// recall and F1, for entities and relations.
func (s *Score) WriteReport(w io.Writer) error {
	pw := &stickyerr.Writer{W: w}
	section := func(name string, total Counts, by map[string]Counts) {
		fmt.Fprintf(pw, "%-12s %9s %9s %9s %6s %6s %6s\n", name, "precision", "recall", "F1", "tp", "fp", "fn")
		types := make([]string, 0, len(by))
		for t := range by {
			types = append(types, t)
		}
		sort.Strings(types)
		for _, t := range types {
			c := by[t]
			p, r, f := c.PRF()
			fmt.Fprintf(pw, "  %-10s %9.4f %9.4f %9.4f %6d %6d %6d\n", t, p, r, f, c.TP, c.FP, c.FN)
		}
		p, r, f := total.PRF()
		fmt.Fprintf(pw, "  %-10s %9.4f %9.4f %9.4f %6d %6d %6d\n", "overall", p, r, f, total.TP, total.FP, total.FN)
	}
	fmt.Fprintf(pw, "%d sentences; strict matching (spans and types)\n", s.Sentences)
	section("entities", s.Entities, s.EntityTypes)
	section("relations", s.Relations, s.RelationTypes)
	return pw.Err
}
