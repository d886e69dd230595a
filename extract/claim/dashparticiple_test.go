package claim

import "testing"

// TestDashParticiple checks that a participle a dash sets off after the
// main clause is that clause's subject's, as after a comma.
func TestDashParticiple(t *testing.T) {
	rows := []speakerRow{
		{"named", "[[Acme|ORG]] has objected - arguing that the costs outweigh the benefits.", "Acme | arguing | the costs outweigh the benefits\n"},
		{"unnamed", "Ostmark firms with listings in [[Harlow|LOC]] have objected - arguing that the costs outweigh the benefits.", "[Ostmark firms] | arguing | the costs outweigh the benefits\n"},
		{"em dash", "The [[Norland|LOC]] fans are furious — arguing that the goal was offside.", "[The Norland fans] | arguing | the goal was offside\n"},
		{"double hyphen", "[[Ann Lee|PER]] quit the board -- saying she had been misled.", "Ann Lee | saying | she had been misled\n"},
	}
	checkSources(t, rows)
	checkSources(t, []speakerRow{
		{"off", "[[Acme|ORG]] has objected - arguing that the costs outweigh the benefits.", "- | arguing | the costs outweigh the benefits\n"},
	}, RuleDashParticiple)
}
