package ner

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/internal/gumconll"
	"github.com/kg-project/kg/extract/lexicon"
	sentsplit "github.com/kg-project/kg/extract/sentence"
	"github.com/kg-project/kg/extract/temporal"
	"github.com/kg-project/kg/extract/tokenize"
)

// GUM's coreference layer (../shared/data/gum-coref) marks every mention of
// every entity, names and common nouns and pronouns alike, with its
// entity's type and, when the entity has one, its Wikipedia title. The
// tagger learns names the CoNLL-2003 way, so ReadGUM keeps the mentions
// that are names and labels them by these rules, read off the data:
//
//   - Types: person is PER, place LOC, organization ORG; event is MISC,
//     but only when the entity has a Wikipedia title (GUM writes many
//     concepts and headings in capitals, which are no names); time and
//     quantity are never names ("Friday", "January" are O in CoNLL too)
//     unless titled, name-shaped and no date the temporal tagger reads
//     ("the Middle Ages", not a linked "October 21"), then MISC.
//     Abstract, object, substance, plant and animal names are left
//     unlabelled, so their sentences are left out (see Doubt): GUM's
//     object and abstract hold works and laws (MISC in CoNLL) but also
//     websites and firms' products named as the firm (ORG in CoNLL).
//   - Shape: a leading determiner is dropped ("the European Union" gives
//     European Union, as CoNLL leaves "the" out) unless the Wikipedia title
//     starts with it; a person's leading titles and forms of address are
//     dropped (the lexicon's honorifics, abbreviated titles, offices and
//     nobility: CoNLL tags "President X" as O PER), but a sentence with a
//     dropped honorific is left out (see Doubt); a single word left after
//     a determiner that news mostly writes in lower case ("the Court" for
//     a court named before) is a description, no name; the span ends before its
//     first comma or bracket ("University of X, Y" gives University of X)
//     and before a final possessive. What is left is a name when its first
//     and last words are capitalised (or, not first, numbers), every word
//     between is capitalised or a short lower-case function word (of, the,
//     and, de), it holds no possessive inside (two names) and it is not a
//     pronoun or determiner. A person's name has no lower-case word but
//     particles (da, van, bin). A person entity whose pronouns are all
//     plural (they, them) is a group ("the Norlanders") and is MISC.
//   - Nesting: mentions are taken longest first, and a name never overlaps
//     one already taken, so the outermost name wins ("University of X" is
//     ORG, not ORG with a LOC inside), as in CoNLL.
//   - Demonyms: CoNLL tags nationality words ("Norlandic", "Norlanders")
//     MISC; GUM marks no adjectives and types the plural as person, so a
//     capitalised word left outside every name, or a name of one word, that
//     the gazetteer knows as a demonym (or its plural) is labelled MISC.
//   - Doubt: a sentence with a capitalised word that none of these rules
//     labels or explains (its first word, "I", a dropped title or
//     determiner, a time word, the minor words of a heading, a pronoun, a
//     lone word news mostly writes in lower case) is left out
//     of training, so the tagger is not taught that an unlabelled name is
//     no name. So is a sentence where an honorific ("Mr", "Dr") was
//     dropped before a person's name: CoNLL-2003 has a handful, mostly O,
//     while the shipped tagger takes it into the name (and the resolver
//     and the claim finder read it either way), so GUM teaches neither;
//     and one where an honorific and a title word make a whole mention
//     without a Wikipedia title ("Mr Vell" or "Mr President"). Headings in title case or capitals are left out for the same
//     reason unless all their capitalised words are explained.
//
// GUM has no sentence breaks in these files: the tokens, joined by single
// spaces as 'kg eval names' gives them to the pipeline, are split into
// sentences by package sentence.

// gumType maps GUM entity types to tags; titled says the type is a name
// only when the entity has a Wikipedia title.
var gumType = map[string]struct {
	tag    string
	titled bool
}{
	"person": {"PER", false}, "place": {"LOC", false}, "organization": {"ORG", false},
	"event": {"MISC", true}, "time": {"MISC", true}, "quantity": {"MISC", true},
}

// gumUnsure are the GUM types whose names ReadGUM cannot type the CoNLL
// way: an abstract or object may be a work or a law (MISC) but also a
// website or a firm (ORG in CoNLL and in news). Their names are left
// unlabelled, so their sentences are left out.
var gumUnsure = map[string]bool{"abstract": true, "object": true, "substance": true, "plant": true, "animal": true}

// nameFunctionWords may stand in lower case inside a name.
var nameFunctionWords = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "on": true, "in": true, "at": true,
	"to": true, "de": true, "du": true, "des": true, "la": true, "le": true, "von": true,
	"van": true, "der": true, "den": true, "di": true, "da": true, "del": true, "y": true,
	"&": true, "-": true, "a": true, "an": true, "upon": true, "over": true, "under": true,
}

// gumMention is one mention read from a GUM file: tokens [start, end).
type gumMention struct {
	start, end         int
	typ, entity, title string
}

// gumDoc is a GUM document as read: its tokens and mentions.
type gumDoc struct {
	name     string
	tokens   []string
	mentions []gumMention
}

// ReadGUMDir reads every *.conll file of dir, in name order, as ReadGUM
// reads one.
func ReadGUMDir(dir string) ([]Document, error) {
	gds, err := gumconll.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("ner: read gum %q: %w", dir, err)
	}
	return labelGUMDocs(gds, dir)
}

// ReadGUM reads the documents of one file of GUM's coreference layer in
// CoNLL format ("# begin document NAME", then index, token and bracketed
// mentions TYPE-ID or TYPE-ID-Wikipedia_Title one token a line) and labels
// their names with CoNLL-2003's types and conventions, by the rules
// described in gum.go. Sentences it cannot label with confidence are left
// out; the documents' Domain is "gum". name is used in errors.
func ReadGUM(r io.Reader, name string) ([]Document, error) {
	gds, err := gumconll.Read(r, name)
	if err != nil {
		return nil, fmt.Errorf("ner: read gum %q: %w", name, err)
	}
	return labelGUMDocs(gds, name)
}

// labelGUMDocs labels the names of GUM documents and keeps those with a
// sentence it labels with confidence; name is used in errors.
func labelGUMDocs(gds []gumconll.Doc, name string) ([]Document, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil, fmt.Errorf("ner: read gum %q: %w", name, err)
	}
	gaz, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("ner: read gum %q: %w", name, err)
	}
	var docs []Document
	for _, gd := range gds {
		g := gumDoc{name: gd.Name, tokens: gd.Tokens}
		for _, m := range gd.Mentions {
			g.mentions = append(g.mentions, gumMention{start: m.Start, end: m.End, typ: m.Type, entity: m.Entity, title: m.Title})
		}
		if d := labelGUM(&g, lex, gaz); len(d.Sentences) > 0 {
			docs = append(docs, d)
		}
	}
	return docs, nil
}

// labelGUM labels the names of d and returns the sentences it can label
// with confidence.
func labelGUM(d *gumDoc, lex *lexicon.Lexicon, gaz *gazetteer.Gazetteer) Document {
	n := len(d.tokens)
	l := &gumLabels{
		tags: make([]string, n),
		// explained marks capitalised tokens known not to be (part of) a
		// name.
		explained: make([]bool, n),
		// doubt marks the tokens of names of a type ReadGUM leaves
		// unlabelled (gumUnsure): their capitalised words are never
		// explained.
		doubt: make([]bool, n),
	}
	for i := range l.tags {
		l.tags[i] = "O"
	}
	l.names(d, lex, gaz)
	l.explain(d, lex, gaz)
	return l.sure(d)
}

// gumLabels holds the labels of a GUM document's tokens as labelGUM
// builds them.
type gumLabels struct {
	tags             []string
	explained, doubt []bool
}

// names labels the names of d's mentions, longest first.
func (l *gumLabels) names(d *gumDoc, lex *lexicon.Lexicon, gaz *gazetteer.Gazetteer) {
	n := len(d.tokens)
	groups := gumGroups(d, lex)
	ms := append([]gumMention(nil), d.mentions...)
	sort.SliceStable(ms, func(i, j int) bool {
		if li, lj := ms[i].end-ms[i].start, ms[j].end-ms[j].start; li != lj {
			return li > lj
		}
		return ms[i].start < ms[j].start
	})
	for _, m := range ms {
		if gumUnsure[m.typ] && m.title != "" {
			for i := m.start; i < m.end && i < n; i++ {
				l.doubt[i] = true
			}
			continue
		}
		gt, ok := gumType[m.typ]
		if !ok {
			continue
		}
		if gt.titled && (m.title == "" || m.typ == "time" && isDate(d.tokens, m)) {
			if m.typ == "time" || m.typ == "quantity" {
				for i := m.start; i < m.end && i < n; i++ {
					l.explained[i] = true
				}
			}
			continue
		}
		s, e, dropped := gumNameSpan(d.tokens, m, gt.tag == "PER", lex, gaz)
		if s >= e && gt.tag == "PER" && len(dropped) > 1 && lex.Is(strings.ToLower(d.tokens[dropped[0]]), lexicon.Honorific) {
			// "Mr Vell" without a Wikipedia title: an address ("Mr
			// President") or a name that is also a title; unsure.
			for _, i := range dropped {
				l.doubt[i] = true
			}
			continue
		}
		if s >= e || !l.free(s, e) {
			continue
		}
		if len(dropped) > 0 && lex.Is(strings.ToLower(d.tokens[dropped[len(dropped)-1]]), lexicon.Determiner) && e-s == 1 && allCommon(d.tokens[s:e], gaz) {
			// "the University" for a university named before: a
			// description of a named entity, not its name.
			for i := m.start; i < e; i++ {
				l.explained[i] = true
			}
			continue
		}
		for _, i := range dropped {
			if gt.tag == "PER" && lex.Is(strings.ToLower(d.tokens[i]), lexicon.Honorific) {
				// News taggers differ on "Mr" (CoNLL-2003 has a
				// handful, mostly O; the shipped tagger and the
				// resolver take it into the name): leave the
				// sentence out rather than teach either way.
				l.doubt[i] = true
				continue
			}
			l.explained[i] = true
		}
		tag := gt.tag
		if e-s == 1 && isDemonym(d.tokens[s], gaz) || tag == "PER" && groups[m.entity] {
			tag = "MISC" // "Norlanders" is a person mention in GUM, MISC in CoNLL
		}
		l.tags[s] = "B-" + tag
		for i := s + 1; i < e; i++ {
			l.tags[i] = "I-" + tag
		}
	}
}

// free reports whether tokens [s, e) have no label yet.
func (l *gumLabels) free(s, e int) bool {
	for i := s; i < e; i++ {
		if l.tags[i] != "O" {
			return false
		}
	}
	return true
}

// explain labels the demonyms outside names and marks the capitalised
// words outside names that are explained: a pronoun, determiner or
// title, or a word news mostly writes in lower case standing alone
// ("Figure", "Mom"); two or more such words in a row may be a name GUM
// does not mark ("World Cup") and are not.
func (l *gumLabels) explain(d *gumDoc, lex *lexicon.Lexicon, gaz *gazetteer.Gazetteer) {
	n := len(d.tokens)
	for i, w := range d.tokens {
		if l.tags[i] == "O" && tokenize.StartsUpper(w) && isDemonym(w, gaz) {
			l.tags[i] = "B-MISC"
		}
	}
	for i := 0; i < n; {
		if l.tags[i] != "O" || !tokenize.StartsUpper(d.tokens[i]) || l.explained[i] {
			i++
			continue
		}
		j := i
		for j < n && l.tags[j] == "O" && tokenize.StartsUpper(d.tokens[j]) && !l.explained[j] {
			j++
		}
		for k := i; k < j; k++ {
			if l.doubt[k] {
				continue
			}
			if closedWord(d.tokens[k], lex) || titleWord(d.tokens[k], lex) || (j-i == 1 && allCommon(d.tokens[k:k+1], gaz)) {
				l.explained[k] = true
			}
		}
		i = j
	}
}

// sure returns the sentences of d whose every capitalised word is
// labelled or explained.
func (l *gumLabels) sure(d *gumDoc) Document {
	doc := Document{Domain: "gum"}
	for _, sr := range gumSentences(d.tokens) {
		toks, tg := d.tokens[sr.lo:sr.hi], l.tags[sr.lo:sr.hi]
		heading := sentMode(toks) != modeNormal
		sure := true
		for k, w := range toks {
			i := sr.lo + k
			if tg[k] != "O" || !tokenize.StartsUpper(w) || l.explained[i] || w == "I" && !l.doubt[i] {
				continue
			}
			if k == 0 && !heading && !l.doubt[i] {
				continue
			}
			if heading && nameFunctionWords[strings.ToLower(w)] {
				continue
			}
			sure = false
			break
		}
		if sure {
			doc.Sentences = append(doc.Sentences, Sentence{
				Tokens: append([]string(nil), toks...),
				Tags:   append([]string(nil), tg...),
			})
		}
	}
	return doc
}

// pluralPronouns are the pronouns that refer to a group of people.
var pluralPronouns = map[string]bool{
	"they": true, "them": true, "their": true, "theirs": true, "themselves": true,
}

// gumGroups returns the person entities of d that are groups: the
// pronouns among their mentions are all plural (they, them, their). A
// group's name ("the Norlanders") is an ethnic, national or religious
// group, which CoNLL tags MISC.
func gumGroups(d *gumDoc, lex *lexicon.Lexicon) map[string]bool {
	plural, singular := map[string]bool{}, map[string]bool{}
	for _, m := range d.mentions {
		if m.typ != "person" || m.end-m.start != 1 || m.end > len(d.tokens) {
			continue
		}
		w := strings.ToLower(d.tokens[m.start])
		switch {
		case pluralPronouns[w]:
			plural[m.entity] = true
		case lex.Is(w, lexicon.PersonalPronoun) || lex.Is(w, lexicon.Determiner):
			singular[m.entity] = true
		}
	}
	for e := range singular {
		delete(plural, e)
	}
	return plural
}

// gumNameSpan returns the part [s, e) of mention m that is a name by the
// rules of gum.go (s >= e when it is none), and the tokens dropped from
// its front as determiners or titles.
func gumNameSpan(toks []string, m gumMention, person bool, lex *lexicon.Lexicon, gaz *gazetteer.Gazetteer) (s, e int, dropped []int) {
	s, e = m.start, m.end
	if e > len(toks) || s >= e {
		return 0, 0, nil
	}
	titleWords := map[string]bool{}
	for _, w := range strings.Split(strings.ReplaceAll(m.title, "%2C", ","), "_") {
		titleWords[strings.ToLower(w)] = true
	}
	for s < e && gumDroppable(toks[s], person, titleWords, lex) {
		dropped = append(dropped, s)
		s++
	}
	for i := s; i < e; i++ {
		if w := toks[i]; w == "," || w == "(" || w == ";" || w == ":" {
			e = i
			break
		}
	}
	if e > s && (toks[e-1] == "'s" || toks[e-1] == "'") {
		e--
	}
	if s >= e {
		return 0, 0, dropped
	}
	if !tokenize.StartsUpper(toks[s]) || closedWord(toks[s], lex) {
		return 0, 0, nil
	}
	if m.title == "" && allCommon(toks[s:e], gaz) {
		return 0, 0, nil
	}
	if last := toks[e-1]; !tokenize.StartsUpper(last) && !startsWithDigit(last) {
		return 0, 0, nil
	}
	for i := s + 1; i < e-1; i++ {
		w := toks[i]
		switch {
		case tokenize.StartsUpper(w), startsWithDigit(w):
		case w == "'s" || w == "'":
			return 0, 0, nil
		case w == "-", lexicon.SurnameParticle(w), !person && nameFunctionWords[w]:
		default:
			return 0, 0, nil
		}
	}
	return s, e, dropped
}

// gumDroppable reports whether w, at the front of a mention, is left out
// of the name: "the" (unless the Wikipedia title, whose lower-case words
// are titleWords, has it) and, before a person's name, a title or form of
// address that the title does not have.
func gumDroppable(w string, person bool, titleWords map[string]bool, lex *lexicon.Lexicon) bool {
	lw := strings.ToLower(w)
	if titleWords[lw] {
		return false
	}
	if lw == "the" {
		return true
	}
	if !person {
		return false
	}
	return titleWord(w, lex)
}

// titleWord reports whether w is a title or form of address: one of the
// lexicon's honorifics, abbreviated titles, name titles, offices or
// nobility.
func titleWord(w string, lex *lexicon.Lexicon) bool {
	lw := strings.ToLower(w)
	bare := strings.TrimSuffix(lw, ".")
	for _, c := range []lexicon.Class{lexicon.Honorific, lexicon.TitleAbbreviation, lexicon.NameTitle, lexicon.Office, lexicon.Nobility} {
		if lex.Is(lw, c) || lex.Is(bare, c) {
			return true
		}
	}
	return false
}

// closedWord reports whether w, capitalised only in its first letter, is a
// pronoun or determiner ("She", "This"; not "US").
func closedWord(w string, lex *lexicon.Lexicon) bool {
	_, n := utf8.DecodeRuneInString(w)
	if rest := w[n:]; rest != strings.ToLower(rest) {
		return false
	}
	lw := strings.ToLower(w)
	return lex.Is(lw, lexicon.PersonalPronoun) || lex.Is(lw, lexicon.Determiner)
}

// allCommon reports whether every word of ws is one news text mostly
// writes in lower case (by the gazetteer's casing counts) and is written
// in title case here, not in capitals.
func allCommon(ws []string, gaz *gazetteer.Gazetteer) bool {
	for _, w := range ws {
		if len(w) > 1 && strings.ToUpper(w) == w {
			return false
		}
		lower, capd, ok := gaz.Casing(w)
		if !ok || lower <= capd {
			return false
		}
	}
	return len(ws) > 0
}

// isDemonym reports whether w is a demonym the gazetteer knows, or its
// plural.
func isDemonym(w string, gaz *gazetteer.Gazetteer) bool {
	if _, ok := gaz.Demonym(w); ok {
		return true
	}
	if p, ok := strings.CutSuffix(w, "s"); ok && len(p) > 2 {
		_, ok := gaz.Demonym(p)
		return ok
	}
	return false
}

func startsWithDigit(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// gumSentences splits a document's tokens into sentences: they are joined
// by single spaces and split by package sentence, and each token goes to
// the sentence its first byte falls in.
func gumSentences(toks []string) []rangeT {
	if len(toks) == 0 {
		return nil
	}
	var b strings.Builder
	offs := make([]int, len(toks))
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		offs[i] = b.Len()
		b.WriteString(t)
	}
	text := b.String()
	var out []rangeT
	lo := 0
	for _, s := range sentsplit.Split(text, tokenize.Tokenize(text)) {
		hi := lo
		for hi < len(toks) && offs[hi] < s.End {
			hi++
		}
		if hi > lo {
			out = append(out, rangeT{lo, hi})
			lo = hi
		}
	}
	if lo < len(toks) {
		out = append(out, rangeT{lo, len(toks)})
	}
	return out
}

// isDate reports whether time mention m opens with a date or a time the
// temporal tagger reads, with the three words before it ("on Sunday,
// October 21", "in October"): GUM links some to Wikipedia, but news
// taggers, CoNLL-2003's among them, label no date a name.
func isDate(toks []string, m gumMention) bool {
	if m.start < 0 || m.end > len(toks) || m.start >= m.end {
		return false
	}
	lo := max(0, m.start-3)
	before := len(strings.Join(toks[lo:m.start], " "))
	if before > 0 {
		before++ // the space before the mention
	}
	text := strings.Join(toks[lo:m.end], " ")
	for _, x := range temporal.Find(text, time.Time{}) {
		if x.Start <= before && x.End > before {
			return true
		}
	}
	return false
}
