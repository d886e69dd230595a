package claim

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/typing"
	"github.com/kg-project/kg/schema"
)

// inheritSpeakers gives a participle's claim that has no speaker the
// speaker of the claim before it in its sentence (cs is in text order):
// a participle after a comma has the main clause's subject, the speaker
// of that clause's claim (“...,” the mayor said, adding that ...: the
// mayor adds).
func (d *doc) inheritSpeakers(cs []extract.Claim) {
	for i := range cs {
		c := &cs[i]
		if c.Speaker >= 0 || c.Source.Len() > 0 {
			continue
		}
		if !d.off[RuleParticipleSpeaker] && c.Method == ConsParticiple {
			if o := d.mainClaim(cs, i); o >= 0 {
				c.Speaker, c.Source = cs[o].Speaker, cs[o].Source
			}
		}
	}
}

// subjectSpeaks holds the constructions whose speaker is the subject of
// a clause's verb of saying or of taking a side, the subject a
// participle after it shares; not "according to X" nor the evidence
// constructions ("In a poll, ...": the participle is of the content's
// subject).
var subjectSpeaks = map[string]bool{
	ConsSubjectVerb: true, ConsFinal: true, ConsInverted: true, ConsCoordinated: true,
	ConsDenial: true, ConsAccusation: true, ConsCriticism: true, ConsStance: true,
	ConsSpeechObject: true, ConsCommunication: true, ConsThatClause: true, ConsDescribedAs: true,
}

// mainClaim returns the claim of cs with a speaker that ends before
// participle claim i in its sentence, with only its attribution ("," the
// mayor said,") between them, or -1.
func (d *doc) mainClaim(cs []extract.Claim, i int) int {
	c := cs[i]
	for j := i - 1; j >= 0; j-- {
		o := cs[j]
		if o.Sentence != c.Sentence || o.End > c.Start {
			continue
		}
		if o.Speaker < 0 && o.Source.Len() == 0 || !subjectSpeaks[o.Method] {
			return -1
		}
		between := d.skipRelative(d.res.Doc.Text[o.End:c.Start])
		if len(strings.Fields(between)) > 8 || strings.Count(between, ",") > 2 {
			return -1
		}
		return j
	}
	return -1
}

// skipRelative returns the text between two claims past a relative
// clause after a comma that opens it (", which is about to air, ..."):
// the clause tells of the object, and the participle after it is still
// the main clause's subject's.
func (d *doc) skipRelative(between string) string {
	if d.off[RuleStanceEnd] {
		return between
	}
	t := strings.TrimSpace(between)
	for _, w := range []string{", which ", ", who "} {
		if strings.HasPrefix(t, w) {
			if i := strings.Index(t[len(w):], ","); i >= 0 {
				return t[len(w)+i:]
			}
		}
	}
	return between
}

// sourceOutlets gives each claim whose unnamed source is a noun phrase
// headed by the singular of a noun of no person that names one news
// outlet and no other name ("a Tarvik News story", "the Norland Times
// poll"; rule source-outlet) that outlet, when it has none: the phrase
// stays the speaker, and the outlet is where it ran.
func (d *doc) sourceOutlets(cs []extract.Claim) {
	if d.off[RuleSourceOutlet] {
		return
	}
	for i := range cs {
		c := &cs[i]
		if c.Speaker >= 0 || c.Outlet >= 0 || c.Source.Len() == 0 {
			continue
		}
		f, ok := d.singularLast(c.Source)
		if !ok || !d.lex.Known(f[len(f)-1], lexicon.Noun) {
			continue
		}
		// A person ("a Tarvik News reporter") speaks for herself.
		if h := d.lex.Classes(f[len(f)-1]); personRole(h) || h.Has(lexicon.Spokesperson) {
			continue
		}
		outlet := -1
		for _, m := range d.res.Mentions {
			if m.Start < c.Source.Start || m.End > c.Source.End || m.Entity < 0 || m.Entity >= len(d.res.Entities) {
				continue
			}
			if e := d.res.Entities[m.Entity]; e.Type != extract.Organization || e.Class != typing.ClassNewsMedia || outlet >= 0 && outlet != m.Entity {
				outlet = -1
				break
			}
			outlet = m.Entity
		}
		if outlet >= 0 && d.modifiersOnly(c.Sentence, c.Source.Start, d.res.Entities[outlet]) {
			c.Outlet = outlet
		}
	}
}

// modifiersOnly reports whether the words of sentence si from byte from
// up to the first mention of ent at or after it are a determiner,
// adjectives or numbers only ("an exclusive" before "Tarvik News poll"),
// so that the name modifies the phrase's own head, not a noun after a
// verb or a preposition ("a statement posted on a Tarvik site").
func (d *doc) modifiersOnly(si, from int, ent extract.Entity) bool {
	if si < 0 || si >= len(d.res.Sentences) {
		return false
	}
	at := -1
	for _, mi := range ent.Mentions {
		if mi >= 0 && mi < len(d.res.Mentions) && d.res.Mentions[mi].Start >= from && (at < 0 || d.res.Mentions[mi].Start < at) {
			at = d.res.Mentions[mi].Start
		}
	}
	s := &d.res.Sentences[si]
	if at < 0 || len(s.POS) != len(s.Tokens) {
		return false
	}
	for k, t := range s.Tokens {
		if t.Start < from || t.Start >= at {
			continue
		}
		if p := s.POS[k]; p != "DT" && p != "CD" && p != "PRP$" && !strings.HasPrefix(p, "JJ") {
			return false
		}
	}
	return true
}

// titledSpeakers gives each claim whose unnamed source is a definite
// description of a post ("the minister", "the chief executive") to the
// person whose job title ends with the description's words ("finance
// minister"), when exactly one entity of the document holds such a title
// and it was named before the claim.
func (d *doc) titledSpeakers(cs []extract.Claim) {
	if d.off[RuleTitledSpeaker] {
		return
	}
	text := d.res.Doc.Text
	for i := range cs {
		c := &cs[i]
		if c.Speaker >= 0 || c.Source.Len() == 0 || c.Source.End > len(text) {
			continue
		}
		words := strings.Fields(strings.ToLower(text[c.Source.Start:c.Source.End]))
		if len(words) < 2 || len(words) > 4 || words[0] != "the" {
			continue
		}
		if e := d.titled(strings.Join(words[1:], " "), c.Source.Start); e >= 0 {
			c.Speaker, c.Source = e, extract.Span{}
		}
	}
}

// titled returns the one entity whose job title is desc or ends with it
// as whole words, when that entity is named before byte at and no other
// entity holds such a title; else -1.
func (d *doc) titled(desc string, at int) int {
	found := -1
	for e, ent := range d.res.Entities {
		held := false
		for _, t := range ent.Attributes[schema.JobTitle] {
			t = strings.ToLower(t)
			held = held || t == desc || strings.HasSuffix(t, " "+desc) && !otherPost(strings.TrimSuffix(t, " "+desc))
		}
		if !held {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	if found < 0 || len(d.res.Entities[found].Mentions) == 0 {
		return -1
	}
	if m := d.res.Entities[found].Mentions[0]; m < 0 || m >= len(d.res.Mentions) || d.res.Mentions[m].Start >= at {
		return -1
	}
	return found
}

// otherPost reports whether the words before a title's last words make
// it another post than those words alone name: a shadow, deputy or
// former minister is not "the minister".
func otherPost(words string) bool {
	for _, w := range strings.Fields(words) {
		switch w {
		case "shadow", "deputy", "vice", "former", "assistant", "junior", "ex", "acting", "interim":
			return true
		}
	}
	return false
}
