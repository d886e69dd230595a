package linkgold

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/internal/stickyerr"
)

// Doc is one gold document.
type Doc struct {
	// Name is "FILE:LINE".
	Name   string
	Text   string
	Labels []Label
}

// Label is one gold mention: its byte span in Text and its Wikidata QID
// ("Q42"), or "" for a mention of nothing in Wikidata (<NIL>,
// <NO_MAPPING>).
type Label struct {
	Start, End int
	QID        string
	Name       string
}

// ReadFile reads an ELEVANT *.benchmark.jsonl file.
func ReadFile(path string) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("linkgold: %w", err)
	}
	defer f.Close()
	return Read(f, path)
}

// Read reads ELEVANT JSONL documents from r; name is used in errors and
// document names. Character spans become byte spans.
func Read(r io.Reader, name string) ([]Doc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<26)
	var docs []Doc
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var raw struct {
			Text   string `json:"text"`
			Labels []struct {
				Span     []int  `json:"span"`
				EntityID string `json:"entity_id"`
				Name     string `json:"name"`
			} `json:"labels"`
		}
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			return nil, fmt.Errorf("linkgold: %s:%d: %w", name, line, err)
		}
		if !utf8.ValidString(raw.Text) {
			return nil, fmt.Errorf("linkgold: %s:%d: text is not valid UTF-8", name, line)
		}
		// byteAt[i] is the byte offset of character i.
		byteAt := make([]int, 0, len(raw.Text)+1)
		for i := range raw.Text {
			byteAt = append(byteAt, i)
		}
		byteAt = append(byteAt, len(raw.Text))
		d := Doc{Name: fmt.Sprintf("%s:%d", name, line), Text: raw.Text}
		for _, l := range raw.Labels {
			if len(l.Span) != 2 || l.Span[0] < 0 || l.Span[0] >= l.Span[1] || l.Span[1] >= len(byteAt) {
				return nil, fmt.Errorf("linkgold: %s:%d: bad span %v", name, line, l.Span)
			}
			q := l.EntityID
			if !strings.HasPrefix(q, "Q") {
				q = ""
			}
			d.Labels = append(d.Labels, Label{Start: byteAt[l.Span[0]], End: byteAt[l.Span[1]], QID: q, Name: l.Name})
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("linkgold: %s: %w", name, err)
	}
	return docs, nil
}

// Report counts the gold mentions by outcome.
type Report struct {
	// Labels is every gold mention; NoItem those of nothing in Wikidata;
	// NotHeld those whose item the datasets do not hold.
	Labels, NoItem, NotHeld int
	// Right, Wrong, NotFound and NotLinked split the mentions whose item
	// the datasets hold.
	Right, Wrong, NotFound, NotLinked int
	// Errors lists the wrong and unlinked mentions.
	Errors []string
}

// Held is the number of gold mentions whose item the datasets hold.
func (r *Report) Held() int { return r.Right + r.Wrong + r.NotFound + r.NotLinked }

// Add scores the Result of one document. held reports whether the
// datasets hold an item; links returns the QIDs entity e of res is linked
// to.
func (r *Report) Add(d *Doc, res *extract.Result, held func(qid string) bool, links func(e int) []string) {
	for _, l := range d.Labels {
		r.Labels++
		switch {
		case l.QID == "":
			r.NoItem++
			continue
		case !held(l.QID):
			r.NotHeld++
			continue
		}
		text := d.Text[l.Start:l.End]
		best, bestOv := -1, 0
		for _, m := range res.Mentions {
			if m.Entity < 0 || m.Entity >= len(res.Entities) {
				continue
			}
			ov := min(m.End, l.End) - max(m.Start, l.Start)
			if ov > bestOv && 2*ov >= min(m.End-m.Start, l.End-l.Start) {
				best, bestOv = m.Entity, ov
			}
		}
		if best < 0 {
			r.NotFound++
			r.Errors = append(r.Errors, fmt.Sprintf("%s: -found %q (%s)", d.Name, text, l.QID))
			continue
		}
		qs := links(best)
		switch {
		case contains(qs, l.QID):
			r.Right++
		case len(qs) > 0:
			r.Wrong++
			r.Errors = append(r.Errors, fmt.Sprintf("%s: +link %q (%s) to %s, not %s", d.Name, text, res.Entities[best].Name, strings.Join(qs, ","), l.QID))
		default:
			r.NotLinked++
			r.Errors = append(r.Errors, fmt.Sprintf("%s: -link %q (%s) to %s", d.Name, text, res.Entities[best].Name, l.QID))
		}
	}
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// Write prints the report.
func (r *Report) Write(w io.Writer) error {
	ew := &stickyerr.Writer{W: w}
	held := r.Held()
	share := func(n, of int) float64 {
		if of == 0 {
			return 0
		}
		return float64(n) / float64(of)
	}
	fmt.Fprintf(ew, "%d gold mentions: %d of nothing in Wikidata, %d of items the datasets lack, %d scored\n", r.Labels, r.NoItem, r.NotHeld, held)
	fmt.Fprintf(ew, "%-28s %6s %7s\n", "", "count", "share")
	for _, row := range []struct {
		name string
		n    int
	}{{"linked right", r.Right}, {"linked wrong", r.Wrong}, {"found, not linked", r.NotLinked}, {"no mention found", r.NotFound}} {
		fmt.Fprintf(ew, "%-28s %6d %7.3f\n", row.name, row.n, share(row.n, held))
	}
	fmt.Fprintf(ew, "%-28s %6s %7.3f\n", "accuracy", "", share(r.Right, held))
	fmt.Fprintf(ew, "%-28s %6s %7.3f\n", "precision of links", "", share(r.Right, r.Right+r.Wrong))
	return ew.Err
}

// WriteErrors prints the errors, one a line.
func (r *Report) WriteErrors(w io.Writer) error { return stickyerr.WriteLines(w, r.Errors) }
