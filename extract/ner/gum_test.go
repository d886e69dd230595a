package ner

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// gumSample builds a GUM coreference file of one document from lines of
// "token<TAB>column", numbering the tokens.
func gumSample(lines ...string) string {
	var b strings.Builder
	b.WriteString("# begin document GUM_news_sample\n")
	for i, l := range lines {
		tok, col, _ := strings.Cut(l, " ")
		if col == "" {
			col = "_"
		}
		b.WriteString(strings.Join([]string{strconv.Itoa(i), tok, col}, "\t") + "\n")
	}
	b.WriteString("# end document\n")
	return b.String()
}

func TestReadGUM(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want [][]string // tokens/tags of the kept sentences, "token/TAG"
	}{
		{"person and place", gumSample(
			"Ann (person-1", "Lee person-1)", "visited", "Norland (place-2-Norland)", "."),
			[][]string{{"Ann/B-PER", "Lee/I-PER", "visited/O", "Norland/B-LOC", "./O"}}},
		{"title and determiner dropped", gumSample(
			"Yesterday (time-3)", "President (person-1", "Ann", "Lee person-1)", "met", "the (organization-2-Acme_Company", "Acme", "Company organization-2-Acme_Company)", "."),
			[][]string{{"Yesterday/O", "President/O", "Ann/B-PER", "Lee/I-PER", "met/O", "the/O", "Acme/B-ORG", "Company/I-ORG", "./O"}}},
		{"honorific leaves its sentence out", gumSample(
			"Dr. (person-1", "Ann", "Lee person-1)", "left", ".",
			"She (person-1)", "came", "back", "."),
			[][]string{{"She/O", "came/O", "back/O", "./O"}}},
		{"honorific and a title word without a Wikipedia title leave the sentence out", gumSample(
			"Mr (person-1", "Bishop person-1)", "left", ".",
			"He (person-1)", "came", "back", "."),
			[][]string{{"He/O", "came/O", "back/O", "./O"}}},
		{"a word news writes in lower case after the is no name", gumSample(
			"The (organization-1-Pellam_Court", "Court organization-1-Pellam_Court)", "ruled", "."),
			[][]string{{"The/O", "Court/O", "ruled/O", "./O"}}},
		{"outermost name up to the comma", gumSample(
			"She (person-1)", "joined", "the (organization-2", "Acme", "Institute", "of", "Norland (place-3-Norland", ",", "Eastland (place-4-Eastland)place-3-Norland)organization-2)", "."),
			[][]string{{"She/O", "joined/O", "the/O", "Acme/B-ORG", "Institute/I-ORG", "of/I-ORG", "Norland/I-ORG", ",/O", "Eastland/B-LOC", "./O"}}},
		{"titled event is MISC", gumSample(
			"They (person-1)", "won", "the (event-2-Norland_Games", "Norland", "Games event-2-Norland_Games)", "."),
			[][]string{{"They/O", "won/O", "the/O", "Norland/B-MISC", "Games/I-MISC", "./O"}}},
		{"titled date is no name", gumSample(
			"They (person-1)", "met", "on", "Sunday (time-2-Sunday)", ",", "October (time-3-October)", "2", "."),
			[][]string{{"They/O", "met/O", "on/O", "Sunday/O", ",/O", "October/O", "2/O", "./O"}}},
		{"titled era is MISC", gumSample(
			"They (person-1)", "lived", "in", "the (time-2-Middle_Ages", "Middle", "Ages time-2-Middle_Ages)", "."),
			[][]string{{"They/O", "lived/O", "in/O", "the/O", "Middle/B-MISC", "Ages/I-MISC", "./O"}}},
		{"untitled concept in capitals leaves its sentence out", gumSample(
			"He (person-1)", "studied", "Norland (abstract-2", "Poetry abstract-2)", ".",
			"He (person-1)", "left", "on", "Friday (time-3)", "."),
			[][]string{{"He/O", "left/O", "on/O", "Friday/O", "./O"}}},
		{"titled concept leaves its sentence out", gumSample(
			"She (person-1)", "uses", "Acmebook (object-2-Acmebook)", ".",
			"She (person-1)", "left", "."),
			[][]string{{"She/O", "left/O", "./O"}}},
		{"name inside a titled concept leaves its sentence out", gumSample(
			"They (person-1)", "saw", "Ann (object-2-Ann_Forever(person-3)", "Forever object-2-Ann_Forever)", ".",
			"They (person-1)", "left", "."),
			[][]string{{"They/O", "left/O", "./O"}}},
		{"possessive splits names", gumSample(
			"Norland (person-1(place-2-Norland)", "'s", "Ann (person-3", "Lee person-3)person-1)", "spoke", "."),
			[][]string{{"Norland/B-LOC", "'s/O", "Ann/B-PER", "Lee/I-PER", "spoke/O", "./O"}}},
		{"demonym is MISC", gumSample(
			"The (organization-1", "French", "team organization-1)", "won", "."),
			[][]string{{"The/O", "French/B-MISC", "team/O", "won/O", "./O"}}},
		{"common noun in a person mention", gumSample(
			"My (person-1", "friend person-1)", "Ann (person-2)", "came", "."),
			[][]string{{"My/O", "friend/O", "Ann/B-PER", "came/O", "./O"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := ReadGUM(strings.NewReader(tt.in), "sample")
			if err != nil {
				t.Fatal(err)
			}
			var got [][]string
			for _, d := range docs {
				for _, s := range d.Sentences {
					var row []string
					for i := range s.Tokens {
						row = append(row, s.Tokens[i]+"/"+s.Tags[i])
					}
					got = append(got, row)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ReadGUM sentences (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadGUMErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"closed but not open", gumSample("Ann person-1)"), `mention "person-1" closed but not open`},
		{"too few columns", "# begin document d\n0\tAnn\n", "want 3 tab-separated columns"},
		{"token outside a document", "0\tAnn\t_\n", "token outside a document"},
		{"empty label", gumSample("Ann ()"), "empty mention label"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadGUM(strings.NewReader(tt.in), "sample")
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "ner: read gum") {
				t.Errorf("ReadGUM error = %v, want one with %q", err, tt.want)
			}
		})
	}
}
