package event

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/annotate"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/temporal"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/extract/typing"
)

// Methods recorded in Mention.Method for event mentions.
const (
	MethodDescription = "event-description" // the description that introduced the event
	MethodCoreference = "event-coreference" // a later description of the same event ("the attack")
	MethodSameFacts   = "event-same-facts"  // an indefinite description with the same date or place
	MethodName        = "event-name"        // a name given to it ("known as X")
	MethodNamed       = "event-named"       // a name the tagger found that is an event's ("the X Summit")
)

// Options configures a Finder. The zero value (or nil) uses the shipped
// models.
type Options struct {
	// Annotator gives the sentences' annotation when the pipeline has not
	// (its tags tell nouns from verbs: "the attack", "to attack"); nil
	// means annotate.Default().
	Annotator *annotate.Annotator
}

// Finder is the pipeline stage that finds events. It is safe for
// concurrent use.
type Finder struct {
	ann *annotate.Annotator
	err error
}

// New returns a Finder; nil opts means the defaults. Models that fail to
// load are reported by Process.
func New(opts *Options) *Finder {
	f := &Finder{}
	if opts != nil {
		f.ann = opts.Annotator
	}
	if f.ann == nil {
		f.ann, f.err = annotate.Default()
		if f.err != nil {
			f.err = fmt.Errorf("event: %w", f.err)
		}
	}
	return f
}

// determiners of a description.
const (
	detBare = iota
	detDefinite
	detIndefinite
)

// desc is one description of an incident: "the May 1 attack in
// Korvath".
type desc struct {
	si         int
	start, end int // byte span of the mention
	head       string
	class      string
	det        int
	plural     bool
	place      int
	date       string
	dateText   string
	parts      []int
	figures    []extract.Figure
	// name is a name given in the text ("known as X"), with its span and
	// the entity already holding it, or -1.
	name               string
	nameStart, nameEnd int
	nameEntity         int
	nameSentence       int
	// predPlace is a place the description's verb gives ("was held at
	// X"), used when the event has no other.
	predPlace            int
	generic, hasSpecific bool
	// isName marks the mention of a named event: it adds facts, not a
	// mention.
	isName bool
	// byTitle marks the mention of a named event that only modifies a
	// noun for a person or what is won ("the X Open champion", "his X
	// Cup title"): it tells of someone, not of the event.
	byTitle bool
	// byPerson marks a byTitle mention whose noun is a person's ("the
	// X Open champion"), not what is won ("his X Cup title").
	byPerson bool
	// host says place is the city named before the event's name ("the
	// Harlow Olympics"), which tells one edition of it from another.
	host bool
	// bout says the head is a word for one contest between sides ("the
	// match", "the final"), of the many a competition is made of.
	bout bool
	// future says a word puts the event to come ("the next election").
	future bool
	// mods counts the words before the head ("world swimming
	// championships": 2).
	mods int
	// firstLine says the description is in the document's first line,
	// which holds that one sentence alone: a headline, whether or not
	// annotate found it one ("A bombing kills 3 ...").
	firstLine bool
	// afterPrep says a preposition stands right before the description's
	// phrase ("after the flood"; see prepBefore): the incident is
	// referred to in passing, in a phrase that hangs on another word.
	afterPrep bool
}

// evState is an event being assembled from its descriptions.
type evState struct {
	entity   int // existing entity (a named event), or -1 until built
	class    string
	name     string
	named    bool
	heads    []string
	place    int
	date     string
	dateText string
	parts    []int
	figures  []extract.Figure
	descs    []*desc
	methods  []string
	scores   []float64
	first    int // byte offset of the first mention
	last     int // byte offset of the latest mention
	// nameMention is a name span to add as a mention, or start = -1.
	nameStart, nameEnd, nameSentence int
	// told says a mention of a named event tells of it, not only of a
	// title won in it (desc.byTitle).
	told bool
	// toldBeyondPerson says a mention of a named event does more than
	// modify a person's noun (desc.byPerson).
	toldBeyondPerson bool
	// host is the host city of a named event's edition (desc.host), -1
	// when none is named, -2 when two are.
	host int
	// retold says the body tells again the incident the first sentence
	// told (headlineTold): that sentence is a headline, whether or not
	// annotate found it one.
	retold bool
	// verbal says a verb or a result's score told the event (verbEvents):
	// it happened, and is kept with no place or date when it has a
	// participant.
	verbal bool
}

// Process finds the events of res: named events the tagger found ("the
// Geneva Summit", "Hurricane Ida"), and incidents described with a noun
// ("the May 1 attack in Korvath", "the massacre"), with their place,
// date, participants and figures where the text gives them ("the attack,
// which killed 40 people"). Descriptions of one incident in a document
// become one event: a definite description ("the attack") refers to the
// latest event of a compatible kind whose date and place do not conflict
// with it. Each event is an entity of type extract.EventType with one
// mention per description, and an entry in res.Events. A date mention
// anchored on an event ("three days before the attack") gets its value
// when the event's date is known.
//
// Process needs res.Sentences and resolved entities; it runs before the
// relation stage so that relations can reach events.
func (f *Finder) Process(res *extract.Result) error {
	if f == nil || f.ann == nil && f.err == nil {
		return fmt.Errorf("event: nil Finder")
	}
	if f.err != nil {
		return f.err
	}
	f.ann.Annotate(res)
	d := &docState{res: res, lex: f.ann.Lexicon()}
	named := d.namedEvents()
	d.sportsTeam = d.namesSportsTeam()
	var descs []*desc
	for si := range res.Sentences {
		descs = append(descs, d.sentence(si)...)
	}
	events := d.corefer(named, descs)
	events = d.withVerbEvents(events)
	d.build(events)
	d.anchoredDates()
	return nil
}

type docState struct {
	res *extract.Result
	lex *lexicon.Lexicon
	// ledePlace and ledeDate are the lede's one place (or -1) and one
	// date mention (or nil).
	ledePlace int
	ledeDate  *extract.Mention
	// ledeSent is the lede's sentence, or -1.
	ledeSent int
	// named maps the entity of a named event to its class.
	named map[int]string
	// sportsTeam is whether the document names a side typing classed a
	// sports team (namesSportsTeam; read by playAttack).
	sportsTeam bool
}

// namesSportsTeam reports whether an entity of the document is classed
// a sports team.
func (d *docState) namesSportsTeam() bool {
	for _, e := range d.res.Entities {
		if e.Class == typing.ClassSportsTeam {
			return true
		}
	}
	return false
}

// namedEvents turns entities whose names are events' names into events.
func (d *docState) namedEvents() []*evState {
	var out []*evState
	for e := range d.res.Entities {
		ent := &d.res.Entities[e]
		if ent.Type == extract.Location || ent.Class == extract.CreativeWorkClass || len(ent.Mentions) == 0 {
			continue
		}
		words := strings.Fields(ent.Name)
		ceremony := d.ceremonyNamed(e)
		if len(words) < 2 && !d.eventWordName(ent) && !ceremony {
			continue
		}
		// A storm is named like a person ("Hurricane Ann"), and taggers
		// type it as one; no one's first name is "Hurricane".
		if ent.Type == extract.Person && !stormTitle[strings.ToLower(words[0])] {
			continue
		}
		// A name the typer made an event's ("X happened", "during X")
		// is read as a miscellaneous one.
		typ := ent.Type
		if typ == extract.EventType {
			typ = extract.Miscellaneous
		}
		class := ""
		if ceremony {
			class = classCeremony
		} else if len(words) == 1 {
			class = classSport
		} else if c, ok := namedFirst[strings.ToLower(words[0])]; ok && upperWord(words[1]) {
			class = c
		} else if c, ok := d.namedPairHead(words, typ, ent.Type == extract.EventType); ok {
			class = c
		} else if c, ok := d.namedHead(headWord(words), typ); ok {
			class = c
		} else if d.contestInContext(e) {
			class = classSport
		}
		if class == "" || d.kindNamed(e) {
			continue
		}
		ent.Type, ent.Class = extract.EventType, ""
		if d.named == nil {
			d.named = map[int]string{}
		}
		d.named[e] = class
		first := d.res.Mentions[ent.Mentions[0]].Start
		out = append(out, &evState{entity: e, class: class, name: ent.Name, named: true, place: -1, first: first, last: first, nameStart: -1, host: -1, date: editionYear(words)})
	}
	return out
}

// editionYear returns the year that opens a named event's name, its
// edition's ("the 1974 World Cup"), or "" (the edition-year rule).
func editionYear(words []string) string {
	if len(words) < 2 {
		return ""
	}
	w := words[0]
	if len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && strings.Trim(w, "0123456789") == "" {
		return w
	}
	return ""
}

// eventWordName reports whether a one-word name the tagger left
// miscellaneous is a word WordNet has for a sporting contest ("the
// Olympics"): the name is the event's.
func (d *docState) eventWordName(ent *extract.Entity) bool {
	w := ent.Name
	if ent.Type != extract.Miscellaneous || !upperWord(w) || strings.ToUpper(w) == w {
		return false
	}
	return d.lex.Is(strings.ToLower(w), lexicon.EventSport)
}

// headWord returns the last word of a name, or the one before it when the
// last is a number ("World War II", "Gulf War 2").
func headWord(words []string) string {
	last := words[len(words)-1]
	if len(words) >= 3 && (strings.Trim(last, "0123456789") == "" || strings.Trim(last, "IVX") == "") {
		return words[len(words)-2]
	}
	return last
}

// namedHead returns the class of event that a name ending in word names:
// a name the tagger left untyped (MISC) when the word is a noun of an
// incident ("the Iraq War", "the Geneva Summit", "the 2004 Elections") or
// of a society's drastic change ("the Norland Revolution"), and
// also one it took for a body (ORG) when the word ends the names of
// contests and festivals ("the Korvath Marathon", "the Ostmark Games",
// "the Harlow Film Festival"); a meeting's word ("Conference") ends a
// body's name as often, and a word that ends the names of laws ("the
// Geneva Convention") names no event.
func (d *docState) namedHead(word, typ string) (string, bool) {
	if !upperWord(word) || typ != extract.Miscellaneous && typ != extract.Organization {
		return "", false
	}
	low := strings.ToLower(word)
	lemma := d.lex.Lemma(low, "NNS")
	if d.lex.Is(lemma, lexicon.Law) {
		return "", false // "the European Convention": a treaty
	}
	contest := d.lex.Is(low, lexicon.EventName) || d.lex.Is(lemma, lexicon.EventName)
	if typ == extract.Organization && !contest {
		return "", false
	}
	if c, ok := triggerClass(d.lex, low, lemma); ok && c != classGeneric && c != classDisasterGn {
		return c, true
	}
	if contest {
		return classSport, true
	}
	if typ == extract.Miscellaneous && d.lex.Is(lemma, lexicon.EventChange) {
		// "the Norland Revolution": a change of a society, named.
		return classGeneric, true
	}
	return "", false
}

// namedPairHead returns the class of event that a name ending in two
// capitalised words names when the two are one noun of WordNet's for a
// contest ("the Korvath Grand Prix", "the Harlow Cross Country"), whose last
// word alone is none; and, for a name the tagger took for a body's, when
// its last word ends the names of shows and fairs ("the Pellam Motor
// Show", "the Velden Book Fair"): words that seldom end a body's name;
// so also for a name the typer made an event's (typed, typ then
// miscellaneous: its meeting-head construction).
func (d *docState) namedPairHead(words []string, typ string, typed bool) (string, bool) {
	if typ != extract.Miscellaneous && typ != extract.Organization || len(words) < 2 {
		return "", false
	}
	a, b := words[len(words)-2], words[len(words)-1]
	if !upperWord(a) || !upperWord(b) {
		return "", false
	}
	if d.lex.Is(strings.ToLower(a+" "+b), lexicon.EventName) {
		return classSport, true
	}
	if (typ == extract.Organization || typed) && d.lex.Is(strings.ToLower(b), lexicon.EventShow) {
		return classMeeting, true
	}
	return "", false
}

// contestInContext reports whether the words around the mentions of
// entity e, a name the typer gave no finer class, say it is a contest:
// it has a final or its rounds ("the Ostmark Nations final", "a Harlow
// Trophy semifinal"), which no body nor team has, or a win or a match is
// had in it ("a win in the Ostmark Nations"). (Being won says nothing:
// prizes are won too.)
func (d *docState) contestInContext(e int) bool {
	ent := &d.res.Entities[e]
	// The typer makes some such names an event's ("in the X" on a
	// sports page); they are read as before.
	if ent.Class != "" || ent.Type != extract.Organization && ent.Type != extract.Miscellaneous && ent.Type != extract.EventType {
		return false
	}
	for _, mi := range ent.Mentions {
		if mi < 0 || mi >= len(d.res.Mentions) {
			continue
		}
		m := &d.res.Mentions[mi]
		if m.Method == resolve.MethodAdjective || m.Sentence < 0 || m.Sentence >= len(d.res.Sentences) {
			continue
		}
		s := &d.res.Sentences[m.Sentence]
		lo, hi := s.TokenSpan(m.Start, m.End)
		if lo < 0 || hi <= lo || len(s.Lemma) != len(s.Tokens) || len(s.POS) != len(s.Tokens) {
			continue
		}
		v := &view{res: d.res, lex: d.lex, si: m.Sentence, low: s.Lower, lem: s.Lemma, tags: s.POS, ent: s.Mention, lit: s.Literal}
		if v.roundAfter(hi) || v.resultIn(lo, hi) || v.resultAfterAt(lo, hi) {
			return true
		}
	}
	return false
}

// kindNamed reports whether a mention of entity e has right after it a
// common noun, heading its phrase, that names a publication or a work
// ("told Harlow Fair magazine", "the Velden Show album"): the name is of
// what that noun names, no event's, whatever its last word (the
// kind-named construction).
func (d *docState) kindNamed(e int) bool {
	for _, mi := range d.res.Entities[e].Mentions {
		if mi < 0 || mi >= len(d.res.Mentions) {
			continue
		}
		m := &d.res.Mentions[mi]
		if m.Sentence < 0 || m.Sentence >= len(d.res.Sentences) {
			continue
		}
		s := &d.res.Sentences[m.Sentence]
		_, k := s.TokenSpan(m.Start, m.End)
		if k <= 0 || k >= len(s.Tokens) || len(s.POS) != len(s.Tokens) || len(s.Lemma) != len(s.Tokens) || s.Mention[k] >= 0 {
			continue
		}
		if !strings.HasPrefix(s.POS[k], "NN") || !lowerWord(s.Tokens[k].Text) || k+1 < len(s.POS) && (s.POS[k+1] == "NN" || s.POS[k+1] == "NNS") {
			continue
		}
		if l := s.Lemma[k]; d.lex.Is(l, lexicon.NewsMedia) || d.lex.Is(l, lexicon.CreativeWork) {
			return true
		}
	}
	return false
}

// roundAfter reports whether the noun right after a name, outside any
// mention and heading its phrase, is a word for a contest or a round of
// one (WordNet's, as they end contests' names: "final", "semifinal",
// "tournament", "match"): "the Ostmark Nations final", "the Harlow
// Trophy tournament". The tagger reads "final" as an adjective often.
func (v *view) roundAfter(k int) bool {
	if k >= len(v.low) || v.ent[k] >= 0 || !(v.tag(k) == "NN" || v.tag(k) == "JJ") || strings.HasPrefix(v.tag(k+1), "NN") {
		return false
	}
	w := strings.ReplaceAll(v.lem[k], "-", "")
	return v.lex.Is(w, lexicon.EventName)
}

// resultIn reports whether a noun for a result or a contest and "in the"
// or "of the" stand before the name at tokens [lo, hi), which ends its
// phrase: "their first away win in the Ostmark Nations", "the final of
// the Harlow Trophy". A body is no place a win is had in.
func (v *view) resultIn(lo, hi int) bool {
	if lo < 3 || v.w(lo-1) != "the" || v.w(lo-2) != "in" && v.w(lo-2) != "of" || strings.HasPrefix(v.tag(hi), "NN") || v.w(hi) == "'s" {
		return false
	}
	k := lo - 3
	if v.ent[k] >= 0 || !strings.HasPrefix(v.tag(k), "NN") {
		return false
	}
	l := strings.ReplaceAll(v.lem[k], "-", "")
	return v.lex.Is(l, lexicon.Defeat) || v.lex.Is(l, lexicon.EventSport) || v.lex.Is(l, lexicon.EventName)
}

// resultAfterAt reports whether the name at tokens [lo, hi), ending its
// phrase after "at the", has "for" and a noun for a result or a
// competition's stage or title after it, with a determiner and modifiers
// between: "shot a 65 at the Harlow Classic for a one-shot victory",
// "at the Tarvik Trophy for his first title". What one is at and wins
// for is a contest; a body is not where a win is had (the
// result-for construction).
func (v *view) resultAfterAt(lo, hi int) bool {
	if lo < 2 || v.w(lo-1) != "the" || v.w(lo-2) != "at" || v.w(hi) != "for" {
		return false
	}
	k := hi + 1
	switch {
	case v.w(k) == "a" || v.w(k) == "an" || v.w(k) == "the" || v.tag(k) == "PRP$":
		k++
	default:
		return false
	}
	for n := 0; n < 3 && k < len(v.ent) && v.ent[k] < 0 && (strings.HasPrefix(v.tag(k), "JJ") || v.tag(k) == "CD"); n++ {
		k++
	}
	if k >= len(v.low) || v.ent[k] >= 0 || !strings.HasPrefix(v.tag(k), "NN") || strings.HasPrefix(v.tag(k+1), "NN") {
		return false
	}
	l := strings.ReplaceAll(v.lem[k], "-", "")
	return v.lex.Is(l, lexicon.Defeat) || v.lex.Is(l, lexicon.CompetitionPart)
}

func upperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// view is one sentence with its tags and the mentions over its tokens.
type view struct {
	res  *extract.Result
	lex  *lexicon.Lexicon
	si   int
	lem  []string
	low  []string
	tags []string
	ent  []int // token -> index of an entity mention over it, or -1
	lit  []int // token -> index of a literal mention over it, or -1
	// team is whether the document names a sports team (the docState's
	// sportsTeam), set for the sentences whose nouns are read.
	team bool
}

func (v *view) w(i int) string {
	if i < 0 || i >= len(v.low) {
		return ""
	}
	return v.low[i]
}

func (v *view) tag(i int) string {
	if i < 0 || i >= len(v.tags) {
		return ""
	}
	return v.tags[i]
}

func (v *view) entity(i int) int {
	if i < 0 || i >= len(v.ent) || v.ent[i] < 0 {
		return -1
	}
	return v.res.Mentions[v.ent[i]].Entity
}

// dateAt returns the date mention over token k, or nil when there is
// none or k lies outside the sentence.
func (v *view) dateAt(k int) *extract.Mention {
	if k < 0 || k >= len(v.lit) || v.lit[k] < 0 {
		return nil
	}
	if m := &v.res.Mentions[v.lit[k]]; m.Type == extract.Date {
		return m
	}
	return nil
}

// entType returns the type of the entity at token i, or "".
func (v *view) entType(i int) string {
	if e := v.entity(i); e >= 0 && e < len(v.res.Entities) {
		return v.res.Entities[e].Type
	}
	return ""
}

// sentence finds the descriptions of sentence si.
func (d *docState) sentence(si int) []*desc {
	s := &d.res.Sentences[si]
	v := &view{res: d.res, lex: d.lex, si: si, low: s.Lower, lem: s.Lemma, ent: s.Mention, lit: s.Literal, team: d.sportsTeam}
	if !d.mayDescribe(v) {
		return nil
	}
	v.tags = s.POS
	out, tokOf := d.namedDescs(v)
	for i := range s.Tokens {
		class, ok := triggerClass(v.lex, v.low[i], v.lem[i])
		if !ok || v.ent[i] >= 0 || !v.isHead(i) || !v.nounUse(i) {
			continue
		}
		ds := v.describe(i, class)
		if ds == nil {
			continue
		}
		out = append(out, ds)
		tokOf = append(tokOf, i)
	}
	if len(out) > 0 {
		d.figures(v, out, tokOf)
	}
	// Keep what is an incident: definite descriptions, and indefinite or
	// plural ones that carry a date, a place or a figure.
	kept := out[:0]
	for _, ds := range out {
		if (ds.det == detIndefinite || ds.det == detBare && ds.plural) && !ds.hasSpecific {
			continue
		}
		ds.firstLine = si == 0 && d.firstLineAlone()
		kept = append(kept, ds)
	}
	return kept
}

// firstLineAlone reports whether the document's first line holds its
// first sentence alone, as a headline does.
func (d *docState) firstLineAlone() bool {
	text, ss := d.res.Doc.Text, d.res.Sentences
	nl := strings.IndexByte(text, '\n')
	return nl >= 0 && len(ss) > 1 && ss[0].End <= nl && ss[1].Start > nl
}

// ownDescription reports whether description ds is a description of its
// own, another event than ev ("the world indoor rowing championships"
// after "the Harlow Games"; after "the race in Harlow", the own-description
// construction).
func ownDescription(ev *evState, ds *desc) bool {
	if ds.mods < 2 || ds.place >= 0 || ds.date != "" {
		return false
	}
	// A named event told before it, which a later reference calls by
	// its head ("the Games", "the tournament").
	if ev.named {
		return true
	}
	// A contest's, after one told by another noun: the description
	// names its competition by the words a name would hold.
	return ev.class == classSport && !slices.Contains(ev.heads, ds.head)
}

// mayDescribe reports whether the sentence of v has a trigger word or a
// mention of a named event.
func (d *docState) mayDescribe(v *view) bool {
	any := false
	for i := range v.low {
		if _, ok := triggerClass(v.lex, v.low[i], v.lem[i]); ok {
			any = true
		}
		if mi := v.ent[i]; mi >= 0 {
			if _, ok := d.named[d.res.Mentions[mi].Entity]; ok {
				any = true
			}
		}
	}
	return any
}

// namedDescs returns the descriptions of the sentence of v that are
// mentions of named events, and the token each starts at.
func (d *docState) namedDescs(v *view) (out []*desc, tokOf []int) {
	for i := range v.low {
		if mi := v.ent[i]; mi >= 0 && (i == 0 || v.ent[i-1] != mi) {
			m := d.res.Mentions[mi]
			if class, ok := d.named[m.Entity]; ok {
				ds := &desc{si: v.si, start: m.Start, end: m.End, class: class, det: detDefinite, place: -1,
					predPlace: -1, nameEntity: m.Entity, isName: true}
				_, hi := extract.MentionSpan(v.ent, i)
				ds.byTitle = v.titleAfter(hi)
				ds.byPerson = ds.byTitle && v.lex.Is(v.lem[hi], lexicon.PersonNoun)
				v.hostCity(ds, i)
				if !v.asTime(i) {
					v.postmodifiers(ds, hi)
				}
				out = append(out, ds)
				tokOf = append(tokOf, i)
			}
		}
	}
	return out, tokOf
}

// titleAfter reports whether the token at k, right after the name of an
// event, is a common noun that heads its phrase and names a person or
// what is won in a contest ("the X Open champion", "a third X Cup
// title"): the name only modifies it.
func (v *view) titleAfter(k int) bool {
	if k >= len(v.low) || v.ent[k] >= 0 || v.lit[k] >= 0 || !strings.HasPrefix(v.tag(k), "NN") ||
		!lowerWord(v.res.Sentences[v.si].Tokens[k].Text) || v.tag(k+1) == "NN" || v.tag(k+1) == "NNS" {
		return false
	}
	l := v.lem[k]
	return v.lex.Is(l, lexicon.PersonNoun) || v.lex.Is(l, lexicon.Attainment) && !v.lex.Is(l, lexicon.EventSport)
}

// hostCity reads a city named right before the name of an event at
// token i as where it takes place: "the Harlow Olympics", "the 2000
// Harlow Marathon". A country there is more often a side or a
// participant ("the Norland World Cup squad"), and a possessive is no
// such name.
func (v *view) hostCity(ds *desc, i int) {
	k := i - 1
	e := v.entity(k)
	if e < 0 || v.res.Entities[e].Type != extract.Location || v.res.Entities[e].Class != typing.ClassCity {
		return
	}
	lo, _ := extract.MentionSpan(v.ent, k)
	if lo > 0 {
		if t := v.tags[lo-1]; t != "DT" && t != "CD" && t != "IN" && t != "PRP$" {
			return
		}
	}
	v.addArgument(ds, k)
	ds.host = ds.place == e
}

// asTime reports whether the named event at token i stands for a stretch
// of time that someone spent somewhere ("spent World War II in Ostmark"):
// the place after it is where they were, not the event's. After a
// preposition of time the place is most often the event's own ("since
// the X Cup in Harlow in June").
func (v *view) asTime(i int) bool {
	k := i - 1
	if k >= 0 && v.low[k] == "the" {
		k--
	}
	return k >= 0 && v.lem[k] == "spend"
}

// figures gives the descriptions out of the sentence of v (whose trigger
// tokens are tokOf) their figures: a casualty word beside a quantity in
// the sentence belongs to the nearest description.
func (d *docState) figures(v *view, out []*desc, tokOf []int) {
	for i := 0; i < len(v.low); i++ {
		mi := v.lit[i]
		if mi < 0 || d.res.Mentions[mi].Type != extract.Quantity || (i > 0 && v.lit[i-1] == mi) {
			continue
		}
		m := d.res.Mentions[mi]
		if m.Class == temporal.ClassMoney || m.Class == temporal.ClassDuration {
			continue
		}
		lo, hi := extract.MentionSpan(v.lit, i)
		role := v.casualtyRole(lo, hi)
		if role == "" {
			continue
		}
		best, bestDist := -1, 1<<30
		for k, t := range tokOf {
			dist := t - lo
			if dist < 0 {
				dist = -dist
			}
			if dist < bestDist {
				best, bestDist = k, dist
			}
		}
		out[best].figures = append(out[best].figures, extract.Figure{Mention: mi, Role: role})
		out[best].hasSpecific = true
	}
}

// casualtyRole returns the role given by the nearest casualty word before
// or after the quantity over tokens [lo, hi), within three words and the
// clause: "killed at least 23 people and wounded 60", "two people
// drowned"; or "".
func (v *view) casualtyRole(lo, hi int) string {
	role := ""
	stopAfter, stopBefore := false, false
	for k := 1; k <= 3 && role == ""; k++ {
		if !stopBefore && lo-k >= 0 {
			w := v.w(lo - k)
			role = casualty[w]
			if w == "toll" {
				role = "killed"
			}
			stopBefore = w == "," || w == "." || w == "and"
		}
		if role == "" && !stopAfter {
			w := v.w(hi + k - 1)
			role = casualty[w]
			stopAfter = w == "," || w == "." || w == "and"
		}
	}
	return role
}

// planned reports whether the clause that holds token j puts what follows
// it in the future or in a purpose: its nearest verb before j is an
// infinitive ("to stand in") or follows a modal ("will hold").
func (v *view) planned(j int) bool {
	for k := j; k >= 0 && k >= j-8; k-- {
		switch w := v.low[k]; {
		case w == "," || w == ";" || w == "that" || w == "which" || w == "who":
			return false
		case strings.HasPrefix(v.tags[k], "VB") && v.lex.Known(v.lem[k], lexicon.Verb):
			return v.tags[k] == "VB" && k > 0 && (v.low[k-1] == "to" || v.tags[k-1] == "MD")
		}
	}
	return false
}

// soleLocative returns the one place entity of the sentence that follows a
// preposition of place ("in", "at", "near", "across", "outside", "off"),
// or -1 when there is none or more than one.
func (v *view) soleLocative() int {
	found, last := -1, -1
	for i := 1; i < len(v.low); i++ {
		if v.ent[i] < 0 || v.ent[i-1] == v.ent[i] || v.entType(i) != extract.Location {
			continue
		}
		j := i - 1
		for j > 0 && (v.tags[j] == "DT" || strings.HasPrefix(v.tags[j], "JJ")) && v.ent[j] < 0 {
			j-- // "in northern X", "across the X"
		}
		if !locatives[v.low[j]] {
			continue
		}
		e := v.entity(i)
		switch {
		case found < 0:
			found, last = e, i
		case e == found:
		case v.low[j] == "in" && v.chained(last, j):
			// "the X mine in northern Y": Y holds X, the more specific.
		default:
			return -1
		}
	}
	return found
}

// chained reports whether the mention at token m is followed only by
// words of its noun phrase up to token j ("X mine" before "in").
func (v *view) chained(m, j int) bool {
	_, hi := extract.MentionSpan(v.ent, m)
	for k := hi; k < j; k++ {
		if !strings.HasPrefix(v.tags[k], "NN") && !strings.HasPrefix(v.tags[k], "JJ") {
			return false
		}
	}
	return true
}

// locatives are the prepositions of place (a closed class).
var locatives = map[string]bool{"in": true, "at": true, "near": true, "across": true, "outside": true, "off": true, "inside": true}

// isHead reports whether the trigger at i heads its noun phrase (it is
// not a modifier as in "tsunami waves", nor a word of a compound
// modifier, an adjective and a noun or a name after it: "a racing green
// Acme", the compound-modifier construction).
func (v *view) isHead(i int) bool {
	n := i + 1
	if n >= len(v.low) {
		return true
	}
	if v.lit[n] >= 0 || v.ent[n] >= 0 {
		return true
	}
	if compoundHeads[v.low[n]] || v.nounAt(n) {
		return false
	}
	if t := v.tags[n]; t == "JJ" && lowerWord(v.res.Sentences[v.si].Tokens[n].Text) && n+1 < len(v.low) && v.lit[n+1] < 0 && (v.ent[n+1] >= 0 || v.nounAt(n+1) || v.tags[n+1] == "NNP") {
		return false
	}
	return true
}

// nounAt reports whether token n is a noun in lower case.
func (v *view) nounAt(n int) bool {
	return strings.HasPrefix(v.tags[n], "NN") && lowerWord(v.res.Sentences[v.si].Tokens[n].Text)
}

// nounUse reports whether the trigger at i is used as a noun, trusting a
// determiner or adjective before it over the tagger. A form in -ed of
// another lemma is a verb's, whatever stands before it (the verb-form
// construction: "the collapsed Acme bank", "Ann Lee, 25, raced").
func (v *view) nounUse(i int) bool {
	if verbForm(v.low[i], v.lem[i]) {
		return false
	}
	if strings.HasPrefix(v.tags[i], "NN") {
		return true
	}
	if i > 0 {
		switch v.tags[i-1] {
		case "DT", "PRP$", "JJ", "JJS", "JJR", "POS", "CD":
			return true
		}
		if v.lit[i-1] >= 0 {
			return true
		}
	}
	// A name between a determiner and the word: "the X raid".
	j := i - 1
	for j >= 0 && v.ent[j] >= 0 {
		j--
	}
	return j < i-1 && j >= 0 && (v.tags[j] == "DT" || v.tags[j] == "PRP$" || v.tags[j] == "POS")
}

// verbForm reports whether word, with lemma lem, is a verb's form in -ed
// ("raced", "collapsed"): no noun is inflected so.
func verbForm(word, lem string) bool {
	return strings.HasSuffix(word, "ed") && lem != word
}

func lowerWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// describe reads the noun phrase whose head is the trigger at i.
func (v *view) describe(i int, class string) *desc {
	toks := v.res.Sentences[v.si].Tokens
	ds := v.newDesc(i, class)
	if !v.deviceOccurs(i) {
		return nil
	}
	// A literal over the trigger itself ("three days before the attack")
	// is not one of its modifiers.
	if self := v.lit[i]; self >= 0 {
		lit := append([]int(nil), v.lit...)
		for k := range lit {
			if lit[k] == self {
				lit[k] = -1
			}
		}
		saved := v.lit
		v.lit = lit
		defer func() { v.lit = saved }()
	}
	j, start, ok := v.premodifiers(ds, i)
	if !ok || !v.happened(ds, i, j) || v.figurative(ds, i) || v.figurativeOf(ds, i) || v.seizure(i) || v.assembly(ds, i, j) || v.ownCrisis(ds, i) || v.priceRally(ds) || v.playAttack(ds) {
		return nil
	}
	// A bare singular noun needs a modifier to be a description
	// ("volcanic eruption" in a headline, not "set on fire"), unless it
	// opens a headline with a place or date after it or the verb of an
	// occurrence ("Explosion at X kills 12", "Blast rocks X").
	bare := ds.det == detBare && !ds.plural && start == i && !ds.hasSpecific
	if bare && (i != 0 || lowerWord(toks[i].Text)) {
		return nil
	}
	ds.start, ds.end = toks[start].Start, toks[i].End
	ds.mods = i - start
	ds.afterPrep = v.prepBefore(j)
	if ds.class == classGeneric || ds.class == classDisasterGn {
		ds.generic = true
	}
	v.postmodifiers(ds, i+1)
	v.launchDate(ds, j)
	if bare && ds.place < 0 && ds.date == "" && !v.occursAfter(i+1) || ds.plural && v.placesJoined(i+1) || v.kindsJoined(ds, i, start) {
		return nil
	}
	return ds
}

// launchDate gives a description with no date of its own, whose
// determiner is at token j, the date right before the past verb of
// setting it going that takes it as object (launchVerb: "began",
// "staged", "carried out"): "X on Friday began an offensive against Y",
// "X on May 2 staged a protest" (the launch-date construction).
func (v *view) launchDate(ds *desc, j int) {
	if ds.dateText != "" || ds.det != detIndefinite {
		return
	}
	k := v.launchVerb(j - 1)
	if k < 1 || v.tag(k) != "VBD" || v.lit[k-1] < 0 {
		return
	}
	if m := v.res.Mentions[v.lit[k-1]]; m.Type == extract.Date {
		ds.date, ds.dateText, ds.hasSpecific = m.Value, m.Text, true
	}
}

// launchVerb returns the token of the verb of setting an incident going
// (the lexicon's Launch: launch, begin, stage, mount, unleash) that ends
// at token k, alone or before its particle at k ("carried out", "kicked
// off"), or -1.
func (v *view) launchVerb(k int) int {
	switch {
	case v.lex == nil || k < 0 || k >= len(v.lem):
		return -1
	case k > 0 && v.lex.Is(v.lem[k-1]+" "+v.w(k), lexicon.Launch):
		return k - 1
	case v.lex.Is(v.lem[k], lexicon.Launch):
		return k
	}
	return -1
}

// newDesc starts the description whose head noun is at token i: a
// plural ("attacks", "talks") names its event by its lemma.
func (v *view) newDesc(i int, class string) *desc {
	head := v.low[i]
	ds := &desc{si: v.si, class: class, place: -1, predPlace: -1, nameEntity: -1}
	if v.tags[i] == "NNS" || v.tags[i] == "NNPS" || strings.HasSuffix(head, "s") && v.lem[i] != head {
		ds.plural = true
		if _, ok := triggerClass(v.lex, v.lem[i], v.lem[i]); ok {
			head = v.lem[i]
		}
	}
	ds.head = head
	ds.bout = v.lex.Is(head, lexicon.EventBout)
	return ds
}

// deviceOccurs reports whether a device noun at token i, a trigger that
// is a weapon (the lexicon's Weapon: "bomb"), is told as going off, as
// the verb after it says ("the bomb exploded", not "a bomb was found");
// any other noun passes.
func (v *view) deviceOccurs(i int) bool {
	if v.lex == nil || !v.lex.Is(v.lem[i], lexicon.Weapon) {
		return true
	}
	k := i + 1
	for auxiliary[v.w(k)] || v.tag(k) == "RB" {
		k++
	}
	return occurrenceVerbs[v.w(k)] && !(v.w(k) == "killed" && v.tag(k) == "VBN")
}

// premodifiers reads the words before the head at token i, right to left
// up to the determiner: dates, names (arguments of the event),
// adjectives and nouns. It returns the token before the phrase, the
// phrase's first token, and ok=false when the phrase names no incident
// ("no attacks", "more attacks").
func (v *view) premodifiers(ds *desc, i int) (j, start int, ok bool) {
	j, start = i-1, i
	entSeen := false
	// "Norlandic refugees vote", "a Norlandic student protest": a noun
	// for people between a place's name and the head takes the name
	// ("Norlandic students"); the place is theirs, not the event's.
	people := false
	for j >= 0 {
		switch {
		case v.lit[j] >= 0:
			lo, _ := extract.MentionSpan(v.lit, j)
			// "the first three matches", "two attacks": a plural counted
			// by a number is several incidents, no single event.
			if ds.plural && v.res.Mentions[v.lit[j]].Type != extract.Date && v.tags[j] == "CD" {
				return j, start, false
			}
			if m := v.res.Mentions[v.lit[j]]; m.Type == extract.Date && ds.dateText == "" {
				ds.date, ds.dateText = m.Value, m.Text
				ds.hasSpecific = true
			}
			j = lo - 1
			if !entSeen {
				start = lo
			}
			continue
		case v.ent[j] >= 0:
			lo, _ := extract.MentionSpan(v.ent, j)
			v.premodifierArgument(ds, j, i, people)
			entSeen = true
			j = lo - 1
			continue
		}
		t, w := v.tags[j], v.low[j]
		if w == "'s" || w == "’s" || t == "POS" {
			ds.det = detDefinite
			return j, start, true
		}
		if t == "DT" || t == "PRP$" || t == "WDT" {
			switch w {
			case "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my":
				ds.det = detDefinite
			case "a", "an", "another", "one":
				ds.det = detIndefinite
			default: // "no", "any", "every", "such": not an incident
				return j, start, false
			}
			return j, start, true
		}
		if v.verbAmongModifiers(j) {
			return j, start, true
		}
		if future(w) {
			ds.future = true
		}
		if v.incidentsInGeneral(ds, j) {
			return j, start, false
		}
		if strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") || t == "CD" || t == "VBN" || t == "HYPH" || w == "-" {
			if ds.head == "strike" && v.attackModifier(j) {
				ds.class = classAttack
			}
			if strings.HasPrefix(t, "NN") && v.lex.Is(v.lem[j], lexicon.PersonNoun) {
				people = true
			}
			if !entSeen {
				start = j
			}
			j--
			continue
		}
		return j, start, !v.datesJoined(ds, j)
	}
	return j, start, true
}

// premodifierArgument records the name at token j, before the head at
// token i of ds, as an argument of ds: not a place after a noun for
// people has been read ("Norlandic students"), whose place it is, nor an
// attacker's demonym (attackerDemonym).
func (v *view) premodifierArgument(ds *desc, j, i int, people bool) {
	if (!people || v.entType(j) != extract.Location) && !v.attackerDemonym(ds, j, i) {
		v.addArgument(ds, j)
	}
}

// attackerDemonym reports whether the name at token j, before the head
// at token i of the attack ds, is a word for a place's people with only adjectives
// and nouns for weapons between ("a Norlandic attack", "Norlandic mortar
// attacks"): it says who attacked, not where, and gives no place (the
// attacker-demonym construction). Another noun between says where ("the
// Norlandic school siege").
func (v *view) attackerDemonym(ds *desc, j, i int) bool {
	if ds.class != classAttack || v.entType(j) != extract.Location || !v.demonym(j) {
		return false
	}
	_, k := extract.MentionSpan(v.ent, j)
	for ; k < i; k++ {
		if t := v.tags[k]; !strings.HasPrefix(t, "JJ") && !(strings.HasPrefix(t, "NN") && v.lex.Is(v.lem[k], lexicon.Weapon)) {
			return false
		}
	}
	return true
}

// datesJoined reports whether the plural description ds, whose
// premodifiers stop at token j, counts several incidents by dates joined
// there ("the 2002 and 2004 finals", "the May and June floods"): no one
// event (the joined-dates construction).
func (v *view) datesJoined(ds *desc, j int) bool {
	if !ds.plural || ds.dateText == "" || v.w(j) != "and" && v.w(j) != "or" && v.w(j) != "," {
		return false
	}
	return v.dateAt(j-1) != nil
}

// attackModifier reports whether token j, before the head "strike",
// makes the strike an attack: a word of attackModifiers, or a weapon's
// noun in lower case or opening the sentence (the lexicon's Weapon: "a
// mortar strike", "Artillery strikes hit"; "a Shell strike" is a walkout
// at a company).
func (v *view) attackModifier(j int) bool {
	if attackModifiers[v.low[j]] {
		return true
	}
	return v.lex != nil && (j == 0 || v.low[j] == v.res.Sentences[v.si].Tokens[j].Text) && v.lex.Is(v.lem[j], lexicon.Weapon)
}

// verbAmongModifiers reports whether token j, before an event's head,
// is a verb that ends its premodifiers: a verb the tagger took for a
// noun ("pair attend drugs hearing"), or a participle after a noun, which
// is a verb there ("studios launched legal attacks").
func (v *view) verbAmongModifiers(j int) bool {
	t := v.tags[j]
	return strings.HasPrefix(t, "NN") && !v.lex.Known(v.lem[j], lexicon.Noun) && v.lex.Known(v.lem[j], lexicon.Verb) ||
		t == "VBN" && j > 0 && (strings.HasPrefix(v.tags[j-1], "NN") || v.ent[j-1] >= 0) || v.headlineSays(j)
}

// headlineSays reports whether token j, capitalised in a headline, is a
// verb of saying, denying or believing in the present's third person,
// though the tagger read it as a name ("Norland Says Harlow Blast Was
// Accident"): the words before it are the speaker, none of the
// incident's (the headline-says construction).
func (v *view) headlineSays(j int) bool {
	if v.si != 0 || !strings.HasPrefix(v.tags[j], "NNP") || lowerWord(v.res.Sentences[v.si].Tokens[j].Text) {
		return false
	}
	l := v.lem[j]
	if v.low[j] != l+"s" && v.low[j] != l+"es" {
		return false
	}
	return v.lex.Is(l, lexicon.Speech) || v.lex.Is(l, lexicon.Denial) || v.lex.Is(l, lexicon.Belief)
}

// incidentsInGeneral reports whether the premodifier at token j makes
// the description incidents in general, no event: a comparison or a
// quantifier (the lexicon's Quantifier or numberAdjectives: "fewer
// natural disasters", "more attacks", "many floods"; not an adverb's
// "most" before an adjective: "its most powerful assault"),
// or a number counting several ("the first three matches", "two
// bombings") unless it is a year ("the 2004 elections").
func (v *view) incidentsInGeneral(ds *desc, j int) bool {
	t := v.tags[j]
	return t == "JJR" || t == "RBR" || v.lex.Is(v.low[j], lexicon.Quantifier) && !strings.HasPrefix(t, "RB") || numberAdjectives[v.low[j]] || ds.plural && t == "CD" && !v.asYear(j)
}

// figurative reports whether the explosion at token i is one of growth in
// something that is no place: "the explosion in mobile gaming",
// "an explosion in demand" (a common noun after "in", not a kind of place
// or building, nor a time).
func (v *view) figurative(ds *desc, i int) bool {
	if ds.class != classExplosion || i+1 >= len(v.low) || v.low[i+1] != "in" {
		return false
	}
	for k := i + 2; k < len(v.low) && k <= i+5; k++ {
		if v.ent[k] >= 0 || v.lit[k] >= 0 {
			return false
		}
		t := v.tags[k]
		if t == "DT" || t == "PRP$" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") && k+1 < len(v.tags) && strings.HasPrefix(v.tags[k+1], "NN") {
			continue
		}
		if !strings.HasPrefix(t, "NN") {
			return false
		}
		return !v.placeOrTimeNoun(v.lem[k])
	}
	return false
}

// placeOrTimeNoun reports whether the common noun l is a kind of place,
// building or natural feature, or a span of time: what an incident's
// "in" or "of" may give.
func (v *view) placeOrTimeNoun(l string) bool {
	return v.lex.Is(l, lexicon.Facility) || v.lex.Is(l, lexicon.Settlement) || v.lex.Is(l, lexicon.Region) ||
		v.lex.Is(l, lexicon.NaturalFeature) || v.lex.Is(l, lexicon.Venue) || v.lex.Is(l, lexicon.Water) || v.lex.Is(l, lexicon.TimeSpan)
}

// figurativeOf reports whether the fire, storm, flood or explosion at
// token i is a mass of what the bare common noun right after "of" names,
// no incident: "a blaze of publicity", "a storm of protest", "an
// avalanche of titles", "an explosion of anger" (the figurative-of
// construction). A noun for a place, a building or a natural feature
// ("a fire of the warehouse" has a determiner, and is kept), an
// adjective before the noun ("a fire of unknown origin") or a name keep
// it an incident.
func (v *view) figurativeOf(ds *desc, i int) bool {
	switch ds.class {
	case classFire, classStorm, classFlood, classExplosion:
	default:
		return false
	}
	k := i + 2
	if k >= len(v.low) || v.low[i+1] != "of" || v.ent[k] >= 0 || v.lit[k] >= 0 || !strings.HasPrefix(v.tags[k], "NN") ||
		!lowerWord(v.res.Sentences[v.si].Tokens[k].Text) {
		return false
	}
	return !v.placeOrTimeNoun(v.lem[k])
}

// ownCrisis reports whether the word for an incident in general at
// token i ("crisis", "incident") has a common adjective or noun right
// before it that names its domain ("the economic crisis", "a nuclear
// crisis", "the border incident"): a trouble of its own kind, not a
// later word for the incident told before (the own-crisis
// construction). A superlative ("the worst tragedy") or a date keeps it
// one.
func (v *view) ownCrisis(ds *desc, i int) bool {
	if ds.class != classGeneric || i < 1 || v.ent[i-1] >= 0 || v.lit[i-1] >= 0 || !lowerWord(v.res.Sentences[v.si].Tokens[i-1].Text) {
		return false
	}
	t := v.tags[i-1]
	return t == "JJ" && v.lex.Known(v.lem[i-1], lexicon.Adjective) && !v.lex.Known(v.lem[i-1], lexicon.Verb) || t == "NN"
}

// priceRally reports whether the rally of description ds is one of
// prices: its sentence speaks of shares, stocks or profits (the lexicon's
// Equity nouns, not a shareholder) or of a currency ("a week-long rally
// lifted bank shares", "a rally for the Norland crown"), where
// a rally is a rise, no gathering (the price-rally construction).
func (v *view) priceRally(ds *desc) bool {
	if ds.class != classProtest || ds.head != "rally" {
		return false
	}
	for k, l := range v.lem {
		if v.ent[k] >= 0 || !strings.HasPrefix(v.tag(k), "NN") {
			continue
		}
		if v.lex.Is(l, lexicon.Equity) && !v.lex.Is(l, lexicon.PersonNoun) || v.lex.Is(l, lexicon.Currency) {
			return true
		}
	}
	return false
}

// seizure reports whether the head at token i and the noun before it
// are one noun WordNet has for a sudden episode of a bodily or mental
// condition, or for an illness: "a heart attack", "a panic attack", "an
// asthma attack" befall someone and are no incident (the seizure
// construction).
func (v *view) seizure(i int) bool {
	if i < 1 || v.ent[i-1] >= 0 || v.lit[i-1] >= 0 || !strings.HasPrefix(v.tags[i-1], "NN") && !strings.HasPrefix(v.tags[i-1], "JJ") {
		return false
	}
	w := v.low[i-1] + " " + v.lem[i]
	return v.lex.Is(w, lexicon.Seizure) || v.lex.Is(w, lexicon.Illness)
}

// assembly reports whether the meeting's noun at token i, whose phrase
// starts after token j, names a standing body, not a meeting held: it
// has members or officers ("chairman of the Harlow forum") or it speaks
// ("the forum said", "the conference has warned"); no meeting says
// anything (the assembly construction).
func (v *view) assembly(ds *desc, i, j int) bool {
	if ds.class != classMeeting || ds.plural {
		return false
	}
	if j >= 1 && v.w(j) == "the" && v.w(j-1) == "of" && strings.HasPrefix(v.tag(j-2), "NN") && v.lex.Is(v.lem[j-2], lexicon.PersonNoun) {
		return true
	}
	k := i + 1
	for auxiliary[v.w(k)] || v.tag(k) == "RB" {
		k++
	}
	// "the conference was told": spoken to, as a meeting is.
	passive := v.tag(k) == "VBN" && k > i+1 && v.lem[k-1] == "be"
	return strings.HasPrefix(v.tag(k), "VB") && !passive && v.lex.Is(v.lem[k], lexicon.Speech)
}

// happened reports whether the description at token i, whose phrase
// ends before token j, tells of an incident that took place: not a
// labour "Strike" in a name, not what someone intends ("plans a new
// attack"), not the topic of a work ("a film about a flood"), not
// inside an infinitive or after a modal ("to stand in the election",
// "will hold talks").
func (v *view) happened(ds *desc, i, j int) bool {
	if ds.class == classProtest && ds.head == "strike" && !lowerWord(v.res.Sentences[v.si].Tokens[i].Text) {
		return false
	}
	if ds.det == detIndefinite && j >= 1 && v.low[j-1] == "about" {
		// "an opera about a great flood in X": the topic of a work
		// or a talk, no incident told (the topic construction).
		return false
	}
	if ds.det == detIndefinite && j >= 0 {
		for k := j - 1; k >= 0 && k >= j-5; k-- {
			if intentWords[v.low[k]] {
				return false
			}
		}
	}
	return !v.planned(j)
}

// occursAfter reports whether the verb of an occurrence follows the
// phrase that starts at token k ("Explosion at X kills 12").
func (v *view) occursAfter(k int) bool {
	toks := v.res.Sentences[v.si].Tokens
	for k < len(toks) && (v.ent[k] >= 0 || v.lit[k] >= 0 || strings.HasPrefix(v.tags[k], "NN") || strings.HasPrefix(v.tags[k], "JJ") || v.tags[k] == "IN" || v.tags[k] == "DT") {
		k++
	}
	return occurrenceVerbs[v.w(k)]
}

// demonym reports whether the mention at token k is a word for a place's
// people, one word WordNet relates to a place ("the killing of three
// Norlanders in Harlow"): after a preposition, the people the event
// befell or involved, not its place.
func (v *view) demonym(k int) bool {
	lo, hi := extract.MentionSpan(v.ent, k)
	if hi-lo != 1 || v.lex == nil {
		return false
	}
	return len(v.lex.Pertains(v.w(lo))) > 0 || len(v.lex.Pertains(v.lem[lo])) > 0
}

// addArgument records the entity at token k, inside a description, as
// its place or a participant.
func (v *view) addArgument(ds *desc, k int) {
	e := v.entity(k)
	if e < 0 {
		return
	}
	switch v.entType(k) {
	case extract.Location:
		if ds.place < 0 {
			ds.place = e
			ds.hasSpecific = true
		}
	case extract.Person, extract.Organization:
		ds.parts = appendOnce(ds.parts, e)
	}
}

// postmodifiers reads the phrases after the head: "in Korvath", "on
// Saturday", "of the X volcano", "by X", then a name given to the event
// (", known as X,") and, for a definite description that is the subject
// of a sentence, the facts its verb gives ("was held at X on Friday",
// "made landfall near X").
func (v *view) postmodifiers(ds *desc, i int) {
	i = v.phrases(ds, i)
	i = v.participlePhrases(ds, i)
	switch v.w(i) {
	case ",":
		if k := v.knownAs(ds, i+1); k >= 0 {
			if v.w(k) == "," {
				k++
			}
			i = v.phrases(ds, k)
		} else if w := v.w(i + 1); w == "which" || w == "that" {
			i++
		} else if k := v.skipAppositive(i); k > i {
			i = k
		} else {
			return
		}
	case "known", "also", "dubbed", "codenamed", "nicknamed":
		if k := v.knownAs(ds, i); k >= 0 {
			if v.w(k) == "," {
				k++
			}
			i = v.phrases(ds, k)
		}
	}
	if w := v.w(i); w == "which" || w == "that" {
		i++
	}
	if ds.det != detIndefinite {
		v.predicate(ds, i)
		return
	}
	// "A bomb exploded at X on Thursday": an occurrence verb asserts the
	// incident, and its facts are the event's.
	k := i
	for auxiliary[v.w(k)] || v.tag(k) == "RB" {
		k++
	}
	if occurrenceVerbs[v.w(k)] {
		date := ds.dateText
		v.predicate(ds, i)
		if ds.predPlace >= 0 || ds.dateText != date {
			ds.hasSpecific = true
		}
	}
}

// participlePhrases reads a past participle right after the description,
// at token i, and the phrases of place and time after it: "a blast felt
// in northern Harlow on Friday", "the summit held in Harlow on Friday"
// (the participle-phrases construction; a reduced relative clause on the
// event noun, whose place and date are the event's). Only the place and
// the date are taken, and only when the description has none; not after
// a preposition other than one of place or time ("blamed on Acme"), nor
// a participle followed by "by". The clause's own finite verb must follow
// the phrases ("A blast felt in Harlow on Friday was traced to ..."):
// without it the "participle" may be the tagger's reading of a past verb
// ("A siege ended on Friday."). It returns the token after the phrases,
// or i when there is no such participle.
func (v *view) participlePhrases(ds *desc, i int) int {
	if v.tag(i) != "VBN" || !lowerWord(v.res.Sentences[v.si].Tokens[i].Text) {
		return i
	}
	switch v.w(i + 1) {
	case "in", "at", "near", "on", "inside", "outside":
	default:
		return i
	}
	tmp := &desc{place: -1}
	end := v.phrases(tmp, i+1)
	if t := v.tag(end); end == i+1 || t != "VBD" && t != "VBZ" && t != "VBP" && t != "MD" {
		return i
	}
	if ds.place < 0 && tmp.place >= 0 {
		ds.place, ds.hasSpecific = tmp.place, true
	}
	if ds.dateText == "" && tmp.dateText != "" {
		ds.date, ds.dateText, ds.hasSpecific = tmp.date, tmp.dateText, true
	}
	return end
}

// phrases reads prepositional phrases from token i and returns the token
// after them.
func (v *view) phrases(ds *desc, i int) int {
	toks := v.res.Sentences[v.si].Tokens
	end := min(len(toks), i+16)
	for i < end {
		w := v.low[i]
		switch {
		case v.lit[i] >= 0:
			_, hi := extract.MentionSpan(v.lit, i)
			m := v.res.Mentions[v.lit[i]]
			if secondDate(ds, m) {
				return i
			}
			if m.Type == extract.Date && ds.dateText == "" {
				ds.date, ds.dateText = m.Value, m.Text
				ds.hasSpecific = true
			}
			i = hi
			continue
		case w == "(" && i+2 < len(toks) && v.low[i+2] == ")" && shortForm(toks[i+1].Text):
			// "the Harlow Motor Show (HMS) in Tarvik": the short form in
			// brackets after the name is read past (the bracketed-short-form
			// construction).
			i += 3
			continue
		case w == "in" || w == "at" || w == "near" || w == "on" || w == "of" || w == "outside" || w == "inside" || w == "by" || w == "against" || w == "off" || w == "through":
			k, ok := v.prepObject(ds, w, i+1, end)
			if !ok || k == i+1 {
				return i
			}
			i = k
			continue
		}
		return i
	}
	return i
}

// shortForm reports whether w is a short form in capitals, two to six
// letters and digits ("HMS", "G8").
func shortForm(w string) bool {
	if len(w) < 2 || len(w) > 6 || strings.ToUpper(w) != w {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// prepObject reads the noun phrase after preposition w, from token k to
// at most end: its names and dates, the names a place or participants of
// the event. It returns the token after the phrase, and false when the
// phrase is not about the event ("in a statement on Sunday") or holds a
// second date, the clause's ("the May 4 election on Thursday in X").
func (v *view) prepObject(ds *desc, w string, k, end int) (int, bool) {
	toks := v.res.Sentences[v.si].Tokens
	for k < end {
		if v.lit[k] >= 0 {
			m := v.res.Mentions[v.lit[k]]
			if w != "of" && w != "by" && secondDate(ds, m) {
				return k, false
			}
			if m.Type == extract.Date && ds.dateText == "" && w != "of" && w != "by" {
				ds.date, ds.dateText = m.Value, m.Text
				ds.hasSpecific = true
			}
			_, hi := extract.MentionSpan(v.lit, k)
			k = hi
			continue
		}
		if v.ent[k] >= 0 {
			if w == "by" || w == "against" {
				if t := v.entType(k); t == extract.Person || t == extract.Organization {
					ds.parts = appendOnce(ds.parts, v.entity(k))
				}
			} else if !v.demonym(k) && !(outsidePreps[w] && v.entType(k) != extract.Location) {
				v.addArgument(ds, k)
			}
			_, hi := extract.MentionSpan(v.ent, k)
			k = hi
			continue
		}
		if adjunctNouns[v.low[k]] {
			return k, false
		}
		if t := v.tag(k); t == "DT" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") && lowerWord(toks[k].Text) || t == "CD" || t == "POS" || t == "PRP$" {
			k++
			continue
		}
		break
	}
	return k, true
}

// outsidePreps place an event beside what they name, not in it ("the
// protest outside Parliament", "a crash near the Acme plant"): a body
// named after them took no part (the outside construction). A closed
// class.
var outsidePreps = map[string]bool{"outside": true, "near": true, "off": true}

// placesJoined reports whether "in" at token k, right after a plural
// head, has places joined by "and" or "or" for its object ("trials in
// Berlin and Velden"): the plural is several incidents, one in each, no
// one event (the joined-places construction). Places further on belong
// to another noun ("attacks on buses in X and Y").
func (v *view) placesJoined(k int) bool {
	if v.w(k) != "in" {
		return false
	}
	k++
	if v.w(k) == "the" {
		k++
	}
	if k >= len(v.ent) || v.entType(k) != extract.Location {
		return false
	}
	_, hi := extract.MentionSpan(v.ent, k)
	if v.w(hi) != "and" && v.w(hi) != "or" {
		return false
	}
	return v.entType(hi+1) == extract.Location && v.entity(hi+1) != v.entity(k)
}

// kindsJoined reports whether the bare plural description ds, whose
// head is at token i and whose phrase starts at token start, is an item
// of a list of kinds of incidents: a comma, "and" or "or" joins it to
// another plural noun in lower case without a determiner ("saw gun
// battles, car bombs and bombardments", "raids and fierce clashes"). The
// list tells of incidents in general, no one event (the joined-kinds
// construction).
func (v *view) kindsJoined(ds *desc, i, start int) bool {
	if !ds.plural || ds.det != detBare {
		return false
	}
	k := i + 1
	if v.w(k) == "," {
		k++
	}
	if v.w(k) == "and" || v.w(k) == "or" {
		k++
	}
	if k > i+1 {
		for n := 0; n < 4 && k < len(v.low); n, k = n+1, k+1 {
			if !v.lowerFree(k) || !strings.HasPrefix(v.tag(k), "NN") && !strings.HasPrefix(v.tag(k), "JJ") {
				break
			}
			if v.tag(k) == "NNS" {
				return true
			}
		}
	}
	j := start - 1
	if w := v.w(j); w != "," && w != "and" && w != "or" {
		return false
	}
	if w := v.w(j - 1); w == "," {
		j--
	}
	return v.lowerFree(j-1) && v.tag(j-1) == "NNS"
}

// lowerFree reports whether token k is a word in lower case in no
// mention.
func (v *view) lowerFree(k int) bool {
	return k >= 0 && k < len(v.low) && v.ent[k] < 0 && v.lit[k] < 0 && lowerWord(v.res.Sentences[v.si].Tokens[k].Text)
}

// secondDate reports whether mention m is a date other than the one the
// description already has ("on Thursday" after "the Nov. 2 election"):
// one the two cannot be told to share, when a value is missing or they
// conflict.
func secondDate(ds *desc, m extract.Mention) bool {
	if m.Type != extract.Date || ds.dateText == "" || m.Text == ds.dateText {
		return false
	}
	return ds.date == "" || m.Value == "" || dateConflict(ds.date, m.Value)
}

// adjunctNouns head phrases about the telling, not the event: "in a
// statement", "in an interview". The lexicon's Statement is not read
// here: WordNet's statements hold agreements, deals, treaties and
// programmes, which a meeting's phrase is about ("talks on a trade deal
// in Harlow"), not the telling.
var adjunctNouns = map[string]bool{
	"statement": true, "interview": true, "speech": true, "report": true, "letter": true,
	"message": true, "video": true, "post": true, "tweet": true, "briefing": true, "broadcast": true,
	"address": true, "communique": true, "release": true,
}

// skipAppositive returns the token after ", ... ," starting at the comma
// at i, or i when there is no such aside.
func (v *view) skipAppositive(i int) int {
	for k := i + 1; k < len(v.low) && k <= i+12; k++ {
		switch v.low[k] {
		case ",":
			return k + 1
		case ".", ";", ":":
			return i
		}
	}
	return i
}

// eventVerbs say where and when the event that is their subject
// happened; the lexicon's Afflict verbs ("struck", "ravaged", "swept")
// take the place as their object (see afflicts).
var eventVerbs = map[string]bool{
	"exploded": true, "explodes": true, "went": true, "detonated": true, "blew": true,
	"held": true, "took": true, "began": true, "begun": true, "started": true, "ended": true,
	"opened": true, "closed": true, "happened": true, "occurred": true, "unfolded": true,
	"broke": true, "made": true, "staged": true, "erupted": true, "came": true,
	"convened": true, "met": true, "ripped": true, "tore": true, "end": true, "begin": true,
	"start": true, "open": true, "close": true, "ends": true, "begins": true, "starts": true,
	"opens": true, "closes": true, "take": true, "takes": true,
}

// afflicts reports whether token i is a verb of the lexicon's Afflict,
// which a storm, a quake or a blast is the subject of and the place it
// hits the object of, in the past or the present ("struck X", "ravaged
// X", "sweeps X").
func (v *view) afflicts(i int) bool {
	switch v.tag(i) {
	case "VBD", "VBN", "VBZ", "VBP":
		return v.lex != nil && v.lex.Is(v.lem[i], lexicon.Afflict)
	}
	return false
}

// predicate reads the verb after the description at token i: "was held
// at X on Friday", "struck X".
func (v *view) predicate(ds *desc, i int) {
	// The verb's place refines the event's ("the conference ... was held
	// at X, north of the capital"); it does not tell events apart.
	place := ds.place
	defer func() {
		if ds.place != place {
			ds.predPlace, ds.place = ds.place, place
		}
	}()
	for v.w(i) != "" && (auxiliary[v.w(i)] || v.tag(i) == "RB") {
		i++
	}
	w, hits := v.w(i), v.afflicts(i)
	if !eventVerbs[w] && !hits {
		v.casualtyPlace(ds, i)
		return
	}
	i++
	switch v.w(i) {
	case "place", "out", "landfall", "off", "up":
		i++
	}
	if hits {
		k := v.afflictedStart(i)
		if k < len(v.ent) && v.ent[k] >= 0 && v.entType(k) == extract.Location {
			v.addArgument(ds, k)
			// "struck X early on Monday": the date after the place (only
			// the date: a place after it is not the incident's).
			_, hi := extract.MentionSpan(v.ent, k)
			if w := v.w(hi); w == "early" || w == "late" {
				hi++
			}
			if w := v.w(hi); w == "on" || w == "in" || w == "last" {
				hi++
			}
			if hi < len(v.lit) && v.lit[hi] >= 0 && ds.dateText == "" {
				if m := v.res.Mentions[v.lit[hi]]; m.Type == extract.Date {
					ds.date, ds.dateText = m.Value, m.Text
					ds.hasSpecific = true
				}
			}
		}
		return
	}
	v.phrases(ds, i)
}

// afflictedStart returns the token of the place's name in the object of
// a verb of afflicting that begins at token i, past "the" and adjectives,
// and compass words joined by "and" or "or" ("battered north and west
// Norland": the joined-compass construction), or the token where the
// words stop being of that kind.
func (v *view) afflictedStart(i int) int {
	k := i
	for {
		switch w := v.w(k); {
		case w == "the" || strings.HasPrefix(v.tag(k), "JJ"):
			k++
		case (w == "and" || w == "or") && k > i && strings.HasPrefix(v.tag(k+1), "JJ"):
			k++
		case v.tag(k) == "RB" && (v.w(k+1) == "and" || v.w(k+1) == "or") && strings.HasPrefix(v.tag(k+2), "JJ"):
			k++
		default:
			return k
		}
	}
}

// casualtyPlace reads the place after a verb of harm in the past or the
// present at token i and the count it harmed: "killed at least five
// people in a crowded Harlow market", "injures 12 in Harlow" (a
// determiner and adjectives may stand before the name; the
// casualty-place construction). The place is where the incident struck.
func (v *view) casualtyPlace(ds *desc, i int) {
	if t := v.tag(i); t != "VBD" && t != "VBZ" || casualty[v.w(i)] == "" || !v.lex.Is(v.lem[i], lexicon.Casualty) {
		return
	}
	k := v.harmed(i + 1)
	// "killed five people and injured 30 others in X"
	for k > 0 && v.w(k) == "and" {
		j := k + 1
		if v.tag(j) == "RB" {
			j++
		}
		if casualty[v.w(j)] == "" || v.harmed(j+1) < 0 {
			break
		}
		k = v.harmed(j + 1)
	}
	if k < 0 || v.w(k) != "in" {
		return
	}
	for k++; v.w(k) != "" && (v.tag(k) == "DT" || strings.HasPrefix(v.tag(k), "JJ") || v.tag(k) == "VBN") && v.ent[k] < 0; k++ {
	}
	if k < len(v.ent) && v.ent[k] >= 0 && v.entType(k) == extract.Location && !v.demonym(k) {
		v.addArgument(ds, k)
	}
}

// harmed returns the token after the count of people a verb of harm
// harmed, which opens at token k ("at least five people", "3 people",
// "12"), or -1 when no count stands there.
func (v *view) harmed(k int) int {
	if k >= len(v.lit) || v.lit[k] < 0 || v.res.Mentions[v.lit[k]].Type != extract.Quantity {
		return -1
	}
	_, k = extract.MentionSpan(v.lit, k)
	if v.w(k) == "people" || v.w(k) == "others" {
		k++
	}
	return k
}

var auxiliary = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true,
	"been": true, "be": true, "being": true, "will": true, "would": true, "finally": true,
}

// knownAs reads "known as X", "dubbed X" at token i, records X as the
// description's name and returns the token after it, or -1.
func (v *view) knownAs(ds *desc, i int) int {
	toks := v.res.Sentences[v.si].Tokens
	switch v.w(i) {
	case "known", "also":
		if v.w(i) == "also" {
			i++
		}
		if v.w(i) != "known" || v.w(i+1) != "as" {
			return -1
		}
		i += 2
	case "dubbed", "codenamed", "nicknamed", "named", "called":
		i++
	default:
		return -1
	}
	for i < len(toks) && (v.low[i] == "\"" || v.low[i] == "“" || v.low[i] == "'" || v.low[i] == "‘" || v.low[i] == "the") {
		i++
	}
	if i >= len(toks) {
		return -1
	}
	if v.ent[i] >= 0 {
		m := v.res.Mentions[v.ent[i]]
		ds.name, ds.nameStart, ds.nameEnd, ds.nameEntity, ds.nameSentence = m.Text, m.Start, m.End, m.Entity, v.si
		_, hi := extract.MentionSpan(v.ent, i)
		return v.skipQuote(hi)
	}
	j := i
	for j < len(toks) && j < i+6 && toks[j].Kind != tokenize.Punct && upperWord(toks[j].Text) {
		j++
	}
	if j == i {
		return -1
	}
	start, end := toks[i].Start, toks[j-1].End
	ds.name, ds.nameStart, ds.nameEnd, ds.nameSentence = v.res.Doc.Text[start:end], start, end, v.si
	return v.skipQuote(j)
}

func (v *view) skipQuote(i int) int {
	switch v.w(i) {
	case "\"", "”", "'", "’":
		return i + 1
	}
	return i
}

// calendar parts of a date value ("2024-03-22", "--03-22", "2024-03").
type parts struct{ y, m, d string }

func dateParts(v string) (parts, bool) {
	switch {
	case len(v) == 7 && strings.HasPrefix(v, "--"):
		return parts{"", v[2:4], v[5:]}, true
	case len(v) == 4 && strings.HasPrefix(v, "--"):
		return parts{"", v[2:], ""}, true
	case len(v) == 10 && v[4] == '-' && v[7] == '-':
		return parts{v[:4], v[5:7], v[8:]}, true
	case len(v) == 7 && v[4] == '-':
		return parts{v[:4], v[5:], ""}, true
	case len(v) == 4:
		return parts{v, "", ""}, true
	}
	return parts{}, false
}

func (p parts) format() string {
	switch {
	case p.y != "" && p.m != "" && p.d != "":
		return p.y + "-" + p.m + "-" + p.d
	case p.y != "" && p.m != "":
		return p.y + "-" + p.m
	case p.y != "":
		return p.y
	case p.m != "" && p.d != "":
		return "--" + p.m + "-" + p.d
	case p.m != "":
		return "--" + p.m
	}
	return ""
}

// dateConflict reports whether two date values cannot be the same day.
func dateConflict(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	pa, ok1 := dateParts(a)
	pb, ok2 := dateParts(b)
	if !ok1 || !ok2 {
		return a != b
	}
	clash := func(x, y string) bool { return x != "" && y != "" && x != y }
	return clash(pa.y, pb.y) || clash(pa.m, pb.m) || clash(pa.d, pb.d)
}

// hasDay reports whether a date value names a day.
func hasDay(v string) bool {
	p, ok := dateParts(v)
	return ok && p.d != ""
}

// mergeDate combines two compatible date values into the most specific.
func mergeDate(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	pa, ok1 := dateParts(a)
	pb, ok2 := dateParts(b)
	if !ok1 || !ok2 {
		return a
	}
	pick := func(x, y string) string {
		if x != "" {
			return x
		}
		return y
	}
	p := parts{pick(pa.y, pb.y), pick(pa.m, pb.m), pick(pa.d, pb.d)}
	if p.m == "" && p.d != "" {
		p.d = ""
	}
	return p.format()
}

// corefer groups the descriptions, in text order, into events.
func (d *docState) corefer(named []*evState, descs []*desc) []*evState {
	events := append([]*evState(nil), named...)
	for _, ds := range descs {
		if ds.isName {
			// A named event's own mention: only its facts are new.
			for _, ev := range events {
				if ev.entity == ds.nameEntity {
					ev.facts(ds)
					ev.told = ev.told || !ds.byTitle
					ev.toldBeyondPerson = ev.toldBeyondPerson || !ds.byPerson
				}
			}
			continue
		}
		// A description that names a named event ("the summit, known as
		// the X Forum") is that event's, though it comes first.
		if named := namedEvent(events, ds.nameEntity); named != nil {
			named.add(ds, MethodDescription, 1)
			named.first = min(named.first, ds.start)
			continue
		}
		var best *evState
		bestSame := false
		part := false
		for _, ev := range events {
			if d.partOf(ev, ds) && mayDescribe(ev, ds) {
				part = true
				continue
			}
			if !d.antecedent(ev, ds) {
				continue
			}
			// Prefer an event already described with the same word ("the
			// bombing"), or named with it ("the championships" after the
			// Harlow Indoor Championships and the Velden Grand Prix: the
			// same-head construction), then the latest.
			same := ev.named && nameHead(ev.name, ds.head)
			for _, h := range ev.heads {
				if h == ds.head {
					same = true
				}
			}
			if best == nil || same && !bestSame || same == bestSame && ev.last > best.last {
				best, bestSame = ev, same
			}
		}
		if best == nil {
			if ds.generic {
				continue // "the crisis" with nothing to refer to
			}
			if part && ds.place < 0 && !hasDay(ds.date) {
				continue // "the final" of a competition told: one of its contests, unplaced and undated
			}
			best = &evState{entity: -1, class: ds.class, place: -1, first: ds.start, nameStart: -1, host: -1}
			events = append(events, best)
			best.add(ds, MethodDescription, 1)
			continue
		}
		switch {
		case ds.det == detIndefinite || ds.det == detBare && ds.plural:
			best.retold = best.retold || headlineTold(best, ds)
			best.add(ds, MethodSameFacts, 0.7)
		case ds.generic:
			best.add(ds, MethodCoreference, 0.6)
		default:
			best.add(ds, MethodCoreference, 0.8)
		}
	}
	// Order events by their first mention.
	sort.SliceStable(events, func(i, j int) bool { return events[i].first < events[j].first })
	return events
}

// antecedent reports whether description ds, not one contest of ev, may
// refer to it: mayDescribe, and not a competition described after one
// of its contests; a named event told so far only in a title ("the X Open
// champion") is no antecedent of "the tournament" (the title
// construction).
func (d *docState) antecedent(ev *evState, ds *desc) bool {
	return mayDescribe(ev, ds) && !d.competitionOfContest(ev, ds) && (!ev.named || ev.told)
}

// partOf reports whether description ds names one contest of the named
// competition ev ("the match", "the final" after "the Norland Cup"),
// or several ("the Friday matches": the part-of-competition plural),
// not the competition itself: unless the name's head is such a word
// too ("the Harlow Cup Final"). A stage's plural ("the finals") is as
// often the competition's last rounds told whole.
func (d *docState) partOf(ev *evState, ds *desc) bool {
	if ev.class != classSport || ds.plural && (!ev.named || d.lex.Is(ds.head, lexicon.CompetitionPart)) {
		return false
	}
	if !ds.bout {
		return ev.named && !ds.plural && d.raceOf(ev, ds)
	}
	if !ev.named {
		return d.competition(ev)
	}
	words := strings.Fields(ev.name)
	return len(words) > 0 && !d.lex.Is(strings.ToLower(headWord(words)), lexicon.EventBout)
}

// raceOf reports whether description ds, a race ("the race", "the
// semi-final race"), is one contest of the named competition ev, whose
// name does not end in a race's word ("the Harlow World Championship";
// not "the Harlow Marathon" nor "the Velden Grand Prix"): the race-of-
// competition construction.
func (d *docState) raceOf(ev *evState, ds *desc) bool {
	if !d.lex.Is(ds.head, lexicon.EventRace) {
		return false
	}
	words := strings.Fields(ev.name)
	if len(words) == 0 {
		return false
	}
	h := strings.ToLower(headWord(words))
	if d.lex.Is(h, lexicon.EventRace) || d.lex.Is(h, lexicon.EventBout) {
		return false
	}
	n := len(words)
	return n < 2 || !d.lex.Is(strings.ToLower(words[n-2]+" "+words[n-1]), lexicon.EventRace)
}

// competitionOfContest reports whether description ds names a
// competition ("the tournament") and the unnamed event ev only one
// contest of it ("the match"): a competition described after one contest
// of it is not that contest (the contest-of-competition construction,
// turned round).
func (d *docState) competitionOfContest(ev *evState, ds *desc) bool {
	if ev.named || ev.class != classSport || ds.bout || len(ev.heads) == 0 || !d.lex.Is(strings.ToLower(ds.head), lexicon.EventSport) {
		return false
	}
	for _, h := range ev.heads {
		if !d.lex.Is(strings.ToLower(h), lexicon.EventBout) {
			return false
		}
	}
	return true
}

// competition reports whether the unnamed event ev is told only by
// nouns for a competition of many contests, none a word for one contest
// ("the regional tournament", "the championship"): a later "the final"
// or "the match" names one contest of it, not it (the contest-of-
// competition construction).
func (d *docState) competition(ev *evState) bool {
	if len(ev.heads) == 0 {
		return false
	}
	for _, h := range ev.heads {
		if d.lex.Is(strings.ToLower(h), lexicon.EventBout) || !d.lex.Is(strings.ToLower(h), lexicon.EventSport) {
			return false
		}
	}
	return true
}

// nameHead reports whether head, a description's head noun in lower
// case and singular ("championship"), is the head word of name, singular
// or plural ("the Harlow Indoor Championships").
func nameHead(name, head string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || head == "" {
		return false
	}
	h := strings.ToLower(headWord(words))
	return h == head || h == head+"s"
}

// pluralName reports whether a name ends in a plural word ("Games",
// "Olympics", "Championships").
func pluralName(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	last := headWord(words)
	return len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && upperWord(last)
}

// mayDescribe reports whether description ds, not a name, may refer to
// event ev: an event of a compatible kind told before it, whose date and
// place do not conflict with the description's.
func mayDescribe(ev *evState, ds *desc) bool {
	if ev.first > ds.start || !compatible(ev.class, ds.class) {
		return false
	}
	// "the 2001 election ... the next election": an event to come is
	// not one told before it, and takes none of its facts.
	if ds.future && !ev.named {
		return false
	}
	if dateConflict(ev.date, ds.date) || ev.place >= 0 && ds.place >= 0 && ev.place != ds.place {
		return false
	}
	// A named event of many contests ("the Harlow Games", "the World
	// Championships") is not one race or match of it ("the final", "the
	// marathon"): a singular description names a part.
	if ev.named && ev.class == classSport && !ds.plural && pluralName(ev.name) {
		return false
	}
	if ownDescription(ev, ds) {
		return false
	}
	// A named event whose place is not told is not a description that
	// gives its own ("the race in X" after "the Y Marathon"): the name
	// may hold another place.
	if ev.named && ev.place < 0 && ds.place >= 0 {
		return false
	}
	// "a hearing in X ... the hearing in June": a description that gives
	// its own date and no place does not join an event placed but not
	// dated, whose facts it would complete by guess; but a headline's
	// event the text retells is the same ("X summit" over "a summit
	// meeting Monday": the headline-retold construction).
	if !ev.named && ev.place >= 0 && ev.date == "" && ev.dateText == "" && ds.place < 0 && ds.dateText != "" && !headlineTold(ev, ds) {
		return false
	}
	if ds.det == detIndefinite || ds.det == detBare && ds.plural {
		// A new incident unless its facts are the event's.
		return ev.class == ds.class && hasDay(ev.date) && hasDay(ds.date) || headlineTold(ev, ds)
	}
	return true
}

// headlineTold reports whether the indefinite description ds tells again
// the undated incident ev the headline alone has told: a headline's bare
// "Bomb attack" (or "Quake hits Norland", "Norland quake"), or its "A
// bombing kills 3" when ds has the same head ("A bombing killed five
// people in Harlow"), told in the body, which may leave its place out or
// give the same (the headline-retold construction). An indefinite
// first sentence that is no line of its own is a lede's, and "A car bomb
// killed five. A second car bomb killed three." two incidents.
func headlineTold(ev *evState, ds *desc) bool {
	if ev.date != "" || ev.dateText != "" || !ev.headlineOnly() {
		return false
	}
	return ev.bareOnly() || ev.descs[0].firstLine && slices.Contains(ev.heads, ds.head)
}

// namedEvent returns the named event of entity e, or nil.
func namedEvent(events []*evState, e int) *evState {
	if e < 0 {
		return nil
	}
	for _, ev := range events {
		if ev.named && ev.entity == e {
			return ev
		}
	}
	return nil
}

// headlineOnly reports whether every description of the event is in the
// first sentence, the headline's: one in the body that gives no facts is
// not known to be the incident a later one tells of.
func (ev *evState) headlineOnly() bool {
	for _, d := range ev.descs {
		if d.si != 0 {
			return false
		}
	}
	return len(ev.descs) > 0
}

// bareOnly reports whether the event was described only without a
// determiner, as headlines do.
func (ev *evState) bareOnly() bool {
	if len(ev.descs) == 0 {
		return false
	}
	for _, d := range ev.descs {
		if d.det != detBare {
			return false
		}
	}
	return true
}

// add joins a description to the event.
func (ev *evState) add(ds *desc, method string, score float64) {
	ev.descs = append(ev.descs, ds)
	ev.methods = append(ev.methods, method)
	ev.scores = append(ev.scores, score)
	if ds.start > ev.last {
		ev.last = ds.start
	}
	if ds.class != classGeneric && ds.class != classDisasterGn && !ds.generic {
		if ev.class == classExplosion && ds.class != classExplosion {
			ev.class = ds.class // an explosion that turns out to be an attack
		}
		ev.heads = append(ev.heads, ds.head)
	}
	ev.facts(ds)
	if ds.name != "" && ev.name == "" {
		ev.name = ds.name
		if ds.nameEntity >= 0 {
			if ev.entity < 0 {
				ev.entity = ds.nameEntity
			}
		} else {
			ev.nameStart, ev.nameEnd, ev.nameSentence = ds.nameStart, ds.nameEnd, ds.nameSentence
		}
	}
}

// facts takes the place, date, participants and figures of a
// description.
func (ev *evState) facts(ds *desc) {
	if ev.place < 0 {
		ev.place = ds.place
	}
	if ds.host {
		switch {
		case ev.host == -1:
			ev.host = ds.place
		case ev.host != ds.place:
			// Two cities' editions under one name ("the Harlow
			// Olympics" and "the Velden Olympics"): no place is sure.
			ev.host = -2
		}
	}
	if ev.place < 0 && ds.predPlace >= 0 {
		ev.place = ds.predPlace
	}
	if ds.date != "" || ds.dateText != "" {
		if merged := mergeDate(ev.date, ds.date); merged != ev.date || ev.dateText == "" {
			ev.date = merged
			if ds.dateText != "" && (len(ds.date) >= len(ev.date) || ev.dateText == "") {
				ev.dateText = ds.dateText
			}
		}
	}
	for _, p := range ds.parts {
		ev.parts = appendOnce(ev.parts, p)
	}
	ev.figures = append(ev.figures, ds.figures...)
}

// future reports whether a date phrase points ahead of the report ("next
// year", "the coming weeks"): words of time that are a closed class.
func future(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) > 0 && f[0] == "the" {
		f = f[1:]
	}
	return len(f) > 0 && (f[0] == "next" || f[0] == "coming" || f[0] == "upcoming" || f[0] == "later" || f[0] == "tomorrow")
}

// futureOnly reports whether every description of the event puts it to
// come ("the next election").
func (ev *evState) futureOnly() bool {
	for _, ds := range ev.descs {
		if !ds.future {
			return false
		}
	}
	return len(ev.descs) > 0
}

// definiteOnly reports whether every description of the event is definite
// ("the attack", "the blast").
func (ev *evState) definiteOnly() bool {
	for _, ds := range ev.descs {
		if ds.det != detDefinite {
			return false
		}
	}
	return len(ev.descs) > 0
}

// prepBefore reports whether a preposition stands at token j, or right
// before a determiner there, before a description's phrase, one that puts
// the incident apart from the clause's own time ("after the flood",
// "since the attack", "rebuilding from the flood"): a closed class of
// prepositions. Others may make what the clause tells part of the
// incident ("were killed in the explosion", "hit by the flood", "those
// blamed for the attack").
func (v *view) prepBefore(j int) bool {
	if t := v.tag(j); t == "DT" || t == "PRP$" {
		j--
	}
	if t := v.tag(j); j < 0 || t != "IN" && t != "VBG" {
		return false
	}
	switch v.w(j) {
	case "after", "before", "since", "following", "from", "until":
		return true
	}
	return false
}

// passingIn reports whether a description of ev stands in sentence si
// as the object of a preposition (desc.afterPrep).
func (ev *evState) passingIn(si int) bool {
	for _, ds := range ev.descs {
		if ds.si == si && ds.afterPrep {
			return true
		}
	}
	return false
}

// lede finds the document's lede, its first sentence after the headline,
// and keeps its one place after a preposition of place and its one date.
func (d *docState) lede() {
	d.ledePlace, d.ledeSent = -1, -1
	for si := range d.res.Sentences {
		s := &d.res.Sentences[si]
		if s.End <= d.res.Headline.End || len(s.Tokens) == 0 {
			continue
		}
		v := &view{res: d.res, lex: d.lex, si: si, low: s.Lower, lem: s.Lemma, ent: s.Mention, lit: s.Literal, tags: s.POS}
		d.ledePlace, d.ledeSent = v.soleLocative(), si
		for i := range s.Tokens {
			mi := v.lit[i]
			if mi < 0 || d.res.Mentions[mi].Type != extract.Date || i > 0 && v.lit[i-1] == mi {
				continue
			}
			if d.ledeDate != nil && d.ledeDate.Value != d.res.Mentions[mi].Value {
				d.ledeDate = nil
				break
			}
			d.ledeDate = &d.res.Mentions[mi]
		}
		return
	}
}

// build turns the events into entities, mentions and res.Events.
func (d *docState) build(events []*evState) {
	res := d.res
	d.lede()
	docHash := ""
	used := map[int]bool{}
	for _, ev := range events {
		if !d.keep(ev) {
			continue
		}
		if ev.host == -2 {
			ev.place = -1
		}
		e := d.eventEntity(ev, used)
		ent := &res.Entities[e]
		described := d.nameEvent(ent, ev, &docHash)
		eventAliases(res, ent)
		parts := append([]int(nil), ev.parts...)
		sort.Ints(parts)
		date := ev.date
		if _, ok := dateParts(date); !ok {
			date = ""
		}
		kind := ev.class
		if kind == classGeneric || kind == classDisasterGn {
			kind = ""
		}
		res.Events = append(res.Events, extract.Event{Entity: e, Kind: kind, Place: ev.place, Date: date, Participants: parts, Figures: distinctFigures(res, ev.figures, ev.retold), Described: described})
	}
}

// keep reports whether ev becomes an event node, after giving an incident
// referred to only as "the attack" the lede's place and date.
func (d *docState) keep(ev *evState) bool {
	if len(ev.descs) == 0 && !ev.named {
		return false
	}
	// One a verb or a score told happened, and is kept with no place or
	// date when it has a participant; a bare result ("a 2-1 victory"
	// with no side, place or date) is no node a reader can use.
	if ev.verbal {
		return len(ev.parts) > 0 || ev.place >= 0 || ev.date != "" || ev.dateText != ""
	}
	// A named event whose every mention only modifies a person's noun
	// ("the Vell Cup holder was rested", "the 2003 Harlow Open
	// champion") is an epithet: the text tells of no event (the
	// person-epithet construction). A title won in it ("added the Vell
	// Cup trophy") tells that it was held.
	if ev.named && !ev.toldBeyondPerson {
		return false
	}
	// An incident the text neither names nor places nor dates nor
	// counts ("the election", "a collapse") is no node a reader can
	// use: as often as not it is planned, feared or general.
	// One dated only to come ("next year") has not happened.
	if !ev.named && future(ev.dateText) {
		return false
	}
	// One described only as to come ("the next championship in
	// Norland") is no node unless the text gives its day.
	if !ev.named && ev.futureOnly() && !hasDay(ev.date) {
		return false
	}
	// An incident referred to only as "the attack" is the one the
	// lede tells of, often with a verb ("Gunmen stormed a hall in X
	// on Friday"): it takes the lede's one place and one date.
	// Not when the lede itself refers to the incident in passing, its
	// noun the object of a preposition that sets it apart from the
	// clause's time (prepBefore: "a bill in 2005 for rebuilding after
	// the flood which ..."; "five were killed in the explosion" keeps
	// the lede's date, the clause's happening being the incident): the
	// lede tells of something else,
	// whose place and date are that thing's, and the description's own
	// phrases and clause gave it none (the lede-reference rule).
	if !ev.named && ev.place < 0 && ev.date == "" && ev.dateText == "" && ev.definiteOnly() && incident[ev.class] && !ev.passingIn(d.ledeSent) {
		ev.place = d.ledePlace
		if d.ledeDate != nil {
			ev.date, ev.dateText = d.ledeDate.Value, d.ledeDate.Text
		}
	}
	return ev.named || ev.name != "" || ev.place >= 0 || ev.date != "" || ev.dateText != "" || len(ev.figures) > 0
}

// eventEntity returns the entity of ev, new unless the tagger found its
// name and no other event took that entity (used), with the mentions of
// its name and descriptions in text order.
func (d *docState) eventEntity(ev *evState, used map[int]bool) int {
	res := d.res
	e := ev.entity
	if e >= 0 && used[e] {
		e = -1 // two incidents given one name: the second gets its own node
	}
	if e < 0 {
		e = len(res.Entities)
		res.Entities = append(res.Entities, extract.Entity{Type: extract.EventType})
	}
	used[e] = true
	ent := &res.Entities[e]
	ent.Type, ent.Class = extract.EventType, ""
	if ev.nameStart >= 0 && ev.nameEnd > ev.nameStart {
		ent.Mentions = append(ent.Mentions, len(res.Mentions))
		res.Mentions = append(res.Mentions, extract.Mention{
			Start: ev.nameStart, End: ev.nameEnd, Text: res.Doc.Text[ev.nameStart:ev.nameEnd],
			Type: extract.EventType, Sentence: ev.nameSentence, Entity: e, Method: MethodName, Score: 0.95,
		})
	}
	for k, ds := range ev.descs {
		ent.Mentions = append(ent.Mentions, len(res.Mentions))
		res.Mentions = append(res.Mentions, extract.Mention{
			Start: ds.start, End: ds.end, Text: res.Doc.Text[ds.start:ds.end], Type: extract.EventType,
			Sentence: ds.si, Entity: e, Method: ev.methods[k], Score: ev.scores[k],
		})
	}
	sort.SliceStable(ent.Mentions, func(i, j int) bool {
		return res.Mentions[ent.Mentions[i]].Start < res.Mentions[ent.Mentions[j]].Start
	})
	return e
}

// nameEvent gives ent, the entity of ev, its name and key: the tagger's
// for a named event, the name the text gives, or one made of the head
// noun, the place and the date ("Attack in Korvath, 2021-05-01"), and
// reports whether it made the name so (the text names the event not).
// docHash caches a hash of the document's text, for keys of this document
// alone.
func (d *docState) nameEvent(ent *extract.Entity, ev *evState, docHash *string) bool {
	res := d.res
	switch {
	case ev.named && ev.host >= 0 && ev.host < len(res.Entities):
		// The tagger's name with its edition's city: the Harlow
		// Olympics are not those of another city.
		ent.Key = resolve.Key(ent.Name + " " + res.Entities[ev.host].Name)
		return false
	case ev.named:
		// The tagger's name and key stand.
		return false
	case ev.name != "":
		ent.Name = normSpace(ev.name)
		ent.Key = resolve.Key(ent.Name)
		return false
	}
	head := mostCommon(ev.heads)
	if head == "" {
		head = canonicalHead[ev.class]
	}
	name := head
	place := ""
	if ev.place >= 0 && ev.place < len(res.Entities) {
		place = res.Entities[ev.place].Name
		name += " in " + place
	}
	full := len(ev.date) == 10 && ev.date[0] != '-'
	switch {
	case full:
		name += ", " + ev.date
	case ev.dateText != "":
		name += ", " + normSpace(ev.dateText)
	}
	r, n := utf8.DecodeRuneInString(name)
	ent.Name = string(unicode.ToUpper(r)) + name[n:]
	// A key for other documents only with place and day: an attack in
	// Korvath on 2021-05-01 is one event wherever it is told; "the attack"
	// alone is this document's.
	if full && place != "" {
		ent.Key = resolve.Key(canonicalHead[ev.class] + " " + place + " " + ev.date)
		return true
	}
	if *docHash == "" {
		sum := sha256.Sum256([]byte(res.Doc.Text))
		*docHash = hex.EncodeToString(sum[:6])
	}
	ent.Key = resolve.Key(canonicalHead[ev.class]+" "+place+" "+ev.date) + " doc " + *docHash
	return true
}

// eventAliases adds to ent's aliases the texts of its mentions, sorted.
func eventAliases(res *extract.Result, ent *extract.Entity) {
	seen := map[string]bool{ent.Name: true}
	for _, a := range ent.Aliases {
		seen[a] = true
	}
	for _, mi := range ent.Mentions {
		a := normSpace(res.Mentions[mi].Text)
		if !seen[a] {
			seen[a] = true
			ent.Aliases = append(ent.Aliases, a)
		}
	}
	sort.Strings(ent.Aliases)
}

// distinctFigures returns one figure per role and value: a headline's
// "kills 12" and the lede's "killing 12 people" are one count. A
// headline's count of a role the body counts otherwise yields to the
// body's, told later and in full ("kills 3" and "killed at least five
// people": the body-count construction); so does the first sentence's
// when the body retold the incident it told (retold: a first line of its
// own that annotate takes for no headline, as it ends like a sentence, "A
// bombing killed 3 people.", or is cut short with no blank line after it,
// "A bombing kills 3 ...").
func distinctFigures(res *extract.Result, fs []extract.Figure, retold bool) []extract.Figure {
	key := func(f extract.Figure) [2]string {
		m := res.Mentions[f.Mention]
		if m.Value == "" {
			return [2]string{f.Role, m.Text}
		}
		return [2]string{f.Role, m.Value}
	}
	inHeadline := func(f extract.Figure) bool {
		m := res.Mentions[f.Mention]
		return res.Headline.End > 0 && m.End <= res.Headline.End || retold && m.Sentence == 0
	}
	bodyRole, bodyKey := map[string]bool{}, map[[2]string]bool{}
	for _, f := range fs {
		if !inHeadline(f) {
			bodyRole[f.Role], bodyKey[key(f)] = true, true
		}
	}
	var figures []extract.Figure
	seen := map[[2]string]bool{}
	for _, f := range fs {
		k := key(f)
		if seen[k] || inHeadline(f) && bodyRole[f.Role] && !bodyKey[k] {
			continue
		}
		seen[k] = true
		figures = append(figures, f)
	}
	return figures
}

// anchoredDates gives a value to date mentions such as "three days
// before the attack" once the attack's date is known.
func (d *docState) anchoredDates() {
	res := d.res
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Date || m.Value != "" {
			continue
		}
		n, unit, ok := temporal.Anchored(m.Text)
		if !ok {
			continue
		}
		for _, ev := range res.Events {
			found := false
			for _, mi := range res.Entities[ev.Entity].Mentions {
				em := res.Mentions[mi]
				if em.Start >= m.Start && em.End <= m.End {
					found = true
				}
			}
			if !found {
				continue
			}
			if v, ok := temporal.Shift(ev.Date, n, unit); ok {
				m.Value = v
			}
			break
		}
	}
}

func mostCommon(words []string) string {
	count := map[string]int{}
	best := ""
	for _, w := range words {
		count[w]++
		if best == "" || count[w] > count[best] {
			best = w
		}
	}
	return best
}

func appendOnce(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// asYear reports whether the number at token j is a year or a day
// ("2004 elections", "the 11 May attacks"): four digits, or a number
// before a month or a date.
func (v *view) asYear(j int) bool {
	w := v.low[j]
	if len(w) == 4 && strings.Trim(w, "0123456789") == "" {
		return true
	}
	if j+1 < len(v.low) && (v.lit[j+1] >= 0 && v.res.Mentions[v.lit[j+1]].Type == extract.Date || temporal.MonthName(v.low[j+1])) {
		return true
	}
	return false
}

// playAttack reports whether the attack of description ds, its head
// "attack" (which WordNet has as an offensive move in a game too; a
// bombing or a raid has no such sense), is a move in a game: the
// document names a side typing classed a sports team, and
// the sentence has no word of killing, harm, a weapon, a victim or an
// attacker (lexicon Kill, Casualty, Weapon, Victim, Perpetrator): "a
// swift attack in Tarvik set up the opening goal" on a match report
// (the play-attack construction). An attack on a team's bus that hurt
// anyone is told with such words.
func (v *view) playAttack(ds *desc) bool {
	if ds.class != classAttack || ds.head != "attack" || v.lex == nil || !v.team {
		return false
	}
	for k := range v.lem {
		c := v.lex.Classes(v.lem[k])
		if c.Has(lexicon.Kill) || c.Has(lexicon.Casualty) || c.Has(lexicon.Weapon) || c.Has(lexicon.Victim) || c.Has(lexicon.Perpetrator) {
			return false
		}
	}
	return true
}
