package claim

import "testing"

// TestPronounGender checks that a "he" or "she" that stood for a person
// gives that person a gender a later pronoun of the other gender must
// agree with.
func TestPronounGender(t *testing.T) {
	checkSources(t, []speakerRow{
		{"she after he", "[[Bo Ek|PER]] spoke first. He said the port was shut. The deal was signed in [[Harlow|LOC]]. \"The port is open,\" she said.", "Bo Ek | said | the port was shut\n- | said | The port is open\n"},
		{"he after he", "[[Bo Ek|PER]] spoke first. He said the port was shut. The deal was signed in [[Harlow|LOC]]. \"The port is open,\" he said.", "Bo Ek | said | the port was shut\nBo Ek | said | The port is open\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Bo Ek|PER]] spoke first. He said the port was shut. The deal was signed in [[Harlow|LOC]]. \"The port is open,\" she said.", "Bo Ek | said | the port was shut\nBo Ek | said | The port is open\n"},
	}, RulePronounGender)
}

// TestQuoteRunSubject checks that a name inside a quotation that runs
// on from the claim before is not whom "he" refers to next: the speaker
// of the quotation is.
func TestQuoteRunSubject(t *testing.T) {
	text := "[[Ann Lee|PER]] spoke first. [[Bo Ek|PER]] said: \"This is damaging. [[Di Moss|PER]] knows it as well as anyone. \"I think it is poor.\" He added: \"Lots of ministers believe it.\""
	checkSources(t, []speakerRow{
		{"quotation runs on", text, "Bo Ek | said | This is damaging\nBo Ek | added | Lots of ministers believe it\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Bo Ek | said | This is damaging\nDi Moss | added | Lots of ministers believe it\n"},
	}, RuleQuoteRunSubject)
}

// TestAgreeingNamed checks that "he" or "she" the latest person's gender
// does not agree with is the first other person named before it in its
// sentence, or in the sentence before.
func TestAgreeingNamed(t *testing.T) {
	same := "[[Bo Ek|PER]] spoke first. He said the port was shut. If [[Di Moss|PER]] takes the seat, she has said that the port will open."
	before := "[[Bo Ek|PER]] spoke first. He said the port was shut. The deal with [[Di Moss|PER]] was signed in [[Harlow|LOC]]. \"The port is open,\" she said."
	checkSources(t, []speakerRow{
		{"in its sentence", same, "Bo Ek | said | the port was shut\nDi Moss | said | the port will open\n"},
		{"in the sentence before", before, "Bo Ek | said | the port was shut\nDi Moss | said | The port is open\n"},
	})
	checkSources(t, []speakerRow{
		{"off", same, "Bo Ek | said | the port was shut\n- | said | the port will open\n"},
	}, RuleAgreeingNamed)
}
