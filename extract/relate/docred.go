package relate

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/internal/stickyerr"
	"github.com/kg-project/kg/schema"
)

// DocREDDoc is one document of a DocRED-format file (Re-DocRED): tokenized
// sentences, entities as clusters of mentions, and document-level
// relations with Wikidata property ids.
type DocREDDoc struct {
	Title     string            `json:"title"`
	Sents     [][]string        `json:"sents"`
	VertexSet [][]DocREDMention `json:"vertexSet"`
	Labels    []DocREDLabel     `json:"labels"`
}

// DocREDMention is a mention: tokens [Pos[0], Pos[1]) of sentence SentID.
type DocREDMention struct {
	Name   string `json:"name"`
	Pos    [2]int `json:"pos"`
	SentID int    `json:"sent_id"`
	Type   string `json:"type"`
}

// DocREDLabel is a relation R (a Wikidata property id such as "P131")
// from entity H to entity T.
type DocREDLabel struct {
	R string `json:"r"`
	H int    `json:"h"`
	T int    `json:"t"`
}

// ReadDocRED reads a DocRED-format JSON array.
func ReadDocRED(r io.Reader) ([]DocREDDoc, error) {
	var docs []DocREDDoc
	if err := json.NewDecoder(r).Decode(&docs); err != nil {
		return nil, fmt.Errorf("relate: read DocRED: %w", err)
	}
	return docs, nil
}

// docredType maps DocRED entity types to kg's coarse types.
func docredType(t string) string {
	switch t {
	case "PER":
		return extract.Person
	case "ORG":
		return extract.Organization
	case "LOC":
		return extract.Location
	case "TIME":
		return extract.Date
	case "NUM":
		return extract.Quantity
	}
	return extract.Miscellaneous
}

// Result turns the document into what the stages before relation
// extraction would give: its text (tokens joined by spaces, one sentence a
// line), sentences, the gold mentions and the gold entities.
func (d *DocREDDoc) Result() *extract.Result {
	var b strings.Builder
	res := &extract.Result{}
	for si, words := range d.Sents {
		if si > 0 {
			b.WriteByte('\n')
		}
		s := extract.Sentence{Start: b.Len()}
		for i, w := range words {
			if i > 0 {
				b.WriteByte(' ')
			}
			s.Tokens = append(s.Tokens, tokenize.Token{Text: w, Start: b.Len(), End: b.Len() + len(w)})
			b.WriteString(w)
		}
		s.End = b.Len()
		res.Sentences = append(res.Sentences, s)
	}
	res.Doc = extract.Document{Text: b.String(), Title: d.Title}
	type placed struct {
		m      extract.Mention
		entity int
	}
	var ms []placed
	for e, v := range d.VertexSet {
		ent := extract.Entity{Type: docredType(v[0].Type)}
		for _, m := range v {
			if m.SentID < 0 || m.SentID >= len(res.Sentences) {
				continue
			}
			toks := res.Sentences[m.SentID].Tokens
			if m.Pos[0] < 0 || m.Pos[1] > len(toks) || m.Pos[0] >= m.Pos[1] {
				continue
			}
			start, end := toks[m.Pos[0]].Start, toks[m.Pos[1]-1].End
			text := res.Doc.Text[start:end]
			if len(text) > len(ent.Name) {
				ent.Name = text
			}
			ms = append(ms, placed{extract.Mention{Start: start, End: end, Text: text, Type: ent.Type, Sentence: m.SentID, Entity: e}, e})
		}
		ent.Key = strings.ToLower(ent.Name)
		res.Entities = append(res.Entities, ent)
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].m.Start < ms[j].m.Start })
	for i, p := range ms {
		res.Mentions = append(res.Mentions, p.m)
		res.Entities[p.entity].Mentions = append(res.Entities[p.entity].Mentions, i)
	}
	return res
}

// docredProperties lists, for each of kg's predicates, the Wikidata
// property it is equivalent to (first) and the others a right answer may
// carry in DocRED (a place "contained in" a country is labelled P17
// country, a person's home may be labelled place of birth).
var docredProperties = map[string][]string{
	schema.WorksFor:           {"P108", "P54", "P102", "P463"},
	schema.MemberOf:           {"P463", "P102", "P54"},
	schema.ParentOrganization: {"P749", "P361", "P127"},
	schema.SubOrganization:    {"P355", "P527"},
	schema.ContainedInPlace:   {"P131", "P17", "P30", "P361", "P706", "P276"},
	schema.Location:           {"P276", "P159", "P131", "P17", "P740"},
	schema.HomeLocation:       {"P551", "P19", "P20", "P27"},
	schema.WorkLocation:       {"P937", "P1001", "P27", "P17"},
	schema.Nationality:        {"P27"},
	schema.AreaServed:         {"P2541", "P17", "P131"},
	// DocRED has no P8810 parent: a parent is labelled father (P22) or
	// mother (P25), and the child's side child (P40, reversed).
	schema.Spouse:     {"P26"},
	schema.Parent:     {"P22", "P25"},
	schema.Sibling:    {"P3373"},
	schema.Founder:    {"P112"},
	schema.BirthPlace: {"P19"},
	schema.DeathPlace: {"P20"},
	schema.AlumniOf:   {"P69"},
}

// DocREDRow counts, for one method and predicate, the relations found and
// how many DocRED labels between the same two entities confirm:
// Exact with the equivalent Wikidata property, Lenient with a related
// one (docs/QUALITY.md, "Relations: Re-DocRED dev", lists them).
type DocREDRow struct {
	Method, Predicate string
	Found             int
	Exact, Lenient    int
}

// DocREDScore is the result of EvaluateDocRED.
type DocREDScore struct {
	Docs, Sentences int
	Rows            []DocREDRow
	// Recall counts, per Wikidata property kg maps to, the gold triples
	// and how many some relation found (any method, matching leniently).
	Recall map[string][2]int
	// EndToEnd says the names are kg's own (EvaluateDocREDEndToEnd), not
	// the gold mentions and entities.
	EndToEnd bool
}

// EvaluateDocRED runs r on each document with its gold mentions and
// entities and checks what it finds against the document's labels. DocRED
// labels are per document and incomplete, so the precision it gives is a
// lower bound, and open relations, which have no Wikidata property, are
// only counted.
func EvaluateDocRED(docs []DocREDDoc, r *Relater) (*DocREDScore, error) {
	return evaluateDocRED(docs, func(d *DocREDDoc) (*extract.Result, []int, error) {
		res := d.Result()
		return res, nil, r.Process(res)
	})
}

// Extractor runs the whole pipeline on a document (pipeline.Pipeline
// does).
type Extractor interface {
	Extract(ctx context.Context, doc extract.Document) (*extract.Result, error)
}

// EvaluateDocREDEndToEnd is EvaluateDocRED with kg's own names: p
// extracts each document's text (its tokens joined by spaces, a sentence a
// line), and each entity kg finds stands for the gold entity most of its
// mentions share at least half of their span with (DocREDDoc.Match); a
// relation between entities that stand for no gold entity is found and
// not confirmed. The score is then end to end: names found, grouped and
// related.
func EvaluateDocREDEndToEnd(ctx context.Context, docs []DocREDDoc, p Extractor) (*DocREDScore, error) {
	s, err := evaluateDocRED(docs, func(d *DocREDDoc) (*extract.Result, []int, error) {
		gold := d.Result()
		res, err := p.Extract(ctx, extract.Document{Text: gold.Doc.Text, Title: d.Title})
		if err != nil {
			return nil, nil, err
		}
		return res, d.Match(gold, res), nil
	})
	if s != nil {
		s.EndToEnd = true
	}
	return s, err
}

// Match returns, for each entity of res (kg's extraction of the
// document's text), the gold entity of gold (d.Result()) that most of its
// mentions overlap by at least half of the shorter span, or -1.
func (d *DocREDDoc) Match(gold, res *extract.Result) []int {
	out := make([]int, len(res.Entities))
	for e, ent := range res.Entities {
		votes := map[int]int{}
		for _, mi := range ent.Mentions {
			if mi < 0 || mi >= len(res.Mentions) {
				continue
			}
			m := res.Mentions[mi]
			for _, g := range gold.Mentions {
				lo, hi := max(m.Start, g.Start), min(m.End, g.End)
				if short := min(m.End-m.Start, g.End-g.Start); short > 0 && 2*(hi-lo) >= short {
					votes[g.Entity]++
					break
				}
			}
		}
		best, n := -1, 0
		for g, c := range votes {
			if c > n || c == n && g < best {
				best, n = g, c
			}
		}
		out[e] = best
	}
	return out
}

// evaluateDocRED scores the relations run gives for each document; the
// map, when not nil, gives the gold entity each entity of the result
// stands for (-1: none).
func evaluateDocRED(docs []DocREDDoc, run func(*DocREDDoc) (*extract.Result, []int, error)) (*DocREDScore, error) {
	s := &DocREDScore{Recall: map[string][2]int{}}
	rows := map[[2]string]*DocREDRow{}
	mapped := mappedProperties()
	for i := range docs {
		d := &docs[i]
		res, goldOf, err := run(d)
		if err != nil {
			return nil, err
		}
		s.Docs++
		s.Sentences += len(res.Sentences)
		gold := goldLabels(d)
		found := map[[2]int]map[string]bool{}
		for _, rel := range res.Relations {
			method := rel.Method
			pred := rel.Predicate
			if method == MethodVerbPattern && pred != schema.Killed {
				pred = "(open)"
			}
			row := rows[[2]string{method, pred}]
			if row == nil {
				row = &DocREDRow{Method: method, Predicate: pred}
				rows[[2]string{method, pred}] = row
			}
			row.Found++
			h, t := rel.Subject, rel.Object
			if goldOf != nil {
				h, t = goldEntity(goldOf, h), goldEntity(goldOf, t)
				if h < 0 || t < 0 {
					continue // a name DocRED does not hold: unconfirmed
				}
			}
			props := docredProperties[rel.Predicate]
			if rel.Predicate == schema.Killed {
				h, t, props = t, h, []string{"P157"}
			}
			k := [2]int{h, t}
			exact, lenient := confirmed(rel.Predicate, gold, k, props)
			if exact {
				row.Exact++
			}
			if lenient {
				row.Lenient++
			}
			if found[k] == nil {
				found[k] = map[string]bool{}
			}
			for _, p := range props {
				found[k][p] = true
			}
		}
		s.countRecall(mapped, gold, found)
	}
	for _, row := range rows {
		s.Rows = append(s.Rows, *row)
	}
	sort.Slice(s.Rows, func(i, j int) bool {
		a, b := s.Rows[i], s.Rows[j]
		if a.Method != b.Method {
			return a.Method < b.Method
		}
		return a.Predicate < b.Predicate
	})
	return s, nil
}

// goldLabels gives the Wikidata properties d's labels hold for each
// ordered pair of entities.
func goldLabels(d *DocREDDoc) map[[2]int]map[string]bool {
	gold := map[[2]int]map[string]bool{}
	for _, l := range d.Labels {
		k := [2]int{l.H, l.T}
		if gold[k] == nil {
			gold[k] = map[string]bool{}
		}
		gold[k][l.R] = true
	}
	return gold
}

// confirmed reports whether the gold labels hold a relation of predicate
// pred between the pair k exactly (its first property) and leniently (any
// of props). Family goes either way round for spouses and siblings, and a
// parent is a father, a mother, or the other's child.
func confirmed(pred string, gold map[[2]int]map[string]bool, k [2]int, props []string) (exact, lenient bool) {
	switch pred {
	case schema.Spouse, schema.Sibling, schema.Parent:
		back := [2]int{k[1], k[0]}
		ok := false
		for _, p := range props {
			ok = ok || gold[k][p] || pred != schema.Parent && gold[back][p]
		}
		if pred == schema.Parent && gold[back]["P40"] {
			ok = true
		}
		return ok, ok
	}
	for n, p := range props {
		if gold[k][p] {
			return n == 0, true
		}
	}
	return false, false
}

// mappedProperties returns the Wikidata properties kg's predicates map
// to (docredProperties), and P157 (killed by).
func mappedProperties() map[string]bool {
	mapped := map[string]bool{"P157": true}
	for _, ps := range docredProperties {
		for _, p := range ps {
			mapped[p] = true
		}
	}
	return mapped
}

// countRecall adds to s.Recall, for each property of mapped, the gold
// labels of one document and those found.
func (s *DocREDScore) countRecall(mapped map[string]bool, gold, found map[[2]int]map[string]bool) {
	for k, ps := range gold {
		for p := range ps {
			if !mapped[p] {
				continue
			}
			c := s.Recall[p]
			c[0]++
			if found[k][p] {
				c[1]++
			}
			s.Recall[p] = c
		}
	}
}

// goldEntity returns the gold entity entity e stands for, or -1.
func goldEntity(goldOf []int, e int) int {
	if e < 0 || e >= len(goldOf) {
		return -1
	}
	return goldOf[e]
}

// WriteReport prints the per-method precision table and the recall per
// Wikidata property.
func (s *DocREDScore) WriteReport(w io.Writer) error {
	pw := &stickyerr.Writer{W: w}
	names := "gold mentions and entities"
	if s.EndToEnd {
		names = "kg's own names, matched to the gold entities"
	}
	fmt.Fprintf(pw, "%d documents, %d sentences; %s; precision against document-level labels\n", s.Docs, s.Sentences, names)
	fmt.Fprintf(pw, "%-14s %-28s %6s %6s %7s %6s %7s\n", "method", "predicate", "found", "exact", "P exact", "lenient", "P lenient")
	var tf, te, tl int
	for _, r := range s.Rows {
		fmt.Fprintf(pw, "%-14s %-28s %6d %6d %7.3f %6d %7.3f\n", r.Method, short(r.Predicate), r.Found, r.Exact, ratio(r.Exact, r.Found), r.Lenient, ratio(r.Lenient, r.Found))
		if r.Predicate != "(open)" {
			tf, te, tl = tf+r.Found, te+r.Exact, tl+r.Lenient
		}
	}
	fmt.Fprintf(pw, "%-14s %-28s %6d %6d %7.3f %6d %7.3f\n", "all", "(fixed vocabulary)", tf, te, ratio(te, tf), tl, ratio(tl, tf))
	var gold, hit int
	for _, c := range s.Recall {
		gold, hit = gold+c[0], hit+c[1]
	}
	p, r, f1 := ratio(tl, tf), ratio(hit, gold), 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	fmt.Fprintf(pw, "kg's properties: precision (lenient) %.3f, recall %.3f (%d of %d gold triples), F1 %.3f\n", p, r, hit, gold, f1)
	fmt.Fprintf(pw, "\nrecall per Wikidata property (gold triples found by any relation, leniently)\n")
	props := make([]string, 0, len(s.Recall))
	for p := range s.Recall {
		props = append(props, p)
	}
	sort.Strings(props)
	for _, p := range props {
		c := s.Recall[p]
		fmt.Fprintf(pw, "  %-6s %5d gold %5d found %7.3f\n", p, c[0], c[1], ratio(c[1], c[0]))
	}
	return pw.Err
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// short names a predicate IRI compactly: "schema:worksFor", "kg:killed".
func short(iri string) string {
	switch {
	case strings.HasPrefix(iri, schema.SDO):
		return "schema:" + strings.TrimPrefix(iri, schema.SDO)
	case strings.HasPrefix(iri, schema.NS):
		return "kg:" + strings.TrimPrefix(iri, schema.NS)
	}
	return iri
}
