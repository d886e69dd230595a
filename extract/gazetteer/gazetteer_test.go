package gazetteer

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain", "United States", []string{"United", "States"}},
		{"comma", "Washington, D.C.", []string{"Washington", ",", "D.C."}},
		{"possessive", "People's Republic of China", []string{"People", "'s", "Republic", "of", "China"}},
		{"brackets", "Congo (Kinshasa)", []string{"Congo", "(", "Kinshasa", ")"}},
		{"hyphen kept", "Guinea-Bissau", []string{"Guinea-Bissau"}},
		{"empty", "  ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Tokens(tt.in)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestCountry(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in   string
		want string // ISO code, "" for none
	}{
		{"Germany", "DE"},
		{"germany", "DE"},
		{"Federal Republic of Germany", "DE"},
		{"German", "DE"},
		{"Ukrainian", "UA"},
		{"Ukrainians", "UA"},
		{"United States of America", "US"},
		{"U.S.", "US"},
		{"FR", "FR"},
		{"Narnia", ""},
		// another country's alternative name, but the UK's demonym
		{"British", "GB"},
		{"British Virgin Islands", "VG"},
		// an alias Wikidata gives in British English only
		{"Britain", "GB"},
		// an alternative name two countries hold names neither
		{"Virgin Islands", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c, ok := g.Country(tt.in)
			if tt.want == "" {
				if ok {
					t.Errorf("Country(%q) = %+v, want none", tt.in, c)
				}
				return
			}
			if !ok || c.Code != tt.want {
				t.Errorf("Country(%q) = %+v, %v; want %s", tt.in, c, ok, tt.want)
			}
		})
	}
	de, _ := g.Country("Germany")
	if de.QID != "Q183" || de.Name != "Germany" {
		t.Errorf("Germany = %+v", de)
	}
	if _, ok := g.CountryByName("German"); ok {
		t.Error("CountryByName accepted a demonym")
	}
	if c, ok := g.Demonym("French"); !ok || c.Code != "FR" {
		t.Errorf("Demonym(French) = %+v, %v", c, ok)
	}
}

func TestPlaces(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ps := g.Places("paris")
	if len(ps) == 0 {
		t.Fatal("no place named Paris")
	}
	p := ps[0]
	if p.Country != "FR" || p.GeonameID != 2988507 || p.Class != "P" || p.Population < 1000000 {
		t.Errorf("Paris = %+v", p)
	}
	for i := 1; i < len(ps); i++ {
		if ps[i].Population > ps[i-1].Population {
			t.Errorf("places not sorted by population: %+v", ps)
		}
	}
	if len(g.Places("no such place at all")) != 0 {
		t.Error("found a place that does not exist")
	}
}

func TestMatch(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words []string
		want  Category
	}{
		{[]string{"Germany"}, CatCountry},
		{[]string{"German"}, CatDemonym},
		{[]string{"new", "york"}, CatCity | CatBigCity},
		{[]string{"the"}, 0},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.words, " "), func(t *testing.T) {
			if got := g.Match(tt.words...); got&tt.want != tt.want || (tt.want == 0 && got != 0) {
				t.Errorf("Match(%v) = %b, want bits %b", tt.words, got, tt.want)
			}
		})
	}
	if _, more := g.Lookup(PhraseHash([]string{"New"})); !more {
		t.Error("New is not marked as the start of longer names")
	}
}

func TestCluster(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := g.Cluster("Monday"); !ok {
		t.Error("no cluster for Monday")
	}
	if _, ok := g.Cluster("qqqzzzxxy"); ok {
		t.Error("cluster for a nonsense word")
	}
}

// TestCountryItem checks the places the Wikidata slice calls countries
// by their labels, and not by alternative names.
func TestCountryItem(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if qid, ok := g.CountryItem("Scotland"); !ok || qid == "" {
		t.Errorf("CountryItem(Scotland) = %q, %v; want an item", qid, ok)
	}
	for _, name := range []string{"CA", "Scots", "California"} {
		if qid, ok := g.CountryItem(name); ok {
			t.Errorf("CountryItem(%s) = %q; want none", name, qid)
		}
	}
}

// TestCasing checks the word statistics against words whose use in news
// is plain: a common word, a word of names, a word never seen.
func TestCasing(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if lo, hi, ok := g.Casing("Water"); !ok || lo <= 3*hi {
		t.Errorf("Casing(Water) = %d, %d, %v; want mostly lower case", lo, hi, ok)
	}
	if lo, hi, ok := g.Casing("Monday"); !ok || hi <= lo {
		t.Errorf("Casing(Monday) = %d, %d, %v; want mostly capitalised", lo, hi, ok)
	}
	if _, _, ok := g.Casing("qqqzzzxxy"); ok {
		t.Error("casing for a nonsense word")
	}
	if !g.GivenName("John") || g.GivenName("Water") {
		t.Errorf("GivenName(John) = %v, GivenName(Water) = %v; want true, false", g.GivenName("John"), g.GivenName("Water"))
	}
}

// TestAcronym checks the acronym table against a common noun's acronym
// news writes in the plural ("DVDs") and a nonsense one.
func TestAcronym(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, word string
		want       bool
	}{
		{"pluralised", "DVD", true},
		{"unknown", "QQZX", false},
		{"in lower case", "dvd", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			single, plural, ok := g.Acronym(tt.word)
			if ok != tt.want || ok && (plural < 3 || single < 0) {
				t.Errorf("Acronym(%s) = %d, %d, %v; want ok=%v with three plurals or more", tt.word, single, plural, ok, tt.want)
			}
		})
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"Washington, D.C.", "People's Republic", "(x)", "\u201cA\u201d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range Tokens(s) {
			if tok == "" || strings.ContainsAny(tok, " \t\n") {
				t.Fatalf("bad token %q from %q", tok, s)
			}
		}
		Key(s)
	})
}

// BenchmarkLoad loads the default gazetteer as Default does: the
// countries, and the phrase and cluster tables from their images in
// place. The lists of places and names wait for their first use
// (BenchmarkLoadLists).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(dataFS, defaultImages); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadBuild loads everything and builds the phrase table from
// the lists, as a gazetteer without an image does (the baseline of
// BenchmarkLoad).
func BenchmarkLoadBuild(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(dataFS, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadPhraseImage loads the default gazetteer with the phrase
// table's image alone, building the cluster table from its list as
// before the cluster image (the baseline of BenchmarkLoad).
func BenchmarkLoadPhraseImage(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(dataFS, &images{phrases: phraseImage}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadLists reads the lists of places and names, which the first
// call that needs them does once per process.
func BenchmarkLoadLists(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		g := &Gazetteer{fs: dataFS}
		if err := g.loadLists(dataFS, false); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	words := strings.Fields("the president of the United States met officials in New York")
	b.ReportAllocs()
	for b.Loop() {
		for i := range words {
			h := PhraseStart
			for j := i; j < len(words); j++ {
				h = Extend(h, WordHash(Fold(words[j])))
				if _, more := g.Lookup(h); !more {
					break
				}
			}
		}
	}
}

func TestExtendStable(t *testing.T) {
	// Phrase hashes must not change between releases: these are the values
	// of the mix Extend has always used.
	tests := []struct {
		name string
		h, w uint64
		want uint64
	}{
		{"phrase start", PhraseStart, WordHash("paris"), 0x6278e952b7d50122},
		{"zeros", 0, 0, 0x3da78698b574e6ce},
		{"large", ^uint64(0), 12345, 0xc2a8a4e2473f7a51},
	}
	for _, tt := range tests {
		if got := Extend(tt.h, tt.w); got != tt.want {
			t.Errorf("%s: Extend = %#x, want %#x", tt.name, got, tt.want)
		}
	}
}

// FuzzIndexSpace checks indexSpace against strings.IndexFunc with
// unicode.IsSpace, which it stands for.
func FuzzIndexSpace(f *testing.F) {
	for _, s := range []string{"", "a b", "  x", "\u00a0x\u0085", "é\tz", "\x85 \xff", "ab\u2003"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, space := range []bool{false, true} {
			want := strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) == space })
			if got := indexSpace(s, space); got != want {
				t.Errorf("indexSpace(%q, %v) = %d, want %d", s, space, got, want)
			}
		}
	})
}

// FuzzKey checks Key against its definition: the folded tokens joined by
// single spaces.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"", "New  York", "São Paulo", "ST. LOUIS, Mo.", "O\u2019Hare", "x\xffY", "(The) Hague's"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokens(s)
		for i, tok := range toks {
			toks[i] = Fold(tok)
		}
		if got, want := Key(s), strings.Join(toks, " "); got != want {
			t.Errorf("Key(%q) = %q, want %q", s, got, want)
		}
	})
}

// BenchmarkIndexPlaces builds the name index of places, which the first
// Places call does once per process.
func BenchmarkIndexPlaces(b *testing.B) {
	g, err := load(dataFS, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		g.indexPlaces()
	}
}

// BenchmarkLoadCasing reads the word statistics (casing and given names),
// which the typer asks for on first use.
func BenchmarkLoadCasing(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		g := &Gazetteer{fs: dataFS}
		g.loadCasing()
		if len(g.casing) == 0 || len(g.given) == 0 {
			b.Fatal("no word statistics")
		}
	}
}
