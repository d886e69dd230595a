package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSplitGluedCodes checks that initials glued after a name become
// its alias and a stock symbol glued so goes, and that a club's letters
// and a name in capitals keep their last word.
func TestSplitGluedCodes(t *testing.T) {
	const org, misc = extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"initials", "Talks\n\nThe Tarvik Vell League TVL has said so.", [][2]string{{"Tarvik Vell League TVL", misc}}, []string{"Tarvik Vell League"}},
		{"stock symbol", "Shares\n\nThe rise helped Acme Vellmar ACVM.", [][2]string{{"Acme Vellmar ACVM", org}}, []string{"Acme Vellmar"}},
		{"a club's letters", "Results\n\nHarlow AC won.", [][2]string{{"Harlow AC", org}}, []string{"Harlow AC"}},
		{"letters not the name's", "Results\n\nAcme TV won.", [][2]string{{"Acme TV", org}}, []string{"Acme TV"}},
		{"a legal form", "Shares\n\nSafvel SA rose.", [][2]string{{"Safvel SA", org}}, []string{"Safvel SA"}},
		{"all in capitals", "Talks\n\nACME VELL AV rose.", [][2]string{{"ACME VELL AV", org}}, []string{"ACME VELL AV"}},
	}
	checkEntityNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}
