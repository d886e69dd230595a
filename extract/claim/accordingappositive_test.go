package claim

import "testing"

// TestAccordingAppositive checks that a name a comma sets after the
// unnamed source of an opening "according to" speaks, and that a name
// opening the clause after it is not taken.
func TestAccordingAppositive(t *testing.T) {
	text := "According to market watchers, [[Acme Research|ORG]], there will be three million electric cars on the roads by 2030."
	checkSources(t, []speakerRow{
		{"a name after the source", text, "Acme Research | according to | there will be three million electric cars on the roads by 2030\n"},
		{"a name opening the clause", "According to the report, [[Acme|ORG]], the biggest firm, will cut jobs.", "[the report] | according to | Acme, the biggest firm, will cut jobs\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "[market watchers] | according to | Acme Research, there will be three million electric cars on the roads by 2030\n"},
	}, RuleAccordingAppositive)
}
