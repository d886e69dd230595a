package claim

import "testing"

// TestAddressee checks that a content after "told" starts past the
// addressee, a plural the tagger took for a verb or a name before the
// clause's subject, and that a content after only adverbs starts after
// "that".
func TestAddressee(t *testing.T) {
	checkSources(t, []speakerRow{
		{"party members", "[[Bo Ek|PER]] told [[Acme|ORG]] members the [[Tarvik|ORG]] plan would fail.", "Bo Ek | told | the Tarvik plan would fail\n"},
		{"a name, then the subject", "[[Ann Lee|PER]] told [[Acme|ORG]] progress had been made on the port.", "Ann Lee | told | progress had been made on the port\n"},
		{"people, then a name the subject", "[[Ann Lee|PER]] told reporters [[Bo Ek|PER]] did not deserve the credit.", "Ann Lee | told | Bo Ek did not deserve the credit\n"},
		{"a title before the name", "[[Ann Lee|PER]] told Acme chief [[Bo Ek|PER]] the plan would fail.", "Ann Lee | told | the plan would fail\n"},
		{"a website", "[[Ann Lee|PER]] told the [[Acme|ORG]] website she would stay.", "Ann Lee | told | she would stay\n"},
		{"all along", "[[Ann Lee|PER]] said all along that the port would shut.", "Ann Lee | said | the port would shut\n"},
		{"again and again", "[[Ann Lee|PER]] has said again and again that the port would shut.", "Ann Lee | said | the port would shut\n"},
		{"a noun before that", "[[Ann Lee|PER]] said this week that the port would shut.", "Ann Lee | said | the port would shut\n"},
	})
	checkSources(t, []speakerRow{
		{"told-name-subject off", "[[Ann Lee|PER]] told [[Acme|ORG]] progress had been made on the port.", "Ann Lee | told | Acme progress had been made on the port\n"},
	}, RuleToldNameSubject)
	checkSources(t, []speakerRow{
		{"adverb-run off", "[[Ann Lee|PER]] said all along that the port would shut.", "Ann Lee | said | all along that the port would shut\n"},
	}, RuleAdverbRun)
	checkSources(t, []speakerRow{
		{"noun-plural off", "[[Bo Ek|PER]] told [[Acme|ORG]] members the [[Tarvik|ORG]] plan would fail.", "Bo Ek | told | Acme members the Tarvik plan would fail\n"},
	}, RuleNounPlural)
}
