package claim

import "testing"

// TestWorkObject checks that a creative work as the object of a side
// taken, a mention or a description makes no claim, while a plan, a
// clause after the work and a verb of saying are kept.
func TestWorkObject(t *testing.T) {
	checkSources(t, []speakerRow{
		{"praised films", "[[Ann Lee|PER]] praised Norlandic films at the festival.", ""},
		{"cited a titled film", "[[Bo Ek|PER]] cited the 2003 film [[Harlow Nights|MISC]] as an influence.", ""},
		{"defended his own", "[[Bo Ek|PER]] defended his performance in the final.", "Bo Ek | defended | his performance in the final\n"},
		{"praised a plan", "[[Ann Lee|PER]] praised the plan to rebuild the port.", "Ann Lee | praised | the plan to rebuild the port\n"},
	})
	checkSources(t, []speakerRow{
		{"work-object off", "[[Ann Lee|PER]] praised Norlandic films at the festival.", "Ann Lee | praised | Norlandic films at the festival\n"},
	}, RuleWorkObject)
}
