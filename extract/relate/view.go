package relate

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/relclass"
	"github.com/kg-project/kg/extract/tokenize"
)

// view is one sentence of a Result as the rules and the classifier see
// it: its words with tags, and its entity mentions as token spans.
type view struct {
	res  *extract.Result
	si   int
	toks []tokenize.Token
	s    *relclass.Sentence
	ment []int // s.Ents[k] is res.Mentions[ment[k]]
	at   []int // token -> index into s.Ents, or -1
	// coarse[k] is the coarse type (PER, ORG, ...) of s.Ents[k]'s entity.
	coarse []string
	lem    []string // lemmas
	lex    *lexicon.Lexicon
	// pron is the index into s.Ents of a sentence-initial "He" or "She"
	// that stands for the person pronEnt (see pronounSubjects), or -1.
	pron, pronEnt int
	// typed says a typing stage has given the document's entities
	// classes (eachView).
	typed bool
	// topic is the person entity the sentence before is about, which a
	// description opening this sentence may stand for
	// (pronounSubjects), or -1.
	topic int
	// counted says commas and quote hold the sentence's commas and
	// whether it has a quotation mark (sentenceFeatures).
	counted bool
	commas  int
	quote   bool
}

// view builds the view of sentence si, whose mentions (with entities) are
// mentions; pron, when not -1, is the person entity a sentence-initial
// "He" or "She" stands for, which the view holds as a mention of it. It
// returns nil when mentions are given and none falls on whole tokens (a
// sentence given none is one a demonym standing for a person describes:
// see eachView).
func (r *Relater) view(res *extract.Result, si int, mentions []int, pron int) *view {
	sent := &res.Sentences[si]
	toks := sent.Tokens
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	ts := &relclass.Sentence{Words: words, Lower: sent.Lower, Tags: sent.POS, Chunks: sent.Chunks}
	v := &view{res: res, si: si, toks: toks, s: ts, at: make([]int, len(toks)), lem: sent.Lemma, lex: r.ann.Lexicon(), pron: -1, pronEnt: pron}
	for i := range v.at {
		v.at[i] = -1
	}
	v.s.NER = make([]string, len(toks))
	for i := range v.s.NER {
		v.s.NER[i] = "O"
	}
	for _, mi := range mentions {
		m := res.Mentions[mi]
		// The tokens wholly inside the mention.
		lo, hi := sent.TokenSpan(m.Start, m.End)
		if lo < 0 {
			continue
		}
		free := true
		for i := lo; i < hi; i++ {
			if v.at[i] >= 0 {
				free = false
			}
		}
		if !free {
			continue
		}
		typ := res.Entities[m.Entity].Type
		if typ == "" {
			typ = m.Type
		}
		k := len(v.s.Ents)
		v.s.Ents = append(v.s.Ents, relclass.Span{Start: lo, End: hi, Type: conll04Type(typ)})
		v.ment = append(v.ment, mi)
		v.coarse = append(v.coarse, typ)
		nt := nerTag(typ)
		for i := lo; i < hi; i++ {
			v.at[i] = k
			if i == lo {
				v.s.NER[i] = "B-" + nt
			} else {
				v.s.NER[i] = "I-" + nt
			}
		}
	}
	if len(v.s.Ents) == 0 && len(mentions) > 0 {
		return nil
	}
	if pron >= 0 && v.at[0] < 0 {
		v.s.Ents = append(v.s.Ents, relclass.Span{Start: 0, End: 1, Type: conll04Type(extract.Person)})
		v.ment = append(v.ment, -1)
		v.coarse = append(v.coarse, extract.Person)
		v.s.NER[0] = "B-PER"
	}
	// Keep ents in text order.
	order := make([]int, len(v.s.Ents))
	for i := range order {
		order[i] = i
	}
	sortByStart(order, v.s.Ents)
	ents, ment, coarse := make([]relclass.Span, len(order)), make([]int, len(order)), make([]string, len(order))
	for n, k := range order {
		ents[n], ment[n], coarse[n] = v.s.Ents[k], v.ment[k], v.coarse[k]
		for i := ents[n].Start; i < ents[n].End; i++ {
			v.at[i] = n
		}
		if ment[n] < 0 {
			v.pron = n
		}
	}
	v.s.Ents, v.ment, v.coarse = ents, ment, coarse
	return v
}

func sortByStart(order []int, ents []relclass.Span) {
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && ents[order[j]].Start < ents[order[j-1]].Start; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
}

func nerTag(coarse string) string {
	switch coarse {
	case extract.Person:
		return "PER"
	case extract.Organization:
		return "ORG"
	case extract.Location:
		return "LOC"
	}
	return "MISC"
}

// entity returns the entity index of mention k of the view.
func (v *view) entity(k int) int {
	if k < 0 || k >= len(v.ment) {
		return -1
	}
	if v.ment[k] < 0 {
		return v.pronEnt
	}
	return v.res.Mentions[v.ment[k]].Entity
}

// n is the number of tokens.
func (v *view) n() int { return len(v.toks) }

// lw returns the lower-case word at i, or "" outside the sentence.
func (v *view) lw(i int) string {
	if i < 0 || i >= len(v.toks) {
		return ""
	}
	return v.s.Lower[i]
}

// lemma returns the lemma at i, or "" outside the sentence.
func (v *view) lemma(i int) string {
	if i < 0 || i >= len(v.lem) {
		return ""
	}
	return v.lem[i]
}

// is reports whether the lemma at i is in one of the classes.
func (v *view) is(i int, cs ...lexicon.Class) bool {
	got := v.lex.Classes(v.lemma(i))
	for _, c := range cs {
		if got.Has(c) {
			return true
		}
	}
	return false
}

// tag returns the part-of-speech tag at i, or "" outside the sentence.
func (v *view) tag(i int) string {
	if i < 0 || i >= len(v.toks) {
		return ""
	}
	return v.s.Tags[i]
}

// entAt returns the mention starting at token i, or -1.
func (v *view) entAt(i int) int {
	if i < 0 || i >= len(v.at) {
		return -1
	}
	if k := v.at[i]; k >= 0 && v.s.Ents[k].Start == i {
		return k
	}
	return -1
}

// entEnding returns the mention ending just before token i, or -1.
func (v *view) entEnding(i int) int {
	if i <= 0 || i > len(v.at) {
		return -1
	}
	if k := v.at[i-1]; k >= 0 && v.s.Ents[k].End == i {
		return k
	}
	return -1
}

// typ returns the coarse type of mention k.
func (v *view) typ(k int) string {
	if k < 0 {
		return ""
	}
	return v.coarse[k]
}

// text returns the document text of tokens [lo, hi).
func (v *view) text(lo, hi int) string {
	if lo < 0 || hi > len(v.toks) || lo >= hi {
		return ""
	}
	return v.res.Doc.Text[v.toks[lo].Start:v.toks[hi-1].End]
}

// phrase returns tokens [lo, hi) joined by single spaces, with no space
// before a possessive.
func (v *view) phrase(lo, hi int) string {
	var b strings.Builder
	for i := lo; i < hi && i < len(v.toks); i++ {
		if i > lo && v.toks[i].Text != "'s" && v.toks[i].Text != "’s" {
			b.WriteByte(' ')
		}
		b.WriteString(v.toks[i].Text)
	}
	return b.String()
}

// byteSpan returns the byte offsets of tokens [lo, hi).
func (v *view) byteSpan(lo, hi int) (int, int) {
	if lo < 0 || hi > len(v.toks) || lo >= hi {
		return 0, 0
	}
	return v.toks[lo].Start, v.toks[hi-1].End
}

// between returns the words between mentions a and b when there are few
// enough to be a relation phrase, else "".
func (v *view) between(a, b int) string {
	lo, hi := v.s.Ents[a].End, v.s.Ents[b].Start
	if hi < lo {
		lo, hi = v.s.Ents[b].End, v.s.Ents[a].Start
	}
	if hi-lo <= 0 || hi-lo > 8 {
		return ""
	}
	return v.phrase(lo, hi)
}

// formerBetween reports whether a word marking a former title ("former",
// "ex-") comes between mentions a and b or just before the first.
func (v *view) formerBetween(a, b int) bool {
	lo, hi := min(v.s.Ents[a].Start, v.s.Ents[b].Start), max(v.s.Ents[a].End, v.s.Ents[b].End)
	return v.former(max(0, lo-3), hi)
}

// dateline reports whether mention k is a place of the document's
// dateline (package annotate): its town, or the region or country after
// it ("PARIS, France (AP) —").
func (v *view) dateline(k int) bool {
	d := v.res.Dateline
	if k < 0 || k >= len(v.s.Ents) || v.typ(k) != extract.Location || d == nil || d.Sentence != v.si {
		return false
	}
	e := v.s.Ents[k]
	return e.Start >= d.Town[0] && e.End <= v.datelineEnd()
}

// datelineAgency reports whether mention k is the news agency in the
// document's dateline ("HARLOW (Wirenews) —"), which filed the report and
// is neither based nor at work where its story happens.
func (v *view) datelineAgency(k int) bool {
	d := v.res.Dateline
	if k < 0 || k >= len(v.s.Ents) || d == nil || d.Sentence != v.si || d.Agency[1] <= d.Agency[0] {
		return false
	}
	e := v.s.Ents[k]
	return e.Start >= d.Agency[0] && e.End <= d.Agency[1]
}

// credit reports whether mention k opens its sentence as a source's
// credit before a dash and the report ("Wirenews - Norland said ...",
// "Acme.com - A second team ..."): the source that filed the report, as a
// dateline's agency.
func (v *view) credit(k int) bool {
	if k < 0 || k >= len(v.s.Ents) || v.s.Ents[k].Start != 0 || v.typ(k) != extract.Organization {
		return false
	}
	end := v.s.Ents[k].End
	return end+1 < len(v.s.Words) && tokenize.IsDash(v.s.Words[end]) && tokenize.StartsUpper(v.s.Words[end+1])
}

// datelineEnd returns the token after the dateline's places. A bare
// dateline's Dash is its last place's word ("TARVIK Acme said").
func (v *view) datelineEnd() int {
	d := v.res.Dateline
	end := d.Dash
	if d.Agency[1] > d.Agency[0] {
		end = d.Agency[0]
	} else if w := v.s.Words; end < len(w) && !tokenize.IsDash(w[end]) && w[end] != ":" && w[end] != ")" {
		end++
	}
	return end
}

// cutMention reports whether mention k is a piece of a longer name the
// recognizer cut: an ampersand joins it to a capitalised word outside it
// ("Ann Lee & Partners" read as "Partners"), or a number and a
// capitalised word follow it ("Fathers 4 Justice" read as "Fathers" and
// "Justice", "the Acme 225 Sunday" a race's name; not a score, "Harlow 2
// Pellam 1", whose second number ends it, or "Harlow 4-1 Pellam"), or it
// ends a work's title that opens with a gerund capitalised inside the
// sentence and an article ("Finding the Harlow director X").
func (v *view) cutMention(k int) bool {
	if k < 0 || k >= len(v.s.Ents) || k == v.pron {
		return false
	}
	e := v.s.Ents[k]
	if e.Start >= 2 && v.lw(e.Start-1) == "&" && tokenize.StartsUpper(v.toks[e.Start-2].Text) {
		return true
	}
	if e.End+1 < v.n() && v.lw(e.End) == "&" && tokenize.StartsUpper(v.toks[e.End+1].Text) {
		return true
	}
	if e.End+1 < v.n() && v.tag(e.End) == "CD" && digits(v.toks[e.End].Text) && v.at[e.End] < 0 && tokenize.StartsUpper(v.toks[e.End+1].Text) && v.tag(e.End+2) != "CD" {
		return true
	}
	// The name after the number, another mention before it: "Fathers 4
	// Justice" read as "Fathers" and "Justice" (not a headline's "Kill
	// 50 Acme Men", nor a dateline's "Aug. 18 Ann Lee").
	if e.Start >= 2 && digits(v.toks[e.Start-1].Text) && v.at[e.Start-1] < 0 && v.at[e.Start-2] >= 0 && v.tag(e.End) != "CD" && v.tag(e.Start-3) != "CD" {
		return true
	}
	return v.gerundTitle(e.Start)
}

// gerundTitle reports whether the name starting at token i ends a work's
// title that opens with a gerund: a capitalised -ing form of a verb, in
// no longer name, not the first word of the sentence or of a quotation,
// then an article ("... and Finding the Harlow director X").
func (v *view) gerundTitle(i int) bool {
	g := i - 2
	if g < 1 || !tokenize.StartsUpper(v.toks[g].Text) || !strings.HasSuffix(v.lw(g), "ing") {
		return false
	}
	// The recognizer may take the gerund alone for a name of its own.
	if m := v.at[g]; m >= 0 && (v.s.Ents[m].Start != g || v.s.Ents[m].End != g+1) {
		return false
	}
	// The tagger may read the capitalised gerund as a name's word.
	if l := v.lex.Lemma(v.lw(g), "VBG"); l == v.lw(g) || !v.lex.Known(l, lexicon.Verb) {
		return false
	}
	switch v.lw(i - 1) {
	case "the", "a", "an":
	default:
		return false
	}
	// After a quotation mark, a colon or a bracket a capital opens words
	// of their own.
	p := v.toks[g-1].Text
	return len(p) > 0 && (unicode.IsLetter(rune(p[0])) || unicode.IsDigit(rune(p[0])) || p == ",")
}

// digits reports whether w is only the digits 0-9.
func digits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// signatureLine reports whether the view's sentence is a line of its own
// right after a paragraph that is only a person's name and one or two
// places after commas, with no final mark ("Ann Lee, Harlow, Norland"):
// the signature of a reader's comment, which says where its writer lives
// and nothing else.
func (v *view) signatureLine() bool {
	if v.si < 0 || v.si >= len(v.res.Sentences) || len(v.s.Ents) == 0 || v.typ(0) != extract.Person {
		return false
	}
	text := v.res.Doc.Text
	s := v.res.Sentences[v.si]
	if s.Start < 2 || s.End > len(text) || text[s.Start-1] != '\n' || text[s.Start-2] == '\n' || s.End < len(text) && text[s.End] != '\n' && text[s.End] != '\r' {
		return false
	}
	line := strings.TrimSpace(text[s.Start:s.End])
	if line == "" || len(line) > 80 || strings.ContainsAny(line[len(line)-1:], ".!?:;\"”") {
		return false
	}
	parts := strings.Split(line, ", ")
	if len(parts) < 2 || len(parts) > 3 || v.res.Mentions[v.ment[0]].Text != parts[0] || v.res.Mentions[v.ment[0]].Start != s.Start {
		return false
	}
	for _, p := range parts[1:] {
		f := strings.Fields(p)
		if len(f) == 0 || len(f) > 3 {
			return false
		}
		for _, w := range f {
			if !unicode.IsUpper([]rune(w)[0]) {
				return false
			}
		}
	}
	return true
}
