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
	var out []extract.Quote
	var stack []opener
	emit := func(o opener, close, end int) {
		if o.first >= 0 && end > o.first {
			out = append(out, extract.Quote{Open: o.open, Close: close, Span: extract.Span{Start: o.first, End: end}})
		}
	}
	for i, t := range toks {
		if len(stack) > maxDepth {
			emit(stack[0], -1, stack[0].last)
			stack = append(stack[:0], stack[1:]...)
		}
		if i > 0 && paragraphBreak(text[toks[i-1].End:t.Start], sep) {
			// Quotations open at the paragraph's end go on only when
			// this paragraph opens with their mark.
			keep := len(stack) > 0 && isOpening(t.Text) && stack[len(stack)-1].mark == t.Text
			if !keep {
				for k := len(stack) - 1; k >= 0; k-- {
					emit(stack[k], -1, stack[k].last)
				}
				stack = stack[:0]
			} else {
				for k := len(stack) - 1; k >= 0 && stack[k].mark != t.Text; k-- {
					emit(stack[k], -1, stack[k].last)
					stack = stack[:k]
				}
				continue // the continuing mark
			}
		}
		w := t.Text
		switch {
		case w == "\"":
			k := top(stack, "\"")
			open := k >= 0 && k == len(stack)-1
			switch flank(toks, i) {
			case leftFlank:
				if open { // a quotation that went on unclosed
					emit(stack[k], -1, stack[k].last)
					stack = stack[:k]
				}
				stack = append(stack, opener{mark: w, open: t.Start, first: -1})
			case rightFlank:
				if open {
					emit(stack[k], t.Start, stack[k].last)
					stack = stack[:k]
				} else if c := len(stack) - 1; c >= 0 && stack[c].mark == "“" {
					// “...": the other kind of mark closes it.
					emit(stack[c], t.Start, stack[c].last)
					stack = stack[:c]
				} // else a closing mark whose opening is missing
			default:
				if open {
					emit(stack[k], t.Start, stack[k].last)
					stack = stack[:k]
				} else {
					stack = append(stack, opener{mark: w, open: t.Start, first: -1})
				}
			}
			continue
		case w == "“" || w == "«" || w == "``" || w == "‘" && i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].Kind == tokenize.Word,
			w == "''" && top(stack, "``") < 0 && top(stack, "''") < 0 && flank(toks, i) == leftFlank:
			// Two apostrophes before a word open a quotation as two
			// backquotes do, when none is open: ''...'' in some wires.
			stack = append(stack, opener{mark: w, open: t.Start, first: -1})
			continue
		case w == "”" || w == "»" || w == "''" || w == "’":
			k := topClosedBy(stack, w)
			if c := len(stack) - 1; k < 0 && w == "”" && c >= 0 && stack[c].mark == "\"" {
				k = c // "...”: the other kind of mark closes it
			}
			if k >= 0 {
				for j := len(stack) - 1; j > k; j-- { // marks left open inside
					emit(stack[j], -1, stack[j].last)
				}
				emit(stack[k], t.Start, stack[k].last)
				stack = stack[:k]
				continue
			}
		}
		for k := range stack {
			if stack[k].first < 0 {
				stack[k].first = t.Start
			}
			stack[k].last = t.End
		}
	}
	for k := len(stack) - 1; k >= 0; k-- {
		emit(stack[k], -1, stack[k].last)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Open < out[j].Open })
	return out
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
// paragraph separator.
func paragraphBreak(space, sep string) bool {
	if sep == "\n" {
		return strings.Contains(space, "\n")
	}
	return strings.Count(strings.ReplaceAll(space, "\r", ""), "\n") >= 2
}
