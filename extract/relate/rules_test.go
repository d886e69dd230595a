package relate

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/annotate"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/typing"
	"github.com/kg-project/kg/schema"
)

// relationsOf runs the relater with opts on marked text and returns its
// relations as "Subject | predicate | Object | method" lines.
func relationsOf(t *testing.T, r *Relater, marked string) []string {
	t.Helper()
	res := buildResult(t, marked)
	if err := r.Process(res); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range formatRelations(res) {
		f := strings.Split(l, " | ")
		out = append(out, strings.Join(f[:4], " | "))
	}
	return out
}

// TestConstructions runs each construction of the table alone on its
// rows, then all of them together on every row.
func TestConstructions(t *testing.T) {
	tests := []struct {
		name string
		c    string // the construction under test
		text string
		want []string // exactly the relations found
	}{
		{
			name: "appositive title for organisation",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], a senior economist at [[Harbor Bank|ORG]], said rates would rise.",
			want: []string{"Ann Lee | schema:worksFor | Harbor Bank | appositive"},
		},
		{
			name: "from a company's noun and its name (from-firm)",
			c:    MethodFrom,
			text: "[[Bo Ek|PER]] from software company [[Tarvik Labs|ORG]] expects costs to fall next year.",
			want: []string{"Bo Ek | schema:worksFor | Tarvik Labs | from"},
		},
		{
			name: "from a company after a verb's object is where she was (from-firm)",
			c:    MethodFrom,
			text: "[[Vell Power|ORG]] poached [[Ann Lee|PER]] from rival firm [[Acme Holdings|ORG]] last year.",
		},
		{
			name: "from a company whose name modifies a noun (from-firm)",
			c:    MethodFrom,
			text: "[[Ann Lee|PER]] from the firm [[Acme Holdings|ORG]] shares desk spoke.",
		},
		{
			name: "owned by another body after a comma (owned-by)",
			c:    MethodAppositive,
			text: "The [[Harlow Times|ORG]], which is owned by [[Acme Holdings|ORG]], said it would close.",
			want: []string{
				"Harlow Times | schema:parentOrganization | Acme Holdings | appositive",
				"Acme Holdings | schema:subOrganization | Harlow Times | appositive",
			},
		},
		{
			name: "owned by a body's name that modifies a noun (owned-by)",
			c:    MethodAppositive,
			text: "The [[Harlow Times|ORG]], owned by [[Acme Holdings|ORG]] shareholders, said it would close.",
		},
		{
			name: "owned by a person gives no body's edge (owned-by)",
			c:    MethodAppositive,
			text: "The [[Harlow Times|ORG]], owned by [[Ann Lee|PER]], said it would close.",
		},
		{
			name: "a list's item of the shape X of the Y is no title (list-item-title)",
			c:    MethodAppositive,
			text: "Reviews of [[Kestrel Duty|ORG]], [[Vell Cell|PER]] - [[Harbour Run|PER]], Lord of the [[Tarns|ORG]] and [[Pocket Keep|ORG]] will follow.",
		},
		{
			name: "a list's item after a comma of the shape X of the Y is no title (list-item-title)",
			c:    MethodAppositive,
			text: "Hits included [[Kestrel Duty|ORG]], [[Harbour Run|PER]], Lord of the [[Tarns|ORG]] or [[Pocket Keep|ORG]].",
		},
		{
			name: "a title in a list set off by commas stays an apposition (list-item-title)",
			c:    MethodAppositive,
			text: "Guests included [[Bo Ek|PER]], [[Ann Lee|PER]], chairman of [[Acme|ORG]], and [[Cy Ray|PER]].",
			want: []string{"Ann Lee | schema:worksFor | Acme | appositive"},
		},
		{
			name: "a title of two bodies after a list's first name stays an apposition (list-item-title)",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], Chairman of [[Acme|ORG]] and [[Vellmar|ORG]], said rates would rise.",
			want: []string{"Ann Lee | schema:worksFor | Acme | appositive"},
		},
		{
			name: "appositive title of a body's body",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], director general of [[Acme|ORG]]'s [[Vell Power|ORG]], said rates would rise.",
			want: []string{"Ann Lee | schema:worksFor | Vell Power | appositive"},
		},
		{
			name: "appositive title of a place's unnamed body",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], chair of the [[Norland|LOC]] firm, said rates would rise.",
		},
		{
			name: "appositive title of a place's name the recognizer cut",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], president of the [[Harlow|LOC]] Public Library, said it would open.",
		},
		{
			name: "appositive title of a body's part",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], head of [[Acme|ORG]]'s research unit, said it would open.",
			want: []string{"Ann Lee | schema:worksFor | Acme | appositive"},
		},
		{
			name: "appositive title of a body's misread name",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], head of [[Acme|ORG]]'s [[Pellam Labs|PER]], said it would open.",
		},
		{
			name: "a side's office in a report of sport",
			c:    MethodTitle,
			text: "[[Harlow|LOC]] coach [[Ann Lee|PER]] watched the match.",
		},
		{
			name: "fellow before a body's name and a plural title makes the clause's subject a member (fellow-member)",
			c:    MethodTitle,
			text: "[[Bo Ek|PER]] wrote on Sunday to fellow [[Harlow Guild|ORG]] trustees about the budget.",
			want: []string{"Bo Ek | schema:memberOf | Harlow Guild | title"},
		},
		{
			name: "fellow after an auxiliary and a participle (fellow-member)",
			c:    MethodTitle,
			text: "[[Cy Orr|PER]] has often spoken to fellow [[Vell League|ORG]] members about the rules. [[Di Ray|PER]] will write to fellow [[Acme Club|ORG]] trustees about the budget.",
			want: []string{"Cy Orr | schema:memberOf | Vell League | title", "Di Ray | schema:memberOf | Acme Club | title"},
		},
		{
			name: "fellow after another name and and is that list's (fellow-member)",
			c:    MethodTitle,
			text: "[[Ann Lee|PER]] met [[Bo Ek|PER]] and fellow [[Unity Party|ORG]] members on Monday.",
		},
		{
			name: "fellow before a body's name and no plural noun for people (fellow-member)",
			c:    MethodTitle,
			text: "[[Ann Lee|PER]] praised fellow [[Unity Party|ORG]] plans on Monday.",
		},
		{
			name: "a body's possessive before a name and a title employs (possessor-over-name)",
			c:    MethodTitle,
			text: "The plan came from [[Acme Yachts|ORG]]' [[Tarvik Regatta|MISC]] crew manager [[Bo Ek|PER]] on Monday.",
			want: []string{"Bo Ek | schema:worksFor | Acme Yachts | title"},
		},
		{
			name: "a body of no class between the possessive and the title is the field, no employer (possessor-over-name)",
			c:    MethodTitle,
			text: "The plan came from [[Acme Yachts|ORG]]' [[Tarvik Sailing|ORG]] crew manager [[Bo Ek|PER]] on Monday.",
			want: []string{"Bo Ek | schema:worksFor | Acme Yachts | title"},
		},
		{
			name: "an actor named by a show typing did not tell",
			c:    MethodTitle,
			text: "[[Harlow Road|ORG]] actor [[Ann Lee|PER]] left the cast.",
		},
		{
			name: "a coach's place outside sport",
			c:    MethodTitle,
			text: "[[Harlow|LOC]] coach [[Ann Lee|PER]] spoke on Monday.",
			want: []string{"Ann Lee | schema:workLocation | Harlow | title"},
		},
		{
			name: "an office in a report of sport",
			c:    MethodTitle,
			text: "[[Harlow|LOC]] mayor [[Ann Lee|PER]] watched the match.",
			want: []string{"Ann Lee | schema:workLocation | Harlow | title"},
		},
		{
			name: "appositive title of a name the recognizer cut after a place",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], [[Harlow|LOC]] Online general manager, said sales rose.",
		},
		{
			name: "appositive title after a superlative",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], the most senior economist at [[Harbor Bank|ORG]] to resign, spoke.",
			want: []string{"Ann Lee | schema:worksFor | Harbor Bank | appositive"},
		},
		{
			name: "appositive with age and a title naming the organisation inside",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], 41, an [[Acme|ORG]] spokeswoman, declined to comment.",
			want: []string{"Ann Lee | schema:worksFor | Acme | appositive"},
		},
		{
			name: "appositive possessive title",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], [[Acme|ORG]]'s finance director, resigned.",
			want: []string{"Ann Lee | schema:worksFor | Acme | appositive"},
		},
		{
			name: "appositive membership",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], a member of the [[Harbor Club|ORG]], won.",
			want: []string{"Ann Lee | schema:memberOf | Harbor Club | appositive"},
		},
		{
			name: "the name that heads the noun phrase after of",
			c:    MethodAppositive,
			text: "[[Vell Power|ORG]], a subsidiary of the [[Norlandic|MISC]] company [[Acme Holdings|ORG]], opened.",
			want: []string{"Vell Power | schema:parentOrganization | Acme Holdings | appositive", "Acme Holdings | schema:subOrganization | Vell Power | appositive"},
		},
		{
			name: "a word for kin before the part's noun makes no part: a parent company, a sister company",
			c:    MethodAppositive,
			text: "A spokesman for [[Acme Motors|ORG]], parent company of [[Vell Cars|ORG]], spoke. [[Tarvik Foods|ORG]], a sister company of [[Pellam Foods|ORG]], grew.",
			want: nil,
		},
		{
			name: "its unit named after the part's noun is the first name's part",
			c:    MethodAppositive,
			text: "[[Acme|ORG]], its unit [[Vell Power|ORG]] and [[Beta|ORG]] were sued.",
			want: []string{"Vell Power | schema:parentOrganization | Acme | appositive", "Acme | schema:subOrganization | Vell Power | appositive"},
		},
		{
			name: "a unit named after the part's noun without a possessive gives no direction",
			c:    MethodAppositive,
			text: "[[Acme|ORG]], the unit [[Vell Power|ORG]], was sued.",
			want: nil,
		},
		{
			name: "appositive office in a place",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], the mayor of [[Dunmore|LOC]], spoke.",
			want: []string{"Ann Lee | schema:workLocation | Dunmore | appositive"},
		},
		{
			name: "former title gives no relation",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], a former director of [[Acme|ORG]], spoke.",
			want: nil,
		},
		{
			name: "citizen and native",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], a citizen of [[Norland|LOC]], met [[Bo Ek|PER]], a native of [[Sudby|LOC]].",
			want: []string{"Ann Lee | schema:nationality | Norland | appositive", "Bo Ek | schema:homeLocation | Sudby | appositive"},
		},
		{
			name: "branch of an organisation active in places",
			c:    MethodAppositive,
			text: "[[North Cell|ORG]], a branch of the [[Delta Front|ORG]] active in [[Norland|LOC]], [[Sudland|LOC]] and [[Westmark|LOC]], said.",
			want: []string{
				"North Cell | schema:parentOrganization | Delta Front | appositive",
				"Delta Front | schema:subOrganization | North Cell | appositive",
				"North Cell | schema:areaServed | Norland | active-in",
				"North Cell | schema:areaServed | Sudland | active-in",
				"North Cell | schema:areaServed | Westmark | active-in",
			},
		},
		{
			name: "an organisation active in places",
			c:    MethodActive,
			text: "The rebel group [[Delta Front|ORG]], active in [[Norland|LOC]] and [[Sudland|LOC]], said.",
			want: []string{
				"Delta Front | schema:areaServed | Norland | active-in",
				"Delta Front | schema:areaServed | Sudland | active-in",
			},
		},
		{
			name: "parenthesised acronym before the appositive",
			c:    MethodAppositive,
			text: "[[North Cell|ORG]] (NC), a unit of [[Delta Front|ORG]], said.",
			want: []string{
				"North Cell | schema:parentOrganization | Delta Front | appositive",
				"Delta Front | schema:subOrganization | North Cell | appositive",
			},
		},
		{
			name: "an unrecognised acronym of an earlier organisation modifies the part",
			c:    MethodAppositive,
			text: "The [[Delta Front|ORG]] grew. [[North Cell|ORG]] (NC), a DF branch active in [[Norland|LOC]], said.",
			want: []string{
				"North Cell | schema:parentOrganization | Delta Front | appositive",
				"North Cell | schema:areaServed | Norland | active-in",
			},
		},
		{
			name: "place in a place by apposition",
			c:    MethodAppositive,
			text: "[[Brockton|LOC]], a suburb of [[Harlow|LOC]], flooded.",
			want: []string{"Brockton | schema:containedInPlace | Harlow | appositive"},
		},
		{
			name: "city and state",
			c:    MethodAppositive,
			text: "It happened in [[Aiken|LOC]], [[South Carolina|LOC]], on Monday.",
			want: []string{"Aiken | schema:containedInPlace | South Carolina | appositive"},
		},
		{
			name: "a place then a side whose verb the tagger gave its base form",
			c:    MethodAppositive,
			text: "After the draw in [[Harlow|LOC]], [[Norland|LOC]] face [[Ostmark|LOC]] on Wednesday.",
		},
		{
			name: "a place ending an opening phrase before the clause's subject and a noun",
			c:    MethodAppositive,
			text: "After the superb display in the draw in [[Harlow|LOC]], [[Norland|LOC]] face minnows [[Ostmark|LOC]] on Wednesday.",
		},
		{
			name: "a place in a place ending an opening phrase",
			c:    MethodAppositive,
			text: "At the games in [[Aiken|LOC]], [[South Carolina|LOC]], they finished last.",
			want: []string{"Aiken | schema:containedInPlace | South Carolina | appositive"},
		},
		{
			name: "a performer's title joined to another names a work",
			c:    MethodTitle,
			text: "He thanked [[Velden Nights|ORG]] director and co-star [[Ann Lee|PER]] on Monday.",
		},
		{
			name: "two titles joined name an employer",
			c:    MethodTitle,
			text: "He thanked [[Acme|ORG]] director and chairman [[Ann Lee|PER]] on Monday.",
			want: []string{"Ann Lee | schema:worksFor | Acme | title"},
		},
		{
			name: "a place's possessive before a kind of place",
			c:    MethodAppositive,
			text: "The fair moved to [[Harlow|LOC]], [[Norland|LOC]]'s second city, in May.",
			want: []string{"Harlow | schema:containedInPlace | Norland | appositive"},
		},
		{
			name: "a place's possessive before what it holds",
			c:    MethodAppositive,
			text: "He won the [[Pellam Cup|LOC]], [[Norland|LOC]]'s biggest prize, in May.",
		},
		{
			name: "a place's possessive before a name",
			c:    MethodAppositive,
			text: "He won the [[Pellam Cup|LOC]], [[Norland|LOC]]'s Tarvik League, in May.",
		},
		{
			name: "adjectives of countries before a comma",
			c:    MethodAppositive,
			text: "[[Norlandic|LOC]], [[Ostmarkish|LOC]] police met.",
		},
		{
			name: "a place closing an opening phrase, then the clause's subject",
			c:    MethodAppositive,
			text: "At a show in [[Harlow|LOC]], [[Tarvik|LOC]] announced a new player.",
			want: nil,
		},
		{
			name: "list of places is not containment",
			c:    MethodAppositive,
			text: "Ministers from [[Norland|LOC]], [[Sudland|LOC]] and [[Westmark|LOC]] met.",
			want: nil,
		},
		{
			name: "two places before a plural noun modify it",
			c:    MethodAppositive,
			text: "Acme Air to cut [[Harlow|LOC]], [[Tarvik|LOC]] flights",
			want: nil,
		},
		{
			name: "list of places with a name typed otherwise",
			c:    MethodAppositive,
			text: "The cities ([[Pellam City|PER]], [[Harlow|LOC]], [[Tarvik|LOC]], [[Ostburg|ORG]] and [[Vell|LOC]]) grew.",
			want: nil,
		},
		{
			name: "list of places with their seeds",
			c:    MethodAppositive,
			text: "[[Norland|LOC]] (1), [[Sudland|LOC]] (8), [[Westmark|LOC]].",
			want: nil,
		},
		{
			name: "last of a list with seeds",
			c:    MethodAppositive,
			text: "Seeds: [[Harlow|LOC]], [[Norland|LOC]] (3), [[Sudland|LOC]], [[Westmark|LOC]] (6).",
			want: nil,
		},
		{
			name: "title before name after organisation",
			c:    MethodTitle,
			text: "[[Acme|ORG]] chief executive [[Ann Lee|PER]] said profits rose.",
			want: []string{"Ann Lee | schema:worksFor | Acme | title"},
		},
		{
			name: "an owner is no employee",
			c:    MethodTitle,
			text: "[[Harlow Rovers|ORG]] owner [[Ann Lee|PER]] said profits rose.",
			want: nil,
		},
		{
			name: "a member of parliament's letters after the name",
			c:    MethodTitle,
			text: "It was done with [[Ann Lee|PER]] MP for [[Harlow North|LOC]] and a team.",
			want: []string{"Ann Lee | schema:workLocation | Harlow North | title"},
		},
		{
			name: "a form of address between the title and the name",
			c:    MethodTitle,
			text: "[[Acme|ORG]] manager Sir [[Bo Ek|PER]] will join the show.",
			want: []string{"Bo Ek | schema:worksFor | Acme | title"},
		},
		{
			name: "a title after a participle an adverb in -ly modifies",
			c:    MethodTitle,
			text: "It was praised by [[Acme|ORG]]'s newly-appointed chief executive [[Ann Lee|PER]] and [[Vell Power|ORG]]'s newly elected chairman [[Bo Ek|PER]].",
			want: []string{"Ann Lee | schema:worksFor | Acme | title", "Bo Ek | schema:worksFor | Vell Power | title"},
		},
		{
			name: "two titles joined by and",
			c:    MethodTitle,
			text: "[[Acme|ORG]] vice president and former [[Vell Power|ORG]] chief executive [[Ann Lee|PER]] said profits rose.",
			want: []string{"Ann Lee | schema:worksFor | Acme | title"},
		},
		{
			name: "title before name after possessive organisation",
			c:    MethodTitle,
			text: "[[Acme|ORG]]'s chief executive [[Ann Lee|PER]] said profits rose.",
			want: []string{"Ann Lee | schema:worksFor | Acme | title"},
		},
		{
			name: "title before name after place",
			c:    MethodTitle,
			text: "[[Norland|LOC]] Prime Minister [[Ann Lee|PER]] arrived.",
			want: []string{"Ann Lee | schema:workLocation | Norland | title"},
		},
		{
			name: "the agency's chief refers back to the agency",
			c:    MethodTitle,
			text: "The news agency [[Pressa|ORG]] reported it. The agency's chief, [[Ann Lee|PER]], confirmed it.",
			want: []string{"Ann Lee | schema:worksFor | Pressa | title"},
		},
		{
			name: "the carmaker's chief is not the last company, which the document calls a parts maker",
			c:    MethodTitle,
			text: "[[Acme|ORG]] recalls cars with pumps from parts maker [[Vell Power|ORG]]. Asked if [[Acme|ORG]] would sue [[Vell Power|ORG]], the carmaker's chief executive [[Ann Lee|PER]] said no.",
			want: []string{"Ann Lee | schema:worksFor | Acme | title"},
		},
		{
			name: "its founder refers back to the subject",
			c:    MethodTitle,
			text: "[[Acme|ORG]] makes ovens. Its founder, [[Ann Lee|PER]], lives abroad.",
			want: []string{"Acme | schema:founder | Ann Lee | title"},
		},
		{
			name: "the company's founder in apposition, the company the name a place modifies",
			c:    MethodAppositive,
			text: "It hurts the [[Harlow|ORG]] company [[Vell Dairy|ORG]]. [[Ann Lee|PER]], the company's founder, said so.",
			want: []string{"Vell Dairy | schema:founder | Ann Lee | appositive"},
		},
		{
			name: "founder and chairman of a body",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], founder and chairman of [[Acme|ORG]], said so.",
			want: []string{"Acme | schema:founder | Ann Lee | appositive", "Ann Lee | schema:worksFor | Acme | appositive"},
		},
		{
			name: "a person's office holder works with them",
			c:    MethodTitle,
			text: "[[Ann Lee|PER]]'s chancellor, [[Bo Ek|PER]], spoke. [[Harlow|PER]] spokesman [[Cy Orr|PER]] did not.",
			want: []string{"Bo Ek | schema:colleague | Ann Lee | title"},
		},
		{
			name: "a title in a clause's phrase, then a comma, is not the name's",
			c:    MethodTitle,
			text: "He began a second term as [[Norland|LOC]] President, [[Ann Lee|PER]] said.",
			want: nil,
		},
		{
			name: "a phrase opening the sentence describes the name",
			c:    MethodTitle,
			text: "In his new job as [[Acme|ORG]] chief executive, [[Bo Ek|PER]] will travel.",
			want: []string{"Bo Ek | schema:worksFor | Acme | title"},
		},
		{
			name: "title of organisation then name",
			c:    MethodTitleOf,
			text: "The head of [[Acme|ORG]], [[Ann Lee|PER]], spoke.",
			want: []string{"Ann Lee | schema:worksFor | Acme | of"},
		},
		{
			name: "a plural title of organisation before one name is others', the name the clause's subject",
			c:    MethodTitleOf,
			text: "To the supporters of [[Acme|ORG]], [[Ann Lee|PER]] could do no wrong.",
			want: nil,
		},
		{
			name: "a plural title of organisation before a list of names",
			c:    MethodTitleOf,
			text: "The directors of [[Acme|ORG]], [[Ann Lee|PER]] and [[Bo Ek|PER]], spoke.",
			want: []string{"Ann Lee | schema:worksFor | Acme | of"},
		},
		{
			name: "X of Y",
			c:    MethodOf,
			text: "[[Ann Lee|PER]] of [[Acme|ORG]] and [[Bo Ek|PER]], of [[Sudby|LOC]], spoke.",
			want: []string{"Ann Lee | schema:worksFor | Acme | of", "Bo Ek | schema:homeLocation | Sudby | of"},
		},
		{
			name: "an article before a person's name makes a likening, no home",
			c:    MethodOf,
			text: "He is the [[Ann Lee|PER]] of [[Norland|LOC]], and [[Bo Ek|PER]] of [[Sudby|LOC]] agrees.",
			want: []string{"Bo Ek | schema:homeLocation | Sudby | of"},
		},
		{
			name: "a title of office and its place is a place of work; one of nobility is none",
			c:    MethodOf,
			text: "The [[Mayor|PER]] of [[Harlow|LOC]] met the [[Duchess|PER]] of [[Sudby|LOC]].",
			want: []string{"Mayor | schema:workLocation | Harlow | of"},
		},
		{
			name: "Y-based X creates the place",
			c:    MethodBasedPrefix,
			text: "The Harlow-based group [[Acme|ORG]] grew.",
			want: []string{"Acme | schema:location | Harlow | based"},
		},
		{
			name: "a place of two words before -based",
			c:    MethodBasedPrefix,
			text: "The [[New Harlow|LOC]]-based group [[Acme|ORG]] grew.",
			want: []string{"Acme | schema:location | New Harlow | based"},
		},
		{
			name: "the Y-based developer, X",
			c:    MethodBasedPrefix,
			text: "The game came from the Harlow-based developer, [[Acme|ORG]], last year.",
			want: []string{"Acme | schema:location | Harlow | based"},
		},
		{
			name: "X, a Y-based group",
			c:    MethodBasedPrefix,
			text: "[[Acme|ORG]], a Harlow-based charity, grew.",
			want: []string{"Acme | schema:location | Harlow | based"},
		},
		{
			name: "based in",
			c:    MethodBased,
			text: "[[Acme|ORG]], which is headquartered in [[Harlow|LOC]], grew.",
			want: []string{"Acme | schema:location | Harlow | based"},
		},
		{
			name: "a possessive's headquarters",
			c:    MethodBased,
			text: "Staff left [[Acme|ORG]]'s new headquarters in [[Harlow|LOC]] on Friday.",
			want: []string{"Acme | schema:location | Harlow | based"},
		},
		{
			name: "a possessive's head office",
			c:    MethodBased,
			text: "They met at [[Acme|ORG]]'s head office in [[Harlow|LOC]].",
			want: []string{"Acme | schema:location | Harlow | based"},
		},
		{
			name: "headquarters of another's",
			c:    MethodBased,
			text: "[[Acme|ORG]] and [[Vell Bank|ORG]]'s headquarters in [[Harlow|LOC]] closed.",
			want: []string{"Vell Bank | schema:location | Harlow | based"},
		},
		{
			name: "from with age",
			c:    MethodFrom,
			text: "Police named [[Ann Lee|PER]], 34, from [[Sudby|LOC]].",
			want: []string{"Ann Lee | schema:homeLocation | Sudby | from"},
		},
		{
			name: "from after a comma",
			c:    MethodFrom,
			text: "[[Ann Lee|PER]], from [[Sudby|LOC]], won.",
			want: []string{"Ann Lee | schema:homeLocation | Sudby | from"},
		},
		{
			name: "from a place before a body's name is no home",
			c:    MethodFrom,
			text: "[[Ann Lee|PER]], from [[Norland|LOC]] [[Acme Watch|ORG]], spoke.",
			want: nil,
		},
		{
			name: "from a place before a noun is no home",
			c:    MethodFrom,
			text: "[[Ann Lee|PER]], from the [[Sudby|LOC]] office, spoke.",
			want: nil,
		},
		{
			name: "from after an occupation in apposition, past the age (occupation-from)",
			c:    MethodFrom,
			text: "[[Ann Lee|PER]], 37, a farmer from [[Harlow|LOC]], and [[Bo Ek|PER]], the retired teacher from [[Pellam|LOC]], spoke.",
			want: []string{"Ann Lee | schema:homeLocation | Harlow | from", "Bo Ek | schema:homeLocation | Pellam | from"},
		},
		{
			name: "from after an office or a friend in apposition (occupation-from)",
			c:    MethodFrom,
			text: "[[Ann Lee|PER]], a spokesman from [[Harlow|LOC]], and [[Bo Ek|PER]], a friend from [[Pellam|LOC]], spoke.",
			want: nil,
		},
		{
			name: "a home's town and county in a list of people (home-in-list)",
			c:    MethodAppositive,
			text: "They are a farmer from [[Harlow|LOC]], [[Norland|LOC]], [[Bo Ek|PER]], 34, and [[Cy Orr|PER]].",
			want: []string{"Harlow | schema:containedInPlace | Norland | appositive"},
		},
		{
			name: "places in a list after from are no place in a place (home-in-list)",
			c:    MethodAppositive,
			text: "Fans came from [[Harlow|LOC]], [[Norland|LOC]], [[Vell|LOC]] and [[Tarvik|LOC]].",
			want: nil,
		},
		{
			name: "from right after the name is what happened",
			c:    MethodFrom,
			text: "The death of [[Ann Lee|PER]] from [[Grale|LOC]] shocked fans.",
			want: nil,
		},
		{
			name: "from after a verb is not origin",
			c:    MethodFrom,
			text: "Police flew [[Ann Lee|PER]] from [[Sudby|LOC]] on Monday.",
			want: nil,
		},
		{
			name: "a work's performer",
			c:    MethodPossessive,
			text: "[[Harlow Nights|ORG]]' [[Ann Lee|PER]] was named best supporting actress on Monday.",
			want: nil,
		},
		{
			name: "a prize of a work's maker",
			c:    MethodPossessive,
			text: "[[Harlow Nights|ORG]]' [[Ann Lee|PER]] was named best director on Monday.",
			want: nil,
		},
		{
			name: "a maker's noun with no prize is a post",
			c:    MethodPossessive,
			text: "[[Acme|ORG]]'s [[Ann Lee|PER]] was named director on Monday.",
			want: []string{"Ann Lee | schema:worksFor | Acme | possessive"},
		},
		{
			name: "a place that modifies a noun is inside nothing; one before a kind of place is",
			c:    MethodPossessive,
			text: "[[Norland|LOC]]'s [[Harlow|LOC]] awards went to [[Ostmark|LOC]]'s [[Tarvik|LOC]] province and [[Vell|LOC]]'s [[Pellam|LOC]] regional office.",
			want: []string{"Tarvik | schema:containedInPlace | Ostmark | possessive"},
		},
		{
			name: "adjectives between a country's possessive and a province's name",
			c:    MethodPossessive,
			text: "Floods cut off a farm in west [[Norland|LOC]]'s quiet [[Tarvik|LOC]] district last week.",
			want: []string{"Tarvik | schema:containedInPlace | Norland | possessive"},
		},
		{
			name: "adjectives before a place's name with no place noun after it",
			c:    MethodPossessive,
			text: "[[Norland|LOC]]'s new [[Harlow|LOC]] awards and [[Ostmark|LOC]]'s proud [[Vell|LOC]] fans met.",
			want: nil,
		},
		{
			name: "possessives",
			c:    MethodPossessive,
			text: "[[Norland|LOC]]'s [[Acme|ORG]] bought [[Acme|ORG]]'s rival. [[Acme|ORG]]'s [[Ann Lee|PER]] and [[Harlow|LOC]]'s [[Old Town|LOC]] were there.",
			want: []string{
				"Acme | schema:location | Norland | possessive",
				"Ann Lee | schema:worksFor | Acme | possessive",
				"Old Town | schema:containedInPlace | Harlow | possessive",
			},
		},
		{
			name: "a body that modifies a noun is located nowhere; one before a kind of body is",
			c:    MethodPossessive,
			text: "[[Norland|LOC]]'s [[Acme|ORG]] hopes faded, [[Ostmark|LOC]]'s [[Vell Power|ORG]] commissioners met and [[Harlow|LOC]]'s [[Pellam|ORG]] newspaper said so.",
			want: []string{"Pellam | schema:location | Harlow | possessive"},
		},
		{
			name: "a possessive between organisations needs a word for a part",
			c:    MethodPossessive,
			text: "[[Acme|ORG]]'s [[Zenbox|ORG]] sold well, [[Acme|ORG]]'s subsidiary [[Beta|ORG]] grew and the [[Harbor Bank|ORG]]'s [[Pricing Committee|ORG]] met.",
			want: []string{
				"Beta | schema:parentOrganization | Acme | possessive",
				"Acme | schema:subOrganization | Beta | possessive",
				"Pricing Committee | schema:parentOrganization | Harbor Bank | possessive",
				"Harbor Bank | schema:subOrganization | Pricing Committee | possessive",
			},
		},
		{
			name: "a word for a part right after the possessed body (part-after)",
			c:    MethodPossessive,
			text: "[[Acme|ORG]]'s [[Vell International|ORG]] unit grew, but [[Acme|ORG]]'s [[Zenbox|ORG]] unit sales fell.",
			want: []string{
				"Vell International | schema:parentOrganization | Acme | possessive",
				"Acme | schema:subOrganization | Vell International | possessive",
			},
		},
		{
			name: "in for places",
			c:    MethodIn,
			text: "Crews from [[Brockton|LOC]] in [[Harlow County|LOC]] and the [[Red Cross|ORG]] in [[Dunmore|LOC]] helped.",
			want: []string{"Brockton | schema:containedInPlace | Harlow County | in", "Red Cross | schema:location | Dunmore | in"},
		},
		{
			name: "a demonym right before a name",
			c:    MethodNationality,
			text: "[[Bo Ek|PER]] beat [[Swedish|LOC]] [[Ann Lee|PER]] in the final.",
			want: []string{"Ann Lee | schema:nationality | Swedish | nationality"},
		},
		{
			name: "a demonym before an occupation and two names",
			c:    MethodNationality,
			text: "[[Norlandic|LOC]] pilgrims [[Ann Lee|PER]] and [[Bo Ek|PER]] withdrew.",
			want: []string{"Ann Lee | schema:nationality | Norlandic | nationality", "Bo Ek | schema:nationality | Norlandic | nationality"},
		},
		{
			name: "a list of people after including or such as",
			c:    MethodNationality,
			text: "Other [[Swedish|LOC]] actors, including [[Ann Lee|PER]], [[Bo Ek|PER]] and [[Cy Fox|PER]], were nominated. [[Norlandic|LOC]] sprinters such as [[Di Ray|PER]] won. [[Swedish|LOC]] fans, including those of [[Ed Holt|PER]], cheered.",
			want: []string{"Ann Lee | schema:nationality | Swedish | nationality", "Bo Ek | schema:nationality | Swedish | nationality", "Cy Fox | schema:nationality | Swedish | nationality", "Di Ray | schema:nationality | Norlandic | nationality"},
		},
		{
			name: "family between two names",
			c:    MethodKin,
			text: "[[Ann Lee|PER]]'s late husband [[Bo Ek|PER]] and [[Cy Orr|PER]] and her son [[Dan Orr|PER]] came.",
			want: []string{"Ann Lee | schema:spouse | Bo Ek | kin", "Dan Orr | schema:parent | Cy Orr | kin"},
		},
		{
			name: "a person's band, party or club",
			c:    MethodMember,
			text: "[[Ann Lee|PER]] took her new band [[Vell Power|ORG]] on tour. [[Bo Ek|PER]]'s party [[Acme Alliance|ORG]] won. [[Cy Orr|PER]] left his old club [[Harlow|ORG]]. [[Di Ray|PER]] sold her company [[Pellam|ORG]].",
			want: []string{"Ann Lee | schema:memberOf | Vell Power | member", "Bo Ek | schema:memberOf | Acme Alliance | member"},
		},
		{
			name: "a country's kind of place and its name",
			c:    MethodPlaceKind,
			text: "They met in the [[Dutch|LOC]] port city of [[Velden|LOC]].",
			want: []string{"Velden | schema:containedInPlace | Dutch | place-kind"},
		},
		{
			name: "in a country's kind of place of a name",
			c:    MethodIn,
			text: "Crews from [[Brockton|LOC]] in the [[Norland|LOC]] county of [[Harlow|LOC]] helped.",
			want: []string{"Brockton | schema:containedInPlace | Harlow | in"},
		},
		{
			name: "in a place named as a person is",
			c:    MethodIn,
			text: "[[Norland|LOC]] joins [[Acme|ORG]] in [[Lee|LOC]] inquiry.",
		},
		{
			name: "a possessor typed a place named as a person is",
			c:    MethodPossessive,
			text: "She sang in [[Ann Lee|LOC]]'s [[Harlow Nights|ORG]] last year.",
		},
		{
			name: "a country's body named as a person is",
			c:    MethodPossessive,
			text: "She beat [[Norland|LOC]]'s [[Ann Lee|ORG]] in the final.",
		},
		{
			name: "in a place no gazetteer knows",
			c:    MethodIn,
			text: "The [[Acme Institute|ORG]] in [[Tarvik|LOC]] will close.",
			want: []string{"Acme Institute | schema:location | Tarvik | in"},
		},
		{
			name: "in: a meeting's, a show's or a contest's name is where it is held (event-in)",
			c:    MethodIn,
			text: "They met at the [[Vell Widgets Conference|EVENT]] in [[Tarvik|LOC]]. The [[Harlow Open|EVENT]] in [[Pellam|LOC]] ended.",
			want: []string{"Harlow Open | schema:location | Pellam | in", "Vell Widgets Conference | schema:location | Tarvik | in"},
		},
		{
			name: "in: a named event at a place is held there (event-at); not a described event, a verb's object, nor an event taken part in or a part of which is named",
			c:    MethodIn,
			text: "She was hurt at the [[Harlow Open|EVENT]] at [[Pellam|LOC]]. They held a [[press conference|EVENT]] at [[Tarvik|LOC]]. Ann Lee won the [[Norland Cup|EVENT]] at [[Vellmar|LOC]]. She missed two games in the [[Vell Nations|EVENT]] at [[Harlow|LOC]]. Ann Lee won the opening game of the [[Vell Series|EVENT]] at [[Pellam|LOC]].",
			want: []string{"Harlow Open | schema:location | Pellam | in"},
		},
		{
			name: "in: a verb takes its subject to a place for a named event, held there (event-for)",
			c:    MethodIn,
			text: "Walkers will descend on the old Norlandic port of [[Harlow|LOC]] for the [[Vell Forum|EVENT]]. Ann Lee flew to [[Pellam|LOC]] for the [[Tarvik Open|EVENT]].",
			want: []string{"Tarvik Open | schema:location | Pellam | in", "Vell Forum | schema:location | Harlow | in"},
		},
		{
			name: "in: no event-for from a place no verb takes, nor from an event in common nouns",
			c:    MethodIn,
			text: "[[Harlow|LOC]]'s bid for the [[Vell Games|EVENT]] failed. They went to [[Pellam|LOC]] for the [[summit|EVENT]].",
			want: nil,
		},
		{
			name: "in: not an event named by one word, nor one a verb takes with its own place",
			c:    MethodIn,
			text: "She won silver at the same [[Games|EVENT]] in [[Pellam|LOC]]. Ann Lee spent the [[Norland War|EVENT]] in [[Tarvik|LOC]].",
			want: nil,
		},
		{
			name: "at: a contest's name is where it is held (event-at)",
			c:    MethodIn,
			text: "The [[Harlow Open|EVENT]] at [[Tarvik|LOC]] ended. She won silver at the same [[Games|EVENT]] at [[Pellam|LOC]].",
			want: []string{"Harlow Open | schema:location | Tarvik | in"},
		},
		{
			name: "at: a body's name is no event's (event-at)",
			c:    MethodIn,
			text: "The [[Acme Institute|ORG]] at [[Tarvik|LOC]] will close. [[Ann Lee|PER]] at [[Pellam|LOC]] spoke.",
			want: nil,
		},
		{
			name: "at: the games of a contest, not the contest (event-at)",
			c:    MethodIn,
			text: "She will miss two games in the [[Harlow Cup|EVENT]] at [[Tarvik|LOC]].",
			want: nil,
		},
		{
			name: "venue on the outskirts of a city",
			c:    MethodIn,
			text: "Gunmen attacked the [[Lakeside Arena|LOC]] venue on the outskirts of [[Harlow|LOC]].",
			want: []string{"Lakeside Arena | schema:containedInPlace | Harlow | in"},
		},
		{
			name: "an appositive title of a described organisation",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], president of industry forecaster [[Acme Group|ORG]], spoke. [[Bo Ek|PER]], an analyst at research firm [[Vell Power|ORG]], agreed.",
			want: []string{"Ann Lee | schema:worksFor | Acme Group | appositive", "Bo Ek | schema:worksFor | Vell Power | appositive"},
		},
		{
			name: "an appositive title of a field, now, at an organisation",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], now director of foreign exchange at [[Acme Bank|ORG]], spoke.",
			want: []string{"Ann Lee | schema:worksFor | Acme Bank | appositive"},
		},
		{
			name: "a field's nouns inside a title",
			c:    MethodTitle,
			text: "[[Acme Group|ORG]] deputy enforcement director [[Ann Lee|PER]] spoke.",
			want: []string{"Ann Lee | schema:worksFor | Acme Group | title"},
		},
		{
			name: "a singular noun right after a name is a field",
			c:    MethodTitle,
			text: "[[Vell Power|ORG]] shadow chancellor [[Ann Lee|PER]] spoke. [[Acme|ORG]] campaign spokesman [[Bo Ek|PER]] agreed.",
			want: []string{"Ann Lee | schema:worksFor | Vell Power | title", "Bo Ek | schema:worksFor | Acme | title"},
		},
		{
			name: "former taken into the organisation's name",
			c:    MethodTitle,
			text: "[[Former Acme Group|ORG]] media chief [[Ann Lee|PER]] spoke.",
			want: nil,
		},
		{
			name: "birth, death and founding",
			c:    MethodLife,
			text: "[[Ann Lee|PER]] was born in [[Harlow|LOC]] in 1950. [[Bo Ek|PER]], who founded [[Acme Corp|ORG]] in 1990, died on Tuesday at a hospice in [[Velden|LOC]].",
			want: []string{"Acme Corp | schema:founder | Bo Ek | life", "Ann Lee | schema:birthPlace | Harlow | life", "Bo Ek | schema:deathPlace | Velden | life"},
		},
		{
			name: "a sentence-initial pronoun for the one person the sentence before opens with",
			c:    MethodLife,
			text: "[[Ann Lee|PER]] is a chemist. She was born in [[Harlow|LOC]]. She studied at [[Pellam University|ORG]]. [[Bo Ek|PER]] met [[Cy Fox|PER]]. He was born in [[Velden|LOC]].",
			want: []string{"Ann Lee | schema:alumniOf | Pellam University | life", "Ann Lee | schema:birthPlace | Harlow | life"},
		},
		{
			name: "a band's singer is its member; a club's player works for it",
			c:    MethodTitle,
			text: "[[Harbour Lights|ORG]] singer [[Ann Lee|PER]] spoke. [[Acme Rovers|ORG]] player [[Bo Ek|PER]] agreed.",
			want: []string{"Ann Lee | schema:memberOf | Harbour Lights | title", "Bo Ek | schema:worksFor | Acme Rovers | title"},
		},
		{
			name: "a band's frontman, a musician WordNet holds as no occupation, is its member",
			c:    MethodTitle,
			text: "[[Harbour Lights|ORG]] frontman [[Ann Lee|PER]] spoke.",
			want: []string{"Ann Lee | schema:memberOf | Harbour Lights | title"},
		},
		{
			name: "a person's publicist knows the client; a chancellor is a colleague",
			c:    MethodTitle,
			text: "[[Ann Lee|PER]]'s publicist [[Bo Ek|PER]] spoke. [[Cy Fox|PER]]'s chancellor [[Di Ray|PER]] agreed.",
			want: []string{"Bo Ek | schema:knows | Ann Lee | title", "Di Ray | schema:colleague | Cy Fox | title"},
		},
		{
			name: "one of a group",
			c:    MethodAppositive,
			text: "[[Ann Lee|PER]], one of the so-called \"[[Harlow Five|ORG]]\", spoke. [[Bo Ek|PER]], one of the [[Acme|ORG]] directors, agreed.",
			want: []string{"Ann Lee | schema:memberOf | Harlow Five | appositive"},
		},
		{
			name: "a title by a verb of being",
			c:    MethodCopula,
			text: "[[Ann Lee|PER]] is the new president of [[Acme Council|ORG]]. [[Bo Ek|PER]], who is an [[Acme|ORG]] lawyer, spoke. [[Cy Fox|PER]] is not the chairman of [[Vell Power|ORG]].",
			want: []string{"Ann Lee | schema:worksFor | Acme Council | copula", "Bo Ek | schema:worksFor | Acme | copula"},
		},
		{
			name: "a title by a verb of being after a bracket on the name",
			c:    MethodCopula,
			text: "[[Ann Lee|PER]] (born 4 June 1950 in Harlow) is the chairman of [[Acme|ORG]].",
			want: []string{"Ann Lee | schema:worksFor | Acme | copula"},
		},
		{
			name: "a defender of a cause holds no post",
			c:    MethodCopula,
			text: "[[Ann Lee|PER]] became a defender of the reforms. [[Bo Ek|PER]] is a midfielder for [[Acme|ORG]].",
			want: []string{"Bo Ek | schema:worksFor | Acme | copula"},
		},
		{
			name: "a title after a body's or a place's possessive",
			c:    MethodCopula,
			text: "[[Ann Lee|PER]] is [[Acme Holdings|ORG]]'s chief executive. [[Bo Ek|PER]] was [[Norland|LOC]]'s first black cabinet minister. [[Cy Fox|PER]] is [[Vell Power|ORG]]'s former chairman.",
			want: []string{"Ann Lee | schema:worksFor | Acme Holdings | copula", "Bo Ek | schema:workLocation | Norland | copula"},
		},
		{
			name: "a post one is to leave is held now",
			c:    MethodCopula,
			text: "[[Ann Lee|PER]] is to step down as a [[Unity Party|ORG]] MP. [[Bo Ek|PER]] will resign as chairman of [[Acme|ORG]]. [[Cy Fox|PER]] plans to stand down as head of [[Vell Power|ORG]].",
			want: []string{"Ann Lee | schema:memberOf | Unity Party | copula", "Bo Ek | schema:worksFor | Acme | copula", "Cy Fox | schema:worksFor | Vell Power | copula"},
		},
		{
			name: "a post one is to leave, by another verb of leaving office",
			c:    MethodCopula,
			text: "[[Ann Lee|PER]] will bow out as chairman of [[Acme|ORG]]. [[Bo Ek|PER]] is to retire as head of [[Vell Power|ORG]].",
			want: []string{"Ann Lee | schema:worksFor | Acme | copula", "Bo Ek | schema:worksFor | Vell Power | copula"},
		},
		{
			name: "no post from a leaving past, in the progressive or denied",
			c:    MethodCopula,
			text: "[[Ann Lee|PER]] stepped down as chairman of [[Acme|ORG]]. [[Bo Ek|PER]] is stepping down as head of [[Vell Power|ORG]]. [[Cy Fox|PER]] will not resign as chairman of [[Harlow Ltd|ORG]].",
			want: nil,
		},
		{
			name: "an MP for a constituency; a head of a team",
			c:    MethodCopula,
			text: "[[Ann Lee|PER]] has been MP for [[Harlow North|ORG]] since 1997. [[Bo Ek|PER]] was head of the [[Norlandic|LOC]] Olympic team.",
			want: []string{"Ann Lee | schema:workLocation | Harlow North | copula"},
		},
		{
			name: "no apposition before a new clause's verb, unless the name opens its clause",
			c:    MethodAppositive,
			text: "Having shrugged off [[Ann Lee|PER]], the [[Acme|ORG]] midfielder planted his shot. [[Bo Ek|PER]], an analyst at [[Vell Bank|ORG]] told us.",
			want: []string{"Bo Ek | schema:worksFor | Vell Bank | appositive"},
		},
		{
			name: "what is won is no opponent",
			c:    MethodResult,
			text: "[[Bo Ek|PER]] won a [[Vell Prize|PER]] in 2003. [[Harlow|ORG]] beat [[Pellam|ORG]] 2-1.",
			want: []string{"Harlow | kg:opponent | Pellam | result"},
		},
		{
			name: "a player beaten past a title or a descriptor before the name (titled-side)",
			c:    MethodResult,
			text: "[[Ann Lee|PER]] defeated qualifier [[Bo Ek|PER]] in the semi-final. Yesterday [[Cy Orr|PER]] defeated the [[Norlandic|LOC]] junior champion [[Di Ray|PER]] 4-6, 6-3, 6-1. [[Ed Holt|PER]] defeated second seed [[Flo Hart|PER]] in straight sets.",
			want: []string{"Ann Lee | kg:opponent | Bo Ek | result", "Cy Orr | kg:opponent | Di Ray | result", "Ed Holt | kg:opponent | Flo Hart | result"},
		},
		{
			name: "words before a name that end in no noun, or a side past a title, are no titled side (titled-side)",
			c:    MethodResult,
			text: "[[Ann Lee|PER]] beat the odds as [[Bo Ek|PER]] watched. [[Harlow|ORG]] beat rivals [[Pellam|ORG]].",
			want: nil,
		},
		{
			name: "a result in a participle after a comma or an infinitive, the sentence's first person its subject (clause-result)",
			c:    MethodResult,
			text: "[[Ann Lee|PER]] booked a semi-final place on Tuesday, defeating [[Bo Ek|PER]] in three sets. [[Cy Orr|PER]] needed only 40 minutes to defeat [[Di Ray|PER]] on Sunday.",
			want: []string{"Ann Lee | kg:opponent | Bo Ek | result", "Cy Orr | kg:opponent | Di Ray | result"},
		},
		{
			name: "another person before the verb, or a verb of winning, makes no clause result (clause-result)",
			c:    MethodResult,
			text: "[[Ann Lee|PER]] said [[Bo Ek|PER]] played well, beating [[Cy Orr|PER]] in the end. [[Di Ray|PER]] trained hard to win [[Ed Holt|PER]] over.",
			want: nil,
		},
		{
			name: "a score between two sides, not between two people",
			c:    MethodResult,
			text: "[[Harlow|ORG]] 19-13 [[Pellam|ORG]]. [[Ann Lee|PER]] 6-2 [[Bo Ek|PER]].",
			want: []string{"Harlow | kg:opponent | Pellam | result"},
		},
		{
			name: "a contest to come",
			c:    MethodFace,
			text: "[[Ann Lee|PER]] will face [[Bo Ek|PER]] in the final.",
			want: []string{"Ann Lee | kg:opponent | Bo Ek | face"},
		},
		{
			name: "organisations no typing classed parties",
			c:    MethodRivals,
			text: "Polls show the gap between [[Unity Party|ORG]] and [[Green Party|ORG]] closing.",
			want: nil,
		},
		{
			name: "a seat in a body",
			c:    MethodSeat,
			text: "[[Ann Lee|PER]] served on the [[Harlow Council|ORG]] before being elected to the [[Ostmark Assembly|ORG]] in 2001.",
			want: []string{"Ann Lee | schema:memberOf | Harlow Council | seat", "Ann Lee | schema:memberOf | Ostmark Assembly | seat"},
		},
		{
			name: "joined a company",
			c:    MethodJoin,
			text: "[[Ann Lee|PER]] joined [[Acme|ORG]] in 1990.",
			want: []string{"Ann Lee | schema:worksFor | Acme | join"},
		},
		{
			name: "a description standing for the person before, without a country typing gives",
			c:    MethodDescription,
			text: "[[Ann Lee|PER]] won in [[Harlow|LOC]]. The 29-year-old [[Norlandic|LOC]] winger has signed.",
			want: nil,
		},
		{
			name: "a plural title before a list of names",
			c:    MethodTitle,
			text: "[[Acme|ORG]]'s directors [[Ann Lee|PER]], [[Bo Ek|PER]] and [[Cy Orr|PER]] resigned.",
			want: []string{"Ann Lee | schema:worksFor | Acme | title", "Bo Ek | schema:worksFor | Acme | title", "Cy Orr | schema:worksFor | Acme | title"},
		},
		{
			name: "a title after an adverb, a field, then where",
			c:    MethodCopula,
			text: "[[Ann Lee|PER]], who is also director of marketing at [[Acme|ORG]], spoke.",
			want: []string{"Ann Lee | schema:worksFor | Acme | copula"},
		},
		{
			name: "the head of a field at a body, then a professor's name",
			c:    MethodTitleOf,
			text: "Head of marketing at the [[Vell Institute|ORG]], Professor [[Bo Ek|PER]], disagreed.",
			want: []string{"Bo Ek | schema:worksFor | Vell Institute | of"},
		},
		{
			name: "people who worked together",
			c:    MethodWorkWith,
			text: "[[Ann Lee|PER]] has worked closely with [[Bo Ek|PER]] since 1990.",
			want: []string{"Ann Lee | schema:colleague | Bo Ek | work-with"},
		},
		{
			name: "a match result",
			c:    MethodResult,
			text: "[[Harlow|ORG]] beat [[Pellam|ORG]] 2-1 on Sunday.",
			want: []string{"Harlow | kg:opponent | Pellam | result"},
		},
		{
			name: "a side's line-up",
			c:    MethodLineup,
			text: "[[Harlow|ORG]]: [[Lee|PER]]; [[Ek|PER]], [[Vell|PER]] ([[Moss|PER]] 58), [[Orr|PER]]; [[Fox|PER]].",
			want: []string{"Lee | schema:worksFor | Harlow | lineup", "Ek | schema:worksFor | Harlow | lineup", "Vell | schema:worksFor | Harlow | lineup",
				"Moss | schema:worksFor | Harlow | lineup", "Orr | schema:worksFor | Harlow | lineup", "Fox | schema:worksFor | Harlow | lineup"},
		},
		{
			name: "a side's bench after its line-up, then a short list",
			c:    MethodLineup,
			text: "[[Harlow|ORG]]: [[Lee|PER]]; [[Ek|PER]], [[Vell|PER]], [[Orr|PER]]. Replacements: [[Fox|PER]], [[Gale|PER]], [[Holt|PER]], [[Dane|PER]]. Booked: [[Ek|PER]], [[Penn|PER]].",
			want: []string{"Lee | schema:worksFor | Harlow | lineup", "Ek | schema:worksFor | Harlow | lineup", "Vell | schema:worksFor | Harlow | lineup", "Orr | schema:worksFor | Harlow | lineup",
				"Fox | schema:worksFor | Harlow | lineup", "Gale | schema:worksFor | Harlow | lineup", "Holt | schema:worksFor | Harlow | lineup", "Dane | schema:worksFor | Harlow | lineup"},
		},
		{
			name: "a list of athletes and their clubs",
			c:    MethodClubList,
			text: "60m: [[Ann Lee|PER]] ([[Harlow AC|ORG]]), [[Bo Ek|PER]] ([[Pellam, Harlow and District|ORG]]), [[Cy Orr|PER]] ([[Ostmark|LOC]]).",
			want: []string{"Ann Lee | schema:worksFor | Harlow AC | club-list", "Bo Ek | schema:worksFor | Pellam, Harlow and District | club-list"},
		},
		{
			name: "one person with a body in brackets is no list",
			c:    MethodClubList,
			text: "[[Ann Lee|PER]] ([[Harlow AC|ORG]]) won the race.",
			want: nil,
		},
		{
			name: "a country's demonym before a body's noun",
			c:    MethodCountryDescriptor,
			text: "It bought [[Norlandic|LOC]] bank [[Acme|ORG]].",
			want: []string{"Acme | schema:location | Norlandic | country-descriptor"},
		},
		{
			name: "a body's members named in a list",
			c:    MethodMemberList,
			text: "The [[Vell Council|ORG]], whose members include [[Acme Corp.|ORG]] and [[Ann Lee|PER]], met.",
			want: []string{"Acme Corp. | schema:memberOf | Vell Council | member-list", "Ann Lee | schema:memberOf | Vell Council | member-list"},
		},
	}
	tested := map[string]bool{}
	for _, tc := range tests {
		tested[tc.c] = true
	}
	for _, c := range Constructions() {
		if !tested[c[0]] {
			t.Errorf("construction %q has no test row", c[0])
		}
	}
	all := New(&Options{NoClassifier: true, NoOpen: true})
	for _, tc := range tests {
		t.Run(tc.c+"/"+tc.name, func(t *testing.T) {
			var off []string
			for _, c := range Constructions() {
				if c[0] != tc.c {
					off = append(off, c[0])
				}
			}
			alone := New(&Options{NoClassifier: true, NoOpen: true, Off: off})
			for _, r := range []*Relater{alone, all} {
				got := relationsOf(t, r, tc.text)
				if diff := cmp.Diff(sortedCopy(tc.want), sortedCopy(got)); diff != "" {
					t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
				}
			}
		})
	}
}

func TestOpenRelations(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoConstructions: true})
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"verb and preposition", "[[Delta Front|ORG]] claimed responsibility for the attack on [[Harlow|LOC]].", nil},
		{"noun then preposition", "[[Delta Front|ORG]] has claimed responsibility for [[Acme|ORG]]'s losses.", nil},
		{"plain verb", "[[Ann Lee|PER]] has repeatedly denied [[Acme|ORG]]'s claims.", nil},
		{"verb object", "[[Ann Lee|PER]] warned [[Acme|ORG]] on Monday.", []string{"Ann Lee | kg:warned | Acme | verb-pattern"}},
		{"opposing verb between two people", "[[Ann Lee|PER]] criticised [[Bo Ek|PER]] on Monday.", []string{"Ann Lee | kg:criticised | Bo Ek | verb-pattern", "Ann Lee | kg:opponent | Bo Ek | verb-pattern"}},
		{"opposing verb between a person and a body", "[[Ann Lee|PER]] criticised [[Acme|ORG]] on Monday.", []string{"Ann Lee | kg:criticised | Acme | verb-pattern"}},
		{"a verb of accusing between bodies of no kind typing names", "[[Acme Commission|ORG]] accused [[Vell Power|ORG]] of fraud.", []string{"Acme Commission | kg:accused | Vell Power | verb-pattern"}},
		{"a verb of defeat between bodies", "[[Acme|ORG]] defeated [[Vell Power|ORG]] in court.", []string{"Acme | kg:defeated | Vell Power | verb-pattern", "Acme | kg:opponent | Vell Power | verb-pattern"}},
		{"auxiliary dropped", "[[Ann Lee|PER]] has visited [[Harlow|LOC]] twice.", []string{"Ann Lee | kg:visited | Harlow | verb-pattern"}},
		{"be alone before a person: one and the same", "The boy playing [[Bo|PER]] is [[Cy Ray|PER]] now.", nil},
		{"a name before a measure and a noun modifies the noun", "[[Ann Lee|PER]] won [[Harlow|MISC]] 200m gold.", nil},
		{"a name before a time", "[[Ann Lee|PER]] appeared on [[Harlow Today|MISC]] 25 years ago.", []string{"Ann Lee | kg:appearedOn | Harlow Today | verb-pattern"}},
		{"be alone before a body: a membership", "[[Ann Lee|PER]] is [[Catholic|MISC]] and proud.", []string{"Ann Lee | kg:is | Catholic | verb-pattern"}},
		{"verb with noun and preposition", "[[Ann Lee|PER]] took control of [[Acme|ORG]] in May.", []string{"Ann Lee | kg:tookControlOf | Acme | verb-pattern"}},
		{"passive killed by", "[[Bo Ek|PER]] was killed by [[Delta Front|ORG]] fighters.", nil},
		{"passive killed by, head", "[[Bo Ek|PER]] was killed by the [[Delta Front|ORG]] in May.", []string{"Delta Front | kg:killed | Bo Ek | verb-pattern"}},
		{"apposition skipped", "[[Ann Lee|PER]], the group's chief, met [[Bo Ek|PER]] on Monday.", []string{"Ann Lee | kg:met | Bo Ek | verb-pattern"}},
		{"an apposition that holds a list is skipped (list-not-apposition)", "[[Acme|ORG]], stripped of talent such as [[Ann Lee|PER]] and [[Bo Ek|PER]], partnered [[Cy Ray|PER]] with him.", []string{"Acme | kg:partnered | Cy Ray | verb-pattern"}},
		{"a list's commas set off no apposition of its first name (list-not-apposition)", "The nominees are [[Ann Lee|PER]], [[Ostmark|LOC]]'s [[Cy Ray|PER]] and [[Norlandic|MISC]] midfielder [[Bo Ek|PER]], who had a stint with [[Acme|ORG]].", []string{"Bo Ek | kg:hadStintWith | Acme | verb-pattern"}},
		{"killed a relative of the object", "[[Cy Ray|PER]] killed the father of [[Bo Ek|PER]] in May.", []string{"Cy Ray | kg:killedFatherOf | Bo Ek | verb-pattern"}},
		{"shot dead", "[[Bo Ek|PER]] was shot dead by [[Cy Ray|PER]] in May.", []string{"Cy Ray | kg:killed | Bo Ek | verb-pattern"}},
		{"killing only by WordNet's order of untagged senses", "[[Ann Lee|PER]] pipped [[Bo Ek|PER]] on the line.", []string{"Ann Lee | kg:pipped | Bo Ek | verb-pattern"}},
		{"relative clause", "[[Ann Lee|PER]], who leads [[Acme|ORG]], spoke.", []string{"Ann Lee | kg:leads | Acme | verb-pattern"}},
		{"relative clause with a modifier for object", "[[Harlow Rovers|ORG]], who are proud of their [[Norland|LOC]] roots, are partners for [[Acme|ORG]].", []string{"Harlow Rovers | kg:arePartnersFor | Acme | verb-pattern"}},
		{"reporting verb takes a clause", "[[Ann Lee|PER]] said [[Acme|ORG]] would close.", nil},
		{"object is the subject of a clause", "[[Ann Lee|PER]] warned [[Acme|ORG]] would close.", nil},
		{"list member is not the subject", "Ministers from [[Norland|LOC]] and [[Sudland|LOC]] met [[Ann Lee|PER]].", nil},
		{"object heads its noun phrase", "[[Ann Lee|PER]] met [[Norlandic|MISC]] Prime Minister [[Bo Ek|PER]] on Monday.", []string{"Ann Lee | kg:met | Bo Ek | verb-pattern"}},
		{"organisation before a title", "[[Ann Lee|PER]] met [[Acme|ORG]] chief executive [[Bo Ek|PER]].", []string{"Ann Lee | kg:met | Bo Ek | verb-pattern"}},
		{"object of a preposition past its modifiers", "The man who coached when [[Norland|LOC]] played at the 1986 [[Vell Cup|EVENT]] won seven titles with [[Acme|ORG]].", nil},
		{"possessor", "[[Ann Lee|PER]]' critically acclaimed [[Harlow Nights|MISC]] won.", nil},
		{"a name after a determiner before a noun the tagger read as an adjective modifies it (determined-head)", "[[Ann Lee|PER]] raised doubts about his [[Harlow|ORG]] future when he spoke.", nil},
		{"a name after a determiner that ends its noun phrase is the object", "[[Ann Lee|PER]] joined the [[Acme Group|ORG]] on Monday.", []string{"Ann Lee | kg:joined | Acme Group | verb-pattern"}},
		{"subject after a subordinator", "Prices fell as [[Acme|ORG]] suspended sales in [[Harlow|LOC]].", []string{"Acme | kg:suspendedSalesIn | Harlow | verb-pattern"}},
		{"a share's figure left out of the predicate", "[[Acme|ORG]] owns a 5.6% stake in [[Vell Power|ORG]].", []string{"Acme | kg:ownsPercentStakeIn | Vell Power | verb-pattern"}},
		{"a scoreline left out of the predicate", "[[Bo Ek|PER]] was beaten 7-5 6-1 by [[Cy Ray|PER]] on Monday.", []string{"Bo Ek | kg:wasBeatenBy | Cy Ray | verb-pattern"}},
		{"a list goes on after the comma", "The prize went to [[Ann Lee|PER]], and the film [[Harbour Lights|MISC]], which features [[Bo Ek|PER]].", []string{"Harbour Lights | kg:features | Bo Ek | verb-pattern"}},
		{"which is no person's", "[[Ann Lee|PER]] which features [[Bo Ek|PER]] won.", nil},
		{"denied with not", "[[Ann Lee|PER]] did not join [[Acme|ORG]] in May.", nil},
		{"denied with no", "[[Acme|ORG]] has no connection with [[Vell Power|ORG]].", nil},
		{"denied with never", "[[Ann Lee|PER]] never met [[Bo Ek|PER]].", nil},
		{"condition", "The title goes to [[Norland|LOC]] if the [[Tarvik Reds|ORG]] beat [[Harlow Blues|ORG]] on Sunday.", nil},
		{"name modifies a noun after an adjective", "[[Bo Ek|PER]] plays a [[Norland|LOC]] military commander.", nil},
		{"name before a span of time", "[[Ann Lee|PER]] met [[Bo Ek|PER]] last week.", []string{"Ann Lee | kg:met | Bo Ek | verb-pattern"}},
		{"clause after a verb of saying", "[[Ann Lee|PER]] said having [[Norland|LOC]] in the league was vital.", nil},
		{"clause subject after a verb of belief", "[[Ann Lee|PER]] believes the two games against [[Norland|LOC]] are vital.", nil},
		{"object after a verb that takes a clause", "[[Norland|LOC]] recalled its ambassador from [[Ostmark|LOC]] on Monday.", []string{"Norland | kg:recalledAmbassadorFrom | Ostmark | verb-pattern"}},
		{"condition with unless", "Unless [[Acme|ORG]] buys [[Vell Power|ORG]], prices will rise.", nil},
		{"whether or not", "Much has been made of whether or not [[Acme|ORG]] is truly bigger than [[Vell Power|ORG]].", nil},
		{"an inverted condition with had", "Had [[Ann Lee|PER]] stayed at [[Acme|ORG]] for a few more weeks, she would have been rich.", nil},
		{"an inverted condition after a dash", "Harlow Weekly - Had [[Ann Lee|PER]] stayed at [[Acme|ORG]], she would have been rich.", nil},
		{"had after its subject", "[[Ann Lee|PER]] had stayed at [[Acme|ORG]] for a year.", []string{"Ann Lee | kg:stayedAt | Acme | verb-pattern"}},
		{"a name modifying a noun the tagger took for a verb", "[[Ann Lee|PER]] was sent off during [[Harlow|ORG]]'s 2-0 [[Vell Cup|EVENT]] win against [[Pellam|ORG]] on Sunday.", nil},
		{"a plural side and its verb", "[[Harlow Rovers|ORG]] sweep [[Pellam|ORG]] again.", []string{"Harlow Rovers | kg:sweep | Pellam | verb-pattern"}},
		{"plural noun after a name, before the subjects of a verb", "[[Harlow|LOC]] stars [[Ann Lee|PER]] and [[Bo Ek|PER]] attended the gala.", nil},
		{"plural noun before a list with a title", "[[Harlow|LOC]] stars including [[Ann Lee|PER]], [[Bo Ek|PER]] and film director [[Cy Fox|PER]] have paid tribute.", nil},
		{"clause subject past a relative clause", "[[Acme|ORG]] announced its deal with [[Vell Power|ORG]], which runs to May, would end early.", nil},
		{"no verb in WordNet", "[[Acme|ORG]] hopefuls [[Ann Lee|PER]] and [[Bo Ek|PER]] lead the list.", nil},
		{"a verb made with a prefix", "[[Acme|ORG]] has outspent [[Vell Power|ORG]].", []string{"Acme | kg:outspent | Vell Power | verb-pattern"}},
		{"a name cut in two", "[[Ann Lee|PER]] told [[Acme Radio|ORG]] [[Harlow|LOC]] on Monday.", nil},
		{"a name whole", "[[Ann Lee|PER]] told [[Acme Radio Harlow|ORG]] on Monday.", []string{"Ann Lee | kg:told | Acme Radio Harlow | verb-pattern"}},
		{"hypothetical", "[[Acme|ORG]] would buy [[Vell Power|ORG]] for cash.", nil},
		{"possible", "[[Ann Lee|PER]] can beat [[Bo Ek|PER]] on grass.", nil},
		{"a gerund's clause a preposition takes is no fact (gerund-complement)", "The rumours hinted at [[Harlow|LOC]] coach [[Ann Lee|PER]] offering a new contract to [[Bo Ek|PER]].", nil},
		{"a gerund's clause after of is no fact (gerund-complement)", "There was talk of [[Acme|ORG]] chief [[Ann Lee|PER]] joining [[Vell Power|ORG]].", nil},
		{"a gerund's clause after with says what happened", "Rivals hit back with coordinator [[Ann Lee|PER]] accusing [[Bo Ek|PER]] of lying.", []string{"Ann Lee | kg:accusing | Bo Ek | verb-pattern", "Ann Lee | kg:opponent | Bo Ek | verb-pattern"}},
		{"a gerund's clause after a subordinator says what happened", "Prices rose after [[Acme|ORG]] chief [[Ann Lee|PER]] leaving [[Vell Power|ORG]].", []string{"Ann Lee | kg:leaving | Vell Power | verb-pattern"}},
		{"a gerund's clause a verb takes is left alone", "The change sees [[Harlow|LOC]] flanker [[Ann Lee|PER]] replacing [[Bo Ek|PER]].", []string{"Ann Lee | kg:replacing | Bo Ek | verb-pattern"}},
		{"future", "[[Ann Lee|PER]] will meet [[Bo Ek|PER]] in May.", []string{"Ann Lee | kg:willMeet | Bo Ek | verb-pattern"}},
		{"between names two", "[[Ann Lee|PER]] has called the rivalry between [[Acme|ORG]] and [[Vell Power|ORG]] healthy.", nil},
		{"for a name to do", "[[Acme|ORG]] called for [[Vell Power|ORG]] to get a free hand.", nil},
		{"for a name", "[[Acme|ORG]] called for [[Vell Power|ORG]] on Monday.", []string{"Acme | kg:calledFor | Vell Power | verb-pattern"}},
		{"a wish for a name to do", "[[Ann Lee|PER]] wishes the [[Harlow Festival|EVENT]] to be a forum for debate.", nil},
		{"verb in -s before its object", "[[Acme|ORG]] stars [[Ann Lee|PER]] as a nurse.", []string{"Acme | kg:stars | Ann Lee | verb-pattern"}},
		{"an object before to", "[[Ann Lee|PER]] called on [[Bo Ek|PER]] to resign.", []string{"Ann Lee | kg:calledOn | Bo Ek | verb-pattern"}},
		{"clause subject with adjective after a verb of saying", "[[Acme|ORG]] said higher fuel costs in [[Norland|LOC]], and lower sales at its own unit would hurt profits.", nil},
		{"clause subject past a phrase and an infinitive", "[[Ann Lee|PER]] said the ruling by [[Acme Court|ORG]] to free two men held at sea was a victory.", nil},
		{"clause subject with a possessive pronoun", "[[Ann Lee|PER]] admitted their trip to [[Harlow|LOC]] to face the leaders was the toughest draw.", nil},
		{"object after a verb that takes a clause, before a relative adverb", "[[Ann Lee|PER]] confirmed her place in the [[Vell Cup|EVENT]] in [[Harlow|LOC]] on Monday, where she will face [[Bo Ek|PER]].", []string{"Ann Lee | kg:confirmedPlaceIn | Vell Cup | verb-pattern"}},
		{"a participle and a capitalised noun are a name's words", "Ministers signed the [[Treaty|MISC]] establishing a Constitution for the [[Norland Union|ORG]] in May.", nil},
		{"a day's name after a verb", "[[Bo Ek|PER]] signed Thursday with [[Acme|ORG]] for a year.", []string{"Bo Ek | kg:signedThursdayWith | Acme | verb-pattern"}},
		{"an adverb and of make one preposition", "[[Acme|ORG]] moved ahead of [[Vell Power|ORG]] in the polls.", []string{"Acme | kg:movedAheadOf | Vell Power | verb-pattern"}},
		{"an adverb before another preposition modifies the verb", "[[Ann Lee|PER]] is also in [[Harlow|LOC]] this week.", []string{"Ann Lee | kg:isIn | Harlow | verb-pattern"}},
		{"that after a time word", "[[Acme|ORG]] announced today that [[Vell Power|ORG]] will close.", nil},
		{"whether after a verb", "The [[Acme Court|ORG]] is weighing whether [[Norland|LOC]] may ban imports.", nil},
		{"object before its apposition and a verb is that verb's subject", "[[Ann Lee|PER]] denied [[Bo Ek|PER]], her deputy, said the plan was dead.", nil},
		{"object before its apposition and a time", "[[Ann Lee|PER]] met [[Bo Ek|PER]], her deputy, on Monday.", []string{"Ann Lee | kg:met | Bo Ek | verb-pattern"}},
		{"the second as of a comparison", "[[Ann Lee|PER]] knows it as well as [[Bo Ek|PER]].", nil},
		{"a preposition of two words opens an adjunct of time", "[[Ann Lee|PER]] was hurt prior to a [[Vell Cup|EVENT]] final.", nil},
		{"a preposition of two words opens an adjunct of cause", "[[Acme|ORG]] closed due to [[Vell Power|ORG]]'s strike.", nil},
		{"a preposition of two words opens a source", "[[Acme|ORG]] rose according to [[Vell Power|ORG]].", nil},
		{"a verb and its own preposition", "[[Ann Lee|PER]] was hurt in [[Harlow|LOC]].", []string{"Ann Lee | kg:wasHurtIn | Harlow | verb-pattern"}},
		{"a person's name after a work's noun is the work's title", "[[Ann Lee|PER]] is one half of the [[Acme Radio|ORG]] show [[Bo|PER]] on Sundays.", nil},
		{"a name that runs on past and after a work's noun is the work's title", "[[Ann Lee|PER]] is one half of the [[Acme Radio|ORG]] show [[Bo|ORG]] and Cy.", nil},
		{"a person's name after a person's noun", "[[Ann Lee|PER]] met the [[Acme Radio|ORG]] presenter [[Bo Ek|PER]] on Monday.", []string{"Ann Lee | kg:met | Bo Ek | verb-pattern"}},
		{"an object moved into a lead by the deed", "[[Ann Lee|PER]] headed [[Harlow|ORG]] into the lead.", nil},
		{"an object moved into a place", "[[Ann Lee|PER]] drove [[Bo Ek|PER]] into [[Harlow|LOC]].", []string{"Ann Lee | kg:drove | Bo Ek | verb-pattern"}},
		{"a bare verb after a finite one is its object noun", "[[Ann Lee|PER]] holds serve to force a decider against [[Bo Ek|PER]].", nil},
		{"then after a condition opens a consequent (if-then)", "If the deal is signed by May, then [[Bo Ek|PER]] moves to [[Vell Power|ORG]] as its chief.", nil},
		{"then without a condition states what happened", "The show closed, then [[Ann Lee|PER]] joined [[Acme|ORG]] as a star.", []string{"Ann Lee | kg:joined | Acme | verb-pattern"}},
		{"a thing's name of two words right before another name is one name cut in two (miscellaneous-cut)", "[[Star Pilot Two|MISC]] was a remake of [[Dune Racer Max|MISC]] [[Harlow Bay|LOC]] for phones.", nil},
		{"a one-word demonym right before a person's name is no piece of it", "[[Ann Lee|PER]] met [[Norlandic|MISC]] [[Bo Ek|PER]] on Monday.", []string{"Ann Lee | kg:met | Bo Ek | verb-pattern"}},
		{"a light verb's noun tagged an adverb is kept (rb-noun-kept)", "On Friday [[Bo Ek|PER]] lavished praise on [[Acme|ORG]] in a speech.", []string{"Bo Ek | kg:lavishedPraiseOn | Acme | verb-pattern"}},
		{"a name before a second object receives what the verb gives (second-object)", "[[Bo Ek|PER]] offered the [[Tarvik Museum|ORG]] a rare painting.", nil},
		{"a second object past a name in its noun phrase (second-object)", "[[Ann Lee|PER]] sold [[Bo Ek|PER]] a [[Harlow Fair|EVENT]] season ticket.", nil},
		{"a span of time after the object is no second object (second-object)", "[[Ann Lee|PER]] met [[Bo Ek|PER]] the next day.", []string{"Ann Lee | kg:met | Bo Ek | verb-pattern"}},
		{"a noun after the object that opens a clause is no second object (second-object)", "[[Ann Lee|PER]] told [[Acme Radio|ORG]] the plan was dead.", []string{"Ann Lee | kg:told | Acme Radio | verb-pattern"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := relationsOf(t, r, tc.text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestJobTitles(t *testing.T) {
	res := buildResult(t, "[[Acme|ORG]] chief executive [[Ann Lee|PER]] met Prime Minister [[Bo Ek|PER]] and [[Cy Fox|PER]], a former senior adviser to [[Bo Ek|PER]]. The sprinters [[Di Ray|PER]] and [[Ed Holt|PER]] came. [[Fe Lo|PER]] MP spoke. Guests were [[Gil Moss|PER]], the former hurdler [[Hal Pike|PER]] and actress [[Ida Cole|PER]]. The plan will fail, said shadow home secretary [[Jo Park|PER]]. [[Kit Lund|PER]], the guitarist's stepsister, said so. Sales rose, said market analysts [[Lo Vance|PER]]. [[Vell|PER]] MEP [[Mo Rand|PER]] welcomed it.")
	if err := New(&Options{NoClassifier: true, NoOpen: true}).Process(res); err != nil {
		t.Fatal(err)
	}
	want := []string{"Ann Lee | chief executive", "Bo Ek | Prime Minister", "Cy Fox | former senior adviser", "Di Ray | sprinter", "Ed Holt | sprinter", "Fe Lo | MP", "Hal Pike | former hurdler", "Ida Cole | actress", "Jo Park | shadow home secretary", "Mo Rand | MEP"}
	if diff := cmp.Diff(want, sortedCopy(formatTitles(res))); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestCamel(t *testing.T) {
	for in, want := range map[string]string{
		"claimed responsibility for": "claimedResponsibilityFor",
		"warned":                     "warned",
		"was killed by":              "wasKilledBy",
		"co-operated with":           "coOperatedWith",
		"'s":                         "s",
	} {
		if got := camel(strings.Fields(in)); got != want {
			t.Errorf("camel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCleanLabel(t *testing.T) {
	for in, want := range map[string]string{
		", a branch of the": "a branch of",
		"of":                "of",
		", ":                "",
		"said the":          "said",
	} {
		if got := cleanLabel(in); got != want {
			t.Errorf("cleanLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStatesRelation(t *testing.T) {
	tests := []struct {
		name   string
		pred   string
		labels []string
		want   bool
	}{
		{"joined states employment", schema.WorksFor, []string{"joined"}, true},
		{"sacked by states employment", schema.WorksFor, []string{"sacked by"}, true},
		{"told does not", schema.WorksFor, []string{"told"}, false},
		{"born in states home", schema.HomeLocation, []string{"was born in"}, true},
		{"accused does not", schema.HomeLocation, []string{"accused"}, false},
		{"any of several", schema.HomeLocation, []string{"visited", "lives in"}, true},
		{"killed states killing", schema.Killed, []string{"shot dead"}, true},
		{"without does not", schema.Killed, []string{"was already without"}, false},
		{"no verbs for the predicate", schema.AreaServed, []string{"serves"}, false},
		{"a copula describes", schema.ContainedInPlace, []string{"is a village in"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := statesRelation(tc.pred, tc.labels); got != tc.want {
				t.Errorf("statesRelation(%s, %q) = %v, want %v", tc.pred, tc.labels, got, tc.want)
			}
		})
	}
}

// TestClassifierDefersToVerb checks, with the shipped classifier, that no
// classifier relation joins two entities that a verb between them relates
// unless that verb states the relation.
func TestClassifierDefersToVerb(t *testing.T) {
	r := New(nil)
	for _, text := range []string{
		"[[Ann Lee|PER]] accused [[Harlow|LOC]] of blackmail on Monday.",
		"[[Ann Lee|PER]] visited [[Harlow|LOC]] in May.",
		"[[Ann Lee|PER]], a lawyer from [[Harlow|LOC]], sued [[Acme Bank|ORG]].",
		"[[Ann Lee|PER]] joined [[Acme Bank|ORG]] in 1998.",
		"[[Bo Ek|PER]] offered [[Norland|LOC]] access to its oil.",
	} {
		res := buildResult(t, text)
		if err := r.Process(res); err != nil {
			t.Fatal(err)
		}
		verbs := map[[2]int][]string{}
		for _, rel := range res.Relations {
			if rel.Method == MethodVerbPattern {
				verbs[[2]int{rel.Subject, rel.Object}] = append(verbs[[2]int{rel.Subject, rel.Object}], rel.Label)
				verbs[[2]int{rel.Object, rel.Subject}] = append(verbs[[2]int{rel.Object, rel.Subject}], rel.Label)
			}
		}
		for _, rel := range res.Relations {
			if l, ok := verbs[[2]int{rel.Subject, rel.Object}]; ok && rel.Method == MethodClassifier && !statesRelation(rel.Predicate, l) {
				t.Errorf("%s: classifier relation %v beside verb %q", text, formatRelations(res), l)
			}
		}
	}
}

// TestClassifierNeedsTypedPlaces checks that, once a typing stage has run,
// the classifier relates people and organisations only to places it
// confirmed (a class), not to names the recognizer alone called places.
func TestClassifierNeedsTypedPlaces(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true})
	res := buildResult(t, "[[Ann Lee|PER]] of [[Harlow|LOC]] met [[Bo Ek|PER]] of [[Tarvik|LOC]] on Monday.")
	for i, e := range res.Entities {
		if e.Name == "Harlow" {
			res.Entities[i].Class = "City"
		}
	}
	if err := r.Process(res); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(formatRelations(res), "\n")
	if !strings.Contains(got, "Ann Lee | schema:homeLocation | Harlow | classifier") {
		t.Errorf("no classifier relation to the typed place:\n%s", got)
	}
	if strings.Contains(got, "Tarvik") {
		t.Errorf("classifier relation to an untyped place:\n%s", got)
	}
}

// TestWorkLocationNeedsTypedPlace checks that, once a typing stage has
// run, an office gives a place of work only in a place it classed as a
// city, a division or a country, not in a name it placed nowhere ("head
// of Distribution").
func TestWorkLocationNeedsTypedPlace(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	res := buildResult(t, "[[Ann Lee|PER]], the mayor of [[Harlow|LOC]], met [[Bo Ek|PER]], head of [[Tarvik Digital|LOC]], on Monday.")
	for i, e := range res.Entities {
		switch e.Name {
		case "Harlow":
			res.Entities[i].Class = "City"
		case "Tarvik Digital":
			res.Entities[i].Class = "Place"
		}
	}
	if err := r.Process(res); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(formatRelations(res), "\n")
	if !strings.Contains(got, "Ann Lee | schema:workLocation | Harlow") {
		t.Errorf("no place of work in the city:\n%s", got)
	}
	if strings.Contains(got, "Tarvik") {
		t.Errorf("a place of work in a name placed nowhere:\n%s", got)
	}
}

// TestOfNeedsTypedPlace checks that, once a typing stage has run, "of"
// gives a home only in a town, a region or a country (not a church or a
// venue), and a body's place only when typing classed one of the two
// (not a work's title cut in two).
func TestOfNeedsTypedPlace(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a home in a town", "[[Ann Lee|PER]], of [[Harlow|LOC]], spoke on Monday.", []string{"Ann Lee | schema:homeLocation | Harlow | of | of"}},
		{"a church is no home", "[[Ann Lee|PER]], of the [[Harlow Hope Church|LOC]], spoke on Monday.", nil},
		{"a classed body in a place", "The [[Acme Bank|ORG]] of [[Harlow|LOC]] closed on Monday.", []string{"Acme Bank | schema:location | Harlow | of | of"}},
		{"a title cut in two", "[[Nine Shades|ORG]] of [[Grey|LOC]] won on Monday.", nil},
		{"a bare plural noun before of and a classed place is a title cut in two (plural-title)", "Ticket sales for [[Ravens|ORG]] of the [[Vell Coast|LOC]] doubled last month.", nil},
		{"a body of one word that is no plural noun keeps its place", "[[Acme|ORG]] of [[Harlow|LOC]] closed on Monday.", []string{"Acme | schema:location | Harlow | of | of"}},
	}
	classes := map[string]string{"Harlow": "City", "Harlow Hope Church": "Place", "Acme Bank": "Corporation", "Vell Coast": "Continent"}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := buildResult(t, tc.text)
			for i, e := range res.Entities {
				res.Entities[i].Class = classes[e.Name]
			}
			// Typing ran: some entity of the document has a class.
			res.Entities = append(res.Entities, extract.Entity{Name: "Vell", Type: extract.Location, Class: "Country"})
			if err := r.Process(res); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, formatRelations(res)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestClassifierOfficeNoHome checks that the classifier gives no home in
// a place (not a country) that an office's word follows: the office is
// held there ("Harlow manager X").
func TestClassifierOfficeNoHome(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true})
	res := buildResult(t, "[[Harlow|LOC]] manager [[Ann Lee|PER]] met [[Bo Ek|PER]] of [[Tarvik|LOC]] on Monday.")
	for i, e := range res.Entities {
		if e.Name == "Harlow" || e.Name == "Tarvik" {
			res.Entities[i].Class = "City"
		}
	}
	if err := r.Process(res); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(formatRelations(res), "\n")
	if strings.Contains(got, "Ann Lee | schema:homeLocation") {
		t.Errorf("a home where an office is held:\n%s", got)
	}
	if !strings.Contains(got, "Bo Ek | schema:homeLocation | Tarvik") {
		t.Errorf("no home from \"of\":\n%s", got)
	}
}

// TestDemonymTrade checks that a country's adjective before a trade or a
// sport's role gives its holder's nationality, and before an office of
// state the place the office is held in.
func TestDemonymTrade(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a sport's role outside sport", "[[Ann Lee|PER]], the [[Ostmarkish|LOC]] football coach who led [[Acme|ORG]] to the title, died.", "Ann Lee | schema:nationality | Ostmark | appositive"},
		{"a work's trade", "[[Ostmarkish|LOC]] film director [[Ann Lee|PER]] won a prize.", "Ann Lee | schema:nationality | Ostmark | title"},
		{"a performer", "[[Ostmarkish|LOC]] actor [[Ann Lee|PER]] won a prize.", "Ann Lee | schema:nationality | Ostmark | title"},
		{"an office of state", "[[Ostmarkish|LOC]] President [[Ann Lee|PER]] won a vote.", "Ann Lee | schema:workLocation | Ostmark | title"},
		{"a match official", "[[Ostmarkish|LOC]] referee [[Ann Lee|PER]] sent off two players.", "Ann Lee | schema:nationality | Ostmark | title"},
		{"a director of films or plays", "[[Ostmarkish|LOC]] director [[Ann Lee|PER]] won a prize.", "Ann Lee | schema:nationality | Ostmark | title"},
		{"a rank of birth", "[[Ostmarkish|LOC]] prince [[Ann Lee|PER]] bought shares.", "Ann Lee | schema:nationality | Ostmark | title"},
		{"a sovereign reigns in the country", "[[Ostmarkish|LOC]] King [[Ann Lee|PER]] opened the session.", "Ann Lee | schema:workLocation | Ostmark | title"},
		{"the country's name before an office", "[[Ostmark|LOC]] coach [[Ann Lee|PER]] won a prize.", "Ann Lee | schema:workLocation | Ostmark | title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			for i, e := range res.Entities {
				if strings.HasPrefix(e.Name, "Ostmark") {
					res.Entities[i].Name, res.Entities[i].Class = "Ostmark", typing.ClassCountry
				}
			}
			if err := New(nil).Process(res); err != nil {
				t.Fatal(err)
			}
			got := formatRelations(res)
			if !slices.ContainsFunc(got, func(l string) bool { return strings.HasPrefix(l, tt.want) }) {
				t.Errorf("want %q, got:\n%s", tt.want, strings.Join(got, "\n"))
			}
		})
	}
}

// TestContinentNoNationality checks that a continent or a world region is
// no one's nationality nor, by the classifier, home ("chief Vellish
// strategist X" of Vellia, a continent).
func TestContinentNoNationality(t *testing.T) {
	r := New(nil)
	res := buildResult(t, "The bank's chief [[Vellish|LOC]] strategist [[Ann Lee|PER]] and [[Ostmark|LOC]] sprinter [[Bo Ek|PER]] spoke.")
	for i, e := range res.Entities {
		switch e.Name {
		case "Vellish":
			res.Entities[i].Class = "Continent"
		case "Ostmark":
			res.Entities[i].Class = "Country"
		}
	}
	if err := r.Process(res); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(formatRelations(res), "\n")
	if strings.Contains(got, "Ann Lee") {
		t.Errorf("a relation to a continent:\n%s", got)
	}
	if !strings.Contains(got, "Bo Ek | schema:nationality | Ostmark") {
		t.Errorf("no nationality from a country:\n%s", got)
	}
}

// TestClassifierPlaceSizes checks that the classifier puts no place inside
// one as large as itself or larger, and still a city inside a country.
func TestClassifierPlaceSizes(t *testing.T) {
	checkPlaceRelations(t, New(&Options{NoConstructions: true, NoOpen: true}),
		map[string]string{"Harlow": "City", "Ostmark": "Country", "Norland": "Country", "Velden": "AdministrativeArea"},
		[]placeCase{
			{"[[Harlow|LOC]] is a port in [[Ostmark|LOC]].", "Harlow | schema:containedInPlace | Ostmark", ""},
			{"[[Ostmark|LOC]] lies in [[Norland|LOC]], the report said.", "", "Ostmark | schema:containedInPlace | Norland"},
			{"[[Velden|LOC]] is a city in [[Harlow|LOC]].", "", "Velden | schema:containedInPlace | Harlow"},
		})
}

// TestClassifierContinentNotInside checks that the classifier puts no
// continent or world region inside a country ("Velmar, Ostmark"), where
// it puts a region.
func TestClassifierContinentNotInside(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true, MinClassifierScore: 0.01})
	const text, rel = "The port is in [[Velmar|LOC]], [[Ostmark|LOC]].", "Velmar | schema:containedInPlace | Ostmark"
	for _, tc := range []struct {
		name, class string
		want        bool
	}{
		{"a region is in a country", "AdministrativeArea", true},
		{"a continent is not", "Continent", false},
	} {
		checkPlaceRelations(t, r, map[string]string{"Velmar": tc.class, "Ostmark": "Country"}, []placeCase{
			{text, map[bool]string{true: rel}[tc.want], map[bool]string{false: rel}[tc.want]},
		})
	}
}

// placeCase is a text, a relation it must give and one it must not ("" for
// none).
type placeCase struct{ text, want, notWant string }

// checkPlaceRelations runs r on each case's text with the entities given
// classes (typing does not run here) and checks the relations.
func checkPlaceRelations(t *testing.T, r *Relater, classes map[string]string, cases []placeCase) {
	t.Helper()
	for _, tc := range cases {
		res := buildResult(t, tc.text)
		for i, e := range res.Entities {
			res.Entities[i].Class = classes[e.Name]
		}
		if err := r.Process(res); err != nil {
			t.Fatal(err)
		}
		got := strings.Join(formatRelations(res), "\n")
		if tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%s: no %q in:\n%s", tc.text, tc.want, got)
		}
		if tc.notWant != "" && strings.Contains(got, tc.notWant) {
			t.Errorf("%s: %q in:\n%s", tc.text, tc.notWant, got)
		}
	}
}

func TestClassifierNotThroughRelatives(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true})
	for _, text := range []string{
		"The father of [[Bo Ek|PER]] was shot dead by [[Cy Ray|PER]] in [[Harlow|LOC]].",
		"[[Bo Ek|PER]]'s wife was murdered by [[Cy Ray|PER]] last year.",
	} {
		for _, rel := range relationsOf(t, r, text) {
			if strings.Contains(rel, "Bo Ek") {
				t.Errorf("%s: %s", text, rel)
			}
		}
	}
}

func TestClassifierNoWorkForOccasion(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true})
	for _, text := range []string{
		"[[Ann Lee|PER]] of [[Harlow Film Awards|ORG]] said the winners would be named in May.",
		"[[Ann Lee|PER]] of [[Acme Bank|ORG]] said the bank would close.",
	} {
		res := buildResult(t, text)
		if err := r.Process(res); err != nil {
			t.Fatal(err)
		}
		got := strings.Join(formatRelations(res), "\n")
		if strings.Contains(got, "Awards") {
			t.Errorf("%s: a relation to the awards:\n%s", text, got)
		}
		if strings.Contains(text, "Acme") && !strings.Contains(got, "Ann Lee | schema:worksFor | Acme Bank | classifier") {
			t.Errorf("%s: no worksFor:\n%s", text, got)
		}
	}
}

// TestDateline checks that no classifier relation reaches a dateline, the
// place a report was filed from, nor places its agency or the source of
// a credit line.
func TestDateline(t *testing.T) {
	r := New(nil)
	for _, text := range []string{
		"[[HARLOW|LOC]] - [[Ann Lee|PER]] of [[Acme Bank|ORG]] said on Monday the bank would close.",
		"[[Harlow|LOC]] ([[Wirenews|ORG]]) - [[Ann Lee|PER]] of [[Acme Bank|ORG]] said on Monday the bank would close.",
		"[[HARLOW|LOC]], [[Norland|LOC]] -- [[Ann Lee|PER]], who lives in [[Tarvik|LOC]], spoke.",
		"[[HARLOW|LOC]] ([[Wirenews|ORG]]) — [[Ann Lee|PER]] of [[Acme Bank|ORG]] said the bank would close.",
		"[[HARLOW|LOC]] ([[Wirenews|ORG]]) - [[Norland|LOC]] bus fares fell in May for the second time this year.",
		// A credit line's source, as AG News gives it.
		"[[Wirenews|ORG]] - [[Norland|LOC]] said on Monday it would close its border with [[Ostmark|LOC]].",
		"[[Wirenews|ORG]] - Some 30,000 [[Norland|LOC]] refugees crossed into [[Ostmark|LOC]] last week.",
		"[[Wirenews|ORG]] - [[Norland|LOC]] bus fares fell in May for the second time this year.",
	} {
		res := buildResult(t, text)
		if err := r.Process(res); err != nil {
			t.Fatal(err)
		}
		for _, rel := range res.Relations {
			if rel.Method != MethodClassifier {
				continue
			}
			for _, e := range []int{rel.Subject, rel.Object} {
				if n := res.Entities[e].Name; n == "Harlow" || n == "HARLOW" || n == "Norland" || n == "Wirenews" && rel.Predicate != schema.WorksFor {
					t.Errorf("%s: classifier relation to the dateline: %v", text, formatRelations(res))
				}
			}
		}
	}
}

func TestPruneHomeCountries(t *testing.T) {
	ents := []extract.Entity{
		{Name: "Ann Lee", Type: extract.Person},
		{Name: "Bo Ek", Type: extract.Person},
		{Name: "Ostmark", Type: extract.Location, Class: "Country"},
		{Name: "Norland", Type: extract.Location, Class: "Country"},
		{Name: "Velden", Type: extract.Location, Class: "Country"},
		{Name: "Harlow", Type: extract.Location, Class: "City"},
	}
	rel := func(s int, p string, o int, method string, score float64) extract.Relation {
		return extract.Relation{Subject: s, Predicate: p, Object: o, Method: method, Score: score, Claim: -1}
	}
	res := &extract.Result{Entities: ents, Relations: []extract.Relation{
		rel(0, schema.WorkLocation, 2, MethodTitle, 0.9),      // "Ostmark's president Ann Lee"
		rel(0, schema.HomeLocation, 3, MethodClassifier, 0.9), // another country: goes
		rel(0, schema.HomeLocation, 2, MethodClassifier, 0.7), // the title's country: stays
		rel(0, schema.HomeLocation, 5, MethodClassifier, 0.8), // a city: stays
		rel(1, schema.HomeLocation, 3, MethodClassifier, 0.7), // no anchor: the surest country stays
		rel(1, schema.HomeLocation, 4, MethodClassifier, 0.9),
	}}
	var got []string
	for _, r := range pruneHomeCountries(res, 0) {
		got = append(got, fmt.Sprintf("%s %s %s", ents[r.Subject].Name, short(r.Predicate), ents[r.Object].Name))
	}
	want := []string{
		"Ann Lee schema:workLocation Ostmark",
		"Ann Lee schema:homeLocation Ostmark",
		"Ann Lee schema:homeLocation Harlow",
		"Bo Ek schema:homeLocation Velden",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pruneHomeCountries (-want +got):\n%s", diff)
	}
}

// TestNationalityBefore covers the nationality construction: a country
// before a person's occupation and name, not before an office nor across
// a noun the country modifies instead.
func TestNationalityBefore(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a demonym and two names", "[[Norlandic|LOC]] pilgrims [[Ann Lee|PER]] and [[Bo Ek|PER]] withdrew.",
			[]string{"Ann Lee | schema:nationality | Norlandic | nationality", "Bo Ek | schema:nationality | Norlandic | nationality"}},
		{"a country's name and modifiers", "Veteran [[Norland|LOC]] television host [[Ann Lee|PER]] fell ill.",
			[]string{"Ann Lee | schema:nationality | Norland | nationality"}},
		{"a singular noun is one person's", "[[Norlandic|LOC]] warrior [[Ann Lee|PER]] and [[Bo Ek|PER]] met.",
			[]string{"Ann Lee | schema:nationality | Norlandic | nationality"}},
		{"an office is a place of work, not this", "[[Norland|LOC]] senator [[Ann Lee|PER]] spoke.", nil},
		{"a war the country modifies", "[[Norland|LOC]] war veteran [[Ann Lee|PER]] spoke.", nil},
		{"a city is no nationality", "[[Harlow|LOC]] taxi driver [[Ann Lee|PER]] spoke.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := countryRelations(t, r, tt.text, func(e extract.Entity) bool { return e.Type == extract.Location && e.Name != "Harlow" }, "nationality")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestNationalityAfter covers the nationality construction after the
// name: a country before a person's noun in apposition or after a verb of
// being.
func TestNationalityAfter(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	tests := []struct {
		name, text string
		want       []string
	}{
		{"in apposition", "[[Ann Lee|PER]], a [[Norlandic|LOC]] painter, said so.", []string{"Ann Lee | schema:nationality | Norlandic | nationality"}},
		{"a past verb and a relative clause", "[[Ann Lee|PER]] was a [[Norland|LOC]] novelist who lived abroad.", []string{"Ann Lee | schema:nationality | Norland | nationality"}},
		{"the noun modifies another", "[[Ann Lee|PER]] is a [[Norlandic|LOC]] painter's agent.", nil},
		{"an office is held in the country", "[[Ann Lee|PER]] is the [[Norlandic|LOC]] president.", nil},
		{"an envoy is the country's, posted elsewhere", "[[Ann Lee|PER]] is the [[Norlandic|LOC]] ambassador.", []string{"Ann Lee | schema:nationality | Norlandic | copula"}},
		{"a city is no nationality", "[[Ann Lee|PER]], a [[Harlow|LOC]] painter, said so.", nil},
		{"adjectives before the country, after a bracket", "[[Ann Lee|PER]] (born 12 May 1950 in [[Harlow|LOC]]) is a retired [[Norlandic|LOC]] ice hockey player.", []string{"Ann Lee | schema:nationality | Norlandic | nationality"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := countryRelations(t, r, tt.text, func(e extract.Entity) bool { return e.Type == extract.Location && e.Name != "Harlow" }, "nationality")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestKinBefore covers what the kin construction leaves alone.
func TestKinBefore(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a family noun by a verb of being", "[[Ann Lee|PER]] is the daughter of [[Bo Lee|PER]]. [[Cy Fox|PER]] was the younger brother of [[Dan Fox|PER]].", []string{"Ann Lee | schema:parent | Bo Lee | kin", "Cy Fox | schema:sibling | Dan Fox | kin"}},
		{"no relative's possessive nor former by a verb of being", "[[Ann Lee|PER]] is the daughter of [[Bo Lee|PER]]'s driver. [[Cy Fox|PER]] is the former wife of [[Dan Fox|PER]].", nil},
		{"whose and a family noun", "[[Ann Lee|PER]], whose father [[Bo Lee|PER]] was a painter, sang.", []string{"Ann Lee | schema:parent | Bo Lee | kin"}},
		{"a bare family noun after a name's comma", "[[Ann Lee|PER]], husband [[Bo Lee|PER]] and their son arrived.", []string{"Ann Lee | schema:spouse | Bo Lee | kin"}},
		{"a list of relatives", "She thanked her mother [[Ann Lee|PER]], father [[Bo Lee|PER]] and sister [[Cy Lee|PER]].", nil},
		{"a list after a determiner", "They met the [[Ann Lee|PER]], wife [[Di Orr|PER]] said.", nil},
		{"a father", "[[Ann Lee|PER]]'s father [[Bo Lee|PER]] died.", []string{"Ann Lee | schema:parent | Bo Lee | kin"}},
		{"a sister", "[[Ann Lee|PER]] and her sister [[Cy Lee|PER]] won.", []string{"Ann Lee | schema:sibling | Cy Lee | kin"}},
		{"no longer married", "[[Ann Lee|PER]]'s former husband [[Bo Ek|PER]] spoke.", nil},
		{"a partner may be a business's", "[[Ann Lee|PER]]'s partner [[Bo Ek|PER]] runs the firm.", nil},
		{"an organisation has no family", "[[Acme|ORG]]'s father [[Bo Ek|PER]] spoke.", nil},
		{"an ally", "[[Ann Lee|PER]]'s closest ally [[Bo Ek|PER]] spoke.", []string{"Ann Lee | schema:colleague | Bo Ek | kin"}},
		{"a rival", "[[Ann Lee|PER]] and her rival [[Bo Ek|PER]] spoke.", []string{"Ann Lee | kg:opponent | Bo Ek | kin"}},
		{"a one-word 'person' may be a club", "[[Harlow|PER]]'s ally [[Bo Ek|PER]] spoke.", nil},
		{"a mother by apposition", "[[Jo Lee|PER]], [[Ann Lee|PER]]'s mother, spoke.", []string{"Ann Lee | schema:parent | Jo Lee | kin"}},
		{"a wife of, by apposition", "[[Bo Ek|PER]], the wife of [[Cy Ek|PER]], spoke.", []string{"Bo Ek | schema:spouse | Cy Ek | kin"}},
		{"no former wife by apposition", "[[Di Ray|PER]], [[Ed Ray|PER]]'s former wife, spoke. [[Fe Lo|PER]], the ex-wife of [[Al Lo|PER]], spoke.", nil},
		{"a title before the possessor", "[[Jo Lee|PER]], the actor [[Ann Lee|PER]]'s mother, spoke.", []string{"Ann Lee | schema:parent | Jo Lee | kin"}},
		{"a son by apposition", "[[Fe Lo|PER]], [[Al Lo|PER]]'s son, spoke.", []string{"Fe Lo | schema:parent | Al Lo | kin"}},
		{"an ally by apposition, after a title and a superlative", "[[Bo Ek|PER]], Chancellor [[Ann Lee|PER]]'s closest ally, spoke.", []string{"Bo Ek | schema:colleague | Ann Lee | kin"}},
		{"a rival by apposition", "[[Ola Berg|PER]], [[Tim Sand|PER]]'s biggest rival, agreed.", []string{"Ola Berg | kg:opponent | Tim Sand | kin"}},
		{"the subject's arch-rival by his", "[[Cy Fox|PER]] will face his arch-rival [[Dan Pell|PER]] on Sunday.", []string{"Cy Fox | kg:opponent | Dan Pell | kin"}},
		{"his, with two people before it, is no one's", "[[Cy Fox|PER]] told [[Ann Lee|PER]] about his wife [[Dan Pell|PER]].", nil},
		{"her after another's pronoun before the one name (pronoun-before)", "After she learnt her husband, [[Bo Ek|PER]], had an affair with her sister [[Cy Ray|PER]], she left.", nil},
		{"her in a phrase that opens the sentence before the name (pronoun-before)", "Later in her career, [[Ann Lee|PER]] met her sister [[Cy Lee|PER]].", []string{"Ann Lee | schema:sibling | Cy Lee | kin"}},
		{"his after a pronoun of the other gender (pronoun-before)", "After she left, [[Bo Ek|PER]] came with his brother [[Cy Ek|PER]].", []string{"Bo Ek | schema:sibling | Cy Ek | kin"}},
		{"his after the subject's pronoun, past the name (pronoun-before)", "[[Bo Ek|PER]] said he was concerned for his son [[Cy Ek|PER]].", []string{"Cy Ek | schema:parent | Bo Ek | kin"}},
		{"her opening the sentence after one about the one person (opening-kin)", "[[Ann Lee|PER]] denies the charge. Her mother [[Cy Lee|PER]] told reporters she was innocent.", []string{"Ann Lee | schema:parent | Cy Lee | kin"}},
		{"her husband set off by commas opening the sentence (opening-kin)", "[[Ann Lee|PER]] denies the charge. Her husband, [[Bo Ek|PER]], said she was innocent.", []string{"Ann Lee | schema:spouse | Bo Ek | kin"}},
		{"his son opening the sentence (opening-kin)", "[[Bo Ek|PER]] was freed on Monday. His eldest son [[Cy Ek|PER]] met him.", []string{"Cy Ek | schema:parent | Bo Ek | kin"}},
		{"his after a sentence that names two people (opening-kin)", "[[Bo Ek|PER]] met [[Di Ray|PER]] on Monday. His brother [[Cy Ek|PER]] spoke.", nil},
		{"her former husband opening the sentence (opening-kin)", "[[Ann Lee|PER]] left on Monday. Her former husband [[Bo Ek|PER]] stayed.", nil},
		{"her rival opening the sentence (opening-kin)", "[[Ann Lee|PER]] won on Monday. Her rival [[Bo Ek|PER]] came second.", nil},
		{"a team-mate", "[[Ann Lee|PER]]'s team-mate [[Bo Ek|PER]] scored.", []string{"Ann Lee | schema:colleague | Bo Ek | kin"}},
		{"a team-mate at a club", "[[Ann Lee|PER]]'s [[Harlow|ORG]] team-mate [[Bo Ek|PER]] scored.", []string{"Ann Lee | schema:colleague | Bo Ek | kin"}},
		{"a club names no wife", "[[Ann Lee|PER]]'s [[Harlow|ORG]] wife [[Bo Ek|PER]] spoke.", nil},
		{"the noun set off by commas, past fellow and a proper adjective", "[[Ann Lee|PER]]'s main rival, fellow [[Norlandic|LOC]] [[Bo Ek|PER]], will race.", []string{"Ann Lee | kg:opponent | Bo Ek | kin"}},
		{"a comma that opens a list", "[[Ann Lee|PER]]'s sons, [[Bo Ek|PER]] and [[Cy Ek|PER]], spoke.", nil},
		{"has a daughter, set off by commas", "[[Ann Lee|PER]] has a daughter, [[Di Lee|PER]], with her husband.", []string{"Di Lee | schema:parent | Ann Lee | kin"}},
		{"has a daughter, two people before", "[[Ann Lee|PER]] met [[Cy Fox|PER]], who has a daughter, [[Di Fox|PER]].", nil},
		{"a plural noun before a list is each one's", "[[Ann Lee|PER]]'s sons [[Bo Ek|PER]] and [[Cy Ek|PER]] spoke.", []string{"Bo Ek | schema:parent | Ann Lee | kin", "Cy Ek | schema:parent | Ann Lee | kin"}},
		{"with bandmates, the subject's", "[[Ann Lee|PER]] held a press conference in [[Harlow|LOC]] with bandmates [[Bo Ek|PER]] and [[Cy Orr|PER]].", []string{"Ann Lee | schema:colleague | Bo Ek | kin", "Ann Lee | schema:colleague | Cy Orr | kin"}},
		{"with a team-mate", "[[Ann Lee|PER]] won after a duel with team-mate [[Bo Ek|PER]].", []string{"Ann Lee | schema:colleague | Bo Ek | kin"}},
		{"with clubmates", "[[Ann Lee|PER]] trained with clubmates [[Bo Ek|PER]] and [[Cy Orr|PER]].", []string{"Ann Lee | schema:colleague | Bo Ek | kin", "Ann Lee | schema:colleague | Cy Orr | kin"}},
		{"with a bare family noun: whose is unclear", "[[Ann Lee|PER]] spoke with parents [[Bo Ek|PER]] and [[Cy Orr|PER]].", nil},
		{"with housemates: no associates", "[[Ann Lee|PER]] lived with housemates [[Bo Ek|PER]] and [[Cy Orr|PER]].", nil},
		{"with associates, two people before", "[[Ann Lee|PER]] told [[Di Fox|PER]] to train with team-mates [[Bo Ek|PER]] and [[Cy Orr|PER]].", nil},
	}
	checkMethod(t, r, "kin", tests)
}

// checkMethod runs r on each row's marked text and compares the relations
// the method made with the row's.
func checkMethod(t *testing.T, r *Relater, method string, tests []struct {
	name, text string
	want       []string
}) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range relationsOf(t, r, tt.text) {
				if strings.HasSuffix(l, "| "+method) {
					got = append(got, l)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestLife covers the life construction and what it leaves alone.
func TestLife(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	checkMethod(t, r, "life", []struct {
		name, text string
		want       []string
	}{
		{"studied at", "[[Ann Lee|PER]] studied at [[Pellam University|ORG]].", []string{"Ann Lee | schema:alumniOf | Pellam University | life"}},
		{"graduated from", "[[Ann Lee|PER]] graduated from [[Pellam University|ORG]] in 1990.", []string{"Ann Lee | schema:alumniOf | Pellam University | life"}},
		{"founded by two", "[[Acme|ORG]], founded by [[Ann Lee|PER]] and [[Bo Ek|PER]], grew.", []string{"Acme | schema:founder | Ann Lee | life", "Acme | schema:founder | Bo Ek | life"}},
		{"founded by no one named", "[[Acme|ORG]], founded by former [[Vell|ORG]] staff, grew.", nil},
		{"set up and established", "[[Ann Lee|PER]] set up [[Acme|ORG]] in 1990. [[Vell Trust|ORG]] was established by [[Bo Ek|PER]].", []string{"Acme | schema:founder | Ann Lee | life", "Vell Trust | schema:founder | Bo Ek | life"}},
		{"found is not founded", "[[Ann Lee|PER]] found [[Acme|ORG]] in a mess.", nil},
		{"died of, not in a place", "[[Ann Lee|PER]] died of cancer, her family in [[Harlow|LOC]] said.", nil},
		{"a place far after the verb", "[[Ann Lee|PER]] was born to a farming family that later moved to [[Harlow|LOC]].", nil},
		{"born in, opening the sentence", "Born in [[Harlow|LOC]], [[Velden|LOC]], on 5 April 1920, [[Ann Lee|PER]] was an only child.", []string{"Ann Lee | schema:birthPlace | Harlow | life"}},
		{"born in a year, then a pronoun", "Born in 1942 in [[Harlow|LOC]], she met [[Ann Lee|PER]].", nil},
		{"place-born before the name", "[[New Harlow|LOC]]-born [[Ann Lee|PER]] sang. The Velden-born striker [[Bo Ek|PER]] scored.", []string{"Ann Lee | schema:birthPlace | New Harlow | life", "Bo Ek | schema:birthPlace | Velden | life"}},
		{"place-born in apposition", "[[Ann Lee|PER]], the [[Harlow|LOC]]-born singer, sang.", []string{"Ann Lee | schema:birthPlace | Harlow | life"}},
		{"a proper adjective stands for a place named", "[[Netherlands|LOC]] won. Dutch-born [[Ann Lee|PER]] sang. British-born [[Bo Ek|PER]] played.", []string{"Ann Lee | schema:birthPlace | Netherlands | life"}},
		{"no person after it", "The [[Harlow|LOC]]-born striker scored for [[Acme|ORG]].", nil},
		{"a date named between the verb and the place", "[[Ann Lee|PER]] was born on [[12 May 1950|DATE]] in [[Harlow|LOC]]. [[Bo Ek|PER]] died on [[4 June 2001|DATE]], [[Velden|LOC]] said.", []string{"Ann Lee | schema:birthPlace | Harlow | life"}},
		{"born in brackets", "[[Ann Lee|PER]] (born 12 May 1950 in [[Harlow|LOC]]) is a painter.", []string{"Ann Lee | schema:birthPlace | Harlow | life"}},
		{"a place after the brackets", "[[Ann Lee|PER]] (born 1950) lives in [[Harlow|LOC]].", nil},
		{"married", "[[Ann Lee|PER]] married [[Bo Ek|PER]] in 1990.", []string{"Ann Lee | schema:spouse | Bo Ek | life"}},
		{"married an occupation's noun and a name", "[[Ann Lee|PER]], who married actor [[Bo Ek|PER]] in 1990, lives in [[Harlow|LOC]].", []string{"Ann Lee | schema:spouse | Bo Ek | life"}},
		{"has married", "[[Ann Lee|PER]] has married her long-time partner [[Bo Ek|PER]].", []string{"Ann Lee | schema:spouse | Bo Ek | life"}},
		{"was married to", "[[Ann Lee|PER]] was married to [[Bo Ek|PER]] for ten years.", []string{"Ann Lee | schema:spouse | Bo Ek | life"}},
		{"a plan to marry", "[[Ann Lee|PER]] is to marry [[Bo Ek|PER]]. [[Cy Fox|PER]] will wed [[Di Orr|PER]].", nil},
		{"never married", "[[Ann Lee|PER]] never married [[Bo Ek|PER]].", nil},
		{"married a relative of a name", "[[Ann Lee|PER]] married [[Bo Ek|PER]]'s brother.", nil},
		{"married in a place", "[[Ann Lee|PER]] married in [[Harlow|LOC]] last year.", nil},
		{"married by a priest", "[[Ann Lee|PER]] was married by [[Bo Ek|PER]] in a church.", nil},
	})
}

// TestAlumni covers a school read from a noun for its students, the
// organisations classed as typing classes them.
func TestAlumni(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	tests := []struct {
		name, text string
		class      string // the class typing gives the organisations
		want       []string
	}{
		{"a graduate of a school", "[[Ann Lee|PER]], a graduate of [[Pellam University|ORG]], won. [[Bo Ek|PER]] is a former student of [[Pellam University|ORG]].", typing.ClassEducational, []string{"Ann Lee | schema:alumniOf | Pellam University | life", "Bo Ek | schema:alumniOf | Pellam University | life"}},
		{"a student at a school after an age", "[[Ann Lee|PER]], 23, a student at [[Harlow State College|ORG]], was hurt.", typing.ClassEducational, []string{"Ann Lee | schema:alumniOf | Harlow State College | life"}},
		{"a school's graduate before the name", "[[Pellam University|ORG]] graduate [[Ann Lee|PER]] won.", typing.ClassEducational, []string{"Ann Lee | schema:alumniOf | Pellam University | life"}},
		{"a student from a place", "[[Ann Lee|PER]], a graduate student from [[Harlow|LOC]], spoke.", typing.ClassEducational, nil},
		{"a student of a body that is no school", "[[Ann Lee|PER]], a student of [[Acme Corp|ORG]], spoke.", typing.ClassCorporation, nil},
		{"a place standing for the document's university", "[[Ann Lee|PER]] spoke at the [[University of Harlow|ORG]]. [[Harlow|LOC]] student [[Bo Ek|PER]] cheered.", typing.ClassEducational, []string{"Bo Ek | schema:alumniOf | University of Harlow | life"}},
		{"a school's part", "[[Ann Lee|PER]], a student at [[Pellam University|ORG]]'s law school, spoke.", typing.ClassEducational, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			for i := range res.Entities {
				if res.Entities[i].Type == extract.Organization {
					res.Entities[i].Class = tt.class
				}
			}
			got := processedBy(t, r, res, "life")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestPortfolioTitle covers an office with its portfolio after "for" or
// "of" before a name.
func TestPortfolioTitle(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	for _, tt := range []struct{ name, text, want string }{
		{"minister for", "They met Minister for Transport [[Ann Lee|PER]] on Friday.", "Ann Lee | Minister for Transport"},
		{"minister of, two words", "Minister of Rural Affairs [[Bo Ek|PER]] said so.", "Bo Ek | Minister of Rural Affairs"},
		{"a portfolio joined by and", "They met Minister for Trade and Industry [[Ann Lee|PER]] on Friday.", "Ann Lee | Minister for Trade and Industry"},
		{"no office", "Friends of Harbour Park [[Ann Lee|PER]] said so.", ""},
		{"no former title", "They met former Minister for Transport [[Ann Lee|PER]] on Friday.", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			if err := r.Process(res); err != nil {
				t.Fatal(err)
			}
			got := strings.Join(formatTitles(res), "; ")
			if got != tt.want {
				t.Errorf("%s: titles %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSingular checks the singular of plural titles, in their case.
func TestSingular(t *testing.T) {
	for _, tc := range [][3]string{{"sprinters", "sprinter", "sprinter"}, {"MPs", "mp", "MP"}, {"Chairmen", "chairman", "Chairman"}, {"aide", "aide", "aide"}, {"news", "", "news"}} {
		if got := singular(tc[0], tc[1]); got != tc[2] {
			t.Errorf("singular(%q, %q) = %q, want %q", tc[0], tc[1], got, tc[2])
		}
	}
}

// TestResultSides covers the result construction: the sides of a contest
// are opponents.
func TestResultSides(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	checkMethod(t, r, "result", []struct {
		name, text string
		want       []string
	}{
		{"beat with a score", "[[Harlow|ORG]] beat [[Pellam|ORG]] 2-1 on Sunday.", []string{"Harlow | kg:opponent | Pellam | result"}},
		{"an adverb and an auxiliary", "[[Harlow|ORG]] have narrowly beaten [[Pellam|ORG]].", []string{"Harlow | kg:opponent | Pellam | result"}},
		{"lost to", "[[Ann Lee|PER]] lost 6-4 to [[Bo Ek|PER]].", []string{"Ann Lee | kg:opponent | Bo Ek | result"}},
		{"drew with", "[[Harlow|ORG]] drew with [[Pellam|ORG]].", []string{"Harlow | kg:opponent | Pellam | result"}},
		{"a verb of defeat Lemma reads as another verb", "[[Harlow|ORG]] routed [[Pellam|ORG]] on Monday.", []string{"Harlow | kg:opponent | Pellam | result"}},
		{"passive", "[[Harlow|ORG]] were beaten by [[Pellam|ORG]].", []string{"Harlow | kg:opponent | Pellam | result"}},
		{"a win over", "[[Harlow|ORG]]'s 3-0 win over [[Pellam|ORG]] lifted them.", []string{"Harlow | kg:opponent | Pellam | result"}},
		{"v", "[[Harlow|ORG]] v [[Pellam|ORG]] starts at three.", []string{"Harlow | kg:opponent | Pellam | result"}},
		{"a draw's tie a replay decides", "[[Harlow|ORG]] v [[Pellam|ORG]] or [[Velden|ORG]]; [[Acme|ORG]] or [[Tarvik|ORG]] v [[Ostmark|ORG]].", nil},
		{"lost something, not to someone", "[[Acme|ORG]] lost [[Norland|LOC]].", nil},
		{"a person is no club's side", "[[Harlow|ORG]] beat [[Ann Lee|PER]].", nil},
		{"a player named after her country", "[[Ann Lee|PER]] beat [[Norland|LOC]]'s [[Bo Ek|PER]].", nil},
		{"places are left to typing", "[[Norland|LOC]] beat [[Ostmark|LOC]].", nil},
		{"the object of a preposition", "It went to [[Harlow|ORG]] beat [[Pellam|ORG]].", nil},
		{"the object of a preposition past a possessor", "[[Harlow|ORG]] won in this season's [[Vell Cup|ORG]] defeating [[Pellam|ORG]] 3-0.", nil},
		{"a possessor's side is a subject", "[[Harlow|ORG]]'s [[Vell Rovers|ORG]] beat [[Pellam|ORG]] 3-0.", []string{"Vell Rovers | kg:opponent | Pellam | result"}},
	})
}

// TestFaceSides covers the face construction: the sides a verb of facing
// names are opponents.
func TestFaceSides(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	checkMethod(t, r, "face", []struct {
		name, text string
		want       []string
	}{
		{"will face", "[[Ann Lee|PER]] will face [[Bo Ek|PER]] next.", []string{"Ann Lee | kg:opponent | Bo Ek | face"}},
		{"clubs in the present", "[[Harlow|ORG]] face [[Pellam|ORG]] on Saturday.", []string{"Harlow | kg:opponent | Pellam | face"}},
		{"take on", "[[Harlow|ORG]] will take on [[Pellam|ORG]] at home.", []string{"Harlow | kg:opponent | Pellam | face"}},
		{"titles and a list", "[[Ann Lee|PER]] will face top seed [[Bo Ek|PER]], [[Norlandic|LOC]] champion [[Cy Orr|PER]], and her rival [[Di Wu|PER]].",
			[]string{"Ann Lee | kg:opponent | Bo Ek | face", "Ann Lee | kg:opponent | Cy Orr | face", "Ann Lee | kg:opponent | Di Wu | face"}},
		{"past an apposition", "[[Ann Lee|PER]], 25, will face [[Bo Ek|PER]] today.", []string{"Ann Lee | kg:opponent | Bo Ek | face"}},
		{"faced with", "[[Ann Lee|PER]] was faced with [[Bo Ek|PER]]'s demands.", nil},
		{"a body's member, not the body", "[[Ann Lee|PER]] will face the [[Acme|ORG]] board.", nil},
		{"a person is no club's side", "[[Harlow|ORG]] face [[Ann Lee|PER]] next.", nil},
		{"charges, not a side", "[[Ann Lee|PER]] faces charges from [[Bo Ek|PER]].", nil},
		{"a possessor is no side", "[[Ann Lee|PER]]'s coach will face [[Bo Ek|PER]].", nil},
	})
}

// TestSeatIn covers the seat construction: a person serving on, sitting
// on or elected to a body is its member.
func TestSeatIn(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	checkMethod(t, r, "seat", []struct {
		name, text string
		want       []string
	}{
		{"served on", "[[Ann Lee|PER]] served on the [[Harlow Council|ORG]] for years.", []string{"Ann Lee | schema:memberOf | Harlow Council | seat"}},
		{"sat on a board", "[[Ann Lee|PER]] has sat on the [[Acme|ORG]] board since 2002.", []string{"Ann Lee | schema:memberOf | Acme | seat"}},
		{"the board of", "[[Ann Lee|PER]] also sat on the board of [[Acme|ORG]].", []string{"Ann Lee | schema:memberOf | Acme | seat"}},
		{"was elected to", "[[Ann Lee|PER]] was elected to the [[Ostmark Assembly|ORG]] in 2001.", []string{"Ann Lee | schema:memberOf | Ostmark Assembly | seat"}},
		{"electing others says nothing", "[[Ann Lee|PER]] elected to stay with [[Acme|ORG]].", nil},
		{"others' seat", "[[Ann Lee|PER]] said all those that serve on the [[Harlow Council|ORG]] agreed.", nil},
		{"two people: whose seat is unclear", "[[Ann Lee|PER]] said [[Bo Ek|PER]] served on the [[Harlow Council|ORG]].", nil},
		{"a person is no body", "[[Ann Lee|PER]] served on [[Bo Ek|PER]]'s staff.", nil},
		{"a place is no body", "[[Ann Lee|PER]] served on [[Norland|LOC]] ships.", nil},
	})
}

// TestJoined covers the join construction: who joined an organisation
// works for it, or is a member of a party or an intergovernmental body.
func TestJoined(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	tests := []struct {
		name, text string
		class      string // the class typing gives the organisations
		want       []string
		titles     []string
	}{
		{"a company and a title", "[[Ann Lee|PER]] joined [[Acme|ORG]] as chief executive in 1998.", "", []string{"Ann Lee | schema:worksFor | Acme | join"}, []string{"Ann Lee | chief executive"}},
		{"a relative clause", "[[Bo Ek|PER]], who joined [[Harlow|ORG]] from [[Pellam|ORG]] last year, scored.", "", []string{"Bo Ek | schema:worksFor | Harlow | join"}, nil},
		{"through a pronoun", "[[Ann Lee|PER]] is 54. She joined [[Acme|ORG]] in 1990.", "", []string{"Ann Lee | schema:worksFor | Acme | join"}, nil},
		{"rejoins", "[[Bo Ek|PER]] rejoins [[Harlow|ORG]].", "", []string{"Bo Ek | schema:worksFor | Harlow | join"}, nil},
		{"a party", "[[Ann Lee|PER]] joined the [[Unity Party|ORG]] in 1979.", typing.ClassPoliticalParty, []string{"Ann Lee | schema:memberOf | Unity Party | join"}, nil},
		{"a country in a union", "[[Norland|LOC]] joined the [[Vell Union|ORG]] in 2004.", typing.ClassIntergovernmental, []string{"Norland | schema:memberOf | Vell Union | join"}, nil},
		{"a plan is no fact", "[[Ann Lee|PER]] will join [[Acme|ORG]] next month.", "", nil, nil},
		{"nor a wish", "[[Ann Lee|PER]] wants to join [[Acme|ORG]].", "", nil, nil},
		{"a body's part", "[[Ann Lee|PER]] joined the [[Acme|ORG]] board.", "", nil, nil},
		{"a body's campaign", "[[Ann Lee|PER]] joined [[Acme|ORG]]'s campaign.", "", nil, nil},
		{"a person is no body", "[[Ann Lee|PER]] joined [[Bo Ek|PER]] on stage.", "", nil, nil},
		{"a country joins no company", "[[Norland|LOC]] joined [[Acme|ORG]] in the deal.", typing.ClassCorporation, nil, nil},
		{"plays for a side", "[[Bo Ek|PER]], who played for [[Harlow Rovers|ORG]] from 1994, scored. [[Cy Fox|PER]] has played for [[Pellam|ORG]] since 2001.", typing.ClassSportsTeam, []string{"Bo Ek | schema:worksFor | Harlow Rovers | join", "Cy Fox | schema:worksFor | Pellam | join"}, nil},
		{"plays for a body that is no side", "[[Bo Ek|PER]] played for [[Acme|ORG]] staff. [[Cy Fox|PER]] played for [[Vell Power|ORG]].", typing.ClassCorporation, nil, nil},
		{"a plan to play for a side", "[[Bo Ek|PER]] will play for [[Harlow Rovers|ORG]].", typing.ClassSportsTeam, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			for i := range res.Entities {
				switch res.Entities[i].Type {
				case extract.Organization:
					res.Entities[i].Class = tt.class
				case extract.Location:
					res.Entities[i].Class = typing.ClassCountry
				}
			}
			got := processedBy(t, r, res, "join")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
			if diff := cmp.Diff(tt.titles, formatTitles(res)); diff != "" {
				t.Errorf("%s titles (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestBandMember covers memberOf for worksFor with a band, as typing
// classes it: a band's people are its members, not its staff.
func TestBandMember(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	tests := []struct {
		name, text string
		class      string // the class typing gives the organisations
		method     string
		want       []string
	}{
		{"a band's possessive", "[[Vell Power|ORG]]'s [[Ann Lee|PER]] sang twice.", typing.ClassMusicGroup, "possessive", []string{"Ann Lee | schema:memberOf | Vell Power | possessive"}},
		{"a company's possessive", "[[Vell Power|ORG]]'s [[Ann Lee|PER]] spoke twice.", typing.ClassCorporation, "possessive", []string{"Ann Lee | schema:worksFor | Vell Power | possessive"}},
		{"an unclassed body's possessive", "[[Vell Power|ORG]]'s [[Ann Lee|PER]] spoke twice.", "", "possessive", []string{"Ann Lee | schema:worksFor | Vell Power | possessive"}},
		{"a band's manager is its employee", "[[Vell Power|ORG]]'s manager [[Ann Lee|PER]] spoke.", typing.ClassMusicGroup, "title", []string{"Ann Lee | schema:worksFor | Vell Power | title"}},
		{"a band's drummer is its member", "[[Vell Power|ORG]]'s drummer [[Ann Lee|PER]] spoke.", typing.ClassMusicGroup, "title", []string{"Ann Lee | schema:memberOf | Vell Power | title"}},
		{"a band's manager named back is its employee", "The band [[Vell Power|ORG]] toured. Its manager [[Ann Lee|PER]] spoke.", typing.ClassMusicGroup, "title", []string{"Ann Lee | schema:worksFor | Vell Power | title"}},
		{"joining a band", "[[Ann Lee|PER]] joined [[Harlow Fold|ORG]] in 1990.", typing.ClassMusicGroup, "join", []string{"Ann Lee | schema:memberOf | Harlow Fold | join"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkOrgClassed(t, r, tt.text, tt.class, tt.method, tt.want)
		})
	}
}

// TestPossessivePerson covers the possessive between a body and a
// "person" the name does not bear out: a business's or a medium's one-word
// "person" is most often its product or show, and a name ending in a
// word news writes in lower case is a thing's.
func TestPossessivePerson(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	tests := []struct {
		name, text string
		class      string // the class typing gives the organisations
		want       []string
	}{
		{"a company's one-word product", "[[Acme|ORG]]'s [[Tarvik|PER]] went on sale.", typing.ClassCorporation, nil},
		{"a medium's one-word show", "[[Acme|ORG]]'s [[Tarvik|PER]] drew ten million viewers.", typing.ClassNewsMedia, nil},
		{"a club's one-word player", "[[Acme|ORG]]'s [[Tarvik|PER]] scored twice.", "", []string{"Tarvik | schema:worksFor | Acme | possessive"}},
		{"a name ending in a common noun", "[[Acme|ORG]]'s [[Vell Robot|PER]] can dance.", typing.ClassCorporation, nil},
		{"a name ending in a plural common noun", "[[Acme|ORG]]'s [[Pellam Labs|PER]] made it.", "", nil},
		{"a given name before a common noun", "[[Acme|ORG]]'s [[Ann Robot|PER]] spoke twice.", typing.ClassCorporation, []string{"Ann Robot | schema:worksFor | Acme | possessive"}},
		{"a full name", "[[Acme|ORG]]'s [[Bo Tarvik|PER]] spoke twice.", typing.ClassCorporation, []string{"Bo Tarvik | schema:worksFor | Acme | possessive"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkOrgClassed(t, r, tt.text, tt.class, "possessive", tt.want)
		})
	}
}

// TestDescription covers the description construction: a definite
// description opening a sentence stands for the person the sentence
// before is about.
func TestDescription(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	tests := []struct {
		name, text string
		want       []string
		titles     []string
	}{
		{"a demonym and an occupation", "[[Ann Lee|PER]] scored twice in [[Harlow|LOC]]. The 27-year-old [[Norlandic|LOC]] striker has signed a new deal.",
			[]string{"Ann Lee | schema:nationality | Norlandic | description"}, []string{"Ann Lee | striker"}},
		{"the demonym as the noun", "[[Bo Ek|PER]] was sent off in [[Harlow|LOC]]. The [[Norlandic|LOC]] was banned for two games.",
			[]string{"Bo Ek | schema:nationality | Norland | description"}, nil},
		{"the country itself", "[[Bo Ek|PER]] spoke in [[Harlow|LOC]]. The [[Norland|LOC]] has pledged aid.", nil, nil},
		{"an occupation alone", "[[Bo Ek|PER]] played in [[Harlow|LOC]] on Friday. The singer thanked the crowd in [[Harlow|LOC]].", nil, []string{"Bo Ek | singer"}},
		{"an office names whoever holds it", "[[Bo Ek|PER]] spoke in [[Harlow|LOC]]. The chancellor said taxes would rise.", nil, nil},
		{"two people before: no one in particular", "[[Bo Ek|PER]] beat [[Ann Lee|PER]] in [[Harlow|LOC]]. The [[Norlandic|LOC]] striker was injured.", nil, nil},
		{"the person named again is not the one described", "[[Bo Ek|PER]] won in [[Harlow|LOC]]. The engineer praised [[Bo Ek|PER]] warmly.", nil, nil},
		{"a people, not a person", "[[Bo Ek|PER]] coached in [[Harlow|LOC]]. The [[Ostmarkish|LOC]] won 3-1.", nil, nil},
		{"a bank, not a person", "[[Bo Ek|PER]] spoke in [[Harlow|LOC]]. The [[Norlandic|LOC]] lender cut its rates.", nil, nil},
		{"no description", "[[Bo Ek|PER]] won in [[Harlow|LOC]]. The [[Norlandic|LOC]] team lost.", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			for i, e := range res.Entities {
				if e.Type == extract.Location && e.Name != "Harlow" {
					res.Entities[i].Class = typing.ClassCountry // as typing would
				}
				if e.Name == "Norlandic" && strings.Contains(tt.name, "noun") {
					res.Entities[i].Name = "Norland" // the country a demonym names, as resolution would
				}
			}
			got := processedBy(t, r, res, "description")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
			if diff := cmp.Diff(tt.titles, formatTitles(res)); diff != "" {
				t.Errorf("%s titles (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestRivalsKeepTheVerb checks that the rivals construction keeps the
// open relation of the verb beside it, as the result construction does:
// the verb says how the parties are set against each other.
func TestRivalsKeepTheVerb(t *testing.T) {
	r := New(&Options{NoClassifier: true})
	res := buildResult(t, "The [[Reds|ORG]] warned the [[Greens|ORG]] on Monday.")
	for i := range res.Entities {
		res.Entities[i].Class = typing.ClassPoliticalParty
	}
	if err := r.Process(res); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range formatRelations(res) {
		got = append(got, strings.Join(strings.Split(l, " | ")[:4], " | "))
	}
	want := []string{"Reds | kg:opponent | Greens | rivals", "Reds | kg:warned | Greens | verb-pattern"}
	if diff := cmp.Diff(want, sortedCopy(got)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestWorkedWith covers the work-with construction: people the text says
// work together are colleagues.
func TestWorkedWith(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	checkMethod(t, r, "work-with", []struct {
		name, text string
		want       []string
	}{
		{"worked with", "[[Ann Lee|PER]] worked with [[Bo Ek|PER]] on two films.", []string{"Ann Lee | schema:colleague | Bo Ek | work-with"}},
		{"a relative clause", "It is directed by [[Ann Lee|PER]], who has worked with [[Bo Ek|PER]] before.", []string{"Ann Lee | schema:colleague | Bo Ek | work-with"}},
		{"teamed up", "[[Ann Lee|PER]] teamed up with [[Bo Ek|PER]] to record a song.", []string{"Ann Lee | schema:colleague | Bo Ek | work-with"}},
		{"alongside", "[[Ann Lee|PER]] worked alongside [[Bo Ek|PER]] at the bank.", []string{"Ann Lee | schema:colleague | Bo Ek | work-with"}},
		{"a plan is no fact", "[[Ann Lee|PER]] will work with [[Bo Ek|PER]] next year.", nil},
		{"nor a wish", "[[Ann Lee|PER]] hopes to work with [[Bo Ek|PER]].", nil},
		{"a body is no colleague", "[[Ann Lee|PER]] worked with [[Acme|ORG]] for years.", nil},
		{"a possessor is no colleague", "[[Ann Lee|PER]] worked with [[Bo Ek|PER]]'s son.", nil},
	})
}

// TestSidesPlay checks that "play", "meet" and "host" make opponents of
// two sports teams (as typing classes them) only.
func TestSidesPlay(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	for _, tt := range []struct {
		name, text string
		teams      bool
		want       []string
	}{
		{"two teams play", "[[Harlow|ORG]] will play [[Pellam|ORG]] in the final.", true, []string{"Harlow | kg:opponent | Pellam | face"}},
		{"a team hosts a list: a tournament's sides", "[[Harlow|ORG]] will host [[Pellam|ORG]], [[Velden|ORG]] and [[Tarvik|ORG]] in June.", true, nil},
		{"a team hosts a team", "[[Harlow|ORG]] will host [[Pellam|ORG]] on Saturday.", true, []string{"Harlow | kg:opponent | Pellam | face"}},
		{"companies meet", "[[Acme|ORG]] met [[Vell Power|ORG]] on Monday.", false, nil},
		{"a person plays a part", "[[Ann Lee|PER]] plays [[Bo Ek|PER]] in the film.", false, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			for i := range res.Entities {
				if tt.teams {
					res.Entities[i].Class = typing.ClassSportsTeam
				}
			}
			got := processedBy(t, r, res, "face")
			if diff := cmp.Diff(tt.want, sortedCopy(got)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestLeadOver checks that a lead one sports team takes over another
// (as typing classes them) makes them opponents, and a firm's lead does
// not.
func TestLeadOver(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	for _, tt := range []struct {
		name, text string
		teams      bool
		want       []string
	}{
		{"two teams", "[[Harlow|ORG]] take a slim lead over [[Pellam|ORG]] after the first day.", true, []string{"Harlow | kg:opponent | Pellam | result"}},
		{"a score before the lead", "[[Harlow|ORG]] opened a 2-0 lead over [[Pellam|ORG]].", true, []string{"Harlow | kg:opponent | Pellam | result"}},
		{"two firms", "[[Acme|ORG]] took a big lead over [[Vell Power|ORG]] in sales.", false, nil},
		{"a lead in something else", "[[Harlow|ORG]] took the lead in [[Pellam|ORG]].", true, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			for i := range res.Entities {
				if tt.teams {
					res.Entities[i].Class = typing.ClassSportsTeam
				}
			}
			got := processedBy(t, r, res, MethodResult)
			if diff := cmp.Diff(tt.want, sortedCopy(got)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestWithResult checks the with-result construction: a team's clause
// that ends "with a 7-3 win over" another team makes them opponents.
func TestWithResult(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	for _, tt := range []struct {
		name, text string
		teams      bool
		want       []string
	}{
		{"two teams", "[[Harlow|ORG]] sealed the title with a 4-2 win over the [[Pellam Rays|ORG]] on Friday.", true, []string{"Harlow | kg:opponent | Pellam Rays | result"}},
		{"an adjective before the noun", "[[Harlow|ORG]] ended the streak with a 2-0 home victory against [[Pellam|ORG]].", true, []string{"Harlow | kg:opponent | Pellam | result"}},
		{"two firms", "[[Acme|ORG]] ended the year with a 7-3 win over [[Vell Power|ORG]] in court.", false, nil},
		{"another team between", "[[Harlow|ORG]] said [[Velden|ORG]] closed with a 2-1 win over [[Pellam|ORG]].", true, []string{"Velden | kg:opponent | Pellam | result"}},
		{"no score", "[[Harlow|ORG]] ended the streak with a win over [[Pellam|ORG]].", true, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			for i := range res.Entities {
				if tt.teams {
					res.Entities[i].Class = typing.ClassSportsTeam
				}
			}
			got := processedBy(t, r, res, MethodResult)
			if diff := cmp.Diff(tt.want, sortedCopy(got)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestSideIn checks that "X in Y" gives a body's location but not a
// sports team's: a side is named in a town where it plays.
func TestSideIn(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	for _, tt := range []struct {
		name string
		team bool
		want []string
	}{
		{"a body", false, []string{"Harlow | schema:location | Pellam | in"}},
		{"a side", true, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, "They met [[Harlow|ORG]] in [[Pellam|LOC]] last month.")
			for i := range res.Entities {
				if tt.team && res.Entities[i].Type == extract.Organization {
					res.Entities[i].Class = typing.ClassSportsTeam
				}
			}
			got := processedBy(t, r, res, MethodIn)
			if diff := cmp.Diff(tt.want, sortedCopy(got)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestRivalParties covers the rivals construction: parties the text sets
// against each other are opponents. Every organisation of its rows is
// classed a party, as package typing would class them.
func TestRivalParties(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a party says another would", "The [[Unity Party|ORG]] says the [[Greens|ORG]] would raise taxes.", []string{"Unity Party | kg:opponent | Greens | rivals"}},
		{"two speakers and a possessive", "The [[Reds|ORG]] and [[Unity Party|ORG]] said the [[Greens|ORG]]' plans were worthless.",
			[]string{"Reds | kg:opponent | Greens | rivals", "Unity Party | kg:opponent | Greens | rivals"}},
		{"accused", "The [[Reds|ORG]] accused the [[Greens|ORG]] of raising taxes.", []string{"Reds | kg:opponent | Greens | rivals"}},
		{"the gap between", "Polls show the gap between the [[Reds|ORG]] and the [[Greens|ORG]] closing.", []string{"Reds | kg:opponent | Greens | rivals"}},
		{"talks between", "Talks between the [[Reds|ORG]] and the [[Greens|ORG]] went on.", nil},
		{"working with", "The [[Reds|ORG]] said they would work with the [[Greens|ORG]].", nil},
		{"another speaker's clause", "The [[Reds|ORG]] say the [[Greens|ORG]] would raise taxes and the [[Unity Party|ORG]] says their sums are wrong.",
			[]string{"Reds | kg:opponent | Greens | rivals"}},
		{"a party's members are no party", "[[Reds|ORG]] leaders said the [[Greens|ORG]] would lose.", nil},
		{"no verb of saying", "The [[Reds|ORG]] met the [[Greens|ORG]] on Monday.", nil},
		{"said of the party, not by it", "The [[Reds|ORG]] have been accused of attacking the [[Greens|ORG]].", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkOrgClassed(t, r, tt.text, typing.ClassPoliticalParty, "rivals", tt.want)
		})
	}
}

// TestPlaceKindOf covers the place-kind construction with a country named
// by its name (a class from typing) and what it leaves alone.
func TestPlaceKindOf(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a country's name", "They met in the [[Ostmark|LOC]] port city of [[Velden|LOC]].", []string{"Velden | schema:containedInPlace | Ostmark | place-kind"}},
		{"a city is no country", "They met in the [[Harlow|LOC]] port of [[Velden|LOC]].", nil},
		{"not a kind of place", "They met the [[Ostmark|LOC]] minister of [[Velden|LOC]].", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := countryRelations(t, r, tt.text, func(e extract.Entity) bool { return e.Name == "Ostmark" }, "place-kind")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// countryRelations builds marked text, classes as countries the entities
// country picks (as package typing would), runs r and returns the
// relations whose line has the word want, without their scores.
func countryRelations(t *testing.T, r *Relater, marked string, country func(extract.Entity) bool, want string) []string {
	t.Helper()
	res := buildResult(t, marked)
	for i, e := range res.Entities {
		if country(e) {
			res.Entities[i].Class = "Country"
		}
	}
	if err := r.Process(res); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range formatRelations(res) {
		if f := strings.Split(l, " | "); strings.Contains(l, want) {
			got = append(got, strings.Join(f[:4], " | "))
		}
	}
	return got
}

// TestExPartyTitle checks that a party glued to "ex-" before a party's
// office is no part of the title, which is a former one (ex-party).
func TestExPartyTitle(t *testing.T) {
	res := buildResult(t, "The [[Unity|ORG]] vote rose. Ex-Unity chairman [[Ann Lee|PER]] spoke. Ex-Unity MP [[Bo Ek|PER]] spoke.")
	for i := range res.Entities {
		if res.Entities[i].Name == "Unity" {
			res.Entities[i].Class = typing.ClassPoliticalParty
		}
	}
	if err := New(&Options{NoClassifier: true, NoOpen: true}).Process(res); err != nil {
		t.Fatal(err)
	}
	want := []string{"Ann Lee | former chairman", "Bo Ek | ex-Unity MP"}
	if diff := cmp.Diff(want, sortedCopy(formatTitles(res))); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestPartyMembers checks that a person who works for a political party,
// as a construction reads it, is its member, and one who works for a
// company is not, nor a minister of a country's portfolio named like the
// party.
func TestPartyMembers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a title before the name", "[[Unity Party|ORG]] politician [[Ann Lee|PER]] spoke.", []string{"Ann Lee | schema:memberOf | Unity Party | title"}},
		{"a possessive", "[[Unity Party|ORG]]'s [[Ann Lee|PER]] spoke.", []string{"Ann Lee | schema:memberOf | Unity Party | possessive"}},
		{"a company stays an employer", "[[Acme|ORG]] spokesman [[Bo Ek|PER]] spoke.", []string{"Bo Ek | schema:worksFor | Acme | title"}},
		{"a country's portfolio named like the party", "[[Swedish|LOC]] [[Unity Party|ORG]] Minister [[Cy Orr|PER]] spoke.", nil},
		{"a portfolio after and", "Economy and [[Unity Party|ORG]] Minister [[Cy Orr|PER]] spoke.", nil},
		{"a region's branch of the party", "[[Norlandic|LOC]] [[Unity Party|ORG]] leader [[Cy Orr|PER]] spoke.", []string{"Cy Orr | schema:memberOf | Unity Party | title"}},
		{"a party named after ex- (ex-party)", "The [[Unity|ORG]] vote rose. Ex-Unity chairman [[Ann Lee|PER]] spoke. The ex-Unity leader [[Bo Ek|PER]] spoke.",
			[]string{"Ann Lee | schema:memberOf | Unity | title", "Bo Ek | schema:memberOf | Unity | title"}},
		{"an MP who may have left the party (ex-party)", "The [[Unity|ORG]] vote rose. Ex-Unity MP [[Ann Lee|PER]] spoke.", nil},
		{"a minister who may have left the party (ex-party)", "The [[Unity|ORG]] vote rose. Ex-Unity minister [[Ann Lee|PER]] spoke.", nil},
		{"a company named after ex- employs no one (ex-party)", "The [[Acme|ORG]] shares rose. Ex-Acme boss [[Bo Ek|PER]] spoke.", nil},
		{"a party the document does not name (ex-party)", "Ex-Vellmar leader [[Ann Lee|PER]] spoke.", nil},
	}
	r := New(nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			for i := range res.Entities {
				if n := res.Entities[i].Name; n == "Unity Party" || n == "Unity" {
					res.Entities[i].Class = typing.ClassPoliticalParty
				}
			}
			if err := r.Process(res); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range formatRelations(res) {
				got = append(got, strings.Join(strings.Split(l, " | ")[:4], " | "))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestCountryBody checks that an appositive naming a body of a country
// locates the organisation there, and that of a town does not.
func TestCountryBody(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	got := countryRelations(t, r, "[[Acme|ORG]], the largest [[Norland|LOC]] retailer, grew. [[Vell Bank|ORG]], [[Norland|LOC]]'s biggest lender, fell. [[Bo Co|ORG]], a [[Harlow|LOC]] firm, rose. Then the [[Norland|LOC]] [[Pell Council|ORG]] met. [[Tarvik Bank|ORG]], the [[Norland|LOC]]'s third-biggest bank, rose.",
		func(e extract.Entity) bool { return e.Name == "Norland" }, "location")
	want := []string{"Acme | schema:location | Norland | appositive", "Vell Bank | schema:location | Norland | appositive", "Pell Council | schema:location | Norland | possessive", "Tarvik Bank | schema:location | Norland | appositive"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestTitleCountry checks that an occupation after a country's name
// gives a nationality, and an office a place of work.
func TestTitleCountry(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	norland := func(e extract.Entity) bool { return e.Name == "Norland" }
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"an occupation", "[[Norland|LOC]] swimmer [[Ann Lee|PER]] won.", []string{"Ann Lee | schema:nationality | Norland | title"}},
		{"an office", "[[Norland|LOC]] senator [[Ann Lee|PER]] spoke.", []string{"Ann Lee | schema:workLocation | Norland | title"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := countryRelations(t, r, tc.text, norland, "| title")
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestClassifierNotAcrossSpeech checks that the classifier relates no
// speaker to the one told or to a name in what is said.
func TestClassifierNotAcrossSpeech(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true, MinClassifierScore: 0.01})
	for _, text := range []string{
		"[[Ann Lee|PER]] told [[Acme Bank|ORG]] on Monday that the deal was off.",
		"[[Ann Lee|PER]] said he expected [[Acme Bank|ORG]] to cut jobs.",
	} {
		res := buildResult(t, text)
		if err := r.Process(res); err != nil {
			t.Fatal(err)
		}
		if got := formatRelations(res); len(got) > 0 {
			t.Errorf("%s: %v", text, got)
		}
	}
}

// TestClassifierNotAcrossQuoteOrFixture checks that the classifier
// relates no name in a quotation to one outside it, nor across a dash,
// nor the sides of a fixture, where it relates the same names without
// the mark or the "v".
func TestClassifierNotAcrossQuoteOrFixture(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true, MinClassifierScore: 0.01})
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"plain", "[[Ann Lee|PER]], [[Acme Bank|ORG]], said the deal was off.", true},
		{"quoted", "[[Ann Lee|PER]]: \"[[Acme Bank|ORG]] said the deal was off.\"", false},
		{"apposed", "[[Pellam Town|ORG]], [[Bo Ek|PER]] said on Monday.", true},
		{"fixture", "[[Pellam Town|ORG]] v [[Bo Ek|PER]] starts at three.", false},
		{"dash", "[[Ann Lee|PER]] - [[Acme Bank|ORG]] said the deal was off.", false},
	} {
		res := buildResult(t, tc.text)
		if got := len(processedBy(t, r, res, MethodClassifier)) > 0; got != tc.want {
			t.Errorf("%s: %s: classifier relation %v, want %v: %v", tc.name, tc.text, got, tc.want, formatRelations(res))
		}
	}
}

// TestClassifierNoHomeInScope checks that a place that only modifies a
// title or another body's noun after it is no home or base of the person
// or body named before it, where the same place as a home is kept.
func TestClassifierNoHomeInScope(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true, MinClassifierScore: 0.01})
	for _, tc := range []struct {
		name, text, class string
		want              bool
	}{
		{"a country's title", "[[Ann Lee|PER]], [[Norland|LOC]] chief economist at [[Acme Bank|ORG]], said rates would rise.", typing.ClassCountry, false},
		{"another body's country", "[[Ann Lee|PER]], chair of the [[Norland|LOC]] firm, said rates would rise.", typing.ClassCountry, false},
		{"a continent's title", "[[Acme Bank|ORG]] chief [[Vellish|LOC]] strategist [[Ann Lee|PER]] said rates would rise.", typing.ClassContinent, false},
		{"a verb's object", "[[Acme Bank|ORG]] is reaching a record for [[Norland|LOC]] sales this year.", typing.ClassCountry, false},
		{"a name the recognizer cut", "[[Ann Lee|PER]], [[Norland|LOC]] Online general manager, said sales rose.", typing.ClassCountry, false},
		{"a team's name the recognizer cut", "[[Ann Lee|PER]], head of the [[Norland|LOC]] Olympic team, said it would win.", typing.ClassCountry, false},
		{"a place's possessive past a preposition", "[[Ann Lee|PER]], the elder of the two sisters at the head of [[Norland|LOC]]'s biggest bank, said rates would rise.", typing.ClassCountry, false},
		{"a home", "[[Ann Lee|PER]], a farmer who lives in [[Harlow|LOC]], said rates would rise.", typing.ClassCity, true},
	} {
		res := buildResult(t, tc.text)
		for i := range res.Entities {
			if res.Entities[i].Type == extract.Location {
				res.Entities[i].Class = tc.class
			}
		}
		var got bool
		for _, rel := range processedBy(t, r, res, MethodClassifier) {
			got = got || strings.Contains(rel, "homeLocation") || strings.Contains(rel, "schema:location")
		}
		if got != tc.want {
			t.Errorf("%s: %s: home or base %v, want %v: %v", tc.name, tc.text, got, tc.want, formatRelations(res))
		}
	}
}

// TestSideOffice checks that a place before a side's office and a
// person in a report of sport is no home, place of work or nationality
// of the person, unless it is a demonym (by the title rule or the
// classifier).
func TestSideOffice(t *testing.T) {
	r := New(&Options{NoOpen: true, MinClassifierScore: 0.01})
	for _, tc := range []struct {
		name, text, entity string // entity: the place's entity name, when not as written
		want               []string
	}{
		{"a country's coach", "[[Norland|LOC]] coach [[Ann Lee|PER]] watched the match.", "", nil},
		{"a country's assistant coach", "[[Norland|LOC]] assistant coach [[Ann Lee|PER]] watched the match.", "", nil},
		{"a town's boss", "[[Harlow|LOC]] boss [[Ann Lee|PER]] watched the match.", "", nil},
		{"a demonym's coach", "The [[Norlandic|LOC]] coach [[Ann Lee|PER]] watched the match.", "Norland", []string{"Ann Lee | schema:nationality | Norland"}},
	} {
		res := buildResult(t, tc.text)
		for i := range res.Entities {
			if res.Entities[i].Type == extract.Location {
				res.Entities[i].Class = typing.ClassCountry
				if tc.entity != "" {
					res.Entities[i].Name = tc.entity
				}
			}
		}
		if err := r.Process(res); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, l := range formatRelations(res) {
			f := strings.Split(l, " | ")
			if !strings.Contains(f[1], "jobTitle") {
				got = append(got, strings.Join(f[:3], " | "))
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: %s (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}

// TestOppositionPortfolio checks that a government body after "shadow",
// or named with a party's name first, is a portfolio and no employer,
// by the title rule or the classifier, where the body alone employs.
func TestOppositionPortfolio(t *testing.T) {
	r := New(&Options{NoOpen: true, MinClassifierScore: 0.01})
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"the body's secretary", "[[Vell Treasury|ORG]] secretary [[Ann Lee|PER]] spoke on Monday.", true},
		{"shadow", "Shadow [[Vell Treasury|ORG]] secretary [[Ann Lee|PER]] spoke on Monday.", false},
		{"a party's spokesman", "The [[Unity Party|ORG]] won. [[Uni Party Vell Treasury|ORG]] spokesman [[Ann Lee|PER]] spoke on Monday.", false},
	} {
		res := buildResult(t, tc.text)
		for i := range res.Entities {
			switch n := res.Entities[i].Name; {
			case n == "Unity Party":
				res.Entities[i].Class = typing.ClassPoliticalParty
			case strings.HasSuffix(n, "Treasury"):
				res.Entities[i].Class = typing.ClassGovernment
			}
		}
		if err := r.Process(res); err != nil {
			t.Fatal(err)
		}
		var got bool
		for _, l := range formatRelations(res) {
			got = got || strings.Contains(l, "worksFor | ") && strings.Contains(l, "Treasury")
		}
		if got != tc.want {
			t.Errorf("%s: %s: worksFor %v, want %v: %v", tc.name, tc.text, got, tc.want, formatRelations(res))
		}
	}
}

// TestDemonymNationality checks that the classifier's home in a country
// named by its adjective before a word for the person is a nationality,
// and not before a thing's word.
func TestDemonymNationality(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true, MinClassifierScore: 0.01})
	for _, tc := range []struct {
		name, text, want string
	}{
		{"before a person's noun", "[[Ann Lee|PER]] is a [[Swedish|LOC]] runner who won twice.", "nationality"},
		{"two words before a person's noun", "[[Ann Lee|PER]], a [[South Swedish|LOC]] financier, won twice.", "nationality"},
		{"before a thing's noun", "[[Ann Lee|PER]], a runner of [[Swedish|LOC]] origin, won twice.", ""},
	} {
		res := buildResult(t, tc.text)
		for i := range res.Entities {
			if res.Entities[i].Type == extract.Location {
				res.Entities[i].Class, res.Entities[i].Name = typing.ClassCountry, "Sweden"
			}
		}
		var got string
		for _, l := range processedBy(t, r, res, MethodClassifier) {
			if strings.Contains(l, "Sweden") {
				got = strings.TrimPrefix(strings.Split(l, " | ")[1], "schema:")
			}
		}
		if tc.want == "" && got == "nationality" || tc.want != "" && got != tc.want {
			t.Errorf("%s: %s: %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestOfHomeConfirmed checks that "of" gives a person a home only in a
// place the typing stage confirmed, when it ran.
func TestOfHomeConfirmed(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	res := buildResult(t, "[[Ann Lee|PER]] of [[Vell Fargo|LOC]] and [[Bo Ek|PER]], of [[Sudby|LOC]], spoke.")
	for i := range res.Entities {
		if res.Entities[i].Name == "Sudby" {
			res.Entities[i].Class = typing.ClassCity
		}
	}
	got := processedBy(t, r, res, MethodOf)
	if diff := cmp.Diff([]string{"Bo Ek | schema:homeLocation | Sudby | of"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestClassifierNoHomeInBrackets checks that a country in brackets
// after a name in a line-up is no one's home (the side a player stands
// for), where the same names without brackets give one.
func TestClassifierNoHomeInBrackets(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true, MinClassifierScore: 0.01})
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"of", "The side: [[Bo Ek|PER]] of [[Norland|LOC]] and [[Cy Fox|PER]] of [[Ostmark|LOC]].", true},
		{"brackets", "The side: [[Bo Ek|PER]] ([[Norland|LOC]]), [[Cy Fox|PER]] ([[Ostmark|LOC]]).", false},
	} {
		res := buildResult(t, tc.text)
		for i := range res.Entities {
			if res.Entities[i].Type == "LOC" {
				res.Entities[i].Class = "Country"
			}
		}
		got := strings.Contains(strings.Join(processedBy(t, r, res, MethodClassifier), "\n"), "schema:homeLocation")
		if got != tc.want {
			t.Errorf("%s: %s: classifier home %v, want %v: %v", tc.name, tc.text, got, tc.want, formatRelations(res))
		}
	}
}

// TestClassifierNoWorkForOfficialsLine checks that a line that is only a
// person and a name in brackets, perhaps after a label ("Referee: X
// (Y)"), gives no worksFor (an official's county), where a clause with
// the same bracket may.
func TestClassifierNoWorkForOfficialsLine(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true, MinClassifierScore: 0.01})
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"a clause", "[[Ann Lee|PER]] ([[Harlow Athletic|ORG]]) has signed a new contract with the club.", true},
		{"a bare line", "[[Ann Lee|PER]] ([[Harlow Athletic|ORG]]).", false},
		{"a labelled line", "Referee: [[Ann Lee|PER]] ([[Harlow Athletic|ORG]])", false},
		{"a clause after an official's noun", "The referee [[Ann Lee|PER]] ([[Harlow Athletic|ORG]]) sent off two players in the second half.", false},
	} {
		res := buildResult(t, tc.text)
		got := strings.Contains(strings.Join(processedBy(t, r, res, MethodClassifier), "\n"), "schema:worksFor")
		if got != tc.want {
			t.Errorf("%s: %s: classifier worksFor %v, want %v: %v", tc.name, tc.text, got, tc.want, formatRelations(res))
		}
	}
}

// TestClassifierLineupOwnClub checks that in a squad list the classifier
// may relate a player to the club in brackets after his name, and no
// player to another or to another's club.
func TestClassifierLineupOwnClub(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true, MinClassifierScore: 0.01})
	res := buildResult(t, "[[Bo Ek|PER]] ([[Harlow Athletic|ORG]]); [[Cy Fox|PER]], [[Di Orr|PER]], [[Ed Moss|PER]] ([[Pellam Rovers|ORG]]).")
	res.Lineups = annotate.FindLineups(res.Sentences)
	if len(res.Lineups) != 1 || len(res.Lineups[0].Clubs) != 2 {
		t.Fatalf("line-ups %+v, want one with two clubs", res.Lineups)
	}
	got := processedBy(t, r, res, MethodClassifier)
	own := map[string]bool{"Bo Ek | schema:worksFor | Harlow Athletic": true, "Ed Moss | schema:worksFor | Pellam Rovers": true}
	found := false
	for _, l := range got {
		k := strings.Join(strings.Split(l, " | ")[:3], " | ")
		if !own[k] {
			t.Errorf("relation across the list: %s", l)
		}
		found = true
	}
	if !found {
		t.Errorf("no player related to his own club: %v", formatRelations(res))
	}
}

// TestClassifierNoWorkForPossessedName checks that a body's name after
// a possessive pronoun or a common noun's possessive (a post, a
// portfolio), or right after the person and "for" (a work honoured),
// gives no worksFor, where the same name after "of" or a title does.
func TestClassifierNoWorkForPossessedName(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true, MinClassifierScore: 0.01})
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"of", "[[Ann Lee|PER]], a spokesman of [[Acme Bank|ORG]], said the deal was off.", true},
		{"pronoun", "[[Ann Lee|PER]], who stepped down from his [[Acme Bank|ORG]] post, said the deal was off.", false},
		{"common noun", "[[Ann Lee|PER]], the party's [[Acme Bank|ORG]] spokesman, said the deal was off.", false},
		{"a title for", "[[Ann Lee|PER]], a spokesman for [[Acme Bank|ORG]], said the deal was off.", true},
		{"for right after the name", "The best actor prize went to [[Ann Lee|PER]] for [[Harbour Lights|ORG]].", false},
	} {
		res := buildResult(t, tc.text)
		got := strings.Contains(strings.Join(processedBy(t, r, res, MethodClassifier), "\n"), "schema:worksFor")
		if got != tc.want {
			t.Errorf("%s: %s: classifier worksFor %v, want %v: %v", tc.name, tc.text, got, tc.want, formatRelations(res))
		}
	}
}

// TestNotIntoTheClauseSubject checks that neither "City, State" nor
// the classifier relates the name ending a sentence's opening to the
// subject of the clause after it, a comma between.
func TestNotIntoTheClauseSubject(t *testing.T) {
	r := New(&Options{NoOpen: true, MinClassifierScore: 0.01})
	for _, tc := range []struct{ name, text, want string }{
		{"city, state", "[[Harlow|LOC]], [[Velden|LOC]] is a port.", "Harlow | schema:containedInPlace | Velden"},
		{"place, clause subject", "At the fair in [[Harlow|LOC]], [[Velden|LOC]] announced a deal.", ""},
		{"body, clause subject", "Speaking to [[Acme News|ORG]], [[Ann Lee|PER]] said the deal was off.", ""},
	} {
		res := buildResult(t, tc.text)
		for i, e := range res.Entities {
			res.Entities[i].Class = map[string]string{"Harlow": "City", "Velden": "AdministrativeArea"}[e.Name]
		}
		if err := r.Process(res); err != nil {
			t.Fatal(err)
		}
		got := formatRelations(res)
		var found string
		for _, l := range got {
			if f := strings.Split(l, " | "); len(f) > 3 && f[1] != "schema:jobTitle" {
				found = strings.Join(f[:3], " | ")
			}
		}
		if found != tc.want {
			t.Errorf("%s: %s: %q, want %q: %v", tc.name, tc.text, found, tc.want, got)
		}
	}
}

// TestClassifierNeedsHomeCue checks that the classifier's home in a town
// needs a word of living or a place tied to the person, not a clause that
// happens there nor a town's bare possessive ("Harlow's X").
func TestClassifierNeedsHomeCue(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true, MinClassifierScore: 0.01})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"[[Ann Lee|PER]] will face [[Bo Ek|PER]] in [[Harlow|LOC]] on Sunday.", false},
		{"[[Ann Lee|PER]], who lives in [[Harlow|LOC]], spoke.", true},
		{"[[Ann Lee|PER]], a farmer from [[Harlow|LOC]], spoke.", true},
		{"[[Ann Lee|PER]] is out of the [[Harlow|LOC]] event with an injury.", false},
		{"[[Ann Lee|PER]] ran the last leg of the relay in [[Harlow|LOC]] on Sunday.", false},
		{"The [[Harlow|LOC]] classic [[Velden Nights|PER]] is back on the stage.", false},
		{"The [[Harlow|LOC]] farmer [[Velden Nights|PER]] is back on the stage.", true},
		{"The [[Harlow|LOC]] student [[Velden Nights|PER]] is back on the stage.", false},
		{"He stood outside [[Harlow|LOC]]'s [[Pellam Park|PER]] with his bags.", false},
		{"The fans cheered [[Harlow|LOC]]'s [[Bo Ek|PER]] on Sunday.", false},
	} {
		res := buildResult(t, tc.text)
		for i, e := range res.Entities {
			if e.Name == "Harlow" {
				res.Entities[i].Class = "City"
			}
		}
		if err := r.Process(res); err != nil {
			t.Fatal(err)
		}
		got := strings.Contains(strings.Join(formatRelations(res), "\n"), "schema:homeLocation | Harlow | classifier")
		if got != tc.want {
			t.Errorf("%s: classifier home %v, want %v:\n%v", tc.text, got, tc.want, formatRelations(res))
		}
	}
}

// TestInPlaceSizes checks that "X in Y" puts no place inside a smaller
// one nor a country inside another or inside a bay, and still a town
// inside a town the typing took for one; and nothing after "no" ("there
// is no X in Y").
func TestInPlaceSizes(t *testing.T) {
	checkPlaceRelations(t, New(&Options{NoClassifier: true, NoOpen: true}),
		map[string]string{"Harlow": "City", "Dartby": "City", "Ostmark": "Country", "Norland": "Country", "Velden Bay": "BodyOfWater"},
		[]placeCase{
			{"They played [[Norland|LOC]] in [[Harlow|LOC]] on Sunday.", "", "Norland | schema:containedInPlace | Harlow"},
			{"The camp of [[Norland|LOC]] in [[Velden Bay|LOC]] is closed.", "", "Norland | schema:containedInPlace | Velden Bay"},
			{"The base of [[Norland|LOC]] in [[Ostmark|LOC]] is closed.", "", "Norland | schema:containedInPlace | Ostmark"},
			{"The plant at [[Dartby|LOC]] in [[Harlow|LOC]] is closed.", "Dartby | schema:containedInPlace | Harlow", ""},
			{"There is [[Acme|ORG]] in [[Harlow|LOC]] now.", "Acme | schema:location | Harlow", ""},
			{"There is no [[Acme|ORG]] in [[Harlow|LOC]] now.", "", "Acme | schema:location | Harlow"},
		})
}

// TestPossessivePlaceSizes checks that "Y's X" puts a place inside a
// larger one only: not a country inside a town (a person's name the
// typing took for one) nor inside another country.
func TestPossessivePlaceSizes(t *testing.T) {
	checkPlaceRelations(t, New(&Options{NoClassifier: true, NoOpen: true}),
		map[string]string{"Harlow": "City", "Lee": "City", "Norland": "Country", "Ostmark": "Country"},
		[]placeCase{
			{"They flew to [[Norland|LOC]]'s [[Harlow|LOC]] on Sunday.", "Harlow | schema:containedInPlace | Norland", ""},
			{"Life in [[Lee|LOC]]'s [[Norland|LOC]] was hard.", "", "Norland | schema:containedInPlace | Lee"},
			{"Life in [[Ostmark|LOC]]'s [[Norland|LOC]] was hard.", "", "Norland | schema:containedInPlace | Ostmark"},
		})
}

// TestInPlaceParty checks that "X in Y" places no party in a town or a
// region (its branch or its campaign there), and still a body that is
// not a party.
func TestInPlaceParty(t *testing.T) {
	checkPlaceRelations(t, New(&Options{NoClassifier: true, NoOpen: true}),
		map[string]string{"Harlow": "City", "Tarvik Party": typing.ClassPoliticalParty},
		[]placeCase{
			{"He was shocked by a leaflet by the [[Tarvik Party|ORG]] in [[Harlow|LOC]] this week.", "", "Tarvik Party | schema:location | Harlow"},
			{"The study was done by the [[Acme Institute|ORG]] in [[Harlow|LOC]] last year.", "Acme Institute | schema:location | Harlow", ""},
		})
}

// TestOfCountry checks that "X of Norland" is X's nationality, in a
// report of sport or elsewhere, and "X of Harlow" (a town) X's home.
func TestOfCountry(t *testing.T) {
	checkPlaceRelations(t, New(&Options{NoClassifier: true, NoOpen: true}),
		map[string]string{"Norland": "Country", "Harlow": "City"},
		[]placeCase{
			{"[[Ann Lee|PER]] of [[Norland|LOC]] won the match on Sunday.", "Ann Lee | schema:nationality | Norland", "Ann Lee | schema:homeLocation | Norland"},
			{"[[Ann Lee|PER]] of [[Norland|LOC]] opened the shop on Sunday.", "Ann Lee | schema:nationality | Norland", "Ann Lee | schema:homeLocation | Norland"},
			{"[[Ann Lee|PER]] of [[Harlow|LOC]] opened the shop on Sunday.", "Ann Lee | schema:homeLocation | Harlow", "Ann Lee | schema:nationality | Harlow"},
		})
}

// TestClassifierCountryInSport checks that the classifier's home in a
// country, in a report of sport, is a nationality.
func TestClassifierCountryInSport(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true, MinClassifierScore: 0.01})
	for _, tc := range []struct{ name, text, want string }{
		{"sport", "[[Ann Lee|PER]], [[Norland|LOC]], won the match.", "nationality"},
		{"no sport", "[[Ann Lee|PER]], [[Norland|LOC]], opened the shop.", "homeLocation"},
	} {
		res := buildResult(t, tc.text)
		for i := range res.Entities {
			if res.Entities[i].Type == extract.Location {
				res.Entities[i].Class = typing.ClassCountry
			}
		}
		var got string
		for _, l := range processedBy(t, r, res, MethodClassifier) {
			if strings.Contains(l, "Norland") {
				got = strings.TrimPrefix(strings.Split(l, " | ")[1], "schema:")
			}
		}
		if got != tc.want {
			t.Errorf("%s: %q: predicate %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestClassifierNoHomeInABodysCountry checks that a country's possessive
// before a body's name is no home of the people the sentence names.
func TestClassifierNoHomeInABodysCountry(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true})
	text := "[[Norland|LOC]]'s [[Chess Union|ORG]] has opened an inquiry into national coach [[Bo Ekland|PER]] over remarks about [[Cy Fox|PER]]."
	res := buildResult(t, text)
	for i, e := range res.Entities {
		if e.Name == "Norland" {
			res.Entities[i].Class = "Country"
		}
	}
	if err := r.Process(res); err != nil {
		t.Fatal(err)
	}
	for _, rel := range formatRelations(res) {
		if strings.Contains(rel, "homeLocation") {
			t.Errorf("%s: %s", text, rel)
		}
	}
}

// TestClassifierNoBaseInAnotherBodysCountry checks that a country's
// possessive before a body's name is no place of another body the
// sentence names, where the country alone is.
func TestClassifierNoBaseInAnotherBodysCountry(t *testing.T) {
	checkPlaceRelations(t, New(&Options{NoConstructions: true, NoOpen: true, MinClassifierScore: 0.01}),
		map[string]string{"Norland": "Country"},
		[]placeCase{
			{"A bid by oil giant [[Acme Oil|ORG]] for [[Norland|LOC]] failed in 2001.", "Acme Oil | schema:location | Norland", ""},
			{"A bid by oil giant [[Acme Oil|ORG]] for [[Norland|LOC]]'s [[Vell Power|ORG]] failed in 2001.", "", "Acme Oil | schema:location | Norland"},
		})
}

// processedBy runs r on res and returns the relations the method made,
// as formatRelations gives them, less the evidence.
func processedBy(t *testing.T, r *Relater, res *extract.Result, method string) []string {
	t.Helper()
	if err := r.Process(res); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range formatRelations(res) {
		if f := strings.Split(l, " | "); f[3] == method {
			got = append(got, strings.Join(f[:4], " | "))
		}
	}
	return got
}

// TestClassifierNationalPremodifier checks that a country's name before
// a person's noun and name gives the classifier's relation as the
// person's nationality, not a home, while a town's stays a home.
func TestClassifierNationalPremodifier(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true, MinClassifierScore: 0.01})
	for _, tc := range []struct {
		text, class, want string
	}{
		{"[[Norland|LOC]] star [[Ann Lee|PER]] won the race on Sunday.", "Country", "Ann Lee | schema:nationality | Norland | classifier | star"},
		{"[[Harlow|LOC]] farmer [[Ann Lee|PER]] won the race on Sunday.", "City", "Ann Lee | schema:homeLocation | Harlow | classifier | farmer"},
		{"[[Norland|LOC]]'s [[Ann Lee|PER]] won the race on Sunday.", "Country", "Ann Lee | schema:nationality | Norland | classifier | 's"},
	} {
		res := buildResult(t, tc.text)
		for i := range res.Entities {
			if res.Entities[i].Type == "LOC" {
				res.Entities[i].Class = tc.class
			}
		}
		if err := r.Process(res); err != nil {
			t.Fatal(err)
		}
		if got := formatRelations(res); !slices.Contains(got, tc.want) {
			t.Errorf("%s: %v, want %q among them", tc.text, got, tc.want)
		}
	}
}

// checkOrgClassed runs relater r on marked text whose organisations
// typing gave class, and compares the relations method made with want.
func checkOrgClassed(t *testing.T, r *Relater, text, class, method string, want []string) {
	t.Helper()
	res := buildResult(t, text)
	for i := range res.Entities {
		if res.Entities[i].Type == extract.Organization {
			res.Entities[i].Class = class
		}
	}
	got := processedBy(t, r, res, method)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s (-want +got):\n%s", text, diff)
	}
}

// TestCountriesInList checks that two countries set off by a comma are a
// list, neither inside the other, while a town before a country is in it.
func TestCountriesInList(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two countries", "[[Norland|LOC]], [[Ostmark|LOC]] lead the talks.", nil},
		{"a town in a country", "It happened in [[Harlow|LOC]], [[Ostmark|LOC]], on Monday.", []string{"Harlow | schema:containedInPlace | Ostmark | appositive"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			for i := range res.Entities {
				if res.Entities[i].Name != "Harlow" {
					res.Entities[i].Class = typing.ClassCountry
				}
			}
			if diff := cmp.Diff(tt.want, processedBy(t, r, res, MethodAppositive)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestClassifierNotIntoQuestion(t *testing.T) {
	r := New(nil)
	tests := []struct {
		name, text, notWant string
	}{
		{"whether", "The [[Acme Court|ORG]] is weighing whether [[Norland|LOC]] and other states may stop people from selling milk.", "Acme Court | schema:location | Norland"},
		{"if", "The [[Acme Court|ORG]] will decide if [[Norland|LOC]] can ban imports.", "Acme Court | schema:location | Norland"},
		{"as is", "Currently, the Ostmarker group [[Makra|ORG]] is also in harlowradio.com's top 10, as is [[Norlandic|MISC]] artist [[Bo Ek|PER]].", "Makra | schema:location"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, rel := range relationsOf(t, r, tc.text) {
				if strings.Contains(rel, tc.notWant) {
					t.Errorf("%s: %s", tc.text, rel)
				}
			}
		})
	}
}

func TestOtherClauseBetween(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		question bool
		likening bool
	}{
		{"whether after a verb", "The [[Acme Court|ORG]] is weighing whether [[Norland|LOC]] may ban imports.", true, false},
		{"as is after a comma", "[[Makra|ORG]] is in the top 10, as is [[Bo Ek|PER]].", false, true},
		{"so did after a comma", "[[Makra|ORG]] won, so did [[Bo Ek|PER]].", false, true},
		{"as a preposition", "[[Makra|ORG]] hired [[Bo Ek|PER]] as coach.", false, false},
		{"whether with no verb before it", "[[Makra|ORG]], whether [[Bo Ek|PER]] likes it or not, won.", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			v := firstView(res)
			if got := v.questionBetween(0, 1); got != tt.question {
				t.Errorf("questionBetween = %v, want %v", got, tt.question)
			}
			if got := v.likeningBetween(0, 1); got != tt.likening {
				t.Errorf("likeningBetween = %v, want %v", got, tt.likening)
			}
		})
	}
}

func TestClassifierNotInsideWater(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true, MinClassifierScore: 0.01})
	const text, rel = "The port is in [[Velmar|LOC]], [[Ostmark|LOC]].", "Velmar | schema:containedInPlace | Ostmark"
	for _, tc := range []struct {
		name, head, tail string
		want             bool
	}{
		{"a province in a country", "AdministrativeArea", "Country", true},
		{"a province in an ocean", "AdministrativeArea", "BodyOfWater", false},
		{"a city in a sea", "City", "BodyOfWater", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkPlaceRelations(t, r, map[string]string{"Velmar": tc.head, "Ostmark": tc.tail}, []placeCase{
				{text, map[bool]string{true: rel}[tc.want], map[bool]string{false: rel}[tc.want]},
			})
		})
	}
}

// TestPostedEnvoy checks that the body before an envoy's title is where
// the envoy is posted, no employer, and that a country before it is the
// envoy's nationality.
func TestPostedEnvoy(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // relations that must be found
		not        []string // substrings no relation may hold
	}{
		{name: "a country's envoy to a body", text: "[[Ostmark|LOC]]'s [[Acme Union|ORG]] ambassador, [[Ann Lee|PER]], hopes for a vote.", not: []string{"Acme Union"}},
		{name: "a body's envoy named without a country", text: "[[Acme Union|ORG]] envoy [[Ann Lee|PER]] arrived on Monday.", not: []string{"Acme Union"}},
		{name: "a demonym before the title", text: "The [[Ostmarkish|LOC]] ambassador [[Ann Lee|PER]] arrived on Monday.", want: []string{"Ann Lee | schema:nationality | Ostmark | title"}, not: []string{"workLocation"}},
		{name: "a town before the title is where the envoy is posted", text: "Norland recalled its [[Harlow|LOC]] ambassador [[Ann Lee|PER]] on Monday.", not: []string{"Harlow"}},
		{name: "a party's delegate is its member", text: "[[Unity Party|ORG]] delegate [[Ann Lee|PER]] spoke on Monday.", want: []string{"Ann Lee | schema:memberOf | Unity Party | title"}},
		{name: "a body's chief is still its employee", text: "[[Acme Union|ORG]] chief [[Ann Lee|PER]] arrived on Monday.", want: []string{"Ann Lee | schema:worksFor | Acme Union | title"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			for i, e := range res.Entities {
				switch {
				case strings.HasPrefix(e.Name, "Ostmark"):
					res.Entities[i].Name, res.Entities[i].Class = "Ostmark", typing.ClassCountry
				case e.Name == "Harlow":
					res.Entities[i].Class = typing.ClassCity
				case e.Name == "Unity Party":
					res.Entities[i].Class = typing.ClassPoliticalParty
				}
			}
			if err := New(nil).Process(res); err != nil {
				t.Fatal(err)
			}
			got := formatRelations(res)
			for _, w := range tt.want {
				if !slices.ContainsFunc(got, func(l string) bool { return strings.HasPrefix(l, w) }) {
					t.Errorf("want %q, got:\n%s", w, strings.Join(got, "\n"))
				}
			}
			for _, n := range tt.not {
				if slices.ContainsFunc(got, func(l string) bool { return strings.Contains(l, n) }) {
					t.Errorf("a relation with %q:\n%s", n, strings.Join(got, "\n"))
				}
			}
		})
	}
}

// TestPortfolioName checks that a minister's or secretary's portfolio
// named in common words is part of the title and no body, and no party
// the text names nowhere else; also where no name is read in it.
func TestPortfolioName(t *testing.T) {
	tests := []struct {
		name, text string
		party      string // an entity typing classes a party
		rel, title string // a relation that must be found ("" none at all), the person's title
	}{
		{name: "a portfolio of two words", text: "[[Trade and Industry|ORG]] Secretary [[Ann Lee|PER]] said so.", title: "Trade and Industry Secretary"},
		{name: "a portfolio whose first words the tagger left out", text: "It was backed by Arts, [[Media|ORG]] and [[Sport|ORG]] Secretary [[Ann Lee|PER]] on Monday.", title: "Arts, Media and Sport Secretary"},
		{name: "a portfolio resolve read no body in", text: "It was backed by Arts, Media and Sport Secretary [[Ann Lee|PER]] on Monday.", title: "Arts, Media and Sport Secretary"},
		{name: "one word resolve read no body in", text: "Health Minister [[Ann Lee|PER]] said so.", title: "Health Minister"},
		{name: "a party's word named nowhere else", text: "[[Unity|ORG]] Minister [[Ann Lee|PER]] said so.", party: "Unity", title: "Unity Minister"},
		{name: "a party the text names elsewhere", text: "[[Unity|ORG]] Minister [[Ann Lee|PER]] said so. [[Unity|ORG]] won the vote.", party: "Unity", rel: "Ann Lee | schema:memberOf | Unity | title", title: "Minister"},
		{name: "an acronym is a body's", text: "[[ACU|ORG]] Secretary [[Ann Lee|PER]] said so.", rel: "Ann Lee | schema:worksFor | ACU | title", title: "Secretary"},
		{name: "a department is a body", text: "[[Treasury|ORG]] Secretary [[Ann Lee|PER]] said so.", rel: "Ann Lee | schema:worksFor | Treasury | title", title: "Secretary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			for i, e := range res.Entities {
				if e.Name == tt.party {
					res.Entities[i].Class = typing.ClassPoliticalParty
				}
			}
			if err := New(nil).Process(res); err != nil {
				t.Fatal(err)
			}
			got := formatRelations(res)
			if tt.rel == "" && len(got) > 0 {
				t.Errorf("want no relation, got:\n%s", strings.Join(got, "\n"))
			}
			if tt.rel != "" && !slices.ContainsFunc(got, func(l string) bool { return strings.HasPrefix(l, tt.rel) }) {
				t.Errorf("want %q, got:\n%s", tt.rel, strings.Join(got, "\n"))
			}
			if titles := formatTitles(res); !slices.Contains(titles, "Ann Lee | "+tt.title) {
				t.Errorf("want title %q, got %q", tt.title, titles)
			}
		})
	}
}

// TestServiceAndParty checks that a body written as a party (before an
// MP's letters) has members, that a person the tagger took for a body
// is a lawyer's client and no employer, and that a performer's verb
// makes no employer of the classifier's.
func TestServiceAndParty(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // a relation that must be found, or ""
		not        string // a substring no relation may hold, or ""
	}{
		{name: "a body written before an MP's letters is a party", text: "A [[Tarvik Unity|ORG]] MP spoke. [[Tarvik Unity|ORG]]'s [[Ann Lee|PER]] said so.", want: "Ann Lee | schema:memberOf | Tarvik Unity | possessive", not: "worksFor"},
		{name: "a body written so elsewhere is still an employer", text: "[[Tarvik Unity|ORG]] makes cars. [[Tarvik Unity|ORG]]'s [[Ann Lee|PER]] said so.", want: "Ann Lee | schema:worksFor | Tarvik Unity | possessive"},
		{name: "a client the tagger took for a body", text: "[[John Pellam|ORG]]'s lawyer [[Ann Lee|PER]] said so.", want: "Ann Lee | schema:knows | John Pellam | title", not: "worksFor"},
		{name: "a body's lawyer", text: "[[Acme Holdings|ORG]]'s lawyer [[Ann Lee|PER]] said so.", want: "Ann Lee | schema:worksFor | Acme Holdings | title"},
		{name: "a performer in a body's show", text: "[[Ann Lee|PER]], who starred in the hit [[Acme|ORG]] comedy [[Harlow Days|MISC]], will play the role.", not: "worksFor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			if err := New(nil).Process(res); err != nil {
				t.Fatal(err)
			}
			got := formatRelations(res)
			if tt.want != "" && !slices.ContainsFunc(got, func(l string) bool { return strings.HasPrefix(l, tt.want) }) {
				t.Errorf("want %q, got:\n%s", tt.want, strings.Join(got, "\n"))
			}
			if tt.not != "" && slices.ContainsFunc(got, func(l string) bool { return strings.Contains(l, tt.not) }) {
				t.Errorf("a relation with %q:\n%s", tt.not, strings.Join(got, "\n"))
			}
		})
	}
}

// TestTitleReading checks titles read around a name: a title with a
// name inside it is whole, a role in a work is no title, and a bare
// noun's phrase before a verb after a name is a new clause's subject.
func TestTitleReading(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	tests := []struct {
		name, text string
		want       []string // exactly the titles found
	}{
		{name: "a name inside the title", text: "Assistant [[Norland|LOC]] Attorney [[Ann Lee|PER]] said several people were held.", want: []string{"Ann Lee | Assistant Norland Attorney"}},
		{name: "a name before the title", text: "[[Norland|LOC]] Attorney [[Ann Lee|PER]] said several people were held.", want: []string{"Ann Lee | Attorney"}},
		{name: "a role in a story", text: "The book follows the story's hero [[Ann Lee|PER]] on her travels.", want: nil},
		{name: "a trade in a work", text: "The film's director [[Ann Lee|PER]] was praised.", want: []string{"Ann Lee | director"}},
		{name: "a capitalised person's noun before the head", text: "The report was late. Auditor General Sir [[Ann Lee|PER]] said so.", want: []string{"Ann Lee | Auditor General"}},
		{name: "a compound adjective describes the holder", text: "[[Ann Lee|PER]], a well-known journalist, said so.", want: []string{"Ann Lee | journalist"}},
		{name: "a candidate holds no title", text: "A rare [[Norland|LOC]] nominee, [[Ann Lee|PER]], is among this year's best actresses.", want: nil},
		{name: "a royal title between the title and the name", text: "[[Norland|LOC]] Foreign Minister Prince [[Bo Ek|PER]] said so.", want: []string{"Bo Ek | Foreign Minister", "Bo Ek | Prince"}},
		{name: "a form of address between the title and the name", text: "[[Acme|ORG]] elections chief Lord [[Bo Ek|PER]] said so.", want: []string{"Bo Ek | elections chief"}},
		{name: "a top epithet", text: "Among the critics is [[Norland|LOC]]'s top policeman Sir [[Ann Lee|PER]].", want: nil},
		{name: "the hand a player throws with", text: "Right-hander [[Bo Ek|PER]] and [[Acme|ORG]] agreed a deal on Friday.", want: nil},
		{name: "a senior post keeps its title", text: "[[Acme|ORG]] senior economist [[Bo Ek|PER]] said rates would rise.", want: []string{"Bo Ek | senior economist"}},
		{name: "nor a party's candidate", text: "The presidential candidate [[Ann Lee|PER]] spoke on Monday.", want: nil},
		{name: "a new clause's subject", text: "[[Bo Ek|PER]] will face two trials, one with his former aide, [[Ann Lee|PER]], a judge ruled on Tuesday.", want: nil},
		{name: "an apposition without its closing comma", text: "[[Ann Lee|PER]], an analyst at [[Acme|ORG]] said rates would rise.", want: []string{"Ann Lee | analyst"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			if err := r.Process(res); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(sortedCopy(tt.want), sortedCopy(formatTitles(res))); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestClassifierNoWorkForLeaving checks that the classifier's employment
// across a verb of leaving a post is refused ("X stepped down as
// treasurer at Acme"), and kept without one.
func TestClassifierNoWorkForLeaving(t *testing.T) {
	r := New(&Options{NoConstructions: true, NoOpen: true, MinClassifierScore: 0.01})
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"a phrasal verb of leaving", "Tired of the commute, [[Ann Lee|PER]] stepped down as treasurer at [[Acme Petrochemicals Corporation|ORG]].", false},
		{"one word of leaving", "[[Ann Lee|PER]] resigned as chairman of [[Acme Petrochemicals Corporation|ORG]] on Monday.", false},
		{"the post held", "[[Ann Lee|PER]] is director and vice-chairman of [[Acme Petrochemicals Corporation|ORG]].", true},
	} {
		res := buildResult(t, tc.text)
		if err := r.Process(res); err != nil {
			t.Fatal(err)
		}
		got := strings.Join(formatRelations(res), "\n")
		if has := strings.Contains(got, "Ann Lee | schema:worksFor | Acme Petrochemicals Corporation | classifier"); has != tc.want {
			t.Errorf("%s: %s: worksFor %v, want %v:\n%s", tc.name, tc.text, has, tc.want, got)
		}
	}
}

// TestFieldTitle checks the field-title construction: a field's common
// nouns before a title's head in lower case are the title's, with no
// name before them, unless they are a person's or a time's nouns.
func TestFieldTitle(t *testing.T) {
	checkTitles(t, []titleRow{
		{"a field's noun", "The keyboard player [[Ann Lee|PER]] spoke.", []string{"Ann Lee | keyboard player"}},
		{"a noun the tagger takes for an adjective", "The band hired keyboard player [[Ann Lee|PER]].", []string{"Ann Lee | keyboard player"}},
		{"a field's noun that opens the sentence, capitalised (initial-field)", "Chess teacher [[Bo Ek|PER]] opened a shop last year.", []string{"Bo Ek | Chess teacher"}},
		{"a party's word that opens the sentence is no field's (initial-field)", "Tory minister [[Ann Lee|PER]] spoke.", []string{"Ann Lee | minister"}},
		{"a hyphen WordNet writes no hyphen in", "[[Acme|ORG]] Under-Secretary [[Ann Lee|PER]] spoke.", []string{"Ann Lee | Under-Secretary"}},
		{"a noun after a prefix", "Acme was founded by the ex-finance chief [[Ann Lee|PER]].", []string{"Ann Lee | ex-finance chief"}},
		{"two nouns", "The constituency association president [[Ann Lee|PER]] spoke.", []string{"Ann Lee | constituency association president"}},
		{"a person's noun is an apposition", "The study, by transport expert professor [[Ann Lee|PER]], came out.", []string{"Ann Lee | professor"}},
		{"a time's noun is an adverbial", "Last year actor [[Ann Lee|PER]] won.", []string{"Ann Lee | actor"}},
		{"a capitalised head", "The way President [[Ann Lee|PER]] spoke.", []string{"Ann Lee | President"}},
	})
}

func TestPastTitle(t *testing.T) {
	checkTitles(t, []titleRow{
		{"a nationality between", "He met former Norlandic president [[Ann Lee|PER]] in Harlow.", []string{"Ann Lee | former president"}},
		{"a body's name between", "He met former [[Acme|ORG]] boss [[Ann Lee|PER]] in Harlow.", []string{"Ann Lee | former boss"}},
		{"a prefix on the body", "He met ex-[[Tarvik|ORG]] boss [[Ann Lee|PER]] in Harlow.", []string{"Ann Lee | former boss"}},
		{"a prefix on a field's word", "He met Ex-health secretary [[Ann Lee|PER]] in Harlow.", []string{"Ann Lee | ex-health secretary"}},
		{"a prefix on a portfolio's adjective (prefix-adjective)", "It came as ex-Foreign Secretary [[Ann Lee|PER]] spoke in Harlow.", []string{"Ann Lee | ex-Foreign Secretary"}},
		{"the word says it already", "He met former president [[Ann Lee|PER]] in Harlow.", []string{"Ann Lee | former president"}},
		{"a verb ends the phrase", "Former leaders met president [[Ann Lee|PER]] in Harlow.", []string{"Ann Lee | president"}},
		{"a sport's event", "He met former Norlandic triple jumper [[Ann Lee|PER]] in Harlow.", []string{"Ann Lee | former triple jumper"}},
		{"a sport's event alone", "The long jumper [[Ann Lee|PER]] won.", []string{"Ann Lee | long jumper"}},
	})
}

func TestDatePortfolio(t *testing.T) {
	checkTitles(t, []titleRow{
		{"a day before the title", "But on [[Wednesday|DATE]] Foreign Secretary [[Ann Lee|PER]] said no.", []string{"Ann Lee | Foreign Secretary"}},
		{"a month and a comma", "In [[September|DATE]], Trade and Industry Secretary [[Ann Lee|PER]] said no.", []string{"Ann Lee | Trade and Industry Secretary"}},
		{"a portfolio alone", "But Trade and Industry Secretary [[Ann Lee|PER]] said no.", []string{"Ann Lee | Trade and Industry Secretary"}},
	})
}

func TestParticipleClause(t *testing.T) {
	checkTitles(t, []titleRow{
		{"a participle with an object", "The probe met [[Ann Lee|PER]], offering scientists the first sample in years.", nil},
		{"a title's participle", "The probe met [[Ann Lee|PER]], managing director of the firm.", []string{"Ann Lee | managing director"}},
	})
}

// titleRow is a named text and exactly the titles the relation stage
// should find in it ("person | title"), with no classifier nor open
// relations.
type titleRow struct {
	name, text string
	want       []string
}

// checkTitles runs the relation stage on each row's text and compares
// the titles found with the row's.
func checkTitles(t *testing.T, rows []titleRow) {
	t.Helper()
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			res := buildResult(t, tc.text)
			if err := New(&Options{NoClassifier: true, NoOpen: true}).Process(res); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, sortedCopy(formatTitles(res))); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestDemonymPersonDescription checks that a description headed by a
// demonym that resolution read as one person of a country (joined to no
// entity) gives the person the sentence before is about the nationality
// of the country, when the document names it, and nothing when it does
// not.
func TestDemonymPersonDescription(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the demonym as the noun", "[[Bo Ek|PER]] lost in [[Norland|LOC]]. The [[Norlander|LOC]] said it was hard.",
			[]string{"Bo Ek | schema:nationality | Norland | description"}},
		{"after an age", "[[Bo Ek|PER]] lost in [[Norland|LOC]]. The 24-year-old [[Norlander|LOC]] has won twice.",
			[]string{"Bo Ek | schema:nationality | Norland | description"}},
		{"the country not named", "[[Bo Ek|PER]] lost in [[Harlow|LOC]]. The [[Norlander|LOC]] said it was hard.", nil},
		{"two people before", "[[Bo Ek|PER]] beat [[Ann Lee|PER]] in [[Norland|LOC]]. The [[Norlander|LOC]] said it was hard.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			for i, m := range res.Mentions {
				if m.Text != "Norlander" {
					continue
				}
				res.Entities[m.Entity].Mentions = nil
				res.Entities[m.Entity].Name, res.Entities[m.Entity].Key = "", ""
				res.Mentions[i].Entity, res.Mentions[i].Method, res.Mentions[i].Value = -1, resolve.MethodDemonymPerson, "Norland"
			}
			res.IndexMentions()
			if diff := cmp.Diff(tt.want, processedBy(t, r, res, "description")); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestBareDatelineTitle checks that a dateline's town whose dash was left
// out places no title's holder ("TARVIK President Ann Lee said", read as
// "the Tarvik president"), while a town before a title in the story
// still does.
func TestBareDatelineTitle(t *testing.T) {
	r := New(nil)
	for _, tc := range []struct {
		text     string
		dateline bool
		want     bool
	}{
		{"[[TARVIK|LOC]] President [[Ann Lee|PER]] of [[Norland|LOC]] said on Monday she would stay.", true, false},
		{"[[Tarvik|LOC]] mayor [[Ann Lee|PER]] said on Monday she would stay.", false, true},
	} {
		res := buildResult(t, tc.text)
		if tc.dateline {
			res.Dateline = &extract.Dateline{Sentence: 0, Town: [2]int{0, 1}, Dash: 0}
		}
		if err := r.Process(res); err != nil {
			t.Fatal(err)
		}
		got := false
		for _, rel := range res.Relations {
			if rel.Method == MethodTitle && rel.Predicate == schema.WorkLocation && strings.EqualFold(res.Entities[rel.Object].Name, "Tarvik") {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%s: workLocation Tarvik %v, want %v: %v", tc.text, got, tc.want, formatRelations(res))
		}
	}
}

// TestCountryPossessive checks the country-possessive construction: a
// country's possessive right before a person gives her nationality, a
// town's none; a body bearing a country's name (its side) employs no one
// so named. The side's row names a real country, Iceland, because the
// rule asks the shipped gazetteer (CountryByName) whether the body's name
// is a country's; a made-up name is none.
func TestCountryPossessive(t *testing.T) {
	checkPlaceRelations(t, New(nil), map[string]string{"Ostmark": "Country", "Harlow": "City", "Iceland": "SportsTeam"}, []placeCase{
		{"[[Ostmark|LOC]]'s [[Ann Lee|PER]] won the award.", "Ann Lee | schema:nationality | Ostmark | possessive", "Ann Lee | schema:worksFor | Ostmark"},
		{"[[Harlow|LOC]]'s [[Ann Lee|PER]] won the award.", "", "Ann Lee | schema:nationality | Harlow"},
		{"Fighting in [[Ostmark|LOC]]'s [[Tarvik|PER]] region went on.", "", "Tarvik | schema:nationality | Ostmark"},
		{"Few boats still sail to [[Ostmark|LOC]]'s [[Tarvik|PER]] after dark.", "", "Tarvik | schema:nationality | Ostmark | possessive"},
		{"[[Iceland|ORG]]'s [[Bo Ek|PER]] won the award.", "", "Bo Ek | schema:worksFor | Iceland"},
		{"[[Acme|ORG]]'s [[Bo Ek|PER]] won the award.", "Bo Ek | schema:worksFor | Acme | possessive", ""},
	})
}

// TestCountryBack covers the country-back rule of the possessive
// construction: "the country's X" is the body of the one country named
// before it, in the sentence or, when it names none, the sentence
// before; not when two are named, nor a body whose name modifies a noun.
func TestCountryBack(t *testing.T) {
	classes := map[string]string{"Norland": typing.ClassCountry, "Ostmark": typing.ClassCountry, "Vell Congress": typing.ClassGovernment}
	checkPlaceRelations(t, New(&Options{NoClassifier: true, NoOpen: true}), classes, []placeCase{
		{"[[Norland|LOC]]'s laws were approved by the country's [[Vell Congress|ORG]] on Monday.", "Vell Congress | schema:location | Norland | possessive", ""},
		{"Trade fell in [[Norland|LOC]]. The plan was approved by the country's [[Vell Congress|ORG]] on Monday.", "Vell Congress | schema:location | Norland | possessive", ""},
		{"Trade between [[Norland|LOC]] and [[Ostmark|LOC]] fell, the country's [[Vell Congress|ORG]] said.", "", "Vell Congress | schema:location"},
		{"[[Norland|LOC]] grew, and the country's [[Vell Congress|ORG]] bid failed.", "", "Vell Congress | schema:location"},
	})
}

// TestOnCoast covers the on-coast rule: a place on a country's coast or
// another natural feature is in the country; not a country, nor a
// feature of no country.
func TestOnCoast(t *testing.T) {
	classes := map[string]string{"Norland": typing.ClassCountry, "Ostmark": typing.ClassCountry, "Harlow": typing.ClassCity}
	checkPlaceRelations(t, New(&Options{NoClassifier: true, NoOpen: true}), classes, []placeCase{
		{"The plant is in the port city of [[Harlow|LOC]] on [[Norland|LOC]]'s eastern coast.", "Harlow | schema:containedInPlace | Norland | in", ""},
		{"They reached [[Harlow|LOC]], on the north coast of [[Norland|LOC]], on Monday.", "Harlow | schema:containedInPlace | Norland | in", ""},
		{"Troops from [[Ostmark|LOC]] on [[Norland|LOC]]'s coast fired.", "", "Ostmark | schema:containedInPlace"},
		{"They met in [[Harlow|LOC]] on [[Norland|LOC]]'s behalf.", "", "Harlow | schema:containedInPlace"},
	})
}

// TestBandMates covers the band-mates rule of the kin construction:
// "bandmates" share the one band the sentence names; not when it names
// two, nor team-mates.
func TestBandMates(t *testing.T) {
	classes := map[string]string{"Harbour Lights": typing.ClassMusicGroup, "Vell": typing.ClassMusicGroup, "Harlow": typing.ClassSportsTeam}
	checkPlaceRelations(t, New(&Options{NoClassifier: true, NoOpen: true}), classes, []placeCase{
		{"[[Harbour Lights|ORG]]'s split came as [[Ann Lee|PER]] met the press with bandmates [[Bo Ek|PER]] and [[Cy Orr|PER]].", "Cy Orr | schema:memberOf | Harbour Lights | kin", ""},
		{"[[Harbour Lights|ORG]]'s split came as [[Ann Lee|PER]] met the press with bandmates [[Bo Ek|PER]] and [[Cy Orr|PER]].", "Ann Lee | schema:memberOf | Harbour Lights | kin", ""},
		{"[[Harbour Lights|ORG]] and [[Vell|ORG]] toured as [[Ann Lee|PER]] met the press with bandmates [[Bo Ek|PER]] and [[Cy Orr|PER]].", "", "schema:memberOf"},
		{"[[Harlow|ORG]] won as [[Ann Lee|PER]] fought a duel with team-mate [[Bo Ek|PER]].", "", "schema:memberOf"},
	})
}

// TestFellowStudents covers the fellow-students rule of the life
// construction: fellow students study where the document put the
// students before them, at one school; not at a school the text named
// for no student, nor when it put students at two.
func TestFellowStudents(t *testing.T) {
	classes := map[string]string{"Harlow University": typing.ClassEducational, "Vell College": typing.ClassEducational}
	checkPlaceRelations(t, New(&Options{NoClassifier: true, NoOpen: true}), classes, []placeCase{
		{"[[Harlow University|ORG]] student [[Ann Lee|PER]] spoke first. Then came fellow students [[Bo Ek|PER]] and [[Cy Orr|PER]].", "Cy Orr | schema:alumniOf | Harlow University | life", ""},
		{"The gig was at [[Harlow University|ORG]]. Then came fellow students [[Bo Ek|PER]] and [[Cy Orr|PER]].", "", "Bo Ek | schema:alumniOf"},
		{"[[Harlow University|ORG]] student [[Ann Lee|PER]] and [[Vell College|ORG]] student [[Di Moss|PER]] came. Then came fellow students [[Bo Ek|PER]] and [[Cy Orr|PER]].", "", "Bo Ek | schema:alumniOf"},
	})
}

// TestVenueTitle covers the venue-title rule of the appositive: a title
// after a venue's or a building's noun and its possessive is the
// person's, with no body to work for; a title after a noun that names
// neither a body nor a venue is none.
func TestVenueTitle(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	tests := []struct {
		name, text string
		titles     []string
	}{
		{"a venue's manager", "Ann Lee played at [[Harlow Hall|LOC]]. [[Bo Ek|PER]], the venue's manager, said it was full.", []string{"Bo Ek | manager"}},
		{"a gallery's director", "[[Cy Orr|PER]], the museum's director, agreed.", []string{"Cy Orr | director"}},
		{"not a report's author", "[[Di Moss|PER]], the report's author, agreed.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			if err := r.Process(res); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.titles, formatTitles(res)); diff != "" {
				t.Errorf("%s titles (-want +got):\n%s", tt.text, diff)
			}
			for _, l := range formatRelations(res) {
				if strings.Contains(l, "Bo Ek") || strings.Contains(l, "Cy Orr") {
					t.Errorf("%s: %s", tt.text, l)
				}
			}
		})
	}
}

// TestLocatedAt covers the located-at rule: places a thing in a town is
// said to be located at are in the town; not a country, nor with no verb
// of being between.
func TestLocatedAt(t *testing.T) {
	classes := map[string]string{"Harlow": typing.ClassCity, "Norland": typing.ClassCountry, "Pellam Park": typing.ClassPlace, "Vell Centre": typing.ClassPlace}
	r := New(&Options{NoClassifier: true, NoOpen: true})
	checkPlaceRelations(t, r, classes, []placeCase{
		{"A new stadium in [[Harlow|LOC]] could be located at [[Pellam Park|LOC]] or the [[Vell Centre|LOC]].", "Vell Centre | schema:containedInPlace | Harlow | in", ""},
		{"A new stadium in [[Harlow|LOC]] could be located at [[Pellam Park|LOC]] or the [[Vell Centre|LOC]].", "Pellam Park | schema:containedInPlace | Harlow | in", ""},
		{"A new stadium in [[Norland|LOC]] could be located at [[Pellam Park|LOC]].", "", "Pellam Park | schema:containedInPlace"},
		{"Fans in [[Harlow|LOC]] met at [[Pellam Park|LOC]].", "", "Pellam Park | schema:containedInPlace"},
	})
}

// TestChairOf covers the chair-of rule of the possessive construction:
// a country's chairmanship, presidency or membership of an organisation
// makes it a member; not a town's, nor a noun of no office.
func TestChairOf(t *testing.T) {
	classes := map[string]string{"Norland": typing.ClassCountry, "Harlow": typing.ClassCity}
	checkPlaceRelations(t, New(&Options{NoClassifier: true, NoOpen: true}), classes, []placeCase{
		{"He wants to shape [[Norland|LOC]]'s presidency of the [[Vell Union|ORG]] next year.", "Norland | schema:memberOf | Vell Union | possessive", ""},
		{"He wants to shape [[Norland|LOC]]'s chairmanship of the [[Vell Group|ORG]] next year.", "Norland | schema:memberOf | Vell Group | possessive", ""},
		{"He wants to shape [[Harlow|LOC]]'s presidency of the [[Vell Union|ORG]] next year.", "", "Harlow | schema:memberOf"},
		{"He praised [[Norland|LOC]]'s criticism of the [[Vell Union|ORG]] on Monday.", "", "Norland | schema:memberOf"},
	})
}

// TestClubStar checks the club-star construction: a side's name, a noun
// for a star or a person that no title reads and a person's name make the
// person the side's player; an office's or a home's noun, or a body of
// no side's class, does not.
func TestClubStar(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	for _, tt := range []struct {
		name, text string
		teams      bool
		want       []string
	}{
		{"a star and a youngster of a side", "[[Harlow|ORG]] star [[Ann Lee|PER]] and [[Pellam|ORG]] youngster [[Bo Ek|PER]] were hurt.", true,
			[]string{"Ann Lee | schema:worksFor | Harlow | member", "Bo Ek | schema:worksFor | Pellam | member"}},
		{"an office's holder or a resident is no player", "[[Harlow|ORG]] mayor [[Ann Lee|PER]] and [[Pellam|ORG]] resident [[Bo Ek|PER]] watched.", true, nil},
		{"a former star says nothing of now", "Former [[Harlow|ORG]] star [[Ann Lee|PER]] watched.", true, nil},
		{"a show's star is no player", "The [[Velden Nights|ORG]] star [[Ann Lee|PER]] sang.", false, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			for i := range res.Entities {
				if tt.teams && res.Entities[i].Type == extract.Organization {
					res.Entities[i].Class = typing.ClassSportsTeam
				}
			}
			got := processedBy(t, r, res, MethodMember)
			if diff := cmp.Diff(tt.want, sortedCopy(got)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
