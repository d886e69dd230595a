package event

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/claim"
	"github.com/kg-project/kg/extract/internal/testkit"
	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/sentence"
	"github.com/kg-project/kg/extract/temporal"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/extract/typing"
	"github.com/kg-project/kg/internal/fuzzbudget"
	"github.com/kg-project/kg/internal/golden"
	"github.com/kg-project/kg/internal/shareddata"
	"github.com/kg-project/kg/internal/txtar"
	"github.com/kg-project/kg/schema"
)

// run builds a Result from marked text, finds dates and events, and
// renders the events.
func run(t testing.TB, marked, date string) (*extract.Result, string) {
	t.Helper()
	var d time.Time
	if date != "" {
		var err error
		if d, err = time.Parse("2006-01-02", date); err != nil {
			t.Fatal(err)
		}
	}
	res := testkit.Build(t, marked, d)
	if err := temporal.New(&temporal.Options{NoHeaderDate: true}).Process(res); err != nil {
		t.Fatal(err)
	}
	if err := New(nil).Process(res); err != nil {
		t.Fatal(err)
	}
	return res, render(res)
}

// render writes each event: its name, key, facts and mentions.
func render(res *extract.Result) string {
	var b strings.Builder
	name := func(e int) string {
		if e < 0 || e >= len(res.Entities) {
			return "-"
		}
		return res.Entities[e].Name
	}
	for _, ev := range res.Events {
		e := res.Entities[ev.Entity]
		key := e.Key
		if i := strings.Index(key, " doc "); i >= 0 {
			key = key[:i] + " doc <hash>"
		}
		fmt.Fprintf(&b, "event %q key %q\n", e.Name, key)
		fmt.Fprintf(&b, "  place %s; date %q", name(ev.Place), ev.Date)
		if len(ev.Participants) > 0 {
			var ps []string
			for _, p := range ev.Participants {
				ps = append(ps, name(p))
			}
			fmt.Fprintf(&b, "; participants %s", strings.Join(ps, ", "))
		}
		for _, f := range ev.Figures {
			m := res.Mentions[f.Mention]
			fmt.Fprintf(&b, "; %s %s (%q)", f.Role, m.Value, m.Text)
		}
		b.WriteString("\n")
		for _, mi := range e.Mentions {
			m := res.Mentions[mi]
			fmt.Fprintf(&b, "  %q %s %.2f\n", m.Text, m.Method, m.Score)
		}
	}
	return b.String()
}

func TestFinder(t *testing.T) {
	tests := []struct {
		name, text, date, want string
	}{
		{
			name: "descriptions of one attack are one event",
			text: "Gunmen opened fire in the April 3 assault on a market in [[Korvath|LOC]]. The attack killed 12 people. After the massacre, police sealed the town.",
			want: `event "Assault in Korvath, April 3" key "attack korvath 04 03 doc <hash>"
  place Korvath; date "--04-03"; killed 12 ("12 people")
  "April 3 assault" event-description 1.00
  "attack" event-coreference 0.80
  "massacre" event-coreference 0.80
`,
		},
		{
			name: "a participle after the description gives its place and date (participle-phrases)",
			text: "A blast felt in northern [[Korvath|LOC]] on April 3 was traced to a leaking boiler.",
			want: `event "Blast in Korvath, April 3" key "explosion korvath 04 03 doc <hash>"
  place Korvath; date "--04-03"
  "blast" event-description 1.00
`,
		},
		{
			name: "a participle before a phrase of another kind gives nothing (participle-phrases)",
			text: "An attack blamed on [[Acme|ORG]] shocked [[Korvath|LOC]] on April 3.",
			want: ``,
		},
		{
			name: "with a publication date the key is shared across documents",
			text: "The April 3 bombing in [[Korvath|LOC]] left 40 dead.",
			date: "2023-04-10",
			want: `event "Bombing in Korvath, 2023-04-03" key "attack korvath 2023 04 03"
  place Korvath; date "2023-04-03"; killed 40 ("40")
  "April 3 bombing" event-description 1.00
`,
		},
		{
			name: "an undated description in the body does not take a later one's facts",
			text: "Headline words here.\nAnn Lee withdrew from tournaments last week. She reached another final in [[Korvath|LOC]].",
			want: `event "Tournament, last week" key "sport doc <hash>"
  place -; date ""
  "tournaments" event-description 1.00
event "Final in Korvath" key "sport korvath doc <hash>"
  place Korvath; date ""
  "final" event-description 1.00
`,
		},
		{
			name: "an event to come without its day is no event, and no earlier one's",
			text: "The 2021 election in [[Korvath|LOC]] was calm. The next election will be fought on taxes. The next championship in [[Harlow|LOC]] will draw crowds.",
			want: `event "Election in Korvath, 2021" key "election korvath 2021 doc <hash>"
  place Korvath; date "2021"
  "2021 election" event-description 1.00
`,
		},
		{
			name: "a plural counted by a number is several incidents, no event",
			text: "Norland have won their last four matches this season. The 2021 elections in [[Korvath|LOC]] were calm.",
			want: `event "Election in Korvath, 2021" key "election korvath 2021 doc <hash>"
  place Korvath; date "2021"
  "2021 elections" event-description 1.00
`,
		},
		{
			name: "an adverb's most before an adjective is no quantifier; most before the noun is",
			text: "Most attacks in [[Orlen|LOC]] failed. The rebels began their most powerful assault in [[Korvath|LOC]] on Monday.",
			date: "2023-06-02",
			want: `event "Assault in Korvath, 2023-05-29" key "attack korvath 2023 05 29"
  place Korvath; date "2023-05-29"
  "powerful assault" event-description 1.00
`,
		},
		{
			name: "an explosion in something that is no place is growth",
			text: "The explosion in mobile gaming carried on in [[Korvath|LOC]] this year. A gas explosion in a factory in [[Orlen|LOC]] killed two people.",
			want: `event "Explosion in Orlen" key "explosion orlen doc <hash>"
  place Orlen; date ""; killed 2 ("two people")
  "gas explosion" event-description 1.00
`,
		},
		{
			name: "a fire, storm, flood or explosion of a bare common noun is a mass of it (figurative-of)",
			text: "The new cafe opened in [[Harlow|LOC]] in a blaze of colour in May. The fee drew a storm of protest in [[Harlow|LOC]] and an avalanche of letters in [[Orlen|LOC]].",
			want: ``,
		},
		{
			name: "a fire of unknown origin, or of a building, is an incident (figurative-of)",
			text: "A fire of unknown origin in [[Harlow|LOC]] killed two people. The fire of the old mill in [[Orlen|LOC]] on Monday spread fast.",
			date: "2023-06-02",
			want: `event "Fire in Harlow" key "fire harlow doc <hash>"
  place Harlow; date ""; killed 2 ("two people")
  "fire" event-description 1.00
event "Fire in Orlen, 2023-05-29" key "fire orlen 2023 05 29"
  place Orlen; date "2023-05-29"
  "fire" event-description 1.00
`,
		},
		{
			name: "a headline's verb of saying the tagger read as a name ends the incident's words (headline-says)",
			text: "[[Norland|LOC]] Says Vell Blast Was Accident\n\nA huge explosion rocked [[Tarvik|LOC]] last week.",
			date: "2023-06-02",
			want: `event "Blast in Tarvik, last week" key "explosion tarvik 2023 w21 doc <hash>"
  place Tarvik; date ""
  "Vell Blast" event-description 1.00
  "huge explosion" event-same-facts 0.70
`,
		},
		{
			name: "a people after a preposition are whom the event befell, not its place",
			text: "The killing of two [[Norwegians|LOC]] in [[Korvath|LOC]] on April 3 shocked the town. The bombing of [[Norwegians|LOC]] on May 9 was condemned.",
			want: `event "Killing in Korvath, April 3" key "attack korvath 04 03 doc <hash>"
  place Korvath; date "--04-03"
  "killing" event-description 1.00
event "Bombing, May 9" key "attack 05 09 doc <hash>"
  place -; date "--05-09"
  "bombing" event-description 1.00
`,
		},
		{
			name: "a second date after the description's own is the clause's, and so is the place after it",
			text: "[[Ann Lee|PER]] began a sprint to the May 4 election on Thursday in [[Korvath|LOC]].",
			want: `event "Election, May 4" key "election 05 04 doc <hash>"
  place -; date "--05-04"
  "May 4 election" event-description 1.00
`,
		},
		{
			name: "a dated description without a place does not join an event placed but not dated",
			text: "The firm won at a pre-trial hearing in [[Korvath|LOC]]. The hearing in June will turn on the contracts.",
			want: `event "Hearing in Korvath" key "trial korvath doc <hash>"
  place Korvath; date ""
  "pre-trial hearing" event-description 1.00
event "Hearing, June" key "trial 06 doc <hash>"
  place -; date "--06"
  "hearing" event-description 1.00
`,
		},
		{
			name: "a place before a noun for people is theirs, not the event's",
			text: "A [[Norlandic|LOC]] student protest in [[Korvath|LOC]] turned violent on Monday.",
			want: `event "Protest in Korvath" key "protest korvath doc <hash>"
  place Korvath; date ""
  "student protest" event-description 1.00
`,
		},
		{
			name: "a people's word before an attack says who attacked, not where (attacker-demonym)",
			text: "A [[Martian|LOC]] mortar attack hit a house on Monday. A [[Martian|LOC]] school siege ended on Friday.",
			want: `event "Siege in Martian" key "attack martian doc <hash>"
  place Martian; date ""
  "school siege" event-description 1.00
`,
		},
		{
			name: "a word of a compound modifier is no head (compound-modifier)",
			text: "He had a [[Martian|LOC]] racing green car. She had a [[Martian|LOC]] racing green Tarvik.",
		},
		{
			name: "a planned attack is no incident",
			text: "Police said the gang was planning an attack on a depot in [[Orlen|LOC]].",
		},
		{
			name: "an incident neither named, placed, dated nor counted is none",
			text: "The collapse worried everyone, and the election was close.",
			want: "",
		},
		{
			name: "in an infinitive or after a modal, or dated ahead, an incident has not happened",
			text: "Ministers went to [[Tarn|LOC]] to stress support for an election in [[Tarn|LOC]] in January. A summit in [[Tarn|LOC]] next year will decide.",
			want: "",
		},
		{
			name: "an indefinite description with a place is a new incident",
			text: "A bombing in [[Orlen|LOC]] on Tuesday wounded 9 people. The bombing shocked the city. A shooting in [[Korvath|LOC]] followed.",
			date: "2023-06-02",
			want: `event "Bombing in Orlen, 2023-05-30" key "attack orlen 2023 05 30"
  place Orlen; date "2023-05-30"; injured 9 ("9 people")
  "bombing" event-description 1.00
  "bombing" event-coreference 0.80
event "Shooting in Korvath" key "attack korvath doc <hash>"
  place Korvath; date ""
  "shooting" event-description 1.00
`,
		},
		{
			name: "the date after the place an incident struck",
			text: "An earthquake struck northern [[Varn|LOC]] early on Tuesday, killing 40 people.",
			date: "2023-06-02",
			want: `event "Earthquake in Varn, 2023-05-30" key "earthquake varn 2023 05 30"
  place Varn; date "2023-05-30"; killed 40 ("40 people")
  "earthquake" event-description 1.00
`,
		},
		{
			name: "a place an incident buffeted (lexicon Afflict)",
			text: "The earthquake buffeted northern [[Varn|LOC]] on Tuesday, killing 40 people.",
			date: "2023-06-02",
			want: `event "Earthquake in Varn, 2023-05-30" key "earthquake varn 2023 05 30"
  place Varn; date "2023-05-30"; killed 40 ("40 people")
  "earthquake" event-description 1.00
`,
		},
		{
			name: "a place an incident visited is not the place it hit",
			text: "The earthquake visited northern [[Varn|LOC]] on Tuesday, killing 40 people.",
			date: "2023-06-02",
			want: `event "Earthquake, 2023-05-30" key "earthquake 2023 05 30 doc <hash>"
  place -; date "2023-05-30"; killed 40 ("40 people")
  "earthquake" event-description 1.00
`,
		},
		{
			name: "an incident that tore through a place",
			text: "An explosion tore through a warehouse at [[Port Orlen|LOC]] on Tuesday.",
			date: "2023-06-02",
			want: `event "Explosion in Port Orlen, 2023-05-30" key "explosion port orlen 2023 05 30"
  place Port Orlen; date "2023-05-30"
  "explosion" event-description 1.00
`,
		},
		{
			name: "a headline's bare noun with a place after it",
			text: "Explosion at [[Harlow|LOC]] chemical plant kills 12\n\nTwelve workers died on Tuesday when a tank exploded at the plant in [[Harlow|LOC]].",
			date: "2023-06-02",
			want: `event "Explosion in Harlow" key "explosion harlow doc <hash>"
  place Harlow; date ""; killed 12 ("12")
  "Explosion" event-description 1.00
`,
		},
		{
			name: "a headline's placed bare noun and the lede's unplaced indefinite one are one incident",
			text: "Strong Quake Hits [[Norlandic|LOC]] Island, Kills Six\n\nAn earthquake shook an island in eastern [[Norland|LOC]] on Friday, killing six people.",
			date: "2023-06-02",
			want: `event "Quake in Norlandic" key "earthquake norlandic doc <hash>"
  place Norlandic; date ""; killed 6 ("Six")
  "Strong Quake" event-description 1.00
  "earthquake" event-same-facts 0.70
`,
		},
		{
			name: "a headline's placed bare noun and the lede's dated indefinite one are one incident (headline-retold)",
			text: "Leaders gather for [[Varn|LOC]] summit\n\n[[Ann Lee|PER]] hosted [[Bo Ek|PER]] at a summit meeting Monday, with trade first on the list.",
			date: "2023-06-02",
			want: `event "Summit in Varn, 2023-05-29" key "meeting varn 2023 05 29"
  place Varn; date "2023-05-29"
  "summit" event-description 1.00
  "summit meeting" event-same-facts 0.70
`,
		},
		{
			name: "a headline's placed bare noun and the lede's indefinite one with the same place are one incident",
			text: "[[Varn|LOC]] quake\n\nA powerful earthquake in [[Varn|LOC]] damaged houses and frightened people.",
			date: "2023-06-02",
			want: `event "Quake in Varn" key "earthquake varn doc <hash>"
  place Varn; date ""
  "quake" event-description 1.00
  "powerful earthquake" event-same-facts 0.70
`,
		},
		{
			name: "a headline's indefinite noun and the lede's with the same head are one incident",
			text: "A suicide bombing at a [[Harlow|LOC]] bus depot killed 3 commuters\n\nA suicide bombing at a busy [[Harlow|LOC]] bus depot killed at least five commuters.",
			date: "2023-06-02",
			want: `event "Bombing in Harlow" key "attack harlow doc <hash>"
  place Harlow; date ""; killed 5 ("at least five commuters")
  "suicide bombing" event-description 1.00
  "suicide bombing" event-same-facts 0.70
`,
		},
		{
			name: "a first line cut off by the feed is a headline when the body retells its incident (body-count)",
			text: "A suicide bombing at a [[Harlow|LOC]] bus depot killed 3 commuters ...\n\nA suicide bombing at a busy [[Harlow|LOC]] bus depot killed at least five commuters.",
			date: "2023-06-02",
			want: `event "Bombing in Harlow" key "attack harlow doc <hash>"
  place Harlow; date ""; killed 5 ("at least five commuters")
  "suicide bombing" event-description 1.00
  "suicide bombing" event-same-facts 0.70
`,
		},
		{
			name: "a first line of its own that ends like a sentence is a headline when the body retells its incident (body-count, retold)",
			text: "A suicide bombing at a [[Harlow|LOC]] bus depot killed 3 commuters.\n\nA suicide bombing at a busy [[Harlow|LOC]] bus depot killed at least five commuters.",
			date: "2023-06-02",
			want: `event "Bombing in Harlow" key "attack harlow doc <hash>"
  place Harlow; date ""; killed 5 ("at least five commuters")
  "suicide bombing" event-description 1.00
  "suicide bombing" event-same-facts 0.70
`,
		},
		{
			name: "the place after a verb of harm and its count is the incident's (casualty-place)",
			text: "An explosion killed 3 people and injured 20 others in a packed [[Harlow|LOC]] station. A blast killed 2 people from [[Orlen|LOC]]. A shooting wounded 4 people in an attack on [[Korvath|LOC]].",
			want: `event "Explosion in Harlow" key "explosion harlow doc <hash>"
  place Harlow; date ""; killed 3 ("3 people"); injured 20 ("20 others")
  "explosion" event-description 1.00
event "Blast" key "explosion doc <hash>"
  place -; date ""; killed 2 ("2 people")
  "blast" event-description 1.00
event "Shooting" key "attack doc <hash>"
  place -; date ""; injured 4 ("4 people")
  "shooting" event-description 1.00
event "Attack in Korvath" key "attack korvath doc <hash>"
  place Korvath; date ""
  "attack" event-description 1.00
`,
		},
		{
			name: "a first sentence on no line of its own is no headline: two indefinite descriptions are two incidents",
			text: "A car bomb exploded in a [[Harlow|LOC]] market, killing 5 people. A second car bomb exploded later, killing 3 people.",
			date: "2023-06-02",
			want: `event "Bomb in Harlow" key "explosion harlow doc <hash>"
  place Harlow; date ""; killed 5 ("5 people")
  "car bomb" event-description 1.00
event "Bomb" key "explosion doc <hash>"
  place -; date ""; killed 3 ("3 people")
  "second car bomb" event-description 1.00
`,
		},
		{
			name: "a headline's indefinite noun and the lede's with another head are two incidents",
			text: "A bombing killed 3 people at a [[Harlow|LOC]] depot\n\nA shooting killed five people on a [[Harlow|LOC]] square.",
			date: "2023-06-02",
			want: `event "Bombing" key "attack doc <hash>"
  place -; date ""; killed 3 ("3 people")
  "bombing" event-description 1.00
event "Shooting" key "attack doc <hash>"
  place -; date ""; killed 5 ("five people")
  "shooting" event-description 1.00
`,
		},
		{
			name: "a headline's bare noun and the lede's indefinite one in another place are two incidents",
			text: "[[Varn|LOC]] quake\n\nAn earthquake in [[Orlen|LOC]] damaged houses.",
			date: "2023-06-02",
			want: `event "Quake in Varn" key "earthquake varn doc <hash>"
  place Varn; date ""
  "quake" event-description 1.00
event "Earthquake in Orlen" key "earthquake orlen doc <hash>"
  place Orlen; date ""
  "earthquake" event-description 1.00
`,
		},
		{
			name: "a headline's bare noun with nothing after it is no incident",
			text: "Fire safety rules tightened\n\nThe council set new rules on Tuesday.",
			date: "2023-06-02",
			want: ``,
		},
		{
			name: "a bare noun inside a sentence is no incident",
			text: "The company said it would fight fire with fire in [[Harlow|LOC]].",
			date: "2023-06-02",
			want: ``,
		},
		{
			name: "conflicting dates make two events",
			text: "The June 1 attack in [[Orlen|LOC]] and the June 9 attack in [[Orlen|LOC]] were linked.",
			want: `event "Attack in Orlen, June 1" key "attack orlen 06 01 doc <hash>"
  place Orlen; date "--06-01"
  "June 1 attack" event-description 1.00
event "Attack in Orlen, June 9" key "attack orlen 06 09 doc <hash>"
  place Orlen; date "--06-09"
  "June 9 attack" event-description 1.00
`,
		},
		{
			name: "an event named in the text",
			text: "The summit in [[Brela|LOC]], known as the [[Harbour Accord Talks|MISC]], ended on Friday. Leaders left the summit early.",
			date: "2022-09-12",
			want: `event "Harbour Accord Talks" key "harbour accord talks"
  place Brela; date "2022-09-09"
  "summit" event-description 1.00
  "Harbour Accord Talks" exact 1.00
  "summit" event-coreference 0.80
`,
		},
		{
			name: "a named event the tagger found",
			text: "Storms before [[Hurricane Nadia|MISC]] flooded the coast. The hurricane made landfall near [[Porto Alto|LOC]].",
			want: `event "Hurricane Nadia" key "hurricane nadia"
  place Porto Alto; date ""
  "Hurricane Nadia" exact 1.00
  "hurricane" event-coreference 0.80
`,
		},
		{
			name: "a name the typer made an event's is read as a miscellaneous one",
			text: "Veterans of the [[Harbour War II|EVENT]] met.",
			want: `event "Harbour War II" key "harbour war ii"
  place -; date ""
  "Harbour War II" exact 1.00
`,
		},
		{
			name: "a number after a name's head word (\"War II\") leaves the head",
			text: "Veterans of the [[Harbour War II|MISC]] met.",
			want: `event "Harbour War II" key "harbour war ii"
  place -; date ""
  "Harbour War II" exact 1.00
`,
		},
		{
			name: "a one-word name of a sporting contest is an event",
			text: "She trained for the [[Marathon|MISC]] all year.",
			want: `event "Marathon" key "marathon"
  place -; date ""
  "Marathon" exact 1.00
`,
		},
		{
			name: "a name headed by a word for a society's drastic change is an event; a body's is not",
			text: "Since the [[Ostmark Revolution|MISC]], the [[Revolution Bank|ORG]] has grown.",
			want: `event "Ostmark Revolution" key "ostmark revolution"
  place -; date ""
  "Ostmark Revolution" exact 1.00
`,
		},
		{
			name: "a named event someone spent somewhere does not take that place",
			text: "She spent the [[Harbour War II|MISC]] in [[Ostmark|LOC]].",
			want: `event "Harbour War II" key "harbour war ii"
  place -; date ""
  "Harbour War II" exact 1.00
`,
		},
		{
			name: "a storm tagged a person is an event; a person named Storm is not",
			text: "[[Typhoon Nadia|PER]] hit the coast. [[Storm Ekland|PER]] watched.",
			want: `event "Typhoon Nadia" key "typhoon nadia"
  place -; date ""
  "Typhoon Nadia" exact 1.00
`,
		},
		{
			name: "a contest's name is an event though tagged a body; a treaty's and a conference body's are not",
			text: "Runners left the [[Korvath Marathon|ORG]] for the [[Ostmark Games|ORG]]. The [[Pellan Convention|MISC]] binds the [[Northern Conference|ORG]].",
			want: `event "Korvath Marathon" key "korvath marathon"
  place -; date ""
  "Korvath Marathon" exact 1.00
event "Ostmark Games" key "ostmark games"
  place -; date ""
  "Ostmark Games" exact 1.00
`,
		},
		{
			name: "a race or a final of a named event of many contests is a part of it, not the event",
			text: "Ann Lee won gold at the [[Ostmark Games|ORG]]. She led the final from the start.",
			want: `event "Ostmark Games" key "ostmark games"
  place -; date ""
  "Ostmark Games" exact 1.00
`,
		},
		{
			name: "a name ending in a two-word contest is an event; a body's name ending in a show's word too, a title's not",
			text: "She ran the [[Korvath Cross Country|ORG]] and the [[Pellam Grand Prix|MISC]]. Acme went to the [[Harlow Motor Show|ORG]]. He hosts [[The Bo Ek Show|MISC]].",
			want: `event "Korvath Cross Country" key "korvath cross country"
  place -; date ""
  "Korvath Cross Country" exact 1.00
event "Pellam Grand Prix" key "pellam grand prix"
  place -; date ""
  "Pellam Grand Prix" exact 1.00
event "Harlow Motor Show" key "harlow motor show"
  place -; date ""
  "Harlow Motor Show" exact 1.00
`,
		},
		{
			name: "a name the typer made an event's that ends in a show's word is an event (meeting-head); a thing's so named is not",
			text: "Acme went to [[Vellworld Expo|EVENT]]. He hosts [[The Bo Ek Show|MISC]].",
			want: `event "Vellworld Expo" key "vellworld expo"
  place -; date ""
  "Vellworld Expo" exact 1.00
`,
		},
		{
			name: "a name with a final or a tournament after it, or a win in it, is a contest's (the final of a plural name is a part of it); a name with another noun after it or owning a vote is not",
			text: "Harlow reached the [[Ostmark Nations|ORG]] final. Pellam won the [[Velden Trophy|MISC]] tournament. [[Acme Norland|ORG]] shares fell. Tarvik had a first win in the [[Korvath Shield|ORG]]. The bill met a defeat in the [[Norland Senate|ORG]]'s vote.",
			want: `event "Ostmark Nations" key "ostmark nations"
  place -; date ""
  "Ostmark Nations" exact 1.00
event "Velden Trophy" key "velden trophy"
  place -; date ""
  "Velden Trophy" exact 1.00
  "tournament" event-coreference 0.80
event "Korvath Shield" key "korvath shield"
  place -; date ""
  "Korvath Shield" exact 1.00
`,
		},
		{
			name: "eruption and blast corefer; the tsunami, not the modifier in tsunami waves, is another event, of the lede's day",
			text: "The eruption of the [[Keli|LOC]] volcano on Saturday sent tsunami waves ashore. The blast shook houses far away, and the tsunami hit two towns.",
			date: "2022-01-17",
			want: `event "Eruption in Keli, 2022-01-15" key "eruption keli 2022 01 15"
  place Keli; date "2022-01-15"
  "eruption" event-description 1.00
  "blast" event-coreference 0.80
event "Tsunami, 2022-01-15" key "tsunami 2022 01 15 doc <hash>"
  place -; date "2022-01-15"
  "tsunami" event-description 1.00
`,
		},
		{
			name: "a reference to an incident in the lede does not take the date of another noun there (lede-reference)",
			text: "Norland faces a bill in 2021 for rebuilding after the flood which killed 300 people, its bank says. Aid for the flood is slow.",
			want: `event "Flood" key "flood doc <hash>"
  place -; date ""; killed 300 ("300 people")
  "flood" event-description 1.00
  "flood" event-coreference 0.80
`,
		},
		{
			name: "an incident the lede's clause is part of takes the lede's date (lede-reference)",
			text: "Five people were killed on May 2 in the explosion that tore through a home.",
			want: `event "Explosion, May 2" key "explosion 05 02 doc <hash>"
  place -; date "--05-02"; killed 5 ("Five people")
  "explosion" event-description 1.00
`,
		},
		{
			name: "a date right before a past verb that brings an incident about is the incident's (launch-date)",
			text: "Militias on Friday began an offensive against the hill forts. Rebels on Tuesday condemned an offensive by troops.",
			want: `event "Offensive, Friday" key "war doc <hash>"
  place -; date ""
  "offensive" event-description 1.00
`,
		},
		{
			name: "a past verb of setting going with its particle dates the incident (launch-date)",
			text: "Militias on Friday carried out an attack against the hill forts. Rebels on Tuesday kicked off a protest against the levy.",
			want: `event "Attack, Friday" key "attack doc <hash>"
  place -; date ""
  "attack" event-description 1.00
event "Protest, Tuesday" key "protest doc <hash>"
  place -; date ""
  "protest" event-description 1.00
`,
		},
		{
			name: "a verb of planning or finishing does not date the incident (launch-date)",
			text: "Militias on Friday arranged an offensive against the hill forts. Rebels on Tuesday fulfilled a protest against the levy.",
			want: "",
		},
		{
			name: "compass words joined before the place a verb of afflicting takes (joined-compass)",
			text: "The flood, which battered north and west [[Norland|LOC]] on May 2, killed 300 people.",
			want: `event "Flood in Norland, May 2" key "flood norland 05 02 doc <hash>"
  place Norland; date "--05-02"; killed 300 ("300 people")
  "flood" event-description 1.00
`,
		},
		{
			name: "participants in and after the description, verbs are not events",
			text: "The [[Northern Front|ORG]] raid on [[Tarn|LOC]] and an ambush by [[Grey Hand|ORG]] in [[Tarn|LOC]] on May 2 were planned to attack convoys.",
			want: `event "Raid in Tarn" key "attack tarn doc <hash>"
  place Tarn; date ""; participants Northern Front
  "raid" event-description 1.00
event "Ambush in Tarn, May 2" key "attack tarn 05 02 doc <hash>"
  place Tarn; date "--05-02"; participants Grey Hand
  "ambush" event-description 1.00
`,
		},
		{
			name: "an anchored date takes its value from the event",
			text: "The March 2 explosion in [[Lodz|LOC]] killed 3. Two days after the explosion, crews cleared the site.",
			date: "2023-03-10",
			want: `event "Explosion in Lodz, 2023-03-02" key "explosion lodz 2023 03 02"
  place Lodz; date "2023-03-02"; killed 3 ("3")
  "March 2 explosion" event-description 1.00
  "explosion" event-coreference 0.80
`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, got := run(t, tc.text, tc.date)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
			checkInvariants(t, res)
		})
	}
}

// checkInvariants checks what every Result must satisfy after Process.
func checkInvariants(t testing.TB, res *extract.Result) {
	t.Helper()
	for i, m := range res.Mentions {
		if m.Start < 0 || m.End > len(res.Doc.Text) || m.Start >= m.End || res.Doc.Text[m.Start:m.End] != m.Text {
			t.Fatalf("mention %d %+v does not anchor", i, m)
		}
		if m.Entity >= len(res.Entities) {
			t.Fatalf("mention %d points past the entities", i)
		}
	}
	for e, ent := range res.Entities {
		for _, mi := range ent.Mentions {
			if mi < 0 || mi >= len(res.Mentions) || res.Mentions[mi].Entity != e {
				t.Fatalf("entity %d %q lists mention %d that is not its own", e, ent.Name, mi)
			}
		}
	}
	seen := map[int]bool{}
	for _, ev := range res.Events {
		if ev.Entity < 0 || ev.Entity >= len(res.Entities) || res.Entities[ev.Entity].Type != extract.EventType {
			t.Fatalf("event %+v is not an event entity", ev)
		}
		if seen[ev.Entity] {
			t.Fatalf("entity %d is two events", ev.Entity)
		}
		seen[ev.Entity] = true
		if ev.Place >= len(res.Entities) {
			t.Fatalf("event %+v has a place past the entities", ev)
		}
		for _, f := range ev.Figures {
			if f.Mention < 0 || f.Mention >= len(res.Mentions) || res.Mentions[f.Mention].Type != extract.Quantity {
				t.Fatalf("figure %+v is not a quantity mention", f)
			}
		}
	}
}

func TestDates(t *testing.T) {
	for _, tc := range []struct {
		a, b     string
		conflict bool
		merged   string
	}{
		{"--03", "--03-22", false, "--03-22"},
		{"2024-03", "--03-22", false, "2024-03-22"},
		{"2024-03-22", "--03-21", true, ""},
		{"2024", "2023-05", true, ""},
		{"", "2024-01-02", false, "2024-01-02"},
	} {
		if got := dateConflict(tc.a, tc.b); got != tc.conflict {
			t.Errorf("dateConflict(%q, %q) = %v", tc.a, tc.b, got)
		}
		if !tc.conflict {
			if got := mergeDate(tc.a, tc.b); got != tc.merged {
				t.Errorf("mergeDate(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.merged)
			}
		}
	}
}

func TestLinker(t *testing.T) {
	res, _ := run(t, "The May 1 attack in [[Tarn|LOC]] shocked [[Ana Lind|PER]]. [[Grey Hand|ORG]] claimed responsibility for the attack.", "")
	if len(res.Events) != 1 {
		t.Fatalf("%d events, want 1", len(res.Events))
	}
	ev := res.Events[0].Entity
	gh, ana := -1, -1
	for i, e := range res.Entities {
		switch e.Name {
		case "Grey Hand":
			gh = i
		case "Ana Lind":
			ana = i
		}
	}
	res.Relations = []extract.Relation{
		{Subject: gh, Object: ev, Predicate: schema.NS + "claimedResponsibilityFor", Claim: -1},
		{Subject: ana, Object: ev, Predicate: schema.NS + "witnessed", Claim: 0},
	}
	if err := NewLinker().Process(res); err != nil {
		t.Fatal(err)
	}
	if got := res.Events[0].Participants; len(got) != 1 || got[0] != gh {
		t.Errorf("participants %v, want [%d] (Grey Hand; the claimed relation does not count)", got, gh)
	}
}

// TestGolden runs the finder on the marked articles of testdata/*.txtar
// ("input", optional "date") and compares with "want".
func TestGolden(t *testing.T) {
	golden.Archives(t, "testdata", func(t *testing.T, a txtar.Archive) []txtar.File {
		in, _ := a.Get("input")
		date, _ := a.Get("date")
		res, got := run(t, in, strings.TrimSpace(date))
		checkInvariants(t, res)
		return []txtar.File{{Name: "want", Data: got}}
	})
}

// FuzzFinder runs the stage on marked text ("[[Korvath|LOC]]" marks a
// mention), so that the fuzzer chooses the entity mentions too.
func FuzzFinder(f *testing.F) {
	finder := New(nil)
	for _, in := range txtar.Inputs("testdata", "input") {
		f.Add(in)
	}
	f.Add("The attack, known as , dubbed “ the the [[X|ORG]]'s attack of of by [[Y|LOC]], which struck")
	f.Add("Gunmen attacked [[Tarn|LOC]]. The three attackers, who were from the republic of [[Velmar|LOC]], fled. Two [[Ostri|LOC]] victims, from [[X|MISC]] of, died")
	// A verb, a score or a preposition at an edge of the sentence.
	for _, in := range []string{"[[Bo Ek|PER]] resigned", "[[Bo Ek|PER]] stepped down", "2-1 victory over [[Tarvik|ORG]]",
		"3-1 loss to [[Tarvik|ORG]]", "beat [[Tarvik|ORG]] 2-1", "[[Vellmar|ORG]] lost 2-1 to", "[[Vellmar|ORG]] lost 2-1 to the"} {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, marked string) {
		defer fuzzbudget.Start(t, len(marked))()
		if !utf8.ValidString(marked) {
			return
		}
		res := testkit.Build(t, marked, time.Time{})
		if err := temporal.New(nil).Process(res); err != nil {
			t.Fatal(err)
		}
		if err := finder.Process(res); err != nil {
			t.Fatal(err)
		}
		if err := NewLinker().Process(res); err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, res)
	})
}

// BenchmarkFinder measures the stage on 200 BBC articles tagged,
// resolved and dated beforehand; BenchmarkBaselineTemporal, the date
// stage on the same articles, is the yardstick.
func BenchmarkFinder(b *testing.B) {
	results := prepared(b)
	finder := New(nil)
	b.ResetTimer()
	for b.Loop() {
		for _, r := range results {
			r.reset()
			if err := finder.Process(r.res); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkBaselineTemporal(b *testing.B) {
	results := prepared(b)
	tg := temporal.New(&temporal.Options{NoHeaderDate: true})
	b.ResetTimer()
	for b.Loop() {
		for _, r := range results {
			r.reset()
			if err := tg.Process(r.res); err != nil {
				b.Fatal(err)
			}
		}
	}
}

type preparedDoc struct {
	res      *extract.Result
	mentions []extract.Mention
	entities []extract.Entity
}

// reset restores the Result as it was before the measured stage.
func (p preparedDoc) reset() {
	p.res.Mentions = append(p.res.Mentions[:0], p.mentions...)
	p.res.Entities = p.res.Entities[:0]
	for _, e := range p.entities {
		e.Mentions = append([]int(nil), e.Mentions...)
		p.res.Entities = append(p.res.Entities, e)
	}
	p.res.Events = nil
}

func prepared(b *testing.B) []preparedDoc {
	docs := shareddata.BBC(b)
	if len(docs) > 200 {
		docs = docs[:200]
	}
	m, err := ner.Default()
	if err != nil {
		b.Fatal(err)
	}
	rec := ner.NewRecognizer(m, nil)
	var out []preparedDoc
	size := 0
	for _, d := range docs {
		res := &extract.Result{Doc: extract.Document{Text: d}}
		res.Sentences = sentence.Split(d, tokenize.Tokenize(d))
		if err := rec.Recognize(res); err != nil {
			b.Fatal(err)
		}
		if err := resolve.New(nil).Resolve(res); err != nil {
			b.Fatal(err)
		}
		if err := temporal.New(&temporal.Options{NoHeaderDate: true}).Process(res); err != nil {
			b.Fatal(err)
		}
		ents := make([]extract.Entity, len(res.Entities))
		for i, e := range res.Entities {
			e.Mentions = append([]int(nil), e.Mentions...)
			ents[i] = e
		}
		out = append(out, preparedDoc{res: res, mentions: append([]extract.Mention(nil), res.Mentions...), entities: ents})
		size += len(d)
	}
	b.SetBytes(int64(size))
	return out
}

func TestGroups(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{
			name: "origin after the noun",
			text: "Gunmen stormed a hall in [[Tarn|LOC]] on May 1. Police arrested the three attackers, who were both from the [[Outer|MISC]] republic of [[Velmar|LOC]], after the attack.",
			want: "perpetrators of Attack in Tarn, May 1 (the three attackers) from Velmar, by perpetrator\n",
		},
		{
			name: "origin after a natural feature's noun (lexicon NaturalFeature)",
			text: "Gunmen stormed a hall in [[Tarn|LOC]] on May 1. Police arrested the three attackers, who were both from the island of [[Velmar|LOC]], after the attack.",
			want: "perpetrators of Attack in Tarn, May 1 (the three attackers) from Velmar, by perpetrator\n",
		},
		{
			name: "no origin after a noun for no place",
			text: "Gunmen stormed a hall in [[Tarn|LOC]] on May 1. Police arrested the three attackers, who were both from the school of [[Velmar|LOC]], after the attack.",
			want: "",
		},
		{
			name: "a place adjective before the noun",
			text: "A bombing in [[Tarn|LOC]] killed nine. Two [[Velmari|LOC]] bombers fled. The victims came from [[Ostra|LOC]].",
			want: "perpetrators of Bombing in Tarn (Two Velmari bombers) from Velmari, by perpetrator\nvictims of Bombing in Tarn (The victims) from Ostra, by victim\n",
		},
		{
			name: "the subject of were among the victims",
			text: "A bombing in [[Tarn|LOC]] killed nine. Three [[Velmari|LOC]] workers were among the victims.",
			want: "victims of Bombing in Tarn (Three Velmari workers) from Velmari, by victim\n",
		},
		{
			name: "no origin, no event, or not violent: nothing",
			text: "The gunmen fled. Hostages from [[Velmar|LOC]] were freed. The summit in [[Tarn|LOC]] opened. Suspects from [[Ostra|LOC]] met.",
			want: "",
		},
		{
			name: "a place that is not a country before the noun is where it happened",
			text: "An attack hit [[Tarn|LOC]]. The [[Tarn|LOC]] gunmen fled.",
			want: "",
		},
		{
			name: "inside a claim",
			text: "An attack hit [[Tarn|LOC]]. [[Ana Lind|PER]] said the attackers were from [[Velmar|LOC]].",
			want: "",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, _ := run(t, tc.text, "")
			for i, e := range res.Entities {
				if strings.HasPrefix(e.Name, "Velmar") { // as package typing would
					res.Entities[i].Class = "Country"
				}
			}
			if err := claim.New(nil).Process(res); err != nil {
				t.Fatal(err)
			}
			if err := NewLinker().Process(res); err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, res)
			var b strings.Builder
			for g, e := range res.Entities {
				if e.Class != schema.GroupClass {
					continue
				}
				var from, by []string
				for _, r := range res.Relations {
					if r.Subject == g && r.Predicate == schema.HomeLocation {
						from = append(from, res.Entities[r.Object].Name)
					}
					if r.Object == g {
						by = append(by, strings.TrimPrefix(r.Predicate, schema.NS))
					}
				}
				fmt.Fprintf(&b, "%s (%s) from %s, by %s\n", e.Name, strings.Join(e.Aliases, "; "), strings.Join(from, ", "), strings.Join(by, ", "))
			}
			if diff := cmp.Diff(tc.want, b.String()); diff != "" {
				t.Errorf("groups (-want +got):\n%s", diff)
			}
		})
	}
}

// An attack takes the venue the document says was attacked, when it lies
// in the attack's place; two venues leave the place as it was.
func TestVenue(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"the venue stormed", "The attack in [[Tarn|LOC]] on May 1 killed nine. Gunmen stormed the [[Lakeside Hall|LOC]] venue.", "Lakeside Hall"},
		{"two venues", "The attack in [[Tarn|LOC]] on May 1 killed nine. Gunmen stormed the [[Lakeside Hall|LOC]] and raided the [[Grand Hotel|LOC]].", "Tarn"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, _ := run(t, tc.text, "")
			ids := map[string]int{}
			for i, e := range res.Entities {
				ids[e.Name] = i
			}
			res.Entities[ids["Lakeside Hall"]].Class = "EventVenue"
			if g, ok := ids["Grand Hotel"]; ok {
				res.Entities[g].Class = "Hotel"
			}
			for _, v := range []string{"Lakeside Hall", "Grand Hotel"} {
				if e, ok := ids[v]; ok {
					res.Relations = append(res.Relations, extract.Relation{Subject: e, Object: ids["Tarn"], Predicate: schema.ContainedInPlace, Claim: -1})
				}
			}
			if err := NewLinker().Process(res); err != nil {
				t.Fatal(err)
			}
			if len(res.Events) != 1 {
				t.Fatalf("%d events, want 1", len(res.Events))
			}
			if got := res.Entities[res.Events[0].Place].Name; got != tc.want {
				t.Errorf("place %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHostCity checks that a city named right before a named event is
// where that edition took place, and tells it from other editions.
func TestHostCity(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"a city before the name", "Ann Lee ran at the 2000 [[Harlow|LOC]] [[Olympics|MISC]].", `event "Olympics" key "olympics harlow"
  place Harlow; date ""
  "Olympics" exact 1.00
`},
		{"two cities' editions under one name: no place", "Ann Lee ran at the [[Harlow|LOC]] [[Olympics|MISC]] and at the [[Velden|LOC]] [[Olympics|MISC]].", `event "Olympics" key "olympics"
  place -; date ""
  "Olympics" exact 1.00
  "Olympics" exact 1.00
`},
		{"a description of its own names another event than the named one", "[[Ann Lee|PER]] won at the [[Harlow Games|MISC]]. She also won six titles at the world indoor swimming championships.", `event "Harlow Games" key "harlow games"
  place -; date ""
  "Harlow Games" exact 1.00
`},
		{"one match is no alias of the competition", "[[Acme|ORG]] reached the last eight of the [[Pellam Cup|MISC]]. The match against [[Tarvik|ORG]] drew a crowd. The final is in May.", `event "Pellam Cup" key "pellam cup"
  place -; date ""
  "Pellam Cup" exact 1.00
`},
		{"a final is the alias of a competition named as one", "[[Acme|ORG]] reached the [[Pellam Cup Final|MISC]]. The final drew a crowd.", `event "Pellam Cup Final" key "pellam cup final"
  place -; date ""
  "Pellam Cup Final" exact 1.00
  "final" event-coreference 0.80
`},
		{"a country before the name is a side", "Ann Lee joined the [[Norland|LOC]] [[Olympics|MISC]] squad.", `event "Olympics" key "olympics"
  place -; date ""
  "Olympics" exact 1.00
`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := testkit.Build(t, tc.text, time.Time{})
			for i := range res.Entities {
				switch res.Entities[i].Name {
				case "Harlow", "Velden":
					res.Entities[i].Class = typing.ClassCity
				case "Norland":
					res.Entities[i].Class = typing.ClassCountry
				}
			}
			if err := New(nil).Process(res); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, render(res)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestDescribed checks which events the text names not: their name is
// made of kind, place and date, and extract.Event.Described says so.
func TestDescribed(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]bool
	}{
		{"a description only", "A monthly news conference in [[Harlow|LOC]] ran late on Friday.", map[string]bool{"Conference in Harlow": true}},
		{"a name the text gives", "The summit in [[Brela|LOC]], known as the [[Harbour Accord Talks|MISC]], ended on Friday.", map[string]bool{"Harbour Accord Talks": false}},
		{"a name the tagger found", "Storms before [[Hurricane Nadia|MISC]] flooded the coast.", map[string]bool{"Hurricane Nadia": false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, _ := run(t, tc.text, "")
			got := map[string]bool{}
			for _, ev := range res.Events {
				got[res.Entities[ev.Entity].Name] = ev.Described
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("described (-want +got):\n%s", diff)
			}
		})
	}
}

// TestVerbForm checks the verb-form construction: a form in -ed of
// another lemma describes no event, whatever stands before it.
func TestVerbForm(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"a participle before a name", "Executives at the collapsed [[Acme Oil|ORG]] handed over their passports on Tuesday.", 0},
		{"a verb after an age", "[[Ann Lee|PER]], 25, raced in [[Harlow|LOC]] on Tuesday.", 0},
		{"the noun itself", "The collapse of [[Acme Oil|ORG]] in [[Harlow|LOC]] on Tuesday shocked traders.", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, out := run(t, tc.text, "")
			if len(res.Events) != tc.want {
				t.Errorf("%d events, want %d:\n%s", len(res.Events), tc.want, out)
			}
		})
	}
}

// TestSameHead checks the same-head construction: a description joins
// the named event whose name ends in its head word before a later one.
func TestSameHead(t *testing.T) {
	for _, tc := range []struct {
		name, text, event string
	}{
		{"a plural head", "[[Ann Lee|PER]] was picked for the [[Harlow Indoor Championships|MISC]]. She ran at the [[Velden Grand Prix|MISC]] last week. Bo Ek called the championships a chance for the young.", "Harlow Indoor Championships"},
		{"no named event with the head: the latest", "[[Ann Lee|PER]] was picked for the [[Harlow Indoor Championships|MISC]]. She ran at the [[Velden Grand Prix|MISC]] last week. Bo Ek called the race a chance for the young.", "Velden Grand Prix"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, out := run(t, tc.text, "")
			got := ""
			for _, m := range res.Mentions {
				if m.Type == extract.EventType && lowerWord(m.Text) && m.Entity >= 0 {
					got = res.Entities[m.Entity].Name
				}
			}
			if got != tc.event {
				t.Errorf("the description joined %q, want %q:\n%s", got, tc.event, out)
			}
		})
	}
}

// TestShortFormBracket checks that a short form in brackets after an
// event's name is read past to the place after it, and that other words
// in brackets end the phrases.
func TestShortFormBracket(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"a short form", "Ann Lee opened the [[Harlow Motor Show|MISC]] (HMS) in [[Velden|LOC]].", "Velden"},
		{"words in brackets", "Ann Lee opened the [[Harlow Motor Show|MISC]] (held yearly) in [[Velden|LOC]].", "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := testkit.Build(t, tc.text, time.Time{})
			for i := range res.Entities {
				switch res.Entities[i].Name {
				case "Velden":
					res.Entities[i].Class = typing.ClassCity
				case "Harlow Motor Show":
					res.Entities[i].Type = extract.EventType
				}
			}
			if err := New(nil).Process(res); err != nil {
				t.Fatal(err)
			}
			if len(res.Events) != 1 {
				t.Fatalf("%d events, want 1:\n%s", len(res.Events), render(res))
			}
			got := "-"
			if p := res.Events[0].Place; p >= 0 {
				got = res.Entities[p].Name
			}
			if got != tc.want {
				t.Errorf("place %q, want %q:\n%s", got, tc.want, render(res))
			}
		})
	}
}
