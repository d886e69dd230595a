package resolve

import (
	"fmt"
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestVersusNames checks that a person's name holding a word of
// opposition between two capitalised words becomes a miscellaneous name
// whose last word is no alias, and that a name with "V" as an initial or
// no such word stays a person's.
func TestVersusNames(t *testing.T) {
	const per = extract.Person
	tests := []struct {
		name, text string
		mentions   [][2]string
		want       []string // entity: name/type/aliases
	}{
		{"Vs between two names", "The most recent, Bo Vs Tarvik, was released. Later Tarvik spoke.",
			[][2]string{{"Bo Vs Tarvik", per}, {"Tarvik", per}}, []string{"Bo Vs Tarvik/MISC/[]", "Tarvik/PER/[]"}},
		{"versus in lower case", "He saw Ann Lee versus Tarvik on Monday.",
			[][2]string{{"Ann Lee versus Tarvik", per}}, []string{"Ann Lee versus Tarvik/MISC/[]"}},
		{"a middle initial V.", "Bo V. Tarvik spoke. Tarvik left.",
			[][2]string{{"Bo V. Tarvik", per}, {"Tarvik", per}}, []string{"Bo V. Tarvik/PER/[Tarvik]"}},
		{"no word of opposition", "Bo Tarvik spoke.",
			[][2]string{{"Bo Tarvik", per}}, []string{"Bo Tarvik/PER/[]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mentions...)
			if err := New(nil).Resolve(res); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range res.Entities {
				got = append(got, e.Name+"/"+e.Type+"/"+fmt.Sprint(e.Aliases))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("%s: got %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
