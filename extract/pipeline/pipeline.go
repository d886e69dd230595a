package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/annotate"
	"github.com/kg-project/kg/extract/claim"
	"github.com/kg-project/kg/extract/event"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/relate"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/sentence"
	"github.com/kg-project/kg/extract/temporal"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/extract/typing"
)

// Recognizer finds entity mentions in a tokenized document and appends them
// to res.Mentions. Package ner provides the trained one.
type Recognizer interface {
	Recognize(res *extract.Result) error
}

// Resolver groups a document's mentions into entities.
type Resolver interface {
	Resolve(res *extract.Result) error
}

// Stage is any further step run on a Result after resolution.
type Stage interface {
	Process(res *extract.Result) error
}

// StageFunc adapts a function to a Stage.
type StageFunc func(res *extract.Result) error

// Process calls f(res).
func (f StageFunc) Process(res *extract.Result) error { return f(res) }

// Options configures a Pipeline. A nil *Options, and each nil field, mean
// kg's defaults.
type Options struct {
	// Recognizer finds mentions; nil means the tagger built into package
	// ner.
	Recognizer Recognizer
	// Resolver groups mentions into entities; nil means package resolve
	// with country names canonicalised from the built-in gazetteer and
	// the decisions in Unmerged respected.
	Resolver Resolver
	// Unmerged are recorded unmerge decisions (kg unmerge) that the
	// default resolver respects; nil means none. It is ignored when
	// Resolver is set.
	Unmerged []resolve.Unmerge
	// Stages run after resolution, in order; nil means the default stages
	// (dates and quantities, fine typing, events, relations, claims, event
	// participants). An empty, non-nil slice runs none.
	Stages []Stage
	// Off names rule constructions to turn off in the default relation
	// and claim stages (see Constructions); an unknown name is an error.
	Off []string
	// DocTimeout bounds the time one document may take; Extract returns an
	// error matching ErrDocTimeout for a document that takes longer. The
	// check runs between stages, so a document may overrun by one stage's
	// time (each stage is linear in the length of its input). Zero means
	// no bound.
	DocTimeout time.Duration
	// MinScore drops, after each stage (so that no later stage reads
	// them), the relations of the methods whose Score is the probability
	// of a model fitted on news judged by hand (relate.MethodClassifier,
	// relate.MethodVerbPattern: relate.NewsModel and relate.OpenModel)
	// when it is below MinScore; zero keeps them all. The constructions'
	// relations are kept whatever their score.
	MinScore float64
	// Date is the publication date given to documents that carry none
	// (Document.Date zero), the reference for their relative dates ("on
	// Friday"); the zero time means none.
	Date time.Time
}

// ErrDocTimeout is the error (wrapped with the document's name) of a
// document that took longer than Options.DocTimeout.
var ErrDocTimeout = errors.New("took longer than the time allowed for one document")

// Constructions lists the rule constructions of the default relation and
// claim stages that Options.Off may name, each with its stage and an
// example.
func Constructions() [][3]string {
	var out [][3]string
	for _, c := range relate.Constructions() {
		out = append(out, [3]string{"relate", c[0], c[1]})
	}
	for _, c := range claim.Constructions() {
		out = append(out, [3]string{"claim", c[0], c[1]})
	}
	return out
}

// Pipeline turns documents into Results. It is safe for concurrent use when
// its stages are.
type Pipeline struct {
	opts     Options
	load     func() error // loads the parts below once, on first use
	ann      *annotate.Annotator
	rec      Recognizer
	res      Resolver
	stages   []Stage
	timeout  time.Duration
	minScore float64
	date     time.Time
}

// New returns a Pipeline. It checks the options and loads nothing: the
// first Extract loads the built-in models the pipeline needs, in parallel,
// which takes a few hundred milliseconds the first time in a process and
// nothing after, so that a program that makes a Pipeline but extracts
// nothing never loads them.
func New(opts *Options) (*Pipeline, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	p := &Pipeline{opts: o, rec: o.Recognizer, res: o.Resolver, stages: o.Stages, timeout: o.DocTimeout, minScore: o.MinScore, date: o.Date}
	if o.MinScore < 0 || o.MinScore > 1 {
		return nil, fmt.Errorf("pipeline: MinScore %v is not in [0, 1]", o.MinScore)
	}
	if o.DocTimeout < 0 {
		return nil, fmt.Errorf("pipeline: negative DocTimeout %v", o.DocTimeout)
	}
	known := map[string]bool{}
	for _, c := range Constructions() {
		known[c[1]] = true
	}
	for _, n := range o.Off {
		if !known[n] {
			names := make([]string, 0, len(known))
			for k := range known {
				names = append(names, k)
			}
			sort.Strings(names)
			return nil, fmt.Errorf("pipeline: unknown construction %q (known: %s)", n, strings.Join(names, ", "))
		}
	}
	p.load = sync.OnceValue(p.loadParts)
	return p, nil
}

// loadParts makes the annotator and the parts the options leave to
// defaults. The models load in parallel: the annotator's (part of speech,
// lexicon), the entity tagger's (with the gazetteer) and the relation
// classifier's, which share the first two through their packages'
// Default.
func (p *Pipeline) loadParts() error {
	var wg sync.WaitGroup
	var annErr, recErr error
	wg.Go(func() { p.ann, annErr = annotate.New(nil) })
	if p.rec == nil {
		wg.Go(func() {
			var m *ner.Model
			if m, recErr = ner.Default(); recErr == nil {
				p.rec = ner.NewRecognizer(m, nil)
			}
		})
	}
	var rel *relate.Relater
	if p.stages == nil {
		wg.Go(func() { rel = relate.New(&relate.Options{Off: p.opts.Off}) })
	}
	var g *gazetteer.Gazetteer
	var gazErr error
	if p.res == nil || p.stages == nil {
		// The lists the gazetteer reads on first use are read now,
		// beside the models, rather than in the first document's
		// resolve and typing.
		if g, gazErr = gazetteer.Default(); gazErr == nil {
			wg.Go(g.Preload)
		}
	}
	wg.Wait()
	for _, err := range []error{annErr, recErr, gazErr} {
		if err != nil {
			return fmt.Errorf("pipeline: %w", err)
		}
	}
	if p.res == nil {
		p.res = resolve.New(&resolve.Options{Aliases: typing.NewCountries(g), Unmerged: p.opts.Unmerged})
	}
	if p.stages == nil {
		// Dates first (events and claims read them), then finer types
		// (and the players of line-ups kept people),
		// events (before relations, so that relations reach them),
		// relations, claims (which mark the relations said inside them),
		// and the events' participants from the relations the document
		// asserts; last, the city links that the relations contradict (a
		// city put in another country).
		p.stages = []Stage{temporal.New(nil), typing.New(g), typing.NewLineupPlayers(), event.New(nil), rel, claim.New(&claim.Options{Off: p.opts.Off}), event.NewLinker(), typing.NewCityCountries(g)}
	}
	return nil
}

// Extract runs every stage on doc, dated Options.Date when it carries no
// date of its own. The text must be valid UTF-8, and is read as it
// is: HTML character references ("&amp;", and "#39;" whose ampersand a
// feed lost) are decoded when a document is read (package input's Read and
// Unescape), not here, so that every offset points into doc.Text. It stops
// between stages when ctx is done, and with an error matching
// ErrDocTimeout when the document has taken longer than
// Options.DocTimeout.
func (p *Pipeline) Extract(ctx context.Context, doc extract.Document) (*extract.Result, error) {
	if !utf8.ValidString(doc.Text) {
		return nil, fmt.Errorf("pipeline: %s: text is not valid UTF-8", name(doc))
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if doc.Date.IsZero() {
		doc.Date = p.date
	}
	if err := p.load(); err != nil {
		return nil, err
	}
	var deadline time.Time
	if p.timeout > 0 {
		deadline = time.Now().Add(p.timeout)
	}
	// check stops between steps: on ctx, or past the document's deadline.
	check := func() error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if !deadline.IsZero() && time.Now().After(deadline) {
			return fmt.Errorf("pipeline: %s: %w (%v)", name(doc), ErrDocTimeout, p.timeout)
		}
		return nil
	}
	res := &extract.Result{Doc: doc}
	toks := tokenize.Tokenize(doc.Text)
	res.Sentences = sentence.Split(doc.Text, toks)
	p.ann.Annotate(res)
	if err := check(); err != nil {
		return nil, err
	}
	if err := p.rec.Recognize(res); err != nil {
		return nil, fmt.Errorf("pipeline: %s: recognize: %w", name(doc), err)
	}
	if err := check(); err != nil {
		return nil, err
	}
	if err := p.res.Resolve(res); err != nil {
		return nil, fmt.Errorf("pipeline: %s: resolve: %w", name(doc), err)
	}
	res.IndexMentions()
	for _, s := range p.stages {
		if err := check(); err != nil {
			return nil, err
		}
		if err := s.Process(res); err != nil {
			return nil, fmt.Errorf("pipeline: %s: %w", name(doc), err)
		}
		res.IndexMentions()
		// The stages after the relation stage (claims, event
		// participants, city links) read only the relations kept.
		p.dropWeak(res)
	}
	if err := check(); err != nil {
		return nil, err
	}
	return res, nil
}

// dropWeak drops the relations of the model-scored methods (the
// classifier's and the open relations) whose score is below
// Options.MinScore. Nothing refers to a relation by its index, so the
// rest keep their meaning.
func (p *Pipeline) dropWeak(res *extract.Result) {
	if p.minScore <= 0 {
		return
	}
	kept := res.Relations[:0]
	for _, r := range res.Relations {
		if !modelScored[r.Method] || r.Score >= p.minScore {
			kept = append(kept, r)
		}
	}
	res.Relations = kept
}

// modelScored holds the methods whose relations' Score is the probability
// of a model fitted on news judged by hand (Options.MinScore).
var modelScored = map[string]bool{relate.MethodClassifier: true, relate.MethodVerbPattern: true}

func name(doc extract.Document) string {
	if doc.Source != "" {
		return doc.Source
	}
	t := strings.TrimSpace(doc.Title)
	if t == "" {
		return "document"
	}
	return fmt.Sprintf("%q", t)
}
