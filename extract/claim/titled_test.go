package claim

import (
	"testing"
	"time"

	"github.com/kg-project/kg/extract/internal/testkit"
	"github.com/kg-project/kg/schema"
)

// TestTitledSpeaker checks that a definite description that speaks ("the
// minister said") is the one person named before whose job title ends
// with its words, and no one when two hold such a title, when the title
// is another post ("shadow"), or when the person is named only after.
func TestTitledSpeaker(t *testing.T) {
	titles := map[string]string{"Ann Lee": "finance minister", "Bo Ek": "chancellor", "Cy Orr": "shadow finance minister", "Di Moss": "deputy chancellor", "Ed Lund": "trade minister"}
	rows := []titledRow{
		{"lower case", "[[Ann Lee|PER]] met bankers on Monday. The minister said the port would open.", "Ann Lee | said | the port would open\n", nil},
		{"capital office", "[[Bo Ek|PER]] met bankers on Monday. The Chancellor said the port would open.", "Bo Ek | said | the port would open\n", nil},
		{"two ministers", "[[Ann Lee|PER]] met [[Ed Lund|PER]] on Monday. The minister said the port would open.", "[The minister] | said | the port would open\n", nil},
		{"a shadow minister besides", "[[Ann Lee|PER]] met [[Cy Orr|PER]] on Monday. The minister said the port would open.", "Ann Lee | said | the port would open\n", nil},
		{"another post", "[[Di Moss|PER]] met bankers on Monday. The chancellor said the port would open.", "[The chancellor] | said | the port would open\n", nil},
		{"named after", "The minister said the port would open. [[Ann Lee|PER]] met bankers on Monday.", "[The minister] | said | the port would open\n", nil},
		{"no determiner", "[[Ann Lee|PER]] met bankers on Monday. Ministers said the port would open.", "[Ministers] | said | the port would open\n", nil},
		{"off", "[[Ann Lee|PER]] met bankers on Monday. The minister said the port would open.", "[The minister] | said | the port would open\n", []string{RuleTitledSpeaker}},
	}
	checkTitledSources(t, titles, rows)
}

// TestHeDescription checks that "he" right after the claim of a
// definite description by a post is that post's holder when the text
// gave the post to a person named before other than the person last
// spoken of, and that person when it gave it to no one else.
func TestHeDescription(t *testing.T) {
	titles := map[string]string{"Bo Ek": "opposition leader", "Ann Lee": "prime minister"}
	rows := []titledRow{
		{"another's post", "[[Ann Lee|PER]] visited Harlow. [[Bo Ek|PER]] met the union on Monday. The prime minister said the port would stay open. She insisted that ships would wait.", "Ann Lee | said | the port would stay open\nAnn Lee | insisted | ships would wait\n", nil},
		{"the post's holder", "[[Ann Lee|PER]] met the union on Monday. The prime minister said the port would stay open. She insisted that ships would wait.", "Ann Lee | said | the port would stay open\nAnn Lee | insisted | ships would wait\n", nil},
		{"no one's post", "[[Bo Ek|PER]] met the union on Monday. The prime minister said the port would stay open. He insisted that ships would wait.", "[The prime minister] | said | the port would stay open\nBo Ek | insisted | ships would wait\n", nil},
		{"off", "[[Ann Lee|PER]] visited Harlow. [[Bo Ek|PER]] met the union on Monday. The prime minister said the port would stay open. She insisted that ships would wait.", "Ann Lee | said | the port would stay open\nBo Ek | insisted | ships would wait\n", []string{RuleHeDescription}},
	}
	checkTitledSources(t, titles, rows)
}

// TestPlacedPerson checks that a subject whose last name is a place that
// puts a person somewhere is that person, and that a place alone, or a
// person's aide, is not read so.
func TestPlacedPerson(t *testing.T) {
	checkSources(t, []speakerRow{
		{"a chain of places", "Our correspondent [[Bo Ek|PER]] at [[Tarvik|LOC]] on [[Velden|LOC]] said 2,000 people had come.", "Bo Ek | said | 2,000 people had come\n"},
		{"a comma and a group", "And the [[Acme|ORG]]'s [[Di Moss|PER]], with the hunt in [[Harlow|LOC]], [[Norland|LOC]] said hundreds had gathered.", "Di Moss | said | hundreds had gathered\n"},
		{"a body in a region", "Reporter [[Ann Lee|PER]] at [[Pellam|LOC]] in the [[West Velden|ORG]] said the port was shut.", "Ann Lee | said | the port was shut\n"},
		{"a place alone", "Officials in [[Harlow|LOC]] said the port was shut.", "[Officials in Harlow] | said | the port was shut\n"},
		{"an aide", "[[Ann Lee|PER]]'s aide in [[Harlow|LOC]] said the port was shut.", "[Ann Lee's aide in Harlow] | said | the port was shut\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "Our correspondent [[Bo Ek|PER]] at [[Tarvik|LOC]] on [[Velden|LOC]] said 2,000 people had come.", "Velden | said | 2,000 people had come\n"},
	}, RulePlacedPerson)
}

// TestPostAfterName checks that a post after a name and a comma before a
// final verb is the person's: the person speaks, not the body, and the
// quotation is the content; a name after a preposition is no subject.
func TestPostAfterName(t *testing.T) {
	checkSources(t, []speakerRow{
		{"a body's post", "\"The port should open. We must act now,\" [[Bo Ek|PER]], [[Acme|ORG]]'s chief executive said.", "Bo Ek | said | The port should open. We must act now\n"},
		{"a post alone", "\"We must act now,\" [[Bo Ek|PER]], the chief executive said.", "Bo Ek | said | We must act now\n"},
		{"after a preposition", "The deal went to [[Bo Ek|PER]], [[Acme|ORG]]'s chief executive said.", "Acme | said | The deal went to Bo Ek\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "\"We must act now,\" [[Bo Ek|PER]], [[Acme|ORG]]'s chief executive said.", "Acme | said | \"We must act now,\" Bo Ek\n"},
	}, RulePostAfterName)
}

// TestReflexiveSubject checks that a reflexive pronoun stressing the
// subject leaves the subject the speaker.
func TestReflexiveSubject(t *testing.T) {
	checkSources(t, []speakerRow{
		{"after a name", "[[Bo Ek|PER]] himself has said staff complain he never calls back.", "Bo Ek | said | staff complain he never calls back\n"},
		{"after a noun", "The officials themselves said the port was shut.", "[The officials] | said | the port was shut\n"},
		{"itself after a body", "[[Acme|ORG]] itself has warned that the port could shut.", "Acme | warned | the port could shut\n"},
		{"itself after a noun", "The union itself said the port was shut.", "[The union] | said | the port was shut\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Bo Ek|PER]] himself has said staff complain he never calls back.", "- | said | staff complain he never calls back\n"},
	}, RuleReflexiveSubject)
}

// TestSourceOutlet checks that an unnamed source that names one news
// outlet gives the claim that outlet, and that a person of the outlet
// speaks for it as before.
func TestSourceOutlet(t *testing.T) {
	for _, tt := range []struct {
		name, text, want string
		off              []string
	}{
		{"a story", "The port will close in May, a [[Tarvik News|ORG/NewsMediaOrganization]] story says.", "- | says | Tarvik News | The port will close in May\n", nil},
		{"a reporter", "The port will close in May, a [[Tarvik News|ORG/NewsMediaOrganization]] reporter says.", "Tarvik News | says | - | The port will close in May\n", nil},
		{"off", "The port will close in May, a [[Tarvik News|ORG/NewsMediaOrganization]] story says.", "- | says | - | The port will close in May\n", []string{RuleSourceOutlet}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := testkit.Build(t, tt.text, time.Time{})
			if err := New(&Options{Off: tt.off}).Process(res); err != nil {
				t.Fatal(err)
			}
			if got := render(res); got != tt.want {
				t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestAuxAdjunct checks that a short prepositional phrase between "have"
// (or a modal) and the verb is read past to the subject, and that a form
// of "be" before such a phrase keeps it a predicate.
func TestAuxAdjunct(t *testing.T) {
	checkSources(t, []speakerRow{
		{"have", "[[Norland|LOC]] has in the past said it opposes the ban.", "Norland | said | it opposes the ban\n"},
		{"had, a date's noun", "[[Bo Ek|PER]] had at the time denied that he knew.", "Bo Ek | denied | he knew\n"},
		{"a modal", "[[Acme|ORG]] will at some point say the plan has failed.", "Acme | say | the plan has failed\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Norland|LOC]] has in the past said it opposes the ban.", "[the past] | said | it opposes the ban\n"},
	}, RuleAuxAdjunct)
}

// TestPseudoCleft checks that a clause "what" opens reads its content
// after the form of "be" that follows the verb.
func TestPseudoCleft(t *testing.T) {
	checkSources(t, []speakerRow{
		{"said", "What [[Bo Ek|PER]] said was that the plan would fail.", "Bo Ek | said | the plan would fail\n"},
		{"want to do", "What the firms want to do is to sell more phones.", "[the firms] | want | to sell more phones\n"},
		{"no clause of what", "[[Bo Ek|PER]] said the plan would fail.", "Bo Ek | said | the plan would fail\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "What [[Bo Ek|PER]] said was that the plan would fail.", "Bo Ek | said | was that the plan would fail\n"},
	}, RulePseudoCleft)
}

// titledRow is a named text, the claims expected of it as renderSource
// writes them, and the constructions turned off.
type titledRow struct {
	name, text, want string
	off              []string
}

// checkTitledSources gives the people of titles their job titles, runs the
// claim stage on each row's text and compares the claims' speakers.
func checkTitledSources(t *testing.T, titles map[string]string, rows []titledRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			res := testkit.Build(t, tt.text, time.Time{})
			for i, e := range res.Entities {
				if title, ok := titles[e.Name]; ok {
					res.Entities[i].Attributes = map[string][]string{schema.JobTitle: {title}}
				}
			}
			if err := New(&Options{Off: tt.off}).Process(res); err != nil {
				t.Fatal(err)
			}
			if got := renderSource(res); got != tt.want {
				t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestPossessiveFinal checks that a possessive determiner after a comma
// opens a final attribution's subject, and that a possessive in a
// prepositional phrase does not.
func TestPossessiveFinal(t *testing.T) {
	checkSources(t, []speakerRow{
		{"his report", "The port will close in May, his report said.", "[his report] | said | The port will close in May\n"},
		{"its chief", "The port will close in May, its chief executive says.", "[its chief executive] | says | The port will close in May\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "The port will close in May, his report said.", ""},
	}, RulePossessiveFinal)
	checkSources(t, []speakerRow{
		{"in a phrase", "On the table were lamps and posters from his old radio shows.", ""},
	})
}
