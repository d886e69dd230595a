package relate

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/extract/typing"
	"github.com/kg-project/kg/schema"
)

// scoreResult is the confidence of the result construction.
const scoreResult = 0.85

// resultSides reads a contest between two sides, both people or both
// organisations, named by a word of winning or losing (lexicon.Defeat)
// or by "v": "X beat Y", "X beat Y 2-1", "X have beaten Y", "X lost 1-0
// to Y", "X drew with Y", "X were beaten by Y", "X's 2-1 win over Y",
// "X v Y", and a score between two organisations ("X 19-13 Y"). The
// sides are opponents. The word is read by its form, not
// its part-of-speech tag, which a score nearby often misleads ("X beat/NN
// Y 2-1").
func resultSides(d *docState, a int, _ map[int]bool) {
	v := d.v
	if !v.canBeSubject(a) || v.possessedObject(a) {
		return
	}
	i := v.s.Ents[a].End
	switch w := v.lw(i); {
	case w == "v" || w == "vs" || w == "vs." || w == "versus":
		// "X v Y or Z", "X or W v Y": a draw's tie, whose sides a replay
		// still decides, is no contest yet.
		if b := v.side(a, i+1); b >= 0 && v.lw(v.s.Ents[b].End) != "or" && v.lw(v.s.Ents[a].Start-1) != "or" {
			d.opponents(a, b)
		}
		return
	case tokenize.IsScore(w) && v.typ(a) == extract.Organization:
		// "X 19-13 Y", a result's line between two sides.
		d.opponents(a, v.side(a, i+1))
		return
	case v.isPossessive(i):
		possessiveResult(d, a, i+1)
		return
	}
	if leadResult(d, a) || withResult(d, a) {
		return
	}
	verbResult(d, a, i)
	clauseResult(d, a)
}

// clauseResult reads a result a person's sentence ends with, in a
// participle after a comma or an infinitive: "Ann Lee booked a
// semi-final place, defeating Bo Ek", "Ann Lee needed an hour to defeat
// the top seed Bo Ek" (clause-result). The person is the first person the sentence
// names, and no other person stands between her and the verb, which is
// taken for hers; the verb takes the other side as its object
// (objectOpponent: not winning, losing or drawing, which need more).
func clauseResult(d *docState, a int) {
	v := d.v
	if v.typ(a) != extract.Person {
		return
	}
	for k := range v.s.Ents[:a] {
		if v.typ(k) == extract.Person {
			return
		}
	}
	for i := v.s.Ents[a].End; i+1 < v.n(); i++ {
		if !v.free(i) {
			if v.typ(v.at[i]) == extract.Person {
				return
			}
			continue
		}
		w, tag := v.lw(i), v.tag(i+1)
		if !(w == "," && tag == "VBG" || w == "to" && tag == "VB") || !v.free(i+1) {
			continue
		}
		if lemma, ok := v.lex.LemmaIn(v.lw(i+1), tag, lexicon.Defeat); ok && objectOpponent(lemma) {
			d.opponents(a, v.titledSide(a, i+2))
			return
		}
	}
}

// withResult reads the result a sports team's clause ends with: the team
// before its verb, then "with a" and a score, perhaps an adjective, a
// noun of winning or losing and "over" or "against" before another team
// ("X sealed the title with a 4-2 win over Y"; with-result). Both
// are teams as typing classes them, and no other team stands between the
// first and "with", whose clause the result may be.
func withResult(d *docState, a int) bool {
	v := d.v
	i := v.s.Ents[a].End
	if d.class(a) != typing.ClassSportsTeam || !v.free(i) || !strings.HasPrefix(v.tag(i), "VB") || v.tag(i) == "VBN" || v.tag(i) == "VBG" {
		return false
	}
	for j := i + 1; j+4 < v.n(); j++ {
		if v.at[j] >= 0 {
			if d.class(v.at[j]) == typing.ClassSportsTeam {
				return false
			}
			continue
		}
		if v.lw(j) != "with" || v.lw(j+1) != "a" && v.lw(j+1) != "an" || !tokenize.IsScore(v.lw(j+2)) {
			continue
		}
		k := j + 3
		if v.free(k) && strings.HasPrefix(v.tag(k), "JJ") || v.free(k) && v.tag(k) == "NN" && !v.lex.Is(v.lw(k), lexicon.Defeat) {
			k++ // "a 7-3 home win"
		}
		if !v.free(k) || !v.lex.Is(v.lex.Lemma(v.lw(k), "NN"), lexicon.Defeat) || v.lw(k+1) != "over" && v.lw(k+1) != "against" {
			return false
		}
		b := v.side(a, k+2)
		if b < 0 || d.class(b) != typing.ClassSportsTeam {
			return false
		}
		d.opponents(a, b)
		return true
	}
	return false
}

// possessedObject reports whether mention a is the object of a
// preposition past a common noun's possessive and its determiner or
// adjectives ("in this season's X defeating Y"): the contest's name, not
// the side that defeats (possessor-phrase). A side's own possessive
// ("Harlow's X beat Y") is no such phrase.
func (v *view) possessedObject(a int) bool {
	j := v.s.Ents[a].Start - 1
	if j < 1 || v.tag(j) != "POS" {
		return false
	}
	j--
	if v.at[j] >= 0 || v.tag(j) != "NN" && v.tag(j) != "NNS" {
		return false
	}
	for n := 0; n < 3 && j > 0 && v.at[j-1] < 0; n++ {
		if t := v.tag(j - 1); t != "DT" && t != "CD" && !strings.HasPrefix(t, "JJ") && t != "NN" {
			break
		}
		j--
	}
	j--
	return j >= 0 && (v.tag(j) == "IN" || v.tag(j) == "TO") && !v.is(j, lexicon.Subordinator)
}

// leadResult reads a lead one sports team takes over another, past a
// determiner and up to two adjectives or a score: "X take a slim lead
// over Y", "X opened a 2-0 lead over Y". Between two teams (as typing
// classes them) the sides are opponents; a firm's or a candidate's lead
// in a market or a poll is no match.
func leadResult(d *docState, a int) bool {
	v := d.v
	if d.class(a) != typing.ClassSportsTeam {
		return false
	}
	i := v.verbAfter(a)
	if i < 0 || v.tag(i) == "VBN" && v.isBe(i-1) {
		return false
	}
	j := i + 1
	if v.isDet(j) && v.at[j] < 0 {
		j++
	}
	for n := 0; n < 2 && j < v.n() && v.lw(j) != "lead" && (v.at[j] < 0 && strings.HasPrefix(v.tag(j), "JJ") || tokenize.IsScore(v.lw(j))); n++ {
		j++
	}
	if j >= v.n() || v.at[j] >= 0 || v.lw(j) != "lead" || v.lw(j+1) != "over" {
		return false
	}
	b := v.side(a, j+2)
	if b < 0 || d.class(b) != typing.ClassSportsTeam {
		return false
	}
	d.opponents(a, b)
	return true
}

// possessiveResult reads a result's noun at token j, after side a's
// possessive: "X's 2-1 win over Y", "X's defeat by Y".
func possessiveResult(d *docState, a, j int) {
	v := d.v
	if tokenize.IsScore(v.lw(j)) {
		j++
	}
	if j >= v.n() || v.at[j] >= 0 || !v.lex.Is(v.lw(j), lexicon.Defeat) {
		return
	}
	switch v.lw(j + 1) {
	case "over", "against", "to", "by", "with":
		d.opponents(a, v.side(a, j+2))
	}
}

// verbResult reads a verb of winning or losing at token i, after side a:
// "X beat Y", "X narrowly beat Y", "X lost 1-0 to Y", "X were beaten by
// Y".
func verbResult(d *docState, a, i int) {
	v := d.v
	// Adverbs and auxiliaries: "X narrowly beat Y", "X have beaten Y".
	for n := 0; n < 3 && i < v.n() && v.at[i] < 0 && (v.tag(i) == "RB" || v.isAux(i) && !v.isBe(i)); n++ {
		i++
	}
	passive := false
	if v.isBe(i) {
		passive, i = true, i+1
	}
	if i >= v.n() || v.at[i] >= 0 || tokenize.StartsUpper(v.toks[i].Text) {
		return
	}
	lemma, ok := v.lex.LemmaIn(v.lw(i), "VBD", lexicon.Defeat)
	if !ok {
		return
	}
	j := i + 1
	if tokenize.IsScore(v.lw(j)) {
		j++ // "lost 1-0 to Y", "drew 2-2 with Y"
	}
	var preps []string
	switch {
	case passive:
		preps = []string{"by"}
	case objectOpponent(lemma):
		if j > i+1 {
			return // "beat 2-1" is no verb with an object
		}
	default:
		if preps = opponentPreps(lemma); preps == nil {
			return // "X won a Vell Prize", "X won the seat": what is won, not who
		}
	}
	if preps != nil {
		if !slices.Contains(preps, v.lw(j)) {
			return
		}
		j++
	}
	d.opponents(a, v.titledSide(a, j))
}

// titledSide returns side(a, i), or, for a person a, the person named
// at token i past a determiner and the words of a title or a
// descriptor before the name, in lower case but for a first proper
// adjective or a place's adjective,
// ending in a noun or a number ("defeated qualifier Bo Ek", "defeated
// the Norlandic junior champion Bo Ek", "defeated second seed Bo Ek":
// titled-side). A player is beaten by name; the words before it only
// say who the player is.
func (v *view) titledSide(a, i int) int {
	if b := v.side(a, i); b >= 0 || a < 0 || v.typ(a) != extract.Person {
		return b
	}
	k := i
	if v.isDet(k) && v.free(k) {
		k++
	}
	last := ""
	for n := 0; n < 4 && k < v.n(); n, k = n+1, k+1 {
		t := v.tag(k)
		switch {
		case v.free(k) && tokenize.StartsLower(v.toks[k].Text) && (strings.HasPrefix(t, "JJ") || t == "NN" || t == "CD"):
			last = t
			continue
		case last == "" && (v.placeAdjective(k) || v.free(k) && t == "JJ" && tokenize.StartsUpper(v.toks[k].Text)):
			last = "JJ"
			continue
		}
		break
	}
	if last != "NN" && last != "CD" {
		return -1
	}
	return v.side(a, k)
}

// placeAdjective reports whether token k is a one-word mention of a place
// written as its adjective, or its name as one ("Norlandic", "Norland"),
// no possessive after it: a player's country before the title.
func (v *view) placeAdjective(k int) bool {
	m := v.entAt(k)
	return m >= 0 && v.s.Ents[m].End == k+1 && v.typ(m) == extract.Location && (v.tag(k) == "JJ" || v.tag(k) == "NNP") && !v.isPossessive(k+1)
}

// side returns the mention that names the other side at token i, past a
// determiner, or -1: one of mention a's coarse type (person or
// organisation), another entity, and not a possessor ("beat Norland's
// Ann Lee" names a player, not the country).
func (v *view) side(a, i int) int {
	if v.isDet(i) && v.at[max(i, 0)] < 0 {
		i++
	}
	b := v.entAt(i)
	if b < 0 {
		return -1
	}
	if t := v.typ(a); t != v.typ(b) || t != extract.Person && t != extract.Organization {
		return -1
	}
	if v.entity(a) == v.entity(b) || v.isPossessive(v.s.Ents[b].End) {
		return -1
	}
	return b
}

// opponents records that mentions a and b (or -1), the sides of a
// contest, are opponents.
func (d *docState) opponents(a, b int) {
	if b < 0 {
		return
	}
	v := d.v
	d.add(a, b, schema.Opponent, v.phrase(v.s.Ents[a].Start, v.s.Ents[b].End), MethodResult, scoreResult)
}

// opponentPreps returns the prepositions that bring in the other side
// after a verb of result with lemma lemma ("lost to Y", "drew with Y"),
// or nil when the verb takes no side after a preposition.
func opponentPreps(lemma string) []string {
	switch lemma {
	case "lose":
		return []string{"to", "against"}
	case "draw", "tie":
		return []string{"with", "against"}
	}
	return nil
}

// objectOpponent reports whether a verb of result with lemma lemma takes
// the other side as its object ("beat Y", "defeated Y"): not winning,
// whose object is what is won, nor losing or drawing, which take a
// preposition first.
func objectOpponent(lemma string) bool {
	return lemma != "win" && opponentPreps(lemma) == nil
}
