// Command gen writes the lexicon's data file from WordNet 3.0, as
// Debian's wordnet-base package installs it (/usr/share/wordnet):
//
//	go run ./extract/lexicon/gen -wordnet /usr/share/wordnet -out extract/lexicon/data/wordnet.tsv.gz
//
// It writes, gzip-compressed, one tab-separated record a line:
//
//	L  pos  lemma          every one-word lemma of WordNet in lower case
//	X  pos  form  lemma    the morphological exception lists (*.exc)
//	C  class  lemma        the members of each open word class
//	P  adjective  name     a proper adjective and a name of the place or
//	                       faith it pertains to ("norlandic  norland")
//
// A class is defined by seed senses (see classes.go in this directory):
// the closure of each seed under hyponym pointers (troponyms for verbs),
// minus the closures of its excluded senses (and, for a class with a
// LexFile, minus the synsets of other lexicographer files). A lemma
// joins the class when one of its first Rank senses (WordNet lists a
// lemma's senses most frequent first) is in that set; for a class with
// Tagged, only among the senses WordNet's tagged texts hold (its
// frequencies; the others are listed in no particular order), unless the
// lemma has one sense.
//
// The P records follow WordNet's pertainym pointers ("\\") from
// capitalised adjectives to nouns: a noun synset filed under noun.location
// or noun.object (a named place, a continent, a river) or under
// religion.n.01 (a faith): the lemma the pointer names and the synset's
// first, when capitalised, in lower case (a former union's adjective
// names the union, not another lemma of its synset that names the state
// after it).
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet's database `DIR`")
	out := flag.String("out", "data/wordnet.tsv.gz", "output `FILE`")
	flag.Parse()
	log.SetFlags(0)
	wn, err := readWordNet(*dir)
	if err != nil {
		log.Fatalf("gen: %v", err)
	}
	var lines []string
	for _, p := range []string{"n", "v", "a", "r"} {
		for _, l := range wn.lemmaList(p) {
			lines = append(lines, "L\t"+p+"\t"+l)
		}
	}
	for _, p := range []string{"n", "v", "a", "r"} {
		exc, err := readExceptions(filepath.Join(*dir, excFile[p]))
		if err != nil {
			log.Fatalf("gen: %v", err)
		}
		for _, e := range exc {
			lines = append(lines, "X\t"+p+"\t"+e[0]+"\t"+e[1])
		}
	}
	for _, c := range classes {
		members, err := wn.class(c)
		if err != nil {
			log.Fatalf("gen: class %s: %v", c.Name, err)
		}
		for _, m := range members {
			lines = append(lines, "C\t"+c.Name+"\t"+m)
		}
		log.Printf("%-20s %5d lemmas", c.Name, len(members))
	}
	perts, err := wn.pertainyms()
	if err != nil {
		log.Fatalf("gen: pertainyms: %v", err)
	}
	for _, pt := range perts {
		lines = append(lines, "P\t"+pt[0]+"\t"+pt[1])
	}
	log.Printf("%-20s %5d pairs", "pertainyms", len(perts))
	if err := write(*out, lines); err != nil {
		log.Fatalf("gen: %v", err)
	}
}

var excFile = map[string]string{"n": "noun.exc", "v": "verb.exc", "a": "adj.exc", "r": "adv.exc"}
var posFile = map[string]string{"n": "noun", "v": "verb", "a": "adj", "r": "adv"}

// wordNet is what gen reads of the database.
type wordNet struct {
	// senses maps pos and lemma to its synset offsets, most frequent
	// first; tagged to how many of them (the first) the tagged texts
	// WordNet's frequencies come from hold at least once (the rest are
	// in no particular order).
	senses map[string]map[string][]int64
	tagged map[string]map[string]int
	// hypo maps pos and synset offset to its hyponyms (or troponyms);
	// inst to its instance hyponyms ("Christmas Day" of legal holiday).
	hypo, inst map[string]map[int64][]int64
	// words maps pos and synset offset to its lemmas.
	words map[string]map[int64][]string
	// frames maps a verb synset to its frames: frame number -> the word
	// indexes (1-based) it holds for, 0 for every word.
	frames map[int64]map[int][]int
	// lexFile maps pos and synset offset to its lexicographer file's
	// number (lexnames(5WN): 32 is verb.communication).
	lexFile map[string]map[int64]int
	// pert maps an adjective synset to its pertainym pointers into nouns.
	pert map[int64][]pointer
}

// pointer is a lexical pointer: the target synset, and the numbers of
// the source word in its synset and of the target word in the target
// (0: every word).
type pointer struct {
	target   int64
	word, to int
}

func readWordNet(dir string) (*wordNet, error) {
	wn := &wordNet{senses: map[string]map[string][]int64{}, tagged: map[string]map[string]int{}, hypo: map[string]map[int64][]int64{}, inst: map[string]map[int64][]int64{},
		words: map[string]map[int64][]string{}, frames: map[int64]map[int][]int{}, lexFile: map[string]map[int64]int{}, pert: map[int64][]pointer{}}
	for p, name := range posFile {
		senses, tagged, err := readIndex(filepath.Join(dir, "index."+name))
		if err != nil {
			return nil, err
		}
		wn.senses[p], wn.tagged[p] = senses, tagged
		wn.lexFile[p] = map[int64]int{}
		hypo, inst, words, err := readData(filepath.Join(dir, "data."+name), p, wn.frames, wn.lexFile[p], wn.pert)
		if err != nil {
			return nil, err
		}
		wn.hypo[p], wn.inst[p], wn.words[p] = hypo, inst, words
	}
	return wn, nil
}

// oneWord reports whether a lemma is one lower-case word (letters, with
// perhaps hyphens or an apostrophe), the kind a token's lemma can be.
func oneWord(l string) bool {
	if l == "" {
		return false
	}
	for _, r := range l {
		if (r < 'a' || r > 'z') && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

// twoWords reports whether a lemma is two one-word lemmas joined by "_"
// ("news_agency"), which classes keep as "news agency".
func twoWords(l string) bool {
	a, b, ok := strings.Cut(l, "_")
	return ok && oneWord(a) && oneWord(b)
}

func (wn *wordNet) lemmaList(p string) []string {
	var out []string
	for l := range wn.senses[p] {
		if oneWord(l) {
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

// readIndex reads index.pos: "lemma pos synset_cnt p_cnt [ptr_symbol...]
// sense_cnt tagsense_cnt synset_offset..." (wndb(5WN)), and returns each
// lemma's synsets and its tagsense_cnt.
func readIndex(path string) (map[string][]int64, map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	out, tagged := map[string][]int64{}, map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, " ") {
			continue // the licence
		}
		f := strings.Fields(line)
		if len(f) < 6 {
			return nil, nil, fmt.Errorf("%s:%d: too few fields", path, n)
		}
		synsets, _ := strconv.Atoi(f[2])
		ptrs, _ := strconv.Atoi(f[3])
		k := 4 + ptrs + 2
		if k+synsets > len(f) {
			return nil, nil, fmt.Errorf("%s:%d: %d synsets announced, fewer found", path, n, synsets)
		}
		tagged[f[0]], _ = strconv.Atoi(f[k-1])
		for _, o := range f[k : k+synsets] {
			off, err := strconv.ParseInt(o, 10, 64)
			if err != nil {
				return nil, nil, fmt.Errorf("%s:%d: %v", path, n, err)
			}
			out[f[0]] = append(out[f[0]], off)
		}
	}
	return out, tagged, sc.Err()
}

// readData reads data.pos: "synset_offset lex_filenum ss_type w_cnt word
// lex_id [word lex_id...] p_cnt [ptr...] [frames] ..." and returns each
// synset's hyponyms (pointer "~"), its instance hyponyms ("~i": names,
// which only classes of names follow) and its lemmas; a verb's frames
// ("f_cnt + f_num w_num ...") go into frames, each synset's
// lexicographer file into lexFile, and an adjective's pertainym pointers
// ("\\") to nouns into pert.
func readData(path, p string, frames map[int64]map[int][]int, lexFile map[int64]int, pert map[int64][]pointer) (hypo, inst map[int64][]int64, words map[int64][]string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, nil, err
	}
	defer f.Close()
	hypo, inst, words = map[int64][]int64{}, map[int64][]int64{}, map[int64][]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, " ") {
			continue
		}
		if i := strings.Index(line, " | "); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			return nil, nil, nil, fmt.Errorf("%s:%d: too few fields", path, n)
		}
		off, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		lf, err := strconv.Atoi(f[1])
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		lexFile[off] = lf
		wc, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		k := 4
		for i := 0; i < int(wc) && k+1 < len(f); i++ {
			// A word with capitals is a name ("FBI", "Labour"), not a
			// word of a class: it is kept, but never matched.
			w := strings.ToLower(f[k])
			if w != f[k] {
				w = "^" + w
			}
			if j := strings.IndexByte(w, '('); j > 0 { // adjective markers: "(a)", "(p)"
				w = w[:j]
			}
			words[off] = append(words[off], w)
			k += 2
		}
		if k >= len(f) {
			return nil, nil, nil, fmt.Errorf("%s:%d: no pointer count", path, n)
		}
		pc, _ := strconv.Atoi(f[k])
		k++
		for i := 0; i < pc && k+3 < len(f); i++ {
			sym, target, tpos := f[k], f[k+1], f[k+2]
			if sym == "\\" && p == "a" && tpos == "n" && len(f[k+3]) == 4 {
				t, err1 := strconv.ParseInt(target, 10, 64)
				src, err2 := strconv.ParseInt(f[k+3][:2], 16, 32)
				dst, err3 := strconv.ParseInt(f[k+3][2:], 16, 32)
				if err1 == nil && err2 == nil && err3 == nil {
					pert[off] = append(pert[off], pointer{t, int(src), int(dst)})
				}
			}
			if (sym == "~" || sym == "~i") && (tpos == p || tpos == "s" && p == "a") {
				t, err := strconv.ParseInt(target, 10, 64)
				if err == nil && sym == "~" {
					hypo[off] = append(hypo[off], t)
				} else if err == nil {
					inst[off] = append(inst[off], t)
				}
			}
			k += 4
		}
		if p == "v" && k < len(f) {
			fc, _ := strconv.Atoi(f[k])
			k++
			for i := 0; i < fc && k+2 < len(f); i++ {
				num, _ := strconv.Atoi(f[k+1])
				w, _ := strconv.ParseInt(f[k+2], 16, 32)
				if frames[off] == nil {
					frames[off] = map[int][]int{}
				}
				frames[off][num] = append(frames[off][num], int(w))
				k += 3
			}
		}
	}
	return hypo, inst, words, sc.Err()
}

// readExceptions reads a *.exc file: "form lemma [lemma...]"; it keeps
// one-word pairs and the first lemma.
func readExceptions(path string) ([][2]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 2 || !oneWord(fs[0]) || !oneWord(fs[1]) || fs[0] == fs[1] {
			continue
		}
		out = append(out, [2]string{fs[0], fs[1]})
	}
	return out, sc.Err()
}

// sense returns the synset of a seed written "lemma.pos.N": the Nth
// sense of lemma in WordNet's index (multi-word lemmas with "_").
func (wn *wordNet) sense(seed string) (string, int64, error) {
	parts := strings.Split(seed, ".")
	if len(parts) != 3 {
		return "", 0, fmt.Errorf("seed %q: want lemma.pos.N", seed)
	}
	p := parts[1]
	if p == "s" {
		p = "a"
	}
	n, err := strconv.Atoi(parts[2])
	if err != nil || n < 1 {
		return "", 0, fmt.Errorf("seed %q: bad sense number", seed)
	}
	ss := wn.senses[p][parts[0]]
	if n > len(ss) {
		return "", 0, fmt.Errorf("seed %q: %s has %d senses", seed, parts[0], len(ss))
	}
	return p, ss[n-1], nil
}

// closure returns the synsets under seed, the seed included, at most
// depth levels down (0: no limit); with names, instances too.
func (wn *wordNet) closure(p string, seed int64, depth int, names bool, into map[int64]bool) {
	type item struct {
		off int64
		d   int
	}
	queue := []item{{seed, 0}}
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		if into[it.off] {
			continue
		}
		into[it.off] = true
		if depth > 0 && it.d >= depth {
			continue
		}
		for _, h := range wn.hypo[p][it.off] {
			queue = append(queue, item{h, it.d + 1})
		}
		if names {
			for _, h := range wn.inst[p][it.off] {
				queue = append(queue, item{h, it.d + 1})
			}
		}
	}
}

// allows reports whether the verb synset off lets word w (its lemma)
// take one of the frames.
func (wn *wordNet) allows(off int64, w string, frames []int) bool {
	for _, f := range frames {
		for _, wi := range wn.frames[off][f] {
			if wi == 0 {
				return true
			}
			if ws := wn.words["v"][off]; wi-1 < len(ws) && ws[wi-1] == w {
				return true
			}
		}
	}
	return false
}

// lemmas returns the lemmas of a synset the class may keep: with
// OnlyCapitals, WordNet's capitalised ones ("^oscar"), else all.
func (c class) lemmas(ws []string) []string {
	if !c.OnlyCapitals {
		return ws
	}
	var out []string
	for _, w := range ws {
		if strings.HasPrefix(w, "^") {
			out = append(out, w)
		}
	}
	return out
}

// class computes a class's members.
func (wn *wordNet) class(c class) ([]string, error) {
	in := map[string]map[int64]bool{}
	var named []string // the lemmas of seeds taken alone join whatever their rank
	for _, s := range c.Seeds {
		alone := strings.HasSuffix(s, "!")
		if alone {
			named = append(named, strings.Split(s, ".")[0])
		}
		p, off, err := wn.sense(strings.TrimSuffix(s, "!"))
		if err != nil {
			return nil, err
		}
		if in[p] == nil {
			in[p] = map[int64]bool{}
		}
		depth := c.Depth
		if alone {
			in[p][off] = true
			continue
		}
		wn.closure(p, off, depth, c.Names, in[p])
	}
	if c.LexFile > 0 {
		// Only the synsets the lexicographer file holds.
		for p, syns := range in {
			for off := range syns {
				if wn.lexFile[p][off] != c.LexFile {
					delete(syns, off)
				}
			}
		}
	}
	for _, s := range c.Except {
		p, off, err := wn.sense(s)
		if err != nil {
			return nil, err
		}
		out := map[int64]bool{}
		wn.closure(p, off, 0, c.Names, out)
		for o := range out {
			delete(in[p], o)
		}
	}
	rank := c.Rank
	if rank == 0 {
		rank = 3
	}
	seen := map[string]bool{}
	var members []string
	for p, syns := range in {
		for off := range syns {
			for _, w := range c.lemmas(wn.words[p][off]) {
				if c.Names || c.Capitals {
					w = strings.TrimPrefix(w, "^") // "christmas" of "Christmas"
				}
				if !oneWord(w) && !twoWords(w) || seen[w] {
					continue
				}
				ss := wn.senses[p][w]
				for i := 0; i < len(ss) && i < rank; i++ {
					// With Tagged, a sense the tagged texts never hold
					// counts only as a lemma's one sense.
					if c.Tagged && i >= wn.tagged[p][w] && len(ss) > 1 {
						break
					}
					if syns[ss[i]] && (c.Frames == nil || wn.allows(ss[i], w, c.Frames)) {
						seen[w] = true
						members = append(members, w)
						break
					}
				}
			}
		}
	}
	for _, w := range append(named, c.Also...) {
		// Also writes a phrase with a space, as Not does; WordNet with "_".
		if w = strings.ReplaceAll(w, " ", "_"); !seen[w] && (oneWord(w) || twoWords(w)) {
			seen[w] = true
			members = append(members, w)
		}
	}
	out := members[:0]
	for _, m := range members {
		// WordNet joins the words of a lemma with "_"; Not writes spaces.
		if m = strings.ReplaceAll(m, "_", " "); !slices.Contains(c.Not, m) {
			out = append(out, m)
		}
	}
	sort.Strings(out)
	return out, nil
}

// pertainyms returns the pairs of a capitalised adjective and a
// capitalised lemma of a named place or a faith it pertains to, in lower
// case with spaces, sorted: "norlandic norland", "vellist vellism".
func (wn *wordNet) pertainyms() ([][2]string, error) {
	p, religion, err := wn.sense("religion.n.01")
	if err != nil {
		return nil, err
	}
	faiths := map[int64]bool{}
	wn.closure(p, religion, 0, true, faiths)
	seen := map[[2]string]bool{}
	var out [][2]string
	for off, ptrs := range wn.pert {
		adjs := wn.words["a"][off]
		for _, pt := range ptrs {
			if lf := wn.lexFile["n"][pt.target]; lf != 15 && lf != 17 && !faiths[pt.target] { // noun.location, noun.object (continents, rivers)
				continue
			}
			for i, a := range adjs {
				if pt.word != 0 && pt.word != i+1 || !strings.HasPrefix(a, "^") {
					continue
				}
				a = strings.ReplaceAll(strings.TrimPrefix(a, "^"), "_", " ")
				for k, n := range wn.words["n"][pt.target] {
					if !strings.HasPrefix(n, "^") || pt.to != 0 && k != 0 && k != pt.to-1 {
						continue
					}
					pair := [2]string{a, strings.ReplaceAll(strings.TrimPrefix(n, "^"), "_", " ")}
					if !seen[pair] {
						seen[pair] = true
						out = append(out, pair)
					}
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	return out, nil
}

func write(path string, lines []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		f.Close()
		return err
	}
	bw := bufio.NewWriter(zw)
	for _, l := range lines {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
