package schema

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/extract/resolve"
)

// ExactMethod is the kg:method of a mention that is its entity's canonical
// name. Such mentions, the most common, are stored without kg:method and
// kg:score: a mention without them has method ExactMethod and score 1.
const ExactMethod = resolve.MethodExact

// ClassIRI returns the schema.org class IRI for an entity's coarse type and
// optional finer class local name.
func ClassIRI(coarseType, class string) string {
	if class != "" {
		if strings.Contains(class, ":") {
			return class
		}
		return SDO + class
	}
	switch coarseType {
	case extract.Person:
		return PersonClass
	case extract.Organization:
		return OrgClass
	case extract.Location:
		return PlaceClass
	case extract.EventType:
		return EventClass
	default:
		return ThingClass
	}
}

// Offsets converts byte offsets of one text into Unicode code point
// offsets, as NIF requires. It is cheap for ASCII text.
type Offsets struct {
	text  string
	ascii bool
	// runeAt[i] is the number of code points before byte i, kept only for
	// non-ASCII text.
	runeAt []int32
}

// NewOffsets prepares the conversion for text.
func NewOffsets(text string) *Offsets {
	o := &Offsets{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			o.ascii = false
			break
		}
	}
	if !o.ascii {
		o.runeAt = make([]int32, len(text)+1)
		n := int32(0)
		for i := range text {
			// Bytes inside a multi-byte rune map to the rune's start.
			for j := i; j < len(text) && (j == i || !utf8.RuneStart(text[j])); j++ {
				o.runeAt[j] = n
			}
			n++
		}
		o.runeAt[len(text)] = n
	}
	return o
}

// CodePoint returns the code point offset of byte offset b.
func (o *Offsets) CodePoint(b int) int {
	if b < 0 {
		return 0
	}
	if b > len(o.text) {
		b = len(o.text)
	}
	if o.ascii {
		return b
	}
	return int(o.runeAt[b])
}

// Len returns the number of code points in the text.
func (o *Offsets) Len() int { return o.CodePoint(len(o.text)) }

// builder collects the quads of one document, all labelled with its IRI.
type builder struct {
	label quad.Value
	quads []quad.Quad
	res   *extract.Result
	doc   string // the document's IRI
	ctx   string // its NIF context's IRI
	off   *Offsets
	ents  []string // the entities' IRIs
}

func (b *builder) add(s, p string, o quad.Value) {
	b.quads = append(b.quads, quad.Quad{Subject: quad.IRI(s), Predicate: quad.IRI(p), Object: o, Label: b.label})
}

func (b *builder) iri(s, p, o string) { b.add(s, p, quad.IRI(o)) }

func (b *builder) str(s, p, o string) { b.add(s, p, quad.String(o)) }

// method records how a statement, claim or mention was found and its score.
func (b *builder) method(s, method string, score float64) {
	b.str(s, Method, method)
	b.add(s, Score, quad.TypedString{Value: quad.String(strconv.FormatFloat(score, 'f', 3, 64)), Type: XSD + "decimal"})
}

func nonNeg(n int) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.Itoa(n)), Type: XSD + "nonNegativeInteger"}
}

// Quads maps an extraction Result to quads, all labelled with the document's
// IRI, sorted and without duplicates. See docs/SCHEMA.md for the shape.
func Quads(res *extract.Result, opts *Options) []quad.Quad {
	doc := DocumentIRI(res.Doc.Text, opts)
	off := NewOffsets(res.Doc.Text)
	b := &builder{label: quad.IRI(doc), res: res, doc: doc, off: off, ctx: fmt.Sprintf("%s#char=0,%d", doc, off.Len())}
	b.document()
	b.sentences()
	b.entities(opts)
	b.mentions()
	b.relations()
	b.claims()
	b.events()
	return Sort(b.quads)
}

// span returns the IRI of the NIF string of the text's bytes [start, end).
func (b *builder) span(start, end int) string {
	return fmt.Sprintf("%s#char=%d,%d", b.doc, b.off.CodePoint(start), b.off.CodePoint(end))
}

// sentIRI returns the IRI of sentence i's NIF string.
func (b *builder) sentIRI(i int) string {
	s := b.res.Sentences[i]
	return b.span(s.Start, s.End)
}

// sentence reports whether i is the index of a sentence.
func (b *builder) sentence(i int) bool { return i >= 0 && i < len(b.res.Sentences) }

// entity reports whether i is the index of an entity.
func (b *builder) entity(i int) bool { return i >= 0 && i < len(b.ents) }

// inText reports whether [start, end) is a non-empty span of the text.
func (b *builder) inText(start, end int) bool {
	return end > start && start >= 0 && end <= len(b.res.Doc.Text)
}

// nifString writes a NIF string for a span of the text and returns its
// IRI. Its class, nif:RFC5147String, follows from its IRI and is stated
// once, on the context, to keep the store small.
func (b *builder) nifString(start, end int) string {
	iri := b.span(start, end)
	b.str(iri, AnchorOf, b.res.Doc.Text[start:end])
	b.add(iri, BeginIndex, nonNeg(b.off.CodePoint(start)))
	b.add(iri, EndIndex, nonNeg(b.off.CodePoint(end)))
	b.iri(iri, RefContext, b.ctx)
	return iri
}

// document writes the document and its NIF context.
func (b *builder) document() {
	doc, res := b.doc, b.res
	b.iri(doc, Type, NewsArticle)
	if t := Title(res.Doc); t != "" {
		b.str(doc, Name, t)
	}
	if src := res.Doc.Source; src != "" {
		if strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://") {
			b.iri(doc, URL, src)
		} else {
			b.str(doc, Source, src)
		}
	}
	if !res.Doc.Date.IsZero() {
		b.add(doc, DatePub, quad.TypedString{Value: quad.String(res.Doc.Date.Format("2006-01-02")), Type: XSD + "date"})
	}
	b.iri(doc, Context, b.ctx)
	b.iri(b.ctx, Type, NIFContext)
	b.iri(b.ctx, Type, NIFString)
	b.str(b.ctx, IsString, res.Doc.Text)
	b.add(b.ctx, BeginIndex, nonNeg(0))
	b.add(b.ctx, EndIndex, nonNeg(b.off.Len()))
}

// sentences writes the sentences that hold at least one mention or
// relation: the rest add nothing a user can reach.
func (b *builder) sentences() {
	res := b.res
	used := make([]bool, len(res.Sentences))
	for _, m := range res.Mentions {
		if b.sentence(m.Sentence) {
			used[m.Sentence] = true
		}
	}
	for _, r := range res.Relations {
		if b.sentence(r.Sentence) {
			used[r.Sentence] = true
		}
	}
	for i, s := range res.Sentences {
		if used[i] {
			b.iri(b.nifString(s.Start, s.End), Type, NIFSentence)
		}
	}
}

// entities writes the entities and sets b.ents. An event the text names
// not (extract.Event.Described) has its made name ("Conference in
// Harlow") as its rdfs:label, not a schema:name the text never gives.
func (b *builder) entities(opts *Options) {
	b.ents = make([]string, len(b.res.Entities))
	described := map[int]bool{}
	for _, ev := range b.res.Events {
		if ev.Described {
			described[ev.Entity] = true
		}
	}
	for i, e := range b.res.Entities {
		iri := EntityIRI(e.Type, e.Key, opts)
		b.ents[i] = iri
		b.iri(iri, Type, ClassIRI(e.Type, e.Class))
		if e.Class != "" {
			if coarse := ClassIRI(e.Type, ""); coarse != ClassIRI(e.Type, e.Class) {
				b.iri(iri, Type, coarse)
			}
		}
		if described[i] {
			b.str(iri, Label, e.Name)
		} else {
			b.str(iri, Name, e.Name)
		}
		for _, a := range e.Aliases {
			b.str(iri, AltName, a)
		}
		for p, vs := range e.Attributes {
			for _, v := range vs {
				b.str(iri, p, v)
			}
		}
		for _, s := range e.SameAs {
			b.iri(iri, SameAs, s)
		}
		b.iri(b.doc, Mentions, iri)
	}
}

// mentions writes the mentions as NIF phrases.
func (b *builder) mentions() {
	for _, m := range b.res.Mentions {
		if m.Start < 0 || m.End > len(b.res.Doc.Text) || m.Start >= m.End {
			continue
		}
		iri := b.nifString(m.Start, m.End)
		b.iri(iri, Type, NIFPhrase)
		if b.sentence(m.Sentence) {
			b.iri(iri, NIFSentenceRef, b.sentIRI(m.Sentence))
		}
		if b.entity(m.Entity) {
			e := b.res.Entities[m.Entity]
			b.iri(iri, TaIdentRef, b.ents[m.Entity])
			b.iri(iri, TaClassRef, ClassIRI(e.Type, e.Class))
			// A mention that is its entity's canonical name (method
			// "exact", score 1), the common case, carries neither: the
			// store is 7% smaller without them (docs/SCHEMA.md).
			if m.Method != "" && !(m.Method == ExactMethod && m.Score == 1) {
				b.method(iri, m.Method, m.Score)
			}
		} else {
			b.iri(iri, TaClassRef, ClassIRI(m.Type, m.Class))
		}
		if m.Value != "" {
			b.add(iri, Value, literalValue(m))
		}
		if m.Unit != "" {
			unit := UnitText
			if m.Class == "MonetaryAmount" {
				unit = Currency
			}
			b.str(iri, unit, m.Unit)
		}
	}
}

// relations writes each relation: the edge itself (unless stated only
// inside a claim) and a statement node that records where it came from.
func (b *builder) relations() {
	doc, res := b.doc, b.res
	for i, r := range res.Relations {
		if !b.entity(r.Subject) || !b.entity(r.Object) || r.Predicate == "" {
			continue
		}
		s, o := b.ents[r.Subject], b.ents[r.Object]
		inClaim := r.Claim >= 0 && r.Claim < len(res.Claims)
		if !inClaim {
			b.iri(s, r.Predicate, o)
		}
		st := fmt.Sprintf("%s#stmt-%d", doc, i)
		b.iri(st, Type, Statement)
		b.iri(st, StmtSubject, s)
		b.iri(st, StmtPredicate, r.Predicate)
		b.iri(st, StmtObject, o)
		b.iri(st, Document, doc)
		if b.sentence(r.Sentence) {
			b.iri(st, NIFSentenceRef, b.sentIRI(r.Sentence))
		}
		if b.inText(r.Start, r.End) {
			b.iri(st, Evidence, b.nifString(r.Start, r.End))
		}
		if r.Label != "" {
			b.str(st, Label, r.Label)
		}
		if r.Method != "" {
			b.method(st, r.Method, r.Score)
		}
		if inClaim {
			b.iri(st, InClaim, claimIRI(doc, r.Claim))
		}
	}
}

// claims writes the claims.
func (b *builder) claims() {
	res := b.res
	for i, c := range res.Claims {
		iri := claimIRI(b.doc, i)
		b.iri(iri, Type, ClaimClass)
		if b.entity(c.Speaker) {
			b.iri(iri, Author, b.ents[c.Speaker])
		} else if b.inText(c.Source.Start, c.Source.End) {
			b.str(iri, SourceText, input.Words(res.Doc.Text[c.Source.Start:c.Source.End]))
		}
		if b.entity(c.Outlet) {
			b.iri(iri, ReportedBy, b.ents[c.Outlet])
		}
		if b.inText(c.Start, c.End) {
			// The words as a reader sees them: a feed's markup in
			// them dropped (the quote's offsets still point into the
			// text).
			b.str(iri, Text, input.StripMarkup(res.Doc.Text[c.Start:c.End]))
			b.iri(iri, Quote, b.nifString(c.Start, c.End))
		}
		if c.Verb != "" {
			b.str(iri, Label, c.Verb)
		}
		if c.Status != "" {
			b.str(iri, Status, c.Status)
		}
		if c.Method != "" {
			b.method(iri, c.Method, c.Score)
		}
		if b.sentence(c.Sentence) {
			b.iri(iri, NIFSentenceRef, b.sentIRI(c.Sentence))
		}
		b.iri(iri, Document, b.doc)
	}
}

// events writes the events' facts: an event is an entity, and its facts
// hang off its IRI.
func (b *builder) events() {
	for _, ev := range b.res.Events {
		if !b.entity(ev.Entity) {
			continue
		}
		e := b.ents[ev.Entity]
		if b.entity(ev.Place) {
			b.iri(e, Location, b.ents[ev.Place])
		}
		if ev.Date != "" {
			b.add(e, StartDate, dateValue(ev.Date))
		}
		for _, p := range ev.Participants {
			if b.entity(p) {
				b.iri(e, Participant, b.ents[p])
			}
		}
		for _, f := range ev.Figures {
			if f.Mention < 0 || f.Mention >= len(b.res.Mentions) {
				continue
			}
			m := b.res.Mentions[f.Mention]
			var v quad.Value = quad.String(m.Text)
			if m.Value != "" {
				v = literalValue(m)
			}
			b.add(e, FigurePredicate(f.Role), v)
		}
	}
}

func claimIRI(doc string, i int) string { return fmt.Sprintf("%s#claim-%d", doc, i) }

// FigurePredicate returns the predicate of an event's figure with the
// given role: kg:killedCount for "killed", kg:figure without a role.
func FigurePredicate(role string) string {
	slug := Slug(role)
	if role == "" || slug == "_" {
		return NS + "figure"
	}
	var b strings.Builder
	up := false
	for _, r := range slug {
		if r == '-' {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	return NS + b.String() + "Count"
}

// literalValue types the value of a date or quantity mention: an XML
// Schema date, partial date, time, date-time or duration, or a decimal;
// other values stay plain strings.
func literalValue(m extract.Mention) quad.Value {
	switch m.Type {
	case extract.Date:
		return dateValue(m.Value)
	case extract.Quantity:
		if decimal(m.Value) {
			return quad.TypedString{Value: quad.String(m.Value), Type: XSD + "decimal"}
		}
		if strings.HasPrefix(m.Value, "P") {
			return quad.TypedString{Value: quad.String(m.Value), Type: XSD + "duration"}
		}
	}
	return quad.String(m.Value)
}

// decimal reports whether s is an xsd:decimal lexical form.
func decimal(s string) bool {
	digits, dot := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot:
			dot = true
		case c == '-' && i == 0:
		default:
			return false
		}
	}
	return digits > 0
}

// dateValue types an ISO 8601 date value (see package temporal): date,
// gYearMonth, gYear, gMonthDay ("--03-22"), gMonth ("--03"), time
// ("T15:00") or dateTime; others (an ISO week, a decade) stay strings.
func dateValue(s string) quad.Value {
	typed := func(v, t string) quad.Value { return quad.TypedString{Value: quad.String(v), Type: quad.IRI(XSD + t)} }
	shape := func(layout string) bool {
		if len(s) != len(layout) {
			return false
		}
		for i := 0; i < len(s); i++ {
			if (layout[i] == '9') != (s[i] >= '0' && s[i] <= '9') || layout[i] != '9' && layout[i] != s[i] {
				return false
			}
		}
		return true
	}
	switch {
	case shape("9999-99-99"):
		return typed(s, "date")
	case shape("9999-99"):
		return typed(s, "gYearMonth")
	case shape("9999"):
		return typed(s, "gYear")
	case shape("--99-99"):
		return typed(s, "gMonthDay")
	case shape("--99"):
		return typed(s, "gMonth")
	case shape("T99:99"):
		return typed(s[1:]+":00", "time")
	case shape("9999-99-99T99:99"):
		return typed(s+":00", "dateTime")
	case shape("9999-99-99T99:99:99"):
		return typed(s, "dateTime")
	}
	return quad.String(s)
}

// Title returns the document's title: Doc.Title when set, otherwise its
// first non-blank line when that is short enough to be a headline, with
// Markdown heading marks removed.
func Title(d extract.Document) string {
	if d.Title != "" {
		return d.Title
	}
	text := d.Text
	for text != "" {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "#"))
		if line == "" {
			continue
		}
		if utf8.RuneCountInString(line) > 200 {
			r := []rune(line)
			line = strings.TrimSpace(string(r[:200])) + "…"
		}
		return line
	}
	return ""
}

// Sort sorts quads by subject, predicate, object and label (their N-Quads
// forms) and removes duplicates, in place.
func Sort(qs []quad.Quad) []quad.Quad {
	// A document's quads name the same few hundred values over and over:
	// each value's N-Quads form is made once.
	forms := make(map[quad.Value]string, len(qs))
	form := func(v quad.Value) string {
		if v == nil {
			return ""
		}
		if !comparableValue(v) {
			return v.String()
		}
		f, ok := forms[v]
		if !ok {
			f = v.String()
			forms[v] = f
		}
		return f
	}
	type keyed struct {
		k [4]string
		q quad.Quad
	}
	ks := make([]keyed, len(qs))
	for i, q := range qs {
		ks[i] = keyed{[4]string{form(q.Subject), form(q.Predicate), form(q.Object), form(q.Label)}, q}
	}
	sort.Slice(ks, func(i, j int) bool { return compareKeys(ks[i].k, ks[j].k) < 0 })
	out := qs[:0]
	for i, k := range ks {
		if i > 0 && k.k == ks[i-1].k {
			continue
		}
		out = append(out, k.q)
	}
	return out
}

// compareKeys orders quads by their values' N-Quads forms, subject first.
func compareKeys(a, b [4]string) int {
	for i := range a {
		if c := strings.Compare(a[i], b[i]); c != 0 {
			return c
		}
	}
	return 0
}

// comparableValue reports whether v can be a map key: the value types kg
// writes are.
func comparableValue(v quad.Value) bool {
	switch v.(type) {
	case quad.IRI, quad.String, quad.TypedString, quad.LangString, quad.BNode, quad.Int, quad.Float, quad.Bool:
		return true
	}
	return false
}
