package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// areaWords is casedWords that also knows Westmark as a world region.
type areaWords struct{ casedWords }

func (areaWords) Area(name string) bool { return name == "Westmark" }

// TestSuffixNames checks that a name joins the one longer name of the
// document that ends in its words after a name's words, and that an
// adjective, an ampersand, two such names and a common word keep them
// apart.
func TestSuffixNames(t *testing.T) {
	const org, misc, ev = extract.Organization, extract.Miscellaneous, extract.EventType
	tests := []entityRow{
		{"a name's last word", "The Vell Pellam reported it. Pellam said so.",
			[][2]string{{"Vell Pellam", org}, {"Pellam", org}}, []string{"Vell Pellam"}},
		{"after an acronym", "The NBX Trade Pact was signed. The Trade Pact holds.",
			[][2]string{{"NBX Trade Pact", misc}, {"Trade Pact", ev}}, []string{"NBX Trade Pact"}},
		{"after an adjective", "The Royal Pellam met. Pellam said so.",
			[][2]string{{"Royal Pellam", org}, {"Pellam", org}}, []string{"Royal Pellam", "Pellam"}},
		{"after an ampersand", "Vell & Pellam met. Pellam said so.",
			[][2]string{{"Vell & Pellam", org}, {"Pellam", org}}, []string{"Vell & Pellam", "Pellam"}},
		{"two longer names", "The Vell Pellam and the Acme Pellam met. Pellam said so.",
			[][2]string{{"Vell Pellam", org}, {"Acme Pellam", org}, {"Pellam", org}}, []string{"Vell Pellam", "Acme Pellam", "Pellam"}},
		{"a common word", "The Acme Trust met. The Trust said so.",
			[][2]string{{"Acme Trust", org}, {"Trust", org}}, []string{"Acme Trust", "Trust"}},
		{"one word of another type", "The Vell Pellam reported it. Pellam said so.",
			[][2]string{{"Vell Pellam", misc}, {"Pellam", org}}, []string{"Vell Pellam", "Pellam"}},
		{"a legal form after an ampersand", "Pellam & Co. said so. Pellam agreed.",
			[][2]string{{"Pellam & Co.", org}, {"Pellam", org}}, []string{"Pellam & Co."}},
	}
	checkEntityNames(t, New(&Options{Aliases: casedWords{}}), tests)
}

// TestHeadlineNames checks that a name only the headline writes joins
// the one body's name the report begins with its words, and that a
// region's name, an event's word, a gadget's noun, an acronym and a place
// keep them apart.
func TestHeadlineNames(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"a firm's short name", "Pellam Posts Loss\n\nPellam Tarco Holdings Inc. said sales fell.",
			[][2]string{{"Pellam", org}, {"Pellam Tarco Holdings Inc.", org}}, []string{"Pellam Tarco Holdings Inc."}},
		{"typed a person", "Pellam Posts Loss\n\nPellam Tarco Holdings Inc. said sales fell.",
			[][2]string{{"Pellam", per}, {"Pellam Tarco Holdings Inc.", org}}, []string{"Pellam Tarco Holdings Inc."}},
		{"a region's division", "Pellam Posts Loss\n\nPellam Westmark said sales fell.",
			[][2]string{{"Pellam", org}, {"Pellam Westmark", org}}, []string{"Pellam", "Pellam Westmark"}},
		{"a region's division in the report", "Pellam Sells\n\nPellam Westmark said sales fell. Pellam said so too.",
			[][2]string{{"Pellam", org}, {"Pellam Westmark", org}, {"Pellam", org}}, []string{"Pellam", "Pellam Westmark"}},
		{"an event", "Pellam Picks Winners\n\nThe Pellam Convention opened.",
			[][2]string{{"Pellam", org}, {"Pellam Convention", org}}, []string{"Pellam", "Pellam Convention"}},
		{"a gadget's noun: the firm's goods", "Rumours about Pellam\n\nPellam Browser on its way?",
			[][2]string{{"Pellam", org}, {"Pellam Browser", org}}, []string{"Pellam", "Pellam Browser"}},
		{"an acronym", "NBX Charge Dropped\n\nThe NBX Trade Council met.",
			[][2]string{{"NBX", org}, {"NBX Trade Council", org}}, []string{"NBX", "NBX Trade Council"}},
		{"typed a place the aliases do not know", "Pellam Deal Probed\n\nPellam Inc said sales fell.",
			[][2]string{{"Pellam", loc}, {"Pellam Inc", org}}, []string{"Pellam Inc"}},
		{"a place", "Vell Votes\n\nThe Vell Tarco Council met.",
			[][2]string{{"Vell", loc}, {"Vell Tarco Council", org}}, []string{"Vell", "Vell Tarco Council"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: areaWords{}}), tests)
}

// TestPersonNames checks that a full name the tagger read as a body's or
// a work's is a person's when its surname is written alone as one, and
// that a firm's name, or one opened by a firm's name or a common word,
// is not.
func TestPersonNames(t *testing.T) {
	const per, org, misc = extract.Person, extract.Organization, extract.Miscellaneous
	tests := []struct {
		name, text string
		mentions   [][2]string
		want       []gotEntity
	}{
		{"a work's", "Ann Pellam scored twice. Pellam said so.",
			[][2]string{{"Ann Pellam", misc}, {"Pellam", per}}, []gotEntity{{Name: "Ann Pellam", Type: per}}},
		{"a firm's", "Ann Pellam Holdings rose. Pellam said so.",
			[][2]string{{"Ann Pellam Holdings", org}, {"Pellam", per}}, []gotEntity{{Name: "Ann Pellam Holdings", Type: org}, {Name: "Pellam", Type: per}}},
		{"a capitalised first word", "Vell Pellam scored. Pellam said so.",
			[][2]string{{"Vell Pellam", misc}, {"Pellam", per}}, []gotEntity{{Name: "Vell Pellam", Type: per}}},
		{"a firm's name first", "Tarco Pellam scored. Pellam said so.",
			[][2]string{{"Tarco Pellam", misc}, {"Pellam", per}}, []gotEntity{{Name: "Tarco Pellam", Type: misc}, {Name: "Pellam", Type: per}}},
		{"a common word first", "Trade Pellam scored. Pellam said so.",
			[][2]string{{"Trade Pellam", misc}, {"Pellam", per}}, []gotEntity{{Name: "Trade Pellam", Type: misc}, {Name: "Pellam", Type: per}}},
	}
	r := New(&Options{Aliases: casedWords{}})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mentions...)
			if err := r.Resolve(res); err != nil {
				t.Fatal(err)
			}
			var got []gotEntity
			for _, e := range res.Entities {
				got = append(got, gotEntity{Name: e.Name, Type: e.Type})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("%s: entities %v, want %v", tt.text, got, tt.want)
			}
			for k := range got {
				if got[k].Name != tt.want[k].Name || got[k].Type != tt.want[k].Type {
					t.Errorf("%s: entity %d is %v, want %v", tt.text, k, got[k], tt.want[k])
				}
			}
		})
	}
}
