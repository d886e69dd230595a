package gazetteer

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/kg-project/kg/extract/internal/seqlab"
	"github.com/kg-project/kg/extract/lexicon"
)

//go:embed data/*.tsv.gz
var dataFS embed.FS

// phraseImage is the phrase table of the embedded lists, laid out as
// phraseTable.image writes it, so that the default gazetteer answers
// Lookup without hashing some 150,000 names at start-up. TestPhraseImage
// checks that it matches the lists (go test -update rewrites it).
//
//go:embed data/phrases.bin
var phraseImage []byte

// clusterImage is the word clusters' table, laid out as clusterTable.image
// writes it; TestClusterImage checks it against data/clusters.tsv.gz.
//
//go:embed data/clusters.bin
var clusterImage []byte

// images are the tables a gazetteer reads in place instead of building
// them from its lists; a nil one is built.
type images struct {
	phrases, clusters []byte
}

// defaultImages are the embedded images of the embedded lists.
var defaultImages = &images{phrases: phraseImage, clusters: clusterImage}

// Country is a country or territory with an ISO 3166-1 alpha-2 code.
type Country struct {
	// Code is the ISO 3166-1 alpha-2 code ("DE").
	Code string
	// Name is the common English name ("Germany").
	Name string
	// QID is the Wikidata item id ("Q183"), or empty when unknown.
	QID string
}

// Place is a GeoNames populated place.
type Place struct {
	GeonameID int
	Name      string
	// Country is the ISO alpha-2 code of the place's country.
	Country    string
	Population int
	// Class and Code are the GeoNames feature class ("P") and code
	// ("PPLC" for a capital).
	Class, Code string
	// QID is the Wikidata item id, or empty when the data lacks it.
	QID string
}

// Category is a set of name lists, one bit each.
type Category uint32

// The name lists.
const (
	CatCountry Category = 1 << iota // country names and alternative spellings
	CatDemonym                      // demonyms ("German", "Germans")
	CatCity                         // GeoNames places
	CatBigCity                      // GeoNames places of 500,000 people or more
	CatRegion                       // states, provinces and other subdivisions
	CatArea                         // continents and world regions
	CatIntlOrg                      // international organisations
	CatPerson                       // Wikidata people
	CatOrg                          // Wikidata organisations
	CatLoc                          // Wikidata places and geographic features
	CatMisc                         // Wikidata works, events, languages, groups
	CatFirst                        // first words of people's names
	CatLast                         // last words of people's names
	numCats    = iota
)

// catPrefix marks a key that starts a longer name.
const catPrefix Category = 1 << 31

var catNames = map[string]Category{
	"region": CatRegion, "area": CatArea, "intlorg": CatIntlOrg, "per": CatPerson, "org": CatOrg,
	"loc": CatLoc, "misc": CatMisc, "first": CatFirst, "last": CatLast,
}

// NumCategories is the number of name lists.
const NumCategories = numCats

// Gazetteer answers name lookups. It is read-only and safe for concurrent
// use.
type Gazetteer struct {
	countries  []Country
	countryIdx map[string]int // key -> index
	demonymIdx map[string]int
	places     []Place
	placeAlts  []string // per place, its alternate names joined by '|'
	placeOnce  sync.Once
	placeIdx   map[string][]int32 // built on first use
	phrases    phraseTable
	maxLen     int
	clusters   clusterTable
	// casing holds the counts of data/casing.tsv.gz, read on first use
	// (casingOnce) from fs.
	casingOnce sync.Once
	casing     map[string][2]int32
	given      map[string]bool
	// acronyms holds the counts of data/acronyms.tsv.gz, read with
	// casing.
	acronyms map[string][2]int32
	fs       fileOpener
	// countryItems maps the key of a place's label to the Wikidata item
	// of the place so labelled that its description calls a country.
	countryItems map[string]string
	// orgLabels maps the key of an organisation's Wikidata label or
	// alternative name to the items so named.
	orgLabels map[string][]orgItem
	// placeKinds maps the key of a Wikidata place's label or
	// alternative name to what the descriptions of the places so named
	// call them: a division of a country (kindDivision), a town or a part
	// of one (kindTown).
	placeKinds map[string]uint8
	// miscKinds maps the key of a Wikidata thing's label or
	// alternative name (CatMisc) to the kinds its descriptions give
	// ("film", "series", "language").
	miscKinds map[string][]string
	// listsOnce reads the lists of places and names (places, placeAlts,
	// countryItems, orgLabels, placeKinds, miscKinds) from fs on first
	// use when the phrase table came from an image; listsErr is its error.
	listsOnce sync.Once
	listsErr  error
}

// The kinds of places of placeKinds.
const (
	kindDivision uint8 = 1 << iota
	kindTown
)

// placeKind returns the kind of place that the head noun of a Wikidata
// description names ("state" of "state of the United States"), or 0 for
// any other kind (an island, a country, a river).
func placeKind(head string) uint8 {
	switch head {
	case "state", "county", "province", "region", "territory", "canton", "prefecture", "voivodeship", "oblast", "krai", "governorate":
		return kindDivision
	case "city", "town", "village", "capital", "seat", "municipality", "commune", "borough", "suburb", "district",
		"neighborhood", "neighbourhood", "area", "metropolis", "hamlet", "settlement", "parish":
		return kindTown
	}
	return 0
}

// Town reports whether a Wikidata place named name (a label or an
// alternative name) is described as a town, a city or a part of one.
func (g *Gazetteer) Town(name string) bool {
	g.lists()
	return g.placeKinds[Key(name)]&kindTown != 0
}

// Division reports whether the Wikidata places named name (a label or an
// alternative name) are described as divisions of a country (a state, a
// county, a province, ...) and none of them as a town, a city or a part
// of one. A populated place of the same name elsewhere does not count:
// GeoNames lists small towns named after many states and counties.
func (g *Gazetteer) Division(name string) bool {
	g.lists()
	return g.placeKinds[Key(name)] == kindDivision
}

// CountryItem returns the Wikidata item of a place labelled name (not
// an alternative name: "CA", "Scots") that the Wikidata slice describes as
// a country: besides sovereign states,
// England, Scotland and Wales (countries of the United Kingdom, which
// GeoNames lists as its first-level divisions) and former countries.
func (g *Gazetteer) CountryItem(name string) (qid string, ok bool) {
	g.lists()
	qid = g.countryItems[Key(name)]
	return qid, qid != ""
}

// IsParty reports whether an organisation OrgName can answer with label
// is a political party (its Wikidata description says so).
func (g *Gazetteer) IsParty(label string) bool {
	g.lists()
	for _, it := range g.orgLabels[Key(label)] {
		if it.label == label && it.kind == "party" {
			return true
		}
	}
	return false
}

// orgItem is an organisation of the Wikidata slice: its label, and the
// kind its description gives ("party", "team", "club", "band", ...).
type orgItem struct {
	label, kind string
}

var loadDefault = sync.OnceValues(func() (*Gazetteer, error) { return load(dataFS, defaultImages) })

// Default returns the gazetteer generated from ../shared/data and embedded
// in the binary, decoded on first use.
func Default() (*Gazetteer, error) { return loadDefault() }

// Load returns a gazetteer read from the data files in fsys, laid out as
// the embedded ones are (data/countries.tsv.gz, data/places.tsv.gz,
// data/names.tsv.gz, data/clusters.tsv.gz), its phrase table built from
// the lists: a made-up slice for other packages' tests.
func Load(fsys fs.ReadFileFS) (*Gazetteer, error) { return load(fsys, nil) }

type fileOpener interface {
	ReadFile(name string) ([]byte, error)
}

// readTSV calls fn with the tab-separated columns of each line of the
// gzip-compressed file name that is neither empty nor a comment (#). The
// columns are substrings of the whole file, held as one string; the cols
// slice itself is reused from line to line. Unless nil, sized is first
// told the number of lines, so that the caller can size what it fills.
func readTSV(fs fileOpener, name string, sized func(lines int), fn func(cols []string) error) error {
	b, err := fs.ReadFile(name)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("gazetteer: %s: %w", name, err)
	}
	// A strings.Builder holds the text without a copy to make it a string.
	// The gzip trailer gives the size, which sizes it when it is plausible
	// (the files compress 3 to 4 times).
	var sb strings.Builder
	if n := len(b); n >= 4 {
		if size := int(binary.LittleEndian.Uint32(b[n-4:])); size <= 16*n {
			sb.Grow(size)
		}
	}
	if _, err := io.Copy(&sb, zr); err != nil {
		return fmt.Errorf("gazetteer: %s: %w", name, err)
	}
	text := sb.String()
	if sized != nil {
		sized(strings.Count(text, "\n") + 1)
	}
	var cols []string
	for line := 1; text != ""; line++ {
		t := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			t, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		t = strings.TrimSuffix(t, "\r")
		if t == "" || t[0] == '#' {
			continue
		}
		cols = cols[:0]
		for {
			i := strings.IndexByte(t, '\t')
			if i < 0 {
				break
			}
			cols = append(cols, t[:i])
			t = t[i+1:]
		}
		if err := fn(append(cols, t)); err != nil {
			return fmt.Errorf("gazetteer: %s line %d: %w", name, line, err)
		}
	}
	return nil
}

// load reads the gazetteer from fs. With a phrase table's image (see
// phraseTable.image), Lookup answers from it and the lists of places and
// names are read on first use; without one, everything is read now and
// the phrase table is built from the lists. With a cluster table's image
// (clusterTable.image), Cluster answers from it; without one, the table
// is built from the clusters' list.
func load(fs fileOpener, img *images) (*Gazetteer, error) {
	g := &Gazetteer{countryIdx: map[string]int{}, demonymIdx: map[string]int{}, fs: fs}
	if img == nil {
		img = &images{}
	}
	image := img.phrases
	build := image == nil
	if build {
		// The shipped lists hold about 150,000 names and prefixes: a
		// table of this size never grows while they load.
		g.phrases.init(1 << 19)
	} else {
		var err error
		if g.maxLen, err = g.phrases.load(image); err != nil {
			return nil, err
		}
	}
	if err := g.loadCountries(fs, build); err != nil {
		return nil, err
	}
	if build {
		if err := g.loadLists(fs, true); err != nil {
			return nil, err
		}
		g.listsOnce.Do(func() {})
	}
	if img.clusters != nil {
		if err := g.clusters.loadImage(img.clusters); err != nil {
			return nil, err
		}
	} else if err := g.clusters.load(fs); err != nil {
		return nil, err
	}
	return g, nil
}

// Preload reads now what the gazetteer otherwise reads on first use: the
// lists of places and names, the index of places by name, and the word
// statistics of Casing. A caller that will need them can run it on a
// spare core while it loads other things; it is safe to call with the
// other methods, from any goroutine.
func (g *Gazetteer) Preload() {
	g.lists()
	g.placeOnce.Do(g.indexPlaces)
	g.casingOnce.Do(g.loadCasing)
}

// lists reads the lists of places and names on first use. An error
// leaves them empty (the embedded files are checked by the package's
// tests) and is kept in listsErr.
func (g *Gazetteer) lists() {
	g.listsOnce.Do(func() { g.listsErr = g.loadLists(g.fs, false) })
}

// loadCountries reads the countries, their names and demonyms, adding
// the names to the phrase table when build is set.
func (g *Gazetteer) loadCountries(fs fileOpener, build bool) error {
	// own holds each country's code and name; shared the other names two
	// countries hold; holders the countries that hold each name.
	own, shared := map[string]bool{}, map[string]bool{}
	holders := map[string][]int{}
	err := readTSV(fs, "data/countries.tsv.gz", nil, func(c []string) error {
		if len(c) < 5 {
			return fmt.Errorf("want 5 columns, got %d", len(c))
		}
		i := len(g.countries)
		g.countries = append(g.countries, Country{Code: c[0], Name: c[1], QID: c[2]})
		g.countryIdx[Key(c[0])] = i
		own[Key(c[0])], own[Key(c[1])] = true, true
		for _, n := range split(c[3]) {
			if build {
				g.addPhrase(n, CatCountry)
			}
			if fragmentName(n) {
				continue
			}
			holders[Key(n)] = append(holders[Key(n)], i)
			if j, dup := g.countryIdx[Key(n)]; !dup {
				g.countryIdx[Key(n)] = i
			} else if j != i {
				shared[Key(n)] = true
			}
		}
		for _, d := range split(c[4]) {
			if _, dup := g.demonymIdx[Key(d)]; !dup {
				g.demonymIdx[Key(d)] = i
			}
			if build {
				g.addPhrase(d, CatDemonym)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	// An alternative name of one country that is another's demonym is the
	// demonym: a slice may list "Norlandic" among the Norlandic Isles'
	// names, but it means Norland.
	for k, i := range g.countryIdx {
		if d, ok := g.demonymIdx[k]; ok && d != i {
			delete(g.countryIdx, k)
		}
	}
	// An alternative name two countries hold, the code or name of
	// neither, names neither: "Tarvik Isles" may be Norland's and
	// Ostmark's islands alike (the shared-name construction; it stays a country's
	// name in the phrase table). One that is a country's own name or
	// code, perhaps written with periods ("U.S."), keeps the country the
	// list gave it first.
	for k := range shared {
		if !own[k] && !own[strings.ReplaceAll(k, ".", "")] || g.shortOfBoth(k, holders[k]) {
			delete(g.countryIdx, k)
		}
	}
	return nil
}

// shortOfBoth reports whether name key, one country's own name, is the
// last word or words of another holder's own name too ("Norland" of
// "North Norland", which also lists it): the short name of both, which
// names neither (the shared-short-name rule). "O.S.", Ostmark's code, is
// no part of the Ostmark Islands' name that lists it, and keeps the
// country it is the code of.
func (g *Gazetteer) shortOfBoth(key string, holders []int) bool {
	for _, i := range holders {
		if n := Key(g.countries[i].Name); n != key && strings.HasSuffix(n, " "+key) {
			return true
		}
	}
	return false
}

// fragmentWord reports whether w, in lower case, is a function word no
// country's name ends in: a name that does ("Republic of", an alias cut
// short) is a fragment. They are English's "of", "the" and "and",
// French's "des", which opens no surname, and the lexicon's surname
// particles ("de", "la", "del", "van", ...), which join a name's words
// in other languages.
func fragmentWord(w string) bool {
	switch w {
	case "of", "the", "and", "des":
		return true
	}
	return lexicon.SurnameParticle(w)
}

// fragmentName reports whether n, a country's listed name, ends in a
// function word ("Republic of"): a fragment of a name, which names no
// country (the fragment-name rule; it stays a country's phrase in the
// phrase table, whose words the tagger was trained with).
func fragmentName(n string) bool {
	f := strings.Fields(n)
	return len(f) > 0 && fragmentWord(strings.ToLower(f[len(f)-1]))
}

// loadLists reads the GeoNames places and the Wikidata names, adding
// them to the phrase table when build is set.
func (g *Gazetteer) loadLists(fs fileOpener, build bool) error {
	g.orgLabels, g.countryItems, g.placeKinds, g.miscKinds = map[string][]orgItem{}, map[string]string{}, map[string]uint8{}, map[string][]string{}
	err := readTSV(fs, "data/places.tsv.gz", func(n int) {
		g.places, g.placeAlts = make([]Place, 0, n), make([]string, 0, n)
	}, func(c []string) error {
		if len(c) < 8 {
			return fmt.Errorf("want 8 columns, got %d", len(c))
		}
		id, err := strconv.Atoi(c[0])
		if err != nil {
			return err
		}
		pop, _ := strconv.Atoi(c[3])
		g.places = append(g.places, Place{GeonameID: id, Name: c[1], Country: c[2], Population: pop, Class: c[4], Code: c[5], QID: c[6]})
		g.placeAlts = append(g.placeAlts, c[7])
		if !build {
			return nil
		}
		cat := CatCity
		if pop >= 500000 {
			cat |= CatBigCity
		}
		g.addPhrase(c[1], cat)
		for alts := c[7]; alts != ""; {
			var n string
			n, alts, _ = strings.Cut(alts, "|")
			g.addPhrase(n, cat)
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = readTSV(fs, "data/names.tsv.gz", nil, func(c []string) error {
		if len(c) < 2 {
			return fmt.Errorf("want 2 or 3 columns, got %d", len(c))
		}
		cat, ok := catNames[c[0]]
		if !ok {
			return fmt.Errorf("unknown category %q", c[0])
		}
		if build {
			g.addPhrase(c[1], cat)
		}
		if cat == CatLoc && len(c) >= 5 && c[4] == "country" && c[2] != "" && c[1] == c[3] {
			if k := Key(c[1]); g.countryItems[k] == "" {
				g.countryItems[k] = c[2]
			}
		}
		if cat == CatLoc && len(c) >= 5 {
			if k := placeKind(c[4]); k != 0 {
				g.placeKinds[Key(c[1])] |= k
			}
		}
		if cat == CatMisc && len(c) >= 5 {
			if k := Key(c[1]); !slices.Contains(g.miscKinds[k], c[4]) {
				g.miscKinds[k] = append(g.miscKinds[k], c[4])
			}
		}
		if cat == CatOrg && len(c) >= 5 && c[3] != "" {
			k, it := Key(c[1]), orgItem{label: c[3], kind: c[4]}
			if !slices.Contains(g.orgLabels[k], it) {
				g.orgLabels[k] = append(g.orgLabels[k], it)
			}
		}
		return nil
	})
	return err
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// addPhrase records name under cat, and each of its proper prefixes as a
// prefix so a scan can stop early.
func (g *Gazetteer) addPhrase(name string, cat Category) {
	h := uint64(phraseSeed)
	n := 0
	var prev uint64
	eachToken(name, func(tok string) {
		if n > 0 {
			g.phrases.or(prev, catPrefix)
		}
		h = Extend(h, foldHash(tok))
		prev = h
		n++
	})
	if n == 0 || n > 12 {
		return
	}
	if n > g.maxLen {
		g.maxLen = n
	}
	g.phrases.or(h, cat)
}

// foldHash is WordHash(Fold(w)) without allocating for ASCII words.
func foldHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return WordHash(Fold(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// TeamName reports whether name is listed as an organisation's and every
// organisation listed under it is a sports team or club (its Wikidata
// description's kind is "team" or "club": "the Harlow Hawks"), so that
// the name names a side wherever it stands.
func (g *Gazetteer) TeamName(name string) bool { return g.orgOfKinds(name, "team", "club") }

// BandName reports whether name is listed as an organisation's and every
// organisation listed under it is a band (its Wikidata description's kind
// is "band": "Harbour Lights"), so that the name names a musical group
// where music is the page's subject.
func (g *Gazetteer) BandName(name string) bool { return g.orgOfKinds(name, "band") }

// ShownWorkName reports whether name is listed as a thing's and every
// thing listed under it is a film or a show for the screen (its Wikidata
// description's kind is "film", "movie", "series", "miniseries",
// "sitcom", "show", "opera" of a soap opera, or "anime"): "The Harbour
// Lights" named so is a film or a programme wherever it stands.
func (g *Gazetteer) ShownWorkName(name string) bool {
	g.lists()
	return allOfKinds(g.miscKinds[Key(name)], func(k string) string { return k },
		"film", "movie", "series", "miniseries", "sitcom", "show", "opera", "anime")
}

// orgOfKinds reports whether name is listed as an organisation's and
// every organisation listed under it is of one of kinds.
func (g *Gazetteer) orgOfKinds(name string, kinds ...string) bool {
	g.lists()
	return allOfKinds(g.orgLabels[Key(name)], func(it orgItem) string { return it.kind }, kinds...)
}

// allOfKinds reports whether items holds one item or more and the kind
// of each (kindOf) is one of kinds.
func allOfKinds[T any](items []T, kindOf func(T) string, kinds ...string) bool {
	for _, it := range items {
		if !slices.Contains(kinds, kindOf(it)) {
			return false
		}
	}
	return len(items) > 0
}

// OrgName returns the Wikidata label of the organisation that name, one of
// its labels or alternative names, stands for ("Lib Dems" -> "Liberal
// Democrats", "Man Utd" -> "Manchester United F.C."). A name of one
// word answers only for a party ("Tories" -> "Conservative Party"):
// single words are also nicknames, places and acronyms of many things
// besides the one the slice holds ("Reds", "Southampton" for its
// university, "BC", "DEC"). A label qualified by a place ("Conservative Party of
// Canada", "Green Party of the United States") is never the answer: such
// an item is one of several of that name; but one of no party that does
// not extend the answer's label ("University of London" beside
// "University College London") makes the name ambiguous. Of the rest, ok is true only when
// one remains.
func (g *Gazetteer) OrgName(name string) (label string, ok bool) {
	g.lists()
	toks := Tokens(name)
	if len(toks) > 1 && strings.EqualFold(toks[0], "the") {
		toks = toks[1:] // "The Lions" is one word
	}
	oneWord := len(toks) == 1
	var labels, others []string
	for _, it := range g.orgLabels[Key(name)] {
		if (!oneWord || it.kind == "party") && !slices.Contains(labels, it.label) {
			labels = append(labels, it.label)
			if it.kind != "party" {
				others = append(others, it.label)
			}
		}
	}
	for _, l := range labels {
		if qualified(l) {
			continue
		}
		if ok {
			return "", false
		}
		label, ok = l, true
	}
	// A qualified label of no party (a party's are its branches in other
	// places) that does not extend the answer names another thing of the
	// name ("London University": "University College London" and
	// "University of London"), so the name settles nothing.
	for _, l := range others {
		if qualified(l) && (!ok || !strings.HasPrefix(l, label+" ")) {
			return "", false
		}
	}
	return label, ok
}

// qualified reports whether an organisation's label is qualified by a
// place or a gloss: "Conservative Party of Canada", "Labour (UK)".
func qualified(label string) bool {
	return strings.Contains(label, " of ") || strings.Contains(label, "(")
}

// Countries returns every country, sorted by code.
func (g *Gazetteer) Countries() []Country {
	out := append([]Country(nil), g.countries...)
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// Country looks a country up by name, alternative spelling, ISO code or
// demonym ("Germany", "Federal Republic of Germany", "DE", "German"),
// ignoring case.
func (g *Gazetteer) Country(name string) (Country, bool) {
	k := Key(name)
	if i, ok := g.countryIdx[k]; ok {
		return g.countries[i], true
	}
	if i, ok := g.demonymIdx[k]; ok {
		return g.countries[i], true
	}
	return Country{}, false
}

// CountryByName is Country without demonyms: "German" gives false.
func (g *Gazetteer) CountryByName(name string) (Country, bool) {
	if i, ok := g.countryIdx[Key(name)]; ok {
		return g.countries[i], true
	}
	return Country{}, false
}

// Demonym looks a country up by demonym only ("Ukrainian" -> Ukraine).
func (g *Gazetteer) Demonym(word string) (Country, bool) {
	if i, ok := g.demonymIdx[Key(word)]; ok {
		return g.countries[i], true
	}
	return Country{}, false
}

// Places returns the GeoNames places with this name or alternate name,
// ignoring case, most populous first. The slice is a copy.
func (g *Gazetteer) Places(name string) []Place {
	g.lists()
	g.placeOnce.Do(g.indexPlaces)
	idx := g.placeIdx[Key(name)]
	out := make([]Place, len(idx))
	for i, j := range idx {
		out[i] = g.places[j]
	}
	return out
}

// indexPlaces builds the name index of places, most populous first.
func (g *Gazetteer) indexPlaces() {
	g.placeIdx = make(map[string][]int32, len(g.places)*3)
	add := func(i int, n string) {
		k := Key(n)
		if l := g.placeIdx[k]; len(l) == 0 || l[len(l)-1] != int32(i) {
			g.placeIdx[k] = append(l, int32(i))
		}
	}
	for i, p := range g.places {
		add(i, p.Name)
		// Each name between bars, as strings.Split gives them.
		for alts, more := g.placeAlts[i], g.placeAlts[i] != ""; more; {
			var n string
			n, alts, more = strings.Cut(alts, "|")
			add(i, n)
		}
	}
	for _, l := range g.placeIdx {
		if len(l) < 2 {
			continue
		}
		slices.SortStableFunc(l, func(a, b int32) int {
			pa, pb := &g.places[a], &g.places[b]
			if pa.Population != pb.Population {
				return cmp.Compare(pb.Population, pa.Population)
			}
			return cmp.Compare(pa.GeonameID, pb.GeonameID)
		})
	}
}

// MaxLen is the most tokens in a listed name.
func (g *Gazetteer) MaxLen() int { return g.maxLen }

// Lookup returns the lists holding the phrase whose hash is h (built with
// WordHash and Extend from phraseSeed, see PhraseHash), and whether some
// longer listed name starts with it.
func (g *Gazetteer) Lookup(h uint64) (cats Category, more bool) {
	c := g.phrases.get(h)
	return c &^ catPrefix, c&catPrefix != 0
}

// Match returns the lists that hold the name made of words (tokens of
// text, any case).
func (g *Gazetteer) Match(words ...string) Category {
	c, _ := g.Lookup(PhraseHash(words))
	return c
}

const phraseSeed = 0x9ae16a3b2f90404f

// PhraseStart is the hash of the empty phrase; extend it with Extend.
const PhraseStart uint64 = phraseSeed

// PhraseHash hashes the folded words of a phrase for Lookup.
func PhraseHash(words []string) uint64 {
	h := uint64(phraseSeed)
	for _, w := range words {
		h = Extend(h, WordHash(Fold(w)))
	}
	return h
}

// WordHash hashes one folded word (see Fold).
func WordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// Extend appends a word hash to a phrase hash (with the mix of the
// taggers' features, seqlab.Mix).
func Extend(h, w uint64) uint64 { return seqlab.Mix(h, w) }

// phraseTable is an open-addressing map from phrase hash to categories,
// each key beside its value so that a probe touches one cache line.
// A table read from an image (see image) answers from the image's bytes
// in place and is never written.
type phraseTable struct {
	slots []phraseSlot
	n     int
	img   []byte // slots of an image, phraseImageSlot bytes each
}

// The layout of a phrase table's image: a header of phraseImageMagic,
// the most tokens in a name (uint32) and the number of keys (uint32),
// then a power of two of slots, each a key (uint64) and its categories
// (uint32), little-endian, probed as phraseTable probes its slots.
const (
	phraseImageMagic  = "kgphr\x00\x00\x01"
	phraseImageHeader = 16
	phraseImageSlot   = 12
)

// image lays the table out for load, in the fewest slots that keep
// probes short (at most 60% full), maxLen in its header. The layout
// depends only on the keys and the order of the slots, so an image of
// the same lists is the same bytes.
func (t *phraseTable) image(maxLen int) []byte {
	size := 1 << 10
	for t.n*10 > size*6 {
		size *= 2
	}
	// The slots are filled as or fills them, without or's growing at
	// half full.
	slots := make([]phraseSlot, size)
	mask := uint64(size - 1)
	for _, e := range t.slots {
		if e.key == 0 {
			continue
		}
		i := e.key & mask
		for slots[i].key != 0 {
			i = (i + 1) & mask
		}
		slots[i] = e
	}
	b := make([]byte, phraseImageHeader, phraseImageHeader+size*phraseImageSlot)
	copy(b, phraseImageMagic)
	binary.LittleEndian.PutUint32(b[8:], uint32(maxLen))
	binary.LittleEndian.PutUint32(b[12:], uint32(t.n))
	for _, e := range slots {
		b = binary.LittleEndian.AppendUint64(b, e.key)
		b = binary.LittleEndian.AppendUint32(b, uint32(e.val))
	}
	return b
}

// load makes the table answer from image, written by image, without
// copying it, and returns the header's most tokens in a name.
func (t *phraseTable) load(image []byte) (maxLen int, err error) {
	body := len(image) - phraseImageHeader
	if body < phraseImageSlot || string(image[:8]) != phraseImageMagic || body%phraseImageSlot != 0 {
		return 0, fmt.Errorf("gazetteer: phrase image: not an image of this version (%d bytes)", len(image))
	}
	if n := body / phraseImageSlot; n&(n-1) != 0 {
		return 0, fmt.Errorf("gazetteer: phrase image: %d slots, not a power of two", n)
	}
	*t = phraseTable{img: image[phraseImageHeader:], n: int(binary.LittleEndian.Uint32(image[12:]))}
	return int(binary.LittleEndian.Uint32(image[8:])), nil
}

type phraseSlot struct {
	key uint64
	val Category
}

func (t *phraseTable) init(size int) {
	t.slots = make([]phraseSlot, size)
	t.n = 0
}

func (t *phraseTable) get(h uint64) Category {
	if t.img != nil {
		return t.getImage(h)
	}
	if len(t.slots) == 0 {
		return 0
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch t.slots[i].key {
		case h:
			return t.slots[i].val
		case 0:
			return 0
		}
	}
}

// getImage is get on a table read from an image.
func (t *phraseTable) getImage(h uint64) Category {
	mask := uint64(len(t.img)/phraseImageSlot - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := t.img[i*phraseImageSlot : i*phraseImageSlot+phraseImageSlot]
		switch binary.LittleEndian.Uint64(e) {
		case h:
			return Category(binary.LittleEndian.Uint32(e[8:]))
		case 0:
			return 0
		}
	}
}

func (t *phraseTable) or(h uint64, c Category) {
	if (t.n+1)*2 > len(t.slots) {
		old := t.slots
		t.init(len(old) * 2)
		for _, e := range old {
			if e.key != 0 {
				t.or(e.key, e.val)
			}
		}
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := &t.slots[i]
		switch e.key {
		case h:
			e.val |= c
			return
		case 0:
			e.key, e.val = h, c
			t.n++
			return
		}
	}
}

// Casing returns how often the unlabelled news text writes word (any
// case) in lower case and how often capitalised inside a sentence; ok is
// false for a word used fewer than five times there. "water" is mostly
// the first, "Woods" and "Blair" the second. The table is read on first
// use; a table that cannot be read answers ok=false.
func (g *Gazetteer) Casing(word string) (lower, capitalised int, ok bool) {
	g.casingOnce.Do(g.loadCasing)
	c, ok := g.casing[strings.ToLower(word)]
	return int(c[0]), int(c[1]), ok
}

// Acronym returns how often the unlabelled news text writes word, two to
// five capital letters, alone and in the plural with a small "s" ("DVD",
// "DVDs"); ok is false for a word it writes in that plural fewer than
// three times (a name: "ACM"). The table is read with Casing's.
func (g *Gazetteer) Acronym(word string) (single, plural int, ok bool) {
	g.casingOnce.Do(g.loadCasing)
	c, ok := g.acronyms[word]
	return int(c[0]), int(c[1]), ok
}

// GivenName reports whether word begins people's names of two words or
// more in the CoNLL-2003 training data ("Bill", "Will"). The list is read
// on first use, with Casing's table.
func (g *Gazetteer) GivenName(word string) bool {
	g.casingOnce.Do(g.loadCasing)
	return g.given[word]
}

// loadCasing reads the word statistics, casing and given names; a table
// that cannot be read is left empty (the embedded files are checked by the
// package's tests).
func (g *Gazetteer) loadCasing() {
	if g.fs == nil {
		return
	}
	m := map[string][2]int32{}
	err := readTSV(g.fs, "data/casing.tsv.gz", func(n int) { m = make(map[string][2]int32, n) }, func(c []string) error {
		if len(c) != 3 {
			return fmt.Errorf("want 3 columns, got %d", len(c))
		}
		lo, err1 := strconv.Atoi(c[1])
		hi, err2 := strconv.Atoi(c[2])
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad counts %q %q", c[1], c[2])
		}
		m[c[0]] = [2]int32{int32(lo), int32(hi)}
		return nil
	})
	if err == nil {
		g.casing = m
	}
	acronyms := map[string][2]int32{}
	err = readTSV(g.fs, "data/acronyms.tsv.gz", nil, func(c []string) error {
		if len(c) != 3 {
			return fmt.Errorf("want 3 columns, got %d", len(c))
		}
		single, err1 := strconv.Atoi(c[1])
		plural, err2 := strconv.Atoi(c[2])
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad counts %q %q", c[1], c[2])
		}
		acronyms[c[0]] = [2]int32{int32(single), int32(plural)}
		return nil
	})
	if err == nil {
		g.acronyms = acronyms
	}
	given := map[string]bool{}
	err = readTSV(g.fs, "data/given.tsv.gz", nil, func(c []string) error {
		given[c[0]] = true
		return nil
	})
	if err == nil {
		g.given = given
	}
}
