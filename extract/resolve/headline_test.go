package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestHeadlineTails checks that common words a title-case headline runs
// into a name are cut from it when the text names the rest or the
// gazetteer lists it, and that a name the text writes whole, one ending in
// a word for a kind of body, one whose rest the text does not name nor
// the gazetteer lists but as a common word, and a headline in sentence
// case are left alone.
func TestHeadlineTails(t *testing.T) {
	const org, per, loc, misc = extract.Organization, extract.Person, extract.Location, extract.Miscellaneous
	tests := []entityRow{
		{"a common noun", "Shares Fall on Acme Downgrade\n\nShares in Acme fell.",
			[][2]string{{"Acme Downgrade", org}, {"Acme", org}}, []string{"Acme"}},
		{"a word for people", "Acme Executives Go to Court\n\nAcme said so.",
			[][2]string{{"Acme Executives", org}, {"Acme", org}}, []string{"Acme"}},
		{"in lower case in the text", "Harlow Closes Vell Depots\n\nHarlow shut the Vell depots.",
			[][2]string{{"Harlow", loc}, {"Vell Depots", org}, {"Harlow", loc}}, []string{"Harlow"}},
		{"two common nouns", "Tarvik Sales Slump Worries Harlow\n\nTarvik sold less.",
			[][2]string{{"Tarvik Sales Slump", org}, {"Harlow", loc}, {"Tarvik", org}}, []string{"Tarvik", "Harlow"}},
		{"the longest part named", "Pellam Trust Sales Rise\n\nThe Pellam Trust sold more.",
			[][2]string{{"Pellam Trust Sales", org}, {"Pellam Trust", org}}, []string{"Pellam Trust"}},
		{"the text's type", "Ann Lee Backers Rally in Harlow\n\nAnn Lee spoke.",
			[][2]string{{"Ann Lee Backers", org}, {"Harlow", loc}, {"Ann Lee", per}}, []string{"Ann Lee", "Harlow"}},
		{"written whole", "Acme Downgrade Hits Shares\n\nThe Acme Downgrade came on Monday.",
			[][2]string{{"Acme Downgrade", org}, {"Acme Downgrade", org}}, []string{"Acme Downgrade"}},
		{"a kind of body", "Shares Fall at Harlow Bank\n\nHarlow shares fell.",
			[][2]string{{"Harlow Bank", org}, {"Harlow", loc}}, []string{"Harlow Bank", "Harlow"}},
		{"the rest not in the text", "Shares Fall on Acme Downgrade\n\nShares fell.",
			[][2]string{{"Acme Downgrade", org}}, []string{"Acme Downgrade"}},
		{"a common word before", "Floods Hit Remote Harlow\n\nRain fell on Harlow.",
			[][2]string{{"Remote Harlow", loc}, {"Harlow", loc}}, []string{"Harlow"}},
		{"a rare verb before", "Acme Pummels Harlow\n\nAcme beat Harlow.",
			[][2]string{{"Acme", org}, {"Pummels Harlow", per}, {"Acme", org}, {"Harlow", org}}, []string{"Acme", "Harlow"}},
		{"sentence case", "Shares fall on Acme Downgrade news\n\nShares in Acme fell.",
			[][2]string{{"Acme Downgrade", org}, {"Acme", org}}, []string{"Acme Downgrade", "Acme"}},
		{"a word the text writes in lower case", "Floods in Harlow Typhoon\n\nThe typhoon hit Harlow.",
			[][2]string{{"Harlow Typhoon", per}, {"Harlow", loc}}, []string{"Harlow"}},
		{"a rare noun's plural", "Tarvik Wildfires Grow\n\nAcme Wire - Wildfires burned in Tarvik.",
			[][2]string{{"Tarvik Wildfires", org}, {"Acme Wire", org}, {"Tarvik", loc}}, []string{"Tarvik", "Acme Wire"}},
		{"a rare adverb", "Norland Should Pick Lee Less Cautiously\n\nNorland picked Ann Lee.",
			[][2]string{{"Norland", loc}, {"Lee Less Cautiously", per}, {"Norland", loc}, {"Ann Lee", per}}, []string{"Norland", "Ann Lee"}},
		{"a rare noun", "Jury Hears Ann Lee Accuser\n\nAnn Lee spoke.",
			[][2]string{{"Ann Lee Accuser", org}, {"Ann Lee", per}}, []string{"Ann Lee"}},
		{"a listed name the text does not write", "Tarco Jamboree Ends\n\nThe rally ended.",
			[][2]string{{"Tarco Jamboree", per}}, []string{"Tarco"}},
		{"a listed name of a common word", "Vell Oil Jamboree Ends\n\nThe rally ended.",
			[][2]string{{"Vell Oil Jamboree", org}}, []string{"Vell Oil Jamboree"}},
		{"a function word among common words", "Otters' Ann Lee Ready for Return\n\nAnn Lee is fit again.",
			[][2]string{{"Ann Lee Ready for Return", per}, {"Ann Lee", per}}, []string{"Ann Lee"}},
		{"a thing's name the text names shorter", "Acme Shows Vell Chip\n\nAcme makes the Vell graphics chip.",
			[][2]string{{"Acme", org}, {"Vell Chip", misc}, {"Acme", org}, {"Vell", misc}}, []string{"Acme", "Vell"}},
		{"a thing's name the text does not name shorter", "Acme Shows Vell Chip\n\nAcme makes a Vell and a chip.",
			[][2]string{{"Acme", org}, {"Vell Chip", misc}, {"Acme", org}}, []string{"Acme", "Vell Chip"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: casedWords{}}), tests)
}

// TestHeadlinePhrases checks that a phrase of common words in a title-case
// headline that the text does not write as a name is dropped, and that
// names are kept.
func TestHeadlinePhrases(t *testing.T) {
	const org, loc, per = extract.Organization, extract.Location, extract.Person
	tests := []entityRow{
		{"common words", "Harlow Sees Safety Downgrade\n\nHarlow said so.",
			[][2]string{{"Harlow", loc}, {"Safety Downgrade", org}, {"Harlow", loc}}, []string{"Harlow"}},
		{"a rare common word", "Water Glimpse at Harlow\n\nHarlow said so.",
			[][2]string{{"Water Glimpse", org}, {"Harlow", loc}, {"Harlow", loc}}, []string{"Harlow"}},
		{"written in lower case in the text", "Harlow Finds Pellam-Sized Fish\n\nHarlow found pellam-sized fish.",
			[][2]string{{"Harlow", loc}, {"Pellam-Sized", loc}, {"Harlow", loc}}, []string{"Harlow"}},
		{"the text writes it", "Safety Downgrade Hits Harlow\n\nThe Safety Downgrade came first.",
			[][2]string{{"Safety Downgrade", org}, {"Harlow", loc}, {"Safety Downgrade", org}}, []string{"Safety Downgrade", "Harlow"}},
		{"a name's word", "Tarvik Safety Wins Harlow Deal\n\nRain fell.",
			[][2]string{{"Tarvik Safety", org}, {"Harlow", loc}}, []string{"Tarvik Safety", "Harlow"}},
		{"a person's name ending in a common word", "Harlow Hears Acme Lawyer\n\nHarlow said so.",
			[][2]string{{"Harlow", loc}, {"Acme Lawyer", per}, {"Harlow", loc}}, []string{"Harlow"}},
		{"a surname the text capitalises", "Harlow Hears Ann Lawyer\n\nThen Ms Lawyer spoke.",
			[][2]string{{"Harlow", loc}, {"Ann Lawyer", per}, {"Lawyer", per}}, []string{"Harlow", "Ann Lawyer"}},
		{"sentence case", "Harlow sees the Safety Downgrade coming\n\nHarlow said so.",
			[][2]string{{"Harlow", loc}, {"Safety Downgrade", org}, {"Harlow", loc}}, []string{"Harlow", "Safety Downgrade"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: casedWords{}}), tests)
}

// countryWords is casedWords whose alias table reads "Norland" as a
// country.
type countryWords struct{ casedWords }

func (countryWords) Canonical(name, coarseType string) (string, string, string, bool) {
	if name == "Norland" {
		return "Norland", extract.Location, "Country", true
	}
	return "", "", "", false
}

// TestHeadlinePrepositions checks that a preposition of place that opens a
// title-case headline's name is cut, the rest typed as the text types it
// or dropped when the text never names it, and that a name the text writes
// whole and a sentence-case headline are left alone.
func TestHeadlinePrepositions(t *testing.T) {
	const org, per, loc = extract.Organization, extract.Person, extract.Location
	tests := []entityRow{
		{"named in the text", "Blast Kills Two Near Tarvik\n\nA blast hit a town in Tarvik.",
			[][2]string{{"Near Tarvik", per}, {"Tarvik", loc}}, []string{"Tarvik"}},
		{"never named", "Blast Kills Two Near Tarvik-Pellam Road\n\nA blast hit a road.",
			[][2]string{{"Near Tarvik-Pellam", org}}, nil},
		{"written whole", "Boats Sail Near Harlow Again\n\nThe Near Harlow festival opened.",
			[][2]string{{"Near Harlow", org}, {"Near Harlow", org}}, []string{"Near Harlow"}},
		{"sentence case", "Blast kills two near the Tarvik border\n\nA blast hit Tarvik.",
			[][2]string{{"Tarvik", loc}, {"Tarvik", loc}}, []string{"Tarvik"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: casedWords{}}), tests)
}

// TestHeadlineCountryHeads checks that a country's name a headline glues
// to the name after it is cut when the text has a mention of the rest
// and never writes the whole, and that the name is left whole when the
// text writes it so, names no rest, or the first word is no country.
func TestHeadlineCountryHeads(t *testing.T) {
	const org, loc = extract.Organization, extract.Location
	tests := []entityRow{
		{"a country before a firm", "Acme buys Norland Tarvik\n\nAcme will buy the Norland registrar, Tarvik.",
			[][2]string{{"Acme", org}, {"Norland Tarvik", org}, {"Acme", org}, {"Norland", loc}, {"Tarvik", org}}, []string{"Acme", "Tarvik", "Norland"}},
		{"written whole", "Acme buys Norland Tarvik\n\nAcme will buy Norland Tarvik.",
			[][2]string{{"Acme", org}, {"Norland Tarvik", org}, {"Acme", org}, {"Norland Tarvik", org}}, []string{"Acme", "Norland Tarvik"}},
		{"the rest no mention", "Acme buys Norland Tarvik\n\nAcme will buy the registrar.",
			[][2]string{{"Acme", org}, {"Norland Tarvik", org}, {"Acme", org}}, []string{"Acme", "Norland Tarvik"}},
		{"no country first", "Acme buys Harlow Tarvik\n\nAcme will buy the Harlow registrar, Tarvik.",
			[][2]string{{"Acme", org}, {"Harlow Tarvik", org}, {"Acme", org}, {"Harlow", loc}, {"Tarvik", org}}, []string{"Acme", "Harlow Tarvik", "Harlow", "Tarvik"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: countryWords{}}), tests)
}

// TestCapitalisedIn checks that a word capitalised inside a sentence is
// found, and that one opening a sentence, a line or the text after a
// line's opening credit is not.
func TestCapitalisedIn(t *testing.T) {
	tests := []struct {
		name, text, word string
		want             bool
	}{
		{"inside a sentence", "Rain and Floods hit Harlow.", "Floods", true},
		{"after a full stop", "Rain fell. Floods hit Harlow.", "Floods", false},
		{"after an agency's credit", "\n\nAcme Wire - Floods hit Harlow.", "Floods", false},
		{"after a dateline's credit", "\nHARLOW (Acme) - Floods hit.", "Floods", false},
		{"a dash inside a sentence", "Rain fell on the town - Floods came later.", "Floods", true},
		{"a long opening before the dash", "\nRain and Hail and Sleet Fell - Floods came.", "Floods", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := capitalisedIn(tt.text, tt.word); got != tt.want {
				t.Errorf("capitalisedIn(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
			}
		})
	}
}

// TestSectionLabels checks the section-label construction: a headline
// that is a name and a newspaper's word is the section of what the text
// names, and stays whole when the text names nothing of it.
func TestSectionLabels(t *testing.T) {
	const org = extract.Organization
	tests := []entityRow{
		{"the club named in the text", "Harlow Rovers News\n\nThe Rovers won on Sunday.", [][2]string{{"Harlow Rovers News", org}, {"Rovers", org}}, []string{"Harlow Rovers", "Rovers"}},
		{"nothing of it named", "Harlow Rovers News\n\nThe team won on Sunday.", [][2]string{{"Harlow Rovers News", org}}, []string{"Harlow Rovers News"}},
		{"a newspaper's word inside a headline", "Harlow Rovers News boss quits\n\nThe Rovers won on Sunday.", [][2]string{{"Harlow Rovers News", org}, {"Rovers", org}}, []string{"Harlow Rovers News", "Rovers"}},
	}
	checkAnnotatedNames(t, New(nil), tests)
}

// TestCountryHeads checks that a country's name that opens a body's name
// after "the" in the text is cut when the text writes the rest, or the
// rest but its last word, alone, and that a name written whole elsewhere
// or whose rest is written nowhere stays whole (the body-country-head
// construction).
func TestCountryHeads(t *testing.T) {
	const org = extract.Organization
	tests := []entityRow{
		{"the rest's first words alone", "The report by the Norland Tarvik Research Centre came out. According to Tarvik Research, most agree.",
			[][2]string{{"Norland Tarvik Research Centre", org}, {"Tarvik Research", org}}, []string{"Tarvik Research Centre"}},
		{"the rest written nowhere", "The report by the Norland Tarvik Research Centre came out.",
			[][2]string{{"Norland Tarvik Research Centre", org}}, []string{"Norland Tarvik Research Centre"}},
		{"no article before", "Norland Tarvik Research Centre said so. According to Tarvik Research, most agree.",
			[][2]string{{"Norland Tarvik Research Centre", org}, {"Tarvik Research", org}}, []string{"Norland Tarvik Research Centre", "Tarvik Research"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: countryWords{}}), tests)
}

// TestHeadlineSplits checks the headline-split construction: two names a
// space parts in a headline are one when the text names the two whole,
// and stay two when it does not, or when they are parted by more than a
// space.
func TestHeadlineSplits(t *testing.T) {
	const misc, loc, per = extract.Miscellaneous, extract.Location, extract.Person
	tests := []entityRow{
		{"written whole in the text", "Live: Norlandic Grand Prix\n\nShe won the Norlandic Grand Prix.",
			[][2]string{{"Norlandic", loc}, {"Grand Prix", misc}, {"Norlandic Grand Prix", misc}}, []string{"Norlandic Grand Prix"}},
		{"never written whole", "Live: Norlandic Grand Prix\n\nShe won the Grand Prix in Norland.",
			[][2]string{{"Norlandic", loc}, {"Grand Prix", misc}, {"Grand Prix", misc}, {"Norland", loc}}, []string{"Norlandic", "Grand Prix", "Norland"}},
		{"parted by a comma", "Harlow, Tarvik Vell\n\nShe lives in Tarvik Vell.",
			[][2]string{{"Harlow", loc}, {"Tarvik Vell", per}, {"Tarvik Vell", per}}, []string{"Harlow", "Tarvik Vell"}},
	}
	checkAnnotatedNames(t, New(nil), tests)
}
