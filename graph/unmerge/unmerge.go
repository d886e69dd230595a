package unmerge

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/internal/vocab"
	"github.com/kg-project/kg/schema"
)

// Options says which mentions to take out of an entity.
type Options struct {
	// Entity is the entity to take mentions from.
	Entity quad.IRI
	// To is the entity the mentions join; it may be new.
	To quad.IRI
	// Alias is the surface form moved, recorded with the decision.
	Alias string
	// Matches reports whether a mention's text (its nif:anchorOf) is
	// the alias; nil means exactly equal to Alias.
	Matches func(anchor string) bool
	// Document, when set, limits the move to that document's mentions.
	Document quad.IRI
	// Decision is the IRI of the decision node; empty means one derived
	// from the entity, alias, target and document under the entity's
	// base ("…/decision/unmerge-<hash>").
	Decision quad.IRI
	// DryRun computes the report without writing.
	DryRun bool
}

// Report says what Run changed.
type Report struct {
	Decision   quad.IRI
	Mentions   int        // mention phrases moved
	Statements int        // statements (and their edges) moved
	Claims     int        // claims whose speaker or outlet moved
	Documents  []quad.IRI // documents touched, sorted
	Added      int        // quads written
	Removed    int        // quads deleted
}

// Run undoes a merge: the mention phrases of opts.Entity whose text
// matches the alias (in every document, or in opts.Document) are moved to
// opts.To with what hangs on them:
//
//   - each mention's itsrdf:taIdentRef, with kg:method "unmerged" and
//     kg:score 1;
//   - each statement whose evidence span holds a moved mention, with its
//     plain edge (which stays on the old entity while another statement
//     of the document supports it);
//   - the author or outlet of each claim whose sentence holds a moved
//     mention outside the quotation;
//   - the new entity's rdf:type (the old one's), schema:name (the alias)
//     and the document's schema:mentions; the old entity loses the
//     alias as schema:alternateName in those documents.
//
// The decision is recorded in the graph schema.DecisionsGraph: <entity>
// kg:unmerged <to>, and a kg:Unmerge node with kg:from, kg:to, kg:alias,
// kg:document (when limited) and kg:mentionCount, so that later builds
// (see Records) keep the mentions apart and the decision can be found.
// With no matching mention nothing is written and the report is empty.
func Run(ctx context.Context, s *graph.Store, opts Options) (*Report, error) {
	if err := s.Err(); err != nil {
		return nil, err
	}
	if opts.Entity == "" || opts.To == "" || opts.Alias == "" {
		return nil, fmt.Errorf("unmerge: entity, target and alias are all required")
	}
	if opts.Entity == opts.To {
		return nil, fmt.Errorf("unmerge: %s is both source and target", opts.Entity)
	}
	match := opts.Matches
	if match == nil {
		match = func(a string) bool { return a == opts.Alias }
	}
	if opts.DryRun {
		ctx, unlock := s.ReadLock(ctx)
		defer unlock()
		u := &unmerger{s: s, ctx: ctx, opts: opts, match: match}
		if err := u.plan(); err != nil {
			return nil, fmt.Errorf("unmerge: %s: %w", opts.Entity, err)
		}
		return u.report(), nil
	}
	var rep *Report
	err := s.Update(ctx, func(ctx context.Context) error {
		u := &unmerger{s: s, ctx: ctx, opts: opts, match: match}
		var err error
		rep, err = u.write()
		return err
	})
	return rep, err
}

// write plans the unmerge and writes it, inside s.Update.
func (u *unmerger) write() (*Report, error) {
	if err := u.plan(); err != nil {
		return nil, fmt.Errorf("unmerge: %s: %w", u.opts.Entity, err)
	}
	rep := u.report()
	if len(u.moved) == 0 {
		return rep, nil
	}
	add, del, err := u.finalise()
	if err != nil {
		return nil, fmt.Errorf("unmerge: %s: %w", u.opts.Entity, err)
	}
	// Two transactions, additions first: Cayley's kv store cannot add and
	// delete quads of one node in one (the node's reference count goes
	// wrong). Should the second fail, the first leaves both old and new
	// quads, and running the same unmerge again finishes the job.
	if _, err := u.s.AddQuads(u.ctx, add); err != nil {
		return nil, fmt.Errorf("unmerge: %s: %w", u.opts.Entity, err)
	}
	if err := u.s.RemoveQuads(u.ctx, del); err != nil {
		return nil, fmt.Errorf("unmerge: %s: %w (the new quads are written; run it again)", u.opts.Entity, err)
	}
	rep.Added, rep.Removed = len(add), len(del)
	return rep, nil
}

// span is a NIF string's document and code point offsets.
type span struct {
	doc        quad.IRI
	begin, end int
}

// parseSpan reads "<doc>#char=b,e".
func parseSpan(iri quad.IRI) (span, bool) {
	s := string(iri)
	i := strings.LastIndex(s, "#char=")
	if i < 0 {
		return span{}, false
	}
	b, e, ok := strings.Cut(s[i+len("#char="):], ",")
	if !ok {
		return span{}, false
	}
	bi, err1 := strconv.Atoi(b)
	ei, err2 := strconv.Atoi(e)
	if err1 != nil || err2 != nil {
		return span{}, false
	}
	return span{doc: quad.IRI(s[:i]), begin: bi, end: ei}, true
}

type unmerger struct {
	s     *graph.Store
	ctx   context.Context
	opts  Options
	match func(string) bool

	moved   []quad.IRI // mention phrases
	spans   []span
	aliases map[string]bool // anchors moved
	docs    map[quad.IRI]bool
	add     []quad.Quad
	del     []quad.Quad
	stmts   int
	claims  int
}

func (u *unmerger) report() *Report {
	r := &Report{Decision: u.decisionIRI(), Mentions: len(u.moved), Statements: u.stmts, Claims: u.claims}
	for d := range u.docs {
		r.Documents = append(r.Documents, d)
	}
	vocab.SortIRIs(r.Documents)
	return r
}

// find returns the stored quads matching the given directions.
func (u *unmerger) find(filter map[quad.Direction]quad.Value) ([]quad.Quad, error) {
	dirs := make([]quad.Direction, 0, len(filter))
	vals := make([]quad.Value, 0, len(filter))
	for d, v := range filter {
		dirs = append(dirs, d)
		vals = append(vals, v)
	}
	rs, err := refs.RefsOf(u.ctx, u.s.QuadStore(), vals)
	if err != nil {
		return nil, err
	}
	f := map[quad.Direction]refs.Ref{}
	for i, r := range rs {
		if !graph.Present(r) {
			return nil, nil
		}
		f[dirs[i]] = r
	}
	var raw []refs.Ref
	err = graph.Each(u.ctx, u.s.MatchQuads(u.ctx, f), func(q refs.Ref) error {
		for _, d := range quad.Directions {
			v, err := u.s.QuadStore().QuadDirection(q, d)
			if err != nil {
				return err
			}
			raw = append(raw, v)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// A missing label is a nil ref; resolve the others.
	var known []refs.Ref
	for _, r := range raw {
		if graph.Present(r) {
			known = append(known, r)
		}
	}
	vs, err := u.s.Values(u.ctx, known)
	if err != nil {
		return nil, err
	}
	out := make([]quad.Quad, 0, len(raw)/4)
	k := 0
	for i := 0; i+3 < len(raw); i += 4 {
		var q [4]quad.Value
		for j := 0; j < 4; j++ {
			if graph.Present(raw[i+j]) {
				q[j] = vs[k]
				k++
			}
		}
		out = append(out, quad.Quad{Subject: q[0], Predicate: q[1], Object: q[2], Label: q[3]})
	}
	return out, nil
}

// one returns the objects of subject s, predicate p, label l.
func (u *unmerger) objects(subj quad.Value, p string, label quad.Value) ([]quad.Quad, error) {
	qs, err := u.find(map[quad.Direction]quad.Value{quad.Subject: subj, quad.Predicate: quad.IRI(p)})
	if err != nil {
		return nil, err
	}
	out := qs[:0]
	for _, q := range qs {
		if label == nil || q.Label == label {
			out = append(out, q)
		}
	}
	return out, nil
}

func (u *unmerger) move(q quad.Quad, d quad.Direction, v quad.Value) {
	u.del = append(u.del, q)
	n := q
	n.Set(d, v)
	u.add = append(u.add, n)
}

// plan finds the mentions and what hangs on them.
func (u *unmerger) plan() error {
	from, to := u.opts.Entity, u.opts.To
	u.aliases, u.docs = map[string]bool{}, map[quad.IRI]bool{}
	refsTo, err := u.find(map[quad.Direction]quad.Value{quad.Predicate: quad.IRI(schema.TaIdentRef), quad.Object: from})
	if err != nil {
		return err
	}
	for _, q := range refsTo {
		m, ok := q.Subject.(quad.IRI)
		if !ok || q.Label == nil {
			continue
		}
		doc, _ := q.Label.(quad.IRI)
		if u.opts.Document != "" && doc != u.opts.Document {
			continue
		}
		anchors, err := u.objects(m, schema.AnchorOf, q.Label)
		if err != nil {
			return err
		}
		if len(anchors) == 0 {
			continue
		}
		anchor := stringOf(anchors[0].Object)
		if !u.match(anchor) {
			continue
		}
		sp, ok := parseSpan(m)
		if !ok {
			continue
		}
		u.moved = append(u.moved, m)
		u.spans = append(u.spans, sp)
		u.aliases[anchor] = true
		u.docs[doc] = true
		u.move(q, quad.Object, to)
		for _, p := range []string{schema.Method, schema.Score} {
			old, err := u.objects(m, p, q.Label)
			if err != nil {
				return err
			}
			u.del = append(u.del, old...)
		}
		u.add = append(u.add,
			quad.Quad{Subject: m, Predicate: quad.IRI(schema.Method), Object: quad.String("unmerged"), Label: q.Label},
			quad.Quad{Subject: m, Predicate: quad.IRI(schema.Score), Object: quad.TypedString{Value: "1.000", Type: schema.XSD + "decimal"}, Label: q.Label})
	}
	if len(u.moved) == 0 {
		return nil
	}
	if err := u.statements(); err != nil {
		return err
	}
	return u.claimsOf()
}

// holds reports whether the NIF span of iri, in doc, holds a moved
// mention.
func (u *unmerger) holds(iri quad.IRI, outside *span) bool {
	sp, ok := parseSpan(iri)
	if !ok {
		return false
	}
	for _, m := range u.spans {
		if m.doc == sp.doc && sp.begin <= m.begin && m.end <= sp.end {
			if outside != nil && outside.begin <= m.begin && m.end <= outside.end {
				continue
			}
			return true
		}
	}
	return false
}

// statements moves the statements whose evidence holds a moved mention,
// and their plain edges.
func (u *unmerger) statements() error {
	from, to := u.opts.Entity, u.opts.To
	type edge struct {
		s, p, o quad.Value
		doc     quad.Value
	}
	movedEdges := map[edge]bool{}
	keptEdges := map[edge]bool{}
	for _, dir := range []string{schema.StmtSubject, schema.StmtObject} {
		qs, err := u.find(map[quad.Direction]quad.Value{quad.Predicate: quad.IRI(dir), quad.Object: from})
		if err != nil {
			return err
		}
		for _, q := range qs {
			if !u.docs[vocab.LabelIRI(q.Label)] {
				continue
			}
			st := q.Subject
			ev, err := u.objects(st, schema.Evidence, q.Label)
			if err != nil {
				return err
			}
			preds, err := u.objects(st, schema.StmtPredicate, q.Label)
			if err != nil || len(preds) == 0 {
				return err
			}
			var subj, obj quad.Value = from, nil
			var other []quad.Quad
			if dir == schema.StmtSubject {
				other, err = u.objects(st, schema.StmtObject, q.Label)
			} else {
				other, err = u.objects(st, schema.StmtSubject, q.Label)
			}
			if err != nil || len(other) == 0 {
				return err
			}
			if dir == schema.StmtSubject {
				obj = other[0].Object
			} else {
				subj, obj = other[0].Object, from
			}
			inClaim, err := u.objects(st, schema.InClaim, q.Label)
			if err != nil {
				return err
			}
			e := edge{subj, preds[0].Object, obj, q.Label}
			evIRI := quad.IRI("")
			if len(ev) > 0 {
				evIRI, _ = ev[0].Object.(quad.IRI)
			}
			if evIRI == "" || !u.holds(evIRI, nil) {
				if len(inClaim) == 0 {
					keptEdges[e] = true
				}
				continue
			}
			u.stmts++
			u.move(q, quad.Object, to)
			if len(inClaim) == 0 {
				movedEdges[e] = true
			}
		}
	}
	for e := range movedEdges {
		ne := e
		if ne.s == from {
			ne.s = to
		}
		if ne.o == from {
			ne.o = to
		}
		u.add = append(u.add, quad.Quad{Subject: ne.s, Predicate: ne.p, Object: ne.o, Label: e.doc})
		if !keptEdges[e] {
			u.del = append(u.del, quad.Quad{Subject: e.s, Predicate: e.p, Object: e.o, Label: e.doc})
		}
	}
	return nil
}

// claimsOf moves the speaker or outlet of claims whose sentence holds a
// moved mention outside the quotation.
func (u *unmerger) claimsOf() error {
	from, to := u.opts.Entity, u.opts.To
	for _, p := range []string{schema.Author, schema.ReportedBy} {
		qs, err := u.find(map[quad.Direction]quad.Value{quad.Predicate: quad.IRI(p), quad.Object: from})
		if err != nil {
			return err
		}
		for _, q := range qs {
			if !u.docs[vocab.LabelIRI(q.Label)] {
				continue
			}
			sents, err := u.objects(q.Subject, schema.NIFSentenceRef, q.Label)
			if err != nil {
				return err
			}
			quotes, err := u.objects(q.Subject, schema.Quote, q.Label)
			if err != nil {
				return err
			}
			var outside *span
			if len(quotes) > 0 {
				if iri, ok := quotes[0].Object.(quad.IRI); ok {
					if sp, ok := parseSpan(iri); ok {
						outside = &sp
					}
				}
			}
			for _, sq := range sents {
				if iri, ok := sq.Object.(quad.IRI); ok && u.holds(iri, outside) {
					u.claims++
					u.move(q, quad.Object, to)
					break
				}
			}
		}
	}
	return nil
}

func stringOf(v quad.Value) string {
	switch x := v.(type) {
	case quad.String:
		return string(x)
	case quad.TypedString:
		return string(x.Value)
	case quad.LangString:
		return string(x.Value)
	}
	return fmt.Sprint(v)
}

// decisionIRI returns the decision node's IRI.
func (u *unmerger) decisionIRI() quad.IRI {
	if u.opts.Decision != "" {
		return u.opts.Decision
	}
	sum := sha256.Sum256([]byte(string(u.opts.Entity) + "\x00" + u.opts.Alias + "\x00" + string(u.opts.To) + "\x00" + string(u.opts.Document)))
	base := string(u.opts.Entity)
	if i := strings.LastIndexByte(strings.TrimSuffix(base, "/"), '/'); i >= 0 {
		if j := strings.LastIndexByte(base[:i], '/'); j >= 0 {
			base = base[:j+1]
		}
	}
	return quad.IRI(base + "decision/unmerge-" + hex.EncodeToString(sum[:8]))
}

// finalise adds the entity and decision quads and returns what to add
// (not yet stored) and delete (stored).
func (u *unmerger) finalise() (add, del []quad.Quad, err error) {
	from, to := u.opts.Entity, u.opts.To
	docs := make([]quad.IRI, 0, len(u.docs))
	for d := range u.docs {
		docs = append(docs, d)
	}
	vocab.SortIRIs(docs)
	for _, d := range docs {
		types, err := u.objects(from, schema.Type, d)
		if err != nil {
			return nil, nil, err
		}
		for _, t := range types {
			u.add = append(u.add, quad.Quad{Subject: to, Predicate: t.Predicate, Object: t.Object, Label: d})
		}
		u.add = append(u.add,
			quad.Quad{Subject: to, Predicate: quad.IRI(schema.Name), Object: quad.String(u.opts.Alias), Label: d},
			quad.Quad{Subject: d, Predicate: quad.IRI(schema.Mentions), Object: to, Label: d})
		alt, err := u.objects(from, schema.AltName, d)
		if err != nil {
			return nil, nil, err
		}
		for _, a := range alt {
			if u.aliases[stringOf(a.Object)] {
				u.del = append(u.del, a)
			}
		}
	}
	dec := u.decisionIRI()
	dg := quad.IRI(schema.DecisionsGraph)
	u.add = append(u.add,
		quad.Quad{Subject: from, Predicate: quad.IRI(schema.Unmerged), Object: to, Label: dg},
		quad.Quad{Subject: dec, Predicate: quad.IRI(schema.Type), Object: quad.IRI(schema.UnmergeClass), Label: dg},
		quad.Quad{Subject: dec, Predicate: quad.IRI(schema.From), Object: from, Label: dg},
		quad.Quad{Subject: dec, Predicate: quad.IRI(schema.To), Object: to, Label: dg},
		quad.Quad{Subject: dec, Predicate: quad.IRI(schema.Alias), Object: quad.String(u.opts.Alias), Label: dg},
		quad.Quad{Subject: dec, Predicate: quad.IRI(schema.MentionCount), Object: quad.TypedString{Value: quad.String(strconv.Itoa(len(u.moved))), Type: schema.XSD + "nonNegativeInteger"}, Label: dg},
	)
	if u.opts.Document != "" {
		u.add = append(u.add, quad.Quad{Subject: dec, Predicate: quad.IRI(schema.Document), Object: u.opts.Document, Label: dg})
	}
	for _, q := range u.add {
		if err := graph.CheckQuad(q); err != nil {
			return nil, nil, err
		}
	}
	// Keep what is stored to delete, and what is not to add, each once:
	// exact reference counts in the store depend on it.
	delSet := map[quad.Quad]bool{}
	for _, q := range vocab.DedupQuads(u.del) {
		ok, err := u.s.HasQuad(u.ctx, q)
		if err != nil {
			return nil, nil, err
		}
		if ok {
			delSet[q] = true
			del = append(del, q)
		}
	}
	for _, q := range vocab.DedupQuads(u.add) {
		if delSet[q] {
			continue
		}
		ok, err := u.s.HasQuad(u.ctx, q)
		if err != nil {
			return nil, nil, err
		}
		if !ok {
			add = append(add, q)
		}
	}
	// Deleting and re-adding the same quad is a no-op: drop both.
	added := map[quad.Quad]bool{}
	for _, q := range u.add {
		added[q] = true
	}
	kept := del[:0]
	for _, q := range del {
		if !added[q] {
			kept = append(kept, q)
		}
	}
	del = kept
	sort.Slice(add, func(i, j int) bool { return add[i].String() < add[j].String() })
	sort.Slice(del, func(i, j int) bool { return del[i].String() < del[j].String() })
	return add, del, nil
}

// Record is a recorded unmerge decision.
type Record struct {
	Decision, From, To quad.IRI
	Alias              string
	// Document is the document the decision is limited to, or empty.
	Document quad.IRI
}

// Records returns the unmerge decisions recorded in the store, sorted by
// decision IRI: what a build must respect.
func Records(ctx context.Context, s *graph.Store) ([]Record, error) {
	ctx, unlock := s.ReadLock(ctx)
	defer unlock()
	if err := s.Err(); err != nil {
		return nil, err
	}
	u := &unmerger{s: s, ctx: ctx}
	nodes, err := u.find(map[quad.Direction]quad.Value{quad.Predicate: quad.IRI(schema.Type), quad.Object: quad.IRI(schema.UnmergeClass)})
	if err != nil {
		return nil, fmt.Errorf("unmerge: records: %w", err)
	}
	var out []Record
	seen := map[quad.Value]bool{}
	for _, n := range nodes {
		if seen[n.Subject] {
			continue
		}
		seen[n.Subject] = true
		r := Record{Decision: vocab.LabelIRI(n.Subject)}
		for _, f := range []struct {
			p   string
			set func(quad.Value)
		}{
			{schema.From, func(v quad.Value) { r.From = vocab.LabelIRI(v) }},
			{schema.To, func(v quad.Value) { r.To = vocab.LabelIRI(v) }},
			{schema.Alias, func(v quad.Value) { r.Alias = stringOf(v) }},
			{schema.Document, func(v quad.Value) { r.Document = vocab.LabelIRI(v) }},
		} {
			qs, err := u.objects(n.Subject, f.p, nil)
			if err != nil {
				return nil, fmt.Errorf("unmerge: records: %w", err)
			}
			if len(qs) > 0 {
				f.set(qs[0].Object)
			}
		}
		if r.From != "" && r.To != "" && r.Alias != "" {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Decision < out[j].Decision })
	return out, nil
}

// Decisions returns the unmerge decisions recorded in s (Records) as the
// resolver's, for a build to respect. Decisions about IRIs outside the
// base of sopts are skipped.
func Decisions(ctx context.Context, s *graph.Store, sopts *schema.Options) ([]resolve.Unmerge, error) {
	recs, err := Records(ctx, s)
	if err != nil {
		return nil, err
	}
	return resolverDecisions(recs, sopts), nil
}

// resolverDecisions converts records to the resolver's decisions: entity
// keys and a document's hash instead of IRIs.
func resolverDecisions(recs []Record, sopts *schema.Options) []resolve.Unmerge {
	var out []resolve.Unmerge
	for _, r := range recs {
		typ, from, ok1 := schema.ParseEntityIRI(string(r.From), sopts)
		_, to, ok2 := schema.ParseEntityIRI(string(r.To), sopts)
		if !ok1 || !ok2 {
			continue
		}
		u := resolve.Unmerge{Type: typ, From: from, Alias: r.Alias, To: to}
		if r.Document != "" {
			d := string(r.Document)
			u.Document = d[strings.LastIndexByte(d, '/')+1:]
		}
		out = append(out, u)
	}
	return out
}
