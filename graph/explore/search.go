package explore

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/internal/entindex"
	"github.com/kg-project/kg/graph/internal/vocab"
)

// DefaultSearchLimit is the number of hits Search returns when
// SearchOptions.Limit is 0.
const DefaultSearchLimit = 10

// MaxSearchWords is the most words Search accepts: every word must match a
// word of one name, and no name has that many, while each word costs a
// pass over the index's words of about its length.
const MaxSearchWords = 32

// SearchOptions configures Search. A nil *SearchOptions, and zero fields,
// mean DefaultSearchLimit hits of any class.
type SearchOptions struct {
	// Limit is the largest number of hits; 0 means DefaultSearchLimit.
	Limit int
	// Classes, when not empty, keeps only entities with one of these
	// rdf:type classes (full IRIs).
	Classes []string
	// Mentioned keeps only entities that documents mention (extracted
	// ones), leaving out nodes named only by imported datasets.
	Mentioned bool
}

// SearchHit is an entity found by Search.
type SearchHit struct {
	// IRI is the entity.
	IRI quad.IRI `json:"iri"`
	// Name is its display name: its schema:name, else its rdfs:label, else
	// the name that matched.
	Name string `json:"name"`
	// Matched is the name or alias that matched the query.
	Matched string `json:"matched"`
	// Classes are its rdf:type classes, sorted: an empty list, never nil,
	// for a node that has none (a dataset's node often has none), so that
	// its JSON always has a list.
	Classes []string `json:"classes"`
	// Documents is the number of documents that mention it.
	Documents int `json:"documents"`
	// Score orders the hits: higher is better. It is 1 for an exact match
	// of a whole name of an entity the documents mention; each rank of
	// hits (see Search) has a band of its own, above 0.75, 0.5, 0.25 and
	// 0, and within it prefixes, typos and partial names score less.
	Score float64 `json:"score"`
}

// Search finds entities by name or alias. Every word of text must match a
// word of one name of the entity: exactly, in another inflected form
// (plural or possessive: "tory" finds "Tories"), as a prefix ("rabi"
// finds "Rabie"), or with a typo (one edit in words of 4 to 7 letters, two
// from 8 letters: "Egpyt", "Mediterranaen"). Case, diacritics and
// punctuation are ignored.
//
// Hits come in four ranks: first those whose every word matched exactly
// or as an inflected form, then the others; within each, first the
// entities the documents mention, then the nodes only datasets name. So
// "ban" finds the Ban Ki-moon of the articles before a dataset's Ban
// Houayxay or Bandai. Within a rank, hits are ordered by how well they
// match (how much of the name the words cover; prefixes and typos less
// than whole words), then by the number of documents that mention them.
// A text of more than MaxSearchWords words is an error; Search stops,
// with the context's error, when ctx is done.
//
// The index behind it is derived from the store's name quads (schema:name,
// schema:alternateName, rdfs:label, skos:altLabel) and kept up to date by
// every write through the Store; the first search in a process may load
// or, if it is missing or stale, build it (one pass over the quads).
func Search(ctx context.Context, s *graph.Store, text string, opts *SearchOptions) ([]SearchHit, error) {
	ctx, unlock := s.ReadLock(ctx)
	defer unlock()
	var o SearchOptions
	if opts != nil {
		o = *opts
	}
	if o.Limit <= 0 {
		o.Limit = DefaultSearchLimit
	}
	x, err := s.EntityIndex(ctx)
	if err != nil {
		return nil, err
	}
	qt := vocab.NameTokens(text)
	if len(qt) == 0 {
		return nil, nil
	}
	if len(qt) > MaxSearchWords {
		return nil, fmt.Errorf("explore: search: %d words; at most %d are searched", len(qt), MaxSearchWords)
	}
	x.Mu.Lock()
	x.Prepare()
	x.Mu.Unlock()
	x.Mu.RLock()
	defer x.Mu.RUnlock()
	return search(x, ctx, qt, &o)
}

// searchRanks is the number of ranks of hits (see Search); each has a
// band of 1/searchRanks of the score.
const searchRanks = 4

// maxPostings bounds the work a very short prefix can cause.
const maxPostings = 200_000

type tokenMatch struct {
	tok     string
	quality float64
	exact   bool // the word itself or an inflected form of it
}

// Qualities of a word match, before the cover of the name and the rank.
const (
	exactQuality     = 1    // the same word
	inflectedQuality = 0.95 // "tory" for "Tories"
)

// candidates returns the index tokens that match query token q.
func candidates(x *entindex.Index, q string, last bool) []tokenMatch {
	var out []tokenMatch
	exact := false
	if _, ok := x.Post[q]; ok {
		out = append(out, tokenMatch{q, exactQuality, true})
		exact = true
	}
	// Other inflected forms: the query word's uninflected one, and the
	// words whose uninflected form is the query word's.
	k := vocab.InflectionKey(q)
	if _, ok := x.Post[k]; ok && k != q {
		out = append(out, tokenMatch{k, inflectedQuality, true})
	}
	for _, t := range x.Forms[k] {
		if t != q {
			out = append(out, tokenMatch{t, inflectedQuality, true})
		}
	}
	// Prefixes: any word for the last query word (the one being typed);
	// earlier words from 3 letters on.
	qn := len([]rune(q))
	if last || qn >= 3 {
		i := sort.SearchStrings(x.Sorted, q)
		n := 0
		for ; i < len(x.Sorted) && strings.HasPrefix(x.Sorted[i], q); i++ {
			t := x.Sorted[i]
			if t == q {
				continue
			}
			tn := len([]rune(t))
			out = append(out, tokenMatch{t, 0.55 + 0.3*float64(qn)/float64(tn), false})
			n++
			if n > 5000 {
				break
			}
		}
	}
	if exact || qn < 4 {
		return out
	}
	maxD := 1
	if qn >= 8 {
		maxD = 2
	}
	qr := []rune(q)
	var scratch distScratch
	for l := qn - maxD; l <= qn+maxD; l++ {
		toks, runes := x.ByLen[l], x.RunesByLen[l]
		for i, t := range runes {
			if !letterBagClose(qr, t, maxD) {
				continue
			}
			d := scratch.distance(qr, t, maxD)
			if d > 0 && d <= maxD {
				out = append(out, tokenMatch{toks[i], 0.75 - 0.15*float64(d-1), false})
			}
		}
	}
	return out
}

// wordsMatch is what search knows of one index entry after some query
// words: the summed quality of their matches, how many matched, and how
// many of those matched exactly or as an inflected form.
type wordsMatch struct {
	q     float64
	n     int
	exact int
}

func search(x *entindex.Index, ctx context.Context, qt []string, o *SearchOptions) ([]SearchHit, error) {
	got, err := matchWords(x, ctx, qt)
	if err != nil {
		return nil, err
	}
	best := map[int32]SearchHit{}
	for e, a := range got {
		if a.n != len(qt) {
			continue
		}
		en := x.Entries[e]
		if en.Dead {
			continue
		}
		rec := x.Ents[en.Ent]
		if (o.Mentioned && rec.Docs == 0) || !classAllowed(rec.Classes, o.Classes) || vocab.IsDocumentPart(rec.IRI) {
			continue
		}
		score := hitScore(a, len(qt), &en, rec.Docs)
		h, seen := best[en.Ent]
		if seen && h.Score >= score {
			continue
		}
		best[en.Ent] = SearchHit{IRI: quad.IRI(rec.IRI), Matched: en.Text, Score: score}
	}
	return rankHits(x, best, o.Limit), nil
}

// matchWords finds the index entries that match every query word so far,
// word by word, keeping for each the best match of each word.
func matchWords(x *entindex.Index, ctx context.Context, qt []string) (map[int32]*wordsMatch, error) {
	got := map[int32]*wordsMatch{}
	for i, q := range qt {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("explore: search: %w", err)
		}
		if i > 0 && len(got) == 0 {
			break // no entity matched the words so far
		}
		best := bestMatches(x, q, i == len(qt)-1)
		if i == 0 {
			for e, m := range best {
				got[e] = &wordsMatch{q: m.quality, n: 1, exact: exactCount(m)}
			}
			continue
		}
		for e, a := range got {
			if m, ok := best[e]; ok && a.n == i {
				a.q += m.quality
				a.n++
				a.exact += exactCount(m)
			} else {
				delete(got, e)
			}
		}
	}
	return got, nil
}

// bestMatches gives, per index entry, the best of the index words that match
// query word q (last: q is the query's last word, which may be a prefix).
func bestMatches(x *entindex.Index, q string, last bool) map[int32]tokenMatch {
	best := map[int32]tokenMatch{}
	work := 0
	for _, c := range candidates(x, q, last) {
		for _, e := range x.Post[c.tok] {
			if c.quality > best[e].quality {
				best[e] = c
			}
		}
		work += len(x.Post[c.tok])
		if work > maxPostings {
			break
		}
	}
	return best
}

// exactCount is 1 for a match of the word itself or an inflected form, else 0.
func exactCount(m tokenMatch) int {
	if m.exact {
		return 1
	}
	return 0
}

// classAllowed reports whether an entity of classes cs may be a hit: none of
// them structural, and one of want when want is not empty.
func classAllowed(cs, want []string) bool {
	for _, c := range cs {
		if vocab.StructuralClasses[c] {
			return false
		}
	}
	if len(want) == 0 {
		return true
	}
	for _, w := range want {
		for _, c := range cs {
			if c == w {
				return true
			}
		}
	}
	return false
}

// hitScore is the score of entry en matched by all nq query words: the
// quality of the words, times how much of the name they cover, and a little
// for prominence (docs documents), in the band of the hit's rank.
func hitScore(a *wordsMatch, nq int, en *entindex.Name, docs int32) float64 {
	cover := float64(nq) / float64(max(len(en.Toks), nq))
	quality := a.q / float64(nq) * (0.6 + 0.4*cover)
	if en.Kind == vocab.KindAltName || en.Kind == vocab.KindAltLabel {
		quality *= 0.95
	}
	quality = min(quality+0.02*math.Log1p(float64(docs)), 1)
	rank := 0
	if a.exact == nq {
		rank += 2
	}
	if docs > 0 {
		rank++
	}
	return (float64(rank) + quality) / searchRanks
}

// rankHits fills in the hits' names, classes and documents, sorts them by
// score, documents and IRI, and keeps the first limit.
func rankHits(x *entindex.Index, best map[int32]SearchHit, limit int) []SearchHit {
	hits := make([]SearchHit, 0, len(best))
	for id, h := range best {
		rec := x.Ents[id]
		h.Name = x.DisplayName(id, h.Matched)
		h.Classes = append([]string{}, rec.Classes...)
		h.Documents = int(rec.Docs)
		h.Score = math.Round(h.Score*1000) / 1000
		hits = append(hits, h)
	}
	sort.Slice(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.Documents != b.Documents {
			return a.Documents > b.Documents
		}
		return a.IRI < b.IRI
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

// letterBagClose is a cheap filter before editDistance: one edit changes
// the multiset of letters by at most two (a substitution removes one and
// adds one), so strings whose letter counts differ by more than 2*max
// cannot be within max edits. It looks at the first letters of the Latin
// alphabet only and lets everything else through.
func letterBagClose(a, b []rune, maxD int) bool {
	var bag [26]int8
	for _, r := range a {
		if r >= 'a' && r <= 'z' {
			bag[r-'a']++
		}
	}
	for _, r := range b {
		if r >= 'a' && r <= 'z' {
			bag[r-'a']--
		}
	}
	diff := 0
	for _, c := range bag {
		if c < 0 {
			diff -= int(c)
		} else {
			diff += int(c)
		}
	}
	return diff <= 2*maxD
}

// distScratch holds the rows of editDistance between calls.
type distScratch struct{ rows [3][]int }

func (sc *distScratch) distance(a, b []rune, maxD int) int {
	if d := len(a) - len(b); d > maxD || -d > maxD {
		return maxD + 1
	}
	for i := range sc.rows {
		if cap(sc.rows[i]) < len(b)+1 {
			sc.rows[i] = make([]int, len(b)+1)
		}
		sc.rows[i] = sc.rows[i][:len(b)+1]
	}
	return editDistanceRows(a, b, maxD, sc.rows[0], sc.rows[1], sc.rows[2])
}

// editDistance returns the optimal string alignment distance between a and
// b (insertions, deletions, substitutions and transpositions of adjacent
// letters), or max+1 when it is larger than max.
func editDistance(a, b []rune, maxD int) int {
	var sc distScratch
	return sc.distance(a, b, maxD)
}

func editDistanceRows(a, b []rune, maxD int, prev2, prev, cur []int) int {
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > maxD {
			return maxD + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], maxD+1)
}

// Names returns the display name of each node that has one in the entity
// index (schema:name, else rdfs:label, else an alias); nodes without are
// left out of the map.
func Names(ctx context.Context, s *graph.Store, nodes []quad.Value) (map[quad.Value]string, error) {
	ctx, unlock := s.ReadLock(ctx)
	defer unlock()
	x, err := s.EntityIndex(ctx)
	if err != nil {
		return nil, err
	}
	x.Mu.RLock()
	defer x.Mu.RUnlock()
	out := make(map[quad.Value]string, len(nodes))
	for _, n := range nodes {
		iri, ok := n.(quad.IRI)
		if !ok {
			continue
		}
		if id, ok := x.ByIRI[string(iri)]; ok {
			if name := x.DisplayName(id, ""); name != "" {
				out[n] = name
			}
		}
	}
	return out, nil
}

// MostMentioned returns the entities the most documents mention, most
// first (ties by name, then IRI), at most limit of them (0 means
// DefaultSearchLimit): what a user new to the store might look up first.
// Each hit's Matched is its name and its Score 0; nodes no document
// mentions (a dataset's) are left out, so a store without documents
// gives none. It is Top by documents, as search hits.
func MostMentioned(ctx context.Context, s *graph.Store, limit int) ([]SearchHit, error) {
	top, err := Top(ctx, s, &TopOptions{Limit: limit})
	if err != nil {
		return nil, err
	}
	hits := make([]SearchHit, len(top))
	for i, r := range top {
		hits[i] = SearchHit{IRI: r.IRI, Name: r.Name, Matched: r.Name, Classes: r.Classes, Documents: r.Documents}
	}
	return hits, nil
}

// Resolve turns what a user typed into a node: a full IRI (with or without
// angle brackets), a prefixed one ("wd:Q863", see schema.Prefixes), or a
// name, which must match an entity's name or alias exactly (case and
// punctuation aside); among several such the one most documents mention
// wins, then the best search hit.
func Resolve(ctx context.Context, s *graph.Store, ref string) (quad.IRI, error) {
	ctx, unlock := s.ReadLock(ctx)
	defer unlock()
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return "", fmt.Errorf("explore: resolve: empty entity")
	}
	if iri, ok := vocab.ParseIRIRef(ref); ok {
		return iri, nil
	}
	hits, err := Search(ctx, s, ref, &SearchOptions{Limit: 50})
	if err != nil {
		return "", err
	}
	key := vocab.NameKey(ref)
	var exact []SearchHit
	for _, h := range hits {
		if vocab.NameKey(h.Matched) == key {
			exact = append(exact, h)
		}
	}
	if len(exact) > 0 {
		sort.SliceStable(exact, func(i, j int) bool { return exact[i].Documents > exact[j].Documents })
		return exact[0].IRI, nil
	}
	if len(hits) > 0 {
		return hits[0].IRI, nil
	}
	return "", fmt.Errorf("explore: no entity named %q", ref)
}
