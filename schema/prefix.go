package schema

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Prefix is a namespace prefix kg knows, for writing IRIs short.
type Prefix struct {
	Name string // "schema", without the colon
	IRI  string // "http://schema.org/"
}

// Prefixes returns the prefixes kg's queries and documentation use, sorted
// by name.
func Prefixes() []Prefix {
	p := []Prefix{
		{"rdf", RDF}, {"rdfs", RDFS}, {"owl", OWL}, {"xsd", XSD}, {"skos", SKOS},
		{"schema", SDO}, {"nif", NIF}, {"itsrdf", ITSRDF}, {"wd", WD}, {"wdt", WDT}, {"kg", NS},
	}
	sort.Slice(p, func(i, j int) bool { return p[i].Name < p[j].Name })
	return p
}

// ExpandIRIs rewrites every IRI written in angle brackets with a known
// prefix, such as <schema:Person>, into its full form,
// <http://schema.org/Person>, and leaves all other text alone. It lets
// users write short IRIs in Gizmo, GraphQL and MQL queries, whose own
// syntax wants full ones. Expand does the same and can map positions in
// the result back to text.
func ExpandIRIs(text string) string {
	return Expand(text).Text
}

// Expansion is a text whose prefixed IRIs Expand wrote in full, with what
// it takes to find a position of the expanded text in the text as
// written: a query engine reports its errors at positions of the text it
// ran.
type Expansion struct {
	// Text is the expanded text.
	Text string
	// Source is the text as written.
	Source string
	// edits are the expansions, in order.
	edits []expansionEdit
}

// expansionEdit is one prefix written in full: Source[from:from+old]
// ("schema:") became Text[at:at+n] ("http://schema.org/").
type expansionEdit struct {
	at, n, from, old int
}

// Expand rewrites text's prefixed IRIs as ExpandIRIs does and records
// where, so that the Expansion's SourceOffset and SourcePosition can map
// positions back. Only a prefix and its colon are replaced, by a namespace
// IRI, which holds no line break: lines are the same in both texts.
func Expand(text string) Expansion {
	e := Expansion{Text: text, Source: text}
	if !strings.Contains(text, "<") {
		return e
	}
	prefixes := Prefixes()
	var b strings.Builder
	src := 0 // offset in Source of text
	for {
		i := strings.IndexByte(text, '<')
		if i < 0 {
			b.WriteString(text)
			e.Text = b.String()
			return e
		}
		b.WriteString(text[:i+1])
		text = text[i+1:]
		src += i + 1
		end := strings.IndexAny(text, "> \t\n\"'")
		if end < 0 || text[end] != '>' {
			continue
		}
		name, local, ok := strings.Cut(text[:end], ":")
		if !ok {
			continue
		}
		for _, p := range prefixes {
			if p.Name == name && !strings.HasPrefix(local, "//") {
				e.edits = append(e.edits, expansionEdit{at: b.Len(), n: len(p.IRI), from: src, old: len(name) + 1})
				b.WriteString(p.IRI)
				b.WriteString(local)
				text = text[end:]
				src += end
				break
			}
		}
	}
}

// SourceOffset returns the byte offset in Source of the byte at offset
// off of Text. An offset inside an expanded namespace gives the start of
// its prefix; offsets out of range are clamped to the text.
func (e Expansion) SourceOffset(off int) int {
	off = min(max(off, 0), len(e.Text))
	shift := 0
	for _, ed := range e.edits {
		switch {
		case off >= ed.at+ed.n:
			shift = ed.at + ed.n - (ed.from + ed.old)
		case off >= ed.at:
			return ed.from
		default:
			return off - shift
		}
	}
	return off - shift
}

// SourcePosition maps a position of Text, given as a line and a column
// that count from 1, the column in bytes from the start of the line (as
// Cayley's query engines, goja and GraphQL, report them), to the same
// position of Source, its column counted in characters. Lines end at
// "\n", "\r", "\r\n", U+2028 and U+2029, as in JavaScript. A line
// beyond the text is returned as it is.
func (e Expansion) SourcePosition(line, col int) (int, int) {
	start, ok := lineStart(e.Text, line)
	if !ok || col < 1 {
		return line, col
	}
	off := start + col - 1
	beyond := 0 // bytes past the end of the text
	if off > len(e.Text) {
		beyond, off = off-len(e.Text), len(e.Text)
	}
	src := e.SourceOffset(off)
	sstart, ok := lineStart(e.Source, line)
	if !ok || src < sstart {
		return line, col
	}
	return line, utf8.RuneCountInString(e.Source[sstart:src]) + 1 + beyond
}

// lineStart returns the byte offset at which line (from 1) of text starts.
func lineStart(text string, line int) (int, bool) {
	if line < 1 {
		return 0, false
	}
	off := 0
	for n := 1; n < line; n++ {
		i := strings.IndexAny(text[off:], "\n\r\u2028\u2029")
		if i < 0 {
			return 0, false
		}
		off += i
		r, size := utf8.DecodeRuneInString(text[off:])
		off += size
		if r == '\r' && strings.HasPrefix(text[off:], "\n") {
			off++
		}
	}
	return off, true
}
