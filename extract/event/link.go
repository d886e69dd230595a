package event

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/annotate"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/schema"
)

// Linker is the pipeline stage, run after relations are found, that adds
// to each event the people and organisations related to it by a relation
// the document asserts ("X claimed responsibility for the attack"), and
// the unnamed groups of people whose origin the document gives ("the
// attackers, who were all from X"; see groups), and gives an attack the
// venue the document says was attacked. It is safe for concurrent use.
type Linker struct{}

// NewLinker returns a Linker.
func NewLinker() *Linker { return &Linker{} }

// Process adds participants to res.Events from res.Relations. Relations
// reported inside a claim do not count: "X said Y carried out the attack"
// is X's claim, not the document's.
func (l *Linker) Process(res *extract.Result) error {
	evOf := map[int]int{}
	for i, ev := range res.Events {
		evOf[ev.Entity] = i
	}
	agent := func(e int) bool {
		if e < 0 || e >= len(res.Entities) {
			return false
		}
		t := res.Entities[e].Type
		return t == extract.Person || t == extract.Organization
	}
	changed := map[int]bool{}
	for _, r := range res.Relations {
		if r.Claim >= 0 {
			continue
		}
		if i, ok := evOf[r.Object]; ok && agent(r.Subject) {
			res.Events[i].Participants = appendOnce(res.Events[i].Participants, r.Subject)
			changed[i] = true
		}
		if i, ok := evOf[r.Subject]; ok && agent(r.Object) {
			res.Events[i].Participants = appendOnce(res.Events[i].Participants, r.Object)
			changed[i] = true
		}
	}
	for i := range changed {
		sort.Ints(res.Events[i].Participants)
	}
	ann, err := annotate.Default()
	if err != nil {
		return fmt.Errorf("event: %w", err)
	}
	groups(res, ann.Lexicon())
	venue(res, ann.Lexicon())
	return nil
}

// venues are the classes of places an attack can be at (typing's).
var venues = map[string]bool{"EventVenue": true, "StadiumOrArena": true, "Airport": true, "Hotel": true, "PlaceOfWorship": true,
	"Museum": true, "Hospital": true}

// venue gives an attack the most specific place the document names: the
// venue it says was attacked ("Gunmen stormed the X venue on the outskirts
// of Y"), when there is one such venue and it lies in the attack's place
// (a containedInPlace relation) or the attack has none.
func venue(res *extract.Result, lex *lexicon.Lexicon) {
	v := -1
	for si := range res.Sentences {
		s := &res.Sentences[si]
		for i := range s.Tokens {
			if i >= len(s.POS) || !strings.HasPrefix(s.POS[i], "VB") || !lex.Is(s.Lemma[i], lexicon.AttackVerb) {
				continue
			}
			// Its object: a venue after a determiner and modifiers.
			for j := i + 1; j < len(s.Tokens) && j <= i+4; j++ {
				if mi := s.Mention[j]; mi >= 0 {
					e := res.Mentions[mi].Entity
					if venues[res.Entities[e].Class] {
						if v >= 0 && v != e {
							return // two venues: which one is not said
						}
						v = e
					}
					break
				}
				if t := s.POS[j]; t != "DT" && !strings.HasPrefix(t, "JJ") {
					break
				}
			}
		}
	}
	if v < 0 {
		return
	}
	in := func(a, b int) bool {
		for _, r := range res.Relations {
			if r.Subject == a && r.Object == b && r.Predicate == schema.ContainedInPlace && r.Claim < 0 {
				return true
			}
		}
		return false
	}
	for i := range res.Events {
		ev := &res.Events[i]
		if ev.Kind != classAttack && ev.Kind != classExplosion && ev.Kind != classFire {
			continue
		}
		if ev.Place < 0 || ev.Place != v && in(v, ev.Place) {
			ev.Place = v
		}
	}
}
