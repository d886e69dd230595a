package explore

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/internal/vocab"
	"github.com/kg-project/kg/schema"
)

// CardOptions configures CardOf. A nil *CardOptions, and zero fields, mean
// the defaults.
type CardOptions struct {
	// Mentions is the largest number of mentions shown; 0 means 10, -1
	// none.
	Mentions int
	// Relations is the largest number of relations shown; 0 means 100.
	Relations int
	// Snippet is the number of characters of text shown on each side of a
	// mention; 0 means 80.
	Snippet int
	// Claims is the largest number of claims shown; 0 means 20, -1 none.
	Claims int
}

// Card is what the store knows of one entity.
type Card struct {
	IRI     quad.IRI `json:"iri"`
	Name    string   `json:"name,omitempty"`
	Classes []string `json:"classes,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
	// Documents is the number of documents that mention it.
	Documents int `json:"documents"`
	// Graphs are the graphs, other than documents, that state its own
	// facts (quads with it as subject), sorted: for a node no document
	// mentions, the datasets it was imported from; for a linked entity,
	// the links graph.
	Graphs []quad.IRI `json:"graphs,omitempty"`
	// Links are its owl:sameAs links, both ways.
	Links []CardLink `json:"links,omitempty"`
	// Properties are its literal-valued facts other than names.
	Properties []Fact `json:"properties,omitempty"`
	// Relations are its edges to other entities, both ways, with the
	// documents that support each.
	Relations []Relation `json:"relations,omitempty"`
	// RelationCount is the number of relations before the limit.
	RelationCount int `json:"relation_count"`
	// Mentions are places in documents' text that name it.
	Mentions []Mention `json:"mentions,omitempty"`
	// MentionCount is the number of mentions before the limit.
	MentionCount int `json:"mention_count"`
	// Claims are what the entity said, believed or intended according to
	// the documents (it is their schema:author), in document order.
	Claims []CardClaim `json:"claims,omitempty"`
	// ClaimCount is the number of claims before the limit.
	ClaimCount int `json:"claim_count"`
}

// CardClaim is one claim of the entity's.
type CardClaim struct {
	IRI      quad.IRI `json:"iri"`
	Document quad.IRI `json:"document"`
	// Verb is the cue ("said", "according to", "denied").
	Verb string `json:"verb,omitempty"`
	// Text is what was said.
	Text string `json:"text"`
	// Status is "asserted", "denied", "hedged" or "reported".
	Status string `json:"status,omitempty"`
	// Outlet is the news organisation that carried it, if any.
	Outlet *PathNode `json:"outlet,omitempty"`
}

// CardLink is an owl:sameAs link of the entity.
type CardLink struct {
	Target quad.IRI `json:"target"`
	Name   string   `json:"name,omitempty"`
	// Incoming is true when the other node states the link.
	Incoming bool `json:"incoming,omitempty"`
	// Graph is the graph the link is stated in (a document, the links
	// graph).
	Graph quad.IRI `json:"graph,omitempty"`
	// Method and Score are those Link recorded, if it made the link.
	Method string  `json:"method,omitempty"`
	Score  float64 `json:"score,omitempty"`
	// Dataset is the graph of the dataset Link linked into, if it made
	// the link.
	Dataset quad.IRI `json:"dataset,omitempty"`
	// Facts are the linked node's literal facts (a country's ISO code).
	Facts []Fact `json:"facts,omitempty"`
}

// Fact is a literal-valued property.
type Fact struct {
	Predicate quad.IRI `json:"predicate"`
	Value     string   `json:"value"`
}

// Relation is an edge between the entity and another node.
type Relation struct {
	Predicate quad.IRI `json:"predicate"`
	// Forward is true when the entity is the subject.
	Forward bool       `json:"forward"`
	Other   PathNode   `json:"other"`
	Sources []quad.IRI `json:"sources,omitempty"`
}

// Mention is one mention of the entity in a document.
type Mention struct {
	IRI          quad.IRI `json:"iri"`
	Document     quad.IRI `json:"document"`
	DocumentName string   `json:"document_name,omitempty"`
	Text         string   `json:"text"`
	// Start and End are code point offsets in the document's text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Before and After are the text around it, up to CardOptions.Snippet
	// characters each, cut at spaces.
	Before string `json:"before"`
	After  string `json:"after"`
	// Method and Score say how the mention was joined to the entity
	// (docs/SCHEMA.md); a mention stored without them is the entity's
	// canonical name: "exact", 1.
	Method string  `json:"method,omitempty"`
	Score  float64 `json:"score,omitempty"`
}

type rawQuad struct{ s, p, o, l quad.Value }

// edgesOf returns the quads with n as subject (out) and as object (in).
func edgesOf(ctx context.Context, s *graph.Store, n refs.Ref, limit int) (out, in []rawQuad, err error) {
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		var raw [][4]refs.Ref
		err := graph.Each(ctx, s.QuadStore().QuadIterator(dir, n), func(q refs.Ref) error {
			var r [4]refs.Ref
			for i, d := range quad.Directions {
				v, err := s.QuadStore().QuadDirection(q, d)
				if err != nil {
					return err
				}
				r[i] = v
			}
			raw = append(raw, r)
			if limit > 0 && len(raw) >= limit {
				return graph.ErrStop
			}
			return nil
		})
		if err != nil && err != graph.ErrStop {
			return nil, nil, err
		}
		var flat []refs.Ref
		for _, r := range raw {
			for _, x := range r {
				if graph.Present(x) {
					flat = append(flat, x)
				}
			}
		}
		vs, err := s.Values(ctx, flat)
		if err != nil {
			return nil, nil, err
		}
		k := 0
		for _, r := range raw {
			var q [4]quad.Value
			for i, x := range r {
				if graph.Present(x) {
					q[i] = vs[k]
					k++
				}
			}
			rq := rawQuad{q[0], q[1], q[2], q[3]}
			if dir == quad.Subject {
				out = append(out, rq)
			} else {
				in = append(in, rq)
			}
		}
	}
	return out, in, nil
}

// CardOf gathers what the store knows of the node iri: its names, classes,
// links (with the linked node's facts), literal properties, relations
// with their sources, and mentions with the text around them. It reads
// the node's quads through the subject and object indexes.
func CardOf(ctx context.Context, s *graph.Store, iri quad.IRI, opts *CardOptions) (*Card, error) {
	ctx, unlock := s.ReadLock(ctx)
	defer unlock()
	if err := s.Err(); err != nil {
		return nil, err
	}
	o := cardDefaults(opts)
	n, err := s.Ref(iri)
	if err != nil {
		return nil, err
	}
	if n == nil {
		return nil, fmt.Errorf("explore: card: %s is not in the store", iri)
	}
	out, in, err := edgesOf(ctx, s, n, 200_000)
	if err != nil {
		return nil, fmt.Errorf("explore: card: %w", err)
	}
	r := &cardReader{ctx: ctx, s: s, iri: iri, o: o, c: &Card{IRI: iri},
		names: map[string]string{}, links: map[quad.IRI]*CardLink{}, rels: map[relKey]bool{},
		facts: map[Fact]bool{}, graphs: map[quad.IRI]bool{}}
	for _, q := range out {
		r.outQuad(q)
	}
	for _, q := range in {
		r.inQuad(q)
	}
	r.nameAndSort()
	known, err := Names(ctx, s, r.others())
	if err != nil {
		return nil, err
	}
	if err := r.readLinks(known); err != nil {
		return nil, err
	}
	if err := r.readRelations(known); err != nil {
		return nil, err
	}
	if err := r.readMentions(); err != nil {
		return nil, err
	}
	if err := cardClaims(ctx, s, r.c, r.claims, o.Claims); err != nil {
		return nil, err
	}
	return r.c, nil
}

// cardDefaults is opts with its defaults filled in.
func cardDefaults(opts *CardOptions) CardOptions {
	var o CardOptions
	if opts != nil {
		o = *opts
	}
	if o.Mentions == 0 {
		o.Mentions = 10
	}
	if o.Relations <= 0 {
		o.Relations = 100
	}
	if o.Snippet <= 0 {
		o.Snippet = 80
	}
	return o
}

// relKey is a relation of a card's entity: predicate, direction, other end.
type relKey struct {
	p     quad.IRI
	fw    bool
	other quad.IRI
}

// cardReader gathers one Card, step by step.
type cardReader struct {
	ctx context.Context
	s   *graph.Store
	iri quad.IRI
	o   CardOptions
	c   *Card

	names            map[string]string // name -> its predicate
	mentions, claims []quad.IRI
	links            map[quad.IRI]*CardLink
	rels             map[relKey]bool
	relList          []relKey // rels in the order found
	facts            map[Fact]bool
	graphs           map[quad.IRI]bool
}

func (r *cardReader) addRel(k relKey) {
	if !r.rels[k] {
		r.rels[k] = true
		r.relList = append(r.relList, k)
	}
}

// outQuad takes in a quad with the entity as subject.
func (r *cardReader) outQuad(q rawQuad) {
	c := r.c
	if g := vocab.LabelIRI(q.l); g != "" && !vocab.IsDocumentPart(string(g)) {
		r.graphs[g] = true
	}
	p, _ := q.p.(quad.IRI)
	switch ps := string(p); {
	case ps == schema.Type:
		if cl, ok := q.o.(quad.IRI); ok {
			c.Classes = vocab.AppendUniq(c.Classes, string(cl))
		}
	case ps == schema.SameAs:
		if t, ok := q.o.(quad.IRI); ok {
			if r.links[t] == nil {
				r.links[t] = &CardLink{Target: t, Graph: vocab.LabelIRI(q.l)}
			} else if g := vocab.LabelIRI(q.l); g != "" && !vocab.IsDocumentPart(string(g)) {
				r.links[t].Graph = g // a links graph tells more than a document
			}
		}
	default:
		r.outFact(ps, p, q)
	}
}

// outFact takes in an outgoing quad that is a name, a relation or a
// literal fact (or plumbing, which it leaves out).
func (r *cardReader) outFact(ps string, p quad.IRI, q rawQuad) {
	if k, ok := vocab.NamePredicateKind(ps); ok {
		if t, ok := vocab.LiteralText(q.o); ok {
			if _, have := r.names[t]; !have || k == vocab.KindName {
				r.names[t] = ps
			}
		}
		return
	}
	if vocab.IsPlumbingPredicate(ps) {
		return
	}
	if oi, ok := q.o.(quad.IRI); ok {
		if !vocab.IsDocumentPart(string(oi)) {
			r.addRel(relKey{p, true, oi})
		}
		return
	}
	r.facts[Fact{Predicate: p, Value: literalString(q.o)}] = true
}

// inQuad takes in a quad with the entity as object.
func (r *cardReader) inQuad(q rawQuad) {
	p, _ := q.p.(quad.IRI)
	sub, ok := q.s.(quad.IRI)
	if !ok {
		return
	}
	switch ps := string(p); {
	case ps == schema.TaIdentRef:
		r.mentions = append(r.mentions, sub)
	case ps == schema.Author && strings.Contains(string(sub), "#claim-"):
		r.claims = append(r.claims, sub)
	case ps == schema.Mentions:
		r.c.Documents++
	case ps == schema.SameAs:
		if r.links[sub] == nil {
			r.links[sub] = &CardLink{Target: sub, Incoming: true, Graph: vocab.LabelIRI(q.l)}
		} else if g := vocab.LabelIRI(q.l); g != "" && !vocab.IsDocumentPart(string(g)) && r.links[sub].Incoming {
			r.links[sub].Graph = g
		}
	default:
		if vocab.IsPlumbingPredicate(ps) || vocab.IsDocumentPart(string(sub)) {
			return
		}
		r.addRel(relKey{p, false, sub})
	}
}

// nameAndSort picks the card's name (the least schema:name, else the
// least rdfs:label), makes the other names its aliases, and sorts the
// aliases, classes, graphs and properties.
func (r *cardReader) nameAndSort() {
	c := r.c
	for name, p := range r.names {
		if p == schema.Name && (c.Name == "" || name < c.Name) {
			c.Name = name
		}
	}
	if c.Name == "" {
		for name, p := range r.names {
			if p == schema.Label && (c.Name == "" || name < c.Name) {
				c.Name = name
			}
		}
	}
	for name := range r.names {
		if name != c.Name {
			c.Aliases = append(c.Aliases, name)
		}
	}
	sort.Strings(c.Aliases)
	sort.Strings(c.Classes)
	for g := range r.graphs {
		c.Graphs = append(c.Graphs, g)
	}
	slices.Sort(c.Graphs)
	for f := range r.facts {
		c.Properties = append(c.Properties, f)
	}
	sortFacts(c.Properties)
}

// others are the nodes at the other end of relations and links, whose
// names the card shows.
func (r *cardReader) others() []quad.Value {
	var others []quad.Value
	for _, k := range r.relList {
		others = append(others, k.other)
	}
	for t := range r.links {
		others = append(others, t)
	}
	return others
}

// readLinks fills in the links, with the link record and the target's
// facts.
func (r *cardReader) readLinks(known map[quad.Value]string) error {
	ctx, s, c := r.ctx, r.s, r.c
	for _, l := range r.links {
		l.Name = known[l.Target]
		ent, tgt := r.iri, l.Target
		if l.Incoming {
			ent, tgt = l.Target, r.iri
		}
		if l.Graph != "" && !vocab.IsDocumentPart(string(l.Graph)) {
			if err := linkRecord(ctx, s, l, vocab.LinkIRI(l.Graph, ent, tgt)); err != nil {
				return err
			}
		}
		err := eachOut(ctx, s, l.Target, func(p string, v quad.Value) {
			if vocab.IsPlumbingPredicate(p) || p == schema.SameAs {
				return
			}
			if _, isName := vocab.NamePredicateKind(p); isName {
				return
			}
			if _, ok := v.(quad.IRI); ok {
				return
			}
			if len(l.Facts) < 20 {
				l.Facts = append(l.Facts, Fact{Predicate: quad.IRI(p), Value: literalString(v)})
			}
		})
		if err != nil {
			return err
		}
		sortFacts(l.Facts)
		c.Links = append(c.Links, *l)
	}
	sort.Slice(c.Links, func(i, j int) bool { return c.Links[i].Target < c.Links[j].Target })
	return nil
}

// readRelations fills in the relations, sorted and cut to the limit, with
// their sources.
func (r *cardReader) readRelations(known map[quad.Value]string) error {
	relList := r.relList
	sort.Slice(relList, func(i, j int) bool {
		a, b := relList[i], relList[j]
		if a.p != b.p {
			return a.p < b.p
		}
		if a.fw != b.fw {
			return a.fw
		}
		return a.other < b.other
	})
	r.c.RelationCount = len(relList)
	if len(relList) > r.o.Relations {
		relList = relList[:r.o.Relations]
	}
	for _, k := range relList {
		var subj, obj quad.Value = r.iri, k.other
		if !k.fw {
			subj, obj = k.other, r.iri
		}
		src, err := r.s.Sources(r.ctx, subj, k.p, obj)
		if err != nil {
			return err
		}
		r.c.Relations = append(r.c.Relations, Relation{Predicate: k.p, Forward: k.fw, Other: PathNode{IRI: k.other, Name: known[k.other]}, Sources: src})
	}
	return nil
}

// readMentions fills in the mentions, in document order and cut to the
// limit, with the text around each and the names of their documents.
func (r *cardReader) readMentions() error {
	mentions := r.mentions
	sort.Slice(mentions, func(i, j int) bool {
		di, si := mentionOrder(mentions[i])
		dj, sj := mentionOrder(mentions[j])
		if di != dj {
			return di < dj
		}
		if si != sj {
			return si < sj
		}
		return mentions[i] < mentions[j]
	})
	r.c.MentionCount = len(mentions)
	if r.o.Mentions < 0 {
		mentions = nil
	} else if len(mentions) > r.o.Mentions {
		mentions = mentions[:r.o.Mentions]
	}
	texts := map[quad.IRI]string{}
	var docs []quad.Value
	for _, m := range mentions {
		mn, err := r.mention(m, texts)
		if err != nil {
			return err
		}
		docs = append(docs, mn.Document)
		r.c.Mentions = append(r.c.Mentions, mn)
	}
	dn, err := Names(r.ctx, r.s, docs)
	if err != nil {
		return err
	}
	for i := range r.c.Mentions {
		r.c.Mentions[i].DocumentName = dn[r.c.Mentions[i].Document]
	}
	return nil
}

// mention reads the mention m, and the text around it from its context
// node (texts caches the contexts' texts).
func (r *cardReader) mention(m quad.IRI, texts map[quad.IRI]string) (Mention, error) {
	ctx, s := r.ctx, r.s
	mn := Mention{IRI: m, Document: quad.IRI(strings.SplitN(string(m), "#", 2)[0]), Method: schema.ExactMethod, Score: 1}
	var ctxIRI quad.IRI
	err := eachOut(ctx, s, m, func(p string, v quad.Value) {
		switch p {
		case schema.AnchorOf:
			mn.Text, _ = vocab.LiteralText(v)
		case schema.BeginIndex:
			mn.Start = literalInt(v)
		case schema.EndIndex:
			mn.End = literalInt(v)
		case schema.RefContext:
			ctxIRI, _ = v.(quad.IRI)
		case schema.Method:
			mn.Method, _ = vocab.LiteralText(v)
		case schema.Score:
			mn.Score, _ = strconv.ParseFloat(literalString(v), 64)
		}
	})
	if err != nil || ctxIRI == "" {
		return mn, err
	}
	text, ok := texts[ctxIRI]
	if !ok {
		err := eachOut(ctx, s, ctxIRI, func(p string, v quad.Value) {
			if p == schema.IsString {
				text, _ = vocab.LiteralText(v)
			}
		})
		if err != nil {
			return mn, err
		}
		texts[ctxIRI] = text
	}
	mn.Before, mn.After = snippet(text, mn.Start, mn.End, r.o.Snippet)
	return mn, nil
}

// cardClaims reads the claims whose IRIs are given into the card, in
// document order, at most limit of them (0: 20, -1: none).
func cardClaims(ctx context.Context, s *graph.Store, c *Card, claims []quad.IRI, limit int) error {
	if limit == 0 {
		limit = 20
	}
	sort.Slice(claims, func(i, j int) bool {
		di, ni := claimOrder(claims[i])
		dj, nj := claimOrder(claims[j])
		if di != dj {
			return di < dj
		}
		return ni < nj
	})
	claims = slices.Compact(claims)
	c.ClaimCount = len(claims)
	if limit < 0 {
		return nil
	}
	if len(claims) > limit {
		claims = claims[:limit]
	}
	var outlets []quad.Value
	for _, iri := range claims {
		cl := CardClaim{IRI: iri, Document: quad.IRI(strings.SplitN(string(iri), "#", 2)[0])}
		err := eachOut(ctx, s, iri, func(p string, v quad.Value) {
			switch p {
			case schema.Text:
				cl.Text, _ = vocab.LiteralText(v)
			case schema.Label:
				cl.Verb, _ = vocab.LiteralText(v)
			case schema.Status:
				cl.Status, _ = vocab.LiteralText(v)
			case schema.ReportedBy:
				if o, ok := v.(quad.IRI); ok {
					cl.Outlet = &PathNode{IRI: o}
					outlets = append(outlets, o)
				}
			}
		})
		if err != nil {
			return err
		}
		c.Claims = append(c.Claims, cl)
	}
	names, err := Names(ctx, s, outlets)
	if err != nil {
		return err
	}
	for i := range c.Claims {
		if o := c.Claims[i].Outlet; o != nil {
			o.Name = names[o.IRI]
		}
	}
	return nil
}

// claimOrder returns a claim IRI's document and number.
func claimOrder(iri quad.IRI) (string, int) {
	doc, frag, _ := strings.Cut(string(iri), "#claim-")
	n, _ := strconv.Atoi(frag)
	return doc, n
}

// linkRecord fills in the method and score of a link Link made.
func linkRecord(ctx context.Context, s *graph.Store, l *CardLink, st quad.IRI) error {
	return eachOut(ctx, s, st, func(p string, v quad.Value) {
		switch p {
		case schema.Method:
			l.Method, _ = vocab.LiteralText(v)
		case schema.Score:
			l.Score, _ = strconv.ParseFloat(literalString(v), 64)
		case vocab.LinkDataset:
			l.Dataset, _ = v.(quad.IRI)
		}
	})
}

func sortFacts(fs []Fact) {
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].Predicate != fs[j].Predicate {
			return fs[i].Predicate < fs[j].Predicate
		}
		return fs[i].Value < fs[j].Value
	})
}

// literalString is a literal's lexical form.
func literalString(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedString:
		return string(v.Value)
	case nil:
		return ""
	}
	if n, ok := v.Native().(fmt.Stringer); ok {
		return n.String()
	}
	return fmt.Sprint(v.Native())
}

func literalInt(v quad.Value) int {
	switch v := v.(type) {
	case quad.Int:
		return int(v)
	}
	n, _ := strconv.Atoi(literalString(v))
	return n
}

// snippet returns up to n code points of text before start and after end
// (code point offsets), cut at white space and with line breaks as spaces.
func snippet(text string, start, end, n int) (before, after string) {
	r := []rune(text)
	if start < 0 || end > len(r) || start > end {
		return "", ""
	}
	b0 := max(0, start-n)
	a1 := min(len(r), end+n)
	before = string(r[b0:start])
	after = string(r[end:a1])
	space := func(c rune) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
	if b0 > 0 {
		if !space(r[b0-1]) {
			if i := strings.IndexAny(before, " \n\t"); i >= 0 {
				before = before[i+1:]
			}
		}
		before = "…" + before
	}
	if a1 < len(r) {
		if !space(r[a1]) {
			if i := strings.LastIndexAny(after, " \n\t"); i >= 0 {
				after = after[:i]
			}
		}
		after += "…"
	}
	clean := strings.NewReplacer("\r\n", " ", "\n", " ", "\t", " ")
	return clean.Replace(before), clean.Replace(after)
}

// mentionOrder splits a mention IRI, <document>#char=B,E, into the
// document and B, for sorting.
func mentionOrder(m quad.IRI) (string, int) {
	doc, frag, _ := strings.Cut(string(m), "#char=")
	b, _, _ := strings.Cut(frag, ",")
	n, _ := strconv.Atoi(b)
	return doc, n
}

// eachOut calls fn with the predicate and object of each quad whose
// subject is n.
func eachOut(ctx context.Context, s *graph.Store, n quad.IRI, fn func(p string, o quad.Value)) error {
	return s.EachOut(ctx, n, func(p string, o, _ quad.Value) { fn(p, o) })
}
