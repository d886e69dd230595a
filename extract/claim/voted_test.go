package claim

import "testing"

// TestVotedAct checks that a rejection that is a vote or a decision is
// no claim, while a rejection of words and a denial are kept.
func TestVotedAct(t *testing.T) {
	rows := []speakerRow{
		{"a law's noun", "The senators rejected the treaty.", ""},
		{"votes counted", "Lawmakers rejected the plan by 300 votes on Tuesday.", ""},
		{"a referendum", "Voters rejected the plan in a referendum.", ""},
		{"voted to reject", "[[Acme|ORG]] shareholders voted to reject the bid.", ""},
		{"words rejected", "[[Ann Lee|PER]] rejected the claim that she had lied.", "Ann Lee | rejected | the claim that she had lied\n"},
		{"a judgement as", "[[Bo Ek|PER]] dismissed the bill as a stunt.", "Bo Ek | dismissed | the bill as a stunt\n"},
		{"deny states", "[[Bo Ek|PER]] denied the bill would raise taxes.", "Bo Ek | denied | the bill would raise taxes\n"},
	}
	checkSources(t, rows)
	checkSources(t, []speakerRow{
		{"off", "Lawmakers rejected the plan by 300 votes on Tuesday.", "[Lawmakers] | rejected | the plan by 300 votes on Tuesday\n"},
	}, RuleVotedAct)
}
