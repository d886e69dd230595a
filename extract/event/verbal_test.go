package event

import (
	"strings"
	"testing"
)

// TestVerbEvents checks the constructions of events told by a verb:
// score-result (a match told by a verb of winning or losing and its
// score, or by a result's noun after its score), leave-office (a
// resignation told by a past verb of leaving a post with a name for its
// subject), release-work (a work or a good released, dated), verdict (the
// passive of a verb of a court's verdict on a named subject) and death (a
// named person's death), with the place, the date and the participants
// the sentence gives; the verbs not told as done, which make none; and
// verbs, scores and prepositions at the sentence's edges.
func TestVerbEvents(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"a verb and a score, placed and dated",
			"[[Vellmar|ORG]] defeated [[Tarvik|ORG]] 27-3 in [[Harlow|LOC]] on [[Sunday|DATE]].",
			`"Match in Harlow, Sunday" participants Vellmar, Tarvik mention "defeated"`},
		{"sets of a tennis match",
			"[[Ann Lee|PER]] beat [[Bo Ek|PER]] 7-6 6-2 in [[Pellam|LOC]].",
			`"Match in Pellam" participants Ann Lee, Bo Ek mention "beat"`},
		{"a score after the verb and the side after to",
			"[[Acme Rovers|ORG]] lost 2-1 to [[Norland City|ORG]] on [[Sunday|DATE]].",
			`"Match, Sunday" participants Acme Rovers, Norland City mention "lost 2-1"`},
		{"a result's noun after its score",
			"[[Ann Lee|PER]] scored twice in [[Harlow Town|ORG]]'s 31-17 defeat by [[Vellmar|ORG]] on [[Monday|DATE]].",
			`"Match, Monday" participants Harlow Town, Vellmar mention "31-17 defeat"`},
		{"a result's noun after its score and a plural's possessive",
			"Both keepers were rested for [[Acme Rovers|ORG]]' 4-0 loss against [[Tarvik|ORG]].",
			`"Match" participants Acme Rovers, Tarvik mention "4-0 loss"`},
		{"the side's place after of is not the match's",
			"[[Ann Lee|PER]] won with a 6-4 victory over [[Bo Ek|PER]] of [[Norland|LOC]] on [[Thursday|DATE]].",
			`"Match, Thursday" participants Bo Ek mention "6-4 victory"`},
		{"a possessive after to names no side",
			"[[Vellmar|ORG]] lost 2-0 to [[Ann Lee|PER]]'s side.",
			`"Match" participants Vellmar mention "lost 2-0"`},
		{"a headline's score and the body's are one match",
			"[[Vellmar|ORG]] win 4-2\n[[Vellmar|ORG]] sealed a 4-2 victory on [[Sunday|DATE]].",
			`"Match, Sunday" participants Vellmar mention "win 4-2", "4-2 victory"`},
		{"two matches with one score",
			"[[Vellmar|ORG]] beat [[Tarvik|ORG]] 2-1 and [[Acme Rovers|ORG]] beat [[Harlow Town|ORG]] 2-1.",
			`"Match" participants Vellmar, Tarvik mention "beat"
"Match" participants Acme Rovers, Harlow Town mention "beat"`},
		{"a modal before the verb", "[[Vellmar|ORG]] could beat [[Tarvik|ORG]] 2-0 on [[Saturday|DATE]].", ``},
		{"to before the verb", "[[Vellmar|ORG]] hope to beat [[Tarvik|ORG]] 2-0 on [[Saturday|DATE]].", ``},
		{"a verb of needing before the noun", "[[Vellmar|ORG]] need a 2-0 win over [[Tarvik|ORG]].", ``},
		{"a past verb of needing before the noun", "[[Tarvik|ORG]] needed only a 1-0 victory against [[Acme|ORG]].", ``},
		{"a verb of needing in -s before the noun", "[[Harlow Town|ORG]] still needs a 3-0 win over [[Vellmar|ORG]].", ``},
		{"no score", "[[Vellmar|ORG]] beat [[Tarvik|ORG]] in [[Harlow|LOC]].", ``},
		{"a score of another clause", "[[Vellmar|ORG]] beat [[Tarvik|ORG]], and the vote was 5-4.", ``},
		{"a resignation dated",
			"[[Bo Ek|PER]] resigned as chairman of [[Acme|ORG]] on [[Tuesday|DATE]].",
			`"Resignation, Tuesday" participants Bo Ek mention "resigned"`},
		{"a resignation after who",
			"Reporters met [[Bo Ek|PER]], who stepped down as mayor, at the station on [[Friday|DATE]].",
			`"Resignation" participants Bo Ek mention "stepped down"`},
		{"a name before who after a preposition",
			"[[Acme|ORG]] has named a successor to [[Bo Ek|PER]], who resigned on [[Monday|DATE]].",
			`"Resignation, Monday" participants Bo Ek mention "resigned"`},
		{"a name after a subordinator",
			"[[Acme|ORG]] said that [[Ann Lee|PER]] left while [[Bo Ek|PER]] has also stepped down.",
			`"Resignation" participants Bo Ek mention "stepped down"`},
		{"a date right after the verb",
			"[[Bo Ek|PER]] resigned [[yesterday|DATE]].",
			`"Resignation, yesterday" participants Bo Ek mention "resigned"`},
		{"quit one's own post",
			"[[Bo Ek|PER]] quit his post in [[March|DATE]].",
			`"Resignation, March" participants Bo Ek mention "quit"`},
		{"quit a tour, no post", "[[Ann Lee|PER]] quit the tour after two nights.", ``},
		{"a demanded resignation", "Shareholders urged [[Bo Ek|PER]] quit before the vote.", ``},
		{"a demanded resignation, a form of address before the name", "The unions urged Dame [[Ann Lee|PER]] quit without delay.", ``},
		{"a work released, after a comma",
			"[[Vell Rising|MISC]], released in [[Harlow|LOC]] in [[June 2001|DATE]], won two prizes.",
			`"Release in Harlow, June 2001" participants  mention "released"`},
		{"a good released, the date before the verb",
			"[[Acme|ORG]] in [[March|DATE]] quietly released two cheaper phones.",
			`"Release, March" participants  mention "released"`},
		{"an album unveiled",
			"[[Acme|ORG]] unveiled a new album on [[Friday|DATE]].",
			`"Release, Friday" participants Acme mention "unveiled"`},
		{"a statement released", "[[Acme|ORG]] released a statement on [[Tuesday|DATE]].", ``},
		{"a release to come", "[[Acme|ORG]]'s next phone will be released in [[June|DATE]].", ``},
		{"a release with no date", "[[Acme|ORG]] released a new album.", ``},
		{"a verdict after who",
			"Her new book follows [[Ann Lee|PER]], who was falsely sentenced for arson in [[1987|DATE]].",
			`"Verdict, 1987" participants Ann Lee mention "falsely sentenced"`},
		{"a verdict after a dash and who",
			"[[Bo Ek|PER]] - who was acquitted on appeal - gave evidence.",
			`"Verdict" participants Bo Ek mention "acquitted"`},
		{"a verdict on an appositive's name",
			"Her co-accused, [[Bo Ek|PER]], was sentenced to six months.",
			`"Verdict" participants Bo Ek mention "sentenced"`},
		{"a verdict to come", "[[Bo Ek|PER]] could be sentenced to ten years.", ``},
		{"a verdict with no name", "Several of the men acquitted later sued.", ``},
		{"a death placed and dated",
			"[[Ann Lee|PER]] died in [[Harlow|LOC]] on [[Tuesday|DATE]].",
			`"Death in Harlow, Tuesday" participants Ann Lee mention "died"`},
		{"a death after who",
			"[[Bo Ek|PER]], who died in [[1990|DATE]], wrote it.",
			`"Death, 1990" participants Bo Ek mention "died"`},
		{"deaths with no name", "Five people died in [[Harlow|LOC]] on [[Tuesday|DATE]].", ``},
		{"a body's end is no death", "[[Acme|ORG]] died in [[2001|DATE]].", ``},
		{"refused to resign", "[[Bo Ek|PER]] refused to resign on [[Tuesday|DATE]].", ``},
		{"will step down", "[[Bo Ek|PER]] will step down in [[May|DATE]].", ``},
		{"a name after a preposition is no subject", "Three directors of [[Acme|ORG]] had already resigned.", ``},
		{"a name after a preposition and its descriptors is no subject", "Board members from [[Harlow|LOC]] software maker [[Acme|ORG]] resigned together.", ``},
		{"no name for the subject", "The chairman resigned on [[Tuesday|DATE]].", ``},
		// The verb, the score or the preposition at an edge of the
		// sentence: nothing is read past it (no panic).
		{"a resignation ending the sentence", "[[Bo Ek|PER]] resigned", `"Resignation" participants Bo Ek mention "resigned"`},
		{"a two-word resignation ending the sentence", "[[Bo Ek|PER]] stepped down", `"Resignation" participants Bo Ek mention "stepped down"`},
		{"a score opening the sentence, a win", "2-1 victory over [[Tarvik|ORG]]", `"Match" participants Tarvik mention "2-1 victory"`},
		{"a score opening the sentence, a loss", "3-1 loss to [[Tarvik|ORG]]", `"Match" participants Tarvik mention "3-1 loss"`},
		{"a verb opening the sentence", "beat [[Tarvik|ORG]] 2-1", `"Match" participants Tarvik mention "beat"`},
		{"to ending the sentence", "[[Vellmar|ORG]] lost 2-1 to", `"Match" participants Vellmar mention "lost 2-1"`},
		{"to the ending the sentence", "[[Vellmar|ORG]] lost 2-1 to the", `"Match" participants Vellmar mention "lost 2-1"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, out := run(t, tc.text, "")
			var got []string
			for _, ev := range res.Events {
				e := res.Entities[ev.Entity]
				var ps []string
				for _, p := range ev.Participants {
					ps = append(ps, res.Entities[p].Name)
				}
				var ms []string
				for _, mi := range e.Mentions {
					ms = append(ms, res.Mentions[mi].Text)
				}
				got = append(got, `"`+e.Name+`" participants `+strings.Join(ps, ", ")+` mention "`+strings.Join(ms, `", "`)+`"`)
			}
			if g := strings.Join(got, "\n"); g != tc.want {
				t.Errorf("got %s, want %s\n%s", g, tc.want, out)
			}
		})
	}
}
