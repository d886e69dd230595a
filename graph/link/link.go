package link

import (
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/internal/entindex"
	"github.com/kg-project/kg/graph/internal/vocab"
	"github.com/kg-project/kg/schema"
)

const (
	wdP31  = schema.WDT + "P31"
	wdP17  = schema.WDT + "P17"
	wdP297 = schema.WDT + "P297"
)

// DefaultMinLinkScore is the lowest score of a link Run writes when
// Options.MinScore is 0.
const DefaultMinLinkScore = 0.6

// Dataset is an RDF dataset to link against.
type Dataset struct {
	// Graph is the graph IRI the dataset's quads are stored under (see
	// Store.Import); links into it record it.
	Graph quad.IRI
	// Name names it in errors and reports (a file name).
	Name string
	// Format is a registered quad format name; empty means by Name's
	// extension (see ImportFormat).
	Format string
	// Open returns the dataset's content; Link reads it once.
	Open func() (io.ReadCloser, error)
}

// Options configures Run. A nil *Options, and zero fields, mean
// the defaults.
type Options struct {
	// Graph is the graph IRI links are written to; empty means LinksGraph.
	Graph quad.IRI
	// MinScore is the lowest score a link needs; 0 means
	// DefaultMinLinkScore.
	MinScore float64
	// DryRun computes the links without writing them.
	DryRun bool
}

// Link is one owl:sameAs link from an entity of the store to a dataset's.
type Link struct {
	Entity     quad.IRI `json:"entity"`
	EntityName string   `json:"entity_name"`
	Target     quad.IRI `json:"target"`
	TargetName string   `json:"target_name"`
	Dataset    quad.IRI `json:"dataset"`
	// Score is in (0, 1]; higher is surer.
	Score float64 `json:"score"`
	// Method names the evidence, joined by "+": identifier (an identifier
	// both share: an existing owl:sameAs, an ISO code), label or alias (the
	// kind of name matched), type (the classes agree), context (the
	// candidate's properties point at entities of the same documents, or
	// its description names a title the text gives: "President X"),
	// prefix (the name is a team's short name: "Leeds" for Leeds United
	// A.F.C., "Brewers" for the Milwaukee Brewers), team (other entities
	// of the same documents, or its opponent in a match, name teams of the
	// same sport), sport (the text of its documents names the team's
	// sport, where its teams are of several), prior (the most
	// prominent of several candidates), fullname (the link of the person
	// its documents name in full: "Ford" for Gerald Ford), demonym (the
	// name is the place's adjective: "European", "Bosnian"), abbreviation
	// (the name abbreviates the area's: "Calif.", "W. Va"), initials (the
	// name is the initials of its label, and of no other: "GMT"), land (the
	// name is the land of the people a region is labelled by: "Harveshia"
	// for "Harvesh", on a page that names its country), institution (the
	// name is a body's label less the country or organisation it opens
	// with, which the page names: "Senate" for the Norland Senate), variant
	// (the name differs only in its vowels from the one name or adjective
	// of the datasets that does: "Herzbollah" for "Harzbellah").
	Method string `json:"method"`
}

// Report says what Run did.
type Report struct {
	// Entities is the number of the store's entities considered.
	Entities int `json:"entities"`
	// Targets is the number of named nodes in the datasets.
	Targets int `json:"targets"`
	// Links are the links made, sorted by entity.
	Links []Link `json:"links"`
	// Ambiguous counts entities left unlinked because two candidates
	// scored alike.
	Ambiguous int `json:"ambiguous"`
	// Replaced is the number of earlier links into the same datasets that
	// were removed first.
	Replaced int `json:"replaced"`
	// QuadsAdded is the number of quads written to the links graph.
	QuadsAdded int `json:"quads_added"`
}

// target is a named node of a dataset.
type target struct {
	iri     string
	graph   quad.IRI
	labels  []string // rdfs:label, schema:name
	alts    []string // skos:altLabel, schema:alternateName
	kinds   typeSet  // coarse types its data implies
	country bool     // it is a country (ISO code, demonym, class)
	admin   bool     // an administrative subdivision (ISO 3166-2 code, class)
	desc    string   // normalised description, " "-padded, or
	town    bool     // a populated place (GeoNames id, class, description)
	// team says its description's head is that of a sports team ("club",
	// "team", "franchise"); sport is then the words of that phrase
	// ("association football club"), to tell the sports apart.
	team     bool
	sport    []string
	points   []string // IRIs its properties point at (context)
	ids      []string // "pred\x00literal" of identifier-like properties
	facts    int      // statements about it
	indegree int      // statements pointing at it
	graphs   int      // datasets that describe it

	// language and people say its description's head phrase is that of a
	// language or of a people ("nation and ethnic group native to ...").
	language, people bool
	// demonyms are its wdt:P1549 values ("Bosnian").
	demonyms []string
	// placeLanguage says it is a language its description puts in a
	// place of the datasets, langPlaces (IRIs) are these places (see
	// markPlaceLanguages).
	placeLanguage bool
	langPlaces    []string
	// religion says its description's head phrase has "religion".
	religion bool
}

// typeSet is a set of coarse types: bits of tPER, tORG, tLOC, tMISC.
type typeSet uint8

const (
	tPER typeSet = 1 << iota
	tORG
	tLOC
	tMISC
)

// readTargets reads the datasets into a table of named nodes.
func readTargets(ctx context.Context, datasets []Dataset) (map[string]*target, error) {
	byIRI := map[string]*target{}
	for _, d := range datasets {
		seen := map[string]bool{}
		err := readDataset(ctx, d, func(q quad.Quad) {
			sub, ok := q.Subject.(quad.IRI)
			if !ok {
				return
			}
			p, _ := q.Predicate.(quad.IRI)
			t := byIRI[string(sub)]
			if t == nil {
				t = &target{iri: string(sub), graph: d.Graph}
				byIRI[string(sub)] = t
			}
			if !seen[string(sub)] {
				seen[string(sub)] = true
				t.graphs++
			}
			t.facts++
			if oi, ok := q.Object.(quad.IRI); ok {
				if o := byIRI[string(oi)]; o != nil {
					o.indegree++
				} else {
					byIRI[string(oi)] = &target{iri: string(oi), graph: d.Graph, indegree: 1}
				}
			}
			targetFact(t, string(p), q.Object)
		})
		if err != nil {
			return nil, err
		}
	}
	for k, t := range byIRI {
		if len(t.labels) == 0 && len(t.alts) == 0 {
			delete(byIRI, k)
		}
	}
	return byIRI, nil
}

func readDataset(ctx context.Context, d Dataset, fn func(quad.Quad)) error {
	name := d.Name
	if name == "" {
		name = string(d.Graph)
	}
	format := d.Format
	if format == "" {
		format = graph.ImportFormat(name)
	}
	parse := graph.QuadReader(format)
	if parse == nil {
		return fmt.Errorf("link: %s: unknown format %q", name, format)
	}
	rc, err := d.Open()
	if err != nil {
		return fmt.Errorf("link: %w", err)
	}
	defer rc.Close()
	next, err := parse(rc, name)
	if err != nil {
		return err
	}
	for n := 0; ; n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		q, err := next()
		if err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		fn(q)
	}
}

// targetFact records what one statement says about a target.
func targetFact(t *target, p string, o quad.Value) {
	if k, ok := vocab.NamePredicateKind(p); ok {
		targetName(t, k, o)
		return
	}
	switch {
	case p == schema.Type || p == wdP31:
		if c, ok := o.(quad.IRI); ok {
			targetClass(t, string(c))
		}
		return
	case p == schema.Description || p == schema.RDFS+"comment":
		if s, ok := vocab.LiteralText(o); ok {
			targetDescription(t, s)
		}
		return
	case p == schema.WDT+"P300":
		t.admin = true
	case p == schema.WDT+"P1549":
		if d, ok := vocab.LiteralText(o); ok {
			t.demonyms = vocab.AppendUniq(t.demonyms, d)
		}
	case p == schema.WDT+"P1566":
		t.town = true
	}
	if ts, country, ok := tellingProperty(p); ok {
		t.kinds |= ts
		t.country = t.country || country
	}
	switch o := o.(type) {
	case quad.IRI:
		t.points = vocab.AppendUniq(t.points, string(o))
	case quad.String, quad.TypedString:
		if v, ok := identifierValue(o); ok {
			t.ids = vocab.AppendUniq(t.ids, p+"\x00"+v)
		}
	}
}

// targetName adds a name of kind k to t: a label or an alias.
func targetName(t *target, k vocab.NameKind, o quad.Value) {
	if s, ok := vocab.LiteralText(o); ok && strings.TrimSpace(s) != "" {
		if k == vocab.KindName || k == vocab.KindLabel {
			t.labels = vocab.AppendUniq(t.labels, s)
		} else {
			t.alts = vocab.AppendUniq(t.alts, s)
		}
	}
}

// targetClass adds what t's class c says: coarse types, a country, a
// populated place, an administrative area.
func targetClass(t *target, c string) {
	ts, country := classTypes(c)
	t.kinds |= ts
	t.country = t.country || country
	local := strings.ToLower(localName(c))
	t.town = t.town || containsAny(local, "city", "town", "village", "settlement")
	t.admin = t.admin || containsAny(local, "administrative", "province")
}

// targetDescription adds what t's description s says: its normalised text,
// the types its words imply, and whether its head noun is that of a
// populated place or of an administrative area.
func targetDescription(t *target, s string) {
	if t.desc == "" {
		t.desc = " " + vocab.NameKey(s) + " "
	}
	t.kinds |= descriptionTypes(s)
	head := descriptionHead(s)
	t.town = t.town || slices.Contains([]string{"city", "town", "village", "capital", "seat", "municipality", "commune"}, head)
	t.admin = t.admin || slices.Contains([]string{"state", "province", "county", "region", "district", "prefecture", "governorate", "oblast"}, head)
	phrase := descriptionPhrase(s)
	t.language = t.language || head == "language"
	// A religion, or a church that is no building ("Christian church
	// led by ...", not "church building in ...").
	t.religion = t.religion || slices.Contains(phrase, "religion") || slices.Contains(phrase, "church") && !slices.Contains(phrase, "building")
	t.people = t.people || slices.ContainsFunc(phrase, func(w string) bool { return peopleWords[w] })
	if !t.team && teamHeads[head] {
		t.team, t.sport = true, phrase
	}
}

// containsAny reports whether s contains one of the words.
func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// identifierValue returns the value of a literal that looks like an
// identifier (a code or a number, no spaces), for matching on equality.
func identifierValue(v quad.Value) (string, bool) {
	var s string
	switch v := v.(type) {
	case quad.String:
		s = string(v)
	case quad.TypedString:
		s = string(v.Value)
	default:
		return "", false
	}
	if s == "" || len(s) > 40 || strings.ContainsAny(s, " \t\n(") {
		return "", false
	}
	return s, true
}

// tellingProperty says what the use of a property implies about its
// subject. The Wikidata properties are those of identifiers that only one
// kind of thing has; others are recognised by their local names.
func tellingProperty(p string) (typeSet, bool, bool) {
	switch p {
	case wdP297, schema.WDT + "P298", schema.WDT + "P299", schema.WDT + "P1549":
		return tLOC, true, true // ISO 3166-1 codes, demonym: a country
	case schema.WDT + "P300", schema.WDT + "P1566", schema.WDT + "P625", schema.WDT + "P1082", schema.WDT + "P36":
		return tLOC, false, true // ISO 3166-2, GeoNames id, coordinates, population, capital
	case schema.WDT + "P569", schema.WDT + "P570", schema.WDT + "P21", schema.WDT + "P106", schema.WDT + "P27":
		return tPER, false, true // born, died, sex, occupation, citizenship
	case schema.WDT + "P159", schema.WDT + "P112", schema.WDT + "P488", schema.WDT + "P1454":
		return tORG, false, true // headquarters, founded by, chairperson, legal form
	}
	local := strings.ToLower(localName(p))
	switch {
	case local == "lat" || local == "long" || local == "geometry" || strings.Contains(local, "population") || local == "countrycode":
		return tLOC, false, true
	case local == "birthdate" || local == "deathdate" || local == "birthplace" || local == "gender" || local == "givenname" || local == "familyname":
		return tPER, false, true
	case local == "foundingdate" || local == "headquarter" || local == "numberofemployees":
		return tORG, false, true
	}
	return 0, false, false
}

func localName(iri string) string {
	if i := strings.LastIndexAny(iri, "/#"); i >= 0 {
		return iri[i+1:]
	}
	return iri
}

// wellKnownClasses maps Wikidata classes that slices use most to types.
var wellKnownClasses = map[string]typeSet{
	"Q5": tPER, "Q6256": tLOC, "Q3624078": tLOC, "Q515": tLOC, "Q1549591": tLOC, "Q5119": tLOC,
	"Q486972": tLOC, "Q3957": tLOC, "Q532": tLOC, "Q35657": tLOC, "Q10864048": tLOC, "Q4022": tLOC,
	"Q23442": tLOC, "Q43229": tORG, "Q4830453": tORG, "Q7278": tORG, "Q484652": tORG, "Q327333": tORG,
	"Q783794": tORG, "Q891723": tORG, "Q3918": tORG, "Q11032": tORG, "Q1002697": tORG, "Q17149090": tORG,
	"Q7210356": tORG, "Q11424": tMISC, "Q482994": tMISC, "Q7725634": tMISC, "Q5398426": tMISC,
}

var countryClasses = map[string]bool{"Q6256": true, "Q3624078": true}

// classTypes maps a class IRI to types: Wikidata's best-known classes by
// id, others (schema.org, DBpedia, any ontology) by words of their local
// names.
func classTypes(c string) (typeSet, bool) {
	if strings.HasPrefix(c, schema.WD) {
		id := strings.TrimPrefix(c, schema.WD)
		return wellKnownClasses[id], countryClasses[id]
	}
	local := strings.ToLower(localName(c))
	country := local == "country" || local == "sovereignstate"
	for _, w := range []struct {
		words []string
		t     typeSet
	}{
		{[]string{"person", "human", "politician", "athlete", "artist", "officeholder", "actor", "writer"}, tPER},
		{[]string{"country", "city", "town", "village", "settlement", "place", "location", "region", "state", "province", "island", "river", "mountain", "territory", "area"}, tLOC},
		{[]string{"organization", "organisation", "company", "corporation", "party", "agency", "institution", "university", "club", "business", "ngo"}, tORG},
		{[]string{"film", "album", "song", "book", "work", "series", "single", "software"}, tMISC},
	} {
		for _, word := range w.words {
			if strings.Contains(local, word) {
				return w.t, country
			}
		}
	}
	return 0, country
}

// descriptionHead returns the head noun of a short description ("city in
// Texas", "American actor", "sea connected to the Atlantic"): the word
// before the first preposition, conjunction or participle, else the last of
// the first few words.
func descriptionHead(d string) string {
	words := descriptionPhrase(d)
	// Its head is the last known head noun in it, else its last word.
	for i := len(words) - 1; i >= 0; i-- {
		if headType(words[i]) != 0 {
			return words[i]
		}
	}
	if len(words) > 0 {
		return words[len(words)-1]
	}
	return ""
}

// descriptionPhrase returns the lower-case words of a short description's
// first phrase, the one its head noun ends: up to the first preposition,
// conjunction or participle after a known head noun, of the first few
// words ("baseball team and ..." gives baseball, team).
func descriptionPhrase(d string) []string {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(d)) {
		w = strings.Trim(w, ",.;:()\"'")
		if w != "" {
			words = append(words, w)
		}
	}
	if len(words) > 8 {
		words = words[:8]
	}
	// The phrase ends at a preposition, at a conjunction right after a
	// known head noun ("nation and ethnic group"; not "television and
	// radio network"), or at a participle right after a known head noun
	// ("film directed by", "sea connected to"; not "animated film").
	end := len(words)
	for i, w := range words {
		if i == 0 {
			continue
		}
		conj := w == "and" || w == "or"
		if (descriptionStops[w] && (!conj || headType(words[i-1]) != 0)) || (len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && headType(words[i-1]) != 0) {
			end = i
			break
		}
	}
	return words[:end]
}

// headType is the type a head noun implies; a compound ("singer-songwriter")
// takes the type of its first known part.
func headType(w string) typeSet {
	if t, ok := descriptionHeads[w]; ok {
		return t
	}
	if strings.Contains(w, "-") {
		for _, p := range strings.Split(w, "-") {
			if t, ok := descriptionHeads[p]; ok {
				return t
			}
		}
	}
	return 0
}

var descriptionStops = map[string]bool{
	"in": true, "of": true, "from": true, "based": true, "and": true, "who": true, "that": true, "to": true,
	"by": true, "with": true, "on": true, "at": true, "for": true, "near": true, "which": true, "whose": true,
	"born": true, "since": true, "between": true, "or": true,
}

// descriptionTypes reads a short description for its head noun's type.
func descriptionTypes(d string) typeSet {
	return headType(descriptionHead(d))
}

var descriptionHeads = func() map[string]typeSet {
	m := map[string]typeSet{}
	add := func(t typeSet, ws string) {
		for _, w := range strings.Fields(ws) {
			m[w] = t
		}
	}
	add(tLOC, "city town village capital seat country state province county municipality commune district region island river lake mountain borough suburb neighbourhood neighborhood settlement territory area prefecture governorate oblast republic kingdom emirate archipelago peninsula sea ocean continent")
	add(tPER, "politician actor actress singer footballer player writer author president minister journalist businessman businesswoman entrepreneur musician composer painter poet novelist director producer rapper comedian athlete cricketer boxer tennis golfer coach manager lawyer judge scientist economist diplomat monarch king queen prince princess general officer activist presenter model dancer screenwriter photographer architect historian philosopher physician engineer")
	add(tORG, "company organization organisation party agency university college school club team band group corporation firm bank newspaper broadcaster network association federation union council ministry department committee alliance airline manufacturer institute foundation charity franchise legislature parliament assembly senate court army navy government police")
	add(tMISC, "film album song novel book series episode single game video magazine award language")
	return m
}()

// ours is an entity of the store being linked.
type ours struct {
	iri     string
	name    string
	aliases []string
	types   typeSet
	country bool
	natural bool // a body of water, a mountain, a volcano...
	city    bool
	admin   bool
	// sportsTeam says extraction classed it a sports team (a side in a
	// match result): its teams need no support from the page (see
	// supportedTeams).
	sportsTeam bool
	// plainOrg says extraction classed it an organisation and nothing
	// more (no kind of organisation, no sports team): the tagger's guess
	// alone, which a town's name often gets ("talks in Harlow").
	plainOrg bool
	// members says people or bodies work for it or belong to it
	// (schema:worksFor, schema:memberOf point at it): an organisation,
	// whatever town it is named like; employers are what its own such
	// relations point at.
	// plainPlace says extraction classed it a place and nothing more
	// (no city, no country, no area).
	plainPlace bool
	members    bool
	employers  []string
	// sidesPage says an entity of its documents is a side in a match
	// (extraction classed it a sports team, or it has an opponent).
	sidesPage bool
	docs      int
	sameAs    []string
	ids       []string
	context   map[string]bool // IRIs co-mentioned entities are sameAs
	// comentioned are the entities that share a document with it, with
	// the number of its documents (of the first 50, ndocs) they share.
	comentioned map[string]int
	ndocs       int
	// docRefs are those documents; pageSport says which of its teams'
	// sports their text names (see pageSports).
	docRefs   []refs.Ref
	pageSport map[*target]bool
	// bearers are the people named in full ("Gerald Ford") in every one
	// of its documents whose first or last name is its whole name
	// ("Ford"); see shortNames. firstName and lastName are its own, for a
	// person named in full.
	bearers             []string
	firstName, lastName string
	// related are the entities its own relations point at (its country,
	// its employer); direct is what they are sameAs.
	related []string
	direct  map[string]bool
	// within are the places its own schema:containedInPlace edges put it
	// in; withinTargets what they are sameAs.
	within        []string
	withinTargets map[string]bool
	// relatedNames and contextNames are the name keys of the related and
	// of the co-mentioned entities, to find in candidates' descriptions
	// ("city in Scotland").
	relatedNames, contextNames []string
	// titles are the lower-case words of the titles its documents give
	// it (schema:jobTitle: "president"), of four letters or more, to find
	// in candidates' descriptions.
	titles []string
	// opponents are the entities it is a side in a match against
	// (kg:opponent, either way round): evidence of a team's sport as
	// strong as the page's other teams (see supportedTeams).
	opponents []string
	// teams are the sports teams its names could name that the other
	// entities of its documents support (see teamContext).
	teams []*target
	// abbrevOf are the administrative areas its name abbreviates (see
	// abbreviationContext).
	abbrevOf []*target
}

// coarse maps our classes to types.
func ourTypes(classes []string) (typeSet, bool) {
	var t typeSet
	country := false
	for _, c := range classes {
		switch c {
		case schema.PersonClass:
			t |= tPER
		case schema.OrgClass:
			t |= tORG
		case schema.PlaceClass:
			t |= tLOC
		case schema.CountryCls:
			t |= tLOC
			country = true
		case schema.EventClass, schema.ThingClass:
			t |= tMISC
		}
	}
	return t, country
}

// Run loads nothing: it links the entities documents mention to the named
// nodes of datasets (already imported under Dataset.Graph, see
// Store.Import) with owl:sameAs.
//
// Candidates are the dataset nodes that share a normalised name or alias
// with the entity (rdfs:label, skos:altLabel, schema:name,
// schema:alternateName), or an identifier (an owl:sameAs the entity already
// has, a literal code on the same property such as wdt:P297). Each is
// scored from the kind of name matched, type compatibility (rdf:type or
// wdt:P31 classes, telling properties such as ISO codes, GeoNames ids or
// dates of birth, the head noun of a description: a conflict rules the
// candidate out), context (the candidate's properties point at what the
// other entities of the same documents are linked to: a city's country)
// and a prior for prominence (statements about it, statements pointing at
// it, datasets describing it). An organisation named by a club's short
// name (its town, its nickname) on a page that names other teams of the
// same sport is taken for the team (see teamContext). The best
// candidate is linked when its score reaches MinScore and no other comes
// close. A one-word name that is the first or last name of a person every
// one of its documents names in full takes that person's link, or none
// (see nameBearers).
//
// Links are written to their own graph (Options.Graph): the
// owl:sameAs quad and a statement node, rdf:type kg:Link, with
// rdf:subject, rdf:object, kg:method, kg:score and kg:dataset. Earlier
// links into the same datasets are replaced. Unlink removes them.
func Run(ctx context.Context, s *graph.Store, datasets []Dataset, opts *Options) (*Report, error) {
	if err := s.Err(); err != nil {
		return nil, err
	}
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Graph == "" {
		o.Graph = vocab.LinksGraph
	}
	if o.MinScore <= 0 {
		o.MinScore = DefaultMinLinkScore
	}
	targets, err := readTargets(ctx, datasets)
	if err != nil {
		return nil, err
	}
	rep := &Report{Targets: len(targets)}
	// Name and identifier tables of the targets.
	byKey := map[string][]*target{}
	byID := map[string][]*target{}
	for _, t := range targets {
		keys := map[string]bool{}
		for _, n := range append(append([]string(nil), t.labels...), t.alts...) {
			if k := vocab.NameKey(n); k != "" && !keys[k] {
				keys[k] = true
				byKey[k] = append(byKey[k], t)
			}
		}
		for _, id := range t.ids {
			byID[id] = append(byID[id], t)
		}
	}
	addDedicationNames(targets, byKey)
	markPlaceLanguages(targets)
	byAdj := adjectives(targets)
	addWaterNames(targets, byKey, byAdj)
	byInitials := labelInitials(targets)
	byLand := peopleLands(targets, byKey)
	byInst := institutionShortNames(targets, byKey)
	bySkel := skeletons(byKey, byAdj)
	labelSports(targets)
	ents, err := linkCandidates(ctx, s, targets, o.Graph)
	if err != nil {
		return nil, err
	}
	rep.Entities = len(ents)
	teamContext(ents, byKey, teamShortNames(targets, byKey))
	if err := pageSports(ctx, s, ents); err != nil {
		return nil, err
	}
	abbreviationContext(ents, targets)
	dsSet := map[quad.IRI]bool{}
	for _, d := range datasets {
		dsSet[d.Graph] = true
	}
	// Two passes: links of the first pass are context for the second.
	linked := map[string]string{} // our IRI -> target IRI
	var links []Link
	for pass := 0; pass < 2; pass++ {
		links = links[:0]
		rep.Ambiguous = 0
		for _, e := range ents {
			ctxIRIs, direct, within := e.context, e.direct, e.withinTargets
			if pass == 1 {
				ctxIRIs, direct, within = withLinked(e, linked), directWithLinked(e, linked), withinWithLinked(e, linked)
			}
			l, ambiguous := scoreEntity(e, ctxIRIs, direct, within, byKey, byID, byAdj, byInitials, byLand, byInst, bySkel, targets)
			if ambiguous {
				rep.Ambiguous++
				continue
			}
			if l == nil || l.Score < o.MinScore {
				continue
			}
			links = append(links, *l)
		}
		linked = map[string]string{}
		for _, l := range links {
			linked[string(l.Entity)] = string(l.Target)
		}
	}
	links = shortNames(ents, links)
	sort.Slice(links, func(i, j int) bool {
		if links[i].Entity != links[j].Entity {
			return links[i].Entity < links[j].Entity
		}
		return links[i].Target < links[j].Target
	})
	rep.Links = links
	if o.DryRun {
		return rep, nil
	}
	err = s.Update(ctx, func(ctx context.Context) error {
		return writeLinks(ctx, s, datasets, links, dsSet, &o, rep)
	})
	if err != nil {
		return nil, err
	}
	return rep, nil
}

// writeLinks replaces the links of the datasets dsSet in o.Graph by links,
// inside s.Update, and completes rep.
func writeLinks(ctx context.Context, s *graph.Store, datasets []Dataset, links []Link, dsSet map[quad.IRI]bool, o *Options, rep *Report) error {
	old, err := storedLinks(ctx, s, o.Graph, dsSet, true)
	if err != nil {
		return fmt.Errorf("link: %w", err)
	}
	if len(old.quads) > 0 {
		if err := s.RemoveQuads(ctx, old.quads); err != nil {
			return fmt.Errorf("link: remove earlier links: %w", err)
		}
		rep.Replaced = old.links
	}
	var qs []quad.Quad
	for _, d := range datasets {
		qs = append(qs,
			quad.Quad{Subject: d.Graph, Predicate: quad.IRI(schema.Type), Object: quad.IRI(vocab.DatasetClass), Label: o.Graph})
		if d.Name != "" {
			qs = append(qs, quad.Quad{Subject: d.Graph, Predicate: quad.IRI(schema.Source), Object: quad.String(d.Name), Label: o.Graph})
		}
	}
	for _, l := range links {
		qs = append(qs, linkQuads(l, o.Graph)...)
	}
	for i, q := range qs {
		if err := graph.CheckQuad(q); err != nil {
			return fmt.Errorf("link: quad %d: %w", i, err)
		}
	}
	added, err := s.AddQuads(ctx, qs)
	if err != nil {
		return fmt.Errorf("link: %w", err)
	}
	rep.QuadsAdded = added
	return nil
}

func linkQuads(l Link, graph quad.IRI) []quad.Quad {
	st := vocab.LinkIRI(graph, l.Entity, l.Target)
	mk := func(s quad.Value, p string, o quad.Value) quad.Quad {
		return quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: graph}
	}
	return []quad.Quad{
		mk(l.Entity, schema.SameAs, l.Target),
		mk(st, schema.Type, quad.IRI(vocab.LinkClass)),
		mk(st, schema.StmtSubject, l.Entity),
		mk(st, schema.StmtPredicate, quad.IRI(schema.SameAs)),
		mk(st, schema.StmtObject, l.Target),
		mk(st, schema.Method, quad.String(l.Method)),
		mk(st, schema.Score, quad.TypedString{Value: quad.String(strconv.FormatFloat(l.Score, 'f', 3, 64)), Type: schema.XSD + "decimal"}),
		mk(st, vocab.LinkDataset, l.Dataset),
	}
}

// linkCandidates reads the entities documents mention, with their names,
// classes, identifiers and the links of the entities they share documents
// with.
func linkCandidates(ctx context.Context, s *graph.Store, targets map[string]*target, linksGraph quad.IRI) ([]*ours, error) {
	x, err := s.EntityIndex(ctx)
	if err != nil {
		return nil, err
	}
	es := indexedEntities(x, targets)
	byIRI := map[string]*ours{}
	for _, e := range es {
		byIRI[e.iri] = e
	}
	for _, e := range es {
		setFullName(e)
		if err := readOurFacts(ctx, s, e, linksGraph); err != nil {
			return nil, err
		}
	}
	for _, e := range es {
		for _, o := range e.employers {
			if oe := byIRI[o]; oe != nil {
				oe.members = true
			}
		}
	}
	for _, e := range es {
		directContext(e, byIRI)
		for _, o := range e.opponents {
			if oe := byIRI[o]; oe != nil {
				oe.opponents = vocab.AppendUniq(oe.opponents, e.iri)
			}
		}
	}
	// Context: the sameAs targets of entities that share a document.
	mentions, err := s.Ref(quad.IRI(schema.Mentions))
	if err != nil || mentions == nil {
		return es, err
	}
	docEnts := map[any][]string{} // doc key -> entity IRIs (cache)
	for _, e := range es {
		if err := sharedContext(ctx, s, e, mentions, byIRI, docEnts); err != nil {
			return nil, err
		}
	}
	for _, e := range es {
		for c := range e.comentioned {
			if oe := byIRI[c]; oe != nil {
				if k := vocab.NameKey(oe.name); k != "" && len(k) > 2 {
					e.contextNames = append(e.contextNames, k)
				}
				e.sidesPage = e.sidesPage || c != e.iri && (oe.sportsTeam || len(oe.opponents) > 0)
			}
		}
		sort.Strings(e.contextNames)
		e.bearers = nameBearers(e, byIRI)
	}
	return es, nil
}

// indexedEntities returns the entities of the entity index that documents
// mention and that are not datasets' nodes nor kg's bookkeeping, with
// their names, aliases and what their classes say, sorted by IRI.
func indexedEntities(x *entindex.Index, targets map[string]*target) []*ours {
	var es []*ours
	x.Mu.RLock()
	for id, rec := range x.Ents {
		if rec.Docs == 0 || vocab.IsDocumentPart(rec.IRI) || targets[rec.IRI] != nil || structuralEntity(rec.Classes) {
			continue
		}
		e := &ours{iri: rec.IRI, docs: int(rec.Docs)}
		e.types, e.country = ourTypes(rec.Classes)
		for _, c := range rec.Classes {
			local := strings.ToLower(localName(c))
			for _, w := range []string{"water", "mountain", "volcano", "canal", "landform", "continent", "river", "sea", "lake"} {
				e.natural = e.natural || strings.Contains(local, w)
			}
			e.city = e.city || c == schema.CityClass
			e.sportsTeam = e.sportsTeam || c == schema.SDO+"SportsTeam"
			e.admin = e.admin || strings.Contains(local, "administrative")
		}
		e.plainOrg = e.types == tORG && !slices.ContainsFunc(rec.Classes, func(c string) bool { return c != schema.OrgClass })
		e.plainPlace = e.types == tLOC && !slices.ContainsFunc(rec.Classes, func(c string) bool { return c != schema.PlaceClass })
		e.name = x.DisplayName(int32(id), "")
		for _, n := range rec.Names {
			en := x.Entries[n]
			if !en.Dead && en.Text != e.name {
				e.aliases = vocab.AppendUniq(e.aliases, en.Text)
			}
		}
		es = append(es, e)
	}
	x.Mu.RUnlock()
	sort.Slice(es, func(i, j int) bool { return es[i].iri < es[j].iri })
	return es
}

// structuralEntity reports whether one of classes is kg's bookkeeping.
func structuralEntity(classes []string) bool {
	structural := false
	for _, c := range classes {
		structural = structural || vocab.StructuralClasses[c]
	}
	return structural
}

// readOurFacts reads e's outgoing facts: owl:sameAs (but not the links Run
// made before, in linksGraph), relations and identifier-like literals.
func readOurFacts(ctx context.Context, s *graph.Store, e *ours, linksGraph quad.IRI) error {
	return s.EachOut(ctx, quad.IRI(e.iri), func(p string, o, label quad.Value) {
		if p == schema.SameAs {
			if label == linksGraph {
				return
			}
			if oi, ok := o.(quad.IRI); ok {
				e.sameAs = vocab.AppendUniq(e.sameAs, string(oi))
			}
			return
		}
		if _, isName := vocab.NamePredicateKind(p); isName || vocab.IsPlumbingPredicate(p) {
			return
		}
		if oi, ok := o.(quad.IRI); ok {
			e.related = vocab.AppendUniq(e.related, string(oi))
			if p == schema.Opponent {
				e.opponents = vocab.AppendUniq(e.opponents, string(oi))
			}
			if p == schema.WorksFor || p == schema.MemberOf {
				e.employers = vocab.AppendUniq(e.employers, string(oi))
			}
			if p == schema.ContainedInPlace {
				e.within = vocab.AppendUniq(e.within, string(oi))
			}
			return
		}
		if p == schema.JobTitle {
			if s, ok := vocab.LiteralText(o); ok {
				for _, w := range vocab.NameTokens(s) {
					if len(w) > 3 { // not "of", "the", "for"
						e.titles = vocab.AppendUniq(e.titles, w)
					}
				}
			}
			return
		}
		if v, ok := identifierValue(o); ok {
			e.ids = vocab.AppendUniq(e.ids, p+"\x00"+v)
		}
	})
}

// directContext sets e's direct context: the sameAs targets of the
// entities it relates to, and of the places it is in.
func directContext(e *ours, byIRI map[string]*ours) {
	e.withinTargets = map[string]bool{}
	for _, w := range e.within {
		e.withinTargets[w] = true
		if oe := byIRI[w]; oe != nil {
			for _, t := range oe.sameAs {
				e.withinTargets[t] = true
			}
		}
	}
	e.direct = map[string]bool{}
	for _, r := range e.related {
		if oe := byIRI[r]; oe != nil {
			for _, t := range oe.sameAs {
				e.direct[t] = true
			}
			if k := vocab.NameKey(oe.name); k != "" {
				e.relatedNames = vocab.AppendUniq(e.relatedNames, k)
			}
		}
	}
}

// sharedContext sets e's context: the entities that share a document with
// it (of its first 50 documents), and their sameAs targets. docEnts caches
// the entities of each document.
func sharedContext(ctx context.Context, s *graph.Store, e *ours, mentions refs.Ref, byIRI map[string]*ours, docEnts map[any][]string) error {
	e.context = map[string]bool{}
	e.comentioned = map[string]int{}
	er, err := s.Ref(quad.IRI(e.iri))
	if err != nil || er == nil {
		return nil
	}
	var docs []refs.Ref
	err = graph.Each(ctx, s.MatchQuads(ctx, map[quad.Direction]refs.Ref{quad.Object: er, quad.Predicate: mentions}), func(q refs.Ref) error {
		d, err := s.QuadStore().QuadDirection(q, quad.Subject)
		if err == nil {
			docs = append(docs, d)
		}
		if len(docs) >= 50 {
			return graph.ErrStop
		}
		return err
	})
	if err != nil && err != graph.ErrStop {
		return err
	}
	e.ndocs = len(docs)
	e.docRefs = docs
	for _, d := range docs {
		list, ok := docEnts[d.Key()]
		if !ok {
			if list, err = mentionedIn(ctx, s, d, mentions); err != nil {
				return err
			}
			docEnts[d.Key()] = list
		}
		seen := map[string]bool{}
		for _, other := range list {
			if other == e.iri || seen[other] {
				continue
			}
			seen[other] = true
			e.comentioned[other]++
			if oe := byIRI[other]; oe != nil {
				for _, t := range oe.sameAs {
					e.context[t] = true
				}
			}
		}
	}
	return nil
}

// mentionedIn returns the IRIs of the entities document d mentions.
func mentionedIn(ctx context.Context, s *graph.Store, d, mentions refs.Ref) ([]string, error) {
	var rs []refs.Ref
	err := graph.Each(ctx, s.MatchQuads(ctx, map[quad.Direction]refs.Ref{quad.Subject: d, quad.Predicate: mentions}), func(q refs.Ref) error {
		o, err := s.QuadStore().QuadDirection(q, quad.Object)
		if err == nil {
			rs = append(rs, o)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	vs, err := s.Values(ctx, rs)
	if err != nil {
		return nil, err
	}
	var list []string
	for _, v := range vs {
		if iri, ok := v.(quad.IRI); ok {
			list = append(list, string(iri))
		}
	}
	return list, nil
}

// withLinked is e's context plus what the entities sharing its documents
// were linked to in the first pass.
func withLinked(e *ours, linked map[string]string) map[string]bool {
	m := make(map[string]bool, len(e.context)+len(e.comentioned))
	for k := range e.context {
		m[k] = true
	}
	for c := range e.comentioned {
		if t, ok := linked[c]; ok {
			m[t] = true
		}
	}
	return m
}

// directWithLinked is e's direct context plus the first-pass links of the
// entities it relates to.
func directWithLinked(e *ours, linked map[string]string) map[string]bool {
	m := make(map[string]bool, len(e.direct)+len(e.related))
	for k := range e.direct {
		m[k] = true
	}
	for _, r := range e.related {
		if t, ok := linked[r]; ok {
			m[t] = true
		}
	}
	return m
}

// withinWithLinked is e's withinTargets plus the first-pass links of the
// places it is contained in.
func withinWithLinked(e *ours, linked map[string]string) map[string]bool {
	m := make(map[string]bool, len(e.withinTargets)+len(e.within))
	for k := range e.withinTargets {
		m[k] = true
	}
	for _, w := range e.within {
		if t, ok := linked[w]; ok {
			m[t] = true
		}
	}
	return m
}

type scored struct {
	t      *target
	score  float64
	method []string
	strong bool // identifier or context evidence
}

// scoreEntity picks e's best candidate. ambiguous is true when two
// candidates score within a small margin and neither has identifier or
// context evidence. within holds what the places e is contained in are
// (schema:containedInPlace, then owl:sameAs): a candidate in another
// country is ruled out, even one an identifier points at.
func scoreEntity(e *ours, context, direct, within map[string]bool, byKey, byID, byAdj, byInitials, byLand map[string][]*target, byInst map[string][]institution, bySkel map[string][]string, all map[string]*target) (*Link, bool) {
	sc := &entityScorer{e: e, context: context, direct: direct, within: within, all: all,
		cands: map[string]*scored{}, idHit: map[string]bool{},
		nameScore: map[string]float64{}, nameHow: map[string]string{}, weakAlias: map[string]bool{}, adjective: map[string]bool{}, placeOrg: map[string]bool{}}
	sc.findCandidates(byKey, byID, byAdj)
	sc.tryInitials(byInitials)
	sc.tryInstitution(byInst)
	if len(sc.cands) == 0 {
		sc.tryLand(byLand)
	}
	if len(sc.cands) == 0 {
		sc.tryVariant(byKey, byAdj, bySkel)
	}
	if len(sc.cands) == 0 {
		sc.tryPlural(byKey, byAdj, bySkel)
	}
	if len(sc.cands) == 0 {
		// "Organisation" and "Organization": the other spelling.
		for _, n := range append([]string{e.name}, e.aliases...) {
			if v, ok := otherSpelling(n); ok {
				sc.tryName(v, n == e.name, byKey)
			}
		}
	}
	if len(sc.cands) == 0 {
		// "Acme Co." for Acme Company, or Acme.
		sc.tryDesignator(byKey)
	}
	if len(sc.cands) == 0 {
		return nil, false
	}
	sc.prominence()
	var list []*scored
	for k, c := range sc.cands {
		if sc.score(k, c) {
			list = append(list, c)
		}
	}
	if len(list) == 0 {
		return nil, false
	}
	if languageOrPeople(e, list) {
		if list = placeOverLanguage(sc, list); len(list) == 0 {
			return nil, true
		}
	}
	return sc.pick(list)
}

// entityScorer holds the evidence scoreEntity weighs for one entity of ours.
type entityScorer struct {
	e                       *ours
	context, direct, within map[string]bool
	all                     map[string]*target

	inCountry     bool // the text puts e in a country the datasets know
	directCountry bool // a country is among what e's relations point at
	cands         map[string]*scored
	idHit         map[string]bool // candidates an identifier of e points at
	nameScore     map[string]float64
	nameHow       map[string]string
	// weakAlias marks candidates matched only through a one-word alias of
	// ours ("Kennedy" for a Charles Kennedy): surnames and first names
	// that many share.
	weakAlias map[string]bool
	// adjective marks the places e's name is the adjective of (see
	// tryAdjective).
	adjective map[string]bool
	// placeOrg marks the towns taken for a plain organisation or for a
	// feature the text places (see typeEvidence): linked only when the
	// page places them.
	placeOrg map[string]bool
	prom     map[string]float64 // prominence of each candidate
	maxProm  float64
}

func (sc *entityScorer) get(t *target) *scored {
	c := sc.cands[t.iri]
	if c == nil {
		c = &scored{t: t}
		sc.cands[t.iri] = c
	}
	return c
}

// findCandidates collects the candidates an identifier or a name of e
// points at.
func (sc *entityScorer) findCandidates(byKey, byID, byAdj map[string][]*target) {
	e := sc.e
	for w := range sc.within {
		if t := sc.all[w]; t != nil && t.country {
			sc.inCountry = true
		}
	}
	for d := range sc.direct {
		if t := sc.all[d]; t != nil && t.country {
			sc.directCountry = true
		}
	}
	for _, sa := range e.sameAs {
		if t := sc.all[sa]; t != nil {
			sc.idHit[t.iri] = true
			sc.get(t)
		}
	}
	for _, id := range e.ids {
		for _, t := range byID[id] {
			sc.idHit[t.iri] = true
			sc.get(t)
		}
	}
	sc.tryName(e.name, true, byKey)
	for _, a := range e.aliases {
		sc.tryName(a, false, byKey)
	}
	if adjectiveNamed(e, byKey) {
		sc.tryAdjective(byKey, byAdj)
	}
	for _, t := range e.abbrevOf {
		if sc.nameScore[t.iri] == 0 {
			sc.nameScore[t.iri], sc.nameHow[t.iri] = 0.6, "abbreviation"
		}
		sc.get(t)
	}
	for _, t := range e.teams {
		// A team its label names so ("Otters" of the Harwick Otters),
		// not only an alias: a former name or a fan's.
		if sc.nameScore[t.iri] == 0 || sc.nameHow[t.iri] == "alias" && labelEnd(t, vocab.NameKey(e.name)) {
			sc.nameScore[t.iri], sc.nameHow[t.iri] = 0.85, "prefix"
			sc.weakAlias[t.iri] = false
		}
		sc.get(t)
	}
}

// labelEnd reports whether name key k ends one of t's labels, whole
// words: a team's nickname after its place.
func labelEnd(t *target, k string) bool {
	return slices.ContainsFunc(t.labels, func(l string) bool { return strings.HasSuffix(vocab.NameKey(l), " "+k) })
}

// tryName adds the candidates named n (e's name when canonical, else an
// alias) with the score of the name match.
func (sc *entityScorer) tryName(n string, canonical bool, byKey map[string][]*target) {
	k := vocab.NameKey(n)
	if k == "" {
		return
	}
	for _, t := range byKey[k] {
		s, how := 0.0, ""
		for _, l := range t.labels {
			if vocab.NameKey(l) == k {
				s, how = 1.0, "label"
				break
			}
		}
		if s == 0 {
			s, how = 0.85, "alias"
		}
		if !canonical {
			s -= 0.15
		}
		if len(k) <= 3 { // "us", "un": codes and acronyms are weak
			s -= 0.1
		}
		if s > sc.nameScore[t.iri] {
			sc.nameScore[t.iri], sc.nameHow[t.iri] = s, how
			sc.weakAlias[t.iri] = !canonical && !strings.Contains(k, " ") && !acronym(n)
		}
		sc.get(t)
	}
}

// prominence computes the prior of each candidate: prominence relative to
// the other candidates.
func (sc *entityScorer) prominence() {
	sc.prom = map[string]float64{}
	for k, c := range sc.cands {
		p := math.Log1p(float64(c.t.facts)) + 2*math.Log1p(float64(c.t.indegree)) + float64(c.t.graphs)
		sc.prom[k] = p
		sc.maxProm = max(sc.maxProm, p)
	}
}

// score scores candidate c (key k) and reports whether it stays a
// candidate.
func (sc *entityScorer) score(k string, c *scored) bool {
	score, method := sc.nameEvidence(k, c)
	score, method, ok := sc.typeEvidence(k, c, score, method)
	if !ok || sc.elsewhere(c) {
		return false
	}
	score, method, ctxHit := sc.contextEvidence(k, c, score, method)
	if sc.nameHow[k] == "institution" && !ctxHit {
		// Found only because the page names its country or
		// organisation (see tryInstitution): context too.
		score, method, ctxHit = score+0.1, append(method, "context"), true
	}
	if ctxHit && sc.weakName(k) {
		score += 0.1 // a namesake the page supports: part of the penalty back
	}
	if (sc.nameHow[k] == "abbreviation" || sc.nameHow[k] == "land" || sc.placeOrg[k]) && !ctxHit {
		return false // many names abbreviate alike: the page must say which
	}
	score, method, teamHit := sc.teamEvidence(c, score, method)
	if sc.maxProm > 0 {
		score += 0.1 * sc.prom[k] / sc.maxProm
	}
	c.score = math.Min(1, score)
	c.method = method
	c.strong = sc.idHit[k] || ctxHit || teamHit
	return true
}

// teamEvidence adds what the sports teams of e's documents say (see
// teamContext): where they make e a team, a team they support gains (a
// little more when the page's text names its sport, see pageSports) and a
// candidate that is no team (the town, a band of the same name) loses.
func (sc *entityScorer) teamEvidence(c *scored, score float64, method []string) (float64, []string, bool) {
	if len(sc.e.teams) == 0 {
		return score, method, false
	}
	if slices.Contains(sc.e.teams, c.t) {
		if sc.e.pageSport[c.t] {
			score, method = score+0.05, append(method, "sport")
		}
		return score + 0.2, append(method, "team"), true
	}
	if !c.t.team {
		score -= 0.3
	}
	return score, method, false
}

// nameEvidence is the score of how c was found: an identifier, or a name
// (less for a nickname many share, or a concept's lower-case label).
func (sc *entityScorer) nameEvidence(k string, c *scored) (float64, []string) {
	e := sc.e
	var method []string
	score := 0.0
	if sc.idHit[k] {
		score = 0.95
		method = append(method, "identifier")
	} else {
		score = 0.6 * sc.nameScore[k]
		method = append(method, sc.nameHow[k])
		// A one-word name that is only an alias of the candidate
		// ("Bees", "Citizens", a first name) is a nickname many
		// things share; an acronym ("GM", "BBC1") less so.
		if sc.weakName(k) {
			if e.types&tPER != 0 {
				score -= 0.3
			} else {
				score -= 0.2
			}
		}
	}
	// A concept labelled in lower case ("apple", "music") is not the
	// name of a thing.
	if !sc.idHit[k] && lowerLabels(c.t) && hasUpper(e.name) {
		score -= 0.3
	}
	return score, method
}

// typeEvidence adds what the types of e and c say; ok is false when they
// rule c out.
func (sc *entityScorer) typeEvidence(k string, c *scored, score float64, method []string) (float64, []string, bool) {
	e := sc.e
	if sc.adjective[k] {
		return score + 0.15, append(method, "type"), true
	}
	if e.types != 0 && c.t.kinds == 0 && !sc.idHit[k] {
		score -= 0.05 // nothing to check the type against
	}
	if e.types != 0 && c.t.kinds != 0 {
		if e.types&c.t.kinds == 0 {
			// A town, or a site its whole label of two words or
			// more names ("Harlow Airport"), not a country nor an
			// area (a government is named like them).
			placeLike := c.t.town || c.t.kinds&tLOC != 0 && !c.t.country && !c.t.admin && sc.nameHow[k] == "label" && strings.Contains(vocab.NameKey(e.name), " ")
			if e.plainOrg && !e.members && !e.sidesPage && placeLike && len(e.teams) == 0 && len(e.opponents) == 0 && (sc.nameHow[k] == "label" || sc.nameHow[k] == "alias") {
				// The tagger's organisation named like a town (by
				// its label or an alias, not a variant), that no
				// one works for, on a page of no teams nor sides
				// in a match: the town, if the page places it (see
				// score).
				sc.placeOrg[k] = true
				return score, method, true
			}
			if e.plainPlace && slices.Contains(e.teams, c.t) {
				// A ground or a club's own name the tagger took
				// for a place, that the page's teams make a club
				// (see teamCandidates).
				return score, method, true
			}
			if !sc.idHit[k] {
				return 0, nil, false // incompatible
			}
		} else {
			score += 0.15
			method = append(method, "type")
			if e.country && c.t.country {
				score += 0.05
			}
		}
	}
	if !sc.idHit[k] && e.types&tLOC != 0 {
		var ok bool
		if score, ok = sc.placeKindEvidence(k, c, score); !ok {
			return 0, nil, false
		}
	}
	return score, method, true
}

// placeKindEvidence weighs, for a place no identifier matched, the kind
// of place candidate c is against the kind extraction made of it (a
// natural feature, a town, a city, a country): a town named like a
// feature, a city rather than the country of its name; ok is false for a
// candidate of an incompatible kind (a sea is no province).
func (sc *entityScorer) placeKindEvidence(k string, c *scored, score float64) (float64, bool) {
	e := sc.e
	if e.natural && (c.t.admin || c.t.town || c.t.country) {
		if c.t.town && !c.t.admin && len(e.within) > 0 && sc.nameHow[k] == "label" {
			// A town whose name ends like a feature's ("Harlow
			// Falls, Norland"), the text placing it: the town,
			// if the page places it as the text does (see
			// score).
			sc.placeOrg[k] = true
			return score, true
		}
		return 0, false // a sea is not the province named after it
	}
	if e.country != c.t.country && c.t.kinds != 0 {
		score -= 0.2 // a city is not the country of the same name
	}
	if (e.city && c.t.admin && !c.t.town) || (e.admin && c.t.town && !c.t.admin) {
		score -= 0.2
	}
	return score, true
}

// elsewhere reports whether c is a place in another country than the one
// the text puts e in ("Guadalajara in central Spain" is not Guadalajara,
// Mexico), whatever else points at it: an identifier of e may come
// from a guess by name alone.
func (sc *entityScorer) elsewhere(c *scored) bool {
	if !sc.inCountry || c.t.country {
		return false
	}
	var itsCountries []string
	for _, p := range c.t.points {
		if t := sc.all[p]; t != nil && t.country {
			itsCountries = append(itsCountries, p)
		}
	}
	return len(itsCountries) > 0 && !slices.ContainsFunc(itsCountries, func(p string) bool { return sc.within[p] })
}

// contextEvidence adds what c's relations say. What its own relations
// point at (a city's country) counts most, and contradicts a candidate
// that points elsewhere; what shares its documents counts less. A
// description that names a related entity ("city in Scotland") counts as
// much as a property pointing at it. ctxHit says whether either matched.
func (sc *entityScorer) contextEvidence(k string, c *scored, score float64, method []string) (float64, []string, bool) {
	e := sc.e
	directHit, ctxHit := false, false
	pointsAtCountry := false
	for _, p := range c.t.points {
		directHit = directHit || sc.direct[p]
		ctxHit = ctxHit || sc.context[p]
		if t := sc.all[p]; t != nil && t.country {
			pointsAtCountry = true
		}
	}
	if c.t.desc != "" {
		for _, n := range e.relatedNames {
			directHit = directHit || strings.Contains(c.t.desc, " "+n+" ")
		}
		for _, n := range e.contextNames {
			ctxHit = ctxHit || strings.Contains(c.t.desc, " "+n+" ")
		}
		// "President X": a title the text gives the person that the
		// candidate's description names ("42nd president of ...").
		for _, w := range e.titles {
			ctxHit = ctxHit || strings.Contains(c.t.desc, " "+w+" ")
		}
	}
	switch {
	case directHit:
		score += 0.2
		method = append(method, "context")
	case sc.directCountry && pointsAtCountry && !sc.idHit[k] && !e.country:
		// Its country is not the one the text gives. (A country's
		// relations to countries are to its peers: "Vestria beat
		// Ostmark" says nothing of the kingdom Vestria is part of.)
		score -= 0.3
	case ctxHit:
		score += 0.1
		method = append(method, "context")
	}
	return score, method, directHit || ctxHit
}

// pick returns the link to the best of the scored candidates, or
// ambiguous when two score within a small margin and the best has no
// stronger evidence, nor the same evidence and far more prominence (see
// prominent).
func (sc *entityScorer) pick(list []*scored) (*Link, bool) {
	sort.Slice(list, func(i, j int) bool {
		if list[i].score != list[j].score {
			return list[i].score > list[j].score
		}
		return list[i].t.iri < list[j].t.iri
	})
	best := list[0]
	if len(list) > 1 {
		second := list[1]
		if best.score-second.score < 0.03 && !(best.strong && !second.strong) && !sc.prominent(best, second) {
			return nil, true
		}
		if sc.prom[best.t.iri] > sc.prom[second.t.iri] {
			best.method = append(best.method, "prior")
		}
	}
	name := ""
	if len(best.t.labels) > 0 {
		name = best.t.labels[0]
	} else if len(best.t.alts) > 0 {
		name = best.t.alts[0]
	}
	return &Link{
		Entity: quad.IRI(sc.e.iri), EntityName: sc.e.name,
		Target: quad.IRI(best.t.iri), TargetName: name, Dataset: best.t.graph,
		Score: math.Round(best.score*1000) / 1000, Method: strings.Join(best.method, "+"),
	}, false
}

// minProminence is how many times as prominent as the runner-up a
// candidate must be (see entityScorer.prominence) to be taken when the
// rest of the evidence is the same.
const minProminence = 1.25

// prominent reports whether best and second were found and supported
// alike (the same kind of name, type and context evidence) and best is
// minProminence times as prominent: of two towns of one name that the
// page's country fits, the one far better known.
func (sc *entityScorer) prominent(best, second *scored) bool {
	return slices.Equal(best.method, second.method) && best.strong == second.strong &&
		sc.prom[best.t.iri] >= minProminence*sc.prom[second.t.iri]
}

// lowerLabels reports whether all of a target's primary labels start with
// a lower-case letter: Wikidata's style for concepts and common nouns.
func lowerLabels(t *target) bool {
	if len(t.labels) == 0 {
		return false
	}
	for _, l := range t.labels {
		r := []rune(l)
		if len(r) == 0 || !unicode.IsLower(r[0]) {
			return false
		}
	}
	return true
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// acronym reports whether a name looks like an acronym or a code: letters,
// none in lower case ("GM", "BBC1").
func acronym(name string) bool { return tokenize.AllCaps(name) }

// Terms of the links graph.
const (
	// LinksGraph is the default graph IRI of the links Run writes.
	LinksGraph = vocab.LinksGraph
	// LinkClass is the class of a link's statement node.
	LinkClass = vocab.LinkClass
	// DatasetClass is the class of a linked dataset's graph IRI.
	DatasetClass = vocab.DatasetClass
	// LinkDataset ties a link to the graph of the dataset it points into.
	LinkDataset = vocab.LinkDataset
)

// weakName reports whether candidate k was found only by a one-word alias
// (a nickname, a first name or a surname many share).
func (sc *entityScorer) weakName(k string) bool {
	if sc.idHit[k] {
		return false
	}
	e := sc.e
	return (sc.nameHow[k] == "alias" && len(vocab.NameTokens(e.name)) == 1 && !acronym(e.name)) || sc.weakAlias[k]
}
