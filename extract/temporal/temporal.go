package temporal

import (
	"sort"
	"strings"
	"time"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// Options configures a Tagger. The zero value (or nil) finds dates and
// quantities and reads a publication date from the document's first
// lines when Document.Date is zero.
type Options struct {
	// NoQuantities leaves quantities out.
	NoQuantities bool
	// NoHeaderDate keeps the publication date unknown when
	// Document.Date is zero, instead of looking for one in the first lines
	// ("Published: 29 March 2024").
	NoHeaderDate bool
}

// Tagger is a pipeline stage that adds date and quantity mentions. It is
// safe for concurrent use.
type Tagger struct {
	opts Options
}

// New returns a Tagger; nil opts means the defaults.
func New(opts *Options) *Tagger {
	t := &Tagger{}
	if opts != nil {
		t.opts = *opts
	}
	return t
}

// Process appends to res.Mentions one mention per date, time and quantity
// found in res.Sentences, with Entity -1 and Value set when known. Dates
// are resolved against res.Doc.Date; when it is zero and a header line
// gives the publication date, Process sets res.Doc.Date from it.
// Expressions that overlap an entity mention are left out.
func (t *Tagger) Process(res *extract.Result) error {
	if res.Doc.Date.IsZero() && !t.opts.NoHeaderDate {
		if d, ok := HeaderDate(res.Doc.Text); ok {
			res.Doc.Date = d
		} else if d, ok := TitleDate(title(res.Doc)); ok {
			res.Doc.Date = d
		} else if d, ok := datelineDate(res); ok {
			res.Doc.Date = d
		}
	}
	ref := res.Doc.Date
	if !ref.IsZero() {
		ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	}
	// Entity mentions by sentence, as token marks.
	bySent := make([][]extract.Mention, len(res.Sentences))
	for _, m := range res.Mentions {
		if m.Sentence >= 0 && m.Sentence < len(bySent) && m.Type != extract.Date && m.Type != extract.Quantity {
			bySent[m.Sentence] = append(bySent[m.Sentence], m)
		}
	}
	s := newScanner(nil, ref)
	text := res.Doc.Text
	for si, sent := range res.Sentences {
		s.reset(sent.Tokens)
		for _, m := range bySent[si] {
			// The tokens overlapping the mention: from the first that
			// ends after its start (tokens are in text order).
			k := sort.Search(len(sent.Tokens), func(k int) bool { return sent.Tokens[k].End > m.Start })
			for ; k < len(sent.Tokens) && sent.Tokens[k].Start < m.End; k++ {
				s.taken[k] = true
			}
		}
		s.scan()
		for _, e := range s.out {
			if e.typ == extract.Quantity && t.opts.NoQuantities {
				continue
			}
			start, end := sent.Tokens[e.lo].Start, sent.Tokens[e.hi-1].End
			if start < 0 || end > len(text) || start >= end {
				continue
			}
			res.Mentions = append(res.Mentions, extract.Mention{
				Start: start, End: end, Text: text[start:end], Type: e.typ, Class: e.class,
				Sentence: si, Entity: -1, Value: e.value, Unit: s.unit(e),
			})
		}
	}
	return nil
}

// Find returns the dates, times and quantities of a text, resolved
// against ref (the zero time when unknown), as one sentence per line.
func Find(text string, ref time.Time) []Expression {
	var out []Expression
	s := newScanner(nil, ref)
	toks := tokenize.Tokenize(text)
	start := 0
	flush := func(end int) {
		if end <= start {
			return
		}
		s.reset(toks[start:end])
		s.scan()
		for _, e := range s.out {
			out = append(out, Expression{Start: s.toks[e.lo].Start, End: s.toks[e.hi-1].End, Type: e.typ, Class: e.class, Value: e.value})
		}
		start = end
	}
	for i := 1; i < len(toks); i++ {
		if strings.Contains(text[toks[i-1].End:toks[i].Start], "\n") {
			flush(i)
		}
	}
	flush(len(toks))
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// HeaderDate looks for the publication date in the first lines of a
// text: a short line that is a complete date, perhaps after a label
// ("Published: 29 March 2024", "Date: 2024-03-29", "March 29, 2024
// 10:15 GMT"). It returns false when there is none.
func HeaderDate(text string) (time.Time, bool) {
	lines := 0
	for text != "" && lines < 6 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		lines++
		if len(line) > 80 {
			continue
		}
		if d, ok := lineDate(line); ok {
			return d, true
		}
	}
	return time.Time{}, false
}

// TitleDate reads a date that leads a title in the compact form YYYYMMDD
// ("20161125 - Storm hits coast"), as file and feed titles often carry
// them; false when there is none.
func TitleDate(title string) (time.Time, bool) {
	title = strings.TrimSpace(title)
	if len(title) < 8 {
		return time.Time{}, false
	}
	if len(title) > 8 {
		switch title[8] {
		case ' ', '-', '_', '.', ':':
		default:
			return time.Time{}, false
		}
	}
	d, err := time.Parse("20060102", title[:8])
	if err != nil || d.Year() < 1900 || d.Year() > 2100 {
		return time.Time{}, false
	}
	return d, true
}

// title returns the document's title, or its first line when it has none.
func title(doc extract.Document) string {
	if doc.Title != "" {
		return doc.Title
	}
	line, _, _ := strings.Cut(doc.Text, "\n")
	return line
}

// datelineDate reads a full date written in the document's dateline
// between the town and the dash ("VELDEN CITY, Norland Coast Sept. 7, 2004 -").
func datelineDate(res *extract.Result) (time.Time, bool) {
	d := res.Dateline
	if d == nil || d.Sentence >= len(res.Sentences) {
		return time.Time{}, false
	}
	toks := res.Sentences[d.Sentence].Tokens
	if d.Dash >= len(toks) {
		return time.Time{}, false
	}
	for i := d.Town[1]; i < d.Dash; i++ {
		if _, ok := months[strings.ToLower(strings.TrimSuffix(toks[i].Text, "."))]; ok {
			return lineDate(res.Doc.Text[toks[i].Start:toks[d.Dash].Start])
		}
	}
	return time.Time{}, false
}

// dateLabels may precede a publication date on its line.
var dateLabels = map[string]bool{
	"published": true, "updated": true, "date": true, "posted": true, "dated": true, "on": true,
	"last": true, "first": true, "modified": true, "created": true,
}

func lineDate(line string) (time.Time, bool) {
	toks := tokenize.Tokenize(line)
	i := 0
	for i < len(toks) {
		w := strings.ToLower(toks[i].Text)
		if dateLabels[w] || toks[i].Kind == tokenize.Punct || toks[i].Kind == tokenize.Symbol {
			i++
			continue
		}
		break
	}
	if i >= len(toks) {
		return time.Time{}, false
	}
	s := newScanner(toks[i:], time.Time{})
	d, ok := s.dateTime(0)
	if !ok || !d.full {
		return time.Time{}, false
	}
	// Nothing but a time zone, punctuation or a weekday may follow.
	for k := d.hi; k < len(s.toks); k++ {
		switch w := s.w(k); {
		case s.toks[k].Kind == tokenize.Punct, w == "gmt", w == "utc", w == "edt", w == "est", w == "bst", w == "cet":
		default:
			return time.Time{}, false
		}
	}
	return d.fullDate, true
}
