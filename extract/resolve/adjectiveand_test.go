package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// TestSplitAdjectivePairs checks that a name run over two proper
// adjectives joined by "and" before a noun in lower case is parted into
// two miscellaneous names (a people's noun on one side too), and that a
// capitalised word after it, a name or a common noun on one side, two
// nouns and a person's name are left whole.
func TestSplitAdjectivePairs(t *testing.T) {
	const per, org, misc = extract.Person, extract.Organization, extract.Miscellaneous
	tests := []mentionStepRow{
		{"two adjectives before a plural", "Muslim and Christian leaders met in Harlow.", [][2]string{{"Muslim and Christian", org}}, [][2]string{{"Muslim", misc}, {"Christian", misc}}},
		{"a two-word side", "It sold to European and North American customers.", [][2]string{{"European and North American", org}}, [][2]string{{"European", misc}, {"North American", misc}}},
		{"or", "No European or Asian buyers came.", [][2]string{{"European or Asian", misc}}, [][2]string{{"European", misc}, {"Asian", misc}}},
		{"two demonyms", "Norlandic and Ostmarkish fans sang.", [][2]string{{"Norlandic and Ostmarkish", org}}, [][2]string{{"Norlandic", misc}, {"Ostmarkish", misc}}},
		{"a people's noun and an adjective", "Sunni and Norlandic leaders met.", [][2]string{{"Sunni and Norlandic", org}}, [][2]string{{"Sunni", misc}, {"Norlandic", misc}}},
		{"two nouns", "Sunni and Shia leaders met.", [][2]string{{"Sunni and Shia", org}}, [][2]string{{"Sunni and Shia", org}}},
		{"a common noun", "Field and Norlandic teams met.", [][2]string{{"Field and Norlandic", org}}, [][2]string{{"Field and Norlandic", org}}},
		{"a capitalised word after", "The British and Irish Lions won.", [][2]string{{"British and Irish Lions", org}}, [][2]string{{"British and Irish Lions", org}}},
		{"a proper noun on one side", "Tarvik and Christian leaders met.", [][2]string{{"Tarvik and Christian", org}}, [][2]string{{"Tarvik and Christian", org}}},
		{"a verb after", "European and Asian said so.", [][2]string{{"European and Asian", org}}, [][2]string{{"European and Asian", org}}},
		{"a person's name", "Ann Christian and Bo Muslim sang.", [][2]string{{"Ann Christian and Bo Muslim", per}}, [][2]string{{"Ann Christian and Bo Muslim", per}}},
	}
	words, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := New(&Options{Aliases: boundNames{}, Words: words})
	checkTaggedStep(t, func(res *extract.Result) {
		r.splitAdjectivePairs(res)
	}, tests)
}
