package prose

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/jdkato/prose/v2"
	"github.com/kg-project/kg/extract/ner"
)

// DataDir finds ../shared/data/conll2003 from the kg repository root.
func DataDir() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && strings.Contains(string(b), "module github.com/kg-project/kg\n") {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("kg repository root not found")
		}
		dir = parent
	}
	d := filepath.Join(dir, "..", "shared", "data", "conll2003")
	if _, err := os.Stat(filepath.Join(d, "valid.txt")); err != nil {
		return "", err
	}
	return d, nil
}

// ReadDocs reads a CoNLL file.
func ReadDocs(path string) ([]ner.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.ReadCoNLL(f)
}

// sentenceText joins tokens with single spaces and returns each token's
// byte span in the text.
func sentenceText(tokens []string) (string, [][2]int) {
	var b strings.Builder
	spans := make([][2]int, len(tokens))
	for i, t := range tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		spans[i][0] = b.Len()
		b.WriteString(t)
		spans[i][1] = b.Len()
	}
	return b.String(), spans
}

// coarse maps a prose label type to a CoNLL type.
func coarse(typ string) string {
	switch {
	case strings.Contains(typ, "PER"):
		return "PER"
	case strings.Contains(typ, "GPE"), strings.Contains(typ, "LOC"), strings.Contains(typ, "FAC"):
		return "LOC"
	case strings.Contains(typ, "ORG"):
		return "ORG"
	}
	return "MISC"
}

// ShippedModel returns prose's shipped model, loaded once: NewDocument
// without UsingModel would decode it again for every document.
func ShippedModel() *prose.Model { return prose.ModelFromData("shipped") }

// ProseTags tags one document (CoNLL tokens per sentence) with a prose
// model in one NewDocument call, as prose is meant to be used, and maps its
// token labels back onto the CoNLL tokens by character offset: a CoNLL token
// takes the label of the first prose token that starts inside it.
func ProseTags(model *prose.Model, doc [][]string) ([][]string, error) {
	var b strings.Builder
	var spans [][2]int
	for si, s := range doc {
		if si > 0 {
			b.WriteByte('\n')
		}
		text, sp := sentenceText(s)
		for _, x := range sp {
			spans = append(spans, [2]int{x[0] + b.Len(), x[1] + b.Len()})
		}
		b.WriteString(text)
	}
	text := b.String()
	pd, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(model))
	if err != nil {
		return nil, err
	}
	flat := make([]string, len(spans))
	for i := range flat {
		flat[i] = "O"
	}
	pos := 0
	ti := 0
	for _, pt := range pd.Tokens() {
		j := strings.Index(text[pos:], pt.Text)
		if j < 0 {
			continue
		}
		start := pos + j
		pos = start + len(pt.Text)
		for ti < len(spans) && spans[ti][1] <= start {
			ti++
		}
		if ti == len(spans) {
			break
		}
		if start < spans[ti][0] || flat[ti] != "O" || pt.Label == "" || pt.Label == "O" {
			continue
		}
		prefix, typ, ok := strings.Cut(pt.Label, "-")
		if !ok {
			continue
		}
		flat[ti] = prefix + "-" + coarse(typ)
	}
	out := make([][]string, len(doc))
	k := 0
	for si, s := range doc {
		tags := flat[k : k+len(s)]
		k += len(s)
		// Valid IOB2: an I- after O or another type starts a name.
		prev := "O"
		for i, t := range tags {
			if strings.HasPrefix(t, "I-") && (prev == "O" || prev[2:] != t[2:]) {
				tags[i] = "B-" + t[2:]
			}
			prev = tags[i]
		}
		out[si] = tags
	}
	return out, nil
}

// Train builds a prose model from CoNLL documents through UsingEntities:
// each sentence becomes an EntityContext with its names as character spans.
func Train(docs []ner.Document) *prose.Model {
	var data []prose.EntityContext
	for _, d := range docs {
		for _, s := range d.Sentences {
			text, spans := sentenceText(s.Tokens)
			ec := prose.EntityContext{Text: text, Accept: true}
			for i := 0; i < len(s.Tags); {
				if !strings.HasPrefix(s.Tags[i], "B-") {
					i++
					continue
				}
				typ := s.Tags[i][2:]
				j := i + 1
				for j < len(s.Tags) && s.Tags[j] == "I-"+typ {
					j++
				}
				ec.Spans = append(ec.Spans, prose.LabeledEntity{Start: spans[i][0], End: spans[j-1][1], Label: typ})
				i = j
			}
			data = append(data, ec)
		}
	}
	return prose.ModelFromData("conll2003", prose.UsingEntities(data))
}

// Score tags docs with tag (one sentence at a time) and scores them as
// conlleval does.
func Score(docs []ner.Document, tag func(doc [][]string) ([][]string, error)) (*ner.Eval, error) {
	e := ner.NewEval()
	for _, d := range docs {
		pred, err := tag(d.Words())
		if err != nil {
			return nil, err
		}
		e.Add("O", "O")
		e.EndSentence()
		for si, s := range d.Sentences {
			for i := range s.Tokens {
				e.Add(s.Tags[i], pred[si][i])
			}
			e.EndSentence()
		}
	}
	e.Finish()
	return e, nil
}

// ProseDoc tags documents with a prose model.
func ProseDoc(model *prose.Model) func([][]string) ([][]string, error) {
	return func(doc [][]string) ([][]string, error) { return ProseTags(model, doc) }
}
