package annotate

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// wireCreditMax is the most tokens a wire's credit holds ("Tarvik's
// Business Daily" is five).
const wireCreditMax = 5

// WireCredits returns the byte spans of a wire's credit (the wire-credit
// construction, which the recognizer tags as a name whatever its model
// read, typing types as a news organisation, and the claim and relation
// stages read as no party to what the text says): the name in brackets that ends the headline when the text after
// the headline opens with the same words before a dash ("Rain Hits Harlow
// (NP)", then "NP - The mayor said ..."), where a news feed names its
// agency twice. The credit opens with a letter and holds a capital. The
// headline is the text's first line (res.Headline) or, when the text has
// none, the document's title (read from a CSV column), whose credit is
// then no mention. Nil when the document has no such credit.
func WireCredits(res *extract.Result) []extract.Span {
	h, text := res.Headline, res.Doc.Text
	var out []extract.Span
	var words []string
	from := 0
	switch {
	case h.End > h.Start && h.End <= len(text):
		end := h.Start + len(strings.TrimRight(text[h.Start:h.End], " \t\r"))
		head, ok := closingBracket(res.Sentences, end)
		if !ok {
			return nil
		}
		if words = credit(res.Sentences[head.si].Tokens, head.hi); words == nil {
			return nil
		}
		toks := res.Sentences[head.si].Tokens
		out, from = append(out, extract.Span{Start: toks[head.hi-len(words)].Start, End: toks[head.hi-1].End}), h.End
	case res.Doc.Title != "" && h.End <= h.Start:
		toks := tokenize.Tokenize(res.Doc.Title)
		if n := len(toks); n == 0 || toks[n-1].Text != ")" {
			return nil
		}
		if words = credit(toks, len(toks)-1); words == nil {
			return nil
		}
	default:
		return nil
	}
	for _, s := range res.Sentences {
		for k, t := range s.Tokens {
			if t.Start < from {
				continue
			}
			if k+len(words) >= len(s.Tokens) || !tokenize.IsDash(s.Tokens[k+len(words)].Text) {
				return nil
			}
			for n, w := range words {
				if s.Tokens[k+n].Text != w {
					return nil
				}
			}
			return append(out, extract.Span{Start: t.Start, End: s.Tokens[k+len(words)-1].End})
		}
	}
	return nil
}

// closingBracket finds the closing bracket that ends at byte end, and
// returns its sentence with hi the bracket's token.
func closingBracket(sents []extract.Sentence, end int) (bracketAt, bool) {
	for si, s := range sents {
		for k, t := range s.Tokens {
			if t.End == end && t.Text == ")" {
				return bracketAt{si: si, hi: k}, true
			}
		}
	}
	return bracketAt{}, false
}

// bracketAt is the token hi of sentence si.
type bracketAt struct{ si, hi int }

// credit returns the words in brackets before the closing bracket at
// token c, one to wireCreditMax of them opening with a letter and holding
// a capital, or nil.
func credit(toks []tokenize.Token, c int) []string {
	open := -1
	for k := c - 1; k >= 0 && k >= c-wireCreditMax-1; k-- {
		if toks[k].Text == "(" {
			open = k
			break
		}
	}
	if open < 0 || open+1 == c {
		return nil
	}
	var words []string
	capital := false
	for _, t := range toks[open+1 : c] {
		if t.Text == "(" || t.Text == ")" {
			return nil
		}
		words = append(words, t.Text)
		capital = capital || strings.IndexFunc(t.Text, unicode.IsUpper) >= 0
	}
	if r := []rune(words[0]); !unicode.IsLetter(r[0]) || !capital {
		return nil
	}
	return words
}
