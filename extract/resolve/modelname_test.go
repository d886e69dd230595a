package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/pos"
)

// TestExtendModelNames checks that a maker's name and the model's tokens
// after it, on a page with a noun for a made good, become one thing's
// name, and that a bare number before a common noun, a year, an amount,
// a legal form, a channel's number and a page with no made good's noun
// leave the name as it is; so does a word before "Class". A coined
// compound for goods counts as their noun (goods-compound), and a bare
// number before a verb extends a name the page writes so elsewhere
// (model-repeat).
func TestExtendModelNames(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []mentionStepRow{
		{"a model's code and a trim's", "Cars such as the Acme Vell C180 SE sold well.", [][2]string{{"Acme Vell", org}}, [][2]string{{"Acme Vell C180 SE", misc}}},
		{"a place's reading", "Cars such as the Acme Vell C180 SE sold well.", [][2]string{{"Acme Vell", loc}, {"SE", loc}}, [][2]string{{"Acme Vell C180 SE", misc}}},
		{"an engine's size", "He drove the Mini Kelso 1.6 to work in his car.", [][2]string{{"Mini Kelso", org}}, [][2]string{{"Mini Kelso 1.6", misc}}},
		{"a series", "The car is the Tarvik 1 Series 116i SE.", [][2]string{{"Tarvik", org}}, [][2]string{{"Tarvik 1 Series 116i SE", misc}}},
		{"a bare number before punctuation", "Phones like the Acme 6600, sold out.", [][2]string{{"Acme", org}}, [][2]string{{"Acme 6600", misc}}},
		{"the tokens inside the name", "Cars such as the Acme Vell C180 SE sold well.", [][2]string{{"Acme Vell C180 SE", org}}, [][2]string{{"Acme Vell C180 SE", misc}}},
		{"a number and a series after the name", "Sales of cars rose, and the Vellmar 3 Series sold well.", [][2]string{{"Vellmar", org}, {"Series", misc}}, [][2]string{{"Vellmar 3 Series", misc}}},
		{"a letter and a class inside the name", "Sales of cars rose, and the Kelvo E Class sold well.", [][2]string{{"Kelvo E Class", org}}, [][2]string{{"Kelvo E Class", misc}}},
		{"a class of words inside the name", "Sales of cars rose, said the Kelvo Working Class.", [][2]string{{"Kelvo Working Class", org}}, [][2]string{{"Kelvo Working Class", org}}},
		{"a bare number before a common noun", "Acme 500 jobs went at the car plant.", [][2]string{{"Acme", org}}, [][2]string{{"Acme", org}}},
		{"a year", "The Acme 2005, a car, sold well.", [][2]string{{"Acme", org}}, [][2]string{{"Acme", org}}},
		{"an amount", "Acme 5m cars were sold.", [][2]string{{"Acme", org}}, [][2]string{{"Acme", org}}},
		{"a quarter", "Acme Q3 car sales rose.", [][2]string{{"Acme", org}}, [][2]string{{"Acme", org}}},
		{"a legal form after the code", "The car maker Tarvik C180 AG said so.", [][2]string{{"Tarvik", org}}, [][2]string{{"Tarvik C180", misc}}},
		{"a channel's number inside", "Harlow Channel 4 showed the car.", [][2]string{{"Harlow Channel 4", org}}, [][2]string{{"Harlow Channel 4", org}}},
		{"a person's name before a bare number", "Ann Lee 3, her car 1.", [][2]string{{"Ann Lee", per}}, [][2]string{{"Ann Lee", per}}},
		{"a bare number before a coined compound for goods (goods-compound)", "Buyers queued for the Orlen Tarv 310 Flipvellphone on Friday.", [][2]string{{"Orlen Tarv", org}}, [][2]string{{"Orlen Tarv 310", misc}}},
		{"a coined word that is no goods' compound", "Buyers queued for the Orlen Tarv 310 Harlowmarsh on Friday.", [][2]string{{"Orlen Tarv", org}}, [][2]string{{"Orlen Tarv", org}}},
		{"a bare number before a verb, the page writing the model elsewhere (model-repeat)", "Orlen Tarv 310 Lands. Buyers queued for the Orlen Tarv 310 Flipvellphone on Friday.", [][2]string{{"Orlen Tarv", org}, {"Orlen Tarv", org}}, [][2]string{{"Orlen Tarv 310", misc}, {"Orlen Tarv 310", misc}}},
		{"a bare number before a verb, no model so written", "Orlen Tarv 310 Lands. Buyers queued for the Orlen Tarv 420 Flipvellphone on Friday.", [][2]string{{"Orlen Tarv", org}, {"Orlen Tarv", org}}, [][2]string{{"Orlen Tarv", org}, {"Orlen Tarv 420", misc}}},
		{"an edition after the number", "Buyers of cars liked the Orlex 9 Silver Coast Edition.", [][2]string{{"Orlex", org}, {"Silver Coast Edition", org}}, [][2]string{{"Orlex 9 Silver Coast Edition", misc}}},
		{"capitalised words with no edition after a bare number", "Buyers of cars liked Orlex 9 Silver Coast.", [][2]string{{"Orlex", org}, {"Silver Coast", org}}, [][2]string{{"Orlex", org}, {"Silver Coast", org}}},
		{"no made good's noun", "Shares in the Acme Vell C180 SE fund rose.", [][2]string{{"Acme Vell", org}}, [][2]string{{"Acme Vell", org}}},
	}
	words, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	tagger, err := pos.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := New(&Options{Aliases: boundNames{}, Words: words})
	checkMentionStep(t, func(res *extract.Result) {
		for i := range res.Sentences {
			s := &res.Sentences[i]
			s.POS, s.Chunks = tagger.Sentence(s)
			s.Lemma = make([]string, len(s.Tokens))
			for k, tok := range s.Tokens {
				s.Lemma[k] = words.Lemma(tok.Text, s.POS[k])
			}
		}
		r.extendModelNames(res)
	}, tests)
}
