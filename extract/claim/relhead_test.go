package claim

import "testing"

// TestRelativeHead checks that a restrictive relative clause right
// before the verb leaves its antecedent the subject, kept with the
// clause in an unnamed source's words, and that a person's name before
// an aside and a relative clause speaks.
func TestRelativeHead(t *testing.T) {
	rows := []speakerRow{
		{"who", "The man who is in charge said the port would close.", "[The man who is in charge] | said | the port would close\n"},
		{"plural", "Officials who spoke to reporters said the port would close.", "[Officials who spoke to reporters] | said | the port would close\n"},
		{"that, a name inside", "The woman that beat [[Bo Ek|PER]] said the wind had helped.", "[The woman that beat Bo Ek] | said | the wind had helped\n"},
		{"nested", "The man who runs the firm that makes cars said sales rose.", "[The man who runs the firm that makes cars] | said | sales rose\n"},
		{"a date after the clause's preposition", "The kidnappers of two men who have been missing since August demanded a ransom.", "[The kidnappers of two men who have been missing since August] | demanded | a ransom\n"},
		{"a name after a noun opens the verb's subject", "A ring that was a gift and a watch [[Ann Lee|PER]] said was rare were stolen.", "Ann Lee | said | was rare were stolen\n"},
		{"a clause joined", "The surgeon who operated said he was fine but [[Harlow|ORG]] say he is still hurt.", "[The surgeon who operated] | said | he was fine\nHarlow | say | he is still hurt\n"},
		{"a subordinator's phrase", "The uncle of a boy who was hurt after a fall at the pool demanded an inquiry.", "[The uncle of a boy who was hurt after a fall at the pool] | demanded | an inquiry\n"},
		{"a subordinator's clause", "It is chatter that may die down now that [[Ann Lee|PER]] has endorsed [[Bo Ek|PER]].", "Ann Lee | endorsed | Bo Ek\n"},
		{"a coordinated verb of the clause", "Any firm that cuts jobs or asks staff to pay more is fined.", ""},
		{"a pronoun object", "Any pupil who teases a teacher and makes her think twice gets a detention.", ""},
		{"an auxiliary alone", "The delegates who’ve said they back Ann Lee were few.", "- | said | they back Ann Lee were few\n"},
		{"who after a place", "Voters in [[Harlow|LOC]] who watched the debate said they were unmoved.", "[Voters in Harlow who watched the debate] | said | they were unmoved\n"},
		{"object relative", "The plan that officials said would fail was dropped.", "[officials] | said | would fail was dropped\n"},
		{"a bare verb after the clause", "The report covers the trial which saw [[Bo Ek|PER]] deny the charges.", "Bo Ek | deny | the charges\n"},
		{"a bare verb after an adverb", "The report covers the trial which saw [[Bo Ek|PER]] initially deny the charges.", "Bo Ek | deny | the charges\n"},
		{"aside before a relative clause", "[[Ann Lee|PER]], head of the [[Tarvik|ORG]] unit, who made the call for change, said the penalty was weak.", "Ann Lee | said | the penalty was weak\n"},
	}
	checkSources(t, rows)
	checkSources(t, []speakerRow{
		{"off", "The man who is in charge said the port would close.", "[charge] | said | the port would close\n"},
	}, RuleRelativeHead)
}

// TestPhraseBoundary checks that an unnamed source's phrase starts at
// its determiner or quantifier, and after the object of a preposition
// that opens the clause.
func TestPhraseBoundary(t *testing.T) {
	rows := []speakerRow{
		{"quantifier", "Few were surprised by the move many analysts had said was wise.", "[many analysts] | said | was wise\n"},
		{"determiner", "In a report published in July the committee stated there was a risk.", "[the committee] | stated | there was a risk\n"},
		{"time span", "In recent years governments have said the port would close.", "[governments] | said | the port would close\n"},
		{"bare plural", "For years critics have said the port would close.", "[critics] | said | the port would close\n"},
		{"predeterminer", "All the officials said the port would close.", "[All the officials] | said | the port would close\n"},
		{"a noun phrase after a plural", "The dispute grew at the weekend with claims a note suggested [[Bo Ek|PER]] was ready to sell the wing.", "[a note] | suggested | Bo Ek was ready to sell the wing\n"},
		{"a year after the article", "A 2014 study that appeared in a journal found that most tests failed.", "[A 2014 study that appeared in a journal] | found | most tests failed\n"},
		{"with and a participle's subject", "The race was close, with the new [[Acme|ORG]] survey finding that most voters were undecided.", "[the new Acme survey] | finding | most voters were undecided\n"},
		{"a name after the opening preposition", "In [[Norland|LOC]] officials said the port would close.", "[officials] | said | the port would close\n"},
		{"a participle's phrase before a relative pronoun", "Rents rose in a study released on Friday that also showed a fall in building.", "[a study released on Friday] | showed | a fall in building\n"},
		{"a conjunction after evidence's participle", "Sales fell, a study showed on Friday, but dealers said demand was firm.", "[dealers] | said | demand was firm\n"},
		{"a conjunction inside a name", "A poll conducted by [[Media and Public Affairs|ORG]] found that most ratings favoured one side.", "Media and Public Affairs | found | most ratings favoured one side\n"},
		{"compound", "Union leaders said the port would close.", "[Union leaders] | said | the port would close\n"},
	}
	checkSources(t, rows)
	checkSources(t, []speakerRow{
		{"off", "In recent years governments have said the port would close.", "[recent years governments] | said | the port would close\n"},
	}, RulePhraseBoundary)
}
