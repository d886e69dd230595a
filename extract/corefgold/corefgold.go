package corefgold

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/internal/gumconll"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/newsgold"
	"github.com/kg-project/kg/internal/stickyerr"
)

// Doc is one GUM document: its tokens, the text made of them (joined by
// single spaces) and its mentions.
type Doc struct {
	Name string
	// Genre is the second part of the name (GUM_news_afghan: news).
	Genre  string
	Tokens []string
	// Offsets[i] is the byte offset of token i in Text.
	Offsets  []int
	Text     string
	Mentions []Mention
}

// Mention is a gold mention: tokens [Start, End), the entity it belongs to
// (its number in the document) and that entity's type and Wikipedia title
// ("" when it has none).
type Mention = gumconll.Mention

// Named reports whether m is a named mention of doc: its entity has a
// Wikipedia title and its last word is capitalised and no pronoun or
// determiner ("She", "This" at the start of a sentence).
func (d *Doc) Named(m Mention) bool {
	if m.Title == "" || m.End <= m.Start || m.End > len(d.Tokens) {
		return false
	}
	last := d.Tokens[m.End-1]
	r, _ := utf8.DecodeRuneInString(last)
	if !unicode.IsUpper(r) {
		return false
	}
	if lex, err := lexicon.Default(); err == nil {
		w := strings.ToLower(last)
		return !lex.Is(w, lexicon.PersonalPronoun) && !lex.Is(w, lexicon.Determiner)
	}
	return true
}

// ReadDir reads every *.conll file of dir, in name order.
func ReadDir(dir string) ([]Doc, error) {
	gds, err := gumconll.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("corefgold: %w", err)
	}
	return docs(gds), nil
}

// Read reads the documents of one CoNLL file; name is used in errors.
func Read(r io.Reader, name string) ([]Doc, error) {
	gds, err := gumconll.Read(r, name)
	if err != nil {
		return nil, fmt.Errorf("corefgold: %w", err)
	}
	return docs(gds), nil
}

// docs adds to each document its genre and its text, the tokens joined by
// spaces, with each token's offset.
func docs(gds []gumconll.Doc) []Doc {
	out := make([]Doc, len(gds))
	for k, g := range gds {
		d := Doc{Name: g.Name, Tokens: g.Tokens, Mentions: g.Mentions}
		if parts := strings.Split(g.Name, "_"); len(parts) >= 3 {
			d.Genre = parts[1]
		}
		var b strings.Builder
		for i, t := range d.Tokens {
			if i > 0 {
				b.WriteByte(' ')
			}
			d.Offsets = append(d.Offsets, b.Len())
			b.WriteString(t)
		}
		d.Text = b.String()
		out[k] = d
	}
	return out
}

// Counts are true and false positives and false negatives, as the news
// gold set counts them.
type Counts = newsgold.Counts

// Score is one group's figures: Detection (TP: gold named mentions kg
// found, FN: missed; FP is not counted, as GUM does not link every name),
// Types (TP right, FP wrong, over matched mentions) and Pairs (same-entity
// decisions over pairs of matched mentions).
type Score struct {
	Docs             int
	Detection, Types Counts
	Pairs            Counts
	TypesByGold      map[string]*Counts
}

func newScore() *Score { return &Score{TypesByGold: map[string]*Counts{}} }

// Report holds the figures over all documents and by genre, and the
// errors found.
type Report struct {
	All     *Score
	ByGenre map[string]*Score
	// Errors lists, per document, wrongly split (-same) and wrongly merged
	// (+same) pairs and wrong types.
	Errors []string
}

// NewReport returns an empty report.
func NewReport() *Report { return &Report{All: newScore(), ByGenre: map[string]*Score{}} }

// kgType maps a GUM entity type to kg's coarse type.
func kgType(t string) string {
	switch t {
	case "person":
		return extract.Person
	case "place":
		return extract.Location
	case "organization":
		return extract.Organization
	case "event":
		return extract.EventType
	}
	return extract.Miscellaneous
}

// Add scores res, the pipeline's result on d.Text.
func (r *Report) Add(d *Doc, res *extract.Result) {
	g := r.ByGenre[d.Genre]
	if g == nil {
		g = newScore()
		r.ByGenre[d.Genre] = g
	}
	var s Score
	s.TypesByGold = map[string]*Counts{}
	s.Docs = 1
	pred := predictedSpans(d, res)
	var gold []int // indexes into d.Mentions of named mentions
	for i, m := range d.Mentions {
		if d.Named(m) {
			gold = append(gold, i)
		}
	}
	matchAll := matchMentions(d, pred)
	matchG := make([]int, len(gold))
	for gi, mi := range gold {
		matchG[gi] = matchAll[mi]
	}
	sc := docScorer{r: r, s: &s, d: d, res: res, pred: pred, gold: gold, matchG: matchG}
	sc.types()
	sc.pairs()
	g.add(&s)
	r.All.add(&s)
}

// predSpan is a mention of the pipeline's result in GUM's tokens: tokens
// start to end, mention idx of the result.
type predSpan struct{ start, end, idx int }

// predictedSpans maps the result's mentions of entities to d's tokens.
func predictedSpans(d *Doc, res *extract.Result) []predSpan {
	// tokenOf maps a byte offset to the token starting at or before it.
	tokenOf := func(off int) int {
		return sort.Search(len(d.Offsets), func(i int) bool { return d.Offsets[i] > off }) - 1
	}
	var pred []predSpan
	for i, m := range res.Mentions {
		if m.Entity < 0 || m.Entity >= len(res.Entities) {
			continue
		}
		a, b := tokenOf(m.Start), tokenOf(m.End-1)+1
		if a < 0 || b <= a {
			continue
		}
		pred = append(pred, predSpan{a, b, i})
	}
	return pred
}

// matchMentions matches d's mentions to pred one to one, best overlap first
// (at least half of the longer), over all the gold mentions: a name kg
// finds that is the gold mention of an entity without a title ("the Acme
// Wiki") is that mention, not also the titled name nested in it ("Acme").
// It gives per gold mention the index into pred, or -1.
func matchMentions(d *Doc, pred []predSpan) []int {
	type cand struct{ g, p, ov int }
	var cands []cand
	for mi, m := range d.Mentions {
		for pi, p := range pred {
			ov := min(m.End, p.end) - max(m.Start, p.start)
			if ov > 0 && 2*ov >= max(m.End-m.Start, p.end-p.start) {
				cands = append(cands, cand{mi, pi, ov})
			}
		}
	}
	// Best overlap first; at equal overlap, the tighter gold mention.
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].ov != cands[j].ov {
			return cands[i].ov > cands[j].ov
		}
		li := d.Mentions[cands[i].g].End - d.Mentions[cands[i].g].Start
		lj := d.Mentions[cands[j].g].End - d.Mentions[cands[j].g].Start
		return li < lj
	})
	matchAll := make([]int, len(d.Mentions))
	for i := range matchAll {
		matchAll[i] = -1
	}
	usedP := make([]bool, len(pred))
	for _, c := range cands {
		if matchAll[c.g] < 0 && !usedP[c.p] {
			matchAll[c.g], usedP[c.p] = c.p, true
		}
	}
	return matchAll
}

// docScorer scores one document's named mentions (gold, indexes into
// d.Mentions) matched to pred (matchG, -1 for none) into s.
type docScorer struct {
	r      *Report
	s      *Score
	d      *Doc
	res    *extract.Result
	pred   []predSpan
	gold   []int
	matchG []int
}

// text is the words of d's mention mi.
func (sc *docScorer) text(mi int) string {
	m := sc.d.Mentions[mi]
	return strings.Join(sc.d.Tokens[m.Start:m.End], " ")
}

// types scores detection and the type of each found named mention.
func (sc *docScorer) types() {
	s, d, res := sc.s, sc.d, sc.res
	for gi, mi := range sc.gold {
		m := d.Mentions[mi]
		if sc.matchG[gi] < 0 {
			s.Detection.FN++
			continue
		}
		s.Detection.TP++
		e := res.Entities[res.Mentions[sc.pred[sc.matchG[gi]].idx].Entity]
		c := Counts{TP: 1}
		if e.Type != kgType(m.Type) {
			c = Counts{FP: 1}
			sc.r.Errors = append(sc.r.Errors, fmt.Sprintf("%s: +type %q is %s, not %s", d.Name, sc.text(mi), e.Type, kgType(m.Type)))
		}
		s.Types.Add(c)
		if s.TypesByGold[m.Type] == nil {
			s.TypesByGold[m.Type] = &Counts{}
		}
		s.TypesByGold[m.Type].Add(c)
	}
}

// pairs scores each pair of found named mentions: one entity in kg and in
// the gold, or not.
func (sc *docScorer) pairs() {
	s, d, res, gold, matchG := sc.s, sc.d, sc.res, sc.gold, sc.matchG
	for i := range gold {
		if matchG[i] < 0 {
			continue
		}
		for j := i + 1; j < len(gold); j++ {
			if matchG[j] < 0 {
				continue
			}
			// Two of GUM's entities with one Wikipedia title are one
			// thing, one node in a graph ("Coron" the place and the
			// municipality).
			goldSame := d.Mentions[gold[i]].Title == d.Mentions[gold[j]].Title
			predSame := res.Mentions[sc.pred[matchG[i]].idx].Entity == res.Mentions[sc.pred[matchG[j]].idx].Entity
			switch {
			case goldSame && predSame:
				s.Pairs.TP++
			case predSame:
				s.Pairs.FP++
				sc.r.Errors = append(sc.r.Errors, fmt.Sprintf("%s: +same %q and %q", d.Name, sc.text(gold[i]), sc.text(gold[j])))
			case goldSame:
				s.Pairs.FN++
				sc.r.Errors = append(sc.r.Errors, fmt.Sprintf("%s: -same %q and %q", d.Name, sc.text(gold[i]), sc.text(gold[j])))
			}
		}
	}
}

func (s *Score) add(o *Score) {
	s.Docs += o.Docs
	s.Detection.Add(o.Detection)
	s.Types.Add(o.Types)
	s.Pairs.Add(o.Pairs)
	for k, c := range o.TypesByGold {
		if s.TypesByGold[k] == nil {
			s.TypesByGold[k] = &Counts{}
		}
		s.TypesByGold[k].Add(*c)
	}
}

// Write prints the figures: all documents, then each gold type's type
// accuracy, then each genre.
func (r *Report) Write(w io.Writer) error {
	ew := &stickyerr.Writer{W: w}
	fmt.Fprintf(ew, "%d documents, %d gold named mentions\n", r.All.Docs, r.All.Detection.TP+r.All.Detection.FN)
	fmt.Fprintf(ew, "%-28s %9s %9s %9s %6s %6s %6s\n", "", "precision", "recall", "F1", "tp", "fp", "fn")
	fmt.Fprintf(ew, "%-28s %9s %9.3f %9s %6d %6s %6d\n", "named mentions found", "-", r.All.Detection.Recall(), "-", r.All.Detection.TP, "-", r.All.Detection.FN)
	fmt.Fprintf(ew, "%-28s %9.3f %9s %9s %6d %6d %6s\n", "types", r.All.Types.Precision(), "-", "-", r.All.Types.TP, r.All.Types.FP, "-")
	p := r.All.Pairs
	fmt.Fprintf(ew, "%-28s %9.3f %9.3f %9.3f %6d %6d %6d\n", "same-entity pairs", p.Precision(), p.Recall(), p.F1(), p.TP, p.FP, p.FN)
	fmt.Fprintf(ew, "\ntypes by gold type\n")
	for _, k := range sortedKeys(r.All.TypesByGold) {
		c := r.All.TypesByGold[k]
		fmt.Fprintf(ew, "  %-26s %9.3f %9s %9s %6d %6d %6s\n", k+" ("+kgType(k)+")", c.Precision(), "-", "-", c.TP, c.FP, "-")
	}
	fmt.Fprintf(ew, "\n%-14s %5s %9s %9s %9s %9s\n", "by genre", "docs", "found", "types", "pairs P", "pairs R")
	for _, k := range sortedKeys(r.ByGenre) {
		s := r.ByGenre[k]
		// A share of nothing is "-", not 0.
		f := func(c Counts, x float64) string {
			if c.TP+c.FP+c.FN == 0 {
				return "-"
			}
			return fmt.Sprintf("%.3f", x)
		}
		fmt.Fprintf(ew, "  %-12s %5d %9s %9s %9s %9s\n", k, s.Docs, f(s.Detection, s.Detection.Recall()), f(s.Types, s.Types.Precision()),
			f(Counts{TP: s.Pairs.TP, FP: s.Pairs.FP}, s.Pairs.Precision()), f(Counts{TP: s.Pairs.TP, FN: s.Pairs.FN}, s.Pairs.Recall()))
	}
	return ew.Err
}

// WriteErrors prints the errors, one a line.
func (r *Report) WriteErrors(w io.Writer) error { return stickyerr.WriteLines(w, r.Errors) }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
