package resolve

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
)

// TestTrimModifiers checks that a compound modifier and a word that only
// opens the sentence are cut from the name they stand before, and that a
// name beginning with such a word, a first name or a common word stays
// whole.
func TestTrimModifiers(t *testing.T) {
	const per, org, misc = extract.Person, extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"a participle after a hyphen", "The film is by Norland-born Ann Lee, who lives in Harlow.",
			[][2]string{{"Norland-born Ann Lee", per}, {"Harlow", org}}, []string{"Ann Lee", "Harlow"}},
		{"an age", "Nineteen-year-old Bo Ek won the race.",
			[][2]string{{"Nineteen-year-old Bo Ek", per}}, []string{"Bo Ek"}},
		{"a person's noun after a hyphen", "Investors include Acme-owner Vell Power.",
			[][2]string{{"Acme-owner Vell Power", org}}, []string{"Vell Power"}},
		{"a person's noun opening the sentence", "It was unlawful. Lawyer Ann Lee said so.",
			[][2]string{{"Lawyer Ann Lee", per}}, []string{"Ann Lee"}},
		{"a plural one", "Advisers Pellam Capital valued the unit.",
			[][2]string{{"Advisers Pellam Capital", org}}, []string{"Pellam Capital"}},
		{"a quantifier", "Many Norlanders left.",
			[][2]string{{"Many Norlanders", misc}}, []string{"Norlanders"}},
		{"inside the sentence", "She met Lawyer Ann Lee.",
			[][2]string{{"Lawyer Ann Lee", per}}, []string{"Lawyer Ann Lee"}},
		{"an adjective too", "Major League Tarvik began in May.",
			[][2]string{{"Major League Tarvik", org}}, []string{"Major League Tarvik"}},
		{"a first name", "Ann Lee won.",
			[][2]string{{"Ann Lee", per}}, []string{"Ann Lee"}},
		{"a common word after it", "Advisers Trust Harlow closed.",
			[][2]string{{"Advisers Trust Harlow", org}}, []string{"Advisers Trust Harlow"}},
		{"written whole elsewhere", "Advisers Pellam Capital grew. The firm Advisers Pellam Capital is big.",
			[][2]string{{"Advisers Pellam Capital", org}, {"Advisers Pellam Capital", org}}, []string{"Advisers Pellam Capital"}},
		{"an adjective opening the sentence, the rest written alone", "Remote Harlow Council offices shut. Harlow Council said so.",
			[][2]string{{"Remote Harlow Council", org}, {"Harlow Council", org}}, []string{"Harlow Council"}},
		{"an adjective before a person named by the surname elsewhere", "Double Bo Ek won again. Ek said so.",
			[][2]string{{"Double Bo Ek", per}, {"Ek", per}}, []string{"Bo Ek"}},
		{"an adjective before a name written nowhere else", "Remote Harlow Council offices shut.",
			[][2]string{{"Remote Harlow Council", org}}, []string{"Remote Harlow Council"}},
		{"a past title's word before a name written nowhere else", "Former Harlow Street aide Ann Lee spoke.",
			[][2]string{{"Former Harlow Street", org}, {"Ann Lee", per}}, []string{"Harlow Street", "Ann Lee"}},
		{"another past title's word of the lexicon's Former", "Previous Harlow Street aide Ann Lee spoke.",
			[][2]string{{"Previous Harlow Street", org}, {"Ann Lee", per}}, []string{"Harlow Street", "Ann Lee"}},
		{"an adjective of age is no past title's word", "Old Harlow Street aide Ann Lee spoke.",
			[][2]string{{"Old Harlow Street", org}, {"Ann Lee", per}}, []string{"Old Harlow Street", "Ann Lee"}},
		{"a past title's word before an office", "Former Mayor Ann Lee spoke.",
			[][2]string{{"Former Mayor Ann Lee", per}}, []string{"Ann Lee"}},
		{"an adjective opening a model's name before a made good's noun (model-opening)", "Cheap Vellmar 9 phones sold out in a day.",
			[][2]string{{"Cheap Vellmar 9", misc}}, []string{"Vellmar 9"}},
		{"the model's number after the mention", "Cheap Vellmar 9 phones sold out in a day.",
			[][2]string{{"Cheap Vellmar", misc}}, []string{"Vellmar 9"}},
		{"no model's number", "Cheap Vellmar phones sold out in a day.",
			[][2]string{{"Cheap Vellmar", misc}}, []string{"Cheap Vellmar"}},
		{"no made good's noun", "Big Tarvix 3 jobs went.",
			[][2]string{{"Big Tarvix", org}}, []string{"Big Tarvix"}},
		{"a hyphenated name", "Harlow-Pellam Rail said so.",
			[][2]string{{"Harlow-Pellam Rail", org}}, []string{"Harlow-Pellam Rail"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: casedWords{}}), tests)
}

// TestHeadlineAdjective checks that an adjective a headline capitalised
// before a name the story writes alone is no part of the name, and that
// a name the story never writes without it stays whole.
func TestHeadlineAdjective(t *testing.T) {
	const per = extract.Person
	tests := []struct {
		name, text string
		mentions   [][2]string
		want       []string
	}{
		{"an adjective before a surname", "Angry Pellam hits out\n\nAnn Pellam said the result was unfair.", [][2]string{{"Angry Pellam", per}, {"Ann Pellam", per}}, []string{"Ann Pellam"}},
		{"a participle before a name", "Fuming Bo Ek quits\n\nBo Ek said he would leave.", [][2]string{{"Fuming Bo Ek", per}, {"Bo Ek", per}}, []string{"Bo Ek"}},
		{"no name alone", "Angry Pellam hits out\n\nThe result was unfair, he said.", [][2]string{{"Angry Pellam", per}}, []string{"Angry Pellam"}},
	}
	r := New(&Options{Aliases: knownPlaces{}})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mentions...)
			res.Headline = extract.Span{Start: 0, End: strings.Index(tt.text, "\n")}
			if diff := cmp.Diff(tt.want, entityNames(t, r, res)); diff != "" {
				t.Errorf("%s: entities (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
