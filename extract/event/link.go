package event

import (
	"sort"

	"github.com/kg-project/kg/extract"
)

// Linker is the pipeline stage, run after relations are found, that adds
// to each event the people and organisations related to it by a relation
// the document asserts ("X claimed responsibility for the attack"), and
// the unnamed groups of people whose origin the document gives ("the
// attackers, who were all from X"; see groups). It is safe for concurrent
// use.
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
	groups(res)
	return nil
}
