package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestExtendBracketExpansions checks that a name in brackets after an
// acronym takes the words the recognizer left out when the whole spells
// the acronym, and that one that does not stays.
func TestExtendBracketExpansions(t *testing.T) {
	const org, misc = extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"a word in capitals left out", "Radio\n\nAds on HVFM (Harlow Vell FM) cost more.", [][2]string{{"HVFM", org}, {"Harlow Vell", org}}, []string{"Harlow Vell FM"}},
		{"a word that is a mention of its own", "Radio\n\nAds on HVFM (Harlow Vell FM) cost more.", [][2]string{{"HVFM", org}, {"Harlow Vell", org}, {"FM", org}}, []string{"Harlow Vell FM"}},
		{"a word left out", "Pay\n\nStaff at AVC (Acme Vell Cable) went on strike.", [][2]string{{"AVC", org}, {"Acme Vell", org}}, []string{"Acme Vell Cable"}},
		{"no expansion", "Pay\n\nRates at XQTV (Harlow Quill Post) fell.", [][2]string{{"XQTV", misc}, {"Harlow Quill", org}}, []string{"XQTV", "Harlow Quill"}},
	}
	checkEntityNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}
