package claim

import "testing"

// TestPluralDescribed checks that a subject whose plural head a name
// modifies leaves "it" the body it stood for before, and that a singular
// one a place modifies still clears it.
func TestPluralDescribed(t *testing.T) {
	text := "The states will grow, the [[Tarvik Commission|ORG]] said. In contrast, the 12 [[Harlow|LOC]] zone countries will lag. It warned that growth could slow."
	checkSources(t, []speakerRow{
		{"a plural a place modifies", text, "Tarvik Commission | said | The states will grow\nTarvik Commission | warned | growth could slow\n"},
		{"a plural a work modifies", "The states will grow, the [[Tarvik Commission|ORG]] said. In contrast, the 12 [[Vellmar|MISC]] zone countries will lag. It warned that growth could slow.", "Tarvik Commission | said | The states will grow\nTarvik Commission | warned | growth could slow\n"},
		{"a singular a work's name modifies", "The [[Tarvik|MISC]] report looked at prices. It found that growth could slow.", "Tarvik | found | growth could slow\n"},
		{"a singular a place modifies", "The states will grow, the [[Tarvik Commission|ORG]] said. The [[Harlow|LOC]] government will lag. It warned that growth could slow.", "Tarvik Commission | said | The states will grow\n[The Harlow government] | warned | growth could slow\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Tarvik Commission | said | The states will grow\n- | warned | growth could slow\n"},
	}, RulePluralDescribed)
}

// TestItAfterWords checks that "it" after the words it reports is not
// the sentence's subject inside those words.
func TestItAfterWords(t *testing.T) {
	text := "The [[Tarvik Commission|ORG]] published a survey. [[Norland|LOC]] would also grow, it said."
	checkSources(t, []speakerRow{
		{"a place in the words", text, "Tarvik Commission | said | Norland would also grow\n"},
		{"it before the words", "The [[Tarvik Commission|ORG]] published a survey. [[Norland|LOC]] grew and it said the rise was small.", "Norland | said | the rise was small\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "- | said | Norland would also grow\n"},
	}, RuleItAfterWords)
}

// TestOpeningParticiple checks that the subject after an opening
// participle's phrase is whom "it" refers to next.
func TestOpeningParticiple(t *testing.T) {
	text := "[[Acme|ORG]] opened a port. Publishing its survey, the [[Tarvik Commission|ORG]] painted a bleak picture. Prices would rise, it said."
	checkSources(t, []speakerRow{
		{"an opening participle", text, "Tarvik Commission | said | Prices would rise\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Acme | said | Prices would rise\n"},
	}, RuleOpeningParticiple)
}

// TestSuchAsList checks that no name of a list of examples is the
// subject that "it" stands for.
func TestSuchAsList(t *testing.T) {
	text := "The [[Tarvik Commission|ORG]] published a survey. Smaller nations such as [[Harlow|LOC]], [[Ostmark|LOC]] and [[Brenna|LOC]] would grow, it said."
	checkSources(t, []speakerRow{
		{"such as", text, "Tarvik Commission | said | Smaller nations such as Harlow, Ostmark and Brenna would grow\n"},
		{"a comma after an opening phrase", "The [[Tarvik Commission|ORG]] published a survey. In [[Harlow|LOC]], [[Acme|ORG]] said the port would close.", "Acme | said | the port would close\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "- | said | Smaller nations such as Harlow, Ostmark and Brenna would grow\n"},
	}, RuleSuchAsList, RuleItAfterWords)
}

// TestObjectPronoun checks that an object pronoun before a conjunction
// leaves the clause's subject the speaker of the verb after it.
func TestObjectPronoun(t *testing.T) {
	text := "[[Bo Ek|PER]] wrote a song. He finished it last year and says it was bad."
	checkSources(t, []speakerRow{
		{"it after a verb", text, "Bo Ek | says | it was bad\n"},
		{"them after a verb", "[[Bo Ek|PER]] met the men. He thanked them and said the port would close.", "Bo Ek | said | the port would close\n"},
		{"a subject pronoun", "[[Bo Ek|PER]] wrote a song. He left and they say it was bad.", "- | say | it was bad\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "- | says | it was bad\n"},
	}, RuleObjectPronoun)
}

// TestPresentParticipleAside checks that an aside a present participle
// opens after the subject's noun leaves the noun the speaker, not a
// name that ends the aside.
func TestPresentParticipleAside(t *testing.T) {
	text := "The chancellor, speaking during a week-long tour of [[Tarvik|LOC]], said the port would close."
	checkSources(t, []speakerRow{
		{"a place ends the aside", text, "[The chancellor] | said | the port would close\n"},
		{"a body before the aside", "[[Acme|ORG]], hoping to win the bid, said the port would close.", "Acme | said | the port would close\n"},
		{"including lists members", "Officials, including [[Ann Lee|PER]], said the port would close.", "Ann Lee | said | the port would close\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Tarvik | said | the port would close\n"},
	}, RulePresentParticipleAside)
}

// TestBodyOfPlace checks that a place's name after "of" and a body's
// name leaves the body the speaker.
func TestBodyOfPlace(t *testing.T) {
	text := "Car sales rose 22% last year, the [[Association of Car Makers|ORG]] of [[Norland|LOC]] said."
	checkSources(t, []speakerRow{
		{"a body of a place", text, "Association of Car Makers | said | Car sales rose 22% last year\n"},
		{"no body before of", "Car sales rose 22% last year, the head of [[Norland|LOC]] said.", "Norland | said | Car sales rose 22% last year\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Norland | said | Car sales rose 22% last year\n"},
	}, RuleBodyOfPlace)
}

// TestDeterminerBound checks that a name before the determiner that
// opens the subject's phrase is no modifier of its noun.
func TestDeterminerBound(t *testing.T) {
	text := "According to [[Bo Ek|PER]] the minister said the port would close."
	checkSources(t, []speakerRow{
		{"a name before the", text, "[the minister] | said | the port would close\n"},
		{"a name after the", "The [[Acme|ORG]] spokesman said the port would close.", "Acme | said | the port would close\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Bo Ek | said | the port would close\n"},
	}, RuleDeterminerBound)
}
