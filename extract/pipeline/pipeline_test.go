package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/extract/relate"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/fixtures"
	"github.com/kg-project/kg/internal/fuzzbudget"
	"github.com/kg-project/kg/internal/golden"
)

func newPipeline(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	p, err := pipeline.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// summary renders a Result as the lines `kg extract` prints.
func summary(res *extract.Result) string {
	var b strings.Builder
	for _, e := range res.Entities {
		class := e.Type
		if e.Class != "" {
			class += "/" + e.Class
		}
		fmt.Fprintf(&b, "entity\t%s\t%s", class, e.Name)
		if len(e.Aliases) > 0 {
			fmt.Fprintf(&b, "\t%s", strings.Join(e.Aliases, "|"))
		}
		b.WriteByte('\n')
	}
	var rels []string
	for _, r := range res.Relations {
		p := r.Predicate[strings.LastIndexAny(r.Predicate, "/#")+1:]
		s := fmt.Sprintf("relation\t%s\t%s\t%s\t%s", res.Entities[r.Subject].Name, p, res.Entities[r.Object].Name, r.Method)
		if r.Claim >= 0 {
			s += "\t(claimed)"
		}
		rels = append(rels, s)
	}
	sort.Strings(rels)
	for _, r := range rels {
		b.WriteString(r + "\n")
	}
	name := func(e int) string {
		if e < 0 || e >= len(res.Entities) {
			return "-"
		}
		return res.Entities[e].Name
	}
	for _, m := range res.Mentions {
		if m.Entity < 0 && (m.Type == extract.Date || m.Type == extract.Quantity) {
			fmt.Fprintf(&b, "literal\t%s/%s\t%s\t%s\n", m.Type, m.Class, m.Text, m.Value)
		}
	}
	for _, ev := range res.Events {
		fmt.Fprintf(&b, "event\t%s\tplace=%s\tdate=%s", name(ev.Entity), name(ev.Place), ev.Date)
		for _, p := range ev.Participants {
			fmt.Fprintf(&b, "\tparticipant=%s", name(p))
		}
		for _, f := range ev.Figures {
			fmt.Fprintf(&b, "\t%s=%s", f.Role, res.Mentions[f.Mention].Text)
		}
		b.WriteByte('\n')
	}
	for _, c := range res.Claims {
		fmt.Fprintf(&b, "claim\t%s\t%s\toutlet=%s\t%s\n", name(c.Speaker), c.Verb, name(c.Outlet), res.Doc.Text[c.Start:c.End])
	}
	return b.String()
}

// TestFixturesGolden compares what the pipeline finds in each fixture with
// testdata/<name>.golden; run with -update after an intended change and
// review the diff.
func TestFixturesGolden(t *testing.T) {
	all, err := fixtures.All()
	if err != nil {
		t.Fatal(err)
	}
	p := newPipeline(t)
	for _, f := range all {
		t.Run(f.Name, func(t *testing.T) {
			res, err := p.Extract(context.Background(), extract.Document{Text: f.Text, Source: f.Path})
			if err != nil {
				t.Fatal(err)
			}
			golden.File(t, filepath.Join("testdata", f.Name+".golden"), summary(res))
		})
	}
}

// TestFixturesExpected scores the pipeline against the entities a person
// listed for each fixture: recall of the expected entities with their
// coarse types, and no two expected entities merged into one.
func TestFixturesExpected(t *testing.T) {
	all, err := fixtures.All()
	if err != nil {
		t.Fatal(err)
	}
	p := newPipeline(t)
	var found, typed, total int
	for _, f := range all {
		res, err := p.Extract(context.Background(), extract.Document{Text: f.Text, Source: f.Path})
		if err != nil {
			t.Fatal(err)
		}
		keysOf := func(e extract.Entity) map[string]bool {
			k := map[string]bool{resolve.Key(e.Name): true}
			for _, a := range e.Aliases {
				k[resolve.Key(a)] = true
			}
			return k
		}
		owner := map[int]string{}
		for _, want := range f.Entities {
			total++
			names := append([]string{want.Name}, want.Aliases...)
			match, typeOK := -1, false
			for i, e := range res.Entities {
				ks := keysOf(e)
				for _, n := range names {
					if ks[resolve.Key(n)] {
						if match < 0 || e.Type == want.Type {
							match, typeOK = i, e.Type == want.Type
						}
					}
				}
			}
			switch {
			case match < 0:
				t.Logf("%s: missed %s %q", f.Name, want.Type, want.Name)
				continue
			case !typeOK:
				t.Logf("%s: %q found as %s, want %s", f.Name, want.Name, res.Entities[match].Type, want.Type)
				found++
			default:
				found++
				typed++
			}
			if prev, ok := owner[match]; ok {
				t.Errorf("%s: expected entities %q and %q were merged into one (%q)", f.Name, prev, want.Name, res.Entities[match].Name)
			}
			owner[match] = want.Name
		}
	}
	recall, typedRecall := float64(found)/float64(total), float64(typed)/float64(total)
	t.Logf("expected entities found: %d/%d (%.2f); with the right type: %d (%.2f)", found, total, recall, typed, typedRecall)
	// Floors a little under today's figures: a drop below them is a
	// regression to look at.
	const minRecall, minTyped = 0.85, 0.70
	if recall < minRecall || typedRecall < minTyped {
		t.Errorf("recall %.2f (typed %.2f), want at least %.2f (%.2f)", recall, typedRecall, minRecall, minTyped)
	}
}

func TestExtractRejectsInvalidUTF8(t *testing.T) {
	p := newPipeline(t)
	if _, err := p.Extract(context.Background(), extract.Document{Text: "bad \xff byte", Source: "x.txt"}); err == nil {
		t.Error("no error for invalid UTF-8")
	}
}

func FuzzExtract(f *testing.F) {
	all, err := fixtures.All()
	if err != nil {
		f.Fatal(err)
	}
	for _, fx := range all {
		f.Add(fx.Text[:min(len(fx.Text), 400)])
	}
	f.Add("Mr. A (B) said \"C\" - D-based E.")
	f.Add("Acme #39;s chief said  quot;no quot; to a  #36;10 million bid.") // references left raw
	p, err := pipeline.New(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		defer fuzzbudget.Start(t, len(text))()
		res, err := p.Extract(context.Background(), extract.Document{Text: text})
		if err != nil {
			return // invalid UTF-8
		}
		for _, m := range res.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %+v does not anchor in the text", m)
			}
			if m.Entity >= len(res.Entities) {
				t.Fatalf("mention %+v points past the entities", m)
			}
		}
		for _, r := range res.Relations {
			if r.Subject < 0 || r.Subject >= len(res.Entities) || r.Object < 0 || r.Object >= len(res.Entities) {
				t.Fatalf("relation %+v points outside the entities", r)
			}
		}
	})
}

func TestOff(t *testing.T) {
	if _, err := pipeline.New(&pipeline.Options{Off: []string{"no-such-construction"}}); err == nil || !strings.Contains(err.Error(), "no-such-construction") {
		t.Errorf("unknown construction: error %v, want one naming it", err)
	}
	text := "Ada Voss, the chief executive of Norvex, said on Monday that sales had fallen."
	count := func(off ...string) (rels, claims int) {
		t.Helper()
		p, err := pipeline.New(&pipeline.Options{Off: off})
		if err != nil {
			t.Fatal(err)
		}
		res, err := p.Extract(context.Background(), extract.Document{Text: text, Source: "off.txt"})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res.Relations {
			if r.Method == "appositive" {
				rels++
			}
		}
		return rels, len(res.Claims)
	}
	r0, c0 := count()
	r1, c1 := count("appositive", "subject-verb")
	if r0 == 0 || c0 == 0 || r1 != 0 || c1 != 0 {
		t.Errorf("appositive relations and claims: %d and %d on, %d and %d with both off", r0, c0, r1, c1)
	}
}

// TestDocTimeout checks that a document that takes longer than
// Options.DocTimeout is refused by name, and that without one it is not.
func TestDocTimeout(t *testing.T) {
	slow := pipeline.StageFunc(func(*extract.Result) error { time.Sleep(20 * time.Millisecond); return nil })
	doc := extract.Document{Source: "slow.txt", Text: "Anna Arvel met Boris Brannock in Lima."}
	tests := []struct {
		name    string
		timeout time.Duration
		wantErr bool
	}{
		{"no bound", 0, false},
		{"generous", time.Hour, false},
		{"exceeded", time.Millisecond, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := pipeline.New(&pipeline.Options{Stages: []pipeline.Stage{slow, slow}, DocTimeout: tt.timeout})
			if err != nil {
				t.Fatal(err)
			}
			_, err = p.Extract(context.Background(), doc)
			if got := errors.Is(err, pipeline.ErrDocTimeout); got != tt.wantErr {
				t.Fatalf("Extract: err = %v, want ErrDocTimeout: %v", err, tt.wantErr)
			}
			if tt.wantErr && !strings.Contains(err.Error(), "slow.txt") {
				t.Errorf("error %q does not name the document", err)
			}
		})
	}
	if _, err := pipeline.New(&pipeline.Options{DocTimeout: -time.Second}); err == nil {
		t.Error("New accepted a negative DocTimeout")
	}
}

// TestMinScore checks that MinScore drops only the classifier's and the
// open relations scored below it.
func TestMinScore(t *testing.T) {
	rels := []extract.Relation{
		{Subject: 0, Object: 1, Predicate: "a", Method: relate.MethodClassifier, Score: 0.6, Claim: -1},
		{Subject: 0, Object: 1, Predicate: "b", Method: relate.MethodClassifier, Score: 0.9, Claim: -1},
		{Subject: 0, Object: 1, Predicate: "c", Method: "in", Score: 0.7, Claim: -1},
		{Subject: 0, Object: 1, Predicate: "d", Method: relate.MethodVerbPattern, Score: 0.7, Claim: -1},
	}
	add := pipeline.StageFunc(func(res *extract.Result) error {
		res.Relations = append(res.Relations, rels...)
		return nil
	})
	tests := []struct {
		name string
		min  float64
		want []string
	}{
		{"keep all", 0, []string{"a", "b", "c", "d"}},
		{"0.65", 0.65, []string{"b", "c", "d"}},
		{"0.8", 0.8, []string{"b", "c"}},
		{"1", 1, []string{"c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := pipeline.New(&pipeline.Options{Stages: []pipeline.Stage{add}, MinScore: tt.min})
			if err != nil {
				t.Fatal(err)
			}
			res, err := p.Extract(context.Background(), extract.Document{Source: "x.txt", Text: "Anna Arvel met Boris Brannock."})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range res.Relations {
				got = append(got, r.Predicate)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("relations kept (-want +got):\n%s", diff)
			}
		})
	}
	if _, err := pipeline.New(&pipeline.Options{MinScore: 1.5}); err == nil {
		t.Error("New accepted MinScore 1.5")
	}
}

// TestCityLinksAgreeWithText: the out-of-the-box city links of whole
// articles (issue 18 items 5 and 6): a dateline city is linked as running
// text's is, and a city the text puts in one country is not linked to the
// dominant place of its name in another.
func TestCityLinksAgreeWithText(t *testing.T) {
	p := newPipeline(t)
	const (
		paris       = "http://www.wikidata.org/entity/Q90"
		guadalajara = "https://sws.geonames.org/4005539/" // Guadalajara, Mexico
	)
	tests := []struct {
		name, text, entity string
		link               string
		want               bool
	}{
		{"dateline", "PARIS — Bakers across the city raised bread prices by a tenth this week.", "Paris", paris, true},
		{"running text", "A baker in Paris raised bread prices by a tenth this week.", "Paris", paris, true},
		{"another country", "Olive growers near Guadalajara in central Spain fear a dry summer.", "Guadalajara", guadalajara, false},
		{"its own country", "Guadalajara in Mexico hosts a car fair each spring.", "Guadalajara", guadalajara, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := p.Extract(context.Background(), extract.Document{Text: tc.text, Source: "city.txt"})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, e := range res.Entities {
				if e.Name != tc.entity {
					continue
				}
				found = true
				if got := slices.Contains(e.SameAs, tc.link); got != tc.want {
					t.Errorf("%s linked to %s: %v, want %v (sameAs %v)", e.Name, tc.link, got, tc.want, e.SameAs)
				}
			}
			if !found {
				t.Fatalf("no entity %q in %+v", tc.entity, res.Entities)
			}
		})
	}
}

// TestUnmerged checks that the default resolver respects Options.Unmerged:
// the mentions a decision names leave the entity they would join.
func TestUnmerged(t *testing.T) {
	doc := extract.Document{Source: "unmerge.txt", Text: "Ann Lee spoke to Acme workers in Harlow on Monday. Lee said the plant in Harlow would stay open."}
	decision := resolve.Unmerge{Type: extract.Person, From: "ann lee", Alias: "Lee", To: "lee not ann lee"}
	tests := []struct {
		name     string
		unmerged []resolve.Unmerge
		want     []string // person keys
	}{
		{"no decisions", nil, []string{"ann lee"}},
		{"Lee kept apart", []resolve.Unmerge{decision}, []string{"ann lee", "lee not ann lee"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := pipeline.New(&pipeline.Options{Unmerged: tt.unmerged})
			if err != nil {
				t.Fatal(err)
			}
			res, err := p.Extract(context.Background(), doc)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range res.Entities {
				if e.Type == extract.Person {
					got = append(got, e.Key)
				}
			}
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("person keys (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDate checks that Options.Date dates the documents that carry no
// date of their own, and only those.
func TestDate(t *testing.T) {
	given := time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)
	own := time.Date(2019, 5, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		opts    time.Time
		docDate time.Time
		want    time.Time
	}{
		{"no date anywhere", time.Time{}, time.Time{}, time.Time{}},
		{"given date for an undated document", given, time.Time{}, given},
		{"the document's own date wins", given, own, own},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := pipeline.New(&pipeline.Options{Date: tt.opts, Stages: []pipeline.Stage{}})
			if err != nil {
				t.Fatal(err)
			}
			res, err := p.Extract(context.Background(), extract.Document{Text: "Bo Ek left Harlow on Friday.", Date: tt.docDate})
			if err != nil {
				t.Fatal(err)
			}
			if !res.Doc.Date.Equal(tt.want) {
				t.Errorf("Doc.Date = %v, want %v", res.Doc.Date, tt.want)
			}
		})
	}
}

// TestConcurrentFirstExtract extracts on a new Pipeline from several
// goroutines at once, so that they all wait for the models it loads on
// first use; each gets what one goroutine alone gets.
func TestConcurrentFirstExtract(t *testing.T) {
	fs, err := fixtures.All()
	if err != nil {
		t.Fatal(err)
	}
	p := newPipeline(t)
	results := make([]string, len(fs))
	var wg sync.WaitGroup
	for i, f := range fs {
		wg.Go(func() {
			res, err := p.Extract(context.Background(), extract.Document{Text: f.Text})
			if err != nil {
				t.Error(err)
				return
			}
			results[i] = summary(res)
		})
	}
	wg.Wait()
	for i, f := range fs {
		res, err := p.Extract(context.Background(), extract.Document{Text: f.Text})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(summary(res), results[i]); diff != "" {
			t.Errorf("%s (-alone +concurrent):\n%s", f.Name, diff)
		}
	}
}

// TestEscapesDecodedOnce reads a made-up article whose HTML character
// references lost their ampersand, as kg extract reads a file
// (input.Read), and checks that every stage sees the characters: the
// possessive, the quotation marks, the dollar and the ampersand are
// tokens of their own, the claim has its speaker and content, the money is
// read, and every offset anchors in the document's (decoded) text.
func TestEscapesDecodedOnce(t *testing.T) {
	const raw = "Acme Corp. #39;s chief executive, Ann Lee, said  quot;we are very pleased quot; after the company won a  #36;10 million contract from Pellam  amp; Sons.\n"
	doc, _, err := input.Read(context.Background(), input.Source{Path: "-"}, strings.NewReader(raw), nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := newPipeline(t).Extract(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, s := range res.Sentences {
		for _, tk := range s.Tokens {
			seen[tk.Text] = true
			if tk.Text != doc.Text[tk.Start:tk.End] {
				t.Errorf("token %q does not anchor at [%d,%d)", tk.Text, tk.Start, tk.End)
			}
		}
	}
	for _, w := range []string{"'s", `"`, "$", "&"} {
		if !seen[w] {
			t.Errorf("no token %q", w)
		}
	}
	for _, w := range []string{"quot", "#39", "#36", "amp"} {
		if seen[w] {
			t.Errorf("token %q left undecoded", w)
		}
	}
	if len(res.Quotes) != 1 || doc.Text[res.Quotes[0].Start:res.Quotes[0].End] != "we are very pleased" {
		t.Errorf("quotes %+v, want one around %q", res.Quotes, "we are very pleased")
	}
	got := summary(res)
	for _, want := range []string{
		"entity\tORG\tPellam & Sons",
		"relation\tAnn Lee\tworksFor\tAcme Corp.\ttitle", // the possessive read
		"literal\tQUANTITY/MonetaryAmount\t$10 million\t10000000",
		"claim\tAnn Lee\tsaid\toutlet=-\twe are very pleased",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no line %q in:\n%s", want, got)
		}
	}
}
