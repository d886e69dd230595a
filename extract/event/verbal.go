package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// MethodVerb is recorded in Mention.Method for an event told by a verb
// or by a result's noun with its score ("defeated Tarvik 27-3", "a 31-17
// defeat"), not by a noun for an incident.
const MethodVerb = "event-verb"

// classRelease is the class of a work's or a good's issue to the public,
// told by a verb ("Acme released the Vell X2 on Tuesday").
const classRelease = "launch"

// classDeath is the class of a person's death, told by a verb ("Ann Lee
// died in Harlow on Tuesday").
const classDeath = "death"

// classResignation is the class of a person's leaving a post, told by a
// verb ("Ann Lee resigned on Tuesday").
const classResignation = "resignation"

// scoreVerbReach is how many tokens past a verb of winning or losing its
// score may stand ("beat the visiting Vellmar side 3-1"): the object's
// phrase, no more.
const scoreVerbReach = 8

func init() {
	canonicalHead[classResignation] = "resignation"
	canonicalHead[classRelease] = "launch"
	canonicalHead[classDeath] = "death"
}

// verbEvents returns the events the sentences tell with a verb or a
// result's noun and its score, each an event of its own: matches told by
// their score (the score-result construction), resignations (the
// leave-office construction), releases of works and goods (the
// release-work construction), verdicts (the verdict construction) and
// deaths (the death construction). A sentence whose events the nouns
// already told (told: the sentences with a description of the class)
// adds none of that class, and none of death when it tells any incident;
// a score told again ("Acme win 4-2" over "a 4-2 victory") is the match
// told before (sameScore).
func (d *docState) verbEvents(told map[int]map[string]bool) []*evState {
	var out []*evState
	var scores []string // the score of each event of out, or ""
	for si := range d.res.Sentences {
		s := &d.res.Sentences[si]
		v := &view{res: d.res, lex: d.lex, si: si, low: s.Lower, lem: s.Lemma, ent: s.Mention, lit: s.Literal, tags: s.POS}
		if v.lex == nil || len(v.tags) != len(v.low) {
			continue
		}
		for i := range v.low {
			ds, score := v.scoreResult(i)
			if ds == nil {
				ds, score = v.leaveOffice(i), ""
			}
			if ds == nil {
				ds = v.releaseWork(i)
			}
			if ds == nil {
				ds = v.verdict(i)
			}
			if ds == nil && len(told[si]) == 0 {
				ds = v.death(i)
			}
			if ds == nil || told[si][ds.class] {
				continue
			}
			if same := sameScore(out, scores, ds, score); same != nil {
				same.add(ds, MethodVerb, 0.8)
				continue
			}
			ev := &evState{entity: -1, class: ds.class, place: -1, first: ds.start, nameStart: -1, host: -1, verbal: true}
			ev.add(ds, MethodVerb, 0.8)
			out, scores = append(out, ev), append(scores, score)
		}
	}
	return out
}

// sameScore returns the match of events told before with the score of
// ds, when their sides do not differ ("Acme win 4-2" over "Acme sealed a
// 4-2 victory"; not "X beat Y 2-1 ... Z beat W 2-1"), or nil.
func sameScore(events []*evState, scores []string, ds *desc, score string) *evState {
	if score == "" {
		return nil
	}
	for k, ev := range events {
		if scores[k] != score {
			continue
		}
		if len(ev.parts) == 0 || len(ds.parts) == 0 || slices.ContainsFunc(ds.parts, func(p int) bool { return slices.Contains(ev.parts, p) }) {
			return ev
		}
	}
	return nil
}

// toldSentences maps each sentence to the classes of the descriptions of
// events in it.
func toldSentences(events []*evState) map[int]map[string]bool {
	told := map[int]map[string]bool{}
	for _, ev := range events {
		for _, ds := range ev.descs {
			if told[ds.si] == nil {
				told[ds.si] = map[string]bool{}
			}
			told[ds.si][ev.class] = true
		}
	}
	return told
}

// scoreResult reads a match told by a verb of winning or losing and its
// score ("Vellmar defeated Tarvik 27-3 in Harlow", "lost 2-1 to Acme on
// Saturday", "Ann Lee beat Bo Ek 7-6 6-2"), or by a result's noun right
// after its score ("Harlow Town's 31-17 defeat by Vellmar on Monday", "a
// 3-1 win over Tarvik"): the lexicon's Defeat words. The score says the
// contest was played; the sides before the verb and between it and the
// score, or owning the noun and after its preposition, took part; the
// place and the date are those of the phrases after the score or the
// noun (the score-result construction). Not a verb after a modal or
// "to" ("could beat Tarvik 2-0"), nor a noun a verb of wanting or
// needing takes ("need a 2-0 win").
func (v *view) scoreResult(i int) (*desc, string) {
	if !v.lex.Is(v.lem[i], lexicon.Defeat) || !lowerWord(v.res.Sentences[v.si].Tokens[i].Text) {
		return nil, ""
	}
	t := v.tag(i)
	switch {
	case t == "VBD" || t == "VBN" || t == "VBZ" || t == "VBP":
		return v.scoreVerb(i)
	case strings.HasPrefix(t, "NN") && tokenize.IsScore(v.w(i-1)):
		return v.scoreNoun(i)
	}
	return nil, ""
}

// scoreVerb reads the verb of winning or losing at token i and its
// score (scoreResult).
func (v *view) scoreVerb(i int) (*desc, string) {
	if v.notAsserted(i) {
		return nil, ""
	}
	ds := v.verbDesc(classSport, "match", i, i)
	ds.bout = true
	v.sideBefore(ds, i)
	k := i + 1
	for ; k < len(v.low) && k <= i+scoreVerbReach && !tokenize.IsScore(v.w(k)); k++ {
		if v.ent[k] >= 0 {
			if t := v.entType(k); t == extract.Organization || t == extract.Person {
				ds.parts = appendOnce(ds.parts, v.entity(k))
			}
			continue
		}
		if t := v.tag(k); strings.HasPrefix(t, "VB") || t == "," || t == "." || t == ":" || t == "CC" || t == "WDT" {
			return nil, ""
		}
	}
	if !tokenize.IsScore(v.w(k)) {
		return nil, ""
	}
	first := k
	for tokenize.IsScore(v.w(k + 1)) {
		k++
	}
	// "won with a 6-4 victory over Bo Ek": the result's noun tells the
	// match, with its side and its phrases (scoreNoun).
	if strings.HasPrefix(v.tag(k+1), "NN") && v.lex.Is(v.lem[k+1], lexicon.Defeat) {
		return nil, ""
	}
	// The mention is the verb, with its score when nothing stands
	// between them ("won 4-1"); the sides keep their own mentions.
	if k == i+1 {
		ds.end = v.res.Sentences[v.si].Tokens[k].End
	}
	v.datedBefore(ds, i)
	v.resultPhrases(ds, k+1)
	return ds, strings.Join(v.low[first:k+1], " ")
}

// scoreNoun reads the result's noun at token i after its score
// (scoreResult).
func (v *view) scoreNoun(i int) (*desc, string) {
	j := i - 2 // the token before the score
	if v.w(j) == "'s" || v.w(j) == "'" || v.tag(j) == "POS" {
		j--
	}
	if v.wanted(j) {
		return nil, ""
	}
	ds := v.verbDesc(classSport, "match", i-1, i)
	ds.bout = true
	switch m := v.dateAt(j); {
	case m != nil:
		ds.date, ds.dateText, ds.hasSpecific = m.Value, m.Text, true
	case v.entity(j) >= 0:
		if t := v.entType(j); t == extract.Organization || t == extract.Person {
			ds.parts = appendOnce(ds.parts, v.entity(j))
		}
	}
	v.resultPhrases(ds, i+1)
	return ds, v.w(i - 1)
}

// resultPhrases reads what follows a result from token k: the side after
// "to", "over", "against", "with" or "by", a participant unless a
// possessive makes it another's ("to Ann Lee's side"), and the place it
// comes from after "of", read past ("over Bo Ek of Norland": his country,
// not the match's place); then the phrases of place and time ("to
// Vellmar on Saturday in Harlow"), of which only the place and the date
// are taken ("in the Vell League" names no side).
func (v *view) resultPhrases(ds *desc, k int) {
	switch v.w(k) {
	case "to", "over", "against", "with", "by":
		if v.w(k+1) == "the" {
			k++
		}
		if v.entity(k+1) >= 0 {
			_, hi := extract.MentionSpan(v.ent, k+1)
			if t := v.entType(k + 1); (t == extract.Organization || t == extract.Person) && v.tag(hi) != "POS" && v.w(hi) != "'s" {
				ds.parts = appendOnce(ds.parts, v.entity(k+1))
			}
			k = hi
			if v.w(k) == "of" && v.entity(k+1) >= 0 {
				_, k = extract.MentionSpan(v.ent, k+1)
			}
		}
	}
	v.placeDateAfter(ds, k)
}

// placeDateAfter gives ds the place of the phrases of place and time from
// token k and their date when it has none ("died in Harlow on Tuesday").
func (v *view) placeDateAfter(ds *desc, k int) {
	tmp := &desc{place: -1, dateText: ds.dateText}
	v.phrases(tmp, k)
	if tmp.place >= 0 {
		ds.place, ds.hasSpecific = tmp.place, true
	}
	if ds.dateText == "" && tmp.dateText != "" {
		ds.date, ds.dateText, ds.hasSpecific = tmp.date, tmp.dateText, true
	}
}

// verbDesc returns the description of an event of the class with the
// head that the verb or noun from token i to token end tells.
func (v *view) verbDesc(class, head string, i, end int) *desc {
	toks := v.res.Sentences[v.si].Tokens
	return &desc{si: v.si, class: class, head: head, det: detIndefinite, place: -1, predPlace: -1, nameEntity: -1,
		start: toks[i].Start, end: toks[end].End}
}

// auxBefore walks back from the verb at token i past the auxiliaries and
// adverbs before it ("has now", "was falsely") and returns the token
// before them, or -1, and whether a form of "be" is among them (a
// passive).
func (v *view) auxBefore(i int) (k int, passive bool) {
	k = i - 1
	for k >= 0 && (auxiliary[v.w(k)] || v.tag(k) == "RB") {
		passive = passive || v.lem[k] == "be"
		k--
	}
	return k, passive
}

// sideBefore takes the name ending right before the verb at token i as a
// participant: the subject ("Vellmar beat ...").
func (v *view) sideBefore(ds *desc, i int) {
	if v.entity(i-1) < 0 && i > 1 && v.tag(i-1) == "RB" {
		i--
	}
	if v.entity(i-1) >= 0 {
		if t := v.entType(i - 1); t == extract.Organization || t == extract.Person {
			ds.parts = appendOnce(ds.parts, v.entity(i-1))
		}
	}
}

// datedBefore gives ds the date that stands right before the verb at
// token i, perhaps after "on" ("Vellmar on Sunday beat Tarvik 2-0"),
// when it has none.
func (v *view) datedBefore(ds *desc, i int) {
	if m := v.dateAt(i - 1); m != nil && ds.dateText == "" {
		ds.date, ds.dateText, ds.hasSpecific = m.Value, m.Text, true
	}
}

// notAsserted reports whether the verb at token i is not told as done:
// after a modal, "to", a negation or a verb of wanting or fearing, up to
// two adverbs or auxiliaries between ("could have beaten", "hopes to
// beat", "did not resign").
func (v *view) notAsserted(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w, t := v.w(k), v.tag(k)
		switch {
		case t == "MD" || w == "to" || w == "not" || w == "n't" || w == "never" || w == "if" || intentWords[w]:
			return true
		case t == "RB" || auxiliary[w]:
			continue
		}
		return false
	}
	return false
}

// wanted reports whether the token at j, before a result's phrase, or the
// determiner there and the verb before it, want or need the result
// rather than tell it ("need a 2-0 win", "hoping for a 3-1 victory",
// "could be a 2-1 win").
func (v *view) wanted(j int) bool {
	if t := v.tag(j); t == "DT" || t == "PRP$" || t == "IN" {
		j--
	}
	for k := j; k >= 0 && k >= j-2; k-- {
		w := v.w(k)
		if intentWords[w] || v.tag(k) == "MD" || v.lex.Is(v.lem[k], lexicon.Intention) || v.lex.Is(v.lem[k], lexicon.Intent) ||
			v.lex.Is(v.lem[k], lexicon.Demand) || v.lex.Is(v.lem[k], lexicon.Belief) || v.lem[k] == "need" {
			return true
		}
		if !auxiliary[w] && v.tag(k) != "RB" && v.tag(k) != "IN" && v.tag(k) != "TO" {
			return false
		}
	}
	return false
}

// leaveOffice reads a person's or a body's leaving a post told by a past
// verb of the lexicon's LeaveOffice ("Ann Lee resigned on Tuesday", "Bo
// Ek, who stepped down as chairman in May, ..."): an event with the name
// of its subject right before the verb, or before "who", for its
// participant, dated by the date after the verb in its clause or right
// before it (the leave-office construction). Not a verb after a modal,
// "to" or a negation ("refused to resign", "will step down"), nor one with
// no name for its subject.
func (v *view) leaveOffice(i int) *desc {
	t := v.tag(i)
	if t != "VBD" && t != "VBN" && t != "VBZ" || !lowerWord(v.res.Sentences[v.si].Tokens[i].Text) {
		return nil
	}
	end := i
	switch {
	case v.lex.Is(v.lem[i]+" "+v.w(i+1), lexicon.LeaveOffice):
		end = i + 1
	case v.lex.Is(v.lem[i], lexicon.LeaveOffice):
	default:
		return nil
	}
	if v.notAsserted(i) || !v.ownPost(end+1) {
		return nil
	}
	subj := v.subjectName(i)
	if subj < 0 {
		return nil
	}
	ds := v.verbDesc(classResignation, "resignation", i, end)
	ds.parts = []int{subj}
	v.datedBefore(ds, i)
	v.clauseDate(ds, end+1)
	return ds
}

// ownPost reports whether what follows a verb of leaving a post at token
// k leaves one's own: no object ("resigned on Tuesday", "stepped down as
// chairman"), or one a possessive determiner opens ("quit his post",
// "resigned her seat"); not "quit the tour", which leaves no post.
func (v *view) ownPost(k int) bool {
	if v.dateAt(k) != nil {
		return true // "resigned yesterday"
	}
	t := v.tag(k)
	return t != "DT" && t != "CD" && !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") || t == "PRP$"
}

// subjectName returns the person or body whose name ends right before the
// verb at token i, past auxiliaries and adverbs ("Ann Lee has now
// resigned"), or before ", who" ("Bo Ek, who resigned"), or -1.
func (v *view) subjectName(i int) int {
	k, _ := v.auxBefore(i)
	relative := v.w(k) == "who" && (v.w(k-1) == "," || tokenize.IsDash(v.w(k-1)))
	if relative {
		k -= 2
	}
	// A name set off by commas is the subject's appositive ("Her
	// co-accused, Bo Ek, was sentenced").
	if !relative && v.w(k) == "," && k > 0 && v.ent[k-1] >= 0 {
		if lo, _ := extract.MentionSpan(v.ent, k-1); v.w(lo-1) == "," {
			k, relative = k-1, true
		}
	}
	if k < 0 || v.ent[k] < 0 {
		return -1
	}
	// A name after a preposition, perhaps past the words and places
	// that describe it, is no subject ("board members from Harlow
	// software maker Acme resigned"); the name before ", who" is,
	// wherever it stands ("a successor to Bo Ek, who resigned").
	if !relative && v.prepObjectName(k) {
		return -1
	}
	if v.wantedClause(k) {
		return -1
	}
	if t := v.entType(k); t == extract.Person || t == extract.Organization {
		return v.entity(k)
	}
	return -1
}

// prepObjectName reports whether the name over token k is the object of
// a preposition, past the nouns, adjectives and places before it ("from
// Harlow software maker Acme"); a subordinator opens a clause ("while
// Ann Lee resigned").
func (v *view) prepObjectName(k int) bool {
	lo, _ := extract.MentionSpan(v.ent, k)
	for lo--; lo >= 0; lo-- {
		t := v.tag(lo)
		switch {
		case t == "TO" || t == "IN" && !v.lex.Is(v.low[lo], lexicon.Subordinator):
			return true
		case v.ent[lo] >= 0 && v.entType(lo) == extract.Location:
			lo, _ = extract.MentionSpan(v.ent, lo)
		case strings.HasPrefix(t, "NN") && v.ent[lo] < 0 || strings.HasPrefix(t, "JJ"):
		default:
			return false
		}
	}
	return false
}

// wantedClause reports whether the name over token k is the subject of a
// clause that a verb of demanding, intending or believing right before
// it takes ("urged Bo Ek quit", "expects Ann Lee to resign"): a wish,
// no report that it happened.
func (v *view) wantedClause(k int) bool {
	lo, _ := extract.MentionSpan(v.ent, k)
	j := lo - 1
	for j >= 0 && (v.lex.Is(v.w(j), lexicon.Honorific) || v.lex.Is(v.w(j), lexicon.Nobility)) {
		j-- // "urged Dame Ann Lee quit"
	}
	if v.w(j) == "that" {
		j--
	}
	if j < 0 || !strings.HasPrefix(v.tag(j), "VB") {
		return false
	}
	for _, c := range []lexicon.Class{lexicon.Demand, lexicon.Intention, lexicon.Intent, lexicon.Belief, lexicon.Hedge} {
		if v.lex.Is(v.lem[j], c) {
			return true
		}
	}
	return false
}

// clauseDate gives ds the first date in the words from token k to the end
// of the clause (a comma, a colon, a semicolon, a conjunction or another
// verb), when it has none: "resigned as chairman of Acme on Tuesday".
func (v *view) clauseDate(ds *desc, k int) {
	for ; k < len(v.low); k++ {
		if v.lit[k] >= 0 {
			if m := v.dateAt(k); m != nil && ds.dateText == "" {
				ds.date, ds.dateText, ds.hasSpecific = m.Value, m.Text, true
			}
			return
		}
		if t := v.tag(k); strings.HasPrefix(t, "VB") || t == "," || t == "." || t == ":" || t == "CC" || t == "WDT" || t == "MD" {
			return
		}
	}
}

// withVerbEvents adds to events those told by a verb (verbEvents), in the
// order of their first mentions.
func (d *docState) withVerbEvents(events []*evState) []*evState {
	extra := d.verbEvents(toldSentences(events))
	if len(extra) == 0 {
		return events
	}
	events = append(events, extra...)
	sort.SliceStable(events, func(i, j int) bool { return events[i].first < events[j].first })
	return events
}

// releaseWork reads a work's or a good's issue to the public told by a
// past verb of the lexicon's Release and dated in its clause: the thing
// is the name of a work or a good (a thing's name) or a common noun for
// one (the lexicon's CreativeWork, TradeWork, RecordWork, ShownWork,
// Product, Gadget or Software), the object ("Acme in March quietly
// released two cheaper phones", "unveiled a new album on Friday") or the
// subject of the passive or of the participle after a comma ("Vell
// Rising, released in Harlow in June 2001, ..."), with the subject of the active for a
// participant and the place and the date of the phrases after the thing
// or the verb (the release-work construction). Not after a modal, "to"
// or a negation ("will be released in May"), nor with no date ("released a
// statement", "documents released at the archives").
func (v *view) releaseWork(i int) *desc {
	t := v.tag(i)
	if t != "VBD" && t != "VBN" || !v.lex.Is(v.lem[i], lexicon.Release) || !lowerWord(v.res.Sentences[v.si].Tokens[i].Text) || v.notAsserted(i) {
		return nil
	}
	ds := v.verbDesc(classRelease, "release", i, i)
	after := i + 1
	if !v.workBefore(i) {
		k, ok := v.workAfter(i + 1)
		if !ok {
			return nil
		}
		after = k
		if p := v.subjectName(i); p >= 0 {
			ds.parts = []int{p}
		}
	}
	v.datedBefore(ds, i)
	if ds.dateText == "" && i > 1 && v.tag(i-1) == "RB" {
		v.datedBefore(ds, i-1) // "in March quietly released"
	}
	v.placeDateAfter(ds, after)
	if ds.dateText == "" {
		return nil
	}
	ds.hasSpecific = true
	return ds
}

// workBefore reports whether the thing released at the verb at token i is
// named before it: the subject of its passive, past auxiliaries and
// adverbs ("Vell Rising was released"), or the name or noun before a
// comma and the participle ("Vell Rising, released in ...").
func (v *view) workBefore(i int) bool {
	k, passive := v.auxBefore(i)
	if !passive {
		if v.tag(i) != "VBN" || v.w(k) != "," {
			return false
		}
		k--
	}
	return v.workAt(k)
}

// workAfter reads the object's phrase from token k, its determiner,
// owner, adjectives and nouns, and reports whether a name or a noun of it
// is a work's or a good's (workAt), with the token after the phrase.
func (v *view) workAfter(k int) (int, bool) {
	ok := false
	for n := 0; k < len(v.low) && n < 8; n++ {
		t := v.tag(k)
		switch {
		case v.ent[k] >= 0:
			ok = ok || v.workAt(k)
			_, k = extract.MentionSpan(v.ent, k)
			continue
		case t == "DT" || t == "PRP$" || t == "CD" || t == "POS" || strings.HasPrefix(t, "JJ"):
		case strings.HasPrefix(t, "NN"):
			ok = ok || v.workAt(k)
		default:
			return k, ok
		}
		k++
	}
	return k, ok
}

// workAt reports whether the token at k is a thing's name or a common
// noun for a work or a good.
func (v *view) workAt(k int) bool {
	if k < 0 || k >= len(v.low) {
		return false
	}
	if v.ent[k] >= 0 {
		return v.entType(k) == extract.Miscellaneous
	}
	if !strings.HasPrefix(v.tag(k), "NN") {
		return false
	}
	for _, c := range []lexicon.Class{lexicon.CreativeWork, lexicon.TradeWork, lexicon.RecordWork, lexicon.ShownWork, lexicon.Product, lexicon.Gadget, lexicon.Software} {
		if v.lex.Is(v.lem[k], c) {
			return true
		}
	}
	return false
}

// verdict reads a court's verdict on a named person or body told by the
// passive of a verb of the lexicon's Verdict ("Ann Lee was convicted of
// fraud in 2003", "Ann Lee, who was falsely sentenced for ..."): a trial's
// event with the subject for its participant and the date of its clause
// (the verdict construction). Not after a modal, "to", a negation or
// "if" ("could be sentenced", "if convicted"), nor with no name for its
// subject ("the men acquitted later sued").
func (v *view) verdict(i int) *desc {
	if v.tag(i) != "VBN" || !v.lex.Is(v.lem[i], lexicon.Verdict) || !lowerWord(v.res.Sentences[v.si].Tokens[i].Text) || v.notAsserted(i) {
		return nil
	}
	_, passive := v.auxBefore(i)
	subj := v.subjectName(i)
	if !passive || subj < 0 {
		return nil
	}
	ds := v.verbDesc(classTrial, "verdict", i, i)
	ds.parts = []int{subj}
	if k := i - 1; v.tag(k) == "RB" && !auxiliary[v.w(k)] {
		ds.start = v.res.Sentences[v.si].Tokens[k].Start // "falsely sentenced"
	}
	v.clauseDate(ds, i+1)
	return ds
}

// death reads a named person's death told by a past verb of the
// lexicon's LifeEvent that is one of its Casualty verbs too (die, perish,
// pass away: "Ann Lee died in Harlow on Tuesday", "Bo Ek, who died in
// 1990, ..."), with the person for its participant and the place and the
// date of the phrases after the verb (the death construction). Not after
// a modal, "to" or a negation ("could die"), nor with no person's name
// for its subject ("five people died"), nor in a sentence whose incident
// a noun tells ("Ann Lee died in the blast": the blast's victim).
func (v *view) death(i int) *desc {
	if v.tag(i) != "VBD" || !lowerWord(v.res.Sentences[v.si].Tokens[i].Text) || v.notAsserted(i) {
		return nil
	}
	end := i
	switch lem := v.lem[i] + " " + v.w(i+1); {
	case v.lex.Is(lem, lexicon.LifeEvent) && v.lex.Is(lem, lexicon.Casualty):
		end = i + 1
	case v.lex.Is(v.lem[i], lexicon.LifeEvent) && v.lex.Is(v.lem[i], lexicon.Casualty):
	default:
		return nil
	}
	subj := v.subjectName(i)
	if subj < 0 || v.res.Entities[subj].Type != extract.Person {
		return nil
	}
	ds := v.verbDesc(classDeath, "death", i, end)
	ds.parts = []int{subj}
	v.datedBefore(ds, i)
	v.placeDateAfter(ds, end+1)
	return ds
}
