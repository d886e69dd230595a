package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJoinWorkList checks that each title of a list after a plural noun
// for works becomes one name, cut or glued as the recognizer left it,
// and that a list of makers before a verb, a single name, a listed place
// after the last title and a headline are left alone.
func TestJoinWorkList(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []entityRow{
		{"and the inside a title, a place after the last", "He made the films Bo Ek and the Tower of Velden, Quiet Nights and Last Dance in Harlow.",
			[][2]string{{"Bo Ek", per}, {"Tower of Velden", loc}, {"Quiet Nights and Last Dance", org}, {"Harlow", loc}},
			[]string{"Bo Ek and the Tower of Velden", "Quiet Nights", "Last Dance", "Harlow"}},
		{"a title missed, an Oxford comma", "The album gave the hit singles Time Moves Slow, Fever, and Rivers And Roads.",
			[][2]string{{"Fever", per}, {"Rivers And Roads", org}},
			[]string{"Time Moves Slow", "Fever", "Rivers And Roads"}},
		{"in inside a title before a comma", "She has had hits including Cold in Tarvik, Stillness and Rain.",
			[][2]string{{"Tarvik", loc}, {"Stillness", org}, {"Rain", org}},
			[]string{"Cold in Tarvik", "Stillness", "Rain"}},
		{"years in brackets and an owner", "Critics praised her plays Under The Roof Of The Barn (1988), The Lamplighter (1994) and Bo Ek's Songs Of Velden (2001).",
			[][2]string{{"Roof Of The Barn", misc}, {"The Lamplighter", per}, {"Bo Ek", per}, {"Velden", loc}},
			[]string{"Under The Roof Of The Barn", "The Lamplighter", "Bo Ek", "Songs Of Velden"}},
		{"series and such as", "He made television series such as Rain Hour, Quiet Nights and drama Cold Road.",
			[][2]string{{"Rain Hour", misc}, {"Cold Road", org}},
			[]string{"Rain Hour", "Quiet Nights", "Cold Road"}},
		{"series with no list word", "He made the series Rain Hour and Quiet Nights Today.",
			[][2]string{{"Rain Hour", misc}},
			[]string{"Rain Hour"}},
		{"two titles glued across a comma", "She praised the novels Quiet Nights, Last Dance and Rain.",
			[][2]string{{"Quiet Nights, Last Dance", org}, {"Rain", org}},
			[]string{"Quiet Nights", "Last Dance", "Rain"}},
		{"makers before a verb", "He liked the films Ann Lee and Bo Ek made.",
			[][2]string{{"Ann Lee", per}, {"Bo Ek", per}},
			[]string{"Ann Lee", "Bo Ek"}},
		{"one title", "He liked the films Cold in Tarvik.",
			[][2]string{{"Tarvik", loc}},
			[]string{"Tarvik"}},
		{"a verb before names", "The storm hits Cold in Tarvik and Velden.",
			[][2]string{{"Tarvik", loc}, {"Velden", loc}},
			[]string{"Tarvik", "Velden"}},
		{"two ands in the last item", "She sang hits including Cold in Tarvik, Stillness and Over and Over.",
			[][2]string{{"Tarvik", loc}, {"Stillness", org}},
			[]string{"Tarvik", "Stillness"}},
		{"a headline", "Hit films Cold in Tarvik and Rain\n\nHe spoke.",
			[][2]string{{"Tarvik", loc}, {"Rain", org}},
			[]string{"Tarvik"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: titleNames{}}), tests)
}
