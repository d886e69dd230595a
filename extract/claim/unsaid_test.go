package claim

import "testing"

// TestUnsaid checks that a gerund after "without" or a bare "not", a
// reduced relative's participle and "claim" as a right held are no
// claims, while words said and a subject's past tense are kept.
func TestUnsaid(t *testing.T) {
	rows := []speakerRow{
		{"without a gerund", "The eighteen firms paid $50m without admitting any guilt.", ""},
		{"without a pair of gerunds", "Under the deal, the firms paid $50m without admitting or denying any guilt.", ""},
		{"not a gerund", "The firm settled the case, not admitting wrongdoing.", ""},
		{"a gerund of words said", "The firm settled the case, saying it had done no wrong.", "[The firm] | saying | it had done no wrong\n"},
		{"a reduced relative", "Boats sailed north to reach an island contested in the talks, officials said.", ""},
		{"a reduced relative after a preposition", "As part of $3bn in contracts announced late last year, Acme will spend $1bn on cables.", ""},
		{"a subject's verb", "The board said the contracts announced late last year were void.", "[The board] | said | the contracts announced late last year were void\n"},
		{"claim as a right", "Investors can claim their share of the fund.", ""},
		{"claim as words", "Investors claim the fund was badly run.", "[Investors] | claim | the fund was badly run\n"},
	}
	checkSources(t, rows)
	checkSources(t, []speakerRow{
		{"gerund off", "Under the deal, the firms paid $50m without admitting or denying any guilt.", "- | denying | any guilt\n"},
	}, RuleUnsaidGerund)
	checkSources(t, []speakerRow{
		{"relative off", "Boats sailed north to reach an island contested in the talks, officials said.", "[an island] | contested | officials said\n"},
		{"relative off, after a preposition", "As part of $3bn in contracts announced late last year, Acme will spend $1bn on cables.", "[contracts] | announced | Acme will spend $1bn on cables\n"},
	}, RuleReducedRelative)
	checkSources(t, []speakerRow{
		{"entitled off", "Investors can claim their share of the fund.", "[Investors] | claim | their share of the fund\n"},
	}, RuleEntitledClaim)
}
