package resolve

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
)

// titleNames knows boundNames' names and how news writes a few common
// nouns that titles capitalise.
type titleNames struct{ boundNames }

func (t titleNames) Casing(word string) (int, int, bool) {
	switch strings.ToLower(word) {
	case "rain", "night", "hall", "winter", "city":
		return 300, 40, true
	}
	return t.boundNames.Casing(word)
}

// TestJoinTitleWords checks that a title the tagger cut at a function
// word before a capitalised common noun is joined into one name, and
// that a name before a phrase, a headline and a listed or proper name
// after the function word stay apart.
func TestJoinTitleWords(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []entityRow{
		{"a verb and the noun", "She met the Dancing the Night director on Monday.",
			[][2]string{{"Dancing", misc}, {"Night", org}}, []string{"Dancing the Night"}},
		{"a name and in", "The success of Pellam in Winter surprised him.",
			[][2]string{{"Pellam", per}, {"Winter", loc}}, []string{"Pellam in Winter"}},
		{"an article opens the title", "Films such as The Harp in the Night did well.",
			[][2]string{{"The Harp", org}, {"Night", loc}}, []string{"The Harp in the Night"}},
		{"a possessive opens the title", "Ann Lee starred in My Summer of Rain last year.",
			[][2]string{{"Ann Lee", per}, {"My Summer", misc}, {"Rain", loc}}, []string{"Ann Lee", "My Summer of Rain"}},
		{"a number in words and a plural open the title", "In the drama category, Forty Harps of Rain was named winner.",
			[][2]string{{"Forty Harps", per}, {"Rain", loc}}, []string{"Forty Harps of Rain"}},
		{"a number in words and a singular", "In the drama category, Forty Harp of Rain was named winner.",
			[][2]string{{"Forty Harp", per}, {"Rain", loc}}, []string{"Forty Harp", "Rain"}},
		{"a person's full name", "He told Ann Lee of the City on Monday.",
			[][2]string{{"Ann Lee", per}, {"City", org}}, []string{"Ann Lee", "City"}},
		{"a place before the phrase, the season after \"in\" no name (time-span-word)", "Pellam played Harlow in Winter.",
			[][2]string{{"Pellam", org}, {"Harlow", loc}, {"Winter", loc}}, []string{"Pellam", "Harlow"}},
		{"a proper name after the word", "Pellam in Ostmark surprised him.",
			[][2]string{{"Pellam", per}, {"Ostmark", loc}}, []string{"Pellam", "Ostmark"}},
		{"a miscellaneous short name", "Pellam in the City surprised him.",
			[][2]string{{"Pellam", org}, {"City", misc}}, []string{"Pellam", "City"}},
		{"a capitalised word after the noun", "The success of Pellam in Winter Harlow surprised him.",
			[][2]string{{"Pellam", per}, {"Winter Harlow", loc}}, []string{"Pellam", "Winter Harlow"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: titleNames{}}), tests)
}

// TestJoinWorkAnd checks that a title opened by a capitalised common word
// after a singular noun for a work and cut at "and" is joined into one
// name, and that a plural noun, a proper name first, a person's name
// second, or a capitalised word after the title keep the parts apart.
func TestJoinWorkAnd(t *testing.T) {
	const per, loc = extract.Person, extract.Location
	tests := []entityRow{
		{"a record's noun", "The album follows single Rain and Harlow Hall, which did well.",
			[][2]string{{"Rain", loc}, {"Harlow Hall", loc}}, []string{"Rain and Harlow Hall"}},
		{"a film's noun", "She praised the film Night and Harlow at the show.",
			[][2]string{{"Night", loc}, {"Harlow", loc}}, []string{"Night and Harlow"}},
		{"a plural noun", "She praised the films Night and Harlow at the show.",
			[][2]string{{"Night", loc}, {"Harlow", loc}}, []string{"Night", "Harlow"}},
		{"a proper name first", "She praised the film Pellam and Harlow at the show.",
			[][2]string{{"Pellam", loc}, {"Harlow", loc}}, []string{"Pellam", "Harlow"}},
		{"a person second", "She praised the film Night and Ann Lee sang.",
			[][2]string{{"Night", loc}, {"Ann Lee", per}}, []string{"Night", "Ann Lee"}},
		{"a capitalised word after", "She praised the film Night and Harlow Monday.",
			[][2]string{{"Night", loc}, {"Harlow", loc}}, []string{"Night", "Harlow"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: titleNames{}}), tests)
}

// TestJoinWorkTitle checks that a title a singular noun for a work opens,
// cut by the recognizer at a preposition, is joined into one name, and
// that a listed name or a person after a preposition of place or company
// stays apart.
func TestJoinWorkTitle(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"of and a place", "She praised the sitcom The Mayor of Harlow on Monday.",
			[][2]string{{"The Mayor", org}, {"Harlow", loc}}, []string{"The Mayor of Harlow"}},
		{"of and a person", "She praised the film The Life of Bo Ek on Monday.",
			[][2]string{{"The Life", org}, {"Bo Ek", per}}, []string{"The Life of Bo Ek"}},
		{"on and an article", "He starred in the film Mutiny on the Tarvik last year.",
			[][2]string{{"Mutiny", org}, {"Tarvik", loc}}, []string{"Mutiny on the Tarvik"}},
		{"a comma after the noun", "She will star in a new sitcom, The World According to Bo, next year.",
			[][2]string{{"The World According", org}, {"Bo", per}}, []string{"The World According", "Bo"}},
		{"a comma and a name", "She will star in a new sitcom, The World According to Tarvik, next year.",
			[][2]string{{"The World According", org}, {"Tarvik", org}}, []string{"The World According to Tarvik"}},
		{"in and a listed place", "She praised the film Sideways in Harlow on Monday.",
			[][2]string{{"Sideways", org}, {"Harlow", loc}}, []string{"Sideways", "Harlow"}},
		{"with and a person", "She praised the show Breakfast with Bo Ek on Monday.",
			[][2]string{{"Breakfast", org}, {"Bo Ek", per}}, []string{"Breakfast", "Bo Ek"}},
		{"a plural noun", "She praised the films Mutiny on the Tarvik last year.",
			[][2]string{{"Mutiny", org}, {"Tarvik", loc}}, []string{"Mutiny", "Tarvik"}},
		{"no work noun", "She praised the firm Acme on the Tarvik last year.",
			[][2]string{{"Acme", org}, {"Tarvik", loc}}, []string{"Acme", "Tarvik"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: titleNames{}}), tests)
}

// TestJoinTitleList checks that three capitalised words listed after a
// singular noun for a work are one title, and that people, a plural noun
// and a body's word stay apart.
func TestJoinTitleList(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"cut at the comma", "Her album Rain, Winter & Night sold well.",
			[][2]string{{"Rain", org}, {"Winter & Night", org}}, []string{"Rain, Winter & Night"}},
		{"the first word left out", "Her album Rain, Winter and Night sold well.",
			[][2]string{{"Winter", loc}, {"Night", org}}, []string{"Rain, Winter and Night"}},
		{"people", "The film Rain, Bo and Ann won.",
			[][2]string{{"Rain", org}, {"Bo", per}, {"Ann", per}}, []string{"Rain", "Bo", "Ann"}},
		{"a plural noun", "Her albums Rain, Winter & Night sold well.",
			[][2]string{{"Rain", org}, {"Winter & Night", org}}, []string{"Rain", "Winter & Night"}},
		{"a body's word last", "The film Rain, Winter & Hall won.",
			[][2]string{{"Rain", org}, {"Winter & Hall", org}}, []string{"Rain", "Winter & Hall"}},
		{"a capitalised word after", "Her album Rain, Winter & Night Harlow sold well.",
			[][2]string{{"Rain", org}, {"Winter & Night Harlow", org}}, []string{"Rain", "Winter & Night Harlow"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: titleNames{}}), tests)
}

// TestJoinTitlePlace checks that a title cut before "in" and a place is
// joined when a work's participle follows, and that a person in a place
// and a place without such a participle stay apart.
func TestJoinTitlePlace(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"directed by", "He starred in Last Harp in Harlow, directed by Bo Ek, last year.",
			[][2]string{{"Last Harp", org}, {"Harlow", loc}, {"Bo Ek", per}}, []string{"Last Harp in Harlow", "Bo Ek"}},
		{"starring", "He praised Rain Road in Norland, starring Bo Ek, on Monday.",
			[][2]string{{"Rain Road", org}, {"Norland", loc}, {"Bo Ek", per}}, []string{"Rain Road in Norland", "Bo Ek"}},
		{"a person first", "He met Ann Lee in Harlow, starring Bo Ek, on Monday.",
			[][2]string{{"Ann Lee", per}, {"Harlow", loc}, {"Bo Ek", per}}, []string{"Ann Lee", "Harlow", "Bo Ek"}},
		{"no participle", "He starred in Last Harp in Harlow, and Bo Ek did too.",
			[][2]string{{"Last Harp", org}, {"Harlow", loc}, {"Bo Ek", per}}, []string{"Last Harp", "Harlow", "Bo Ek"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: titleNames{}}), tests)
}

// TestJoinOfTheTitle checks that a title cut before "of" and a
// capitalised "The" is joined, the title's first word left out at a
// sentence's start included, and that a word for a body, a listed name,
// a lower-case "the" and a capitalised word after stay apart.
func TestJoinOfTheTitle(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"a documentary", "It shows a film about Bo Ek and Grandchild of The Harbour on Monday.",
			[][2]string{{"Bo Ek", per}, {"Grandchild", per}, {"The Harbour", loc}}, []string{"Bo Ek", "Grandchild of The Harbour"}},
		{"the first word left out at the start", "It shows Grandchild of The Harbour on Monday. Grandchild of The Harbour, a film, follows Bo Ek.",
			[][2]string{{"Grandchild", per}, {"The Harbour", loc}, {"The Harbour", loc}, {"Bo Ek", per}}, []string{"Grandchild of The Harbour", "Bo Ek"}},
		{"a word for a body", "She joined the Bank of The Harbour on Monday.",
			[][2]string{{"Bank", org}, {"The Harbour", loc}}, []string{"Bank", "The Harbour"}},
		{"a listed place", "She left Harlow of The Harbour on Monday.",
			[][2]string{{"Harlow", org}, {"The Harbour", loc}}, []string{"Harlow", "The Harbour"}},
		{"a lower-case the", "It shows Grandchild of the Harbour on Monday.",
			[][2]string{{"Grandchild", per}, {"Harbour", loc}}, []string{"Grandchild", "Harbour"}},
		{"a capitalised word after", "It shows Grandchild of The Harbour Tarvik on Monday.",
			[][2]string{{"Grandchild", per}, {"The Harbour", loc}}, []string{"Grandchild", "The Harbour"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: titleNames{}}), tests)
}

// TestJoinWorkTitleRun checks that capitalised words the recognizer left
// out after a singular noun for a work join the name it read after a
// title's preposition, and that a listed place after "in", a person
// after "with", a plural noun and a mention among the words stay apart.
func TestJoinWorkTitleRun(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"in the", "It was the romantic drama Crying Out Rain in the Centre of Tarvik last year.",
			[][2]string{{"Centre of Tarvik", org}}, []string{"Crying Out Rain in the Centre of Tarvik"}},
		{"of", "Her album The Diary of Ann Lee sold well.",
			[][2]string{{"Ann Lee", per}}, []string{"The Diary of Ann Lee"}},
		{"a listed place after in", "It was the romantic drama Crying Out Rain in Harlow last year.",
			[][2]string{{"Harlow", loc}}, []string{"Harlow"}},
		{"a person after with", "It was the romantic drama Crying Out Rain with Ann Lee last year.",
			[][2]string{{"Ann Lee", per}}, []string{"Ann Lee"}},
		{"a plural noun", "Her albums The Diary of Ann Lee sold well.",
			[][2]string{{"Ann Lee", per}}, []string{"Ann Lee"}},
		{"a mention among the words", "Her album Tarvik Diary of Ann Lee sold well.",
			[][2]string{{"Tarvik", loc}, {"Ann Lee", per}}, []string{"Tarvik", "Ann Lee"}},
		{"the noun read as an adjective", "Action comedy Man of the Harbour, starring Ann Lee, came in at fifth.",
			[][2]string{{"Harbour", org}, {"Ann Lee", per}}, []string{"Man of the Harbour", "Ann Lee"}},
		{"the noun read as an adjective before of a", "New comedy Memoir of a Mad Ann Lee has ended her run.",
			[][2]string{{"Mad Ann Lee", per}}, []string{"Memoir of a Mad Ann Lee"}},
		{"an adjective WordNet has", "The classic Man of the Harbour came in at fifth.",
			[][2]string{{"Harbour", org}}, []string{"Harbour"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: titleNames{}}), tests)
}

// TestExtendPrepositionOpeners checks that a capitalised preposition
// after a word in lower case or a possessive opens the name after it,
// and that one opening a sentence or after a capitalised word does not.
func TestExtendPrepositionOpeners(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"after a possessive", "It pushed Ann Lee's Like Toy Harbours from number one.",
			[][2]string{{"Ann Lee", per}, {"Toy Harbours", org}}, []string{"Ann Lee", "Like Toy Harbours"}},
		{"after a word in lower case", "The Final Word and In High Places followed.",
			[][2]string{{"Final Word", org}, {"High Places", loc}}, []string{"Final Word", "In High Places"}},
		{"opening the sentence", "In High Places it rained.",
			[][2]string{{"High Places", loc}}, []string{"High Places"}},
		{"after a capitalised word", "Then Bo In Harlow spoke.",
			[][2]string{{"Bo", per}, {"Harlow", loc}}, []string{"Bo", "Harlow"}},
		{"a pronoun after a possessive", "His version of Ann Lee's I Can't Stay In Harlow topped the chart.",
			[][2]string{{"Ann Lee", per}, {"Can't Stay In Harlow", org}}, []string{"Ann Lee", "I Can't Stay In Harlow"}},
		{"a pronoun after a word in lower case", "He said that I Bo Ek would go.",
			[][2]string{{"Bo Ek", per}}, []string{"Bo Ek"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: titleNames{}}), tests)
}

// TestJoinContractionTitles checks that a title cut at a pronoun's "'s"
// is mended on either side, and that a name's possessive and a word in
// lower case after the "'s" are left alone.
func TestJoinContractionTitles(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []entityRow{
		{"the name ends in It", "Critics in Harlow panned Hope It's Sunny Tomorrow.",
			[][2]string{{"Harlow", loc}, {"Hope It", org}, {"Sunny Tomorrow", misc}}, []string{"Harlow", "Hope It's Sunny Tomorrow"}},
		{"the name after Who's", "Viewers of Who's Minding Harlow fell by half in a year.",
			[][2]string{{"Minding Harlow", per}}, []string{"Who's Minding Harlow"}},
		{"words before It's", "Acme's new drama, Still Think It's Over Yet, ends in May.",
			[][2]string{{"Acme", org}, {"Over Yet", loc}}, []string{"Acme", "Still Think It's Over Yet"}},
		{"the name after an indefinite pronoun's 's", "Nobody's Watching Harlow beat a film by Ann Lee to the prize.",
			[][2]string{{"Watching Harlow", per}, {"Ann Lee", per}}, []string{"Nobody's Watching Harlow", "Ann Lee"}},
		{"a name's possessive", "He met Ann Lee's Harbour Band on Monday.",
			[][2]string{{"Ann Lee", per}, {"Harbour Band", org}}, []string{"Ann Lee", "Harbour Band"}},
		{"a word in lower case after", "She said It's fine in Harlow.",
			[][2]string{{"Harlow", loc}}, []string{"Harlow"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: titleNames{}}), tests)
}
