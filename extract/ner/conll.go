package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Document is a tagged document read from a CoNLL file: its sentences'
// tokens and IOB2 tags.
type Document struct {
	Sentences []Sentence
	// Domain names the corpus of a training document that is not news
	// labelled as CoNLL-2003 is ("gum" for ReadGUM's), or is "". Train
	// gives such a document's tokens a copy of every feature for that
	// corpus alone, which absorbs how its names differ in kind, frequency
	// and context from news; tagging never fires the copies, so the model
	// stays a news tagger that has also learned from the other corpus.
	Domain string
}

// Sentence is one sentence of a Document.
type Sentence struct {
	Tokens []string
	// Tags holds one IOB2 tag per token ("B-PER", "I-ORG", "O").
	Tags []string
}

// Words returns the tokens of every sentence of d.
func (d *Document) Words() [][]string {
	out := make([][]string, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = s.Tokens
	}
	return out
}

// ReadCoNLL reads a CoNLL-format file: one token a line, the token first
// and the NER tag last, blank lines between sentences, "-DOCSTART-" lines
// between documents. IOB1 tags are converted to IOB2. A file without
// -DOCSTART- lines is one document.
func ReadCoNLL(r io.Reader) ([]Document, error) {
	var docs []Document
	var doc Document
	var sent Sentence
	endSent := func() {
		if len(sent.Tokens) > 0 {
			toIOB2(sent.Tags)
			doc.Sentences = append(doc.Sentences, sent)
		}
		sent = Sentence{}
	}
	endDoc := func() {
		endSent()
		if len(doc.Sentences) > 0 {
			docs = append(docs, doc)
		}
		doc = Document{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			endSent()
			continue
		}
		if f[0] == "-DOCSTART-" {
			endDoc()
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("ner: conll line %d: want a token and a tag", line)
		}
		sent.Tokens = append(sent.Tokens, f[0])
		sent.Tags = append(sent.Tags, f[len(f)-1])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: read conll: %w", err)
	}
	endDoc()
	return docs, nil
}
