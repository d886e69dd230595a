package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/schema"
)

// extractCmd is `kg extract`: run the pipeline on documents and print what
// it finds, without a store.
type extractCmd struct{ stdin io.Reader }

const extractHelp = `Runs the extraction pipeline on documents and prints the entities, mentions
and relations found, without touching a store: a quick way to see what
'kg build' would write.

Formats:
  text   one line per entity (type, name, aliases), relation, job title
         (person, title: schema:jobTitle), date, quantity, event and claim
         (default)
  json   the whole extraction result of each document, one JSON object per line

In JSON, every offset into the text (of sentences, tokens, mentions, quotes,
the headline, relations' evidence and claims' content) counts Unicode code
points by default, as the graph's nif:beginIndex and nif:endIndex and 'kg
show' do; --offsets bytes gives UTF-8 byte offsets instead. Each object's
"Offsets" field says which ("chars" or "bytes"). docs/SCHEMA.md describes
the fields.

A claim line gives its speaker, or an unnamed speaker's words in brackets
as written ("[officials]", "[Ann Lee's lawyer]"; kg:sourceText in the
graph), or "-".

Files and directories are read as 'kg build' reads them (see its --help):
directories recursively, symbolic links followed, "-" for standard input
(one text article); the format by file name (.jsonl and .ndjson one article
a line, .csv one a record under a header row, .html a web page, a trailing
.gz decompressed, anything else one text article), or --input-format for
every input; --csv-header names the columns of CSV files without a header
row. A path, line or record that cannot be read, or is not text, is rejected
with the cause, and the others are still extracted. --exclude leaves files
out. When more than one document is read, each one's output opens with a
line "# SOURCE": the path, or a record's url, else its source, else
path#id, else path:line.

With --explain, the text format says for every entity, relation, claim and
event what made it: the model or construction (the tagger "ner" for a
name's coarse type, "typing/descriptor", "gazetteer/city", "appositive",
"subject-verb", "event-description", ...) and the words it read. 'kg eval
news' scores each construction against the news gold set.

Examples:
  kg extract fixtures/articles/tonga-eruption.txt
  echo "Jane Smith, the chief of Acme Corp, met Bob Jones in Paris." | kg extract -`

func (c extractCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("extract", "[flags] PATH... | -", extractHelp, stderr)
	format := fs.String("format", "text", "output `format`: text or json")
	offsets := fs.String("offsets", offsetChars, "what JSON offsets count: `chars` (Unicode code points, as the graph and kg show) or bytes (UTF-8)")
	explain := fs.Bool("explain", false, "say what made each entity type, relation, claim and event (text format)")
	inFormat := fs.String("input-format", "", "read every input as `FORMAT`: text, jsonl, csv or html (default: by file name)")
	csvHeader := fs.StringSlice("csv-header", nil, "`NAMES` of the columns of CSV inputs that have no header row, comma-separated (for example class,title,text); their first row is then data")
	maxBytes := fs.Int64("max-bytes", input.DefaultMaxBytes, "largest document accepted (a file, a JSONL line, a CSV record), in `bytes`")
	exclude := fs.StringArray("exclude", nil, "leave out files and directories whose name or path matches `GLOB` (repeatable)")
	var po pipelineFlags
	po.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return usageError{fmt.Errorf("extract: unknown format %q (want text or json)", *format)}
	}
	if *offsets != offsetChars && *offsets != offsetBytes {
		return usageError{fmt.Errorf("extract: unknown --offsets %q (want chars or bytes)", *offsets)}
	}
	if !knownInputFormat(*inFormat) {
		return usageError{fmt.Errorf("extract: unknown --input-format %q (want one of %s)", *inFormat, strings.Join(input.Formats, ", "))}
	}
	if fs.NArg() == 0 {
		return usageError{fmt.Errorf("extract: no input; give files, directories or - for standard input")}
	}
	inOpts := &input.Options{MaxBytes: *maxBytes, Format: *inFormat, CSVHeader: *csvHeader, Exclude: *exclude, Skipped: func(s input.Skip) {
		if !s.Excluded {
			fmt.Fprintf(stderr, "kg extract: skipped %s: %s\n", s.Path, s.Reason)
		}
	}}
	srcs, err := input.Expand(fs.Args(), inOpts)
	if err != nil {
		return usageError{fmt.Errorf("extract: %s", trimPrefix(err.Error(), "input: "))}
	}
	pipe, err := po.pipeline()
	if err != nil {
		return err
	}
	out := extractOutput{w: stdout, format: *format, offsets: *offsets, explain: *explain, header: len(srcs) > 1}
	rejected := 0
	for _, src := range srcs {
		f := *inFormat
		if f == "" {
			f, _ = input.FormatOf(src.Path)
		}
		if f == input.JSONL || f == input.CSV {
			out.header = true // a file of records holds many documents
		}
		err := input.Each(ctx, src, c.stdin, inOpts, func(it input.Item) error {
			if it.Err != nil {
				fmt.Fprintf(stderr, "kg extract: rejected %v\n", trimPrefix(it.Err.Error(), "input: "))
				rejected++
				return nil
			}
			res, err := pipe.Extract(ctx, it.Doc)
			if errors.Is(err, pipeline.ErrDocTimeout) {
				fmt.Fprintf(stderr, "kg extract: rejected %s: extraction took longer than --doc-timeout %v\n", it.Name, po.docTimeout)
				rejected++
				return nil
			}
			if err != nil {
				return err
			}
			return out.write(res)
		})
		if err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("extract: interrupted: %w", err)
			}
			return err
		}
	}
	if rejected > 0 {
		return errReported
	}
	return nil
}

// knownInputFormat reports whether f names an input format (input.Formats),
// or is empty: by file name.
func knownInputFormat(f string) bool {
	return f == "" || slices.Contains(input.Formats, f)
}

// extractOutput writes kg extract's results in the format asked for.
type extractOutput struct {
	w               io.Writer
	format, offsets string
	explain, header bool
}

// write prints one document's result.
func (o *extractOutput) write(res *extract.Result) error {
	switch {
	case o.format == "json":
		if o.offsets == offsetChars {
			schema.CodePointOffsets(res)
		}
		return json.NewEncoder(o.w).Encode(jsonResult{Offsets: o.offsets, Result: res})
	case o.explain:
		writeExplained(o.w, res, o.header)
	default:
		writeText(o.w, res, o.header)
	}
	return nil
}

// The units of kg extract's JSON offsets (--offsets).
const (
	offsetChars = "chars"
	offsetBytes = "bytes"
)

// jsonResult is what kg extract --format json prints of a document: its
// Result, whose fields it holds at its top level, and what the offsets
// count.
type jsonResult struct {
	Offsets string
	*extract.Result
}

// writeText prints a Result for people: entities, relations, job
// titles, then the findings (events and claims). An event the text
// names not ("a news conference") has no entity line: its event line
// says what it is.
func writeText(w io.Writer, res *extract.Result, header bool) {
	if header {
		fmt.Fprintf(w, "# %s\n", res.Doc.Source)
	}
	described := describedEvents(res)
	for i, e := range res.Entities {
		if described[i] {
			continue
		}
		class := e.Type
		if e.Class != "" {
			class += "/" + schema.CompactIRI(e.Class)
		}
		line := fmt.Sprintf("entity\t%s\t%s", class, e.Name)
		if len(e.Aliases) > 0 {
			line += "\t" + strings.Join(e.Aliases, "|")
		}
		fmt.Fprintln(w, line)
	}
	rels := make([]string, 0, len(res.Relations))
	for _, r := range res.Relations {
		s := fmt.Sprintf("relation\t%s\t%s\t%s\t%s", res.Entities[r.Subject].Name, localName(r.Predicate), res.Entities[r.Object].Name, r.Method)
		if r.Claim >= 0 {
			s += "\t(claimed)"
		}
		rels = append(rels, s)
	}
	sort.Strings(rels)
	for _, r := range rels {
		fmt.Fprintln(w, r)
	}
	for _, t := range titleLines(res, "") {
		fmt.Fprintln(w, t)
	}
	writeFindings(w, res)
}

// titleLines returns a "title" line for each job title kg gives a person
// (schema:jobTitle, an attribute of the entity rather than a relation
// between two): the person's name and the title, then suffix, sorted.
func titleLines(res *extract.Result, suffix string) []string {
	var out []string
	for _, e := range res.Entities {
		for _, t := range e.Attributes[schema.JobTitle] {
			out = append(out, fmt.Sprintf("title\t%s\t%s%s", e.Name, t, suffix))
		}
	}
	sort.Strings(out)
	return out
}

// localName returns the last segment of an IRI ("worksFor" of
// schema:worksFor): how kg extract prints predicates.
func localName(iri string) string {
	if i := strings.LastIndexAny(iri, "/#"); i >= 0 {
		return iri[i+1:]
	}
	return iri
}
