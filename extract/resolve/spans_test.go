package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestFinalStops checks that a name ending in a one-letter initial gives
// back the full stop that ends its sentence, and keeps one inside a
// sentence or after a longer abbreviation.
func TestFinalStops(t *testing.T) {
	const per, org = extract.Person, extract.Organization
	tests := []entityRow{
		{"the sentence's stop", "The film starred the rapper Ann B.", [][2]string{{"Ann B.", per}}, []string{"Ann B"}},
		{"inside the sentence", "Ann B. Lee spoke.", [][2]string{{"Ann B. Lee", per}}, []string{"Ann B. Lee"}},
		{"a longer abbreviation", "He joined Harlow N.V.", [][2]string{{"Harlow N.V.", org}}, []string{"Harlow N.V."}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}

// TestSplitPossessives checks that a name run over a possessive is split
// into its owner and the owned name when the owner is a name of its own,
// and stays whole when the "'s" is the name's own.
func TestSplitPossessives(t *testing.T) {
	const org, loc = extract.Organization, extract.Location
	tests := []entityRow{
		{"an owner named alone", "Vell Bank warned. The Vell Bank's Rates Committee met.",
			[][2]string{{"Vell Bank", org}, {"Vell Bank's Rates Committee", org}}, []string{"Vell Bank", "Rates Committee"}},
		{"a place's", "Norland's Vell Steel slid.",
			[][2]string{{"Norland's Vell Steel", org}}, []string{"Norland", "Vell Steel"}},
		{"one common word after", "Norland's Trust gave money.",
			[][2]string{{"Norland's Trust", org}}, []string{"Norland's Trust"}},
		{"an owner never named alone", "Pellam's Rates Committee met.",
			[][2]string{{"Pellam's Rates Committee", org}}, []string{"Pellam's Rates Committee"}},
		{"the owner cut off by the tagger elsewhere", "They met at Pellam's Vell Hall and later at Pellam's Vell Hall.",
			[][2]string{{"Pellam's Vell Hall", loc}, {"Pellam", org}, {"Vell Hall", loc}}, []string{"Pellam's Vell Hall", "Pellam", "Vell Hall"}},
		{"a business's own possessive", "Pellam's said so. Pellam's Ratings Service agreed.",
			[][2]string{{"Pellam", org}, {"Pellam's Ratings Service", org}}, []string{"Pellam's", "Pellam's Ratings Service"}},
		{"a legal ending after it", "Vell Bank warned. Vell Bank's Ltd agreed.",
			[][2]string{{"Vell Bank", org}, {"Vell Bank's Ltd", org}}, []string{"Vell Bank", "Vell Bank's Ltd"}},
		{"a place's name for a place", "They met in Norland's Vell Hall.",
			[][2]string{{"Norland's Vell Hall", loc}}, []string{"Norland", "Vell Hall"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}

// TestExtendToNames checks that the capitalised words before a name join
// it when the document writes the longer name at the start of another,
// and only then.
func TestExtendToNames(t *testing.T) {
	const per, org = extract.Person, extract.Organization
	tests := []entityRow{
		{"the start of another name", "But Vell Aid said no. Ann Lee of Vell Aid Norland spoke.",
			[][2]string{{"Aid", per}, {"Ann Lee", per}, {"Vell Aid Norland", org}}, []string{"Vell Aid", "Ann Lee", "Vell Aid Norland"}},
		{"no other name", "But Vell Aid said no.",
			[][2]string{{"Aid", per}}, []string{"Aid"}},
		{"not its start", "But Vell Aid said no. Ann Lee of Big Vell Aid spoke.",
			[][2]string{{"Aid", per}, {"Ann Lee", per}, {"Big Vell Aid", org}}, []string{"Aid", "Ann Lee", "Big Vell Aid"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}

// TestTrimCounts checks that an article or a number that the tagger began
// a name with leaves it when the name only modifies a noun or a number
// counts a team's players, and stays otherwise.
func TestTrimCounts(t *testing.T) {
	const org, misc = extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"an article before a noun", "A Harlow council decision angered them.",
			[][2]string{{"A Harlow", org}}, []string{"Harlow"}},
		{"a number before a noun", "He said Five Acme stores would shut.",
			[][2]string{{"Five Acme", org}}, []string{"Acme"}},
		{"a number before a verb in the plural", "Three Harlow Rovers have signed new deals.",
			[][2]string{{"Three Harlow Rovers", org}}, []string{"Harlow Rovers"}},
		{"a name that begins with a number", "Three Harlow Rovers is a band.",
			[][2]string{{"Three Harlow Rovers", org}}, []string{"Three Harlow Rovers"}},
		{"a title", "They saw A Harlow Night twice.",
			[][2]string{{"A Harlow Night", misc}}, []string{"A Harlow Night"}},
		{"a number before a plural name", "He missed Six Nations games.",
			[][2]string{{"Six Nations", org}}, []string{"Six Nations"}},
		{"a number and a singular noun", "It was a Six Harlow match.",
			[][2]string{{"Six Harlow", org}}, []string{"Six Harlow"}},
		{"after a determiner", "The Three Bells pub shut.",
			[][2]string{{"Three Bells", org}}, []string{"Three Bells"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}

// TestTrimOfCounts checks that "of" and a number in digits that count a
// plural noun after a name leave it, and that a name of one word before
// "of", a singular noun after, a number in letters and a title stay
// whole.
func TestTrimOfCounts(t *testing.T) {
	const org, misc = extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"a count of lenders", "Talks at the Pellam Trust of 14 lenders ended late.",
			[][2]string{{"Pellam Trust of 14", org}}, []string{"Pellam Trust"}},
		{"one word before of", "Delegates left the Circle of 12 nations early.",
			[][2]string{{"Circle of 12", org}}, []string{"Circle of 12"}},
		{"no plural noun after", "Talks at the Pellam Trust of 14 ended late.",
			[][2]string{{"Pellam Trust of 14", org}}, []string{"Pellam Trust of 14"}},
		{"a title", "They read Vell Tales of 1001 nights.",
			[][2]string{{"Vell Tales of 1001", misc}}, []string{"Vell Tales of 1001"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}

// TestSplitCountryRegions checks that a country's name the tagger ran
// into a region's is split off it, and that other names stay whole.
func TestSplitCountryRegions(t *testing.T) {
	const org, loc = extract.Organization, extract.Location
	aliases := fakeAliases{"norland": {"Norland", loc, "Country"}}
	tests := []entityRow{
		{"a compass region", "Farms of the Norland Inner Northwest are dying.",
			[][2]string{{"Norland Inner Northwest", org}}, []string{"Norland", "Inner Northwest"}},
		{"one word", "Farmers in the Norland Midwest are angry.",
			[][2]string{{"Norland Midwest", org}}, []string{"Norland", "Midwest"}},
		{"a compass point alone", "Norland West shares rose.",
			[][2]string{{"Norland West", org}}, []string{"Norland West"}},
		{"no country", "Farms of the Harlow Inner Northwest are dying.",
			[][2]string{{"Harlow Inner Northwest", org}}, []string{"Harlow Inner Northwest"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: aliases}), tests)
}

// TestChiefRanks checks that "Chief" and an abbreviated rank before a
// surname leave the surname to join the person's full name, and that a
// title alone stays as it is.
func TestChiefRanks(t *testing.T) {
	const per = extract.Person
	tests := []entityRow{
		{"a rank before a surname", "Ann Lee spoke. Chief Supt Lee said so.",
			[][2]string{{"Ann Lee", per}, {"Chief Supt Lee", per}}, []string{"Ann Lee"}},
		{"a title alone", "Chief Justice said so.",
			[][2]string{{"Chief Justice", per}}, []string{"Chief Justice"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}

// TestKindOfNames checks that a capitalised word for a kind of body and
// "of" before a name join it, and that a word in lower case, one opening
// the sentence or one of another name do not.
func TestKindOfNames(t *testing.T) {
	const org, loc = extract.Organization, extract.Location
	tests := []entityRow{
		{"a body's word", "She heads the Institute of Marine Tides in Harlow.",
			[][2]string{{"Marine Tides", org}, {"Harlow", loc}}, []string{"Institute of Marine Tides", "Harlow"}},
		{"in lower case", "She studied at the university of Norland.",
			[][2]string{{"Norland", loc}}, []string{"Norland"}},
		{"opening the sentence", "Institute of Marine Tides staff left.",
			[][2]string{{"Marine Tides", org}}, []string{"Marine Tides"}},
		{"another name's word", "The Tourism Authority of Norland said so.",
			[][2]string{{"Tourism Authority", org}, {"Norland", loc}}, []string{"Tourism Authority of Norland"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}
