package lexicon

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

// POS is a WordNet part of speech.
type POS byte

// The parts of speech WordNet has.
const (
	Noun      POS = 'n'
	Verb      POS = 'v'
	Adjective POS = 'a'
	Adverb    POS = 'r'
)

func (p POS) index() int {
	switch p {
	case Noun:
		return 0
	case Verb:
		return 1
	case Adjective:
		return 2
	case Adverb:
		return 3
	}
	return -1
}

// PosOf returns the WordNet part of speech of a Penn Treebank tag ("VBD"
// -> Verb, "NNS" and "NNP" -> Noun), and ok=false for a tag with none
// (determiners, prepositions, punctuation).
func PosOf(tag string) (POS, bool) {
	switch {
	case strings.HasPrefix(tag, "NN"):
		return Noun, true
	case strings.HasPrefix(tag, "VB"), tag == "MD":
		return Verb, true
	case strings.HasPrefix(tag, "JJ"):
		return Adjective, true
	case strings.HasPrefix(tag, "RB"):
		return Adverb, true
	}
	return 0, false
}

// Lexicon holds the lemmas, inflections and word classes. It is read-only
// and safe for concurrent use.
type Lexicon struct {
	lemmas [4]map[string]struct{}
	exc    [4]map[string]string // inflected form -> lemma
	// forms [pos] maps a lemma to its irregular inflections.
	forms   [4]map[string][]string
	classes map[string]Classes
	// members lists the lemmas of each class, sorted.
	members [numClasses][]string
	// pertains maps a proper adjective, in lower case, to the names of
	// the places and faiths it pertains to.
	pertains map[string][]string
}

// embedded is data/wordnet.tsv.gz, written by gen from WordNet 3.0.
//
//go:embed data/wordnet.tsv.gz
var embedded []byte

var defaultLexicon = sync.OnceValues(func() (*Lexicon, error) {
	return Load(bytes.NewReader(embedded))
})

// Default returns the lexicon built into kg, decoded on first use.
func Default() (*Lexicon, error) { return defaultLexicon() }

// Load reads a lexicon in the format gen writes: gzip-compressed lines of
// tab-separated fields, "L pos lemma" (a WordNet lemma), "X pos form
// lemma" (an irregular inflection), "C class lemma" (a class member) and
// "P adjective name" (a proper adjective and a place or faith it pertains
// to).
// Closed classes are added from closed.go.
func Load(r io.Reader) (*Lexicon, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	defer zr.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(zr); err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	// The fields are substrings of the whole text, held as one string.
	text := buf.String()
	// A first pass counts the entries of each map, so that none grows.
	var nl, nx [4]int
	nc := 0
	for rest := text; rest != ""; {
		var t string
		t, rest = nextLine(rest)
		if len(t) < 4 || t[1] != '\t' || t[3] != '\t' {
			continue
		}
		if p := POS(t[2]).index(); p >= 0 && t[0] == 'L' {
			nl[p]++
		} else if p >= 0 && t[0] == 'X' {
			nx[p]++
		} else if t[0] == 'C' {
			nc++
		}
	}
	l := &Lexicon{classes: make(map[string]Classes, nc), pertains: map[string][]string{}}
	for i := range l.lemmas {
		l.lemmas[i], l.exc[i], l.forms[i] = make(map[string]struct{}, nl[i]), make(map[string]string, nx[i]), make(map[string][]string, nx[i])
	}
	var f [5]string
	for line := 1; text != ""; line++ {
		var t string
		t, text = nextLine(text)
		n := fields(t, f[:])
		bad := func() error { return fmt.Errorf("lexicon: line %d: malformed %q", line, t) }
		switch {
		case n == 3 && f[0] == "L":
			p := posField(f[1])
			if p < 0 {
				return nil, bad()
			}
			l.lemmas[p][f[2]] = struct{}{}
		case n == 4 && f[0] == "X":
			p := posField(f[1])
			if p < 0 {
				return nil, bad()
			}
			l.exc[p][f[2]] = f[3]
			l.forms[p][f[3]] = append(l.forms[p][f[3]], f[2])
		case n == 3 && f[0] == "C":
			c, ok := classByName[f[1]]
			if !ok {
				return nil, fmt.Errorf("lexicon: line %d: unknown class %q", line, f[1])
			}
			l.add(c, f[2])
		case n == 3 && f[0] == "P":
			l.pertains[f[1]] = append(l.pertains[f[1]], f[2])
		default:
			return nil, bad()
		}
	}
	for c, words := range closed {
		for _, w := range words {
			l.add(c, w)
		}
	}
	for c := range l.members {
		sort.Strings(l.members[c])
	}
	return l, nil
}

// nextLine cuts the first line off text, as bufio.ScanLines does: without
// its newline or a carriage return before it.
func nextLine(text string) (line, rest string) {
	line, rest, _ = strings.Cut(text, "\n")
	return strings.TrimSuffix(line, "\r"), rest
}

// fields puts the tab-separated fields of t into f and returns how many t
// has (which may exceed len(f): the rest are not stored).
func fields(t string, f []string) int {
	n := 0
	for {
		i := strings.IndexByte(t, '\t')
		if n < len(f) {
			if i < 0 {
				f[n] = t
			} else {
				f[n] = t[:i]
			}
		}
		n++
		if i < 0 {
			return n
		}
		t = t[i+1:]
	}
}

func posField(s string) int {
	if len(s) != 1 {
		return -1
	}
	return POS(s[0]).index()
}

// Pertains returns the names, in lower case, of the named places and
// faiths that a proper adjective pertains to, by WordNet's pertainyms
// ("norlandic" -> "norland"); adj is in lower case. The slice is the
// lexicon's: the caller must not change it.
func (l *Lexicon) Pertains(adj string) []string { return l.pertains[adj] }

func (l *Lexicon) add(c Class, lemma string) {
	if l.classes[lemma].Has(c) {
		return
	}
	l.classes[lemma] = l.classes[lemma].with(c)
	l.members[c] = append(l.members[c], lemma)
}

// Classes returns the classes of a lemma.
func (l *Lexicon) Classes(lemma string) Classes { return l.classes[lemma] }

// Is reports whether lemma is in class c.
func (l *Lexicon) Is(lemma string, c Class) bool { return l.classes[lemma].Has(c) }

// kindClasses are the classes of the words for a kind of organisation or
// place that names end in.
var kindClasses = []Class{Organization, Government, OrgGeneric, Education, Corporation, NewsMedia, Facility, Venue, Water}

// KindWord reports whether lemma (in lower case) is the word for a kind
// of organisation or place that a name ends in ("authority", "bank",
// "gulf", "centre").
func (l *Lexicon) KindWord(lemma string) bool {
	c := l.classes[lemma]
	for _, k := range kindClasses {
		if c.Has(k) {
			return true
		}
	}
	return false
}

// NameWord reports whether lemma (in lower case) is a word that names of
// bodies are made of: a kind of organisation or place (KindWord), a word
// of newspapers' names (PaperWord) or a company's legal ending
// (CompanySuffix).
func (l *Lexicon) NameWord(lemma string) bool {
	return l.Is(lemma, PaperWord) || l.Is(lemma, CompanySuffix) || l.KindWord(lemma)
}

// Members returns the lemmas of class c, sorted. The slice is shared: do
// not modify it.
func (l *Lexicon) Members(c Class) []string {
	if c >= numClasses {
		return nil
	}
	return l.members[c]
}

// Known reports whether WordNet has lemma as a word of part of speech p.
func (l *Lexicon) Known(lemma string, p POS) bool {
	i := p.index()
	if i < 0 {
		return false
	}
	_, ok := l.lemmas[i][lemma]
	return ok
}

// Lemma returns the dictionary form of word, in lower case, read as the
// part of speech its Penn Treebank tag says: "told"/VBD -> "tell",
// "ministers"/NNS -> "minister", "Tories"/NNPS -> "tory", "best"/JJS ->
// "good". A base-form tag (VB, VBP, NN, JJ) keeps the word when WordNet
// has it; a word with no known lemma, or a tag without a part of speech,
// gives the word in lower case.
func (l *Lexicon) Lemma(word, tag string) string {
	w := strings.ToLower(word)
	p, ok := PosOf(tag)
	if !ok {
		return w
	}
	switch tag {
	case "NNS", "NNPS", "VBD", "VBN", "VBZ", "VBG", "JJR", "JJS", "RBR", "RBS":
		if b, ok := l.morph(w, p); ok {
			return b
		}
		// A tagging error ("says"/NNS): the other open class.
		if p == Noun {
			if b, ok := l.morph(w, Verb); ok && b != w {
				return b
			}
		}
		return w
	}
	if l.Known(w, p) {
		return w
	}
	if b, ok := l.morph(w, p); ok {
		return b
	}
	return w
}

// LemmaIn returns the dictionary form of word read as tag's part of
// speech that is a member of class c, and whether there is one: Lemma's
// answer first, then the other base forms WordNet's morphy finds, since
// Lemma keeps only the first ("routed"/VBD is "route" to Lemma, and
// "rout", a verb of defeat, too).
func (l *Lexicon) LemmaIn(word, tag string, c Class) (string, bool) {
	if b := l.Lemma(word, tag); l.Is(b, c) {
		return b, true
	}
	p, ok := PosOf(tag)
	if !ok {
		return "", false
	}
	return l.detached(strings.ToLower(word), p, func(b string) bool { return l.Is(b, c) })
}

// morph applies WordNet's morphy to an inflected form: the exception
// list, then the detachment rules of p, keeping the first candidate
// WordNet knows.
func (l *Lexicon) morph(w string, p POS) (string, bool) {
	i := p.index()
	if b, ok := l.exc[i][w]; ok {
		return b, true
	}
	if b, ok := l.detached(w, p, nil); ok {
		return b, true
	}
	if l.Known(w, p) {
		return w, true
	}
	return "", false
}

// detached returns the first base form the detachment rules of p make
// of w that WordNet knows as p and that keep, when not nil, accepts.
func (l *Lexicon) detached(w string, p POS, keep func(string) bool) (string, bool) {
	for _, r := range detach[p.index()] {
		if strings.HasSuffix(w, r[0]) && len(w) > len(r[0]) {
			if b := w[:len(w)-len(r[0])] + r[1]; l.Known(b, p) && (keep == nil || keep(b)) {
				return b, true
			}
		}
	}
	return "", false
}

// detach holds WordNet's morphy rules: suffix, replacement, per part of
// speech (man 7WN morphy).
var detach = [4][][2]string{
	{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
	{},
}

// Forms returns a lemma's inflections as part of speech p: the lemma
// first, then the others sorted. A verb has its third person, past, past
// participle and -ing forms, a noun its plural, a short adjective its
// comparative and superlative. Irregular forms come from WordNet's
// exception lists; the others from English spelling rules (doubling a
// final consonant after a short vowel, dropping a silent e, y to ie,
// -man to -men in compounds).
func (l *Lexicon) Forms(lemma string, p POS) []string {
	i := p.index()
	if i < 0 {
		return []string{lemma}
	}
	irregular := l.forms[i][lemma]
	// An irregular form of a kind (-ing, -s, past) replaces the regular
	// one: "admitting", "told".
	has := map[string]bool{}
	for _, f := range irregular {
		has[formKind(f)] = true
	}
	rest := append([]string(nil), irregular...)
	add := func(f string) {
		if f != lemma && !has[formKind(f)] {
			rest = append(rest, f)
		}
	}
	switch p {
	case Noun:
		if len(irregular) == 0 {
			rest = append(rest, l.plural(lemma))
		}
	case Verb:
		add(thirdPerson(lemma))
		add(gerund(lemma))
		add(past(lemma))
	case Adjective:
		if len(irregular) == 0 && !strings.Contains(lemma, "-") && syllables(lemma) <= 2 {
			rest = append(rest, comparative(lemma, "er"), comparative(lemma, "est"))
		}
	}
	sort.Strings(rest)
	out := []string{lemma}
	for i, f := range rest {
		if f != lemma && (i == 0 || f != rest[i-1]) {
			out = append(out, f)
		}
	}
	return out
}

// formKind tells a verb form's kind by its ending: "ing", "s" or "past".
func formKind(f string) string {
	switch {
	case strings.HasSuffix(f, "ing"):
		return "ing"
	case strings.HasSuffix(f, "s"):
		return "s"
	}
	return "past"
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func (l *Lexicon) plural(w string) string {
	// A compound of "man" whose first part is a word ("chairman",
	// "spokesman"), unlike "human" or "German".
	if pre, ok := strings.CutSuffix(w, "man"); ok && len(pre) > 2 {
		if _, ok := l.morph(pre, Noun); ok {
			return pre + "men"
		}
		if _, ok := l.morph(pre, Verb); ok {
			return pre + "men"
		}
	}
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	case len(w) > 1 && w[len(w)-1] == 'y' && !isVowel(w[len(w)-2]):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

func thirdPerson(w string) string {
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "o"):
		return w + "es"
	case len(w) > 1 && w[len(w)-1] == 'y' && !isVowel(w[len(w)-2]):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// doubles reports whether a verb doubles its final consonant before -ed
// and -ing: one syllable ending consonant-vowel-consonant ("stop",
// "plan"), not w, x or y.
func doubles(w string) bool {
	n := len(w)
	if n < 3 || syllables(w) != 1 {
		return false
	}
	c1, v, c2 := w[n-3], w[n-2], w[n-1]
	return !isVowel(c1) && isVowel(v) && !isVowel(c2) && strings.IndexByte("wxy", c2) < 0
}

func past(w string) string {
	switch {
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case len(w) > 1 && w[len(w)-1] == 'y' && !isVowel(w[len(w)-2]):
		return w[:len(w)-1] + "ied"
	case doubles(w):
		return w + w[len(w)-1:] + "ed"
	}
	return w + "ed"
}

func gerund(w string) string {
	switch {
	case strings.HasSuffix(w, "ie"):
		return w[:len(w)-2] + "ying"
	case strings.HasSuffix(w, "ee"), strings.HasSuffix(w, "ye"), strings.HasSuffix(w, "oe"):
		return w + "ing"
	case strings.HasSuffix(w, "e") && len(w) > 2:
		return w[:len(w)-1] + "ing"
	case doubles(w):
		return w + w[len(w)-1:] + "ing"
	}
	return w + "ing"
}

func comparative(w, suffix string) string {
	switch {
	case strings.HasSuffix(w, "e"):
		return w + suffix[1:]
	case len(w) > 1 && w[len(w)-1] == 'y' && !isVowel(w[len(w)-2]):
		return w[:len(w)-1] + "i" + suffix
	case doubles(w):
		return w + w[len(w)-1:] + suffix
	}
	return w + suffix
}

// syllables counts a word's vowel groups, a rough syllable count.
func syllables(w string) int {
	n, in := 0, false
	for i := 0; i < len(w); i++ {
		v := isVowel(w[i]) || w[i] == 'y' && i > 0
		if v && !in {
			n++
		}
		in = v
	}
	if n > 1 && strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") {
		n--
	}
	return n
}
