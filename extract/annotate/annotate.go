package annotate

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/pos"
	"github.com/kg-project/kg/extract/tokenize"
)

// Options configures an Annotator. A nil *Options, and each nil field,
// mean kg's built-in models.
type Options struct {
	// Tagger gives part-of-speech and chunk tags; nil means pos.Default().
	Tagger *pos.Tagger
	// Lexicon gives lemmas; nil means lexicon.Default().
	Lexicon *lexicon.Lexicon
	// Gazetteer knows the places a dateline may need its town to be;
	// nil means gazetteer.Default(), loaded when a dateline needs it.
	Gazetteer *gazetteer.Gazetteer
}

// Annotator annotates documents. It is safe for concurrent use.
type Annotator struct {
	tagger *pos.Tagger
	lex    *lexicon.Lexicon
	gaz    *gazetteer.Gazetteer
}

// New returns an Annotator, loading the built-in models its options do
// not give.
func New(opts *Options) (*Annotator, error) {
	a := &Annotator{}
	if opts != nil {
		a.tagger, a.lex, a.gaz = opts.Tagger, opts.Lexicon, opts.Gazetteer
	}
	var err error
	if a.tagger == nil {
		if a.tagger, err = pos.Default(); err != nil {
			return nil, fmt.Errorf("annotate: %w", err)
		}
	}
	if a.lex == nil {
		if a.lex, err = lexicon.Default(); err != nil {
			return nil, fmt.Errorf("annotate: %w", err)
		}
	}
	return a, nil
}

var defaultAnnotator = sync.OnceValues(func() (*Annotator, error) { return New(nil) })

// Default returns an Annotator with kg's built-in models, made on first
// use and shared.
func Default() (*Annotator, error) { return defaultAnnotator() }

// knownPlace reports whether the Annotator's gazetteer knows words as a
// place's name; false when it cannot be loaded.
func (a *Annotator) knownPlace(words []string) bool {
	g := a.gaz
	if g == nil {
		var err error
		if g, err = gazetteer.Default(); err != nil {
			return false
		}
	}
	return knownPlace(g, words)
}

// bareTown reports whether the Annotator's gazetteer knows words as a
// town's or a country's name, the first word no given name: the town of
// a bare dateline ("TARVIK Acme said ...").
func (a *Annotator) bareTown(words []string) bool {
	g := a.gaz
	if g == nil {
		var err error
		if g, err = gazetteer.Default(); err != nil {
			return false
		}
	}
	name := strings.Join(words, " ")
	if first := words[0]; len(first) > 1 && g.GivenName(first[:1]+strings.ToLower(first[1:])) {
		return false
	}
	_, country := g.CountryByName(name)
	return country || g.Town(name)
}

// Lexicon returns the lexicon the Annotator lemmatizes with.
func (a *Annotator) Lexicon() *lexicon.Lexicon { return a.lex }

// Annotate fills the annotation of res's sentences that lack one, and the
// document's quotations, dateline, line-ups, headline and wire credits,
// then indexes its mentions. It is idempotent: a stage run outside the
// pipeline may call it to be sure the annotation is there, at no cost
// when it is.
func (a *Annotator) Annotate(res *extract.Result) {
	fresh := false
	for si := range res.Sentences {
		s := &res.Sentences[si]
		if s.Lower != nil && len(s.Lower) == len(s.Tokens) {
			continue
		}
		fresh = true
		s.Lower = make([]string, len(s.Tokens))
		for i, t := range s.Tokens {
			s.Lower[i] = strings.ToLower(t.Text)
		}
		a.tagger.Sentence(s)
		s.Lemma = make([]string, len(s.Tokens))
		for i, t := range s.Tokens {
			if t.Kind == tokenize.Word && i < len(s.POS) {
				s.Lemma[i] = a.lex.Lemma(t.Text, s.POS[i])
			} else {
				s.Lemma[i] = s.Lower[i]
			}
		}
	}
	if fresh {
		res.Quotes = Quotes(res.Doc.Text, res.Sentences)
		res.Dateline = findDateline(res.Sentences, res.Doc.Text, a.knownPlace, a.bareTown)
		res.Lineups = FindLineups(res.Sentences)
		res.Headline = Headline(res.Doc)
		res.Credits = WireCredits(res)
	}
	res.IndexMentions()
}

// Headline returns the span of the document's headline: its first line
// when that line stands alone (a line break follows), is its title (or it
// has none), is at most 20 words long and does not end like a sentence
// (an ellipsis that cuts a wire's headline short, before a blank line,
// ends none).
// It returns the empty span when the text opens with no headline.
func Headline(doc extract.Document) extract.Span {
	i := strings.IndexByte(doc.Text, '\n')
	if i < 0 {
		return extract.Span{}
	}
	line := strings.TrimSpace(doc.Text[:i])
	if line == "" || len(strings.Fields(line)) > 20 || doc.Title != "" && strings.TrimSpace(doc.Title) != line {
		return extract.Span{}
	}
	switch line[len(line)-1] {
	case '.':
		if !initialismEnd(line) && !(cutTitle(line) && blankLineAfter(doc.Text, i)) {
			return extract.Span{}
		}
	case '!', '?', ':', ';', ',':
		return extract.Span{}
	}
	return extract.Span{Start: strings.Index(doc.Text, line), End: i}
}

// cutTitle reports whether a line ends in an ellipsis written with three
// periods, as a wire's feed writes a headline cut short ("Acme buys
// Harlow Mills, unless..."). A sentence may end so too: Headline takes
// such a line only when a blank line follows it (the cut-headline rule).
func cutTitle(line string) bool {
	return strings.HasSuffix(line, "...")
}

// blankLineAfter reports whether the line that follows the line break at
// byte i of text is blank (spaces at most): whether the white space from
// the break on is a paragraph break between blank-line paragraphs.
func blankLineAfter(text string, i int) bool {
	rest := text[i:]
	return paragraphBreak(rest[:len(rest)-len(strings.TrimLeftFunc(rest, unicode.IsSpace))], "\n\n")
}

// initialismEnd reports whether a line's final period is that of an
// initialism ("Storm Nears Coastal N.C.", "Deal Hits U.S."), not a
// sentence's: the last word is letters each followed by a period, and
// every other word of four letters or more is capitalised, as a title
// writes them and a sentence does not.
func initialismEnd(line string) bool {
	words := strings.Fields(line)
	last := words[len(words)-1]
	if len(last) < 4 || len(last)%2 != 0 {
		return false
	}
	for k := 0; k < len(last); k += 2 {
		if c := last[k]; c < 'A' || c > 'Z' || last[k+1] != '.' {
			return false
		}
	}
	for _, w := range words[:len(words)-1] {
		if r := []rune(w); len(r) >= 4 && unicode.IsLower(r[0]) {
			return false
		}
	}
	return true
}
