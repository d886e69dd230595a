package claim

import "testing"

// TestAgreedWith checks that a verb of agreeing whose content is only the
// one agreed with is no claim, while a clause agreed with is kept.
func TestAgreedWith(t *testing.T) {
	checkSources(t, []speakerRow{
		{"a name", "[[Ann Lee|PER]] agreed with [[Bo Ek|PER]].", ""},
		{"an adverb then a name", "[[Ann Lee|PER]] agreed wholeheartedly with Mr [[Bo Ek|PER]].", ""},
		{"a noun phrase", "[[Ann Lee|PER]] agreed with Mr [[Bo Ek|PER]]'s views on the port.", ""},
		{"what was said", "[[Ann Lee|PER]] agreed with the analysis of the port.", "Ann Lee | agreed | the analysis of the port\n"},
		{"a clause", "[[Ann Lee|PER]] agreed that the port should close.", "Ann Lee | agreed | the port should close\n"},
	})
	checkSources(t, []speakerRow{
		{"agreed-with off", "[[Ann Lee|PER]] agreed with [[Bo Ek|PER]].", "Ann Lee | agreed | Bo Ek\n"},
	}, RuleAgreedWith)
}

// TestReaderFirstPerson checks that a first-person view with no speaker
// after a section break is its signer's when a signature line follows
// its paragraph, and no claim when none does, while a first-person view
// before the break and a quoted one are left alone.
func TestReaderFirstPerson(t *testing.T) {
	const article = "Port plan splits Harlow\n\n[[Ann Lee|PER]] said the port would close.\n\n\n\n"
	checkSources(t, []speakerRow{
		{"signed", article + "I think the council should listen to the town.\n[[Bo Ek|PER]], Pellam, Norland\n", "Ann Lee | said | the port would close\nBo Ek | think | the council should listen to the town\n"},
		{"signed, town only", article + "We hope the plan will fail.\n[[Bo Ek|PER]], Pellam\n", "Ann Lee | said | the port would close\nBo Ek | hope | the plan will fail\n"},
		{"unsigned", article + "I think the council should listen to the town.\n\nThe port is old.\n", "Ann Lee | said | the port would close\n"},
		{"a negated view", article + "I do not believe the plan is sound.\n", "Ann Lee | said | the port would close\n"},
		{"no section break", "Port plan splits Harlow\n\nI think the council should listen to the town.\n", "- | think | the council should listen to the town\n"},
		{"a signature with a full stop", article + "I think the council should listen to the town.\n[[Bo Ek|PER]], Pellam.\n", "Ann Lee | said | the port would close\n"},
	})
	checkSources(t, []speakerRow{
		{"reader-first-person off", article + "I think the council should listen to the town.\n[[Bo Ek|PER]], Pellam, Norland\n", "Ann Lee | said | the port would close\n- | think | the council should listen to the town\n"},
	}, RuleReaderFirstPerson)
}

// TestCommentRunOn checks that in readers' comments after a section
// break a content ends at a semicolon or at "but" opening a clause, while
// the same words in the article run on.
func TestCommentRunOn(t *testing.T) {
	const article = "Port plan splits Harlow\n\nThe council met on Monday.\n\n\n\n"
	checkSources(t, []speakerRow{
		{"a semicolon", article + "[[Ann Lee|PER]] says 30 jobs went over ten years; 300 jobs went in one day in Velden.\n", "Ann Lee | says | 30 jobs went over ten years\n"},
		{"but and a clause", article + "The officials intend to spread fear but in fact it is the council that spreads it.\n", "[The officials] | intend | to spread fear\n"},
		{"but and a bare verb", article + "The officials intend to spread fear but keep their names hidden.\n", "[The officials] | intend | to spread fear but keep their names hidden\n"},
		{"in the article", "Port plan splits Harlow\n\n[[Ann Lee|PER]] says 30 jobs went over ten years; 300 jobs went in one day in Velden.\n", "Ann Lee | says | 30 jobs went over ten years; 300 jobs went in one day in Velden\n"},
	})
	checkSources(t, []speakerRow{
		{"comment-run-on off", article + "[[Ann Lee|PER]] says 30 jobs went over ten years; 300 jobs went in one day in Velden.\n", "Ann Lee | says | 30 jobs went over ten years; 300 jobs went in one day in Velden\n"},
	}, RuleCommentRunOn)
}
