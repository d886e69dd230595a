package corefgold

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/internal/shareddata"
)

// sample is a made-up document in GUM's coreference format.
const sample = `# begin document GUM_news_sample
0	Dana	(person-1-Dana_Arvel
1	Arvel	person-1-Dana_Arvel)
2	visited	_
3	the	(place-2-Lake_Orla(organization-3
4	Orla	_
5	Lake	place-2-Lake_Orla)
6	.	_
7	She	(person-1-Dana_Arvel)
8	met	_
9	Arvel	(person-4-Tom_Arvel)
10	of	_
11	Norvex	(organization-5-Norvex)organization-3)
12	.	_
# end document
`

func TestRead(t *testing.T) {
	docs, err := Read(strings.NewReader(sample), "sample.conll")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("read %d documents, want 1", len(docs))
	}
	d := docs[0]
	want := []Mention{
		{Start: 0, End: 2, Entity: "1", Type: "person", Title: "Dana_Arvel"},
		{Start: 3, End: 6, Entity: "2", Type: "place", Title: "Lake_Orla"},
		{Start: 3, End: 12, Entity: "3", Type: "organization", Title: ""},
		{Start: 7, End: 8, Entity: "1", Type: "person", Title: "Dana_Arvel"},
		{Start: 9, End: 10, Entity: "4", Type: "person", Title: "Tom_Arvel"},
		{Start: 11, End: 12, Entity: "5", Type: "organization", Title: "Norvex"},
	}
	if diff := cmp.Diff(want, d.Mentions); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
	if d.Genre != "news" || d.Text != "Dana Arvel visited the Orla Lake . She met Arvel of Norvex ." {
		t.Errorf("genre %q, text %q", d.Genre, d.Text)
	}
	var named []string
	for _, m := range d.Mentions {
		if d.Named(m) {
			named = append(named, strings.Join(d.Tokens[m.Start:m.End], " "))
		}
	}
	// "She" is capitalised but a pronoun.
	if diff := cmp.Diff([]string{"Dana Arvel", "the Orla Lake", "Arvel", "Norvex"}, named); diff != "" {
		t.Errorf("named mentions (-want +got):\n%s", diff)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"closed, not open", "# begin document GUM_x_y\n0\tA\tperson-1)\n# end document\n", "bad.conll:2: mention \"person-1\" closed but not open"},
		{"two columns", "# begin document GUM_x_y\n0\tA\n", "bad.conll:2: want 3 tab-separated columns"},
		{"outside", "0\tA\t_\n", "bad.conll:1: token outside a document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.in), "bad.conll")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// readOne reads the one document of text and returns it with functions
// giving a token's start and end offsets.
func readOne(t *testing.T, text string) (d *Doc, at, end func(tok int) int) {
	t.Helper()
	docs, err := Read(strings.NewReader(text), "test.conll")
	if err != nil {
		t.Fatal(err)
	}
	d = &docs[0]
	return d, func(tok int) int { return d.Offsets[tok] }, func(tok int) int { return d.Offsets[tok] + len(d.Tokens[tok]) }
}

// TestAdd scores a hand-made result: kg found Dana Arvel and Norvex and
// put the two Arvels in one entity.
func TestAdd(t *testing.T) {
	d, at, end := readOne(t, sample)
	res := &extract.Result{
		Entities: []extract.Entity{{Name: "Dana Arvel", Type: extract.Person}, {Name: "Norvex", Type: extract.Location}},
		Mentions: []extract.Mention{
			{Start: at(0), End: end(1), Entity: 0},
			{Start: at(9), End: end(9), Entity: 0},
			{Start: at(11), End: end(11), Entity: 1},
		},
	}
	r := NewReport()
	r.Add(d, res)
	got := []Counts{r.All.Detection, r.All.Types, r.All.Pairs}
	want := []Counts{{TP: 3, FN: 1}, {TP: 2, FP: 1}, {FP: 1}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("detection, types, pairs (-want +got):\n%s", diff)
	}
	var b bytes.Buffer
	if err := r.WriteErrors(&b); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{`+type "Norvex" is LOC, not ORG`, `+same "Dana Arvel" and "Arvel"`} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("errors lack %q:\n%s", w, b.String())
		}
	}
}

// TestDevFloors holds the figures of GUM dev a little below today's
// (docs/QUALITY.md).
func TestDevFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline on 32 documents")
	}
	dir := shareddata.Path(t, filepath.Join("gum-coref", "dev"))
	docs, err := ReadDir(dir)
	if err != nil {
		t.Skipf("GUM coreference dev not available: %v", err)
	}
	p, err := pipeline.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	r := NewReport()
	for i := range docs {
		res, err := p.Extract(context.Background(), extract.Document{Text: docs[i].Text, Source: docs[i].Name})
		if err != nil {
			t.Fatal(err)
		}
		r.Add(&docs[i], res)
	}
	floors := []struct {
		name      string
		got, want float64
	}{
		{"named mentions found", r.All.Detection.Recall(), 0.68},
		{"types", r.All.Types.Precision(), 0.84},
		{"same-entity precision", r.All.Pairs.Precision(), 0.94},
		{"same-entity recall", r.All.Pairs.Recall(), 0.88},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s %.3f, below the floor %.2f", f.name, f.got, f.want)
		}
	}
}

// TestAddNested checks that a name kg finds which is the gold mention of
// an entity without a title is matched to it, not to the titled name
// nested in it.
func TestAddNested(t *testing.T) {
	const nested = `# begin document GUM_news_nested
0	the	(organization-1
1	Norvex	(organization-2-Norvex)
2	Wiki	organization-1)
3	and	_
4	Norvex	(organization-2-Norvex)
5	.	_
# end document
`
	d, at, end := readOne(t, nested)
	res := &extract.Result{
		Entities: []extract.Entity{{Name: "Norvex Wiki", Type: extract.Organization}, {Name: "Norvex", Type: extract.Organization}},
		Mentions: []extract.Mention{{Start: at(1), End: end(2), Entity: 0}, {Start: at(4), End: end(4), Entity: 1}},
	}
	r := NewReport()
	r.Add(d, res)
	got := []Counts{r.All.Detection, r.All.Types, r.All.Pairs}
	want := []Counts{{TP: 1, FN: 1}, {TP: 1}, {}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("detection, types, pairs (-want +got):\n%s", diff)
	}
}
