package resolve

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/annotate"
)

// TestLabelColons checks that a colon before a one-word label and a dash
// ends the name before it, which becomes an organisation's when it ends
// in a newspaper's word, and that a title and its subtitle are still
// joined.
func TestLabelColons(t *testing.T) {
	const per, org, misc = extract.Person, extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"a newspaper's words found in part", "Critics chose.\n\n- Ann Lee, Velden Weekly: Film - Harlow Nights\n",
			[][2]string{{"Ann Lee", per}, {"Velden", org}, {"Harlow Nights", misc}}, []string{"Ann Lee/PER", "Velden Weekly/ORG", "Harlow Nights/MISC"}},
		{"a newspaper taken for a person", "Critics chose.\n\n- Bo Ek, Harlow Gazette: Play - The Long Night\n",
			[][2]string{{"Bo Ek", per}, {"Harlow Gazette", per}}, []string{"Bo Ek/PER", "Harlow Gazette/ORG"}},
		{"a name run over the colon", "Critics chose.\n\n- Ann Lee, Velden Weekly: Film - Harlow Nights\n",
			[][2]string{{"Ann Lee", per}, {"Velden Weekly: Film", misc}, {"Harlow Nights", misc}}, []string{"Ann Lee/PER", "Velden Weekly/ORG", "Harlow Nights/MISC"}},
		{"no newspaper's word", "Critics chose.\n\n- Ann Lee, Tarvik: Film - Harlow Nights\n",
			[][2]string{{"Ann Lee", per}, {"Tarvik", org}, {"Harlow Nights", misc}}, []string{"Ann Lee/PER", "Tarvik/ORG", "Harlow Nights/MISC"}},
		{"a title and its subtitle", "The prize went to Harbour Lights: The Last Voyage on Monday.",
			[][2]string{{"Harbour Lights", misc}, {"Last Voyage", per}}, []string{"Harbour Lights: The Last Voyage/MISC"}},
		{"a subtitle of one word without a dash", "Fans queued for Harbour Lights: Tarvik on Monday.",
			[][2]string{{"Harbour Lights", misc}, {"Tarvik", org}}, []string{"Harbour Lights: Tarvik/MISC"}},
	}
	checkNameTypes(t, New(&Options{Aliases: casedWords{}}), tests)
}

// checkNameTypes resolves each row's annotated text with r and compares
// the entities' names and types, each written "name/type".
func checkNameTypes(t *testing.T, r *Resolver, rows []entityRow) {
	t.Helper()
	ann, err := annotate.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mentions...)
			ann.Annotate(res)
			if err := r.Resolve(res); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range res.Entities {
				got = append(got, e.Name+"/"+e.Type)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
