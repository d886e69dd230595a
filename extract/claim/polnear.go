package claim

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/internal/match"
	"github.com/kg-project/kg/extract/resolve"
)

// PolNeARDoc is one article of the PolNeAR corpus with its gold
// attributions.
type PolNeARDoc struct {
	// Name is the text file's name without .txt.
	Name string
	Text string
	// Attributions are the gold attributions, with byte offsets into Text.
	Attributions []Attribution
}

// Attribution is a gold attribution: who (Source), by which words (Cue),
// said, believed or intended what (Content). A part may be missing (no
// span) or discontinuous (several spans).
type Attribution struct {
	Source, Cue, Content []extract.Span
}

// ReadPolNeAR reads a PolNeAR split directory (text/ and attributions/):
// each text with the first of its annotation files (NAME_ANNOTATOR.ann,
// in name order).
func ReadPolNeAR(dir string) ([]PolNeARDoc, error) {
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("claim: no PolNeAR texts in %s/text", dir)
	}
	sort.Strings(texts)
	var docs []PolNeARDoc
	for _, t := range texts {
		name := strings.TrimSuffix(filepath.Base(t), ".txt")
		anns, err := filepath.Glob(filepath.Join(dir, "attributions", name+"_*.ann"))
		if err != nil || len(anns) == 0 {
			return nil, fmt.Errorf("claim: %s: no annotation file in %s/attributions", name, dir)
		}
		sort.Strings(anns)
		b, err := os.ReadFile(t)
		if err != nil {
			return nil, fmt.Errorf("claim: %w", err)
		}
		f, err := os.Open(anns[0])
		if err != nil {
			return nil, fmt.Errorf("claim: %w", err)
		}
		atts, err := readBrat(f, string(b))
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("claim: %s: %w", anns[0], err)
		}
		docs = append(docs, PolNeARDoc{Name: name, Text: string(b), Attributions: atts})
	}
	return docs, nil
}

// readBrat reads brat standoff attributions ("T1<TAB>Source 89 106<TAB>...",
// "E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1"), turning character
// offsets into byte offsets of text.
func readBrat(r io.Reader, text string) ([]Attribution, error) {
	// byteAt[i] is the byte offset of character i.
	byteAt := make([]int, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	spans := map[string][]extract.Span{}
	var events [][]string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(f[0], "T"):
			kind, offs, ok := strings.Cut(f[1], " ")
			if !ok {
				return nil, fmt.Errorf("line %d: no offsets", n)
			}
			_ = kind
			for _, part := range strings.Split(offs, ";") {
				a, b, ok := strings.Cut(part, " ")
				lo, err1 := strconv.Atoi(a)
				hi, err2 := strconv.Atoi(b)
				if !ok || err1 != nil || err2 != nil || lo < 0 || hi < lo || hi >= len(byteAt) {
					return nil, fmt.Errorf("line %d: bad offsets %q", n, part)
				}
				spans[f[0]] = append(spans[f[0]], extract.Span{Start: byteAt[lo], End: byteAt[hi]})
			}
		case strings.HasPrefix(f[0], "E"):
			events = append(events, strings.Fields(f[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var out []Attribution
	for _, ev := range events {
		var a Attribution
		for _, arg := range ev {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			switch role {
			case "Source":
				a.Source = append(a.Source, spans[id]...)
			case "Cue":
				a.Cue = append(a.Cue, spans[id]...)
			case "Content":
				a.Content = append(a.Content, spans[id]...)
			}
		}
		if len(a.Content) > 0 {
			out = append(out, a)
		}
	}
	return out, nil
}

// PolNeARScore is the score of claims against PolNeAR attributions.
type PolNeARScore struct {
	Docs int
	// TP counts claims matched to an attribution (their contents overlap
	// by at least half of the shorter, one to one), FP the other claims,
	// FN the other attributions.
	TP, FP, FN int
	// Named counts matched pairs whose gold source is named; Right those
	// whose speaker is that source.
	Named, Right int
	// ByMethod counts matched (TP) and unmatched (FP) claims by their
	// construction.
	ByMethod map[string][2]int
	// Errors lists, one a line, each wrong claim (+claim), wrong speaker
	// (+speaker) and missed attribution (-claim), with the document's
	// name.
	Errors []string
}

// contentSpan returns the extent of an attribution's content.
func (a Attribution) contentSpan() extract.Span {
	s := a.Content[0]
	for _, c := range a.Content[1:] {
		s.Start, s.End = min(s.Start, c.Start), max(s.End, c.End)
	}
	return s
}

// EvaluatePolNeAR scores the claims of results (one per document, in
// order) against the documents' attributions.
func EvaluatePolNeAR(docs []PolNeARDoc, results []*extract.Result) (*PolNeARScore, error) {
	if len(docs) != len(results) {
		return nil, fmt.Errorf("claim: %d documents, %d results", len(docs), len(results))
	}
	s := &PolNeARScore{Docs: len(docs), ByMethod: map[string][2]int{}}
	for i, d := range docs {
		res := results[i]
		var ps []match.Pair
		for ci, c := range res.Claims {
			cs := extract.Span{Start: c.Start, End: c.End}
			for ai, a := range d.Attributions {
				as := a.contentSpan()
				ov := max(0, min(cs.End, as.End)-max(cs.Start, as.Start))
				if ov > 0 && 2*ov >= min(cs.Len(), as.Len()) {
					ps = append(ps, match.Pair{Pred: ci, Gold: ai, Score: ov})
				}
			}
		}
		claimOf, attOf := match.OneToOne(ps, len(res.Claims), len(d.Attributions))
		for ci, c := range res.Claims {
			m := s.ByMethod[c.Method]
			a := attOf[ci]
			if a < 0 {
				s.FP++
				m[1]++
				s.ByMethod[c.Method] = m
				s.Errors = append(s.Errors, fmt.Sprintf("%s: +claim %s %q by %s: %q", d.Name, entityName(res, c.Speaker), c.Verb, c.Method, clip(d.Text[c.Start:c.End])))
				continue
			}
			s.TP++
			m[0]++
			s.ByMethod[c.Method] = m
			att := d.Attributions[a]
			if !named(d.Text, att.Source) {
				continue
			}
			s.Named++
			if speaks(res, c.Speaker, d.Text, att.Source) || c.Speaker < 0 && sourceHolds(d.Text, c.Source, att.Source) {
				s.Right++
			} else {
				s.Errors = append(s.Errors, fmt.Sprintf("%s: +speaker %s, not %q (%s %q): %q", d.Name, speakerName(res, c), spanText(d.Text, att.Source), c.Method, c.Verb, clip(d.Text[c.Start:c.End])))
			}
		}
		for ai, c := range claimOf {
			if c < 0 {
				s.FN++
				a := d.Attributions[ai]
				cs := a.contentSpan()
				s.Errors = append(s.Errors, fmt.Sprintf("%s: -claim %q %q: %q", d.Name, spanText(d.Text, a.Source), spanText(d.Text, a.Cue), clip(d.Text[cs.Start:cs.End])))
			}
		}
	}
	return s, nil
}

// sourceHolds reports whether a claim's unnamed source (the span src of
// text, "Ann Lee's lawyer") is the gold source: it overlaps every span of
// the gold source and holds its words (gold "Ann Lee's lawyer" or
// "lawyer"; not "Ann Lee's lawyer, John Roe", whose name it lacks).
func sourceHolds(text string, src extract.Span, gold []extract.Span) bool {
	if src.Start < 0 || src.End > len(text) || src.Start >= src.End || len(gold) == 0 {
		return false
	}
	words := " " + resolve.Key(text[src.Start:src.End]) + " "
	for _, g := range gold {
		k := resolve.Key(text[g.Start:g.End])
		if g.Start >= src.End || src.Start >= g.End || k == "" || !strings.Contains(words, " "+k+" ") {
			return false
		}
	}
	return true
}

// speakerName returns the name of a claim's speaker, its unnamed source's
// words in brackets, or "-".
func speakerName(res *extract.Result, c extract.Claim) string {
	if c.Speaker < 0 && c.Source.Start >= 0 && c.Source.Start < c.Source.End && c.Source.End <= len(res.Doc.Text) {
		return "[" + clip(res.Doc.Text[c.Source.Start:c.Source.End]) + "]"
	}
	return entityName(res, c.Speaker)
}

// entityName returns the name of entity e of res, or "-".
func entityName(res *extract.Result, e int) string {
	if e < 0 || e >= len(res.Entities) {
		return "-"
	}
	return res.Entities[e].Name
}

// spanText joins the text of spans with spaces.
func spanText(text string, spans []extract.Span) string {
	var parts []string
	for _, sp := range spans {
		parts = append(parts, text[sp.Start:sp.End])
	}
	return strings.Join(parts, " ")
}

// clip shortens s to 70 bytes at most, on a rune boundary, with "...".
func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= 70 {
		return s
	}
	i := 70
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "..."
}

// named reports whether a source names someone: a capitalised word that
// is not a pronoun or a determiner ("He", "The"), nor a word capitalised
// only because it opens a sentence ("Police say", "Many experts
// suspect").
func named(text string, src []extract.Span) bool {
	for _, sp := range src {
		off := sp.Start
		for _, w := range strings.FieldsFunc(text[sp.Start:sp.End], func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			at := off + strings.Index(text[off:sp.End], w)
			off = at + len(w)
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || sentenceStart(text, at) {
				continue
			}
			switch strings.ToLower(w) {
			case "he", "she", "it", "they", "i", "we", "you", "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those":
				continue
			}
			return true
		}
	}
	return false
}

// abbreviation reports whether text ends in a short capitalised word
// that a point after it abbreviates ("Gov", "Mr", "Sen", "Capt"): the
// point ends no sentence.
func abbreviation(text string) bool {
	j := len(text)
	for j > 0 && unicode.IsLetter(rune(text[j-1])) {
		j--
	}
	w := text[j:]
	return len(w) >= 2 && len(w) <= 4 && unicode.IsUpper(rune(w[0]))
}

// sentenceStart reports whether byte offset at opens a sentence: only
// spaces and opening quotation marks lie between it and the text's start
// or a sentence's end (".", "?", "!", a line break; not the point of an
// abbreviation such as "Gov.").
func sentenceStart(text string, at int) bool {
	for i := at - 1; i >= 0; i-- {
		switch c := text[i]; c {
		case ' ', '\t', '"', '\'':
			continue
		case '.':
			return !abbreviation(text[:i])
		case '\n', '?', '!':
			return true
		default:
			if c >= 0x80 { // a curly quotation mark or a no-break space
				r, n := utf8.DecodeLastRuneInString(text[:i+1])
				if r == '“' || r == '‘' || r == '\u00a0' {
					i -= n - 1
					continue
				}
			}
			return false
		}
	}
	return true
}

// speaks reports whether entity e is the gold source: one of its mentions
// overlaps the source, or one of its names is in the source's words.
func speaks(res *extract.Result, e int, text string, src []extract.Span) bool {
	if e < 0 || e >= len(res.Entities) {
		return false
	}
	ent := res.Entities[e]
	for _, mi := range ent.Mentions {
		m := res.Mentions[mi]
		for _, sp := range src {
			if m.Start < sp.End && sp.Start < m.End {
				return true
			}
		}
	}
	for _, sp := range src {
		words := " " + resolve.Key(text[sp.Start:sp.End]) + " "
		for _, n := range append([]string{ent.Name}, ent.Aliases...) {
			if k := resolve.Key(n); k != "" && strings.Contains(words, " "+k+" ") {
				return true
			}
		}
	}
	return false
}

// WriteReport prints the content precision, recall and F1, the speaker
// accuracy over matched attributions with a named source, and the claims
// by construction.
func (s *PolNeARScore) WriteReport(w io.Writer) error {
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	p, r := ratio(s.TP, s.TP+s.FP), ratio(s.TP, s.TP+s.FN)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d documents\n", s.Docs)
	fmt.Fprintf(&b, "%-22s %9s %9s %9s %6s %6s %6s\n", "", "precision", "recall", "F1", "tp", "fp", "fn")
	fmt.Fprintf(&b, "%-22s %9.3f %9.3f %9.3f %6d %6d %6d\n", "contents", p, r, f, s.TP, s.FP, s.FN)
	fmt.Fprintf(&b, "%-22s %9.3f %9s %9s %6d %6d %6s\n", "speakers (named)", ratio(s.Right, s.Named), "-", "-", s.Right, s.Named-s.Right, "-")
	fmt.Fprintf(&b, "\nclaims by construction\n")
	keys := make([]string, 0, len(s.ByMethod))
	for k := range s.ByMethod {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		m := s.ByMethod[k]
		fmt.Fprintf(&b, "  %-20s %9.3f %9s %9s %6d %6d %6s\n", k, ratio(m[0], m[0]+m[1]), "-", "-", m[0], m[1], "-")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
