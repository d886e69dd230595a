package relate

import (
	"bytes"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/internal/testkit"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/sentence"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/internal/txtar"
)

// syntheticResult tokenizes and splits text and marks mentions chosen by
// the bytes of picks: each 3 bytes give a token, a length of 1 to 3 tokens
// and a type.
func syntheticResult(t testing.TB, text string, picks []byte) *extract.Result {
	res := &extract.Result{Doc: extract.Document{Text: text}}
	res.Sentences = sentence.Split(text, tokenize.Tokenize(text))
	types := []string{extract.Person, extract.Organization, extract.Location, extract.Miscellaneous, extract.Date}
	for len(picks) >= 3 {
		si := int(picks[0]) % max(1, len(res.Sentences))
		if si >= len(res.Sentences) || len(res.Sentences[si].Tokens) == 0 {
			picks = picks[3:]
			continue
		}
		toks := res.Sentences[si].Tokens
		i := int(picks[1]) % len(toks)
		j := min(len(toks), i+1+int(picks[2])%3)
		start, end := toks[i].Start, toks[j-1].End
		res.Mentions = append(res.Mentions, extract.Mention{
			Start: start, End: end, Text: text[start:end],
			Type: types[int(picks[2]/3)%len(types)], Sentence: si, Entity: -1,
		})
		picks = picks[3:]
	}
	if err := resolve.New(nil).Resolve(res); err != nil {
		t.Fatal(err)
	}
	return res
}

func checkRelations(t *testing.T, res *extract.Result) {
	for _, r := range res.Relations {
		if r.Subject < 0 || r.Subject >= len(res.Entities) || r.Object < 0 || r.Object >= len(res.Entities) || r.Subject == r.Object {
			t.Fatalf("relation %+v: bad entities (%d entities)", r, len(res.Entities))
		}
		if r.Sentence < 0 || r.Sentence >= len(res.Sentences) {
			t.Fatalf("relation %+v: bad sentence", r)
		}
		if r.Start < 0 || r.End > len(res.Doc.Text) || r.Start > r.End {
			t.Fatalf("relation %+v: bad evidence span", r)
		}
		if r.Predicate == "" || r.Method == "" || r.Score <= 0 || r.Score > 1 || r.Claim != -1 {
			t.Fatalf("relation %+v: bad predicate, method, score or claim", r)
		}
	}
	for i, m := range res.Mentions {
		if m.Entity >= len(res.Entities) || m.Start < 0 || m.End > len(res.Doc.Text) || m.Start > m.End {
			t.Fatalf("mention %d %+v is bad after Process", i, m)
		}
	}
}

func FuzzProcess(f *testing.F) {
	for _, article := range txtar.Inputs("testdata", "article") {
		text, ms := testkit.Markup(article)
		var picks bytes.Buffer
		for _, m := range ms {
			picks.Write([]byte{0, byte(m.Start), byte(m.End - m.Start)})
		}
		f.Add(text, picks.Bytes())
	}
	f.Add("The Harlow-based group Acme, a unit of Delta, met Ann Lee, 34, from Sudby.", []byte{0, 1, 0, 0, 6, 4, 0, 11, 1, 0, 13, 3, 0, 18, 7})
	f.Add("", []byte{1, 2, 3})
	f.Add("x -based , , 's of in from", []byte{0, 0, 2, 0, 3, 1, 0, 5, 5})
	r := New(nil)
	f.Fuzz(func(t *testing.T, text string, picks []byte) {
		res := syntheticResult(t, text, picks)
		if err := r.Process(res); err != nil {
			t.Fatal(err)
		}
		checkRelations(t, res)
	})
}
