package claim

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// agreedWith reports whether claim c is a verb of agreeing whose content
// is only the one agreed with, a name or its owner's noun phrase with no
// verb, right after the verb or after "with" ("I agree with Bo Ek", "Ann
// Lee agreed wholeheartedly with Mr Ek's views"): a side taken with
// someone, no proposition said. A clause after it ("agreed with Bo Ek
// that A"), a quotation and a noun phrase that names what was said ("the
// analysis of the port") are kept.
func (d *doc) agreedWith(c *extract.Claim) bool {
	if d.off[RuleAgreedWith] || d.quoted(c.Start) {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	i := verbToken(s, c, lo)
	if i < 0 || !d.lex.Is(s.Lemma[i], lexicon.Agreement) {
		return false
	}
	// Between the verb and the content: adverbs, then "with".
	k := i + 1
	for k < lo && s.POS[k] == "RB" {
		k++
	}
	if k < lo && s.Lower[k] == "with" {
		k++
	}
	if k != lo {
		return false
	}
	// The content opens with a name, perhaps after a title ("Mr"): the
	// name alone, or its owner's noun phrase ("Mr Ek's views on the
	// port").
	n := lo
	for n < hi && n < lo+2 && s.POS[n] == "NNP" && (n >= len(s.Mention) || s.Mention[n] < 0) {
		n++
	}
	if n >= len(s.Mention) || s.Mention[n] < 0 {
		return false
	}
	for k := lo; k < hi; k++ {
		w, p := s.Lower[k], s.POS[k]
		if strings.HasPrefix(p, "VB") || p == "MD" || quoteOpen[w] || w == ":" || w == "that" || w == ";" || !nounPhraseTag(p) && p != "CC" && p != "IN" && !(k < len(s.Mention) && s.Mention[k] >= 0) && !punctWord(w) {
			return false
		}
	}
	return true
}

// punctWord reports whether w holds no letter nor digit: a mark.
func punctWord(w string) bool {
	return !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// firstPersonAt returns the token of "I" or "we" that is the subject of
// claim c's verb, past auxiliaries, adverbs and a negation between them
// ("I do not believe A", "we really think A"), or -1.
func (d *doc) firstPersonAt(c *extract.Claim) (s *extract.Sentence, at int) {
	s, v := d.verbToken(c)
	if v < 0 {
		return s, -1
	}
	k := d.beforeAuxiliaries(s, verbStart(c, v))
	if k < 0 || k >= len(s.Lower) || s.Lower[k] != "i" && s.Lower[k] != "we" {
		return s, -1
	}
	return s, k
}

// verbStart returns the token of the first word of claim c's verb,
// whose last word is at token v: "do not believe" ends with "believe",
// "ask for" opens with "ask".
func verbStart(c *extract.Claim, v int) int {
	return v - (len(strings.Fields(c.Verb)) - 1)
}

// beforeAuxiliaries returns the token before token v of sentence s past
// at most four auxiliaries (by their lemma), modals ("ought to" with
// them), adverbs and a negation ("I do not believe", "Acme is now
// planning", "we ought to say"): where the verb's subject ends; -1 when
// none is left.
func (d *doc) beforeAuxiliaries(s *extract.Sentence, v int) int {
	k := v - 1
	for k >= 0 && k >= v-4 && k < len(s.POS) {
		w, p := s.Lower[k], s.POS[k]
		if p == "RB" || p == "MD" || w == "not" || w == "n't" || w == "ought" || w == "to" && k > 0 && s.Lower[k-1] == "ought" || d.lex.Is(w, lexicon.Auxiliary) || d.lex.Is(d.lex.Lemma(w, "VB"), lexicon.Auxiliary) {
			k--
			continue
		}
		break
	}
	return k
}

// readerFirstPerson reports whether claim c is a view its writer gives
// in the first person ("I think A", "we hope A") outside a quotation,
// with no speaker, in a part of the document after a section break (two
// blank lines or more): the comments of readers that follow an article,
// each by someone the text does not name (signedComments gives a signed
// comment its signer). Words no one can be found to have said are no
// claim. A columnist's first person in the article itself is left alone.
func (d *doc) readerFirstPerson(c *extract.Claim) bool {
	if d.off[RuleReaderFirstPerson] || c.Speaker >= 0 || c.Source.Len() > 0 || d.quoted(c.Start) {
		return false
	}
	if d.brk == 0 {
		d.brk = sectionBreak(d.res.Doc.Text) + 1
		if d.brk == 0 {
			d.brk = -1
		}
	}
	if d.brk < 0 || c.Start < d.brk {
		return false
	}
	s, at := d.firstPersonAt(c)
	return at >= 0 && !d.quoted(s.Tokens[at].Start)
}

// sectionBreak returns the offset of the first run of two blank lines
// or more in text (lines of only spaces or tabs are blank), or -1.
func sectionBreak(text string) int {
	first, n := -1, 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			if n == 0 {
				first = i
			}
			if n++; n >= 3 {
				return first
			}
		case ' ', '\t', '\r':
		default:
			n = 0
		}
	}
	return -1
}

// signedComments gives a first-person claim with no speaker outside a
// quotation (readerFirstPerson) the person who signs its paragraph: a
// line right after the paragraph that is only a person's name and a
// place or two after commas ("Ann Lee, Harlow, Norland"), as readers'
// comments end.
func (d *doc) signedComments(cs []extract.Claim) {
	if d.off[RuleReaderFirstPerson] {
		return
	}
	for i := range cs {
		c := &cs[i]
		if c.Speaker >= 0 || c.Source.Len() > 0 || d.quoted(c.Start) {
			continue
		}
		if s, at := d.firstPersonAt(c); at < 0 || d.quoted(s.Tokens[at].Start) {
			continue
		}
		if e := d.signer(c.End); e >= 0 {
			c.Speaker = e
		}
	}
}

// signer returns the person entity that signs the paragraph holding
// offset at: the line right after the paragraph's last line is a person's
// mention, then one to two places after commas, with no final mark; or
// -1.
func (d *doc) signer(at int) int {
	text := d.res.Doc.Text
	if at < 0 || at > len(text) {
		return -1
	}
	nl := strings.IndexByte(text[at:], '\n')
	if nl < 0 {
		return -1
	}
	start := at + nl + 1
	end := strings.IndexByte(text[start:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += start
	}
	line := strings.TrimSpace(text[start:end])
	if line == "" || len(line) > 80 || strings.ContainsAny(line[len(line)-1:], ".!?:;\"”") {
		return -1
	}
	parts := strings.Split(line, ", ")
	if len(parts) < 2 || len(parts) > 3 {
		return -1
	}
	for _, p := range parts[1:] {
		f := strings.Fields(p)
		if len(f) == 0 || len(f) > 3 {
			return -1
		}
		for _, w := range f {
			if r := []rune(w)[0]; !unicode.IsUpper(r) {
				return -1
			}
		}
	}
	// The name: one person's mention that is the whole first part.
	lead := start + strings.Index(text[start:end], parts[0])
	for _, m := range d.res.Mentions {
		if m.Start == lead && m.End == lead+len(parts[0]) && m.Type == extract.Person && m.Entity >= 0 {
			return m.Entity
		}
	}
	return -1
}

// commentRunOn ends the content of claim c, not quoted, in a part of the
// document after a section break (readerFirstPerson: readers' comments),
// where the words reported give way to the commenter's own: at a
// semicolon ("X says A; B") or at "but" that opens a clause of its own
// with a finite verb ("X intends to A but in fact B is ..."). A "but"
// before a verb's bare form, "to" or "not" goes on with the content
// ("to cut costs but keep jobs").
func (d *doc) commentRunOn(c *extract.Claim) {
	if d.off[RuleCommentRunOn] || d.quoted(c.Start) {
		return
	}
	if d.brk == 0 {
		d.brk = sectionBreak(d.res.Doc.Text) + 1
		if d.brk == 0 {
			d.brk = -1
		}
	}
	if d.brk < 0 || c.Start < d.brk {
		return
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok || quoteOpen[s.Lower[lo]] {
		return
	}
	if i := verbToken(s, c, lo); i < 0 {
		return
	}
	for k := lo + 1; k+1 < hi; k++ {
		w := s.Lower[k]
		if quoteOpen[w] || quoteClose[w] {
			return
		}
		switch {
		case w == ";":
		case w == "but" && s.POS[k+1] != "VB" && s.POS[k+1] != "TO" && s.Lower[k+1] != "not" && finiteWithin(s, k+1, min(hi, k+6)):
		default:
			continue
		}
		end := k
		for end > lo && s.Lower[end-1] == "," {
			end--
		}
		c.End = s.Tokens[end-1].End
		return
	}
}

// finiteWithin reports whether a finite verb or a modal lies in tokens
// lo to hi of s.
func finiteWithin(s *extract.Sentence, lo, hi int) bool {
	for k := lo; k < hi && k < len(s.POS); k++ {
		if p := s.POS[k]; p == "VBD" || p == "VBZ" || p == "VBP" || p == "MD" {
			return true
		}
	}
	return false
}
