package newsgold

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/internal/txtar"
)

// Article is the gold annotation of one article.
type Article struct {
	// Name is the gold file's name without .txtar.
	Name string
	// Source is the article's path under the shared data directory, with
	// "#N" for line N of a CSV file.
	Source string
	// Date is the publication date the text fixes (YYYY-MM-DD), or "".
	Date       string
	Entities   []Entity
	Relations  []Relation
	Open       []Relation
	Claims     []Claim
	Events     []Event
	Quantities []Quantity
}

// Entity is a named entity: its coarse type, fine class (or ""), its
// canonical name and the other names the text uses.
type Entity struct {
	Type, Class string
	Name        string
	Aliases     []string
}

// Relation is a relation between two entities named by their canonical
// names (the object of jobTitle is a literal), with the words that state
// it. For an open relation Predicate is the verb phrase.
type Relation struct {
	Subject, Predicate, Object string
	Evidence                   string
}

// Claim is an attribution: its speaker (a canonical name, or a
// description in brackets), cue, content and status (asserted, denied,
// hedged, reported).
type Claim struct {
	Speaker, Cue, Content, Status string
}

// Event is an incident or named event: its kind, the words naming it,
// its place (a canonical name or ""), its date (ISO 8601, words, or "")
// and its roles ("perpetrator" -> names, "killed" -> text ...).
type Event struct {
	Kind, Trigger, Place, Date string
	Roles                      map[string][]string
}

// Quantity is an amount with its unit: the words, the value, the unit
// ("GBP", "percent", "mph").
type Quantity struct {
	Text  string
	Value float64
	Unit  string
}

// Load reads every *.txtar gold file of dir, sorted by name.
func Load(dir string) ([]Article, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txtar"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("newsgold: no gold files (*.txtar) in %s", dir)
	}
	sort.Strings(files)
	var out []Article
	for _, f := range files {
		a, err := txtar.Read(f)
		if err != nil {
			return nil, fmt.Errorf("newsgold: %w", err)
		}
		art, err := Parse(a)
		if err != nil {
			return nil, fmt.Errorf("newsgold: %s: %w", f, err)
		}
		art.Name = strings.TrimSuffix(filepath.Base(f), ".txtar")
		out = append(out, art)
	}
	return out, nil
}

// Parse reads one gold archive.
func Parse(a txtar.Archive) (Article, error) {
	var art Article
	for _, line := range strings.Split(a.Comment, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		switch strings.TrimSpace(k) {
		case "source":
			art.Source = strings.TrimSpace(v)
		case "date":
			art.Date = strings.TrimSpace(v)
		}
	}
	if art.Source == "" {
		return art, fmt.Errorf("no source: line")
	}
	for _, f := range a.Files {
		for n, line := range strings.Split(f.Data, "\n") {
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			// The gold's words as kg reads the article's (Document).
			line = input.Unescape(line)
			fs := strings.Split(line, "\t")
			bad := func(want string) error {
				return fmt.Errorf("section %s, line %d: want %s, got %d fields: %q", f.Name, n+1, want, len(fs), line)
			}
			switch f.Name {
			case "entities":
				if len(fs) < 2 || len(fs) > 3 {
					return art, bad("2 or 3 fields")
				}
				e := Entity{Name: fs[1]}
				e.Type, e.Class, _ = strings.Cut(fs[0], "/")
				if len(fs) == 3 {
					e.Aliases = names(fs[2])
				}
				art.Entities = append(art.Entities, e)
			case "relations", "open":
				if len(fs) != 4 {
					return art, bad("4 fields")
				}
				r := Relation{Subject: fs[0], Predicate: fs[1], Object: fs[2], Evidence: fs[3]}
				if f.Name == "open" {
					art.Open = append(art.Open, r)
				} else {
					art.Relations = append(art.Relations, r)
				}
			case "claims":
				if len(fs) != 4 {
					return art, bad("4 fields")
				}
				art.Claims = append(art.Claims, Claim{Speaker: fs[0], Cue: fs[1], Content: fs[2], Status: fs[3]})
			case "events":
				if len(fs) != 5 {
					return art, bad("5 fields")
				}
				e := Event{Kind: fs[0], Trigger: fs[1], Place: dash(fs[2]), Date: dash(fs[3]), Roles: map[string][]string{}}
				if fs[4] != "-" {
					for _, r := range strings.Split(fs[4], ";") {
						k, v, ok := strings.Cut(r, "=")
						if !ok {
							return art, fmt.Errorf("section events, line %d: role %q is not role=value", n+1, r)
						}
						k, v = strings.TrimSpace(k), strings.TrimSpace(v)
						e.Roles[k] = append(e.Roles[k], v)
					}
				}
				art.Events = append(art.Events, e)
			case "quantities":
				if len(fs) != 3 {
					return art, bad("3 fields")
				}
				v, err := strconv.ParseFloat(fs[1], 64)
				if err != nil {
					return art, fmt.Errorf("section quantities, line %d: value %q: %v", n+1, fs[1], err)
				}
				art.Quantities = append(art.Quantities, Quantity{Text: fs[0], Value: v, Unit: fs[2]})
			}
		}
	}
	return art, nil
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

func names(s string) []string {
	if s == "" || s == "-" {
		return nil
	}
	var out []string
	for _, n := range strings.Split(s, "|") {
		if n = strings.TrimSpace(n); n != "" && n != "-" {
			out = append(out, n)
		}
	}
	return out
}

// Document reads the article from the shared data directory dataDir (the
// text of a BBC file; the description of an AG News CSV line, as 'kg
// build --csv-header class,title,text' reads it, with its title), its
// HTML character references replaced as kg's input does (input.Unescape).
func (a *Article) Document(dataDir string) (extract.Document, error) {
	path, line, csvLine := a.Source, 0, false
	if p, n, ok := strings.Cut(a.Source, "#"); ok {
		path, csvLine = p, true
		var err error
		if line, err = strconv.Atoi(n); err != nil || line < 1 {
			return extract.Document{}, fmt.Errorf("newsgold: %s: bad line in source %q", a.Name, a.Source)
		}
	}
	full := filepath.Join(dataDir, path)
	if !csvLine {
		b, err := os.ReadFile(full)
		if err != nil {
			return extract.Document{}, fmt.Errorf("newsgold: %s: %w", a.Name, err)
		}
		return extract.Document{Text: input.Unescape(string(b)), Source: a.Source}, nil
	}
	f, err := os.Open(full)
	if err != nil {
		return extract.Document{}, fmt.Errorf("newsgold: %s: %w", a.Name, err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	for n := 1; ; n++ {
		rec, err := r.Read()
		if err == io.EOF {
			return extract.Document{}, fmt.Errorf("newsgold: %s: %s has fewer than %d lines", a.Name, full, line)
		}
		if err != nil {
			return extract.Document{}, fmt.Errorf("newsgold: %s: %w", a.Name, err)
		}
		if n == line {
			if len(rec) < 3 {
				return extract.Document{}, fmt.Errorf("newsgold: %s: %s:%d: want class, title, text", a.Name, full, line)
			}
			return extract.Document{Text: input.Unescape(rec[2]), Title: input.Unescape(rec[1]), Source: a.Source}, nil
		}
	}
}
