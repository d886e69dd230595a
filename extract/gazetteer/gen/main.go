package main

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/lexicon"
)

func main() {
	data := flag.String("data", "../shared/data", "the shared data `DIR`")
	out := flag.String("out", "extract/gazetteer/data", "output `DIR`")
	clusters := flag.Bool("clusters", true, "also learn word clusters (slow)")
	only := flag.String("only", "", "write only this table (acronyms)")
	flag.Parse()
	log.SetFlags(0)
	g := &gen{data: *data, out: *out}
	if *only == "acronyms" {
		g.acronyms()
		return
	}
	g.corpusCounts()
	g.countries()
	g.places()
	g.names()
	g.casing()
	g.givenNames()
	g.acronyms()
	if *clusters {
		g.clusters()
	}
}

type gen struct {
	data, out string
	// lowerN and capN count corpus words seen in lower case and
	// capitalised (not sentence-initial).
	lowerN, capN map[string]int
}

func (g *gen) path(p ...string) string { return filepath.Join(append([]string{g.data}, p...)...) }

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// writeTSV writes gzip'd rows, sorted, without duplicates.
func (g *gen) writeTSV(name string, header string, rows [][]string) {
	lines := make([]string, 0, len(rows))
	for _, r := range rows {
		for i := range r {
			r[i] = strings.Map(func(c rune) rune {
				if c == '\t' || c == '\n' || c == '\r' {
					return ' '
				}
				return c
			}, r[i])
		}
		lines = append(lines, strings.Join(r, "\t"))
	}
	sort.Strings(lines)
	f, err := os.Create(filepath.Join(g.out, name))
	must(err)
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	must(err)
	bw := bufio.NewWriter(zw)
	fmt.Fprintln(bw, "#"+header)
	prev := ""
	n := 0
	for _, l := range lines {
		if l == prev {
			continue
		}
		prev = l
		bw.WriteString(l)
		bw.WriteByte('\n')
		n++
	}
	must(bw.Flush())
	must(zw.Close())
	must(f.Close())
	log.Printf("%s: %d rows", name, n)
}

// corpusCounts counts lower-case and mid-sentence capitalised uses of words
// in the unlabelled news text, to drop list entries that are common words.
func (g *gen) corpusCounts() {
	g.lowerN, g.capN = caseCounts(g.newsTexts())
}

// caseCounts counts, per word in lower case, its uses in texts written in
// lower case and capitalised other than at a line's or sentence's start.
func caseCounts(texts []string) (lowerN, capN map[string]int) {
	lowerN, capN = map[string]int{}, map[string]int{}
	for _, text := range texts {
		for _, line := range strings.Split(text, "\n") {
			initial := true
			for _, w := range strings.Fields(line) {
				core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
				if core != "" {
					r := []rune(core)[0]
					lw := strings.ToLower(core)
					if unicode.IsLower(r) {
						lowerN[lw]++
					} else if !initial {
						capN[lw]++
					}
				}
				initial = strings.HasSuffix(w, ".") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, `."`)
			}
		}
	}
	return lowerN, capN
}

// common reports whether a one-word name is mostly an ordinary lower-case
// word in news text ("Police", "Reading").
func (g *gen) common(name string) bool {
	if strings.ContainsAny(name, " ") {
		return false
	}
	lw := strings.ToLower(name)
	return g.lowerN[lw] >= 2 && g.lowerN[lw] >= g.capN[lw]
}

// casingMin is the fewest uses inside sentences for a word of
// data/casing.tsv.gz.
const casingMin = 5

// casing writes data/casing.tsv.gz: for each word the news text (the
// BBC and AG News articles and PolNeAR's training articles) uses at least
// casingMin times inside sentences, how often it is written in lower case
// and how often capitalised there: "water" mostly the first, names and
// words of names ("Woods", "Blair") the second.
func (g *gen) casing() {
	texts := append(g.newsTexts(), readTexts(g.path("polnear", "train", "text", "*.txt"))...)
	lowerN, capN := caseCounts(texts)
	var rows [][]string
	for w, n := range lowerN {
		if c := capN[w]; n+c >= casingMin {
			rows = append(rows, []string{w, strconv.Itoa(n), strconv.Itoa(c)})
		}
	}
	for w, c := range capN {
		if lowerN[w] == 0 && c >= casingMin {
			rows = append(rows, []string{w, "0", strconv.Itoa(c)})
		}
	}
	g.writeTSV("casing.tsv.gz", "word\tlower\tcapitalised", rows)
}

// acronymMin is the fewest plurals for a row of data/acronyms.tsv.gz.
const acronymMin = 3

// acronyms writes data/acronyms.tsv.gz: each word of two to five capital
// letters that casing's news text writes in the plural with a small "s"
// at least acronymMin times ("DVDs", "PCs"), with how often it writes
// the word alone and in that plural: an acronym for a kind of thing, not
// a name (no one writes "ACMs").
func (g *gen) acronyms() {
	texts := append(g.newsTexts(), readTexts(g.path("polnear", "train", "text", "*.txt"))...)
	single, plural := map[string]int{}, map[string]int{}
	for _, text := range texts {
		for _, w := range strings.Fields(text) {
			core := strings.Trim(w, `.,;:!?"'()[]`)
			if a, ok := strings.CutSuffix(core, "s"); ok && capitals(a) {
				plural[a]++
			} else if capitals(core) {
				single[core]++
			}
		}
	}
	var rows [][]string
	for a, n := range plural {
		if n >= acronymMin {
			rows = append(rows, []string{a, strconv.Itoa(single[a]), strconv.Itoa(n)})
		}
	}
	g.writeTSV("acronyms.tsv.gz", "acronym\tsingle\tplural", rows)
}

// capitals reports whether w is two to five capital letters A to Z.
func capitals(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// givenNames writes data/given.tsv.gz: the words that begin people's
// names of two words or more in the CoNLL-2003 training data at least
// twice ("Bill" of "Bill Clinton"), with their counts.
func (g *gen) givenNames() {
	f, err := os.Open(g.path("conll2003", "train.txt"))
	must(err)
	defer f.Close()
	n := map[string]int{}
	sc := bufio.NewScanner(f)
	var prevWord, prevTag string
	for sc.Scan() {
		cols := strings.Fields(sc.Text())
		if len(cols) < 4 {
			prevWord, prevTag = "", ""
			continue
		}
		if prevTag == "B-PER" && cols[3] == "I-PER" && latinName(prevWord) {
			n[prevWord]++
		}
		prevWord, prevTag = cols[0], cols[3]
	}
	must(sc.Err())
	var rows [][]string
	for w, c := range n {
		if c >= 2 {
			rows = append(rows, []string{w, strconv.Itoa(c)})
		}
	}
	g.writeTSV("given.tsv.gz", "word\tcount", rows)
}

// readTexts returns the text of the files matching pattern, in the
// order of their names, with invalid UTF-8 replaced.
func readTexts(pattern string) []string {
	paths, err := filepath.Glob(pattern)
	must(err)
	sort.Strings(paths)
	var texts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		must(err)
		texts = append(texts, strings.ToValidUTF8(string(b), " "))
	}
	return texts
}

// newsTexts returns the unlabelled news documents: BBC articles and AG
// News titles and descriptions.
func (g *gen) newsTexts() []string {
	texts := readTexts(g.path("news-bbc", "bbc", "*", "*.txt"))
	f, err := os.Open(g.path("news-agnews", "test.csv"))
	must(err)
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		must(err)
		if len(rec) >= 3 {
			texts = append(texts, rec[1]+"\n"+strings.ReplaceAll(rec[2], `\`, " "))
		}
	}
	return texts
}

func readCSV(path string) []map[string]string {
	f, err := os.Open(path)
	must(err)
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	head, err := r.Read()
	must(err)
	var out []map[string]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		must(err)
		m := map[string]string{}
		for i, h := range head {
			if i < len(rec) {
				m[h] = rec[i]
			}
		}
		out = append(out, m)
	}
	return out
}

// latinName reports whether s looks like a name in Latin script: letters
// (any Latin), spaces, hyphens, apostrophes and periods; no digits; a
// capital first letter.
func latinName(s string) bool {
	if s == "" {
		return false
	}
	first := true
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			if first && !unicode.IsUpper(r) {
				return false
			}
			first = false
		case r == ' ' || r == '-' || r == '\'' || r == '.' || r == '\u2019':
		default:
			return false
		}
	}
	return !first
}

func addUnique(list []string, s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return list
	}
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func (g *gen) countries() {
	type country struct {
		code, name, qid string
		names, demonyms []string
	}
	byCode := map[string]*country{}
	var codes []string
	for _, r := range readCSV(g.path("countries", "countries.csv")) {
		code := r["cca2"]
		if len(code) != 2 {
			continue
		}
		c := &country{code: code, name: r["name.common"]}
		c.names = addUnique(c.names, r["name.common"])
		c.names = addUnique(c.names, r["name.official"])
		for _, a := range strings.Split(r["altSpellings"], ",") {
			if len(a) > 2 && latinName(a) {
				c.names = addUnique(c.names, a)
			}
		}
		for _, d := range []string{r["demonyms.eng.m"], r["demonyms.eng.f"]} {
			if latinName(d) {
				c.demonyms = addUnique(c.demonyms, d)
			}
		}
		byCode[code] = c
		codes = append(codes, code)
	}
	for _, r := range readCSV(g.path("wikidata-countries", "countries.csv")) {
		c := byCode[r["iso2"]]
		if c == nil {
			continue
		}
		c.qid = r["wikiDataId"]
		c.names = addUnique(c.names, r["name"])
		for _, d := range strings.Split(r["nationality"], ",") {
			if d = strings.TrimSpace(d); latinName(d) && strings.ToUpper(d) != d {
				c.demonyms = addUnique(c.demonyms, d)
			}
		}
	}
	for _, r := range readCSV(g.path("wikidata-country-aliases", "country_aliases.csv")) {
		c := byCode[r["iso2c"]]
		// English and its national variants ("Britain" is en-gb only).
		if c == nil || r["language"] != "en" && !strings.HasPrefix(r["language"], "en-") {
			continue
		}
		l := r["label"]
		if strings.HasPrefix(l, "the ") {
			l = l[4:]
			if g.common(l) {
				continue
			}
		}
		if latinName(l) || (len(l) >= 2 && strings.Trim(l, "ABCDEFGHIJKLMNOPQRSTUVWXYZ.") == "" && strings.ContainsAny(l, ".") ||
			len(l) >= 2 && strings.ToUpper(l) == l && latinName(strings.ToLower(l[:1])+l[1:]) == false && strings.Trim(l, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "") {
			c.names = addUnique(c.names, l)
		}
	}
	var rows [][]string
	for _, code := range codes {
		c := byCode[code]
		// Plurals of demonyms that name people: -an and -i take an s.
		for _, d := range append([]string(nil), c.demonyms...) {
			if strings.HasSuffix(d, "an") || strings.HasSuffix(d, "i") {
				c.demonyms = addUnique(c.demonyms, d+"s")
			}
		}
		rows = append(rows, []string{c.code, c.name, c.qid, strings.Join(c.names, "|"), strings.Join(c.demonyms, "|")})
	}
	g.writeTSV("countries.tsv.gz", "code\tname\tqid\tnames\tdemonyms", rows)
}

func (g *gen) places() {
	qids := map[string]string{}
	for _, r := range readCSV(g.path("wikidata-places", "ne_10m_populated_places.csv")) {
		if r["geonameid"] != "" && r["wikidataid"] != "" {
			id := strings.TrimSuffix(r["geonameid"], ".0")
			qids[id] = r["wikidataid"]
		}
	}
	// Natural Earth names (English, ASCII, alternative) of the same places.
	neNames := map[string][]string{}
	for _, r := range readCSV(g.path("wikidata-places", "ne_10m_populated_places.csv")) {
		id := strings.TrimSuffix(r["geonameid"], ".0")
		if id == "" {
			continue
		}
		for _, k := range []string{"name", "nameascii", "name_en", "namealt"} {
			for _, n := range strings.Split(r[k], "|") {
				if latinName(n) {
					neNames[id] = addUnique(neNames[id], n)
				}
			}
		}
	}
	f, err := os.Open(g.path("geonames", "cities15000.txt"))
	must(err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var rows [][]string
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 15 {
			continue
		}
		id, name, ascii := c[0], c[1], c[2]
		pop, _ := strconv.Atoi(c[14])
		names := []string{}
		if name != "" {
			names = addUnique(names, name)
		}
		if latinName(ascii) {
			names = addUnique(names, ascii)
		}
		for _, n := range neNames[id] {
			names = addUnique(names, n)
		}
		// Alternate names in Latin script, more for bigger places.
		max := 3
		if pop >= 1000000 {
			max = 12
		} else if pop >= 200000 {
			max = 6
		}
		alts := 0
		for _, a := range strings.Split(c[3], ",") {
			if alts >= max {
				break
			}
			if !latinName(a) || len(a) < 3 || strings.ToUpper(a) == a {
				continue
			}
			before := len(names)
			names = addUnique(names, a)
			if len(names) > before {
				alts++
			}
		}
		var keep []string
		for _, n := range names {
			if !g.common(n) {
				keep = append(keep, n)
			}
		}
		if len(keep) == 0 {
			continue
		}
		rows = append(rows, []string{id, keep[0], c[8], strconv.Itoa(pop), c[6], c[7], qids[id], strings.Join(keep[1:], "|")})
	}
	must(sc.Err())
	g.writeTSV("places.tsv.gz", "geonameid\tname\tcountry\tpopulation\tclass\tcode\tqid\taltnames", rows)
}

// Head words of Wikidata descriptions, by the type of thing they describe.
var headTypes = map[string]string{}

func init() {
	add := func(typ, words string) {
		for _, w := range strings.Fields(words) {
			headTypes[w] = typ
		}
	}
	add("per", `actor actress singer musician politician writer director producer player footballer composer
		comedian author journalist painter poet rapper songwriter guitarist drummer pianist presenter model
		businessman businesswoman athlete coach screenwriter novelist philosopher scientist physicist economist
		lawyer judge president king queen emperor pope saint dancer photographer artist architect cinematographer
		animator designer entrepreneur engineer mathematician historian chef boxer wrestler cricketer golfer
		swimmer cyclist jockey astronaut monarch prince princess activist personality executive official diplomat
		soldier commander leader minister senator governor mayor bishop cardinal priest commentator
		conductor violinist bassist vocalist manager scholar professor teacher physician surgeon psychologist
		sociologist biologist chemist astronomer inventor explorer aviator pilot racer skater skier sprinter runner
		goalkeeper striker defender midfielder pitcher quarterback outfielder infielder linebacker person man woman
		statesman stateswoman general admiral officer playwright lyricist illustrator cartoonist critic filmmaker
		impresario socialite heir magnate investor banker philanthropist theologian archbishop evangelist nun
		sculptor preacher essayist biographer editor publisher-person translator youtuber disc-jockey dj`)
	add("org", `club team university college school company corporation band label party organization organisation
		agency network channel newspaper magazine publisher studio league federation association union committee
		council ministry department institute academy conservatory bank airline manufacturer firm retailer
		orchestra choir ensemble duo trio quartet conglomerate army navy police court parliament legislature
		government senate congress society foundation charity developer subsidiary brewery restaurant chain
		newspaper group`)
	add("loc", `city town village country state county seat capital municipality commune borough suburb district
		region province island islands archipelago river lake mountain mountains range sea ocean continent
		peninsula neighborhood neighbourhood area territory prefecture metropolis hamlet parish canton valley
		desert bay gulf strait street square avenue airport stadium arena venue bridge place settlement kingdom
		republic nation emirate commonwealth colony oblast krai voivodeship governorate park building castle
		palace cathedral church temple`)
	add("misc", `film movie series show album single song award prize genre language game novel book event
		tournament championship cup competition festival war battle religion sport ethnicity nationality people
		dialect opera musical play ballet episode character ep soundtrack sitcom anime manga comic miniseries
		franchise holiday ceremony`)
}

// descType returns the type ("per", "org", "loc", "misc") of a Wikidata
// item from its English description: the head noun of its first phrase.
func descType(desc string) string {
	d := strings.ToLower(desc)
	if strings.Contains(d, "ethnic group") {
		return "misc"
	}
	if strings.Contains(d, "musical group") || strings.Contains(d, "rock band") {
		return "org"
	}
	head := descHead(desc)
	if bodyOrPerson[head] {
		for _, w := range strings.Fields(descPhrase(d)) {
			if bodyModifiers[w] {
				return "org"
			}
		}
		return "per"
	}
	return headTypes[head]
}

// bodyOrPerson holds the head nouns that describe a body as often as a
// person: "British public service broadcaster" is a body, "English
// broadcaster and naturalist" a person. descType reads such a head as a
// body when a word of bodyModifiers comes before it in the description's
// first phrase, and as a person otherwise.
var bodyOrPerson = map[string]bool{"broadcaster": true}

// bodyModifiers are the words before an ambiguous head (bodyOrPerson)
// that say it is a body: its ownership or its medium.
var bodyModifiers = map[string]bool{
	"public": true, "public-service": true, "service": true, "state": true, "state-owned": true,
	"state-run": true, "commercial": true, "national": true, "television": true, "tv": true,
}

// descHead returns the head noun of a Wikidata description, the last word
// of its first phrase ("political party in the United Kingdom": party).
func descHead(desc string) string {
	words := strings.Fields(descPhrase(strings.ToLower(desc)))
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// descPhrase returns the first phrase of a lower-case Wikidata
// description: the text before its first preposition, comma or clause.
func descPhrase(d string) string {
	cut := len(d)
	for _, sep := range []string{" by ", " from ", " in ", " of ", " based ", ",", " that ", " who ", " for ",
		" and ", " located ", " which ", " at ", " on ", " (", " with ", " during ", " between ", " written ", " directed ", " starring "} {
		if i := strings.Index(d, sep); i >= 0 && i < cut {
			cut = i
		}
	}
	return d[:cut]
}

func (g *gen) names() {
	var rows [][]string
	// label and kind are the Wikidata label of the item being added and
	// the head noun of its description ("party"), written in the fourth
	// and fifth columns of its rows, or "".
	label, kind := "", ""
	add := func(cat, name, qid string) {
		name = strings.TrimSpace(name)
		if name == "" || len([]rune(name)) < 2 {
			return
		}
		if cat != "region" && cat != "intlorg" && g.common(name) {
			return
		}
		rows = append(rows, []string{cat, name, qid, label, kind})
	}
	// Regions: states, provinces and other first-level subdivisions.
	for _, r := range readCSV(g.path("wikidata-countries", "states.csv")) {
		if latinName(r["name"]) {
			add("region", r["name"], r["wikiDataId"])
		}
	}
	// Continents and world regions named in the country data.
	for _, r := range readCSV(g.path("countries", "countries.csv")) {
		for _, k := range []string{"region", "subregion"} {
			if latinName(r[k]) {
				add("area", r[k], "")
			}
		}
	}
	// International organisations: English names and abbreviations.
	g.intlOrgs(add)
	// Wikidata items typed by their descriptions.
	b, err := os.ReadFile(g.path("wikidata-fb15k237", "entity2wikidata.json"))
	must(err)
	var items map[string]struct {
		Label        string   `json:"label"`
		Alternatives []string `json:"alternatives"`
		Description  string   `json:"description"`
		WikidataID   string   `json:"wikidata_id"`
	}
	must(json.Unmarshal(b, &items))
	keys := make([]string, 0, len(items))
	for k := range items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		it := items[k]
		typ := descType(it.Description)
		if typ == "" || !latinName(it.Label) {
			continue
		}
		label, kind = it.Label, descHead(it.Description)
		add(typ, it.Label, it.WikidataID)
		for _, a := range it.Alternatives {
			if latinName(a) && !strings.Contains(a, ",") && !(typ == "org" && otherBody(kind, it.Label, a)) {
				add(typ, a, it.WikidataID)
			}
		}
		label, kind = "", ""
		if typ == "per" {
			toks := strings.Fields(it.Label)
			if len(toks) >= 2 {
				first, last := toks[0], toks[len(toks)-1]
				if len(first) > 1 && !strings.HasSuffix(first, ".") {
					add("first", first, "")
				}
				if len(last) > 1 && !strings.HasSuffix(last, ".") {
					add("last", last, "")
				}
			}
		}
	}
	g.writeTSV("names.tsv.gz", "category\tname\tqid\tlabel\tkind", rows)
}

// otherBody reports whether alias, an alternative name Wikidata gives
// label, a company's (kind: its description's head noun), reads as the name
// of another body: a parent, a predecessor or a company merged into it
// ("Tarvik Holdings" or "Vell Air Lines" for an airline), which in news
// of its day is a body of its own. Such an alias has two words or more, no
// word of the label but a legal form's or an article, is not the label
// spelled with other spaces, hyphens or apostrophes ("Vell Mart", "Mc
// Tarvik's"), and neither is the other's initials ("Norland Radio
// Corporation", "NR Inc." for "Norland Radio"). Nicknames ("The Vellie") and
// expansions whose initials differ are lost with them.
func otherBody(kind, label, alias string) bool {
	if !companyKinds[kind] || len(strings.Fields(alias)) < 2 {
		return false
	}
	aw, lw := nameWords(alias, true), nameWords(label, true)
	if len(aw) == 0 || len(lw) == 0 {
		return false
	}
	for _, a := range aw {
		if slices.Contains(lw, a) {
			return false
		}
	}
	if squeeze(alias) == squeeze(label) {
		return false
	}
	al, ll := nameWords(alias, false), nameWords(label, false)
	for _, a := range []string{initials(al), initials(aw)} {
		if lw[0] == a {
			return false
		}
	}
	for _, l := range []string{initials(ll), initials(lw)} {
		if aw[0] == l {
			return false
		}
	}
	return !abbreviates(label, squeeze(alias))
}

// abbreviates reports whether label is an acronym in capitals whose letters
// come in order in the squeezed name, the first first ("NOL" of
// "norlandonline").
func abbreviates(label, squeezed string) bool {
	if len(label) < 2 || len(label) > 5 || strings.ToUpper(label) != label || squeezed == "" {
		return false
	}
	l := strings.ToLower(label)
	if l[0] != squeezed[0] {
		return false
	}
	i := 0
	for j := 0; j < len(squeezed) && i < len(l); j++ {
		if squeezed[j] == l[i] {
			i++
		}
	}
	return i == len(l)
}

// companyKinds are the description heads of the companies whose aliases
// otherBody reads.
var companyKinds = map[string]bool{
	"airline": true, "company": true, "corporation": true, "conglomerate": true, "subsidiary": true,
	"manufacturer": true, "firm": true, "developer": true, "publisher": true, "label": true, "network": true,
}

// companyWords are the words of a company's name, in lower case and
// without full stops, that only say it is a company's: the lexicon's
// legal forms (lexicon.LegalForms: "inc", "ltd", "sa") and the nouns
// "corporation", "company" and "group" and the Japanese form "kk", which
// it does not hold as such.
var companyWords = func() map[string]bool {
	m := map[string]bool{"corporation": true, "company": true, "group": true, "kk": true}
	for _, f := range lexicon.LegalForms() {
		m[strings.ReplaceAll(f, ".", "")] = true
	}
	return m
}()

// nameWords returns the lower-case words of a name, their punctuation
// trimmed, without articles, "and" and "of", and without legal forms when
// dropLegal is set.
func nameWords(name string, dropLegal bool) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.Trim(w, ".,()&'")
		switch bare := strings.ReplaceAll(w, ".", ""); {
		case bare == "" || bare == "the" || bare == "and" || bare == "of":
			continue
		case dropLegal && companyWords[bare]:
			continue
		}
		out = append(out, w)
	}
	return out
}

// squeeze returns name's letters and digits in lower case, legal forms,
// articles, spaces and punctuation left out.
func squeeze(name string) string {
	var b strings.Builder
	for _, w := range nameWords(name, true) {
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// initials returns the first letters of words and of their hyphenated
// parts ("tarvik-vellmar": tv).
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		for _, p := range strings.Split(w, "-") {
			if r, _ := utf8.DecodeRuneInString(p); r != utf8.RuneError {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// intlOrgs reads the YAML list of international organisations (a simple
// two-level mapping) for English names and abbreviations.
func (g *gen) intlOrgs(add func(cat, name, qid string)) {
	f, err := os.Open(g.path("wikidata-intl-orgs", "general_list.yaml"))
	must(err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	var key, qid string
	var names []string
	flush := func() {
		for _, n := range names {
			add("intlorg", n, qid)
		}
		if latinName(key) {
			add("intlorg", key, qid)
		}
		names, qid = nil, ""
	}
	for sc.Scan() {
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		if l[0] != ' ' && strings.HasSuffix(l, ":") {
			flush()
			key = strings.Trim(strings.TrimSuffix(l, ":"), `'"`)
			continue
		}
		t := strings.TrimSpace(l)
		k, v, ok := strings.Cut(t, ":")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `'"`)
		switch k {
		case "Wikidata_code":
			qid = v
		case "Name_en", "Abbreviation_en":
			if v != "" && !strings.HasPrefix(v, "[") {
				names = append(names, v)
			}
		}
	}
	flush()
	must(sc.Err())
}
