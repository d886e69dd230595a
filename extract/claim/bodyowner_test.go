package claim

import "testing"

// TestBodyOwner checks that a body's possessive before a post and a
// person's name between commas leaves the person the subject.
func TestBodyOwner(t *testing.T) {
	checkSources(t, []speakerRow{
		{"post", "The [[Norland Party|ORG]]'s leader, [[Ann Lee|PER]], welcomed the plan but added that voters should have a say.", "Ann Lee | added | voters should have a say\n"},
		{"name among the nouns", "The [[Norland Party|ORG]]'s [[Harlow|LOC]] leader, [[Ann Lee|PER]], welcomed the plan but added that voters should have a say.", "Ann Lee | added | voters should have a say\n"},
		{"pronoun after", "The [[Norland Party|ORG]]'s leader, [[Ann Lee|PER]], welcomed the plan. She said: \"The time has come.\"", "Ann Lee | said | The time has come\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "The [[Norland Party|ORG]]'s [[Harlow|LOC]] leader, [[Ann Lee|PER]], welcomed the plan but added that voters should have a say.", "Norland Party | added | voters should have a say\n"},
	}, RuleBodyOwner)
}
