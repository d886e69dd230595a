package gazetteer

import (
	"bytes"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/internal/golden"
)

// TestPhraseImage checks that the embedded image of the phrase table is
// the one the embedded lists build; go test -update rewrites it after the
// lists are regenerated.
func TestPhraseImage(t *testing.T) {
	g, err := load(dataFS, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := g.phrases.image(g.maxLen)
	if golden.Update() {
		if err := os.WriteFile("data/phrases.bin", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, phraseImage) {
		t.Fatalf("data/phrases.bin (%d bytes) is not the image of the lists (%d bytes): run go test ./extract/gazetteer -run TestPhraseImage -update", len(phraseImage), len(got))
	}
}

// TestPhraseImageLookup checks that a table read from an image answers
// every key as the built table does, and misses as misses.
func TestPhraseImageLookup(t *testing.T) {
	var built phraseTable
	built.init(1 << 6)
	words := strings.Fields("norland ostmark harlow pellam velden tarvik acme vell power ann lee bo ek")
	for i, w := range words {
		built.or(WordHash(w), Category(1)<<(i%numCats))
		built.or(Extend(WordHash(w), WordHash("city")), CatCity|catPrefix)
	}
	var img phraseTable
	maxLen, err := img.load(built.image(7))
	if err != nil {
		t.Fatal(err)
	}
	if maxLen != 7 || img.n != built.n {
		t.Errorf("header: maxLen %d, n %d; want 7, %d", maxLen, img.n, built.n)
	}
	for _, e := range built.slots {
		if e.key == 0 {
			continue
		}
		if got := img.get(e.key); got != e.val {
			t.Errorf("key %x: got %v, want %v", e.key, got, e.val)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 1000 {
		h := r.Uint64() | 1
		if got, want := img.get(h), built.get(h); got != want {
			t.Errorf("key %x: got %v, want %v", h, got, want)
		}
	}
}

func TestPhraseImageBad(t *testing.T) {
	var good phraseTable
	good.init(1 << 4)
	good.or(WordHash("norland"), CatCountry)
	img := good.image(1)
	tests := []struct {
		name  string
		image []byte
		want  string
	}{
		{"empty", nil, "not an image"},
		{"header only", img[:phraseImageHeader], "not an image"},
		{"other magic", append([]byte("kgphr\x00\x00\x02"), img[8:]...), "not an image"},
		{"cut slot", img[:len(img)-1], "not an image"},
		{"three slots", img[:phraseImageHeader+3*phraseImageSlot], "not a power of two"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var p phraseTable
			_, err := p.load(tt.image)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "gazetteer: ") {
				t.Errorf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
}

// TestLazyLists checks that the lists the default gazetteer reads on first
// use are the ones a gazetteer without an image reads at once.
func TestLazyLists(t *testing.T) {
	eager, err := load(dataFS, nil)
	if err != nil {
		t.Fatal(err)
	}
	lazy, err := load(dataFS, defaultImages)
	if err != nil {
		t.Fatal(err)
	}
	if lazy.places != nil {
		t.Fatal("places read before first use")
	}
	lazy.lists()
	if lazy.listsErr != nil {
		t.Fatal(lazy.listsErr)
	}
	if lazy.maxLen != eager.maxLen {
		t.Errorf("maxLen %d, want %d", lazy.maxLen, eager.maxLen)
	}
	type lists struct {
		Places       []Place
		Alts         []string
		CountryItems map[string]string
		PlaceKinds   map[string]uint8
		Orgs         int
	}
	of := func(g *Gazetteer) lists {
		return lists{g.places, g.placeAlts, g.countryItems, g.placeKinds, len(g.orgLabels)}
	}
	if diff := cmp.Diff(of(eager), of(lazy)); diff != "" {
		t.Errorf("lists (-eager +lazy):\n%s", diff)
	}
}

func TestPreload(t *testing.T) {
	g, err := load(dataFS, defaultImages)
	if err != nil {
		t.Fatal(err)
	}
	g.Preload()
	if len(g.places) == 0 || g.placeIdx == nil || g.casing == nil || g.listsErr != nil {
		t.Errorf("after Preload: %d places, index %v, casing %v, error %v", len(g.places), g.placeIdx != nil, g.casing != nil, g.listsErr)
	}
}

// TestClusterImage checks that the embedded image of the cluster table is
// the one the embedded list builds; go test -update rewrites it after the
// list is regenerated.
func TestClusterImage(t *testing.T) {
	var c clusterTable
	if err := c.load(dataFS); err != nil {
		t.Fatal(err)
	}
	got := c.image()
	if golden.Update() {
		if err := os.WriteFile("data/clusters.bin", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, clusterImage) {
		t.Fatalf("data/clusters.bin (%d bytes) is not the image of the list (%d bytes): run go test ./extract/gazetteer -run TestClusterImage -update", len(clusterImage), len(got))
	}
}

// TestClusterImageLookup checks that a cluster table read from an image
// answers every word as the built table does, and misses as misses.
func TestClusterImageLookup(t *testing.T) {
	var built clusterTable
	if err := built.load(dataFS); err != nil {
		t.Fatal(err)
	}
	var img clusterTable
	if err := img.loadImage(built.image()); err != nil {
		t.Fatal(err)
	}
	if img.n != built.n {
		t.Errorf("image has %d words, want %d", img.n, built.n)
	}
	for i, k := range built.keys {
		if k == 0 {
			continue
		}
		if got, ok := img.get(k); !ok || got != built.vals[i] {
			t.Errorf("key %x: got %v %v, want %v", k, got, ok, built.vals[i])
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 1000 {
		h := r.Uint64() | 1
		got, ok := img.get(h)
		want, wok := built.get(h)
		if got != want || ok != wok {
			t.Errorf("key %x: got %v %v, want %v %v", h, got, ok, want, wok)
		}
	}
}

func TestClusterImageBad(t *testing.T) {
	good := clusterTable{keys: make([]uint64, 16), vals: make([]Clusters, 16)}
	good.put(WordHash("norland"), Clusters{1, 2, 3, 4})
	img := good.image()
	full := append([]byte(nil), img[:clusterImageHeader+clusterImageSlot]...)
	full[8] = 1
	tests := []struct {
		name  string
		image []byte
		want  string
	}{
		{"empty", nil, "not an image"},
		{"header only", img[:clusterImageHeader], "not an image"},
		{"other magic", append([]byte("kgclu\x00\x00\x02"), img[8:]...), "not an image"},
		{"cut slot", img[:len(img)-1], "not an image"},
		{"three slots", img[:clusterImageHeader+3*clusterImageSlot], "not a power of two"},
		{"no empty slot", full, "1 words in 1 slots"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c clusterTable
			err := c.loadImage(tt.image)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "gazetteer: ") {
				t.Errorf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
}
