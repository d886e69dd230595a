package annotate

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// mark kinds: each opening mark and the closing one that pairs with it.
var pairs = map[string]string{"“": "”", "«": "»", "``": "''", "''": "''", "‘": "’", "\"": "\""}

// maxDepth bounds the quotations open at once: real text nests two or
// three deep, and a bound keeps pairing linear in the marks of text that
// is all marks.
const maxDepth = 8

// opener holds an open quotation while the marks are paired.
type opener struct {
	mark  string
	open  int // offset of the opening mark
	first int // offset of the first token after it, or -1
	last  int // end of the latest token inside it
}

// Quotes pairs the quotation marks of a document's tokens: curly and
// angle quotes and TeX-style pairs (two backquotes, two apostrophes) by
// kind, straight double quotes by the side they lean to (a mark before
// a word after a space opens, one after a word before a space or
// punctuation closes; an opening mark while one is open ends the open
// quotation unclosed, and a closing mark with none open pairs with
// nothing) and by turns when they lean to neither side, and single curly quotes only when ‘ stands alone before a
// word (so that ’ as an apostrophe pairs with nothing). A quotation open
// at a paragraph's end goes on when the next paragraph opens with the
// same mark, as English continues a quotation over paragraphs; otherwise
// it ends there unclosed (Close -1). Paragraphs are separated by a blank
// line, or by a line break when the text has no blank line.
func Quotes(text string, sents []extract.Sentence) []extract.Quote {
	var toks []tokenize.Token
	for _, s := range sents {
		toks = append(toks, s.Tokens...)
	}
	sep := "\n"
	if strings.Contains(text, "\n\n") || strings.Contains(text, "\r\n\r\n") {
		sep = "\n\n"
	}
	q := &pairing{toks: toks}
	for i, t := range toks {
		if len(q.stack) > maxDepth {
			q.emit(q.stack[0], -1, q.stack[0].last)
			q.stack = append(q.stack[:0], q.stack[1:]...)
		}
		if i > 0 && paragraphBreak(text[toks[i-1].End:t.Start], sep) && q.paragraph(t) {
			continue // the continuing mark
		}
		if q.mark(i) {
			continue
		}
		for k := range q.stack {
			if q.stack[k].first < 0 {
				q.stack[k].first = t.Start
			}
			q.stack[k].last = t.End
		}
	}
	for k := len(q.stack) - 1; k >= 0; k-- {
		q.emit(q.stack[k], -1, q.stack[k].last)
	}
	sort.Slice(q.out, func(i, j int) bool { return q.out[i].Open < q.out[j].Open })
	return q.out
}

// pairing is the state of Quotes: the open quotations, innermost last,
// and the quotations found.
type pairing struct {
	toks  []tokenize.Token
	stack []opener
	out   []extract.Quote
}

// emit records the quotation o opened, closed at offset close (-1:
// unclosed), its words ending at end.
func (q *pairing) emit(o opener, close, end int) {
	if o.first >= 0 && end > o.first {
		q.out = append(q.out, extract.Quote{Open: o.open, Close: close, Span: extract.Span{Start: o.first, End: end}})
	}
}

// closeAt ends the quotation at stack index k at the mark at offset
// close, and the ones left open inside it unclosed.
func (q *pairing) closeAt(k, close int) {
	for j := len(q.stack) - 1; j > k; j-- {
		q.emit(q.stack[j], -1, q.stack[j].last)
	}
	q.emit(q.stack[k], close, q.stack[k].last)
	q.stack = q.stack[:k]
}

// push opens a quotation at token t's mark.
func (q *pairing) push(t tokenize.Token) {
	q.stack = append(q.stack, opener{mark: t.Text, open: t.Start, first: -1})
}

// paragraph handles the token t that opens a paragraph: quotations open
// at the paragraph's end go on only when it opens with their mark. It
// reports whether t is that continuing mark.
func (q *pairing) paragraph(t tokenize.Token) bool {
	if keep := len(q.stack) > 0 && isOpening(t.Text) && q.stack[len(q.stack)-1].mark == t.Text; !keep {
		for k := len(q.stack) - 1; k >= 0; k-- {
			q.emit(q.stack[k], -1, q.stack[k].last)
		}
		q.stack = q.stack[:0]
		return false
	}
	for k := len(q.stack) - 1; k >= 0 && q.stack[k].mark != t.Text; k-- {
		q.emit(q.stack[k], -1, q.stack[k].last)
		q.stack = q.stack[:k]
	}
	return true
}

// mark handles token i when it is a quotation mark that opens or closes
// a quotation, and reports whether it was.
func (q *pairing) mark(i int) bool {
	toks, t := q.toks, q.toks[i]
	switch w := t.Text; {
	case w == "\"":
		q.straight(i)
		return true
	case w == "“" || w == "«" || w == "``" || w == "‘" && i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].Kind == tokenize.Word,
		w == "''" && top(q.stack, "``") < 0 && top(q.stack, "''") < 0 && flank(toks, i) == leftFlank:
		// Two apostrophes before a word open a quotation as two
		// backquotes do, when none is open: ''...'' in some wires.
		q.push(t)
		return true
	case w == "”" || w == "»" || w == "''" || w == "’":
		k := topClosedBy(q.stack, w)
		if c := len(q.stack) - 1; k < 0 && w == "”" && c >= 0 && q.stack[c].mark == "\"" {
			k = c // "...”: the other kind of mark closes it
		}
		if k >= 0 {
			q.closeAt(k, t.Start)
			return true
		}
	}
	return false
}

// straight handles the straight double quote at token i by the side it
// leans to.
func (q *pairing) straight(i int) {
	t := q.toks[i]
	k := top(q.stack, "\"")
	open := k >= 0 && k == len(q.stack)-1
	switch flank(q.toks, i) {
	case leftFlank:
		if open { // a quotation that went on unclosed
			q.emit(q.stack[k], -1, q.stack[k].last)
			q.stack = q.stack[:k]
		}
		q.push(t)
	case rightFlank:
		if open {
			q.closeAt(k, t.Start)
		} else if c := len(q.stack) - 1; c >= 0 && q.stack[c].mark == "“" {
			q.closeAt(c, t.Start) // “...": the other kind of mark closes it
		} // else a closing mark whose opening is missing
	default:
		if open {
			q.closeAt(k, t.Start)
		} else {
			q.push(t)
		}
	}
}

// Sides a straight quotation mark leans to.
const (
	noFlank = iota
	leftFlank
	rightFlank
)

// flank returns the side the straight quote at token i leans to: left
// when a space (or the text's start, or an opening bracket) comes before
// it and a word after it, right when a word or punctuation is attached
// before it and a space, the text's end or punctuation comes after it.
func flank(toks []tokenize.Token, i int) int {
	t := toks[i]
	before := i > 0 && toks[i-1].End == t.Start && toks[i-1].Text != "(" && toks[i-1].Text != "["
	after := i+1 < len(toks) && toks[i+1].Start == t.End
	afterWord := after && toks[i+1].Kind == tokenize.Word
	switch {
	case !before && afterWord:
		return leftFlank
	case before && !afterWord:
		return rightFlank
	}
	return noFlank
}

func isOpening(w string) bool { _, ok := pairs[w]; return ok }

// top returns the index of the innermost open quotation with mark m, or -1.
func top(stack []opener, m string) int {
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].mark == m {
			return k
		}
	}
	return -1
}

// topClosedBy returns the innermost open quotation that closing mark c
// closes, or -1.
func topClosedBy(stack []opener, c string) int {
	for k := len(stack) - 1; k >= 0; k-- {
		if pairs[stack[k].mark] == c && stack[k].mark != "\"" {
			return k
		}
	}
	return -1
}

// paragraphBreak reports whether the space between two tokens holds a
// paragraph separator: a line break when sep is one, else a blank line
// (two line breaks, "\r\n" counting as one).
func paragraphBreak(space, sep string) bool {
	if sep == "\n" {
		return strings.Contains(space, "\n")
	}
	return strings.Count(space, "\n") >= 2
}
