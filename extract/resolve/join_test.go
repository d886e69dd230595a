package resolve

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/annotate"
	"github.com/kg-project/kg/extract/lexicon"
)

// casedWords knows how news writes a few made-up names and common words,
// and lists "Vell Oil" and "Tarco" as names.
type casedWords struct{ parties }

func (casedWords) Casing(word string) (int, int, bool) {
	switch strings.ToLower(word) {
	case "safety", "water", "exhibition", "conference", "centre", "year", "sport", "science", "advancement", "personality", "total", "oil", "rights", "council", "group", "forum", "economic", "world", "trade", "industry", "lions", "saints", "convention", "studies", "programme", "high", "deputy", "trust", "company", "bank", "double", "poll", "lawyer", "advisers", "major", "downgrade", "sales", "backers", "slump", "tapped", "remote", "exploring", "boating", "spam", "ready", "return", "executives", "browser":
		return 300, 40, true
	case "norland", "ostmark", "harlow", "pellam", "acme", "labour", "tarco", "vell":
		return 2, 400, true
	}
	return 0, 0, false
}

func (casedWords) KnownName(name, coarseType string) bool {
	return (name == "Vell Oil" || name == "Tarco") && coarseType == extract.Organization
}

// TestJoinInnerWords checks that two mentions cut at a function word
// inside one name are joined, and that names of things in their own right
// are not.
func TestJoinInnerWords(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []mentionStepRow{
		{"for and common words", "The Pellam Commission for Water Safety met.",
			[][2]string{{"Pellam Commission", org}, {"Water Safety", org}},
			[][2]string{{"Pellam Commission for Water Safety", org}}},
		{"of the and common words", "She won Harlow Sports Personality of the Year.",
			[][2]string{{"Harlow Sports Personality", org}, {"Year", misc}},
			[][2]string{{"Harlow Sports Personality of the Year", org}}},
		{"on and common words, the longer part's type", "The Programme on Trade Industry Studies said so.",
			[][2]string{{"Programme", loc}, {"Trade Industry Studies", org}},
			[][2]string{{"Programme on Trade Industry Studies", org}}},
		{"of after an organisation's word", "The Tourism Authority of Norland said so.",
			[][2]string{{"Tourism Authority", org}, {"Norland", loc}},
			[][2]string{{"Tourism Authority of Norland", org}}},
		{"and before a venue's word", "They met at the Harlow Exhibition and Conference Centre.",
			[][2]string{{"Harlow Exhibition", org}, {"Conference Centre", loc}},
			[][2]string{{"Harlow Exhibition and Conference Centre", loc}}},
		{"and inside the object of of", "He taught at the Pellam School of Trade and Industry.",
			[][2]string{{"Pellam School of Trade", org}, {"Industry", org}},
			[][2]string{{"Pellam School of Trade and Industry", org}}},
		{"for a place after a body's word", "The Harlow Trade Commission for Ostmark met.",
			[][2]string{{"Harlow Trade Commission", org}, {"Ostmark", loc}},
			[][2]string{{"Harlow Trade Commission for Ostmark", org}}},
		{"of a listed name after a body's word", "The Pellam Port Authority of Tarco said so.",
			[][2]string{{"Pellam Port Authority", org}, {"Tarco", org}},
			[][2]string{{"Pellam Port Authority of Tarco", org}}},
		{"a listed name after a name", "The Pellam Exhibition for Tarco opened.",
			[][2]string{{"Pellam Exhibition", org}, {"Tarco", org}},
			[][2]string{{"Pellam Exhibition", org}, {"Tarco", org}}},
		{"two places", "Norland and Ostmark signed.",
			[][2]string{{"Norland", loc}, {"Ostmark", loc}},
			[][2]string{{"Norland", loc}, {"Ostmark", loc}}},
		{"a name after for", "Acme Power for Ostmark won.",
			[][2]string{{"Acme Power", org}, {"Ostmark", loc}},
			[][2]string{{"Acme Power", org}, {"Ostmark", loc}}},
		{"a listed name", "Tarco and Vell Oil fell.",
			[][2]string{{"Tarco", org}, {"Vell Oil", org}},
			[][2]string{{"Tarco", org}, {"Vell Oil", org}}},
		{"and without a kind's word after it", "Shares in Total and Safety fell.",
			[][2]string{{"Total", org}, {"Safety", org}},
			[][2]string{{"Total", org}, {"Safety", org}}},
		{"a whole name before and", "The Acme Group and World Economic Forum met.",
			[][2]string{{"Acme Group", org}, {"World Economic Forum", org}},
			[][2]string{{"Acme Group", org}, {"World Economic Forum", org}}},
		{"plurals after and", "The Harlow Saints and Lions Council met.",
			[][2]string{{"Harlow Saints", org}, {"Lions Council", org}},
			[][2]string{{"Harlow Saints", org}, {"Lions Council", org}}},
		{"a person", "Ann Lee of Water Safety spoke.",
			[][2]string{{"Ann Lee", per}, {"Water Safety", org}},
			[][2]string{{"Ann Lee", per}, {"Water Safety", org}}},
		{"on the", "The Pellam Convention on the Water rules.",
			[][2]string{{"Pellam Convention", misc}, {"Water", misc}},
			[][2]string{{"Pellam Convention", misc}, {"Water", misc}}},
		{"another sentence", "They met the Pellam Commission. For Water Safety, see below.",
			[][2]string{{"Pellam Commission", org}, {"Water Safety", org}},
			[][2]string{{"Pellam Commission", org}, {"Water Safety", org}}},
	}
	checkMentionStep(t, New(&Options{Aliases: casedWords{}}).joinInnerWords, tests)
}

// adjectiveWords is casedWords whose alias table reads "Nordic" as the
// made-up country Norland and whose party list knows "Gothic" as the
// Gothic Party.
type adjectiveWords struct{ casedWords }

func (adjectiveWords) Canonical(name, coarseType string) (string, string, string, bool) {
	if name == "Nordic" {
		return "Norland", extract.Location, "", true
	}
	return "", "", "", false
}

func (adjectiveWords) PartyName(name string) (string, bool) {
	if name == "Gothic" {
		return "Gothic Party", true
	}
	return "", false
}

// TestDropModifierAdjectives checks that an adjective alone before a noun
// that stands for no country or party is no name, and that one that
// does, one before a descriptor of a name, a body's word and an event's
// last word are kept.
func TestDropModifierAdjectives(t *testing.T) {
	const misc, per, org = extract.Miscellaneous, extract.Person, extract.Organization
	tests := []entityRow{
		{"before a noun", "Ann Lee won Arctic gold in Harlow.", [][2]string{{"Ann Lee", per}, {"Arctic", misc}}, []string{"Ann Lee"}},
		{"before an adjective", "The Arctic coastal towns grew.", [][2]string{{"Arctic", misc}}, nil},
		{"two adjectives", "The Gothic Arctic towns grew.", [][2]string{{"Gothic Arctic", misc}}, nil},
		{"two adjectives before a plural noun for shown works (adjective-series)", "He was the hero of the Gothic Arctic movies.", [][2]string{{"Gothic Arctic", misc}}, []string{"Gothic Arctic"}},
		{"one adjective before a plural noun for shown works", "He loved the Arctic movies.", [][2]string{{"Arctic", misc}}, nil},
		{"two adjectives before a plural noun for shown works and a noun", "He met the Gothic Arctic movies fans.", [][2]string{{"Gothic Arctic", misc}}, nil},
		{"one of two adjectives", "Arctic and Nordic towns grew.", [][2]string{{"Arctic", misc}, {"Nordic", misc}}, []string{"Norland"}},
		{"a country's", "Nordic ministers met.", [][2]string{{"Nordic", misc}}, []string{"Norland"}},
		{"a party's", "Gothic voters met.", [][2]string{{"Gothic", misc}}, []string{"Gothic"}},
		{"before a descriptor of a name", "He met Arctic explorer Ann Lee.", [][2]string{{"Arctic", misc}, {"Ann Lee", per}}, []string{"Arctic", "Ann Lee"}},
		{"not before a noun", "The town is Arctic, he said.", [][2]string{{"Arctic", misc}}, []string{"Arctic"}},
		{"an event's last word", "It was the fastest serve in Open history.", [][2]string{{"Open", misc}}, []string{"Open"}},
		{"no adjective", "Tarvik fans cheered.", [][2]string{{"Tarvik", misc}}, []string{"Tarvik"}},
		{"a body's name of people's words (people-modifier)", "She was the first Nordic Lutheran woman to run.", [][2]string{{"Nordic Lutheran", org}}, nil},
		{"a body's name with a word of no people", "The Nordic Harlow team won.", [][2]string{{"Nordic Harlow", org}}, []string{"Nordic Harlow"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: adjectiveWords{}}), tests)
}

// pertainymLexicon is the built-in lexicon with the made-up proper
// adjectives "Norlandic" (of Norland), "Vellist" and "Vellic" (of the
// faith Vellism) and "Ostmarkish" (of Ostmark, and a language's name).
func pertainymLexicon(t *testing.T) *lexicon.Lexicon {
	t.Helper()
	f, err := os.Open("../lexicon/data/wordnet.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, "L\ta\tnorlandic\nP\tnorlandic\tnorland\nL\ta\tvellist\nP\tvellist\tvellism\nL\ta\tvellic\nP\tvellic\tvellism\nL\ta\tostmarkish\nP\tostmarkish\tostmark\nC\tlanguage\tostmarkish\n"...)
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	l, err := lexicon.Load(&b)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// TestPertainedAdjectives checks that a proper adjective before a noun
// is an alias of the place or faith it pertains to when the document
// names it (or names it by another of its adjectives), and of the same
// word named elsewhere, and is dropped otherwise; that one kept before a name joins its place too; that the
// entity keeps its place's name and type whichever comes first; and
// that a language's name not before a noun stays a name of its own.
func TestPertainedAdjectives(t *testing.T) {
	const per, loc, misc = extract.Person, extract.Location, extract.Miscellaneous
	tests := []struct {
		name, text string
		mentions   [][2]string
		want       []string // type, name, aliases and number of mentions of each entity
	}{
		{"its place named", "Norlandic farmers marched in Norland.",
			[][2]string{{"Norlandic", misc}, {"Norland", loc}}, []string{"LOC Norland [Norlandic] 2"}},
		{"its place not named", "Norlandic farmers marched in Harlow.",
			[][2]string{{"Norlandic", misc}, {"Harlow", loc}}, []string{"LOC Harlow [] 1"}},
		{"its faith named", "Vellist clerics met. Vellism grew in Harlow.",
			[][2]string{{"Vellist", misc}, {"Vellism", misc}, {"Harlow", loc}}, []string{"MISC Vellism [Vellist] 2", "LOC Harlow [] 1"}},
		{"its faith named by another adjective", "The Vellist won. Vellic clerics spoke.",
			[][2]string{{"Vellist", misc}, {"Vellic", misc}}, []string{"MISC Vellist [Vellic] 2"}},
		{"two names of one adjective", "The Vellist won. The Vellist lost.",
			[][2]string{{"Vellist", misc}, {"Vellist", misc}}, []string{"MISC Vellist [] 2"}},
		{"the same word named", "The Arctic is cold. Arctic towns grew.",
			[][2]string{{"Arctic", misc}, {"Arctic", misc}}, []string{"MISC Arctic [] 2"}},
		{"before a name", "He met Norlandic explorer Ann Lee in Norland.",
			[][2]string{{"Norlandic", misc}, {"Ann Lee", per}, {"Norland", loc}}, []string{"LOC Norland [Norlandic] 2", "PER Ann Lee [] 1"}},
		{"a language's name before a noun", "Ostmarkish farmers marched in Ostmark.",
			[][2]string{{"Ostmarkish", misc}, {"Ostmark", loc}}, []string{"LOC Ostmark [Ostmarkish] 2"}},
		{"a language's name alone", "They speak Ostmarkish in Ostmark.",
			[][2]string{{"Ostmarkish", misc}, {"Ostmark", loc}}, []string{"MISC Ostmarkish [] 1", "LOC Ostmark [] 1"}},
	}
	ann, err := annotate.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	r := New(&Options{Aliases: adjectiveWords{}, Words: pertainymLexicon(t)})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mentions...)
			ann.Annotate(res)
			if err := r.Resolve(res); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range res.Entities {
				got = append(got, fmt.Sprintf("%s %s %v %d", e.Type, e.Name, e.Aliases, len(e.Mentions)))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s: entities (-want +got):\n%s", tt.text, diff)
			}
			for _, m := range res.Mentions {
				if adj := strings.HasSuffix(m.Text, "ic") || strings.HasSuffix(m.Text, "ist") || strings.HasSuffix(m.Text, "ish"); adj && m.Entity >= 0 && res.Entities[m.Entity].Name != m.Text && m.Method != MethodAdjective {
					t.Errorf("%s: %q joined by %q, want %q", tt.text, m.Text, m.Method, MethodAdjective)
				}
			}
		})
	}
}

// TestTitleTails checks that a mention ending in a title is its party's
// name after a party's, and no name after common words alone, and that
// people's and organisations' names are kept.
func TestTitleTails(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"a party's member", "She stood down as a Unity MP in May.", [][2]string{{"Unity MP", org}}, []string{"Unity Party"}},
		{"a title", "She will replace the former High Commissioner, Ann Lee.", [][2]string{{"High Commissioner", loc}, {"Ann Lee", per}}, []string{"Ann Lee"}},
		{"a title after a determiner", "The Deputy Minister spoke.", [][2]string{{"Deputy Minister", per}}, nil},
		{"a first name", "The coach Bo Minister spoke.", [][2]string{{"Bo Minister", per}}, []string{"Bo Minister"}},
		{"an organisation", "Shares in the High General rose.", [][2]string{{"High General", org}}, []string{"High General"}},
		{"not after a determiner", "High Commissioner had left.", [][2]string{{"High Commissioner", per}}, []string{"High Commissioner"}},
		{"a surname alone elsewhere", "The High Commissioner won. Commissioner said so.", [][2]string{{"High Commissioner", per}, {"Commissioner", per}}, []string{"High Commissioner"}},
		{"an abbreviated title after an organisation", "A Vell Ostmark MP said so.", [][2]string{{"Vell Ostmark MP", org}}, []string{"Vell Ostmark"}},
		{"an abbreviated title after a person: no title tail, but post-nominal letters", "Ann Lee MP said so.", [][2]string{{"Ann Lee MP", per}}, []string{"Ann Lee"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: casedWords{}}), tests)
}

// TestExtendTails checks that a company's legal ending, a newspaper's
// word after a place's adjective and "Jr." join the name before them, and
// that other words do not.
func TestExtendTails(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []entityRow{
		{"a legal ending", "Shares in Tarvik Co. rose.", [][2]string{{"Tarvik", org}}, []string{"Tarvik Co."}},
		{"a legal ending after a person's name", "Ann Lee Ltd said so.", [][2]string{{"Ann Lee", per}}, []string{"Ann Lee Ltd"}},
		{"a newspaper's word", "The Norlandic Press said so.", [][2]string{{"Norlandic", misc}}, []string{"Norlandic Press"}},
		{"a newspaper's word before a name", "The Norlandic Press Awards opened.", [][2]string{{"Norlandic", misc}}, []string{"Norlandic"}},
		{"Jr.", "Bo Ek Jr. won.", [][2]string{{"Bo Ek", per}}, []string{"Bo Ek Jr."}},
		{"another word", "Tarvik Power rose.", [][2]string{{"Tarvik", org}}, []string{"Tarvik"}},
		{"a place before a legal ending", "In Harlow Co. Pellam won.", [][2]string{{"Harlow", loc}, {"Pellam", per}}, []string{"Harlow", "Pellam"}},
	}
	checkEntityNames(t, New(&Options{Aliases: casedWords{}}), tests)
}

// TestExtendStormHeads checks that a capitalised word for a storm right
// before a one-word name joins it, and that a plural, a lower-case word
// or a word in capitals does not.
func TestExtendStormHeads(t *testing.T) {
	const misc, loc = extract.Miscellaneous, extract.Location
	tests := []entityRow{
		{"a storm's word", "Hurricane Tarvi hit Velden.", [][2]string{{"Tarvi", misc}, {"Velden", loc}}, []string{"Hurricane Tarvi", "Velden"}},
		{"a plural", "Hurricanes Tarvi and Vell hit.", [][2]string{{"Tarvi", misc}, {"Vell", misc}}, []string{"Tarvi", "Vell"}},
		{"lower case", "The hurricane Tarvi hit.", [][2]string{{"Tarvi", misc}}, []string{"Tarvi"}},
		{"capitals", "HURRICANE Tarvi hit.", [][2]string{{"Tarvi", misc}}, []string{"Tarvi"}},
		{"another word", "Harlow Tarvi hit.", [][2]string{{"Tarvi", misc}}, []string{"Tarvi"}},
	}
	checkEntityNames(t, New(&Options{Aliases: casedWords{}}), tests)
}

// TestParentheticalOtherInitials checks that an acronym in brackets after
// a name joins it, unless it is the initials of another name in the
// document (a dateline's agency after its town).
func TestParentheticalOtherInitials(t *testing.T) {
	const org, loc = extract.Organization, extract.Location
	tests := []entityRow{
		{"another name's initials", "Norland Press - HARLOW (NP) - Rain fell.", [][2]string{{"Norland Press", org}, {"HARLOW", loc}, {"NP", loc}}, []string{"Norland Press", "HARLOW"}},
		{"no other name's", "The Harlow Port Board (HPB) met.", [][2]string{{"Harlow Port Board", org}, {"HPB", org}}, []string{"Harlow Port Board"}},
	}
	checkEntityNames(t, New(nil), tests)
}

// TestSplitTwoNames checks that a mention run over two whole names
// joined by "and" is split though neither is named alone, and that one
// name with "and" in it is not.
func TestSplitTwoNames(t *testing.T) {
	const per, org = extract.Person, extract.Organization
	tests := []entityRow{
		{"the second with the", "Acme and the Harlow Courier agreed.", [][2]string{{"Acme and the Harlow Courier", org}}, []string{"Acme", "Harlow Courier"}},
		{"two listed names", "Tarco and Vell Oil fell.", [][2]string{{"Tarco and Vell Oil", org}}, []string{"Tarco", "Vell Oil"}},
		{"a courtesy title", "Lord Lee and Mr Ek met.", [][2]string{{"Lord Lee and Mr Ek", per}}, []string{"Lee", "Ek"}},
		{"names that begin alike", "The Duchy of Harlow and Duchy of Pellam paid.", [][2]string{{"Duchy of Harlow and Duchy of Pellam", org}}, []string{"Duchy of Harlow", "Duchy of Pellam"}},
		{"two banks", "Norland Trade Bank and Bank of Ostmark lent.", [][2]string{{"Norland Trade Bank and Bank of Ostmark", org}}, []string{"Norland Trade Bank", "Bank of Ostmark"}},
		{"one bank", "Harlow Bank and Trust Company lent.", [][2]string{{"Harlow Bank and Trust Company", org}}, []string{"Harlow Bank and Trust Company"}},
		{"one body", "The Harlow Food and Drug Council met.", [][2]string{{"Harlow Food and Drug Council", org}}, []string{"Harlow Food and Drug Council"}},
		{"a list's last two", "Acme, Tarvik Rebel and Bloc Dawn played.", [][2]string{{"Acme", org}, {"Tarvik Rebel and Bloc Dawn", org}}, []string{"Acme", "Tarvik Rebel", "Bloc Dawn"}},
		{"no list before", "Tarvik Rebel and Bloc Dawn played.", [][2]string{{"Tarvik Rebel and Bloc Dawn", org}}, []string{"Tarvik Rebel and Bloc Dawn"}},
		{"a comma after no name", "In May, Tarvik Rebel and Bloc Dawn played.", [][2]string{{"Tarvik Rebel and Bloc Dawn", org}}, []string{"Tarvik Rebel and Bloc Dawn"}},
	}
	checkEntityNames(t, New(&Options{Aliases: casedWords{}}), tests)
}

// TestSequelNumbers checks that a sequel's or a version's number joins
// the name before it, and that scores, counts, ranges, ages and longer
// names do not.
func TestSequelNumbers(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"a sequel", "Tarvik 2 sold well.", [][2]string{{"Tarvik", org}}, []string{"Tarvik 2"}},
		{"before and", "Tarvik 2 and Vell Office 10 sold well.", [][2]string{{"Tarvik", org}, {"Vell Office", org}}, []string{"Tarvik 2", "Vell Office 10"}},
		{"a channel", "Harlow Radio 4 said so.", [][2]string{{"Harlow Radio", org}}, []string{"Harlow Radio 4"}},
		{"a channel read as a person", "The show moved to Channel 4 last year.", [][2]string{{"Channel", per}}, []string{"Channel 4"}},
		{"a channel before a plural", "Harlow Radio 4 ratings rose.", [][2]string{{"Harlow Radio", org}}, []string{"Harlow Radio 4"}},
		{"a channel before or", "It was on Channel 4 or Acme.", [][2]string{{"Channel", org}, {"Acme", org}}, []string{"Channel 4", "Acme"}},
		{"a person's age", "Ann Lee 24 ratings rose.", [][2]string{{"Ann Lee", per}}, []string{"Ann Lee"}},
		{"a score", "Harlow 6, Pellam 5 in extra time.", [][2]string{{"Harlow", org}, {"Pellam", org}}, []string{"Harlow", "Pellam"}},
		{"a list", "Details of Tarvstation 3, Xenon and Vell are due.", [][2]string{{"Tarvstation", org}, {"Xenon", org}, {"Vell", org}}, []string{"Tarvstation 3", "Xenon", "Vell"}},
		{"a score with a longer side", "Harlow 6, Pellam Rovers 5 in extra time.", [][2]string{{"Harlow", org}, {"Pellam Rovers", org}}, []string{"Harlow", "Pellam Rovers"}},
		{"written whole elsewhere", "Tarvik 2 sweeps awards\n\nTarvik 2 won six awards.", [][2]string{{"Tarvik", org}, {"Tarvik 2", "MISC"}}, []string{"Tarvik 2"}},
		{"a score without a comma", "Harlow 6 Pellam 5", [][2]string{{"Harlow", org}, {"Pellam", org}}, []string{"Harlow", "Pellam"}},
		{"a count", "They trail Acme 3 games to 1.", [][2]string{{"Acme", org}}, []string{"Acme"}},
		{"a range", "Acme 16 to 20 shares rose.", [][2]string{{"Acme", org}}, []string{"Acme"}},
		{"a longer name", "Vell 4 Justice marched.", [][2]string{{"Vell", org}}, []string{"Vell"}},
		{"an age", "Ann Lee 24, of Harlow, won.", [][2]string{{"Ann Lee", per}, {"Harlow", loc}}, []string{"Ann Lee", "Harlow"}},
		{"a table's row", "Pellam 4 3 1 0 9 Harlow 4 2 1 1 7", [][2]string{{"Pellam", org}, {"Harlow", org}}, []string{"Pellam", "Harlow"}},
		{"a masked row", "Pellam 4 * * 1 9", [][2]string{{"Pellam", org}}, []string{"Pellam"}},
		{"a scorer", "Harlow 1 ( Ann Lee 79th ) .", [][2]string{{"Harlow", org}, {"Ann Lee", per}}, []string{"Harlow", "Ann Lee"}},
		{"its acronym", "Vell Pack 2 (VP2) shipped.", [][2]string{{"Vell Pack", org}}, []string{"Vell Pack 2"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: casedWords{}}), tests)
}

// TestHeadlineVerbs checks that a name in a title-case headline is cut
// before a verb the text does not keep in the name, and kept whole when
// the text writes it whole, when the word is a newspaper's, and when the
// headline is no title case.
func TestHeadlineVerbs(t *testing.T) {
	const org, per, loc = extract.Organization, extract.Person, extract.Location
	tests := []entityRow{
		{"a verb", "Acme Unveils Tarvik Phone\n\nAcme showed a phone on Monday.", [][2]string{{"Acme Unveils Tarvik Phone", org}, {"Acme", org}}, []string{"Acme"}},
		{"a person", "Ann Lee Pledges Reform\n\nAnn Lee spoke in Harlow.", [][2]string{{"Ann Lee Pledges", per}, {"Ann Lee", per}}, []string{"Ann Lee"}},
		{"a past", "Ann Lee Criticized Over Port\n\nAnn Lee spoke in Harlow.", [][2]string{{"Ann Lee Criticized", per}, {"Ann Lee", per}}, []string{"Ann Lee"}},
		{"a participle", "Acme Joining Forces Online\n\nAcme said it would.", [][2]string{{"Acme Joining Forces Online", org}, {"Acme", org}}, []string{"Acme"}},
		{"an adjective's form written in lower case", "Ann Lee Tapped as Harlow Chief\n\nAnn Lee was named.", [][2]string{{"Ann Lee Tapped", per}, {"Harlow", org}, {"Ann Lee", per}}, []string{"Ann Lee", "Harlow"}},
		{"an adjective's form too", "Harlow United Sold to Acme\n\nThe club was sold.", [][2]string{{"Harlow United", org}, {"Acme", org}}, []string{"Harlow United", "Acme"}},
		{"a plural's present", "Otters Crush Pellam\n\nThe Otters won 3-0.", [][2]string{{"Otters Crush Pellam", org}, {"Otters", org}}, []string{"Otters"}},
		{"a score and a credit are no words of the title case", "Otters Knock Off Pellam 76-67 (NP)\n\nThe Otters won.", [][2]string{{"Otters Knock Off Pellam", org}, {"Otters", org}}, []string{"Otters"}},
		{"an infinitive's verb and its object", "Acme Aims to Trap Phone Pirates\n\nAcme said so.", [][2]string{{"Acme", org}, {"Trap Phone Pirates", per}, {"Acme", org}}, []string{"Acme"}},
		{"an infinitive's verb before a name of the text", "Otters Rally to Defeat Pellam Giants\n\nThe Otters beat the Pellam Giants.", [][2]string{{"Otters", org}, {"Defeat Pellam Giants", org}, {"Otters", org}, {"Pellam Giants", org}}, []string{"Otters", "Pellam Giants"}},
		{"a body's word after to", "Acme Sold to Harlow Bank\n\nAcme was sold.", [][2]string{{"Acme", org}, {"Harlow Bank", org}, {"Acme", org}}, []string{"Acme", "Harlow Bank"}},
		{"a verb after its subject", "Acme Downsizes Again\n\nAcme cut jobs.", [][2]string{{"Acme", org}, {"Downsizes Again", per}, {"Acme", org}}, []string{"Acme"}},
		{"a verb after its subject before a name of the text", "Court Clears Ann Lee of Charges\n\nA court ruled Ann Lee was innocent.", [][2]string{{"Court", org}, {"Clears Ann Lee", per}, {"Ann Lee", per}}, []string{"Ann Lee"}},
		{"a plural WordNet does not know, after the in the text", "Velders Look Strong\n\nThe Velders have won twice.", [][2]string{{"Velders Look Strong", org}, {"Velders", org}}, []string{"Velders"}},
		{"a word WordNet does not know, not after the", "Velders Look Strong\n\nRain fell.", [][2]string{{"Velders Look Strong", org}}, []string{"Velders Look Strong"}},
		{"a participle news uses too rarely to count", "Salving Pellam\n\nThe Pellam probe fell.", [][2]string{{"Salving Pellam", org}, {"Pellam", org}}, []string{"Pellam"}},
		{"no verb after a determiner", "Fans Fear the Eyes of Harlow\n\nThey did.", [][2]string{{"Eyes of Harlow", org}}, []string{"Eyes of Harlow"}},
		{"an acronym is no plural", "AGS Trade Report\n\nThe figures came out.", [][2]string{{"AGS Trade Report", org}}, []string{"AGS Trade Report"}},
		{"written whole in the text", "Harlow Stores Rallies\n\nShares in Harlow Stores rose.", [][2]string{{"Harlow Stores", org}, {"Harlow Stores", org}}, []string{"Harlow Stores"}},
		{"a newspaper's word", "Harlow Times Sold to Acme\n\nThe paper was sold.", [][2]string{{"Harlow Times", org}, {"Acme", org}}, []string{"Harlow Times", "Acme"}},
		{"capitalised inside a sentence", "Pellam Beat Harlow Otters\n\nThe Harlow Otters lost.", [][2]string{{"Pellam Beat Harlow Otters", org}, {"Harlow Otters", org}}, []string{"Pellam Beat Harlow Otters", "Harlow Otters"}},
		{"an opening participle", "Exploring Pellam Park\n\nThe park is big.", [][2]string{{"Exploring Pellam Park", loc}}, []string{"Pellam Park"}},
		{"an opening participle capitalised in the text", "Boating Harlow Lakes\n\nThe Boating Harlow Lakes club met.", [][2]string{{"Boating Harlow Lakes", org}}, []string{"Boating Harlow Lakes"}},
		{"no title case", "Acme unveils the new Tarvik Phones today\n\nAcme showed it.", [][2]string{{"Tarvik Phones", org}, {"Acme", org}}, []string{"Tarvik Phones", "Acme"}},
	}
	ann, err := annotate.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	r := New(&Options{Aliases: casedWords{}})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mentions...)
			ann.Annotate(res)
			if res.Headline.End == 0 {
				t.Fatalf("%q: no headline found", tt.text)
			}
			got := entityNames(t, r, res)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%s: got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestHeadlineWords checks that a common word only a title-case headline
// capitalises is no name, and that one the text capitalises, a name's
// word and one of a headline in sentence case are kept.
func TestHeadlineWords(t *testing.T) {
	const org, loc = extract.Organization, extract.Location
	tests := []entityRow{
		{"a common word", "Double Lifts Harlow Over Pellam\n\nTwo runs won it for Harlow.", [][2]string{{"Double", org}, {"Harlow", org}, {"Pellam", org}, {"Harlow", org}}, []string{"Harlow", "Pellam"}},
		{"capitalised in the text", "Poll Shows Harlow Ahead\n\nThe Harlow Poll asked voters.", [][2]string{{"Poll", org}, {"Harlow", loc}}, []string{"Poll", "Harlow"}},
		{"a name", "Acme Buys Tarvik Shares\n\nAcme paid cash.", [][2]string{{"Acme", org}, {"Acme", org}}, []string{"Acme"}},
		{"a verb in a headline in capitals", "ANN LEE BRAVES RALLY IN HARLOW\n\nAnn Lee spoke in Harlow.", [][2]string{{"ANN LEE", "PER"}, {"BRAVES", org}, {"HARLOW", loc}, {"Ann Lee", "PER"}, {"Harlow", loc}}, []string{"Ann Lee", "Harlow"}},
		{"the first word of a headline in capitals", "OTTERS CRUSH PELLAM\n\nThe game was one-sided.", [][2]string{{"OTTERS", org}, {"PELLAM", org}}, []string{"OTTERS", "PELLAM"}},
		{"a verb's form the text names", "HARLOW BEAT PELLAM BRAVES\n\nThe Braves lost.", [][2]string{{"HARLOW", org}, {"BRAVES", org}, {"Braves", org}}, []string{"HARLOW", "Braves"}},
		{"sentence case", "Harlow beat the Double side again\n\nHarlow won twice.", [][2]string{{"Harlow", loc}, {"Double", org}}, []string{"Harlow", "Double"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: casedWords{}}), tests)
}

// TestParentheticalCredits checks that a credit in brackets at the end of
// a headline and a listed organisation's name in brackets after a
// place's do not become the name's short form.
func TestParentheticalCredits(t *testing.T) {
	const loc, org = extract.Location, extract.Organization
	tests := []struct {
		name, text string
		mentions   [][2]string
		want       [][2]string // each entity's name and type
	}{
		{"a headline's credit", "Rain Floods Harlow (NP)\n\nNP - Rain fell in Harlow.", [][2]string{{"Harlow", loc}, {"NP", loc}, {"NP", loc}, {"Harlow", loc}}, [][2]string{{"Harlow", loc}, {"NP", loc}}},
		{"a listed organisation after a place", "Officials in Harlow (Tarco) met.", [][2]string{{"Harlow", loc}, {"Tarco", loc}}, [][2]string{{"Harlow", loc}, {"Tarco", org}}},
		{"an acronym", "Officials of the Harlow Port Board (HPB) met.", [][2]string{{"Harlow Port Board", org}, {"HPB", org}}, [][2]string{{"Harlow Port Board", org}}},
	}
	ann, err := annotate.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	r := New(&Options{Aliases: casedWords{}})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mentions...)
			ann.Annotate(res)
			if err := r.Resolve(res); err != nil {
				t.Fatal(err)
			}
			var got [][2]string
			for _, e := range res.Entities {
				got = append(got, [2]string{e.Name, e.Type})
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("%s: got %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestDropHolidays checks that a holiday's name is no entity (a date),
// and a name that holds one is.
func TestDropHolidays(t *testing.T) {
	const misc, org = extract.Miscellaneous, extract.Organization
	tests := []entityRow{
		{"a holiday", "Acme shut on Christmas Day.", [][2]string{{"Acme", org}, {"Christmas Day", misc}}, []string{"Acme"}},
		{"its eve", "Acme shut on Christmas Eve.", [][2]string{{"Acme", org}, {"Christmas Eve", misc}}, []string{"Acme"}},
		{"a name that holds one", "The Christmas Day Appeal raised funds.", [][2]string{{"Christmas Day Appeal", org}}, []string{"Christmas Day Appeal"}},
	}
	checkEntityNames(t, New(nil), tests)
}

// TestDropInhabitants checks that a noun for the people of a place
// ("Britons", "a Welshman") is no entity, and that the adjective before a
// noun is left to the adjective rules.
func TestDropInhabitants(t *testing.T) {
	const misc, org, loc = extract.Miscellaneous, extract.Organization, extract.Location
	tests := []entityRow{
		{"a plural", "Acme hired two Britons.", [][2]string{{"Acme", org}, {"Britons", misc}}, []string{"Acme"}},
		{"a noun that is no adjective", "Acme hired a Welshman.", [][2]string{{"Acme", org}, {"Welshman", misc}}, []string{"Acme"}},
		{"after an article, ending its phrase", "Acme hired a Briton in May.", [][2]string{{"Acme", org}, {"Briton", misc}}, []string{"Acme"}},
		{"after an article and adjectives", "The first Briton in the race was Ann Lee.", [][2]string{{"Briton", misc}, {"Ann Lee", extract.Person}}, []string{"Ann Lee"}},
		{"an adjective before a noun", "Acme of Europe hired a European under-21 coach.", [][2]string{{"Acme", org}, {"Europe", loc}, {"European", misc}}, []string{"Acme", "Europe"}},
		{"in a longer name", "The Britons Club met.", [][2]string{{"Britons Club", org}}, []string{"Britons Club"}},
		{"before a common noun", "Ann Lee had three Brit nominations.", [][2]string{{"Ann Lee", extract.Person}, {"Brit", misc}}, []string{"Ann Lee", "Brit"}},
	}
	checkAnnotatedNames(t, New(nil), tests)
}

// TestEventTails checks that an event's last word alone, or its last
// words, join the one name in the document that ends in them, and join
// none of two.
func TestEventTails(t *testing.T) {
	const misc = extract.Miscellaneous
	tests := []entityRow{
		{"one event", "The Harlow Games opened. The Games ran late.", [][2]string{{"Harlow Games", misc}, {"Games", misc}}, []string{"Harlow Games"}},
		{"two events", "The Harlow Cup and the Pellam Cup began. The Cup ran late.", [][2]string{{"Harlow Cup", misc}, {"Pellam Cup", misc}, {"Cup", misc}}, []string{"Harlow Cup", "Pellam Cup", "Cup"}},
		{"no event's word", "The Harlow Group met. The Group agreed.", [][2]string{{"Harlow Group", misc}, {"Group", misc}}, []string{"Harlow Group", "Group"}},
		{"a sponsor's word before the name", "Acme left the Vell Harlow Cup. The Harlow Cup ran late.", [][2]string{{"Acme", misc}, {"Vell Harlow Cup", misc}, {"Harlow Cup", misc}}, []string{"Acme", "Vell Harlow Cup"}},
		{"an event's compound", "The Norland Grand Prix is off. The Grand Prix ran late.", [][2]string{{"Norland Grand Prix", misc}, {"Grand Prix", misc}}, []string{"Norland Grand Prix"}},
		{"two events' compound", "The Norland Grand Prix and the Harlow Grand Prix are off. The Grand Prix ran late.", [][2]string{{"Norland Grand Prix", misc}, {"Harlow Grand Prix", misc}, {"Grand Prix", misc}}, []string{"Norland Grand Prix", "Harlow Grand Prix", "Grand Prix"}},
		{"no event's compound", "The Harlow Trade Group met. The Trade Group agreed.", [][2]string{{"Harlow Trade Group", misc}, {"Trade Group", misc}}, []string{"Harlow Trade Group", "Trade Group"}},
	}
	checkEntityNames(t, New(nil), tests)
}

// TestStormHeads checks that a word for a storm that opens a storm's
// name, written alone after "the", joins the nearest such name before it,
// and not without "the".
func TestStormHeads(t *testing.T) {
	const per, misc = extract.Person, extract.Miscellaneous
	tests := []entityRow{
		{"one storm", "Hurricane Ann hit Velden. The Hurricane weakened.", [][2]string{{"Hurricane Ann", per}, {"Hurricane", per}}, []string{"Hurricane Ann"}},
		{"the nearest of two", "Cyclone Bo passed. Cyclone Ann came. Then the Cyclone weakened.", [][2]string{{"Cyclone Bo", misc}, {"Cyclone Ann", misc}, {"Cyclone", per}}, []string{"Cyclone Bo", "Cyclone Ann"}},
		{"no the", "Hurricane Ann hit Velden. Hurricane said so.", [][2]string{{"Hurricane Ann", per}, {"Hurricane", per}}, []string{"Hurricane Ann", "Hurricane"}},
		{"no storm's word", "Harlow Ann hit Velden. The Harlow weakened.", [][2]string{{"Harlow Ann", per}, {"Harlow", misc}}, []string{"Harlow Ann", "Harlow"}},
	}
	checkEntityNames(t, New(nil), tests)
}

// TestStormNames checks that a storm's own name, written alone, joins
// the one storm of the document so named, whatever its type, and joins
// none of two, nor where another kind of name holds the word.
func TestStormNames(t *testing.T) {
	const per, loc, misc = extract.Person, extract.Location, extract.Miscellaneous
	tests := []entityRow{
		{"one storm", "Hurricane Tarvi hit Velden. Tarvi weakened.", [][2]string{{"Hurricane Tarvi", per}, {"Velden", loc}, {"Tarvi", misc}}, []string{"Hurricane Tarvi", "Velden"}},
		{"lower-case word", "Typhoon Tarvi neared Velden, and typhoon Tarvi hit.", [][2]string{{"Typhoon Tarvi", misc}, {"Velden", loc}, {"Tarvi", loc}}, []string{"Typhoon Tarvi", "Velden"}},
		{"two storms", "Hurricane Tarvi and Typhoon Tarvi formed. Tarvi grew.", [][2]string{{"Hurricane Tarvi", misc}, {"Typhoon Tarvi", misc}, {"Tarvi", per}}, []string{"Hurricane Tarvi", "Typhoon Tarvi", "Tarvi"}},
		{"another name's word", "Ann Tarvi watched Hurricane Tarvi. Tarvi said so.", [][2]string{{"Ann Tarvi", per}, {"Hurricane Tarvi", misc}, {"Tarvi", per}}, []string{"Ann Tarvi", "Hurricane Tarvi"}},
		{"no storm's word", "Harlow Tarvi hit Velden. Tarvi weakened.", [][2]string{{"Harlow Tarvi", loc}, {"Velden", loc}, {"Tarvi", misc}}, []string{"Harlow Tarvi", "Velden", "Tarvi"}},
	}
	checkEntityNames(t, New(nil), tests)
}

// TestOrgTails checks that a word for a kind of organisation, written
// alone, joins the one organisation of the document whose name ends in
// it, and joins none of two.
func TestOrgTails(t *testing.T) {
	const org = extract.Organization
	tests := []entityRow{
		{"one university", "Pellam State University opened a library. The University says it grew.", [][2]string{{"Pellam State University", org}, {"University", org}}, []string{"Pellam State University"}},
		{"two councils", "Harlow Council and Pellam Council met. The Council agreed.", [][2]string{{"Harlow Council", org}, {"Pellam Council", org}, {"Council", org}}, []string{"Harlow Council", "Pellam Council", "Council"}},
		{"no body's word", "The Acme Wiki opened. The Wiki grew.", [][2]string{{"Acme Wiki", org}, {"Wiki", org}}, []string{"Acme Wiki", "Wiki"}},
	}
	checkEntityNames(t, New(nil), tests)
}

// TestPlaceTails checks the place-tail construction: a word for a kind
// of place, written alone after "the", joins the one place of the
// document whose name ends in it, and joins none of two, nor without
// "the".
func TestPlaceTails(t *testing.T) {
	const loc = extract.Location
	tests := []entityRow{
		{"one dome", "The Tarvik Dome was sold. The Dome cost a lot.", [][2]string{{"Tarvik Dome", loc}, {"Dome", loc}}, []string{"Tarvik Dome"}},
		{"two bridges", "The Vell Bridge and the Ostby Bridge shut. The Bridge reopened.", [][2]string{{"Vell Bridge", loc}, {"Ostby Bridge", loc}, {"Bridge", loc}}, []string{"Vell Bridge", "Ostby Bridge", "Bridge"}},
		{"no article", "The Tarvik Dome was sold. Dome cost a lot.", [][2]string{{"Tarvik Dome", loc}, {"Dome", loc}}, []string{"Tarvik Dome", "Dome"}},
		{"a settlement's word", "Tarvik City is small. The City is old.", [][2]string{{"Tarvik City", loc}, {"City", loc}}, []string{"Tarvik City", "City"}},
	}
	checkEntityNames(t, New(nil), tests)
}

// languageAliases is adjectiveWords whose alias table also reads
// "Ostmarkish", a language in pertainymLexicon, as the demonym of the
// made-up country Ostmark.
type languageAliases struct{ adjectiveWords }

func (languageAliases) Canonical(name, coarseType string) (string, string, string, bool) {
	if name == "Ostmarkish" {
		return "Ostmark", extract.Location, "Country", true
	}
	return "", "", "", false
}

func (languageAliases) IsDemonym(word string) bool { return word == "Ostmarkish" }

// TestLanguageNouns checks that a country's demonym that is a language's
// name, the object of a verb or a preposition and no word before a noun,
// is the language, a name of its own, and that one before a noun, in a
// list of adjectives, after a copula, after a verb of saying or a
// participle in a noun phrase, or after an article stays the country's.
func TestLanguageNouns(t *testing.T) {
	const misc = extract.Miscellaneous
	tests := []struct {
		name, text string
		want       []string // type and name of each entity
	}{
		{"after a preposition", "The play was written in Ostmarkish.", []string{"MISC Ostmarkish"}},
		{"after a verb", "Ann Lee speaks Ostmarkish at home.", []string{"MISC Ostmarkish"}},
		{"before a noun", "Ann Lee met Ostmarkish farmers.", []string{"LOC Ostmark"}},
		{"in a list of adjectives", "He met Ostmarkish, Velden and other farmers.", []string{"LOC Ostmark"}},
		{"after a copula", "Most of the crew will be Ostmarkish.", []string{"LOC Ostmark"}},
		{"after a verb of saying", "We are fine, say Ostmarkish.", []string{"LOC Ostmark"}},
		{"after a participle in a noun phrase", "They face the tenth ranked Ostmarkish today.", []string{"LOC Ostmark"}},
		{"after an article", "The Ostmarkish won.", []string{"LOC Ostmark"}},
		{"before a capitalised word", "Acme Buys Two Ostmarkish Services Firms", []string{"LOC Ostmark"}},
		{"last of a list of languages after a verb", "Ann Lee speaks Latin and Ostmarkish at home.", []string{"MISC Ostmarkish"}},
		{"last of a list of languages after a preposition", "It was written in Latin or Ostmarkish.", []string{"MISC Ostmarkish"}},
		{"last of a list after an article", "The Latin and Ostmarkish won.", []string{"LOC Ostmark"}},
		{"before speaking", "They set up an Ostmarkish speaking club.", []string{"MISC Ostmarkish"}},
		{"before a hyphen and speaking", "They set up an Ostmarkish - speaking club.", []string{"MISC Ostmarkish"}},
		{"after speak, before a word read as a noun", "If anybody speaks Ostmarkish tell me.", []string{"MISC Ostmarkish"}},
		{"after speak, before a plural", "They speak Ostmarkish words.", []string{"LOC Ostmark"}},
		{"after speak, before a capitalised word", "They speak Ostmarkish Rovers.", []string{"LOC Ostmark"}},
		{"a gloss's label in brackets", "Ann Lee (Ostmarkish: Anna Li) was born in 1901.", []string{"MISC Ostmarkish"}},
		{"a gloss's label after a semicolon", "Ann Lee (Latin: Anna; Ostmarkish: [ana li]) wrote.", []string{"MISC Ostmarkish"}},
		{"after a preposition, before a comma and a clause's conjunction", "It is ocho in Ostmarkish, and huit in Latin.", []string{"MISC Ostmarkish"}},
		{"after a verb, before a comma, a conjunction and a noun", "Ann Lee learned Ostmarkish, and tourists like it.", []string{"MISC Ostmarkish"}},
		{"in a list of adjectives with a serial comma", "He met Velden, Ostmarkish, and other farmers.", []string{"LOC Ostmark"}},
		{"before a passive spoken", "Ostmarkish is spoken in Harlow.", []string{"MISC Ostmarkish"}},
		{"before adverbs and a passive spoken", "Ostmarkish is very widely spoken there.", []string{"MISC Ostmarkish"}},
		{"before a passive of another verb", "Ostmarkish is known for wine.", []string{"LOC Ostmark"}},
		{"in brackets, no colon after it", "Ann Lee (Ostmarkish) won.", []string{"LOC Ostmark"}},
		{"before a colon, not after a bracket", "The winners were Ostmarkish: all of them.", []string{"LOC Ostmark"}},
		{"after a reflexive object", "Ann Lee taught herself Ostmarkish.", []string{"MISC Ostmarkish"}},
		{"after some, last of a list of languages", "Ann Lee learned Latin and some Ostmarkish.", []string{"MISC Ostmarkish"}},
		{"after at least some, last of a list of languages", "Ann Lee studied Greek and at least some Ostmarkish.", []string{"MISC Ostmarkish"}},
		{"after an adverb and some, last of a list of languages", "Ann Lee spoke Latin fluently and some Ostmarkish.", []string{"MISC Ostmarkish"}},
		{"after some, no list", "Ann Lee met some Ostmarkish.", []string{"LOC Ostmark"}},
		{"before an appositive a language heads", "They speak two languages: Latin, and Ostmarkish, an old Vellic language spoken in Harlow.", []string{"MISC Ostmarkish"}},
		{"before an appositive a dialect heads", "Ostmarkish, a northern dialect, is old.", []string{"MISC Ostmarkish"}},
		{"before an appositive a language modifies", "Ostmarkish, a language teacher, won.", []string{"LOC Ostmark"}},
		{"before an appositive another noun heads", "Ostmarkish, a Vellic team, won.", []string{"LOC Ostmark"}},
	}
	ann, err := annotate.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	r := New(&Options{Aliases: languageAliases{}, Words: pertainymLexicon(t)})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, [2]string{"Ostmarkish", misc})
			ann.Annotate(res)
			if err := r.Resolve(res); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range res.Entities {
				got = append(got, fmt.Sprintf("%s %s", e.Type, e.Name))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s: entities (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// acronymAliases is townAliases that knows how often news writes a few
// made-up acronyms alone and in the plural.
type acronymAliases struct{ townAliases }

func (acronymAliases) Acronym(word string) (int, int, bool) {
	switch word {
	case "ZQR": // no word WordNet has, often pluralised
		return 10, 5, true
	case "XQV": // no word WordNet has, seldom pluralised
		return 90, 5, true
	}
	return 0, 0, false
}

// TestCommonAcronyms checks that a body's, a place's or a miscellaneous
// name that is an acronym news often writes in the plural is no name, and
// that one it seldom or never pluralises, or a person's, is kept.
func TestCommonAcronyms(t *testing.T) {
	const org, misc, per, loc = extract.Organization, extract.Miscellaneous, extract.Person, extract.Location
	tests := []entityRow{
		{"often pluralised", "She bought a ZQR from Acme.", [][2]string{{"ZQR", org}, {"Acme", org}}, []string{"Acme"}},
		{"often pluralised, miscellaneous", "The ZQR market grew.", [][2]string{{"ZQR", misc}}, nil},
		{"seldom pluralised", "She bought an XQV from Acme.", [][2]string{{"XQV", org}, {"Acme", org}}, []string{"XQV", "Acme"}},
		{"never pluralised", "QQB shares rose.", [][2]string{{"QQB", org}}, []string{"QQB"}},
		{"a person's", "ZQR said so.", [][2]string{{"ZQR", per}}, []string{"ZQR"}},
		{"read as a place", "She showed her ZQR card.", [][2]string{{"ZQR", loc}}, nil},
		{"a place seldom pluralised", "She flew to XQV.", [][2]string{{"XQV", loc}}, []string{"XQV"}},
		{"a state after its town", "She flew to Harlow, ZQR.", [][2]string{{"Harlow", loc}, {"ZQR", loc}}, []string{"Harlow", "ZQR"}},
	}
	checkEntityNames(t, New(&Options{Aliases: acronymAliases{}, Words: pertainymLexicon(t)}), tests)
}

// TestCommonExpansions checks that an acronym the document spells out in
// words in lower case before it in brackets is no name there, its
// letters the initials or, in order, inner letters and a function word's
// initial the acronym writes small, and that one spelled out in capitals,
// or not so, is kept.
func TestCommonExpansions(t *testing.T) {
	const org, misc = extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"in lower case", "It sells a zonal quartz reader (ZQR). The ZQR costs less at Acme.", [][2]string{{"ZQR", org}, {"ZQR", org}, {"Acme", org}}, []string{"Acme"}},
		{"with a function word", "The rise of kinetic art and design (KAD) grew. KAD shows rose.", [][2]string{{"KAD", misc}, {"KAD", misc}}, nil},
		{"in capitals", "It joined the Zonal Quartz Reserve (ZQR). The ZQR grew.", [][2]string{{"Zonal Quartz Reserve", org}, {"ZQR", org}, {"ZQR", org}}, []string{"Zonal Quartz Reserve"}},
		{"other initials", "It sells a quartz reader (ZQR). The ZQR costs less.", [][2]string{{"ZQR", org}, {"ZQR", org}}, []string{"ZQR"}},
		{"a letter from inside a word", "It sells zonal quartz reading (ZQRG) kits. ZQRG kits sold well.", [][2]string{{"ZQRG", misc}, {"ZQRG", org}}, nil},
		{"a small letter from a function word", "It fights zonal denial of quartz (ZDoQ) raids. The ZDoQ raids grew.", [][2]string{{"ZDoQ", misc}, {"ZDoQ", misc}}, nil},
		{"inner letters out of order", "It sells zonal quartz reading (ZQGR) kits.", [][2]string{{"ZQGR", org}}, []string{"ZQGR"}},
		{"one word spells it all", "It sells quartzing (QZG) kits.", [][2]string{{"QZG", org}}, []string{"QZG"}},
		{"a capitalised function word", "It fights zonal denial of quartz (ZDOQ) raids.", [][2]string{{"ZDOQ", misc}}, []string{"ZDOQ"}},
		{"one capital", "It sells zonal quartz (Zq) kits.", [][2]string{{"Zq", org}}, []string{"Zq"}},
	}
	checkAnnotatedNames(t, New(nil), tests)
}

// hyphenNames knows two countries, a demonym, two clubs and a region that
// names a body too.
type hyphenNames struct{}

func (hyphenNames) Canonical(name, coarseType string) (string, string, string, bool) {
	switch name {
	case "Norland", "Ostmark":
		return name, extract.Location, "Country", true
	case "Norlandic":
		return "Norland", extract.Location, "Country", true
	}
	return "", "", "", false
}

func (hyphenNames) IsDemonym(word string) bool { return word == "Norlandic" }

func (hyphenNames) KnownName(name, coarseType string) bool {
	switch name {
	case "Harlow Otters", "Pellam Saints":
		return coarseType == extract.Organization
	case "Velden":
		return true
	}
	return false
}

// TestSplitGlued checks that two names glued by a hyphen before a noun
// (countries, listed bodies, or names the document writes each alone),
// by "and" when both end alike, and a name run on over "of" and words in
// lower case are cut to the names, and that one name is left whole.
func TestSplitGlued(t *testing.T) {
	const org, loc, misc = extract.Organization, extract.Location, extract.Miscellaneous
	tests := []entityRow{
		{"two countries before a noun", "The Norland-Ostmark talks ended.", [][2]string{{"Norland-Ostmark", misc}}, []string{"Norland", "Ostmark"}},
		{"two clubs before a noun", "The Harlow Otters-Pellam Saints game was close.", [][2]string{{"Harlow Otters-Pellam Saints", org}}, []string{"Harlow Otters", "Pellam Saints"}},
		{"a demonym", "The Norlandic-Ostmark ties grew.", [][2]string{{"Norlandic-Ostmark", misc}}, []string{"Norlandic-Ostmark"}},
		{"a place that names a body too", "Its Velden-Ostmark arm grew.", [][2]string{{"Velden-Ostmark", org}}, []string{"Velden-Ostmark"}},
		{"no noun after", "He flew Norland-Ostmark.", [][2]string{{"Norland-Ostmark", loc}}, []string{"Norland-Ostmark"}},
		{"each side named on its own", "Tarvik bought Kelvo. The merged Tarvik-Kelvo group grew.", [][2]string{{"Tarvik", org}, {"Kelvo", org}, {"Tarvik-Kelvo", loc}}, []string{"Tarvik", "Kelvo"}},
		{"one side named on its own", "Tarvik grew. The Tarvik-Kelvo group grew.", [][2]string{{"Tarvik", org}, {"Tarvik-Kelvo", org}}, []string{"Tarvik", "Tarvik-Kelvo"}},
		{"two names that end alike", "Acme Music and Vell Music sued.", [][2]string{{"Acme Music and Vell Music", org}}, []string{"Acme Music", "Vell Music"}},
		{"one name", "Tarn Arts and Crafts sued.", [][2]string{{"Tarn Arts and Crafts", org}}, []string{"Tarn Arts and Crafts"}},
		{"of and words in lower case", "He accuses Harlow State of improprieties.", [][2]string{{"Harlow State of improprieties", org}}, []string{"Harlow State"}},
		{"of and a name", "He joined the Bank of Norland.", [][2]string{{"Bank of Norland", org}}, []string{"Bank of Norland"}},
		{"of the and a capital", "He joined the Office of the Harlow Mayor.", [][2]string{{"Office of the Harlow Mayor", org}}, []string{"Office of the Harlow Mayor"}},
	}
	checkEntityNames(t, New(&Options{Aliases: hyphenNames{}}), tests)
}

// TestCountryAdjectives checks that a country's name and a place's
// adjective glued by a hyphen before a noun are parted, the adjective
// read as the adjectives' rules read it (country-adjective), and that a
// demonym first or no noun after leaves them whole.
func TestCountryAdjectives(t *testing.T) {
	const loc, misc = extract.Location, extract.Miscellaneous
	tests := []entityRow{
		{"a country and a demonym", "The Ostmark-Norlandic talks ended.", [][2]string{{"Ostmark-Norlandic", misc}}, []string{"Ostmark", "Norland"}},
		{"a demonym first", "The Norlandic-Ostmark ties grew.", [][2]string{{"Norlandic-Ostmark", misc}}, []string{"Norlandic-Ostmark"}},
		{"no noun after", "He flew Ostmark-Norlandic.", [][2]string{{"Ostmark-Norlandic", loc}}, []string{"Ostmark-Norlandic"}},
	}
	checkEntityNames(t, New(&Options{Aliases: hyphenNames{}, Words: pertainymLexicon(t)}), tests)
}

// TestEditionYears checks that a year joins a product's, a work's or a
// law's name when no noun follows it, that the name written without the
// year joins that name, and that a year before a noun, a month's year
// and a holiday's stay apart.
func TestEditionYears(t *testing.T) {
	const org, misc = extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"a game", "Tarvik 2005 is back at the top.", [][2]string{{"Tarvik", org}}, []string{"Tarvik 2005"}},
		{"a law and its short name", "Under the Harlow Act 1998, fines rose. The Harlow Act was new.", [][2]string{{"Harlow Act", misc}, {"Harlow Act", org}}, []string{"Harlow Act 1998"}},
		{"two laws", "The Harlow Act 1998 and the Harlow Act 2004 were passed. The Harlow Act was new.", [][2]string{{"Harlow Act", misc}, {"Harlow Act", misc}, {"Harlow Act", misc}}, []string{"Harlow Act 1998", "Harlow Act 2004", "Harlow Act"}},
		{"a body and its game", "Vellco 2005 sold well, Vellco said.", [][2]string{{"Vellco", org}, {"Vellco", org}}, []string{"Vellco 2005", "Vellco"}},
		{"a noun after", "Acme 2004 profits rose.", [][2]string{{"Acme", org}}, []string{"Acme"}},
		{"a citation", "It was shown (Vellco 1998).", [][2]string{{"Vellco", org}}, []string{"Vellco"}},
		{"a month", "It opened in June 2004.", [][2]string{{"June", misc}}, []string{"June"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: casedWords{}}), tests)
}

// TestPrefixedNouns checks that a prefix and a common noun written with a
// capital are no name, and that a prefix before a name is kept.
func TestPrefixedNouns(t *testing.T) {
	const org, misc = extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"a common noun", "Anti-Spam firms grew.", [][2]string{{"Anti-Spam", misc}}, nil},
		{"a name", "The Anti-Harlow group met.", [][2]string{{"Anti-Harlow", org}}, []string{"Anti-Harlow"}},
		{"no prefix", "Shares in Vell-Spam rose.", [][2]string{{"Vell-Spam", org}}, []string{"Vell-Spam"}},
	}
	checkEntityNames(t, New(&Options{Aliases: casedWords{}, Words: pertainymLexicon(t)}), tests)
}

// TestParentheticalLists checks that in a list of names each with a name
// in brackets, the bracket is another entity than the name before it
// however the two were tagged, unless it is written in capitals (a short
// form or a stock symbol), and that one name with its short form alone
// still joins it.
func TestParentheticalLists(t *testing.T) {
	const per, org = extract.Person, extract.Organization
	tests := []entityRow{
		{"athletes and clubs typed alike", "Bo Ek (Harlow Pellam), Ann Lee (Pellam Vale).",
			[][2]string{{"Bo Ek", per}, {"Harlow Pellam", per}, {"Ann Lee", per}, {"Pellam Vale", per}},
			[]string{"Bo Ek", "Harlow Pellam", "Ann Lee", "Pellam Vale"}},
		{"bodies and stock symbols", "Acme Corp. (ACM) and Tarvik Inc. (TRV) rose.",
			[][2]string{{"Acme Corp.", org}, {"ACM", org}, {"Tarvik Inc.", org}, {"TRV", org}},
			[]string{"Acme Corp.", "Tarvik Inc."}},
		{"one name and its other name", "Bo Ek (Bo Vell) won.",
			[][2]string{{"Bo Ek", per}, {"Bo Vell", per}},
			[]string{"Bo Vell"}},
	}
	checkEntityNames(t, New(&Options{Aliases: casedWords{}}), tests)
}
