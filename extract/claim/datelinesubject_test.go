package claim

import "testing"

// TestDatelineSubject checks that a dateline's place is no subject of
// the sentence after it.
func TestDatelineSubject(t *testing.T) {
	checkSources(t, []speakerRow{
		{"adjunct after dateline", "[[HARLOW|LOC]] -- A year ago, [[Ann Lee|PER]] shook the industry by revealing that four firms had cut deals.", "Ann Lee | revealing | four firms had cut deals\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[HARLOW|LOC]] -- A year ago, [[Ann Lee|PER]] shook the industry by revealing that four firms had cut deals.", "HARLOW | revealing | four firms had cut deals\n"},
	}, RuleDatelineSubject)
}
