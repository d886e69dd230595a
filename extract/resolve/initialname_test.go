package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// initialAliases are boundNames with a country's short form in capitals,
// "NL" for Norland, and a body's initialism the gazetteer lists, "WTB".
type initialAliases struct{ boundNames }

func (a initialAliases) Canonical(name, coarseType string) (string, string, string, bool) {
	if name == "NL" {
		return "Norland", extract.Location, "Country", true
	}
	return a.boundNames.Canonical(name, coarseType)
}

func (a initialAliases) KnownName(name, coarseType string) bool {
	if name == "WTB" {
		return coarseType == extract.Organization
	}
	return a.boundNames.KnownName(name, coarseType)
}

// TestJoinInitialNames checks that an initialism the recognizer made a
// name of its own joins the name of two words or more right after it,
// a person's becoming a body's, and that a title, a known name, one
// word after it, a headline in capitals and a comma keep them apart.
func TestJoinInitialNames(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []mentionStepRow{
		{"a place and a person", "JK Norland Chase said it would grow.", [][2]string{{"JK", loc}, {"Norland Chase", per}}, [][2]string{{"JK Norland Chase", org}}},
		{"a name and an event", "Ek joins the BVA Harlow Open Tournament.", [][2]string{{"Ek", per}, {"BVA", misc}, {"Harlow Open Tournament", extract.EventType}}, [][2]string{{"Ek", per}, {"BVA Harlow Open Tournament", extract.EventType}}},
		{"a body and a place", "She spoke to KTV North Harlow on Friday.", [][2]string{{"KTV", org}, {"North Harlow", loc}}, [][2]string{{"KTV North Harlow", org}}},
		{"a title of office", "Labour MP Ann Lee spoke.", [][2]string{{"MP", org}, {"Ann Lee", per}}, [][2]string{{"MP", org}, {"Ann Lee", per}}},
		{"a noun for a kind of person", "It was written by radio DJ Ann Lee.", [][2]string{{"DJ", org}, {"Ann Lee", per}}, [][2]string{{"DJ", org}, {"Ann Lee", per}}},
		{"a country's short form", "NL Prime Minister Ann Lee spoke.", [][2]string{{"NL", loc}, {"Prime Minister Ann Lee", per}}, [][2]string{{"NL", loc}, {"Prime Minister Ann Lee", per}}},
		{"a body the gazetteer lists", "The WTB Harlow Office said so.", [][2]string{{"WTB", org}, {"Harlow Office", org}}, [][2]string{{"WTB", org}, {"Harlow Office", org}}},
		{"one word after it", "PJ Ek sang.", [][2]string{{"PJ", org}, {"Ek", per}}, [][2]string{{"PJ", org}, {"Ek", per}}},
		{"a headline in capitals", "TOP AL LEE WINS", [][2]string{{"AL", loc}, {"LEE WINS", per}}, [][2]string{{"AL", loc}, {"LEE WINS", per}}},
		{"a comma between", "In JK, Norland Chase said so.", [][2]string{{"JK", loc}, {"Norland Chase", per}}, [][2]string{{"JK", loc}, {"Norland Chase", per}}},
	}
	checkMentionStep(t, New(&Options{Aliases: initialAliases{}}).joinInitialNames, tests)
}

// TestExtendOrdinalNames checks that an ordinal right before a person's
// name of two words or more goes on the name, which becomes a body's,
// and that a title after the ordinal and a one-word name do not.
func TestExtendOrdinalNames(t *testing.T) {
	const per, org = extract.Person, extract.Organization
	tests := []mentionStepRow{
		{"a person's name", "Shares in 21st Century Velden rose.", [][2]string{{"Century Velden", per}}, [][2]string{{"21st Century Velden", org}}},
		{"a title after it", "The 43rd President Ann Lee spoke.", [][2]string{{"President Ann Lee", per}}, [][2]string{{"President Ann Lee", per}}},
		{"one word", "She came 2nd Ek said.", [][2]string{{"Ek", per}}, [][2]string{{"Ek", per}}},
		{"a body's name", "The 25th Harlow Cross Race starts.", [][2]string{{"Harlow Cross Race", org}}, [][2]string{{"Harlow Cross Race", org}}},
	}
	checkMentionStep(t, New(&Options{Aliases: boundNames{}}).extendOrdinalNames, tests)
}

// TestJoinDemonymShorts checks that a demonym and a short capitalised
// word after it that is no word join as a firm's name, and that an
// initialism in capitals, a word, a longer name and a place's name do
// not.
func TestJoinDemonymShorts(t *testing.T) {
	const org, loc, misc = extract.Organization, extract.Location, extract.Miscellaneous
	tests := []mentionStepRow{
		{"a short word", "Norlandic Re said claims rose.", [][2]string{{"Norlandic", misc}, {"Re", org}}, [][2]string{{"Norlandic Re", org}}},
		{"in capitals", "The Norlandic EU presidency began.", [][2]string{{"Norlandic", misc}, {"EU", org}}, [][2]string{{"Norlandic", misc}, {"EU", org}}},
		{"a word", "Norlandic Go players met.", [][2]string{{"Norlandic", misc}, {"Go", misc}}, [][2]string{{"Norlandic", misc}, {"Go", misc}}},
		{"a longer name", "Norlandic Tarvik said so.", [][2]string{{"Norlandic", misc}, {"Tarvik", org}}, [][2]string{{"Norlandic", misc}, {"Tarvik", org}}},
		{"a place's name first", "Harlow Re said so.", [][2]string{{"Harlow", loc}, {"Re", org}}, [][2]string{{"Harlow", loc}, {"Re", org}}},
	}
	checkMentionStep(t, New(&Options{Aliases: boundNames{}}).joinDemonymShorts, tests)
}
