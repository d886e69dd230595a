package newsgold

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/internal/match"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/internal/stickyerr"
	"github.com/kg-project/kg/schema"
)

// Counts are the outcomes of one kind of prediction.
type Counts struct {
	// TP counts predictions that match the gold, FP those that do not, FN
	// gold items no prediction matches.
	TP, FP, FN int
}

// Precision returns TP / (TP + FP), or 0 with nothing predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall returns TP / (TP + FN), or 0 with no gold item.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Add adds o's counts to c.
func (c *Counts) Add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report is the score of extraction results against the gold set.
type Report struct {
	Articles int
	// Entities scores detection: a predicted entity matches a gold one
	// when one of its names is one of the gold entity's (compared as
	// resolve.Key compares them).
	Entities Counts
	// Types counts matched entities whose type is right (TP: the coarse
	// type, and the fine class when one is predicted) and wrong (FP).
	Types Counts
	// FineTypes counts, over matched entities with a predicted fine class,
	// the right (TP) and wrong (FP) ones.
	FineTypes Counts
	// Relations scores relations of kg's vocabulary between entities
	// (events' participants are scored with events), jobTitle included.
	Relations Counts
	// ByMethod and ByPredicate break relations down by the construction
	// or model that made them and by predicate.
	ByMethod, ByPredicate map[string]*Counts
	// Calibration counts relations of kg's vocabulary by their kg:score:
	// per score bin (ScoreBins), how many there were, how many were right
	// and their mean score, which a calibrated score matches.
	Calibration [len(ScoreBins)]Bin
	// ScoreByMethod is the calibration by construction or model: one Bin
	// of all the relations each made (jobTitle attributes have no score).
	ScoreByMethod map[string]*Bin
	// Open scores open (verb-phrase) relations: right when the gold set
	// states a relation between the two entities in that direction.
	Open Counts
	// Claims scores claims by their content; ClaimSpeakers counts, over
	// matched claims whose gold speaker is named, right (TP) and wrong
	// (FP) speakers, and over those whose gold speaker is unnamed ("[a
	// spokeswoman]") and whose claim gives an unnamed speaker's words
	// (Claim.Source), right when the words share one (unnamedSpeaker).
	// ClaimsRight counts claims whose content matches and whose speaker
	// is not wrong.
	Claims, ClaimSpeakers, ClaimsRight Counts
	// ClaimStatus counts, over matched claims, right (TP) and wrong (FP)
	// statuses (asserted, denied, hedged, reported); ClaimStatusBy breaks
	// them down by the gold status.
	ClaimStatus   Counts
	ClaimStatusBy map[string]*Counts
	// ClaimsByMethod breaks claims down by the construction that found
	// them (counting right those whose content matches and whose speaker
	// is not wrong).
	ClaimsByMethod map[string]*Counts
	// Events scores events by their mentions (or, for an incident told by
	// a verb, by its figures); EventPlaces and EventDates
	// count, over matched events, places and dates that are right (TP)
	// or wrong (FP); EventsRight counts matched events with no wrong
	// place or date.
	Events, EventPlaces, EventDates, EventsRight Counts
	// Quantities scores money and percentages: right when the text
	// overlaps a gold quantity and the value agrees. Units counts, over
	// matched quantities, the right (TP) and wrong or missing (FP) units.
	Quantities, Units Counts
	// Errors lists, per article, what was predicted wrongly (+) and what
	// was missed (-).
	Errors []string
}

// ScoreBins are the lower bounds of the score bins of
// Report.Calibration.
var ScoreBins = [...]float64{0, 0.5, 0.7, 0.8, 0.9, 0.95}

// Bin is one row of a calibration table: N predictions with scores in the
// bin, Right of them right, Sum their scores, and SqErr the sum of their
// squared errors, (score - 1)² for a right one and score² for a wrong one.
type Bin struct {
	N, Right int
	Sum      float64
	SqErr    float64
}

// Brier returns the mean squared error of the scores of the bins (the
// Brier score: 0 for scores that are always 1 when right and 0 when
// wrong; a constant score of the share right scores that share's
// variance), and the number of predictions; 0, 0 for none.
func Brier(bins []Bin) (float64, int) {
	sum, n := 0.0, 0
	for _, b := range bins {
		sum += b.SqErr
		n += b.N
	}
	if n == 0 {
		return 0, 0
	}
	return sum / float64(n), n
}

// binOf returns the index of the score bin of x.
func binOf(x float64) int {
	b := 0
	for i, lo := range ScoreBins {
		if x >= lo {
			b = i
		}
	}
	return b
}

// NewReport returns an empty report.
func NewReport() *Report {
	return &Report{ByMethod: map[string]*Counts{}, ScoreByMethod: map[string]*Bin{}, ByPredicate: map[string]*Counts{}, ClaimsByMethod: map[string]*Counts{}, ClaimStatusBy: map[string]*Counts{}}
}

func bump(m map[string]*Counts, k string, c Counts) {
	if m[k] == nil {
		m[k] = &Counts{}
	}
	m[k].Add(c)
}

// scorer scores one article.
type scorer struct {
	rep  *Report
	art  *Article
	res  *extract.Result
	text string
	// gold maps a name key to gold entity indexes.
	gold map[string][]int
	// byName maps a gold canonical name to its index.
	byName map[string]int
	// match maps a predicted entity to its gold entity, or -1.
	match []int
}

func (s *scorer) errorf(format string, args ...any) {
	s.rep.Errors = append(s.rep.Errors, s.art.Name+": "+fmt.Sprintf(format, args...))
}

// Add scores one article's extraction result.
func (r *Report) Add(art *Article, res *extract.Result) {
	s := &scorer{rep: r, art: art, res: res, text: res.Doc.Text, gold: map[string][]int{}, byName: map[string]int{}}
	r.Articles++
	for i, e := range art.Entities {
		s.byName[e.Name] = i
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := resolve.Key(n)
			if k != "" && !contains(s.gold[k], i) {
				s.gold[k] = append(s.gold[k], i)
			}
		}
	}
	s.entities()
	s.relations()
	s.claims()
	s.events()
	s.quantities()
}

func contains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// isGroup reports whether entity e is an event's unnamed group.
func isGroup(e extract.Entity) bool { return e.Class == schema.GroupClass }

// goldOf returns the gold entity a predicted entity's names point at most
// often (the canonical name first on a tie), or -1.
func (s *scorer) goldOf(e extract.Entity) int {
	votes := map[int]int{}
	for i, n := range append([]string{e.Name}, e.Aliases...) {
		for _, g := range s.gold[resolve.Key(n)] {
			votes[g] += 2
			if i == 0 {
				votes[g]++
			}
		}
	}
	best, bestN := -1, 0
	for g, n := range votes {
		if n > bestN || n == bestN && g < best {
			best, bestN = g, n
		}
	}
	return best
}

func (s *scorer) entities() {
	s.match = make([]int, len(s.res.Entities))
	found := make([]bool, len(s.art.Entities))
	for i, e := range s.res.Entities {
		s.match[i] = -1
		if isGroup(e) || e.Type == extract.Date || e.Type == extract.Quantity {
			continue
		}
		g := s.goldOf(e)
		s.match[i] = g
		if g < 0 {
			// A described event ("the attack") is scored with events.
			if e.Type != extract.EventType {
				s.rep.Entities.FP++
				s.errorf("+entity %s %q", typeOf(e.Type, e.Class), e.Name)
			}
			continue
		}
		// A second node for one gold entity is a split, not another
		// match: the graph has two where the text has one.
		if found[g] {
			s.rep.Entities.FP++
			s.errorf("+entity %s %q (a second node for %q)", typeOf(e.Type, e.Class), e.Name, s.art.Entities[g].Name)
		} else {
			s.rep.Entities.TP++
		}
		found[g] = true
		ge := s.art.Entities[g]
		coarseOK := e.Type == ge.Type || ge.Type == extract.EventType && e.Type == extract.Miscellaneous
		fine := fineClass(e.Class)
		fineOK := fine == "" || compatible(fine, ge.Class)
		if fine != "" {
			if fineOK {
				s.rep.FineTypes.TP++
			} else {
				s.rep.FineTypes.FP++
			}
		}
		if coarseOK && fineOK {
			s.rep.Types.TP++
		} else {
			s.rep.Types.FP++
			s.errorf("+type %q is %s, not %s", e.Name, typeOf(e.Type, fine), typeOf(ge.Type, ge.Class))
		}
	}
	for g, ok := range found {
		if !ok {
			s.rep.Entities.FN++
			s.errorf("-entity %s %q", typeOf(s.art.Entities[g].Type, s.art.Entities[g].Class), s.art.Entities[g].Name)
		}
	}
}

func typeOf(t, c string) string {
	if c == "" {
		return t
	}
	return t + "/" + fineClass(c)
}

// fineClass returns a class's local name; "Place" and kg's Group say no
// more than the coarse type, nor, to the gold, does MusicGroup: its
// vocabulary has no class for bands, which it writes as plain ORG.
func fineClass(c string) string {
	if i := strings.LastIndexAny(c, "#/"); i >= 0 {
		c = c[i+1:]
	}
	if c == "Place" || c == "Group" || c == "MusicGroup" {
		return ""
	}
	return c
}

// compatible reports whether a predicted fine class agrees with the gold
// one: the same, or both venues.
func compatible(pred, gold string) bool {
	if pred == gold {
		return true
	}
	venue := func(c string) bool { return c == "EventVenue" || c == "StadiumOrArena" }
	return venue(pred) && venue(gold)
}

// predName returns the local name of a predicate IRI.
func predName(iri string) string {
	if i := strings.LastIndexAny(iri, "#/"); i >= 0 {
		return iri[i+1:]
	}
	return iri
}

// vocabulary holds the local names of kg's relation predicates.
var vocabulary = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range schema.RelationProperties() {
		n := predName(p.Predicate)
		m[n] = true
		if g := goldName[n]; g != "" {
			m[g] = true
		}
	}
	return m
}()

// inverse maps a predicate to the one that states the same fact with
// subject and object swapped.
var inverse = map[string]string{"parentOrganization": "subOrganization", "subOrganization": "parentOrganization", "parent": "child", "child": "parent"}

// goldName maps kg's predicates to the gold set's name where the two
// differ (schema.org's alumniOf is the gold's educatedAt, Wikidata's P69).
var goldName = map[string]string{"alumniOf": "educatedAt"}

// symmetric holds the predicates that state the same fact either way.
var symmetric = map[string]bool{"spouse": true, "sibling": true, "colleague": true, "knows": true, "opponent": true}

// goldRelation returns the gold relation stating pred between gold
// entities a and b, or -1.
func (s *scorer) goldRelation(a, b int, pred string, used []bool) int {
	for i, r := range s.art.Relations {
		if used != nil && used[i] {
			continue
		}
		sa, ok1 := s.byName[r.Subject]
		sb, ok2 := s.byName[r.Object]
		if !ok1 || !ok2 {
			continue
		}
		if r.Predicate == pred && (sa == a && sb == b || symmetric[pred] && sa == b && sb == a) || inverse[pred] != "" && r.Predicate == inverse[pred] && sa == b && sb == a {
			return i
		}
	}
	return -1
}

func (s *scorer) relations() {
	used := make([]bool, len(s.art.Relations))
	eventish := func(e int) bool { return isGroup(s.res.Entities[e]) }
	for _, r := range s.res.Relations {
		if r.Subject < 0 || r.Object < 0 || r.Subject >= len(s.res.Entities) || r.Object >= len(s.res.Entities) {
			continue
		}
		if eventish(r.Subject) || eventish(r.Object) {
			continue
		}
		pred := predName(r.Predicate)
		if g := goldName[pred]; g != "" {
			pred = g
		}
		a, b := s.match[r.Subject], s.match[r.Object]
		name := func(e int) string { return s.res.Entities[e].Name }
		if !vocabulary[pred] {
			// An open relation.
			ok := a >= 0 && b >= 0 && (s.goldOpen(a, b) || s.anyRelation(a, b))
			if ok {
				s.rep.Open.TP++
			} else {
				s.rep.Open.FP++
				s.errorf("+open %q %s %q (%s)", name(r.Subject), pred, name(r.Object), s.evidence(r))
			}
			continue
		}
		g := -1
		if a >= 0 && b >= 0 {
			g = s.goldRelation(a, b, pred, nil)
		}
		c := Counts{TP: 1}
		if g < 0 {
			c = Counts{FP: 1}
			s.errorf("+relation %q %s %q by %s (%s)", name(r.Subject), pred, name(r.Object), r.Method, s.evidence(r))
		} else {
			used[g] = true
		}
		s.rep.Relations.Add(c)
		bin := &s.rep.Calibration[binOf(r.Score)]
		bin.N++
		bin.Right += c.TP
		bin.Sum += r.Score
		bin.SqErr += sqErr(r.Score, c.TP == 1)
		mb := s.rep.ScoreByMethod[r.Method]
		if mb == nil {
			mb = &Bin{}
			s.rep.ScoreByMethod[r.Method] = mb
		}
		mb.N++
		mb.Right += c.TP
		mb.Sum += r.Score
		mb.SqErr += sqErr(r.Score, c.TP == 1)
		bump(s.rep.ByMethod, r.Method, c)
		bump(s.rep.ByPredicate, pred, c)
	}
	s.titles(used)
	for i, r := range s.art.Relations {
		if used[i] || r.Predicate == "jobTitle" {
			continue
		}
		s.rep.Relations.FN++
		bump(s.rep.ByPredicate, r.Predicate, Counts{FN: 1})
		s.errorf("-relation %q %s %q (%s)", r.Subject, r.Predicate, r.Object, r.Evidence)
	}
}

// titles scores the jobTitle attributes of people: right when the gold
// set gives that person a title one of whose words is the predicted
// title's last word.
func (s *scorer) titles(used []bool) {
	for e, ent := range s.res.Entities {
		for _, t := range ent.Attributes[schema.JobTitle] {
			g := s.match[e]
			hit := -1
			for i, r := range s.art.Relations {
				if r.Predicate != "jobTitle" || used[i] || g < 0 || s.byName[r.Subject] != g {
					continue
				}
				if sameTitle(t, r.Object) {
					hit = i
					break
				}
			}
			c := Counts{TP: 1}
			if hit < 0 {
				c = Counts{FP: 1}
				s.errorf("+relation %q jobTitle %q", ent.Name, t)
			} else {
				used[hit] = true
			}
			s.rep.Relations.Add(c)
			bump(s.rep.ByMethod, "title-attribute", c)
			bump(s.rep.ByPredicate, "jobTitle", c)
		}
	}
	for i, r := range s.art.Relations {
		if r.Predicate == "jobTitle" && !used[i] {
			used[i] = true
			s.rep.Relations.FN++
			bump(s.rep.ByPredicate, "jobTitle", Counts{FN: 1})
			s.errorf("-relation %q jobTitle %q", r.Subject, r.Object)
		}
	}
}

// sameTitle reports whether a predicted title names the gold one: the
// head (last word) of one is a word of the other.
func sameTitle(pred, gold string) bool {
	p, g := strings.Fields(strings.ToLower(pred)), strings.Fields(strings.ToLower(gold))
	if len(p) == 0 || len(g) == 0 {
		return false
	}
	// A word matches in either number: "sprinter" names "sprinters".
	has := func(ws []string, w string) bool {
		w = strings.Trim(w, ".,")
		for _, x := range ws {
			x = strings.Trim(x, ".,")
			if x == w || x == w+"s" || w == x+"s" || x == w+"es" || w == x+"es" {
				return true
			}
		}
		return false
	}
	return has(g, p[len(p)-1]) || has(p, g[len(g)-1])
}

func (s *scorer) goldOpen(a, b int) bool {
	for _, r := range s.art.Open {
		sa, ok1 := s.byName[r.Subject]
		sb, ok2 := s.byName[r.Object]
		if ok1 && ok2 && sa == a && sb == b {
			return true
		}
	}
	return false
}

func (s *scorer) anyRelation(a, b int) bool {
	for _, r := range s.art.Relations {
		sa, ok1 := s.byName[r.Subject]
		sb, ok2 := s.byName[r.Object]
		if ok1 && ok2 && sa == a && sb == b {
			return true
		}
	}
	return false
}

func (s *scorer) evidence(r extract.Relation) string {
	if r.Start >= 0 && r.End <= len(s.text) && r.Start < r.End {
		return s.text[r.Start:r.End]
	}
	return ""
}

// occurrences returns the spans where sub occurs in the text.
func (s *scorer) occurrences(sub string) []extract.Span {
	var out []extract.Span
	if sub == "" {
		return nil
	}
	for at := 0; ; {
		i := strings.Index(s.text[at:], sub)
		if i < 0 {
			return out
		}
		out = append(out, extract.Span{Start: at + i, End: at + i + len(sub)})
		at += i + 1
	}
}

func overlap(a, b extract.Span) int {
	return max(0, min(a.End, b.End)-max(a.Start, b.Start))
}

// pair is a candidate match of a prediction and a gold item.

func (s *scorer) claims() {
	var ps []match.Pair
	for ci, c := range s.res.Claims {
		cs := extract.Span{Start: c.Start, End: c.End}
		for gi, g := range s.art.Claims {
			for _, o := range s.occurrences(g.Content) {
				if ov := overlap(cs, o); ov > 0 && 2*ov >= min(cs.Len(), o.Len()) {
					// Of equal overlaps, the gold claim of the same
					// speaker: "Acme and Vell Power said A" is two
					// claims of one content.
					sc := 2 * ov
					if gn, named := s.byName[g.Speaker]; named && c.Speaker >= 0 && c.Speaker < len(s.match) && s.match[c.Speaker] == gn {
						sc++
					}
					ps = append(ps, match.Pair{Pred: ci, Gold: gi, Score: sc})
				}
			}
		}
	}
	predOf, goldOf := match.OneToOne(ps, len(s.res.Claims), len(s.art.Claims))
	for ci, c := range s.res.Claims {
		cue := c.Method
		content := s.text[c.Start:c.End]
		g := goldOf[ci]
		if g < 0 {
			s.rep.Claims.FP++
			s.rep.ClaimsRight.FP++
			bump(s.rep.ClaimsByMethod, cue, Counts{FP: 1})
			s.errorf("+claim %s %q: %q", s.entityName(c.Speaker), c.Verb, clip(content))
			continue
		}
		s.rep.Claims.TP++
		gc := s.art.Claims[g]
		if st := c.Status; st != "" {
			if st == gc.Status {
				s.rep.ClaimStatus.TP++
				bump(s.rep.ClaimStatusBy, gc.Status, Counts{TP: 1})
			} else {
				s.rep.ClaimStatus.FP++
				bump(s.rep.ClaimStatusBy, gc.Status, Counts{FP: 1})
				s.errorf("+status %s, not %s: %q", st, gc.Status, clip(content))
			}
		}
		right := true
		if gi, named := s.byName[gc.Speaker]; named {
			if c.Speaker >= 0 && c.Speaker < len(s.match) && s.match[c.Speaker] == gi {
				s.rep.ClaimSpeakers.TP++
			} else {
				s.rep.ClaimSpeakers.FP++
				right = false
				s.errorf("+speaker %s, not %s: %q", s.entityName(c.Speaker), gc.Speaker, clip(content))
			}
		} else if src := s.sourceText(c); src != "" && unnamedGold(gc.Speaker) {
			if unnamedSpeaker(gc.Speaker, src) {
				s.rep.ClaimSpeakers.TP++
			} else {
				s.rep.ClaimSpeakers.FP++
				right = false
				s.errorf("+speaker [%s], not %s: %q", src, gc.Speaker, clip(content))
			}
		}
		if right {
			s.rep.ClaimsRight.TP++
			bump(s.rep.ClaimsByMethod, cue, Counts{TP: 1})
		} else {
			s.rep.ClaimsRight.FP++
			bump(s.rep.ClaimsByMethod, cue, Counts{FP: 1})
		}
	}
	for gi, p := range predOf {
		if p < 0 {
			s.rep.Claims.FN++
			s.rep.ClaimsRight.FN++
			g := s.art.Claims[gi]
			s.errorf("-claim %s %q: %q", g.Speaker, g.Cue, clip(g.Content))
		}
	}
}

// sourceText returns the words of claim c's unnamed speaker, or "".
func (s *scorer) sourceText(c extract.Claim) string {
	if c.Speaker >= 0 || c.Source.Start < 0 || c.Source.End > len(s.text) || c.Source.Start >= c.Source.End {
		return ""
	}
	return strings.Join(strings.Fields(s.text[c.Source.Start:c.Source.End]), " ")
}

// unnamedGold reports whether a gold speaker is an unnamed one with its
// words, in brackets ("[officials]"); "[unnamed]" gives none.
func unnamedGold(speaker string) bool {
	return strings.HasPrefix(speaker, "[") && strings.HasSuffix(speaker, "]") && speaker != "[unnamed]"
}

// unnamedSpeaker reports whether kg's words for an unnamed speaker (a
// claim's Source, "the spokeswoman") are the gold's unnamed speaker ("[a
// spokeswoman]"): they share a word other than a determiner, a
// possessive or a preposition, in any case.
func unnamedSpeaker(gold, words string) bool {
	g := contentWords(strings.Trim(gold, "[]"))
	for w := range contentWords(words) {
		if g[w] {
			return true
		}
	}
	return false
}

// contentWords returns the lower-case words of s (letters and digits)
// but determiners, possessives and prepositions.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		switch w {
		case "a", "an", "the", "s", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
			"of", "for", "in", "at", "on", "from", "with", "by", "to", "and", "some", "one", "many", "several":
			continue
		}
		out[w] = true
	}
	return out
}

func (s *scorer) entityName(e int) string {
	if e < 0 || e >= len(s.res.Entities) {
		return "-"
	}
	return strconv.Quote(s.res.Entities[e].Name)
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 70 {
		return s[:67] + "..."
	}
	return s
}

// eventNames returns the words naming gold event g: its trigger, and
// for a named event the other names the gold gives its entity ("the
// Ostmark Olympics", also "the Ostmark Games").
func (s *scorer) eventNames(g Event) []string {
	names := []string{g.Trigger}
	name := strings.TrimPrefix(g.Trigger, "the ")
	for _, e := range s.art.Entities {
		if e.Type == extract.EventType && e.Name == name {
			names = append(names, e.Aliases...)
		}
	}
	return names
}

func (s *scorer) events() {
	ps := append(s.eventNamePairs(), s.eventFigurePairs()...)
	predOf, goldOf := match.OneToOne(ps, len(s.res.Events), len(s.art.Events))
	for ei, ev := range s.res.Events {
		name := "?"
		if ev.Entity >= 0 && ev.Entity < len(s.res.Entities) {
			name = s.res.Entities[ev.Entity].Name
		}
		g := goldOf[ei]
		if g < 0 {
			s.rep.Events.FP++
			s.rep.EventsRight.FP++
			s.errorf("+event %q", name)
			continue
		}
		s.rep.Events.TP++
		ge := s.art.Events[g]
		placeOK := s.eventPlace(name, ev, ge)
		if s.eventDate(name, ev, ge) && placeOK {
			s.rep.EventsRight.TP++
		} else {
			s.rep.EventsRight.FP++
		}
	}
	for gi, p := range predOf {
		if p < 0 {
			s.rep.Events.FN++
			s.rep.EventsRight.FN++
			g := s.art.Events[gi]
			s.errorf("-event %s %q", g.Kind, g.Trigger)
		}
	}
}

// eventNamePairs pairs each event with the gold events whose names its
// entity's mentions overlap. Each gold event's names are found in the
// text once, not once a mention.
func (s *scorer) eventNamePairs() []match.Pair {
	if len(s.res.Events) == 0 {
		return nil
	}
	names := make([][]extract.Span, len(s.art.Events))
	for gi, g := range s.art.Events {
		names[gi] = s.textSpans(s.eventNames(g))
	}
	var ps []match.Pair
	for ei, ev := range s.res.Events {
		if ev.Entity < 0 || ev.Entity >= len(s.res.Entities) {
			continue
		}
		for _, mi := range s.res.Entities[ev.Entity].Mentions {
			m := s.res.Mentions[mi]
			ms := extract.Span{Start: m.Start, End: m.End}
			for gi := range s.art.Events {
				ps = overlapPairs(ps, ei, gi, ms, names[gi])
			}
		}
	}
	return ps
}

// eventFigurePairs pairs an event told by a verb ("crashed, killing 32")
// with the gold events by its figures: the counts are the incident's.
// Each gold event's counts are found in the text once, not once a figure.
func (s *scorer) eventFigurePairs() []match.Pair {
	if len(s.res.Events) == 0 {
		return nil
	}
	counts := make([][]extract.Span, len(s.art.Events))
	for gi, g := range s.art.Events {
		counts[gi] = s.textSpans(g.Roles["killed"], g.Roles["injured"])
	}
	var ps []match.Pair
	for ei, ev := range s.res.Events {
		for _, f := range ev.Figures {
			if f.Mention < 0 || f.Mention >= len(s.res.Mentions) {
				continue
			}
			m := s.res.Mentions[f.Mention]
			ms := extract.Span{Start: m.Start, End: m.End}
			for gi := range s.art.Events {
				ps = overlapPairs(ps, ei, gi, ms, counts[gi])
			}
		}
	}
	return ps
}

// textSpans returns the occurrences in the text of each string of the
// lists, in their order.
func (s *scorer) textSpans(lists ...[]string) []extract.Span {
	var spans []extract.Span
	for _, texts := range lists {
		for _, t := range texts {
			spans = append(spans, s.occurrences(t)...)
		}
	}
	return spans
}

// overlapPairs appends a pair of event ei and gold event gi for each
// span of spans that span ms overlaps, scored by the overlap.
func overlapPairs(ps []match.Pair, ei, gi int, ms extract.Span, spans []extract.Span) []match.Pair {
	for _, o := range spans {
		if ov := overlap(ms, o); ov > 0 {
			ps = append(ps, match.Pair{Pred: ei, Gold: gi, Score: ov})
		}
	}
	return ps
}

// eventPlace scores the place of event ev (named name) matched to gold
// event ge: right when it is the gold place, wrong when another. It
// reports false for a wrong place.
func (s *scorer) eventPlace(name string, ev extract.Event, ge Event) bool {
	switch {
	case ev.Place >= 0 && ev.Place < len(s.match):
		if gp, ok := s.byName[ge.Place]; ok && s.match[ev.Place] == gp {
			s.rep.EventPlaces.TP++
			return true
		}
		s.rep.EventPlaces.FP++
		s.errorf("+event place %q: %s, not %q", name, s.entityName(ev.Place), ge.Place)
		return false
	case ge.Place != "":
		s.rep.EventPlaces.FN++
	}
	return true
}

// eventDate scores the date of event ev when the gold date is a calendar
// value; it reports false for a wrong date.
func (s *scorer) eventDate(name string, ev extract.Event, ge Event) bool {
	if !iso(ge.Date) {
		return true
	}
	switch {
	case ev.Date == "":
		s.rep.EventDates.FN++
	case strings.HasPrefix(ev.Date, ge.Date) || strings.HasPrefix(ge.Date, ev.Date):
		s.rep.EventDates.TP++
	default:
		s.rep.EventDates.FP++
		s.errorf("+event date %q: %s, not %s", name, ev.Date, ge.Date)
		return false
	}
	return true
}

// iso reports whether a gold date is a calendar value (2005, 2005-02,
// 2005-02-14).
func iso(d string) bool {
	if len(d) < 4 || len(d) > 4 && d[4] != '-' {
		return false
	}
	for _, r := range d[:4] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func (s *scorer) quantities() {
	var preds []int
	for mi, m := range s.res.Mentions {
		if m.Type != extract.Quantity {
			continue
		}
		low := strings.ToLower(m.Text)
		if m.Class == "MonetaryAmount" || strings.HasSuffix(low, "%") || strings.HasSuffix(low, "percent") || strings.HasSuffix(low, "per cent") {
			preds = append(preds, mi)
		}
	}
	var ps []match.Pair
	for pi, mi := range preds {
		m := s.res.Mentions[mi]
		ms := extract.Span{Start: m.Start, End: m.End}
		v, err := strconv.ParseFloat(m.Value, 64)
		for gi, g := range s.art.Quantities {
			if err != nil || math.Abs(v-g.Value) > 0.005*math.Max(1, math.Abs(g.Value)) {
				continue
			}
			for _, o := range s.occurrences(g.Text) {
				if ov := overlap(ms, o); ov > 0 {
					ps = append(ps, match.Pair{Pred: pi, Gold: gi, Score: ov})
				}
			}
		}
	}
	predOf, goldOf := match.OneToOne(ps, len(preds), len(s.art.Quantities))
	for pi, mi := range preds {
		m := s.res.Mentions[mi]
		if goldOf[pi] < 0 {
			s.rep.Quantities.FP++
			s.errorf("+quantity %q = %s", m.Text, m.Value)
			continue
		}
		s.rep.Quantities.TP++
		if g := s.art.Quantities[goldOf[pi]]; strings.EqualFold(m.Unit, g.Unit) {
			s.rep.Units.TP++
		} else {
			s.rep.Units.FP++
			s.errorf("+unit %q: %q, not %q", m.Text, m.Unit, g.Unit)
		}
	}
	for gi, p := range predOf {
		if p < 0 {
			g := s.art.Quantities[gi]
			// Only money and percentages are scored for recall.
			if g.Unit == "percent" || len(g.Unit) == 3 && strings.ToUpper(g.Unit) == g.Unit {
				s.rep.Quantities.FN++
				s.errorf("-quantity %q = %g %s", g.Text, g.Value, g.Unit)
			}
		}
	}
}

// RuleRelations sums the relations of every construction: all but the
// classifier's.
func (r *Report) RuleRelations() Counts {
	var c Counts
	for m, x := range r.ByMethod {
		if m != "classifier" {
			c.Add(*x)
		}
	}
	return c
}

// Write prints the report: one line per measure with precision, recall,
// F1 and counts, then relations by construction and predicate and claims
// by cue.
func (r *Report) Write(w io.Writer) error {
	ew := &stickyerr.Writer{W: w}
	fmt.Fprintf(ew, "%d articles\n", r.Articles)
	fmt.Fprintf(ew, "%-28s %9s %9s %9s %6s %6s %6s\n", "", "precision", "recall", "F1", "tp", "fp", "fn")
	line := func(name string, c Counts) {
		fmt.Fprintf(ew, "%-28s %9.3f %9.3f %9.3f %6d %6d %6d\n", name, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
	}
	// A share has no recall: it counts right and wrong among matches.
	share := func(name string, c Counts) {
		fmt.Fprintf(ew, "%-28s %9.3f %9s %9s %6d %6d %6s\n", name, c.Precision(), "-", "-", c.TP, c.FP, "-")
	}
	line("entities", r.Entities)
	share("entity types", r.Types)
	share("fine classes", r.FineTypes)
	line("relations", r.Relations)
	share("relations from rules", r.RuleRelations())
	share("open relations", r.Open)
	line("claims (content)", r.Claims)
	share("claim speakers", r.ClaimSpeakers)
	line("claims (content, speaker)", r.ClaimsRight)
	share("claim status", r.ClaimStatus)
	line("events", r.Events)
	line("event places", r.EventPlaces)
	line("event dates", r.EventDates)
	line("events (place, date)", r.EventsRight)
	line("quantities", r.Quantities)
	share("quantity units", r.Units)
	section := func(title string, m map[string]*Counts, row func(string, Counts)) {
		if len(m) == 0 {
			return
		}
		fmt.Fprintf(ew, "\n%s\n", title)
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			row("  "+k, *m[k])
		}
	}
	section("relations by construction or model", r.ByMethod, share)
	section("relations by predicate", r.ByPredicate, line)
	// The calibration table: a calibrated score's mean matches the share
	// right in each bin.
	fmt.Fprintf(ew, "\n%-28s %9s %9s %9s %6s %6s\n", "relations by kg:score", "right", "mean", "", "right", "wrong")
	for i, b := range r.Calibration {
		hi, closer := 1.0, ")"
		if i+1 < len(ScoreBins) {
			hi = ScoreBins[i+1]
		} else {
			closer = "]"
		}
		mean := 0.0
		if b.N > 0 {
			mean = b.Sum / float64(b.N)
		}
		fmt.Fprintf(ew, "  %-26s %9.3f %9.3f %9s %6d %6d\n", fmt.Sprintf("[%.2f, %.2f%s", ScoreBins[i], hi, closer), ratio(b.Right, b.N), mean, "", b.Right, b.N-b.Right)
	}
	if brier, n := Brier(r.Calibration[:]); n > 0 {
		fmt.Fprintf(ew, "  %-26s %9.3f %9s %9s %6d\n", "Brier score (mean sq. err.)", brier, "", "", n)
	}
	methods := make([]string, 0, len(r.ScoreByMethod))
	for k := range r.ScoreByMethod {
		methods = append(methods, k)
	}
	sort.Strings(methods)
	fmt.Fprintf(ew, "\n%-28s %9s %9s %9s %6s %6s\n", "kg:score by construction", "right", "mean", "", "right", "wrong")
	for _, k := range methods {
		b := r.ScoreByMethod[k]
		fmt.Fprintf(ew, "  %-26s %9.3f %9.3f %9s %6d %6d\n", k, ratio(b.Right, b.N), b.Sum/float64(b.N), "", b.Right, b.N-b.Right)
	}
	section("claims by construction", r.ClaimsByMethod, share)
	section("claim status by the gold status", r.ClaimStatusBy, share)
	return ew.Err
}

// WriteErrors prints the errors, one a line.
func (r *Report) WriteErrors(w io.Writer) error { return stickyerr.WriteLines(w, r.Errors) }
