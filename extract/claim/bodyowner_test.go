package claim

import "testing"

// TestBodyOwner checks that a body's possessive before a post and a
// person's name between commas leaves the person the subject.
func TestBodyOwner(t *testing.T) {
	checkSources(t, []speakerRow{
		{"post", "The [[Norland Party|ORG]]'s leader, [[Ann Lee|PER]], welcomed the move but added that the public should be asked.", "Ann Lee | added | the public should be asked\n"},
		{"name among the nouns", "The [[Norland Party|ORG]]'s [[Harlow|LOC]] leader, [[Ann Lee|PER]], welcomed the move but added that the public should be asked.", "Ann Lee | added | the public should be asked\n"},
		{"pronoun after", "The [[Norland Party|ORG]]'s leader, [[Ann Lee|PER]], welcomed the move. She said: \"The time has come.\"", "Ann Lee | said | The time has come\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "The [[Norland Party|ORG]]'s [[Harlow|LOC]] leader, [[Ann Lee|PER]], welcomed the move but added that the public should be asked.", "Norland Party | added | the public should be asked\n"},
	}, RuleBodyOwner)
}
