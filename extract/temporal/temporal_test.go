package temporal

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/annotate"
	"github.com/kg-project/kg/extract/sentence"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/internal/fuzzbudget"
	"github.com/kg-project/kg/internal/golden"
	"github.com/kg-project/kg/internal/shareddata"
	"github.com/kg-project/kg/internal/txtar"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// render writes expressions one per line: text, type/class, value.
func render(text string, es []Expression) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "%s\t%s/%s\t%s\n", text[e.Start:e.End], e.Type, e.Class, e.Value)
	}
	return b.String()
}

func TestFind(t *testing.T) {
	const friday = "2024-03-29" // a Friday
	tests := []struct {
		name string
		text string
		ref  string
		want string
	}{
		{"month and day, reference date", "The blast on June 4 was heard.", friday, "June 4\tDATE/Date\t2024-06-04\n"},
		{"month and day, nearest year", "Talks began on December 30.", "2025-01-03", "December 30\tDATE/Date\t2024-12-30\n"},
		{"month and day, no reference", "The vote on June 4 passed.", "", "June 4\tDATE/Date\t--06-04\n"},
		{"full date", "It opened on 4 June 2019 and closed Sept. 12th, 2020.", "", "4 June 2019\tDATE/Date\t2019-06-04\nSept. 12th, 2020\tDATE/Date\t2020-09-12\n"},
		{"invalid day", "Due on February 30 of that year.", "", ""},
		{"weekday, past", "Officials met on Tuesday.", friday, "Tuesday\tDATE/Date\t2024-03-26\n"},
		{"weekday, same day", "The minister resigned on Friday.", friday, "Friday\tDATE/Date\t2024-03-29\n"},
		{"weekday, future", "The court will rule on Tuesday.", friday, "Tuesday\tDATE/Date\t2024-04-02\n"},
		{"weekday, no reference", "The court ruled on Tuesday.", "", "Tuesday\tDATE/Date\t\n"},
		{"last and next weekday", "He left last Friday and returns next Monday.", friday, "last Friday\tDATE/Date\t2024-03-22\nnext Monday\tDATE/Date\t2024-04-01\n"},
		{"weekday with a date", "Sunday, March 24, 2024 at 3 p.m. was quiet.", "", "Sunday, March 24, 2024 at 3 p.m.\tDATE/DateTime\t2024-03-24T15:00\n"},
		{"part of day", "Protesters gathered on Saturday evening.", friday, "Saturday evening\tDATE/Date\t2024-03-23\n"},
		{"early month", "The warning came in early March.", friday, "early March\tDATE/Date\t2024-03\n"},
		{"mid month, no reference", "Work resumes in mid-July.", "", "mid-July\tDATE/Date\t--07\n"},
		{"end of month", "It ends at the end of April 2025.", "", "the end of April 2025\tDATE/Date\t2025-04\n"},
		{"month as a modifier", "the April flood killed nobody", "", "April\tDATE/Date\t--04\n"},
		{"month name as a verb or name is not a date", "May we march? Theresa May spoke.", "", ""},
		{"relative days", "Yesterday the mayor spoke; tomorrow morning he flies.", friday, "Yesterday\tDATE/Date\t2024-03-28\ntomorrow morning\tDATE/Date\t2024-03-30\n"},
		{"relative units", "Prices rose last month and will fall next year, after last week.", friday, "last month\tDATE/Date\t2024-02\nnext year\tDATE/Date\t2025\nlast week\tDATE/Date\t2024-W12\n"},
		{"ago", "The firm was founded two years ago and sold three days ago.", friday, "two years ago\tDATE/Date\t2022\nthree days ago\tDATE/Date\t2024-03-26\n"},
		{"anchored on an event", "Just three days before the attack, police warned.", friday, "three days before the attack\tDATE/Date\t\n"},
		{"anchored on a date", "Two days after May 1, 2020 it rained.", "", "Two days after May 1, 2020\tDATE/Date\t2020-05-03\n"},
		{"the next day", "The ship sank on 3 May 2021. The next day divers arrived.", "", "3 May 2021\tDATE/Date\t2021-05-03\nThe next day\tDATE/Date\t2021-05-04\n"},
		{"years", "Built in 1998, the 2015 renovation and 2019's floods; 1,998 visitors.", "", "1998\tDATE/Date\t1998\n2015\tDATE/Date\t2015\n2019\tDATE/Date\t2019\n1,998 visitors\tQUANTITY/QuantitativeValue\t1998\n"},
		{"decade", "Popular in the 1980s.", "", "1980s\tDATE/Date\t198\n"},
		{"iso and slashed", "Filed 2021-07-09, amended 25/12/2021, signed 03/04/2021.", "", "2021-07-09\tDATE/Date\t2021-07-09\n25/12/2021\tDATE/Date\t2021-12-25\n03/04/2021\tDATE/Date\t2021\n"},
		{"time alone", "The blast came at 10:30 GMT, not noon.", "", "10:30 GMT\tDATE/Time\tT10:30\nnoon\tDATE/Time\tT12:00\n"},
		{"time then date", "at 9 a.m. on Monday", "2024-03-29", "9 a.m. on Monday\tDATE/DateTime\t2024-03-25T09:00\n"},
		{"approximate count", "The attack killed over 140 people and injured nearly two hundred.", "", "over 140 people\tQUANTITY/QuantitativeValue\t140\nnearly two hundred\tQUANTITY/QuantitativeValue\t200\n"},
		{"dozen", "More than a dozen suspects were held.", "", "More than a dozen suspects\tQUANTITY/QuantitativeValue\t12\n"},
		{"half a scale", "Half a million people marched.", "", "Half a million people\tQUANTITY/QuantitativeValue\t500000\n"},
		{"a share is no count", "One in 13 pupils was absent.", "", ""},
		{"word numbers", "Twenty-five villagers and two people died; three hundred thousand fled.", "", "Twenty-five villagers\tQUANTITY/QuantitativeValue\t25\ntwo people\tQUANTITY/QuantitativeValue\t2\n"},
		{"money", "It cost $9.6 billion, US$ 5bn and 300 million euros.", "", "$9.6 billion\tQUANTITY/MonetaryAmount\t9600000000\nUS$ 5bn\tQUANTITY/MonetaryAmount\t5000000000\n300 million euros\tQUANTITY/MonetaryAmount\t300000000\n"},
		{"units and percent", "About 30,000 cubic metres, 12 km and 4.5 per cent, 2 degrees Celsius.", "", "About 30,000 cubic metres\tQUANTITY/QuantitativeValue\t30000\n12 km\tQUANTITY/QuantitativeValue\t12\n4.5 per cent\tQUANTITY/QuantitativeValue\t4.5\n2 degrees Celsius\tQUANTITY/QuantitativeValue\t2\n"},
		{"durations", "After 69 days underground and two weeks of talks, in two decades.", "", "69 days\tQUANTITY/Duration\tP69D\ntwo weeks\tQUANTITY/Duration\tP2W\ntwo decades\tQUANTITY/Duration\tP20Y\n"},
		{"hyphenated measures", "a 400-metre ship, a 31-year-old driver and a six-day strike", "", "400-metre\tQUANTITY/QuantitativeValue\t400\n31-year-old\tQUANTITY/QuantitativeValue\t31\nsix-day\tQUANTITY/Duration\tP6D\n"},
		{"vague amounts", "Hundreds of vessels and tens of thousands of people waited.", "", "Hundreds of vessels\tQUANTITY/QuantitativeValue\t\ntens of thousands of people\tQUANTITY/QuantitativeValue\t\n"},
		{"bare numbers are not quantities", "Chapter 7 of the 10 rules, one of them, the one planet.", "", "10 rules\tQUANTITY/QuantitativeValue\t10\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ref time.Time
			if tc.ref != "" {
				ref = day(tc.ref)
			}
			got := render(tc.text, Find(tc.text, ref))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestHeaderDate(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"labelled", "Storm hits coast\nPublished: 29 March 2024\n\nText.", "2024-03-29"},
		{"iso with time", "Headline\n2024-03-29 10:15 GMT\nBody", "2024-03-29"},
		{"month first", "March 29, 2024\nBody text here.", "2024-03-29"},
		{"a date inside a sentence is not a header", "Headline\nThe vote on March 29, 2024 passed.", ""},
		{"partial date", "Headline\nMarch 29\nBody", ""},
		{"too deep", "a\nb\nc\nd\ne\nf\nMarch 29, 2024\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, ok := HeaderDate(tc.text)
			got := ""
			if ok {
				got = d.Format("2006-01-02")
			}
			if got != tc.want {
				t.Errorf("HeaderDate = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestAnchoredAndShift(t *testing.T) {
	n, unit, ok := Anchored("three days before the attack")
	if !ok || n != -3 || unit != "days" {
		t.Errorf("Anchored = %d %q %v, want -3 days", n, unit, ok)
	}
	if _, _, ok := Anchored("the attack"); ok {
		t.Error("Anchored(the attack) = ok")
	}
	if v, ok := Shift("2024-03-22", -3, "days"); !ok || v != "2024-03-19" {
		t.Errorf("Shift = %q %v", v, ok)
	}
	if v, ok := Shift("2024-03-22", 2, "weeks"); !ok || v != "2024-04-05" {
		t.Errorf("Shift weeks = %q %v", v, ok)
	}
	if _, ok := Shift("--03-22", 1, "day"); ok {
		t.Error("Shift of a partial date = ok")
	}
}

// result tokenizes and splits text into a Result, with entity mentions
// for the given surfaces.
func result(text string, ref time.Time, ents ...string) *extract.Result {
	res := &extract.Result{Doc: extract.Document{Text: text, Date: ref}}
	res.Sentences = sentence.Split(text, tokenize.Tokenize(text))
	for _, e := range ents {
		i := strings.Index(text, e)
		si := 0
		for k, s := range res.Sentences {
			if s.Start <= i && i < s.End {
				si = k
			}
		}
		res.Mentions = append(res.Mentions, extract.Mention{Start: i, End: i + len(e), Text: e, Type: extract.Person, Sentence: si, Entity: 0})
	}
	return res
}

func TestProcess(t *testing.T) {
	text := "Mayor April Jones spoke on Monday.\nShe said 40 homes flooded."
	res := result(text, day("2024-03-29"), "April Jones")
	if err := New(nil).Process(res); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range res.Mentions[1:] {
		got = append(got, fmt.Sprintf("%s %s %s %d %d", m.Text, m.Type, m.Value, m.Sentence, m.Entity))
	}
	want := []string{"Monday DATE 2024-03-25 0 -1", "40 homes QUANTITY 40 1 -1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}

	// Without quantities, and with the publication date read from a
	// header line.
	res = result("Published: 1 May 2023\nTen boats sank on Monday.", time.Time{})
	if err := New(&Options{NoQuantities: true}).Process(res); err != nil {
		t.Fatal(err)
	}
	if got := res.Doc.Date.Format("2006-01-02"); got != "2023-05-01" {
		t.Errorf("document date %s, want 2023-05-01", got)
	}
	if len(res.Mentions) != 2 || res.Mentions[1].Value != "2023-05-01" || res.Mentions[1].Text != "Monday" {
		t.Errorf("mentions %+v, want the header date and Monday = 2023-05-01", res.Mentions)
	}
	res = result("Published: 1 May 2023\nTen boats sank on Monday.", time.Time{})
	if err := New(&Options{NoHeaderDate: true}).Process(res); err != nil {
		t.Fatal(err)
	}
	if !res.Doc.Date.IsZero() {
		t.Errorf("NoHeaderDate: document date set to %v", res.Doc.Date)
	}
}

// TestGolden runs Find on each testdata/*.txtar archive's "input" (with
// the reference date of its "ref" file, if any) and compares with its
// "want" file.
func TestGolden(t *testing.T) {
	golden.Archives(t, "testdata", func(t *testing.T, a txtar.Archive) []txtar.File {
		in, _ := a.Get("input")
		var ref time.Time
		if r, ok := a.Get("ref"); ok {
			ref = day(strings.TrimSpace(r))
		}
		return []txtar.File{{Name: "want", Data: render(in, Find(in, ref))}}
	})
}

func FuzzFind(f *testing.F) {
	for _, in := range txtar.Inputs("testdata", "input") {
		f.Add(in, int64(0))
		f.Add(in, day("2024-03-29").Unix())
	}
	f.Add("on Feb. 29 at 12 a.m., 1,00 people; 9.9.9 km; $-5; tens of of", int64(0))
	f.Add("three days before the", int64(1e9))
	f.Fuzz(func(t *testing.T, text string, ref int64) {
		defer fuzzbudget.Start(t, len(text))()
		var r time.Time
		if ref > 0 && ref < 1e11 {
			r = time.Unix(ref, 0).UTC()
		}
		prev := 0
		for _, e := range Find(text, r) {
			if e.Start < prev || e.Start >= e.End || e.End > len(text) {
				t.Fatalf("expression %+v out of order or outside the text (len %d)", e, len(text))
			}
			prev = e.End
			if e.Type != extract.Date && e.Type != extract.Quantity {
				t.Fatalf("expression %+v has type %q", e, e.Type)
			}
			if e.Class == ClassDate && e.Value != "" && !validDateValue(e.Value) {
				t.Fatalf("date %q has value %q", text[e.Start:e.End], e.Value)
			}
		}
		HeaderDate(text)
		Anchored(text)
	})
}

// validDateValue accepts the shapes of ISO 8601 and XML Schema partial
// dates this package writes.
func validDateValue(v string) bool {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006", "--01-02", "--01", "2006-W01"} {
		if len(v) != len(layout) {
			continue
		}
		ok := true
		for i := range v {
			if (layout[i] >= '0' && layout[i] <= '9') != (v[i] >= '0' && v[i] <= '9') {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return len(v) == 3 && digits(v) // a decade
}

// BenchmarkProcess measures the stage on the BBC corpus (tokenized and
// split beforehand); BenchmarkBaselineSplit, tokenizing and splitting the
// same texts, is the yardstick.
func BenchmarkProcess(b *testing.B) {
	docs := shareddata.BBC(b)
	results := make([]*extract.Result, len(docs))
	size := 0
	for i, d := range docs {
		results[i] = &extract.Result{Doc: extract.Document{Text: d}, Sentences: sentence.Split(d, tokenize.Tokenize(d))}
		size += len(d)
	}
	tg := New(&Options{NoHeaderDate: true})
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, r := range results {
			r.Mentions = r.Mentions[:0]
			if err := tg.Process(r); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkBaselineSplit(b *testing.B) {
	docs := shareddata.BBC(b)
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			sentence.Split(d, tokenize.Tokenize(d))
		}
	}
}

func TestTitleDate(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  string // YYYY-MM-DD, or "" for none
	}{
		{"20161125 - Storm hits coast", "2016-11-25"},
		{"20161125_storm", "2016-11-25"},
		{"20161125", "2016-11-25"},
		{"20161325 - no such month", ""},
		{"201611250 - too long", ""},
		{"Storm hits coast", ""},
	} {
		d, ok := TitleDate(tc.title)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("TitleDate(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

// A full date in the dateline is the publication date, against which "on
// Tuesday" is read.
func TestDatelineDate(t *testing.T) {
	text := "VELDEN CITY, Norland Coast Sept. 7, 2004 - Storms flooded a depot early Tuesday."
	res := &extract.Result{Doc: extract.Document{Text: text}, Sentences: sentence.Split(text, tokenize.Tokenize(text))}
	ann, err := annotate.Default()
	if err != nil {
		t.Fatal(err)
	}
	ann.Annotate(res)
	if err := New(nil).Process(res); err != nil {
		t.Fatal(err)
	}
	if got := res.Doc.Date.Format("2006-01-02"); got != "2004-09-07" {
		t.Errorf("publication date %s, want 2004-09-07", got)
	}
	for _, m := range res.Mentions {
		if m.Text == "early Tuesday" && m.Value != "2004-09-07" {
			t.Errorf("%q = %q, want 2004-09-07", m.Text, m.Value)
		}
	}
}

// Quantities keep their units: money its currency, percentages and
// measures their unit word.
func TestUnits(t *testing.T) {
	text := "Winds reached 65 mph as prices rose 27 per cent. The fine was £3,500, the deal A$2bn and the ship 400-metre long, in 12 metres of water, with 300 people."
	got := map[string]string{}
	res := &extract.Result{Doc: extract.Document{Text: text}, Sentences: sentence.Split(text, tokenize.Tokenize(text))}
	if err := New(nil).Process(res); err != nil {
		t.Fatal(err)
	}
	for _, m := range res.Mentions {
		if m.Type == extract.Quantity {
			got[m.Text] = m.Unit
		}
	}
	want := map[string]string{"65 mph": "mph", "27 per cent": "percent", "£3,500": "GBP", "A$2bn": "AUD", "400-metre": "metre", "12 metres": "metre", "300 people": ""}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("units (-want +got):\n%s", diff)
	}
}

func TestTimeOpenerDeterminer(t *testing.T) {
	tests := []struct {
		name, w        string
		opener, determ bool
	}{
		{"preposition of time", "until", true, false},
		{"early", "early", true, false},
		{"determiner of time", "next", false, true},
		{"other preposition", "of", false, false},
		{"capitalised", "In", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TimeOpener(tt.w); got != tt.opener {
				t.Errorf("TimeOpener(%q) = %v, want %v", tt.w, got, tt.opener)
			}
			if got := TimeDeterminer(tt.w); got != tt.determ {
				t.Errorf("TimeDeterminer(%q) = %v, want %v", tt.w, got, tt.determ)
			}
		})
	}
}
