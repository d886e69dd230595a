package claim

import "testing"

// TestThingFinding checks that a verb taking a clause that is no verb of
// saying, or one of what figures show, drops an unnamed subject that can
// hold no view and is no statement or record, and keeps people, bodies,
// records and verbs of saying.
func TestThingFinding(t *testing.T) {
	checkSources(t, []speakerRow{
		{"maps show", "Old maps show the river near Tarvik once ran north.", ""},
		{"gauges suggesting", "Other gauges are also suggesting that the economy of Norland is recovering.", ""},
		{"software will find", "The software will find the messages sent on Monday.", ""},
		{"a budget assumes", "The budget assumes fuel prices will stay low in Harlow.", ""},
		{"a survey shows", "A new survey shows most voters in Harlow back the plan.", "[A new survey] | shows | most voters in Harlow back the plan\n"},
		{"a poll shows", "The poll shows Ann Lee is ahead in Harlow.", "[The poll] | shows | Ann Lee is ahead in Harlow\n"},
		{"people believe", "Many people believe the plant in Tarvik will close.", "[Many people] | believe | the plant in Tarvik will close\n"},
		{"sources believe", "Sources believe the plant in Tarvik will close.", "[Sources] | believe | the plant in Tarvik will close\n"},
		{"a record in an of phrase", "Prices rose after a series of recent surveys showed the market was slowing down.", "[a series] | showed | the market was slowing down\n"},
		{"an email's showing", "An email showed Bo Ek had told a colleague to wait.", "[An email] | showed | Bo Ek had told a colleague to wait\n"},
		{"a thing's saying kept", "The restoration said that the coins were rare.", "[The restoration] | said | the coins were rare\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "Old maps show the river near Tarvik once ran north.", "[Old maps] | show | the river near Tarvik once ran north\n"},
	}, RuleThingFinding)
}
