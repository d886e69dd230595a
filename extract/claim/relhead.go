package claim

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// relativeHead returns the relative pronoun of a restrictive relative
// clause that ends at token j, right before a reporting verb's group,
// and whose own subject the pronoun is (rule relative-head): "The man
// who is in charge said", "Officials who spoke to reporters said", "a
// spokesman for the firm that makes the cars said". The clause's noun
// before the pronoun heads the subject, not the last noun of the clause
// ("charge", "reporters"). No comma, quotation mark, colon or semicolon
// stands between the pronoun and the verb; the pronoun follows a noun or
// a name and a verb, an adverb or a modal follows it; a verb's bare form
// after the clause is no reporting verb of its head ("the trial which
// saw Ek deny"). Of several such
// pronouns the first is the subject's ("the man who runs the firm that
// makes cars"). It returns -1 when there is none.
func (v *view) relativeHead(j int) int {
	if v.d.off[RuleRelativeHead] || j < 2 || j >= v.n() || !v.clauseEndWord(j) {
		return -1
	}
	// "the trial which saw Ek (initially) deny the charges": a verb's
	// bare form after the clause is the clause's own verb's complement,
	// with its own subject, not the verb of the clause's head.
	b := j + 1
	for b < v.n() && strings.HasPrefix(v.tag(b), "RB") {
		b++
	}
	if b < v.n() && v.tag(b) == "VB" {
		return -1
	}
	best := -1
	for r := j - 1; r >= 1 && r >= j-14; r-- {
		if v.relativeStop(r, j) {
			break
		}
		w := v.w(r)
		rel := w == "who" && v.tag(r) == "WP" || (w == "that" || w == "which") && v.tag(r) == "WDT"
		if !rel && v.otherClause(r, j) {
			break
		}
		if !rel {
			continue
		}
		// "the delegates who've said": the clause holds more than an
		// auxiliary the verb group left.
		if !v.subjectRelative(r) || j == r+1 && v.auxLeft(j) {
			break
		}
		best = r
	}
	return best
}

// relativeAntecedent returns the head the relative pronoun at token r
// stands for: the noun or name before it, or, for "who" after a
// preposition's name that is no person's ("analysts at Acme who ...",
// "Democrats in Harlow who ..."), the noun or name before the
// preposition.
func (v *view) relativeAntecedent(r int) int {
	a := r - 1
	if v.w(r) != "who" || v.entAt(a) < 0 || v.entType(v.entity(a)) == extract.Person {
		return a
	}
	ms := v.mentionStart(a)
	if p := ms - 1; p >= 1 && npPrep[v.w(p)] && v.w(p) != "of" && (v.entAt(p-1) >= 0 || strings.HasPrefix(v.tag(p-1), "NN")) {
		return p - 1
	}
	return a
}

// appositiveName returns the token ending a person's name that an
// aside ending with the common noun at token k follows, set off by
// commas before a relative clause (rule relative-head): "Ann Lee, head
// of the Tarvik unit, who made the call, said" (Ann Lee speaks, not the
// unit nor its head). The aside holds no verb and no other comma; -1
// when there is none.
func (v *view) appositiveName(k int) int {
	if v.d.off[RuleRelativeHead] || v.entAt(k) >= 0 || !strings.HasPrefix(v.tag(k), "NN") {
		return -1
	}
	for c := k - 1; c > 0 && c >= k-10; c-- {
		w, t := v.w(c), v.tag(c)
		if w == "," {
			if e := v.entity(c - 1); e >= 0 && v.entType(e) == extract.Person {
				return c - 1
			}
			return -1
		}
		if v.asideBreak(c) || strings.HasPrefix(t, "VB") || t == "MD" || t == "WP" || t == "WDT" {
			return -1
		}
	}
	return -1
}

// finiteIn reports whether a finite verb stands in tokens [lo, hi).
func (v *view) finiteIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t := v.tag(k); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return true
		}
	}
	return false
}

// relativeStop reports whether token r, read back from token j before a
// verb, ends the search for a relative pronoun: punctuation that closes
// a clause or an aside, a conjunction that joins a clause ("... said he
// was fine but Harlow say"), or a determiner after a noun that opens a
// subject of its own.
func (v *view) relativeStop(r, j int) bool {
	w := v.w(r)
	if w == "," || w == ";" || w == ":" || quoteOpen[w] || quoteClose[w] || tokenize.IsDash(w) {
		return true
	}
	if t := v.tag(r + 1); v.tag(r) == "CC" && !strings.HasPrefix(t, "VB") && t != "MD" && t != "RB" {
		return true
	}
	return r+1 <= j && v.tag(r+1) == "DT" && (strings.HasPrefix(v.tag(r), "NN") || v.entAt(r) >= 0)
}

// subjectRelative reports whether the relative pronoun at token r is
// its clause's subject after a noun or a name: a finite verb or a modal
// follows it, perhaps after an adverb.
func (v *view) subjectRelative(r int) bool {
	// A finite verb the lexicon knows as one, or a modal ("that
	// basketball legend X announced": no verb, whatever the tag).
	finite := func(k int) bool {
		switch v.tag(k) {
		case "VBD", "VBZ", "VBP":
			return v.d.lex.Known(v.lemma(k), lexicon.Verb)
		case "MD":
			return v.d.lex.Is(v.w(k), lexicon.Auxiliary) || v.d.lex.Is(v.lemma(k), lexicon.Auxiliary)
		}
		return false
	}
	if !(finite(r+1) || v.tag(r+1) == "RB" && finite(r+2)) {
		return false
	}
	return v.entAt(r-1) >= 0 || strings.HasPrefix(v.tag(r-1), "NN")
}

// relativeSource extends the unnamed source of cue c with the
// restrictive relative clause its subject's head takes (relativeHead):
// "[the man who is in charge] said", and on to a date the clause's last
// preposition takes ("... who have been missing since August said").
func (v *view) relativeSource(c *cue) {
	j := v.skipAdjuncts(v.beforeParenthesis(c.start - 1))
	if c.speaker >= 0 || v.unnamed.Len() == 0 || c.at < 0 || c.at >= j {
		return
	}
	r := v.relativeHead(j)
	if r <= c.at || v.unnamed.End > v.toks[r].Start {
		return
	}
	if l := v.litAt(j + 1); v.tag(j) == "IN" && l >= 0 {
		for j++; j+1 < c.start && v.litAt(j+1) == l; j++ {
		}
	}
	v.unnamed.End = v.toks[j].End
}

// pronounIn reports whether a personal pronoun stands in tokens [lo, hi).
func (v *view) pronounIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if v.tag(k) == "PRP" {
			return true
		}
	}
	return false
}

// clauseEndWord reports whether token j, right before a verb group, may
// end a relative clause that the verb's subject holds: not a name right
// after a noun ("a watch Ann Lee said was stolen": the name is the verb's
// own subject), a pronoun ("... and let them think"), a conjunction ("...
// or asks them": the relative clause's own verb), a determiner or a
// mark.
func (v *view) clauseEndWord(j int) bool {
	if ms := v.mentionStart(j); v.entAt(j) >= 0 && ms >= 1 && (strings.HasPrefix(v.tag(ms-1), "NN") || strings.HasPrefix(v.tag(ms-1), "JJ") || v.tag(ms-1) == "CD") {
		return false
	}
	t := v.tag(j)
	return t != "PRP" && t != "CC" && t != "DT" && v.sourceWord(j)
}

// otherClause reports whether token r, no relative pronoun, opens a
// clause of another kind that runs on to token j: "that" ("now that Ann
// Lee has ..."), a wh-adverb ("in a year when voters cried"), or a
// subordinator whose clause has a finite verb or a pronoun ("because she
// said ..."); not a preposition's phrase ("since August").
func (v *view) otherClause(r, j int) bool {
	w := v.w(r)
	if w == "that" || w == "which" || w == "who" || v.tag(r) == "WRB" {
		return true
	}
	return v.d.lex.Is(w, lexicon.Subordinator) && (v.finiteIn(r+1, j+1) || v.pronounIn(r+1, j+1))
}

// auxLeft reports whether token j is an auxiliary, or a contracted one
// ("’ve"), that the verb group left behind.
func (v *view) auxLeft(j int) bool {
	return v.d.lex.Is(v.lemma(j), lexicon.Auxiliary) || strings.HasPrefix(v.w(j), "'") || strings.HasPrefix(v.w(j), "’")
}
