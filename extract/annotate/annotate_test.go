package annotate

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/sentence"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/internal/fuzzbudget"
)

func split(text string) []extract.Sentence {
	return sentence.Split(text, tokenize.Tokenize(text))
}

// quoted renders each quotation as its text, with "+" when it has a
// closing mark and "…" when it runs unclosed to a paragraph's end.
func quoted(text string, qs []extract.Quote) []string {
	var out []string
	for _, q := range qs {
		end := "+"
		if q.Close < 0 {
			end = "…"
		}
		out = append(out, text[q.Start:q.End]+end)
	}
	return out
}

func TestQuotes(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"curly", `He said: “We will win.” Then he left.`, []string{"We will win.+"}},
		{"straight by turns", `"One," she said, "two."`, []string{"One,+", "two.+"}},
		{"split by its cue", `“It is over,” he said. “We lost.”`, []string{"It is over,+", "We lost.+"}},
		{"nested single", `“They called it ‘a disaster’ at once,” she said.`, []string{"They called it ‘a disaster’ at once,+", "a disaster+"}},
		{"apostrophe is no quote", `The ministers’ plan ‘worked’, they’d say.`, []string{"worked+"}},
		{"over sentences", `“We came. We saw. We won,” he said.`, []string{"We came. We saw. We won,+"}},
		{"over paragraphs", "“We came here to win.\n\n“And we did,” he said.", []string{"We came here to win.\n\n“And we did,+"}},
		{"unclosed at paragraph end", "He said “we will see\n\nThen nothing.", []string{"we will see…"}},
		{"straight closing with no opening", `for small businesses", an official said. "It is weak," he said.`, []string{"It is weak,+"}},
		{"straight reopened unclosed", `He said: "We will win. "We always do." Then he left.`, []string{"We will win.…", "We always do.+"}},
		{"straight by turns when neither side", `A " B " C`, []string{"B+"}},
		{"no quotes", "Nothing is quoted here.", nil},
		{"guillemets", "Il a dit «non» hier.", []string{"non+"}},
		{"latex style", "He said ``yes'' twice.", []string{"yes+"}},
		{"two apostrophes opening", "Critics were sharp. ''This is no reform,'' he said.", []string{"This is no reform,+"}},
		{"straight opening, curly closing", "She called it \"a rant” and left.", []string{"a rant+"}},
		{"curly opening, straight closing", "She called it “a rant\" and left.", []string{"a rant+"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := quoted(tc.text, Quotes(tc.text, split(tc.text)))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Quotes(%q) (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestFindDateline(t *testing.T) {
	for _, tc := range []struct {
		name, text   string
		town, agency string
		wantDateline bool
		wantSentence int
	}{
		{"town and agency", "PARIS (Reuters) - Ministers met on Monday.", "PARIS", "Reuters", true, 0},
		{"town and region", "TARVIK, Ostmark — The mayor resigned.", "TARVIK", "", true, 0},
		{"after a headline", "Mayor resigns\n\nHARBOR CITY — The mayor resigned on Friday.", "HARBOR CITY", "", true, 1},
		{"an aside is no dateline", "EADS - its owner - said nothing.", "", "", false, 0},
		{"lower case", "Paris - Ministers met.", "", "", false, 0},
		{"after a byline", "By ANN LEE    SAN MARCO, Ostmark (AP) -- Ministers met.", "SAN MARCO", "AP", true, 0},
		{"a byline needs a gap", "By ANN LEE SAN MARCO (AP) -- Ministers met.", "", "", false, 0},
		{"after a feed's source", "Acme Press - TARVIK, Ostmark (AP) - Ministers met.", "TARVIK", "AP", true, 0},
		{"a source needs the agency", "Acme Press - TARVIK - Ministers met.", "", "", false, 0},
		{"no source at the first word", "- TARVIK (AP) - Ministers met.", "", "", false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sents := split(tc.text)
			d := FindDateline(sents, tc.text)
			if (d != nil) != tc.wantDateline {
				t.Fatalf("FindDateline = %+v, want a dateline: %v", d, tc.wantDateline)
			}
			if d == nil {
				return
			}
			toks := sents[d.Sentence].Tokens
			words := func(r [2]int) string {
				if r[0] >= r[1] {
					return ""
				}
				return tc.text[toks[r[0]].Start:toks[r[1]-1].End]
			}
			if d.Sentence != tc.wantSentence || words(d.Town) != tc.town || words(d.Agency) != tc.agency || !tokenize.IsDash(toks[d.Dash].Text) {
				t.Errorf("dateline in sentence %d, town %q, agency %q, dash %q; want %d, %q, %q",
					d.Sentence, words(d.Town), words(d.Agency), toks[d.Dash].Text, tc.wantSentence, tc.town, tc.agency)
			}
		})
	}
}

func TestAnnotate(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "The ministers said they had told Reuters. “We won,” she says."
	res := &extract.Result{Doc: extract.Document{Text: text}, Sentences: split(text)}
	a.Annotate(res)
	var lemmas []string
	for _, s := range res.Sentences {
		if len(s.Lower) != len(s.Tokens) || len(s.POS) != len(s.Tokens) || len(s.Mention) != len(s.Tokens) {
			t.Fatalf("sentence %q: annotation lengths %d %d %d for %d tokens", text[s.Start:s.End], len(s.Lower), len(s.POS), len(s.Mention), len(s.Tokens))
		}
		lemmas = append(lemmas, strings.Join(s.Lemma, " "))
	}
	want := []string{"the minister say they have tell reuters .", "“ we win , ” she say ."}
	if diff := cmp.Diff(want, lemmas); diff != "" {
		t.Errorf("lemmas (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"We won,+"}, quoted(text, res.Quotes)); diff != "" {
		t.Errorf("quotes (-want +got):\n%s", diff)
	}
	// Annotating again changes nothing and keeps the slices.
	first := &res.Sentences[0].Lemma[0]
	a.Annotate(res)
	if &res.Sentences[0].Lemma[0] != first {
		t.Error("Annotate annotated an annotated sentence again")
	}
}

// A mention indexes the tokens wholly inside it; where mentions overlap
// the first wins.
func TestIndexMentions(t *testing.T) {
	text := "The Paris attack killed 12 people."
	res := &extract.Result{Doc: extract.Document{Text: text}, Sentences: split(text)}
	res.Entities = []extract.Entity{{Name: "Paris"}, {Name: "attack"}}
	res.Mentions = []extract.Mention{
		{Start: 4, End: 9, Entity: 0},                            // Paris
		{Start: 0, End: 16, Entity: 1},                           // The Paris attack
		{Start: 24, End: 33, Entity: -1, Type: extract.Quantity}, // 12 people
	}
	res.IndexMentions()
	s := res.Sentences[0]
	if diff := cmp.Diff([]int{1, 0, 1, -1, -1, -1, -1}, s.Mention); diff != "" {
		t.Errorf("Mention (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{-1, -1, -1, -1, 2, 2, -1}, s.Literal); diff != "" {
		t.Errorf("Literal (-want +got):\n%s", diff)
	}
}

func FuzzQuotes(f *testing.F) {
	for _, s := range []string{`“a” "b" ‘c’`, "“x\n\n“y”", `"""`, "‘’’‘", "``a''"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		defer fuzzbudget.Start(t, len(text))()
		qs := Quotes(text, split(text))
		for _, q := range qs {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End || q.Open >= q.Start || q.Close >= 0 && q.Close < q.End {
				t.Fatalf("bad quote %+v in %q", q, text)
			}
		}
	})
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		name string
		doc  extract.Document
		want int // the headline's end, or -1
	}{
		{"first line alone", extract.Document{Text: "Acme buys Harlow Mills\n\nAcme said on Monday ..."}, 22},
		{"title given and equal", extract.Document{Text: "Acme buys Harlow Mills\nAcme said ...", Title: "Acme buys Harlow Mills"}, 22},
		{"title given and different", extract.Document{Text: "Acme buys Harlow Mills\nAcme said ...", Title: "Deal done"}, -1},
		{"a sentence", extract.Document{Text: "Acme bought Harlow Mills on Monday.\nIt said ..."}, -1},
		{"title ending in an initialism", extract.Document{Text: "Storm Nears Coastal N.C.\n\nThe storm ..."}, 24},
		{"sentence ending in an initialism", extract.Document{Text: "Acme opened a plant in the U.S.\nIt said ..."}, -1},
		{"sentence ending in a word and a period", extract.Document{Text: "Acme Buys Harlow Mills Inc.\nIt said ..."}, -1},
		{"a wire's headline cut by an ellipsis before a blank line (cut-headline)", extract.Document{Text: "Acme and Vell: the joke is on...\n\nAcme said ..."}, 32},
		{"a headline cut by an ellipsis with spaces on the blank line (cut-headline)", extract.Document{Text: "Acme and Vell: the joke is on...\n \nAcme said ..."}, 32},
		{"a headline cut by an ellipsis before a blank line in CRLF (cut-headline)", extract.Document{Text: "Acme and Vell: the joke is on...\r\n\r\nAcme said ..."}, 33}, // the span ends at the line feed
		{"a sentence cut by an ellipsis with no blank line (cut-headline)", extract.Document{Text: "Acme and Vell: the joke is on...\nAcme said ..."}, -1},
		{"a line cut by an ellipsis with nothing after (cut-headline)", extract.Document{Text: "Acme and Vell: the joke is on...\n"}, -1},
		{"one line", extract.Document{Text: "Acme buys Harlow Mills"}, -1},
		{"a paragraph", extract.Document{Text: strings.Repeat("word ", 30) + "\nmore"}, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := Headline(tc.doc)
			got := h.End
			if h.Len() == 0 {
				got = -1
			}
			if got != tc.want {
				t.Errorf("headline ends at %d, want %d", got, tc.want)
			}
		})
	}
}

// TestBareDateline checks the datelines whose dash was left out: a known
// town in capitals at the start of a line in the first sentences, before
// a story in title case.
func TestBareDateline(t *testing.T) {
	known := func(words []string) bool {
		switch strings.Join(words, " ") {
		case "TARVIK", "NEW PELLAM", "Ostmark":
			return true
		}
		return false
	}
	for _, tc := range []struct {
		name, text string
		town, last string // the town and the dateline's last word; "" for none
	}{
		{"a town before a name", "Acme buys Vell\n\nTARVIK Acme Corp said on Monday it would buy Vell.", "TARVIK", "TARVIK"},
		{"a town of two words", "Acme buys Vell\n\nNEW PELLAM The mayor resigned.", "NEW PELLAM", "PELLAM"},
		{"a town and its country", "Acme buys Vell\n\nTARVIK, Ostmark The mayor resigned.", "TARVIK", "Ostmark"},
		{"an unknown town", "Acme buys Vell\n\nVELDEN The mayor resigned.", "", ""},
		{"a short town", "Acme buys Vell\n\nOSLO The mayor resigned.", "", ""},
		{"the story in small letters", "Acme buys Vell\n\nTARVIK said on Monday it had won.", "", ""},
		{"a headline in capitals", "Acme buys Vell\n\nTARVIK BEATS PELLAM AGAIN", "", ""},
		{"not at a line's start", "Acme buys Vell. It paid well. TARVIK Acme Corp said so.", "", ""},
		{"too far into the story", "Acme buys Vell\n\nThe mayor resigned. He left.\nTARVIK Acme Corp said so.", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sents := split(tc.text)
			d := findDateline(sents, tc.text, nil, known)
			if (d != nil) != (tc.town != "") {
				t.Fatalf("findDateline = %+v, want a dateline: %v", d, tc.town != "")
			}
			if d == nil {
				return
			}
			toks := sents[d.Sentence].Tokens
			town := tc.text[toks[d.Town[0]].Start:toks[d.Town[1]-1].End]
			if town != tc.town || toks[d.Dash].Text != tc.last {
				t.Errorf("town %q, last word %q; want %q, %q", town, toks[d.Dash].Text, tc.town, tc.last)
			}
		})
	}
}
