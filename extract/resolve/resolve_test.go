package resolve

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/annotate"
	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/sentence"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/internal/fuzzbudget"
)

// build makes a Result whose mentions are the given surfaces, found in order
// in text.
func build(t *testing.T, text string, mentions ...[2]string) *extract.Result {
	t.Helper()
	res := &extract.Result{Doc: extract.Document{Text: text}}
	res.Sentences = sentence.Split(text, tokenize.Tokenize(text))
	res.Dateline = annotate.FindDateline(res.Sentences, text)
	at := 0
	for _, m := range mentions {
		i := strings.Index(text[at:], m[0])
		if i < 0 {
			t.Fatalf("mention %q not found after byte %d", m[0], at)
		}
		s := at + i
		si := 0
		for k, sent := range res.Sentences {
			if sent.Start <= s && s < sent.End {
				si = k
			}
		}
		res.Mentions = append(res.Mentions, extract.Mention{Start: s, End: s + len(m[0]), Text: m[0], Type: m[1], Sentence: si, Entity: -1})
		at = s + len(m[0])
	}
	return res
}

type gotEntity struct {
	Name, Type, Key string
	Aliases         []string
	Methods         []string
}

func summarize(res *extract.Result) []gotEntity {
	var out []gotEntity
	for _, e := range res.Entities {
		g := gotEntity{Name: e.Name, Type: e.Type, Key: e.Key, Aliases: e.Aliases}
		for _, m := range e.Mentions {
			g.Methods = append(g.Methods, res.Mentions[m].Method)
		}
		out = append(out, g)
	}
	return out
}

type fakeLexicon map[string]bool

func (f fakeLexicon) KnownName(name, _ string) bool { return f[name] }

// placeLexicon knows its names as places' only.
type placeLexicon map[string]bool

func (f placeLexicon) KnownName(name, coarseType string) bool {
	return coarseType == extract.Location && f[name]
}

// townAliases reads Norland as a country and knows how news writes a
// few words: "plenty" mostly in lower case, the towns' names capitalised.
type townAliases struct{}

func (townAliases) Canonical(name, _ string) (string, string, string, bool) {
	if name == "Norland" {
		return "Norland", extract.Location, "Country", true
	}
	return "", "", "", false
}

func (townAliases) Casing(word string) (int, int, bool) {
	switch strings.ToLower(word) {
	case "plenty":
		return 300, 40, true
	case "harlow", "norland":
		return 2, 400, true
	}
	return 0, 0, false
}

type fakeAliases map[string][3]string

func (f fakeAliases) Canonical(name, _ string) (string, string, string, bool) {
	v, ok := f[Key(name)]
	return v[0], v[1], v[2], ok
}

func TestResolve(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []struct {
		name     string
		text     string
		mentions [][2]string
		opts     *Options
		want     []gotEntity
	}{
		{
			name:     "an organisation's short name joins its full name, whatever the tagger called that",
			text:     "Vell Power, a unit of Acme Group, said prices rose. Vell said more. Acme declined to comment.",
			mentions: [][2]string{{"Vell Power", per}, {"Acme Group", org}, {"Vell", org}, {"Acme", org}},
			want: []gotEntity{
				{Name: "Vell Power", Type: per, Key: "vell power", Aliases: []string{"Vell"}, Methods: []string{"exact", "short-name"}}, // the type is the full name's; the typer makes it a company
				{Name: "Acme Group", Type: org, Key: "acme group", Aliases: []string{"Acme"}, Methods: []string{"exact", "short-name"}},
			},
		},
		{
			name:     "a short name joins a name ending in a trade's plural of the lexicon's CompanySuffix",
			text:     "Vell Studios said sales rose. Vell said more.",
			mentions: [][2]string{{"Vell Studios", org}, {"Vell", org}},
			want: []gotEntity{
				{Name: "Vell Studios", Type: org, Key: "vell studios", Aliases: []string{"Vell"}, Methods: []string{"exact", "short-name"}},
			},
		},
		{
			name:     "a place stays apart from a company named after it with a word of CompanySuffix",
			text:     "Harlow Spa reopened on Friday. Harlow is a town in Norland.",
			mentions: [][2]string{{"Harlow Spa", org}, {"Harlow", loc}, {"Norland", loc}},
			want: []gotEntity{
				{Name: "Harlow Spa", Type: org, Key: "harlow spa", Methods: []string{"exact"}},
				{Name: "Harlow", Type: loc, Key: "harlow", Methods: []string{"exact"}},
				{Name: "Norland", Type: loc, Key: "norland", Methods: []string{"exact"}},
			},
		},
		{
			name:     "a short name the text sets apart from its parent stays apart",
			text:     "Acme Oil lost money. The rest came from its parent company, Acme Oil Group, in Velden.",
			mentions: [][2]string{{"Acme Oil", org}, {"Acme Oil Group", org}},
			want: []gotEntity{
				{Name: "Acme Oil", Type: org, Key: "acme oil", Methods: []string{"exact"}},
				{Name: "Acme Oil Group", Type: org, Key: "acme oil group", Methods: []string{"exact"}},
			},
		},
		{
			name:     "a short name stays apart from a longer name called the parent of a body",
			text:     "Acme Oil lost money. Acme Oil Group, the parent of the trader, paid.",
			mentions: [][2]string{{"Acme Oil", org}, {"Acme Oil Group", org}},
			want: []gotEntity{
				{Name: "Acme Oil", Type: org, Key: "acme oil", Methods: []string{"exact"}},
				{Name: "Acme Oil Group", Type: org, Key: "acme oil group", Methods: []string{"exact"}},
			},
		},
		{
			name:     "the parent of another body says nothing of the short name",
			text:     "Acme Oil lost money. Vell Corp and its parent company Acme Oil Group paid.",
			mentions: [][2]string{{"Acme Oil", org}, {"Vell Corp", org}, {"Acme Oil Group", org}},
			want: []gotEntity{
				{Name: "Acme Oil Group", Type: org, Key: "acme oil group", Aliases: []string{"Acme Oil"}, Methods: []string{"short-name", "exact"}},
				{Name: "Vell Corp", Type: org, Key: "vell corp", Methods: []string{"exact"}},
			},
		},
		{
			name:     "without a parent's word the short name joins",
			text:     "Acme Oil lost money. The rest came from Acme Oil Group in Velden.",
			mentions: [][2]string{{"Acme Oil", org}, {"Acme Oil Group", org}},
			want: []gotEntity{
				{Name: "Acme Oil Group", Type: org, Key: "acme oil group", Aliases: []string{"Acme Oil"}, Methods: []string{"short-name", "exact"}},
			},
		},
		{
			name:     "a club's short name, but not a place's",
			text:     "Tarvik Rovers beat Velden City. Tarvik scored twice in Velden.",
			mentions: [][2]string{{"Tarvik Rovers", org}, {"Velden City", org}, {"Tarvik", org}, {"Velden", loc}},
			want: []gotEntity{
				{Name: "Tarvik Rovers", Type: org, Key: "tarvik rovers", Aliases: []string{"Tarvik"}, Methods: []string{"exact", "short-name"}},
				{Name: "Velden City", Type: org, Key: "velden city", Methods: []string{"exact"}},
				{Name: "Velden", Type: loc, Key: "velden", Methods: []string{"exact"}},
			},
		},
		{
			name:     "a club's tail after its town's name",
			text:     "Harlow United beat Acme. United scored twice.",
			mentions: [][2]string{{"Harlow United", org}, {"Acme", org}, {"United", org}},
			opts:     &Options{Known: placeLexicon{"Harlow": true}},
			want: []gotEntity{
				{Name: "Harlow United", Type: org, Key: "harlow united", Aliases: []string{"United"}, Methods: []string{"exact", "short-name"}},
				{Name: "Acme", Type: org, Key: "acme", Methods: []string{"exact"}},
			},
		},
		{
			name:     "a club's head before its town's name",
			text:     "Sporting Harlow beat Acme. Sporting scored twice.",
			mentions: [][2]string{{"Sporting Harlow", org}, {"Acme", org}, {"Sporting", org}},
			opts:     &Options{Known: placeLexicon{"Harlow": true}, Aliases: townAliases{}},
			want: []gotEntity{
				{Name: "Sporting Harlow", Type: org, Key: "sporting harlow", Aliases: []string{"Sporting"}, Methods: []string{"exact", "short-name"}},
				{Name: "Acme", Type: org, Key: "acme", Methods: []string{"exact"}},
			},
		},
		{
			name:     "no club's head before a country's name or a common word",
			text:     "Acme Norland and Vell Plenty grew. Acme and Vell said so.",
			mentions: [][2]string{{"Acme Norland", org}, {"Vell Plenty", org}, {"Acme", org}, {"Vell", org}},
			opts:     &Options{Known: placeLexicon{"Norland": true, "Plenty": true}, Aliases: townAliases{}},
			want: []gotEntity{
				{Name: "Acme Norland", Type: org, Key: "acme norland", Methods: []string{"exact"}},
				{Name: "Vell Plenty", Type: org, Key: "vell plenty", Methods: []string{"exact"}},
				{Name: "Acme", Type: org, Key: "acme", Methods: []string{"exact"}},
				{Name: "Vell", Type: org, Key: "vell", Methods: []string{"exact"}},
			},
		},
		{
			name:     "a compass point alone for one half of a divided place",
			text:     "North Norland and South Norland met. The South refused.",
			mentions: [][2]string{{"North Norland", loc}, {"South Norland", loc}, {"South", loc}},
			want: []gotEntity{
				{Name: "North Norland", Type: loc, Key: "north norland", Methods: []string{"exact"}},
				{Name: "South Norland", Type: loc, Key: "south norland", Aliases: []string{"South"}, Methods: []string{"exact", "short-name"}},
			},
		},
		{
			name:     "no compass point alone for a place without its other half",
			text:     "South Norland met Harlow. The South refused.",
			mentions: [][2]string{{"South Norland", loc}, {"Harlow", loc}, {"South", loc}},
			want: []gotEntity{
				{Name: "South Norland", Type: loc, Key: "south norland", Methods: []string{"exact"}},
				{Name: "Harlow", Type: loc, Key: "harlow", Methods: []string{"exact"}},
				{Name: "South", Type: loc, Key: "south", Methods: []string{"exact"}},
			},
		},
		{
			name:     "no club's tail when two clubs end so",
			text:     "Harlow United drew with Tarvik United. United scored twice.",
			mentions: [][2]string{{"Harlow United", org}, {"Tarvik United", org}, {"United", org}},
			opts:     &Options{Known: placeLexicon{"Harlow": true, "Tarvik": true}},
			want: []gotEntity{
				{Name: "Harlow United", Type: org, Key: "harlow united", Methods: []string{"exact"}},
				{Name: "Tarvik United", Type: org, Key: "tarvik united", Methods: []string{"exact"}},
				{Name: "United", Type: org, Key: "united", Methods: []string{"exact"}},
			},
		},
		{
			name:     "no short name when the words left out say more than a kind, or two organisations share it",
			text:     "Harlow Records signed her. Harlow Bank and Harlow Group fell. Harlow said nothing.",
			mentions: [][2]string{{"Harlow Records", org}, {"Harlow Bank", org}, {"Harlow Group", org}, {"Harlow", org}},
			want: []gotEntity{
				{Name: "Harlow Records", Type: org, Key: "harlow records", Methods: []string{"exact"}},
				{Name: "Harlow Bank", Type: org, Key: "harlow bank", Methods: []string{"exact"}},
				{Name: "Harlow Group", Type: org, Key: "harlow group", Methods: []string{"exact"}},
				{Name: "Harlow", Type: org, Key: "harlow", Methods: []string{"exact"}},
			},
		},
		{
			name:     "a person's surname is not a company's short name",
			text:     "Mark Orrin said his Orrin Group would bid. Mr Orrin declined. The Orrin plan failed.",
			mentions: [][2]string{{"Mark Orrin", per}, {"Orrin Group", org}, {"Mr Orrin", per}, {"Orrin", per}},
			want: []gotEntity{
				{Name: "Mark Orrin", Type: per, Key: "mark orrin", Aliases: []string{"Mr Orrin", "Orrin"}, Methods: []string{"exact", "surname", "surname"}},
				{Name: "Orrin Group", Type: org, Key: "orrin group", Methods: []string{"exact"}},
			},
		},
		{
			name:     "an office the tagger took into the name is not part of it; a royal title is",
			text:     "Mayor Tarvi won. Greta Tarvi thanked voters. Prince Harald came.",
			mentions: [][2]string{{"Mayor Tarvi", per}, {"Greta Tarvi", per}, {"Prince Harald", per}},
			want: []gotEntity{
				{Name: "Greta Tarvi", Type: per, Key: "greta tarvi", Aliases: []string{"Mayor Tarvi"}, Methods: []string{"surname", "exact"}},
				{Name: "Prince Harald", Type: per, Key: "prince harald", Methods: []string{"exact"}},
			},
		},
		{
			name:     "a parenthesis of another type is not an alias",
			text:     "TARVIK (Wirenews) - Ostmark Power (OP) rose.",
			mentions: [][2]string{{"TARVIK", loc}, {"Wirenews", org}, {"Ostmark Power", org}, {"OP", org}},
			want: []gotEntity{
				{Name: "TARVIK", Type: loc, Key: "tarvik", Methods: []string{"exact"}},
				{Name: "Wirenews", Type: org, Key: "wirenews", Methods: []string{"exact"}},
				{Name: "Ostmark Power", Type: org, Key: "ostmark power", Aliases: []string{"OP"}, Methods: []string{"exact", "parenthetical"}},
			},
		},
		{
			name:     "a dateline's agency is not an alias, whatever its type",
			text:     "TARVIK, Ostmark (WN) — Ostmark Power (OP) rose.",
			mentions: [][2]string{{"TARVIK", loc}, {"Ostmark", loc}, {"WN", loc}, {"Ostmark Power", org}, {"OP", org}},
			want: []gotEntity{
				{Name: "TARVIK", Type: loc, Key: "tarvik", Methods: []string{"exact"}},
				{Name: "Ostmark", Type: loc, Key: "ostmark", Methods: []string{"exact"}},
				{Name: "WN", Type: loc, Key: "wn", Methods: []string{"exact"}},
				{Name: "Ostmark Power", Type: org, Key: "ostmark power", Aliases: []string{"OP"}, Methods: []string{"exact", "parenthetical"}},
			},
		},
		{
			name:     "an office before a name is dropped, not before its place, nor a given name",
			text:     "Mayor Ann Lee met the Mayor of Harlow and Dean Martin.",
			mentions: [][2]string{{"Mayor Ann Lee", per}, {"Mayor of Harlow", per}, {"Dean Martin", per}},
			want: []gotEntity{
				{Name: "Ann Lee", Type: per, Key: "ann lee", Aliases: []string{"Mayor Ann Lee"}, Methods: []string{"variant"}},
				{Name: "Mayor of Harlow", Type: per, Key: "mayor of harlow", Methods: []string{"exact"}},
				{Name: "Dean Martin", Type: per, Key: "dean martin", Methods: []string{"exact"}},
			},
		},
		{
			name:     "an aside after a bracket is no dateline",
			text:     "The group Citizens Against Noise (Caban) - a lobby - has complained.",
			mentions: [][2]string{{"Citizens Against Noise", org}, {"Caban", org}},
			want: []gotEntity{
				{Name: "Citizens Against Noise", Type: org, Key: "citizens against noise", Aliases: []string{"Caban"}, Methods: []string{"exact", "parenthetical"}},
			},
		},
		{
			name:     "surname joins the full name",
			text:     "Minister Jane Okafor spoke. Later Okafor left.",
			mentions: [][2]string{{"Jane Okafor", per}, {"Okafor", per}},
			want:     []gotEntity{{Name: "Jane Okafor", Type: per, Key: "jane okafor", Aliases: []string{"Okafor"}, Methods: []string{"exact", "surname"}}},
		},
		{
			name:     "an inner word of one person's long name joins it; one that begins another name does not",
			text:     "President Ana Maria Velo da Costa spoke. Later Velo left. Maria Holt and Maria came.",
			mentions: [][2]string{{"Ana Maria Velo da Costa", per}, {"Velo", per}, {"Maria Holt", per}, {"Maria", per}},
			want: []gotEntity{
				{Name: "Ana Maria Velo da Costa", Type: per, Key: "ana maria velo da costa", Aliases: []string{"Velo"}, Methods: []string{"exact", "surname"}},
				{Name: "Maria Holt", Type: per, Key: "maria holt", Methods: []string{"exact"}},
				{Name: "Maria", Type: per, Key: "maria doc 86197ae8fd0c", Methods: []string{"exact"}},
			},
		},
		{
			name:     "a first name alone stays apart",
			text:     "Jane Okafor met Jane.",
			mentions: [][2]string{{"Jane Okafor", per}, {"Jane", per}},
			want: []gotEntity{
				{Name: "Jane Okafor", Type: per, Key: "jane okafor", Methods: []string{"exact"}},
				{Name: "Jane", Type: per, Key: "jane doc " + DocumentHash("Jane Okafor met Jane."), Methods: []string{"exact"}},
			},
		},
		{
			name:     "parenthetical acronym, tagged",
			text:     "the Northern Harbour Authority (NHA) said. NHA added.",
			mentions: [][2]string{{"Northern Harbour Authority", org}, {"NHA", org}, {"NHA", org}},
			want:     []gotEntity{{Name: "Northern Harbour Authority", Type: org, Key: "northern harbour authority", Aliases: []string{"NHA"}, Methods: []string{"exact", "parenthetical", "parenthetical"}}},
		},
		{
			name:     "parenthetical acronym, untagged, is added",
			text:     "members of Western Valley Front (WVF-K) met",
			mentions: [][2]string{{"Western Valley Front", org}},
			want:     []gotEntity{{Name: "Western Valley Front", Type: org, Key: "western valley front", Aliases: []string{"WVF-K"}, Methods: []string{"exact", "parenthetical"}}},
		},
		{
			name:     "acronym from initials",
			text:     "The World Health Organization warned. Later the WHO said.",
			mentions: [][2]string{{"World Health Organization", org}, {"WHO", org}},
			want:     []gotEntity{{Name: "World Health Organization", Type: org, Key: "world health organization", Aliases: []string{"WHO"}, Methods: []string{"exact", "acronym"}}},
		},
		{
			name:     "case and punctuation variants",
			text:     "U.S. troops; the US said",
			mentions: [][2]string{{"U.S.", loc}, {"US", loc}},
			want:     []gotEntity{{Name: "U.S.", Type: loc, Key: "us", Aliases: []string{"US"}, Methods: []string{"exact", "variant"}}},
		},
		{
			name:     "alias table canonicalises and demonyms point at countries",
			text:     "the US and United States; Freedonian forces",
			mentions: [][2]string{{"US", loc}, {"United States", loc}, {"Freedonian", misc}},
			opts: &Options{Aliases: fakeAliases{
				"us":            {"United States", loc, "Country"},
				"united states": {"United States", loc, "Country"},
				"freedonian":    {"Freedonia", loc, "Country"},
			}},
			want: []gotEntity{
				{Name: "United States", Type: loc, Key: "united states", Aliases: []string{"US"}, Methods: []string{"alias-table", "exact"}},
				{Name: "Freedonia", Type: loc, Key: "freedonia", Aliases: []string{"Freedonian"}, Methods: []string{"alias-table"}},
			},
		},
		{
			name:     "a name in apposition to a relative after a possessive is a person's, no country's alias",
			text:     "It hurt his father, Norlande. Her son Freedon smiled.",
			mentions: [][2]string{{"Norlande", loc}, {"Freedon", org}},
			opts: &Options{Aliases: fakeAliases{
				"norlande": {"Norland", loc, "Country"},
				"freedon":  {"Freedonia", loc, "Country"},
			}},
			want: []gotEntity{
				{Name: "Norlande", Type: per, Key: "norlande doc 9af8b33f97d5", Methods: []string{"exact"}},
				{Name: "Freedon", Type: per, Key: "freedon doc 9af8b33f97d5", Methods: []string{"exact"}},
			},
		},
		{
			name:     "a relative's name that modifies a longer name keeps its alias",
			text:     "It hurt his father, Norlande President Bo Ek.",
			mentions: [][2]string{{"Norlande", loc}, {"Bo Ek", per}},
			opts: &Options{Aliases: fakeAliases{
				"norlande": {"Norland", loc, "Country"},
			}},
			want: []gotEntity{
				{Name: "Norland", Type: loc, Key: "norland", Aliases: []string{"Norlande"}, Methods: []string{"alias-table"}},
				{Name: "Bo Ek", Type: per, Key: "bo ek", Methods: []string{"exact"}},
			},
		},
		{
			name:     "hyphenated compounds are narrowed to their name",
			text:     "a Zembla-based firm and Freedonian-led forces",
			mentions: [][2]string{{"Zembla-based", misc}, {"Freedonian-led", misc}},
			want: []gotEntity{
				{Name: "Zembla", Type: loc, Key: "zembla", Methods: []string{"exact"}},
				{Name: "Freedonian", Type: misc, Key: "freedonian", Methods: []string{"exact"}},
			},
		},
		{
			name:     "a compound the recognizer ran into the name after it is split off",
			text:     "the New Zembla-based Acme Bank and Freedonian-born Ann Lee",
			mentions: [][2]string{{"New Zembla-based Acme Bank", misc}, {"Freedonian-born Ann Lee", per}},
			want: []gotEntity{
				{Name: "New Zembla", Type: loc, Key: "new zembla", Methods: []string{"exact"}},
				{Name: "Acme Bank", Type: org, Key: "acme bank", Methods: []string{"exact"}},
				{Name: "Freedonian", Type: loc, Key: "freedonian", Methods: []string{"exact"}},
				{Name: "Ann Lee", Type: per, Key: "ann lee", Methods: []string{"exact"}},
			},
		},
		{
			name:     "type by majority",
			text:     "Avalon said; Avalon shares; Avalon staff",
			mentions: [][2]string{{"Avalon", org}, {"Avalon", loc}, {"Avalon", org}},
			want:     []gotEntity{{Name: "Avalon", Type: org, Key: "avalon", Methods: []string{"exact", "exact", "exact"}}},
		},
		{
			name:     "ambiguous surname scores lower and takes the nearest",
			text:     "Ann Lee and Bo Lee met; Lee said",
			mentions: [][2]string{{"Ann Lee", per}, {"Bo Lee", per}, {"Lee", per}},
			want: []gotEntity{
				{Name: "Ann Lee", Type: per, Key: "ann lee", Methods: []string{"exact"}},
				{Name: "Bo Lee", Type: per, Key: "bo lee", Aliases: []string{"Lee"}, Methods: []string{"exact", "surname"}},
			},
		},
		{
			name:     "a surname the tagger read as a place or a body joins the person, but not after a preposition of place",
			text:     "Ann Lee sang. The Lee affair grew. Bo Orr flew in Orr. Then Orr said.",
			mentions: [][2]string{{"Ann Lee", per}, {"Lee", loc}, {"Bo Orr", per}, {"Orr", loc}, {"Orr", org}},
			want: []gotEntity{
				{Name: "Ann Lee", Type: per, Key: "ann lee", Aliases: []string{"Lee"}, Methods: []string{"exact", "surname"}},
				{Name: "Bo Orr", Type: per, Key: "bo orr", Methods: []string{"exact"}},
				{Name: "Orr", Type: loc, Key: "orr", Methods: []string{"exact", "exact"}},
			},
		},
		{
			name:     "a title alone is the one person named with it",
			text:     "Cardinal Ann Lee spoke. The Cardinal said more. President Bo Orr and President Jo Dee met; the President left.",
			mentions: [][2]string{{"Cardinal", org}, {"Ann Lee", per}, {"Cardinal", org}, {"Bo Orr", per}, {"Jo Dee", per}, {"President", org}},
			want: []gotEntity{
				{Name: "Ann Lee", Type: per, Key: "ann lee", Aliases: []string{"Cardinal"}, Methods: []string{"title", "exact", "title"}},
				{Name: "Bo Orr", Type: per, Key: "bo orr", Methods: []string{"exact"}},
				{Name: "Jo Dee", Type: per, Key: "jo dee", Methods: []string{"exact"}},
				{Name: "President", Type: org, Key: "president", Methods: []string{"exact"}},
			},
		},
		{
			name:     "a courtesy title is not part of the name",
			text:     "Jack Orr spoke. Mr Orr left. Dr. Orr came back.",
			mentions: [][2]string{{"Jack Orr", per}, {"Mr Orr", per}, {"Dr. Orr", per}},
			want:     []gotEntity{{Name: "Jack Orr", Type: per, Key: "jack orr", Aliases: []string{"Dr. Orr", "Mr Orr"}, Methods: []string{"exact", "surname", "surname"}}},
		},
		{
			name:     "a surname under forms of address of both genders names two people, neither the full name's",
			text:     "Bo Ek spoke. Mrs Ek left. Mr Ek stayed. Ek won.",
			mentions: [][2]string{{"Bo Ek", per}, {"Ek", per}, {"Mr Ek", per}, {"Ek", per}},
			want: []gotEntity{
				{Name: "Bo Ek", Type: per, Key: "bo ek", Aliases: []string{"Ek"}, Methods: []string{"exact", "surname"}},
				{Name: "Mrs Ek", Type: per, Key: "mrs ek doc e58cc4ab21b1", Methods: []string{"exact"}},
				{Name: "Mr Ek", Type: per, Key: "mr ek doc e58cc4ab21b1", Methods: []string{"exact"}},
			},
		},
		{
			name:     "a surname under one gender's forms of address joins the full name",
			text:     "Ann Lee spoke. Ms Lee left. Mrs Lee stayed.",
			mentions: [][2]string{{"Ann Lee", per}, {"Lee", per}, {"Mrs Lee", per}},
			want:     []gotEntity{{Name: "Ann Lee", Type: per, Key: "ann lee", Aliases: []string{"Lee", "Mrs Lee"}, Methods: []string{"exact", "surname", "surname"}}},
		},
		{
			name:     "a bare surname and an unexpanded acronym are keyed to their document",
			text:     "Okafor met the PDA and NATO.",
			mentions: [][2]string{{"Okafor", per}, {"PDA", org}, {"NATO", org}},
			opts:     &Options{Known: fakeLexicon{"NATO": true}},
			want: []gotEntity{
				{Name: "Okafor", Type: per, Key: "okafor doc " + DocumentHash("Okafor met the PDA and NATO."), Methods: []string{"exact"}},
				{Name: "PDA", Type: org, Key: "pda doc " + DocumentHash("Okafor met the PDA and NATO."), Methods: []string{"exact"}},
				{Name: "NATO", Type: org, Key: "nato", Methods: []string{"exact"}},
			},
		},
		{
			name:     "an expanded acronym keys by its expansion",
			text:     "The Port Defence Agency (PDA) said. PDA added.",
			mentions: [][2]string{{"Port Defence Agency", org}, {"PDA", org}, {"PDA", org}},
			want:     []gotEntity{{Name: "Port Defence Agency", Type: org, Key: "port defence agency", Aliases: []string{"PDA"}, Methods: []string{"exact", "parenthetical", "parenthetical"}}},
		},
		{
			name:     "a recorded unmerge moves the alias to its own entity",
			text:     "Minister Jane Okafor spoke. Later Okafor left. Jane Okafor returned.",
			mentions: [][2]string{{"Jane Okafor", per}, {"Okafor", per}, {"Jane Okafor", per}},
			opts:     &Options{Unmerged: []Unmerge{{Type: per, From: "jane okafor", Alias: "Okafor", To: "okafor not jane okafor"}}},
			want: []gotEntity{
				{Name: "Jane Okafor", Type: per, Key: "jane okafor", Methods: []string{"exact", "exact"}},
				{Name: "Okafor", Type: per, Key: "okafor not jane okafor", Methods: []string{"unmerged"}},
			},
		},
		{
			name:     "an unmerge of another document changes nothing",
			text:     "Minister Jane Okafor spoke. Later Okafor left.",
			mentions: [][2]string{{"Jane Okafor", per}, {"Okafor", per}},
			opts:     &Options{Unmerged: []Unmerge{{Type: per, From: "jane okafor", Alias: "Okafor", To: "okafor not jane okafor", Document: "00ff"}}},
			want:     []gotEntity{{Name: "Jane Okafor", Type: per, Key: "jane okafor", Aliases: []string{"Okafor"}, Methods: []string{"exact", "surname"}}},
		},
		{
			name:     "an unmerge of another entity changes nothing",
			text:     "Minister Jane Okafor spoke. Later Okafor left.",
			mentions: [][2]string{{"Jane Okafor", per}, {"Okafor", per}},
			opts:     &Options{Unmerged: []Unmerge{{Type: per, From: "ann okafor", Alias: "Okafor", To: "okafor not ann okafor"}}},
			want:     []gotEntity{{Name: "Jane Okafor", Type: per, Key: "jane okafor", Aliases: []string{"Okafor"}, Methods: []string{"exact", "surname"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mentions...)
			if err := New(tt.opts).Resolve(res); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, summarize(res)); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
			for i, m := range res.Mentions {
				if m.Entity < 0 || m.Entity >= len(res.Entities) {
					t.Errorf("mention %d %q has no entity", i, m.Text)
				}
				if res.Doc.Text[m.Start:m.End] != m.Text {
					t.Errorf("mention %d text %q != text at offsets %q", i, m.Text, res.Doc.Text[m.Start:m.End])
				}
			}
		})
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The United States", "united states"},
		{"united  states", "united states"},
		{"U.S.", "us"},
		{"O’Brien", "obrien"},
		{"Zelenskýy", "zelenskyy"},
		{"Al-Qaeda", "al qaeda"},
		{"  ", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzResolve(f *testing.F) {
	f.Add("Jane Okafor (JO) said Okafor", 0, 11, 13, 15)
	f.Add("U.S. and US", 0, 4, 9, 11)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d int) {
		defer fuzzbudget.Start(t, len(text))()
		res := &extract.Result{Doc: extract.Document{Text: text}}
		for _, se := range [][2]int{{a, b}, {c, d}} {
			s, e := se[0], se[1]
			if s < 0 || e > len(text) || s >= e {
				continue
			}
			res.Mentions = append(res.Mentions, extract.Mention{Start: s, End: e, Text: text[s:e], Type: extract.Organization, Entity: -1})
		}
		var opts Options
		if len(res.Mentions) == 2 {
			// A decision that splits the second surface form off the
			// first one's entity.
			opts.Unmerged = []Unmerge{{Type: extract.Organization, From: Key(res.Mentions[0].Text), Alias: res.Mentions[1].Text, To: "x"}}
		}
		if err := New(&opts).Resolve(res); err != nil {
			t.Fatal(err)
		}
		for i, m := range res.Mentions {
			if m.Entity >= len(res.Entities) {
				t.Fatalf("bad entity index %d", m.Entity)
			}
			if m.Entity >= 0 {
				found := false
				for _, mi := range res.Entities[m.Entity].Mentions {
					found = found || mi == i
				}
				if !found {
					t.Fatalf("mention %d is not among its entity's mentions", i)
				}
			}
		}
		for _, e := range res.Entities {
			if e.Key == "" || len(e.Mentions) == 0 {
				t.Fatalf("entity %+v has no key or no mentions", e)
			}
		}
	})
}

// BenchmarkResolve measures resolution of the mentions the tagger finds
// in 300 BBC articles; BenchmarkBaselineKey, computing the key of each
// mention, is the yardstick.
func BenchmarkResolve(b *testing.B) {
	docs := taggedBBC(b)
	r := New(nil)
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			res := &extract.Result{Doc: d.Doc, Mentions: append([]extract.Mention(nil), d.Mentions...)}
			if err := r.Resolve(res); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkBaselineKey(b *testing.B) {
	docs := taggedBBC(b)
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			for _, m := range d.Mentions {
				n += len(Key(m.Text))
			}
		}
	}
	_ = n
}

func taggedBBC(b *testing.B) []*extract.Result {
	b.Helper()
	dir, err := os.Getwd()
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "..", "..", "..", "shared", "data", "news-bbc", "bbc", "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("../shared/data/news-bbc not found")
	}
	sort.Strings(files)
	if len(files) > 300 {
		files = files[:300]
	}
	m, err := ner.Default()
	if err != nil {
		b.Fatal(err)
	}
	rec := ner.NewRecognizer(m, nil)
	var out []*extract.Result
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		res := &extract.Result{Doc: extract.Document{Text: text}}
		res.Sentences = sentence.Split(text, tokenize.Tokenize(text))
		if err := rec.Recognize(res); err != nil {
			b.Fatal(err)
		}
		out = append(out, res)
		size += len(text)
	}
	b.SetBytes(int64(size))
	return out
}

// parties is a made-up party list: "Unity" and "Unionist" stand for the
// Unity Party.
type parties struct{}

func (parties) Canonical(name, coarseType string) (string, string, string, bool) {
	if name == "Unity" || name == "Unionist" {
		return "Unity Party", extract.Organization, "", true
	}
	return "", "", "", false
}

func (parties) PartyName(name string) (string, bool) {
	switch name {
	case "Unity", "Unionist":
		return "Unity Party", true
	case "Green", "Free Green":
		return name + " Party", true
	case "Vell Dem":
		return "Vell Democrats", true
	}
	return "", false
}

// FirstName knows "Ann" and "Bo".
func (parties) FirstName(word string) bool { return word == "Ann" || word == "Bo" }

// TestSplitPartyNames checks that a party's name the recognizer ran into a
// person's name is split from it, and a longer name is not.
func TestSplitPartyNames(t *testing.T) {
	const per, org, misc = extract.Person, extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"a party and a first name", "Unionist Ann Lee spoke.", [][2]string{{"Unionist Ann Lee", org}}, []string{"Unity Party = ORG", "Ann Lee = PER"}},
		{"a title between", "The Unity MP Tarn Holloway spoke.", [][2]string{{"Unity MP Tarn Holloway", org}}, []string{"Unity Party = ORG", "Tarn Holloway = PER"}},
		{"no first name, no title", "The Unity National Convention opened.", [][2]string{{"Unity National Convention", misc}}, []string{"Unity National Convention = MISC"}},
		{"a title after the party's words", "Unity Party Chairman spoke.", [][2]string{{"Unity Party Chairman", org}}, []string{"Unity Party Chairman = ORG"}},
		{"no party", "Harlow Ann Lee spoke.", [][2]string{{"Harlow Ann Lee", per}}, []string{"Harlow Ann Lee = PER"}},
		{"a party's members after its name", "Unity MPs voted. Harlow MPs voted.", [][2]string{{"Unity MPs", misc}, {"Harlow MPs", misc}}, []string{"Unity Party = ORG", "Harlow MPs = MISC"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mentions...)
			if err := New(&Options{Aliases: parties{}}).Resolve(res); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range res.Entities {
				got = append(got, e.Name+" = "+e.Type)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s: entities (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestSharedSurname checks that a surname two people of the document
// share joins the first it meets, not both, unless one's first word is
// no given name.
func TestSharedSurname(t *testing.T) {
	const per = extract.Person
	tests := []struct {
		name     string
		text     string
		mentions [][2]string
		want     []gotEntity
	}{
		{
			name:     "two given names",
			text:     "Ann Lee spoke. Mr Lee added that. He met Norland's premier, Bo Lee. Mr Lee left.",
			mentions: [][2]string{{"Ann Lee", per}, {"Lee", per}, {"Bo Lee", per}, {"Lee", per}},
			want: []gotEntity{
				{Name: "Ann Lee", Type: per, Key: "ann lee", Aliases: []string{"Lee"}, Methods: []string{"exact", "surname", "surname"}},
				{Name: "Bo Lee", Type: per, Key: "bo lee", Methods: []string{"exact"}},
			},
		},
		{
			name:     "two given names, one the gazetteer does not know",
			text:     "Jorvi Lee spoke. Mr Lee added that. He met his sister, Ann Lee. Mr Lee left.",
			mentions: [][2]string{{"Jorvi Lee", per}, {"Lee", per}, {"Ann Lee", per}, {"Lee", per}},
			want: []gotEntity{
				{Name: "Jorvi Lee", Type: per, Key: "jorvi lee", Aliases: []string{"Lee"}, Methods: []string{"exact", "surname", "surname"}},
				{Name: "Ann Lee", Type: per, Key: "ann lee", Methods: []string{"exact"}},
			},
		},
		{
			name:     "a title before the surname",
			text:     "Emperor Lee spoke. Mr Lee added that. He was born Ann Lee. Mr Lee left.",
			mentions: [][2]string{{"Emperor Lee", per}, {"Lee", per}, {"Ann Lee", per}, {"Lee", per}},
			want: []gotEntity{
				{Name: "Emperor Lee", Type: per, Key: "emperor lee", Aliases: []string{"Ann Lee", "Lee"}, Methods: []string{"exact", "surname", "exact", "surname"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mentions...)
			if err := New(&Options{Aliases: parties{}}).Resolve(res); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, summarize(res)); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMisreadSurnames checks that a surname the recognizer read as a
// place or a body every time it stands alone joins the one person named
// in full with a given name before it, and is typed a person.
func TestMisreadSurnames(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"every mention a body's", "Orr paints. Ann Orr opened a show. Orr sold two. Critics liked Orr.",
			[][2]string{{"Orr", org}, {"Ann Orr", per}, {"Orr", org}, {"Orr", loc}}, []string{"Ann Orr = PER"}},
		{"a possessive after a preposition of place", "Ann Orr opened a show. Orr said so. Buyers came in Orr's name.",
			[][2]string{{"Ann Orr", per}, {"Orr", org}, {"Orr", org}}, []string{"Ann Orr = PER"}},
		{"a preposition of place", "Ann Orr opened a show. Orr said so. Buyers came to Orr.",
			[][2]string{{"Ann Orr", per}, {"Orr", org}, {"Orr", loc}}, []string{"Ann Orr = PER", "Orr = LOC"}},
		{"the body named before the person", "We saw Orr play. Orr sold out. The band took its name from Ann Orr.",
			[][2]string{{"Orr", org}, {"Orr", org}, {"Ann Orr", per}}, []string{"Orr = ORG", "Ann Orr = PER"}},
		{"no given name", "Harlow Orr opened a show. Orr sold two. Critics liked Orr.",
			[][2]string{{"Harlow Orr", per}, {"Orr", org}, {"Orr", org}}, []string{"Harlow Orr = PER", "Orr = ORG"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mentions...)
			if err := New(&Options{Aliases: parties{}}).Resolve(res); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range res.Entities {
				got = append(got, e.Name+" = "+e.Type)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s: entities (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestPeerStyle checks that a peer's style ("Lord Lee of Harlow") does
// not join the full name of another person who shares the surname.
func TestPeerStyle(t *testing.T) {
	const per = extract.Person
	res := build(t, "Lord Lee of Harlow denied it. One man, Ann Lee, was jailed. Lord Lee of Harlow spoke.", [2]string{"Lord Lee", per}, [2]string{"Ann Lee", per}, [2]string{"Lord Lee", per})
	if err := New(&Options{Aliases: parties{}}).Resolve(res); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range res.Entities {
		got = append(got, e.Name+" = "+strings.Join(e.Aliases, "|"))
	}
	if diff := cmp.Diff([]string{"Lee = Lord Lee", "Ann Lee = "}, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

// TestExtendPartyNames checks that a word the recognizer left before a
// party's member form joins it when the two name another party.
func TestExtendPartyNames(t *testing.T) {
	tests := []entityRow{
		{"a longer party's name", "As Free Green leader Ann Lee said, taxes rose.", [][2]string{{"Green", extract.Organization}, {"Ann Lee", extract.Person}}, []string{"Free Green", "Ann Lee"}},
		{"a short form, the word alone no party and no person", "Vell Dem leader Ann Lee said taxes rose.", [][2]string{{"Dem", extract.Miscellaneous}, {"Ann Lee", extract.Person}}, []string{"Vell Dem", "Ann Lee"}},
		{"a person's name stays", "Vell Dem said taxes rose.", [][2]string{{"Dem", extract.Person}}, []string{"Dem"}},
		{"no such party", "As Harlow Green leader Ann Lee said, taxes rose.", [][2]string{{"Green", extract.Organization}, {"Ann Lee", extract.Person}}, []string{"Green", "Ann Lee"}},
		{"a party's name cut before its last word", "As Free leader Ann Lee said, taxes rose. Free Green won.", [][2]string{{"Free", extract.Organization}, {"Ann Lee", extract.Person}, {"Free", extract.Organization}, {"Green", extract.Miscellaneous}}, []string{"Free", "Ann Lee", "Free Green"}},
	}
	checkEntityNames(t, New(&Options{Aliases: parties{}}), tests)
}

// TestHonorificName checks that a name after a form of address is a
// person's, joined to the full name, even when it is also a party's or a
// country's alias.
func TestHonorificName(t *testing.T) {
	tests := []entityRow{
		{"a surname that is an alias", "Ann Unionist spoke. Mr Unionist agreed.", [][2]string{{"Ann Unionist", extract.Person}, {"Unionist", extract.Miscellaneous}}, []string{"Ann Unionist"}},
		{"the alias without a form of address", "Ann Lee spoke. Unionist voters agreed.", [][2]string{{"Ann Lee", extract.Person}, {"Unionist", extract.Miscellaneous}}, []string{"Ann Lee", "Unity Party"}},
	}
	checkEntityNames(t, New(&Options{Aliases: parties{}}), tests)
}

// TestTitledName checks the titled-name construction: a name the
// recognizer read as a body's that opens with an abbreviated title in
// capitals or with its full stop is a person's.
func TestTitledName(t *testing.T) {
	tests := []entityRow{
		{"a title in capitals", "CEO Ek to quit. Bo Ek will leave Acme.", [][2]string{{"CEO Ek", extract.Organization}, {"Bo Ek", extract.Person}, {"Acme", extract.Organization}}, []string{"Bo Ek", "Acme"}},
		{"a title with its full stop", "Sen. Lee spoke. Ann Lee left.", [][2]string{{"Sen. Lee", extract.Organization}, {"Ann Lee", extract.Person}}, []string{"Ann Lee"}},
		{"a word in capitals after it", "CEO NV spoke. Bo Ek left.", [][2]string{{"CEO NV", extract.Organization}, {"Bo Ek", extract.Person}}, []string{"CEO NV", "Bo Ek"}},
		{"no title abbreviation", "Acme Ek spoke. Bo Ek left.", [][2]string{{"Acme Ek", extract.Organization}, {"Bo Ek", extract.Person}}, []string{"Acme Ek", "Bo Ek"}},
	}
	checkEntityNames(t, New(nil), tests)
	addressed := []entityRow{
		{"a form of address before a given name", "She played opposite Dame Ann Lee.", [][2]string{{"Dame Ann Lee", extract.Miscellaneous}}, []string{"Ann Lee"}},
		{"a form of address before no given name", "She watched Dame Harlow.", [][2]string{{"Dame Harlow", extract.Miscellaneous}}, []string{"Dame Harlow"}},
	}
	checkEntityNames(t, New(&Options{Aliases: parties{}}), addressed)
}

// TestCompoundSurnames checks that a family name of two words joins the
// one person named in full with it, and that a given name and a surname
// stay apart from a longer name.
func TestCompoundSurnames(t *testing.T) {
	const per = extract.Person
	tests := []entityRow{
		{"two words of a family name", "Tarn Vell Pellam spoke. Mr Vell Pellam agreed.", [][2]string{{"Tarn Vell Pellam", per}, {"Vell Pellam", per}}, []string{"Tarn Vell Pellam"}},
		{"a particle capitalised", "Tarn van Pellam spoke. Van Pellam agreed.", [][2]string{{"Tarn van Pellam", per}, {"Van Pellam", per}}, []string{"Tarn van Pellam"}},
		{"a given name first", "Mary Ann Lee met Ann Lee.", [][2]string{{"Mary Ann Lee", per}, {"Ann Lee", per}}, []string{"Mary Ann Lee", "Ann Lee"}},
		{"two long names end so", "Tarn Vell Pellam and Orla Vell Pellam met. Vell Pellam spoke.", [][2]string{{"Tarn Vell Pellam", per}, {"Orla Vell Pellam", per}, {"Vell Pellam", per}}, []string{"Tarn Vell Pellam", "Orla Vell Pellam", "Vell Pellam"}},
		{"a title taken for a name", "Rise of Vell Pellam sold. Vell Pellam spoke.", [][2]string{{"Rise of Vell Pellam", per}, {"Vell Pellam", per}}, []string{"Rise of Vell Pellam", "Vell Pellam"}},
	}
	checkEntityNames(t, New(&Options{Aliases: parties{}}), tests)
}

// TestInitials checks that a line-up's initial left out of a name is
// taken in, and that "A Lee" joins the one "Ann Lee" named in full.
func TestInitials(t *testing.T) {
	const per, loc = extract.Person, extract.Location
	tests := []entityRow{
		{"a line-up", "Ann Lee and Bo Ek played. Norland: C Orr; A Lee, B Ek, D Foy.", [][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"C Orr", per}, {"Lee", per}, {"Ek", per}, {"Foy", loc}}, []string{"Ann Lee", "Bo Ek", "C Orr", "D Foy"}},
		{"no other first letter", "Ann Lee played. Norland: C Orr, D Lee.", [][2]string{{"Ann Lee", per}, {"C Orr", per}, {"Lee", per}}, []string{"Ann Lee", "C Orr", "D Lee"}},
		{"a person's name of two words", "Norland: C Orr; A Van Ek (Harlow), B Lee.", [][2]string{{"C Orr", per}, {"Van Ek", per}, {"Harlow", loc}, {"B Lee", per}}, []string{"C Orr", "A Van Ek", "Harlow", "B Lee"}},
		{"a middle name left out", "Ann Vell Lee played. Norland: C Orr; A Lee, B Ek, D Foy.", [][2]string{{"Ann Vell Lee", per}, {"C Orr", per}, {"A Lee", per}, {"B Ek", per}, {"D Foy", per}}, []string{"Ann Vell Lee", "C Orr", "B Ek", "D Foy"}},
		{"a family name of two words written alone", "Ann Vell Lee played. Norland: C Orr; Vell Lee, B Ek, D Foy. Replacements: A Lee.", [][2]string{{"Ann Vell Lee", per}, {"C Orr", per}, {"Vell Lee", per}, {"B Ek", per}, {"D Foy", per}, {"A Lee", per}}, []string{"Ann Vell Lee", "C Orr", "B Ek", "D Foy", "A Lee"}},
		{"an initial and a family name of two words (initial-long-name)", "Ann de Lee played. De Lee scored. Norland: C Orr; A de Lee, B Ek, D Foy.", [][2]string{{"Ann de Lee", per}, {"De Lee", per}, {"C Orr", per}, {"A de Lee", per}, {"B Ek", per}, {"D Foy", per}}, []string{"Ann de Lee", "C Orr", "B Ek", "D Foy"}},
		{"another initial before the family name is someone else", "Ann de Lee played. Norland: C Orr; B de Lee, D Foy.", [][2]string{{"Ann de Lee", per}, {"C Orr", per}, {"B de Lee", per}, {"D Foy", per}}, []string{"Ann de Lee", "C Orr", "B de Lee", "D Foy"}},
		{"no space after the semicolon", "The Vell amp;T Report Card opened.", [][2]string{{"Report Card", per}}, []string{"Report Card"}},
	}
	checkEntityNames(t, New(nil), tests)
}

// TestTypeParties checks that a party's name the tagger read as a place
// or a miscellaneous name is the party's, an organisation, and that
// other names keep their type.
func TestTypeParties(t *testing.T) {
	res := build(t, "Voters backed Unionist in Harlow.", [2]string{"Unionist", extract.Location}, [2]string{"Harlow", extract.Location})
	New(&Options{Aliases: parties{}}).typeParties(res)
	var got []string
	for _, m := range res.Mentions {
		got = append(got, m.Text+" = "+m.Type)
	}
	want := []string{"Unionist = ORG", "Harlow = LOC"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mention types (-want +got):\n%s", diff)
	}
}

// TestAddParties checks that a party's name before a title becomes a
// mention when the recognizer missed it, and nowhere else.
func TestAddParties(t *testing.T) {
	tests := []entityRow{
		{"before a title", "Unionist leader Ann Lee spoke.", [][2]string{{"Ann Lee", extract.Person}}, []string{"Unity Party", "Ann Lee"}},
		{"before an abbreviated title", "The Unity MP Ann Lee spoke.", [][2]string{{"Ann Lee", extract.Person}}, []string{"Unity Party", "Ann Lee"}},
		{"not before another noun", "Unionist estimates were high, Ann Lee said.", [][2]string{{"Ann Lee", extract.Person}}, []string{"Ann Lee"}},
		{"a portfolio between the party and the title", "Unionist shadow home secretary Ann Lee spoke.", [][2]string{{"Ann Lee", extract.Person}}, []string{"Unity Party", "Ann Lee"}},
		{"a portfolio, then no name", "Unionist shadow home secretary said so.", nil, nil},
		{"not before a verb", "Unionist voters elected Ann Lee.", [][2]string{{"Ann Lee", extract.Person}}, []string{"Ann Lee"}},
		{"not twice", "Unity leader Ann Lee spoke.", [][2]string{{"Unity", extract.Organization}, {"Ann Lee", extract.Person}}, []string{"Unity Party", "Ann Lee"}},
	}
	checkEntityNames(t, New(&Options{Aliases: parties{}}), tests)
}

// TestTrimAffix checks that a miscellaneous adjective made of a name joins
// the name's entity when the document names it, and is dropped when not.
func TestTrimAffix(t *testing.T) {
	tests := []entityRow{
		{"a prefix, the name named too", "Arvelia backed the anti-Arvelia law.", [][2]string{{"Arvelia", extract.Location}, {"anti-Arvelia", extract.Miscellaneous}}, []string{"Arvelia"}},
		{"a word after, the name named too", "Dana Arvel won; the Arvel-era rules stayed.", [][2]string{{"Dana Arvel", extract.Person}, {"Arvel-era", extract.Miscellaneous}}, []string{"Dana Arvel"}},
		{"not named elsewhere: dropped", "The post-Brannock sales fell.", [][2]string{{"post-Brannock", extract.Miscellaneous}}, nil},
		{"a letter alone is kept whole", "The A-levels results came.", [][2]string{{"A-levels", extract.Miscellaneous}}, []string{"A-levels"}},
		{"two names are no compound to trim", "The Norland-Ostmark border closed.", [][2]string{{"Norland-Ostmark", extract.Miscellaneous}}, []string{"Norland-Ostmark"}},
	}
	checkEntityNames(t, New(nil), tests)
}

// TestKnighted checks that "Sir X" joins "Sir X Y" by the first name, as a
// knight is addressed, and "Mr X" too (a family name that comes first),
// while a bare first name does not.
func TestKnighted(t *testing.T) {
	tests := []entityRow{
		{"Sir and the first name", "Sir Dana Arvel spoke. Sir Dana added more.", [][2]string{{"Dana Arvel", extract.Person}, {"Dana", extract.Person}}, []string{"Dana Arvel"}},
		{"a first name alone", "Dana Arvel spoke. Dana added more.", [][2]string{{"Dana Arvel", extract.Person}, {"Dana", extract.Person}}, []string{"Dana Arvel", "Dana"}},
		{"an honorific and the family name first", "Tycoon Tan Wei Ming bought it. Mr Tan said so.", [][2]string{{"Tan Wei Ming", extract.Person}, {"Tan", extract.Person}}, []string{"Tan Wei Ming"}},
	}
	checkEntityNames(t, New(nil), tests)
	// A first name the gazetteer knows, after one person named in full
	// with it, is that person; after two, it is neither.
	checkEntityNames(t, New(&Options{Aliases: parties{}}), []entityRow{
		{"a known first name after one full name", "Ann Vell spoke. Ann added more.", [][2]string{{"Ann Vell", extract.Person}, {"Ann", extract.Person}}, []string{"Ann Vell"}},
		{"after two full names", "Ann Vell and Ann Orr spoke. Ann added more.", [][2]string{{"Ann Vell", extract.Person}, {"Ann Orr", extract.Person}, {"Ann", extract.Person}}, []string{"Ann Vell", "Ann Orr", "Ann"}},
		{"a word no first name", "Dana Arvel spoke. Dana added more.", [][2]string{{"Dana Arvel", extract.Person}, {"Dana", extract.Person}}, []string{"Dana Arvel", "Dana"}},
	})
}

// entityRow is a text with its mentions and the names of the entities
// resolution should give.
type entityRow struct {
	name, text string
	mentions   [][2]string
	want       []string
}

// checkEntityNames resolves each row's text with r and compares the
// entities' names.
func checkEntityNames(t *testing.T, r *Resolver, rows []entityRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			got := entityNames(t, r, build(t, tt.text, tt.mentions...))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s: entities (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// checkAnnotatedNames is checkEntityNames on documents the annotator
// has read first (tokens, tags, lemmas), as the rules that look at the
// words around a mention need.
func checkAnnotatedNames(t *testing.T, r *Resolver, rows []entityRow) {
	t.Helper()
	ann, err := annotate.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mentions...)
			ann.Annotate(res)
			if diff := cmp.Diff(tt.want, entityNames(t, r, res)); diff != "" {
				t.Errorf("%s: entities (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// entityNames resolves res with r and returns its entities' names.
func entityNames(t *testing.T, r *Resolver, res *extract.Result) []string {
	t.Helper()
	if err := r.Resolve(res); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range res.Entities {
		got = append(got, e.Name)
	}
	return got
}

// TestTrimOpeners checks that a conjunction, a preposition or a
// question's modal opening the sentence is taken out of a name that begins with it, as the tagger reads
// the sentence.
func TestTrimOpeners(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []struct {
		name, text string
		mention    [2]string
		want       string
	}{
		{"a conjunction", "But Harlow Council said no.", [2]string{"But Harlow Council", org}, "Harlow Council"},
		{"a byline's preposition", "By Ann Lee", [2]string{"By Ann Lee", per}, "Ann Lee"},
		{"a question's modal", "Might Ann Lee stay on as coach?", [2]string{"Might Ann Lee", per}, "Ann Lee"},
		{"a modal that is a name too", "Will Tarvik said no.", [2]string{"Will Tarvik", per}, "Will Tarvik"},
		{"a title keeps its first word", "In the Harlow Years won.", [2]string{"In the Harlow Years", misc}, "In the Harlow Years"},
		{"a name not at the sentence's start", "They met But Harlow there.", [2]string{"But Harlow", org}, "But Harlow"},
		{"capitals are no guide", "HONG KONG, Norland (AP) - Rain fell.", [2]string{"HONG KONG", loc}, "HONG KONG"},
		{"the next word in lower case", "For the Harlow Group it fell.", [2]string{"For the Harlow Group", org}, "For the Harlow Group"},
	}
	a, err := annotate.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mention)
			a.Annotate(res)
			New(nil).trimOpeners(res)
			m := res.Mentions[0]
			if m.Text != tt.want || res.Doc.Text[m.Start:m.End] != m.Text {
				t.Errorf("mention %q [%d,%d), want %q", m.Text, m.Start, m.End, tt.want)
			}
		})
	}
}

// TestPluralAcronyms checks which mentions are an acronym in the plural,
// which counts things and names no one.
func TestPluralAcronyms(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"DVDs", true},
		{"MPs", true},
		{"NGOs", true},
		{"DVD", false},
		{"Acme", false},
		{"Ts", false},
		{"IDs Inc", false},
		{"BBCS", false},
	}
	for _, tt := range tests {
		if got := pluralAcronym(tt.text); got != tt.want {
			t.Errorf("pluralAcronym(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestTickers checks that a ticker the tagger took into a company's name
// is cut from it (tokenize.TickerNotName's own test has the tickers).
func TestTickers(t *testing.T) {
	m := cutTicker(extract.Mention{Text: "Acme ACM.N", Start: 10, End: 20})
	if m.Text != "Acme" || m.End != 14 {
		t.Errorf("cutTicker: %q [%d,%d), want \"Acme\" [10,14)", m.Text, m.Start, m.End)
	}
}

// institutions is the made-up party list with made-up casing counts: news
// capitalises "Parliament" more often than not, "Government" seldom.
type institutions struct{ parties }

func (institutions) Casing(word string) (int, int, bool) {
	switch strings.ToLower(word) {
	case "parliament":
		return 10, 20, true
	case "government":
		return 100, 5, true
	}
	return 0, 0, false
}

// TestAddInstitutions checks that a body named by its common noun,
// capitalised inside a sentence, becomes a mention when news capitalises
// the noun more often than not and no longer name holds it.
func TestAddInstitutions(t *testing.T) {
	tests := []entityRow{
		{"capitalised inside a sentence", "The bill was passed by Parliament on Monday.", nil, []string{"Parliament"}},
		{"a noun news writes in lower case", "The Government agreed.", nil, nil},
		{"the first word of a sentence", "Parliament met.", nil, nil},
		{"part of a longer name", "They met in Parliament Square and at the Harlow Parliament.", nil, nil},
		{"before of", "They met the Parliament of Norland.", nil, nil},
		{"not twice", "They met Parliament.", [][2]string{{"Parliament", extract.Organization}}, []string{"Parliament"}},
	}
	checkEntityNames(t, New(&Options{Aliases: institutions{}}), tests)
}

// TestSplitCoordinated checks that a mention run over two names joined by
// "and" is split when the document names one of them alone, and that
// names with "and" in them stay whole.
func TestSplitCoordinated(t *testing.T) {
	const org, misc = extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"one named alone", "Acme and Vell Power fell. Acme rose later.", [][2]string{{"Acme and Vell Power", org}, {"Acme", org}}, []string{"Acme", "Vell Power"}},
		{"neither named alone", "Tarn and Holloway fell.", [][2]string{{"Tarn and Holloway", org}}, []string{"Tarn and Holloway"}},
		{"a word in lower case", "The Office of Pellam and Vornsby met. Vornsby grew.", [][2]string{{"Office of Pellam and Vornsby", org}, {"Vornsby", org}}, []string{"Office of Pellam and Vornsby", "Vornsby"}},
		{"a title", "Bo and Ann aired. Bo was funny.", [][2]string{{"Bo and Ann", misc}, {"Bo", misc}}, []string{"Bo and Ann", "Bo"}},
		{"a firm with an ampersand", "Vell & Pellam and Harlow Foods fell.", [][2]string{{"Vell & Pellam and Harlow Foods", org}}, []string{"Vell & Pellam", "Harlow Foods"}},
		{"an ampersand alone", "Vell & Pellam fell.", [][2]string{{"Vell & Pellam", org}}, []string{"Vell & Pellam"}},
	}
	checkEntityNames(t, New(nil), tests)
	works := []entityRow{
		{"two works under a plural noun for works, one named alone", "New titles in the popular Tarn of Harlow and Call of Pellam franchises sold well. Call of Pellam led.",
			[][2]string{{"Tarn of Harlow and Call of Pellam", org}, {"Call of Pellam", misc}}, []string{"Tarn of Harlow", "Call of Pellam"}},
		{"one body under a plural noun for people", "The Bank of Harlow and Pellam officials met. Pellam grew.",
			[][2]string{{"Bank of Harlow and Pellam", org}, {"Pellam", org}}, []string{"Bank of Harlow and Pellam", "Pellam"}},
		{"neither named alone", "He loved the Tarn of Harlow and Call of Pellam games.",
			[][2]string{{"Tarn of Harlow and Call of Pellam", org}}, []string{"Tarn of Harlow and Call of Pellam"}},
	}
	checkAnnotatedNames(t, New(nil), works)
}

// TestDropCurrencies checks that a currency's name right after an amount
// is no entity, and one elsewhere is kept.
func TestDropCurrencies(t *testing.T) {
	const misc, org = extract.Miscellaneous, extract.Organization
	tests := []entityRow{
		{"after an amount", "He earned 3.5m Euros last year.", [][2]string{{"Euros", misc}}, nil},
		{"alone", "The Euro rose.", [][2]string{{"Euro", misc}}, []string{"Euro"}},
		{"a club", "Real beat Acme.", [][2]string{{"Real", org}, {"Acme", org}}, []string{"Real", "Acme"}},
	}
	checkEntityNames(t, New(nil), tests)
}

// initialWords knows the casing of a few words and one town's name.
type initialWords struct{ parties }

func (initialWords) Casing(word string) (int, int, bool) {
	switch strings.ToLower(word) {
	case "poor", "marsh":
		return 200, 10, true
	case "acme":
		return 1, 50, true
	}
	return 0, 0, false
}

func (initialWords) KnownName(name, coarseType string) bool {
	return name == "Marsh" && coarseType == extract.Location
}

// TestDropInitialNouns checks that a common noun that only the start of a
// sentence capitalises is no name, unless the gazetteer lists it or the
// document capitalises it elsewhere, and that an adverb in "ly" opening
// a sentence or a quote, or a word WordNet has only as an adverb opening
// a clause after a bracket, is none either.
func TestDropInitialNouns(t *testing.T) {
	const per, loc, org = extract.Person, extract.Location, extract.Organization
	tests := []entityRow{
		{"a noun news writes in lower case", "Poor results hit Acme.", [][2]string{{"Poor", loc}, {"Acme", org}}, []string{"Acme"}},
		{"a listed name", "Marsh beat Acme.", [][2]string{{"Marsh", org}, {"Acme", org}}, []string{"Marsh", "Acme"}},
		{"capitalised inside a sentence too", "Poor won. They met Poor.", [][2]string{{"Poor", org}, {"Poor", org}}, []string{"Poor"}},
		{"inside a sentence", "They met Poor.", [][2]string{{"Poor", org}}, []string{"Poor"}},
		{"an adverb opening the sentence", "Luckily, Acme won.", [][2]string{{"Luckily", loc}, {"Acme", org}}, []string{"Acme"}},
		{"an adverb opening a quote", "Ann Lee said: \"Sadly, Acme lost.\"", [][2]string{{"Sadly", org}, {"Acme", org}}, []string{"Acme"}},
		{"an adverb inside a sentence", "They met Sadly at noon.", [][2]string{{"Sadly", per}}, []string{"Sadly"}},
		{"an adverb opening a clause after a bracket", "Prices fell (Vell said so) Hence the sale.", [][2]string{{"Vell", org}, {"Hence", org}}, []string{"Vell"}},
		{"an adverb inside a sentence, not only an adverb", "They met (at Acme) Well said.", [][2]string{{"Acme", org}, {"Well", per}}, []string{"Acme", "Well"}},
		{"a name in ly", "Kelly won for Acme.", [][2]string{{"Kelly", per}, {"Acme", org}}, []string{"Kelly", "Acme"}},
	}
	checkEntityNames(t, New(&Options{Aliases: initialWords{}}), tests)
}

// TestCurrencySign checks that a dollar sign with a country's letters
// before an amount is no name, and that a name before a number is.
func TestCurrencySign(t *testing.T) {
	const org, misc = extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"a sign before an amount", "Acme paid NZ$40m for it.", [][2]string{{"Acme", org}, {"NZ$", misc}}, []string{"Acme"}},
		{"a sign alone", "Acme quoted it in NZ$ only.", [][2]string{{"Acme", org}, {"NZ$", misc}}, []string{"Acme", "NZ$"}},
	}
	checkEntityNames(t, New(&Options{Aliases: initialWords{}}), tests)
}

// TestAbbreviates checks acronyms with small letters against names: each
// small letter a function word's initial, each capital a word's.
func TestAbbreviates(t *testing.T) {
	tests := []struct {
		acr  string
		name string
		want bool
	}{
		{"BoE", "Bank of Ervenland", true},
		{"DfES", "Department for Education and Skills", true},
		{"DfES", "Department of Education and Skills", false},
		{"BoE", "Bank Ervenland", false},
		{"BoE", "Bank of Ervenland Estates", false},
	}
	for _, tt := range tests {
		if got := abbreviates(tt.acr, strings.Fields(tt.name)); got != tt.want {
			t.Errorf("abbreviates(%q, %q) = %v, want %v", tt.acr, tt.name, got, tt.want)
		}
	}
}

// TestJoinSubtitles checks that a title and its subtitle after a colon
// become one work, and that a headline's, a dateline's, a date's, a
// ticker's or a line-up's colon joins nothing.
func TestJoinSubtitles(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []entityRow{
		{"two titles in a list", "The prize went to Harbour Lights: The Last Voyage and Tarvik: Dark Waters won the other.",
			[][2]string{{"Harbour Lights", misc}, {"Last Voyage", per}, {"Tarvik", org}},
			[]string{"Harbour Lights: The Last Voyage", "Tarvik: Dark Waters"}},
		{"the subtitle alone is the work", "Fans queued for Harbour Lights: Escape from Pellam Bay on Monday. Escape from Pellam Bay sold well.",
			[][2]string{{"Harbour Lights", org}, {"Pellam Bay", loc}, {"Escape from Pellam Bay", misc}},
			[]string{"Harbour Lights: Escape from Pellam Bay"}},
		{"a title opening its sentence, with a verb after it", "Tarvik: Dark Waters was a hit.",
			[][2]string{{"Tarvik", org}},
			[]string{"Tarvik: Dark Waters"}},
		{"a title opening its sentence, with a verb read as a plural noun after it", "Rain fell. Tides of Vell: Last Light hands you a lamp and a map.",
			[][2]string{{"Tides of Vell", misc}, {"Last Light", org}},
			[]string{"Tides of Vell: Last Light"}},
		{"words in title case opening a sentence, a plural noun after them", "Rain fell. Acme: Profits Fall as sales slow.",
			[][2]string{{"Acme", org}},
			[]string{"Acme"}},
		{"words in title case opening a sentence", "Rain fell. Acme: Profits Fall.",
			[][2]string{{"Acme", org}},
			[]string{"Acme"}},
		{"a town in capitals", "The news came from VELDEN: Ostmark Police said it would act.",
			[][2]string{{"VELDEN", loc}, {"Ostmark Police", org}},
			[]string{"VELDEN", "Ostmark Police"}},
		{"a town in title case opening the sentence", "Rain fell. Velden: Acme Administrator Bo Ek has resigned.",
			[][2]string{{"Velden", loc}, {"Acme", org}, {"Bo Ek", per}},
			[]string{"Velden", "Acme", "Bo Ek"}},
		{"a date", "The final was on Monday: Ostmark Rovers won it.",
			[][2]string{{"Ostmark Rovers", org}},
			[]string{"Ostmark Rovers"}},
		{"a ticker", "Shares in Acme (Nasdaq: ACME) rose.",
			[][2]string{{"Acme", org}, {"Nasdaq", org}, {"ACME", org}},
			[]string{"Acme"}},
		{"a person's name after words that hold none", "The Latest: Ann Lee wins the vote.",
			[][2]string{{"Ann Lee", per}},
			[]string{"Ann Lee"}},
		{"a body's name after words that hold none (label-subject)", "Rain fell. Also: Acme ships a new browser.",
			[][2]string{{"Acme", org}},
			[]string{"Acme"}},
		{"a body's name after a title (label-subject)", "Fans queued for Harbour Lights: Acme on Monday.",
			[][2]string{{"Harbour Lights", misc}, {"Acme", org}},
			[]string{"Harbour Lights: Acme"}},
		{"a body's name alone after the colon, a noun for a work before the title (work-subtitle)", "He will direct the finale of the television series NCX: Harlow Crime Unit.",
			[][2]string{{"Harlow Crime Unit", org}},
			[]string{"NCX: Harlow Crime Unit"}},
		{"a body's name alone after the colon, no noun for a work before", "He will direct the finale of NCX: Harlow Crime Unit.",
			[][2]string{{"Harlow Crime Unit", org}},
			[]string{"Harlow Crime Unit"}},
		{"a person's name after a speaker's", "Bo Ek: Ann Lee must go now.",
			[][2]string{{"Bo Ek", per}, {"Ann Lee", per}},
			[]string{"Bo Ek", "Ann Lee"}},
		{"a side and its players", "The teams were Norland: Ann Lee, Bo Ek; and others.",
			[][2]string{{"Norland", loc}, {"Ann Lee", per}, {"Bo Ek", per}},
			[]string{"Norland", "Ann Lee", "Bo Ek"}},
		{"a place and a work's noun", "Fans say Harlow: The Film, a sequel, is better.",
			[][2]string{{"Harlow", loc}, {"Film", org}},
			[]string{"Harlow: The Film"}},
		{"a place and no work's noun", "The votes of Harlow: The Town, Bo Ek said, count.",
			[][2]string{{"Harlow", loc}, {"Town", org}, {"Bo Ek", per}},
			[]string{"Harlow", "Town", "Bo Ek"}},
	}
	checkAnnotatedNames(t, New(nil), tests)
}

// TestDropTimeZones checks that a time zone's time after a clock time is
// part of the time, not a name, and that the same letters elsewhere are
// kept.
func TestDropTimeZones(t *testing.T) {
	const misc, org, loc = extract.Miscellaneous, extract.Organization, extract.Location
	tests := []entityRow{
		{"after a clock time", "Shares in Acme rose by 1200 GMT on Monday.", [][2]string{{"Acme", org}, {"GMT", misc}}, []string{"Acme"}},
		{"after a time with a colon", "The talks begin at 9:30 EST in Harlow.", [][2]string{{"EST", misc}}, nil},
		{"after a clock's pm", "Acme rose at 12:36 PM EST on Monday.", [][2]string{{"Acme", org}, {"EST", loc}}, []string{"Acme"}},
		{"a zone's initials", "Acme rose at 12:36 PM PT on Monday.", [][2]string{{"Acme", org}, {"PT", loc}}, []string{"Acme"}},
		{"across a break after a.m.", "Winter begins at 7:40 a.m. EST, and Acme rose.", [][2]string{{"EST", loc}, {"Acme", org}}, []string{"Acme"}},
		{"alone", "EST signed a deal with Acme.", [][2]string{{"EST", org}, {"Acme", org}}, []string{"EST", "Acme"}},
	}
	checkEntityNames(t, New(nil), tests)
}

// TestDropHonorificsAlone checks that a form of address the tagger took
// for a name of its own names no one.
func TestDropHonorificsAlone(t *testing.T) {
	const per, org = extract.Person, extract.Organization
	tests := []entityRow{
		{"before a name", "“We are sure,” said Dr Ann Lee of Acme.", [][2]string{{"Dr", per}, {"Ann Lee", per}, {"Acme", org}}, []string{"Ann Lee", "Acme"}},
		{"with its full stop", "Mr. Bo Ek spoke.", [][2]string{{"Mr.", per}, {"Bo Ek", per}}, []string{"Bo Ek"}},
	}
	checkEntityNames(t, New(nil), tests)
}

// TestJoinElisions checks that a name ending in a word whose "g" an
// apostrophe stands for runs on over the capitalised words after it, and
// that a possessive does not.
func TestJoinElisions(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"one word taken", "Chains such as Rovin' Donuts grew.", [][2]string{{"Rovin", org}}, []string{"Rovin' Donuts"}},
		{"a mention taken", "Fans of Sailin' Crew cheered.", [][2]string{{"Sailin", loc}, {"Crew", org}}, []string{"Sailin' Crew"}},
		{"two such words", "He sang Rockin' Rollin' On again.", [][2]string{{"Rockin", org}}, []string{"Rockin' Rollin' On"}},
		{"a possessive", "Jens' Harlow office closed.", [][2]string{{"Jens", per}, {"Harlow", loc}}, []string{"Jens", "Harlow"}},
		{"a word in lower case after it", "The Kevin' team won.", [][2]string{{"Kevin", per}}, []string{"Kevin"}},
	}
	checkEntityNames(t, New(nil), tests)
}

// TestHeadlineFirstName checks that a first name alone in the headline
// is the one person the report names in full with it, though after it,
// and that one in the report before the full name is not.
func TestHeadlineFirstName(t *testing.T) {
	const per = extract.Person
	tests := []entityRow{
		{"in the headline", "Ann takes the title\n\nAnn Lee won the final in Harlow on Sunday.", [][2]string{{"Ann", per}, {"Ann Lee", per}}, []string{"Ann Lee"}},
		{"in the report", "The final was held on Sunday.\n\nAnn spoke first. Ann Lee won the final in Harlow.", [][2]string{{"Ann", per}, {"Ann Lee", per}}, []string{"Ann", "Ann Lee"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: parties{}}), tests)
}

// namesCasing knows "Ann" as a first name and how news writes a few
// words.
type namesCasing struct{}

func (namesCasing) Canonical(string, string) (string, string, string, bool) { return "", "", "", false }
func (namesCasing) FirstName(word string) bool                              { return word == "Ann" }
func (namesCasing) Casing(word string) (int, int, bool) {
	switch word {
	case "Tarvo", "Lindqvist", "Pellam":
		return 1, 40, true
	case "Awards", "Bay":
		return 90, 10, true
	}
	return 0, 0, false
}

// TestWordOfNamesAlone checks that a one-word person's name the
// first-name list lacks, but that news writes capitalised, joins the one
// person named in full with it before, when that name's other words are
// words of names too and none a kind of place.
func TestWordOfNamesAlone(t *testing.T) {
	const per = extract.Person
	tests := []entityRow{
		{"a word of names", "Tarvo Lindqvist scored twice. Tarvo was pleased.", [][2]string{{"Tarvo Lindqvist", per}, {"Tarvo", per}}, []string{"Tarvo Lindqvist"}},
		{"a full name ending in a common word", "Tarvo Awards were given. Tarvo was pleased.", [][2]string{{"Tarvo Awards", per}, {"Tarvo", per}}, []string{"Tarvo Awards", "Tarvo"}},
		{"a full name ending in a kind of place", "Pellam Bay was calm. Pellam was calm.", [][2]string{{"Pellam Bay", per}, {"Pellam", per}}, []string{"Pellam Bay", "Pellam"}},
	}
	checkEntityNames(t, New(&Options{Aliases: namesCasing{}}), tests)
}

// TestJoinSaints checks that a saint's name cut at its possessive runs on
// over the capitalised words after it, and a saint's name alone does not.
func TestJoinSaints(t *testing.T) {
	const loc, org = extract.Location, extract.Organization
	tests := []entityRow{
		{"a chapel", "They wed in St Pellam's Chapel on Monday.", [][2]string{{"St Pellam", loc}, {"Chapel", org}}, []string{"St Pellam's Chapel"}},
		{"a school of three words", "Pupils of St Ann's High School sang.", [][2]string{{"St Ann", org}}, []string{"St Ann's High School"}},
		{"the saint alone", "St Ann's was shut.", [][2]string{{"St Ann", org}}, []string{"St Ann"}},
		{"no saint", "Harlow's Town Hall was shut.", [][2]string{{"Harlow", loc}, {"Town Hall", loc}}, []string{"Harlow", "Town Hall"}},
	}
	checkEntityNames(t, New(nil), tests)
}
