package relate

import (
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSeatsStandingsAndQuotes checks the rules that keep a seat, a plural
// after a possessive, a quotation, a verb cut from its particle and a
// side's standing from giving the wrong relation.
func TestSeatsStandingsAndQuotes(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		want     string // a relation that must be found, or ""
		not      string // a relation that must not be found, or ""
		byTitle  string // a person typing made one by a title alone
		noTitles bool   // no title found
	}{
		{
			name: "a place's name with a compass word before MP is the seat",
			text: "[[Ann Lee|PER]], the [[Harlow North|ORG]] MP, opposed the plan.",
			want: "Ann Lee | schema:workLocation | Harlow North | appositive",
			not:  "Ann Lee | schema:memberOf | Harlow North | appositive",
		},
		{
			name: "a place's name that is an adjective before MEP is a party's short name",
			text: "Most rules need its approval. [[Norlandic|LOC]] [[Green|ORG]] MEP [[Ann Lee|PER]] opposed the plan.",
			want: "Ann Lee | schema:memberOf | Green | title",
			not:  "Ann Lee | schema:workLocation | Green | title",
		},
		{
			name: "a town's name before MP stays the seat",
			text: "Most rules need its approval. [[Harlow|ORG]] MP [[Ann Lee|PER]] opposed the plan.",
			want: "Ann Lee | schema:workLocation | Harlow | title",
		},
		{
			name: "an open relation to another person's title is none",
			text: "[[Ann Lee|PER]] told the President of the [[Vell Union|ORG]] that the plan was dead.",
			not:  "Ann Lee | kg:toldPresidentOf | Vell Union | verb-pattern",
		},
		{
			name: "a title after a linking verb is the subject's own",
			text: "[[Ann Lee|PER]] became the chairman of [[Tarvik Bank|ORG]] in May.",
			want: "Ann Lee | schema:worksFor | Tarvik Bank | copula",
		},
		{
			name: "a party before MP stays a party",
			text: "[[Ann Lee|PER]], the [[Tarvik Unity|ORG]] MP, opposed the plan.",
			want: "Ann Lee | schema:memberOf | Tarvik Unity | appositive",
		},
		{
			name: "a possessive before a body's name that modifies a plural",
			text: "[[Norland|LOC]]'s [[Acme|ORG]] regiments will merge next year.",
			not:  "Acme | schema:location | Norland | possessive",
		},
		{
			name: "a possessive before a body's own name stays",
			text: "[[Norland|LOC]]'s [[Acme|ORG]] will merge next year.",
			want: "Acme | schema:location | Norland | possessive",
		},
		{
			name: "a quoted headline states no relation",
			text: "The paper's headline read: \"[[Ann Lee|PER]] conquers [[Velden|LOC]]\". Fans agreed.",
			not:  "Ann Lee | kg:conquers | Velden | verb-pattern",
		},
		{
			name: "the same clause unquoted is a relation",
			text: "[[Ann Lee|PER]] conquers [[Velden|LOC]] again. Fans agreed.",
			want: "Ann Lee | kg:conquers | Velden | verb-pattern",
		},
		{
			name: "a quoted headline gives the classifier no relation either",
			text: "The headline read: \"[[Ann Lee|PER]] became crazy in the [[Harlow Arena|ORG]]\". Fans agreed.",
			not:  "Ann Lee | schema:worksFor | Harlow Arena | classifier",
		},
		{
			name: "an object glued across and from two names",
			text: "[[Ann Lee|PER]] shared the prize for [[Harlow Nights and Velden Road|ORG]] on Sunday.",
			not:  "Ann Lee | kg:sharedPrizeFor | Harlow Nights and Velden Road | verb-pattern",
		},
		{
			name: "an object glued across and, a number ending the second name",
			text: "The film [[Harlow Road|ORG]], which was commissioned by the [[Film Board and Channel 9|ORG]], won.",
			not:  "Harlow Road | kg:wasCommissionedBy | Film Board and Channel 9 | verb-pattern",
		},
		{
			name: "a name cut before an ampersand's other part",
			text: "[[Ann Lee|PER]] of administrators Ann Lee & [[Partners|ORG]] said the deal was done.",
			not:  "Ann Lee | schema:worksFor | Partners | classifier",
		},
		{
			name: "a name cut before a number and a capitalised word",
			text: "[[Ann Lee|PER]], from the group [[Mothers|ORG]] 4 [[Fairness|ORG]], said it was hard.",
			not:  "Ann Lee | schema:worksFor | Mothers | classifier",
		},
		{
			name: "a name cut after a number and a capitalised word",
			text: "[[Ann Lee|PER]], from the group [[Mothers|ORG]] 4 [[Fairness|ORG]], said it was hard.",
			not:  "Ann Lee | schema:worksFor | Fairness | classifier",
		},
		{
			name: "a name with and between single words stays",
			text: "[[Ann Lee|PER]] shared the prize for [[Hide and Seek|ORG]] on Sunday.",
			want: "Ann Lee | kg:sharedPrizeFor | Hide and Seek | verb-pattern",
		},
		{
			name: "a verb whose particle follows its object",
			text: "[[Ann Lee|PER]] put [[Harlow|ORG]] ahead after two minutes.",
			not:  "Ann Lee | kg:put | Harlow | verb-pattern",
		},
		{
			name:     "a side's standing on a sports page is no office",
			text:     "[[Norland League|ORG]] leader [[Harlow|PER]] suffered a 3-1 defeat at [[Pellam|ORG]] on Saturday.",
			not:      "Harlow | schema:worksFor | Norland League | title",
			byTitle:  "Harlow",
			noTitles: true,
		},
		{
			name:    "a side's standing word off the sports page is an office",
			text:    "[[Norland Unity|ORG]] leader [[Harlow|PER]] spoke to reporters on Sunday.",
			want:    "Harlow | schema:worksFor | Norland Unity | title",
			byTitle: "Harlow",
		},
	}
	r := New(nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			for i := range res.Entities {
				if res.Entities[i].Name == tt.byTitle {
					res.Entities[i].Evidence = append(res.Entities[i].Evidence, extract.Evidence{Method: "typing/person-title"})
				}
			}
			if err := r.Process(res); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range formatRelations(res) {
				got = append(got, l)
			}
			has := func(rel string) bool {
				return slices.ContainsFunc(got, func(l string) bool { return len(l) >= len(rel) && l[:len(rel)] == rel })
			}
			if tt.want != "" && !has(tt.want) {
				t.Errorf("want %q in %q", tt.want, got)
			}
			if tt.not != "" && has(tt.not) {
				t.Errorf("do not want %q in %q", tt.not, got)
			}
			if titles := formatTitles(res); tt.noTitles && len(titles) > 0 {
				t.Errorf("titles %q, want none", titles)
			}
		})
	}
}

// TestQuoteDoubts checks that the classifier relates no pair inside a
// closed quotation, though it relates the same pair unquoted.
func TestQuoteDoubts(t *testing.T) {
	r := New(&Options{NoOpen: true, NoConstructions: true, MinClassifierScore: 0.01})
	tests := []struct {
		name string
		text string
		want bool // whether a classifier relation joins the two names
	}{
		{"unquoted", "[[Ann Lee|PER]], an engineer at [[Harlow Arena|ORG]], left. Fans agreed.", true},
		{"quoted", "He said: \"[[Ann Lee|PER]], an engineer at [[Harlow Arena|ORG]], left.\" Fans agreed.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := relationsOf(t, r, tt.text)
			found := slices.ContainsFunc(got, func(l string) bool {
				return strings.Contains(l, "Ann Lee") && strings.Contains(l, "Harlow Arena") && strings.HasSuffix(l, "| classifier")
			})
			if found != tt.want {
				t.Errorf("classifier relation found %v, want %v: %q", found, tt.want, got)
			}
		})
	}
}
