package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// Split groups toks, the tokens of text as returned by tokenize.Tokenize,
// into sentences. Each sentence's Tokens is a sub-slice of toks and its
// Start and End span its first to its last token; every token belongs to
// exactly one sentence, in order. Split returns nil when toks is empty.
// Tokens whose offsets do not fit text are tolerated: Split never panics,
// though its sentences are then of little use.
func Split(text string, toks []tokenize.Token) []extract.Sentence {
	if len(toks) == 0 {
		return nil
	}
	s := splitter{text: text, toks: toks}
	s.wrapped, s.longLine = detectWrap(text)
	out := make([]extract.Sentence, 0, len(toks)/20+1)
	start := 0
	// Quotation marks and brackets open through token i, counted over the
	// line: a quotation often spans sentences.
	var open depths
	for i := 0; i < len(toks)-1; i++ {
		if i > 0 && newlines(s.gap(i-1)) > 0 {
			open = depths{}
		}
		open.add(toks[i].Text)
		if end, ok := s.boundary(i, open); ok {
			out = append(out, s.sentence(start, end+1))
			for k := i + 1; k <= end; k++ {
				open.add(toks[k].Text)
			}
			start = end + 1
			i = end
		}
	}
	if start < len(toks) {
		out = append(out, s.sentence(start, len(toks)))
	}
	return out
}

// splitter holds the state of one Split.
type splitter struct {
	text     string
	toks     []tokenize.Token
	wrapped  bool // the text is hard-wrapped at a fixed width
	longLine int  // in wrapped text, lines at least this long are wrapped
}

func (s *splitter) sentence(i, j int) extract.Sentence {
	return extract.Sentence{Start: s.toks[i].Start, End: s.toks[j-1].End, Tokens: s.toks[i:j:j]}
}

// gap returns the text between tokens i and i+1, or "" when their offsets
// do not fit the text.
func (s *splitter) gap(i int) string {
	a, b := s.toks[i].End, s.toks[i+1].Start
	if a < 0 || a > b || b > len(s.text) {
		return ""
	}
	return s.text[a:b]
}

// boundary decides whether the current sentence ends at or just after
// token i; open counts the quotation marks and brackets left open on the
// line through token i. It returns the index of the sentence's last token (i, or
// the last closing quote or bracket after i) and true for a boundary.
func (s *splitter) boundary(i int, open depths) (int, bool) {
	t := s.toks[i]
	term := isTerminal(t)
	abbr := !term && isAbbrev(t)
	if !term && !abbr {
		if s.lineBreak(i) {
			return i, true
		}
		return i, isBullet(s.toks[i+1].Text)
	}
	// Take in the closing quotation marks and brackets, and more terminal
	// punctuation (?!), that follow.
	j := i
	for j+1 < len(s.toks) {
		n, g := s.toks[j+1], s.gap(j)
		attached := g == "" && (isTerminal(n) || isCloser(n.Text))
		// A quotation mark or bracket apart from the token before it closes
		// one left open, unless it is attached to the token after it, as
		// opening ones are.
		closing := g != "" && newlines(g) == 0 && open.closes(n.Text) &&
			(j+2 >= len(s.toks) || s.gap(j+1) != "")
		if !attached && !closing {
			if newlines(g) == 0 && s.citation(j+1) {
				j += 3 // a reference mark: "... in 2001.[3] The"
				continue
			}
			break
		}
		j++
		open.add(n.Text)
	}
	if j+1 >= len(s.toks) {
		return j, false
	}
	if s.lineBreak(j) {
		return j, true
	}
	next := s.toks[j+1]
	if isBullet(next.Text) {
		return j, true
	}
	if term || j > i {
		// Terminal punctuation, or an abbreviation followed by some: a
		// boundary unless the next token goes on with the sentence.
		return j, startsSentence(next)
	}
	// An abbreviation's period.
	if !startsSentence(next) {
		return j, false
	}
	switch abbrevClass(t.Text) {
	case classTitle:
		return j, false
	case classFinal:
		return j, endsAfterFinal(next)
	default: // initials, acronyms, months, places
		return j, isStarter(next.Text) || tokenize.IsOpenQuote(next.Text)
	}
}

// citation reports whether tokens k to k+2 are a reference mark such as
// [3] or [a], which belongs to the sentence before it.
func (s *splitter) citation(k int) bool {
	return k+2 < len(s.toks) && s.toks[k].Text == "[" && s.toks[k+2].Text == "]" &&
		isItemLabel(s.toks[k+1].Text) && newlines(s.gap(k)) == 0 && newlines(s.gap(k+1)) == 0
}

// depths counts the quotation marks and brackets opened and not yet
// closed in a sentence.
type depths struct {
	straight int // straight double quotes, open when odd
	curly    int // “ less ”
	paren    int // ( less )
	square   int // [ less ]
}

// add counts token text w.
func (d *depths) add(w string) {
	switch w {
	case `"`:
		d.straight++
	case "\u201c":
		d.curly++
	case "\u201d":
		d.curly--
	case "(":
		d.paren++
	case ")":
		d.paren--
	case "[":
		d.square++
	case "]":
		d.square--
	}
}

// closes reports whether token text w, not attached to the token before
// it, closes a quotation or bracket left open: a straight double quote
// after an odd number of them, a right double quotation mark after a left
// one, a closing bracket after an unclosed opening one.
func (d *depths) closes(w string) bool {
	switch w {
	case `"`:
		return d.straight%2 == 1
	case "\u201d":
		return d.curly > 0
	case ")":
		return d.paren > 0
	case "]":
		return d.square > 0
	}
	return false
}

// lineBreak reports whether the line breaks between tokens i and i+1 end
// a sentence: a blank line, a list item on the next line, or a line that
// ends without going on into the next (see the package documentation).
func (s *splitter) lineBreak(i int) bool {
	g := s.gap(i)
	if g == "" {
		return false
	}
	nl := newlines(g)
	if nl == 0 {
		return false
	}
	if nl >= 2 || s.listItem(i+1) {
		return true
	}
	cur, next := s.toks[i], s.toks[i+1]
	if !startsSentence(next) || continues(cur.Text) {
		return false
	}
	if s.wrapped && s.lineLen(i) >= s.longLine {
		return false
	}
	return true
}

// lineLen returns the length in bytes of the line that token i ends.
func (s *splitter) lineLen(i int) int {
	end := s.toks[i].End
	if end > len(s.text) || end < 0 {
		return 0
	}
	return end - (strings.LastIndexByte(s.text[:end], '\n') + 1)
}

// listItem reports whether token k, the first on its line, starts a list
// item: a bullet or dash followed by a space, a number with a period
// ("1."), or a letter or number in brackets ("(a)", "2)").
func (s *splitter) listItem(k int) bool {
	t := s.toks[k]
	spaced := k+1 < len(s.toks) && s.gap(k) != ""
	switch {
	case isBullet(t.Text) || t.Text == "-" || t.Text == "*" || t.Text == "\u2013" || t.Text == "\u2014":
		return spaced
	case t.Kind == tokenize.Number && strings.HasSuffix(t.Text, "."):
		return true
	case t.Text == "(" && k+2 < len(s.toks):
		return isItemLabel(s.toks[k+1].Text) && s.toks[k+2].Text == ")" && s.gap(k) == "" && s.gap(k+1) == ""
	case isItemLabel(t.Text) && k+1 < len(s.toks):
		return s.toks[k+1].Text == ")" && s.gap(k) == ""
	}
	return false
}

// isItemLabel reports whether w can label a list item: one or two digits or
// a single letter.
func isItemLabel(w string) bool {
	switch len(w) {
	case 1:
		return isASCIILetter(w[0]) || isDigit(w[0])
	case 2:
		return isDigit(w[0]) && isDigit(w[1])
	}
	return false
}

// newlines counts the line breaks in a gap between tokens: \n, \r\n, a lone
// \r and U+2028 count one, U+2029 (paragraph separator) and \f two.
func newlines(g string) int {
	n := 0
	for i := 0; i < len(g); i++ {
		switch g[i] {
		case '\n':
			n++
		case '\r':
			if i+1 >= len(g) || g[i+1] != '\n' {
				n++
			}
		case '\f':
			n += 2
		case 0xe2:
			if strings.HasPrefix(g[i:], "\u2028") {
				n++
			} else if strings.HasPrefix(g[i:], "\u2029") {
				n += 2
			}
		}
	}
	return n
}

// detectWrap reports whether text looks hard-wrapped at a fixed width, and
// the length from which a line counts as a full wrapped line. A text is
// wrapped when at least three non-blank lines follow others and a third of
// them continue the previous line: they start in lower case, or the line
// before ends with a comma or a hyphen.
func detectWrap(text string) (bool, int) {
	pairs, cont, maxLen := 0, 0, 0
	prev := ""
	for line := range strings.Lines(text) {
		ln := strings.TrimSpace(line)
		maxLen = max(maxLen, len(ln))
		if ln == "" {
			prev = ""
			continue
		}
		if prev != "" {
			pairs++
			if r, _ := utf8.DecodeRuneInString(ln); unicode.IsLower(r) {
				cont++
			} else if c := prev[len(prev)-1]; c == ',' || c == '-' {
				cont++
			}
		}
		prev = ln
	}
	if pairs < 3 || 3*cont < pairs || maxLen < 40 {
		return false, 0
	}
	return true, maxLen * 3 / 4
}

// endsAfterFinal reports whether the period of an abbreviation that ends
// sentences as often as not ends one before token next: before a word
// that starts sentences, a quote or a capitalised word; not before a
// stock symbol after a company's name ("Acme Co. ACM.N said"), nor before
// another legal form that goes on with it ("Acme Co. LLC").
func endsAfterFinal(next tokenize.Token) bool {
	return isStarter(next.Text) || tokenize.IsOpenQuote(next.Text) ||
		isUpperStart(next.Text) && !isAbbrev(next) && !isMonthOrDay(next.Text) && !tokenize.Ticker(next.Text) && !legalForm(next.Text)
}

// legalForm reports whether w is a company's legal form (the lexicon's
// LegalForm: "LLC", "Inc", "plc"), which ends a company's name and opens
// no sentence.
func legalForm(w string) bool {
	lex, err := lexicon.Default()
	return err == nil && lex.Is(strings.ToLower(w), lexicon.LegalForm)
}
