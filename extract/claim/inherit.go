package claim

import (
	"strings"

	"github.com/kg-project/kg/extract"
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
