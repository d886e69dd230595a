package resolve

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// linkBox reports whether mention m is a word of the brackets a news feed
// puts after a company's name without a stock symbol, a list of link
// labels ("Acme (Quote, Chart) said ...", "Acme's (Quote, Chart) new
// chip"): two words or more between commas, each one capitalised word
// WordNet knows as a common noun that the document capitalises nowhere
// but in such brackets. Markup, not names: "(Harlow, Norland)" holds
// no common nouns, and a person's name that is also a noun ("Ann Bush
// (Bush, Lee)") is capitalised elsewhere in the text.
func (r *Resolver) linkBox(res *extract.Result, m extract.Mention) bool {
	if r.words == nil || m.Sentence < 0 || m.Sentence >= len(res.Sentences) || strings.Contains(m.Text, " ") {
		return false
	}
	toks := res.Sentences[m.Sentence].Tokens
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= m.Start })
	if k >= len(toks) || toks[k].Start != m.Start || toks[k].End != m.End {
		return false
	}
	open, ok := r.linkLabels(toks, k)
	if !ok {
		return false
	}
	// Each label is capitalised nowhere else in the document.
	for i := open + 1; i < len(toks); i += 2 {
		if r.capitalisedOutsideBoxes(res, toks[i].Text) {
			return false
		}
		if i+1 < len(toks) && toks[i+1].Text == ")" {
			break
		}
	}
	return true
}

// linkLabels reports whether toks[k] is a label of a link box (see
// linkBox) and returns the index of its opening bracket.
func (r *Resolver) linkLabels(toks []tokenize.Token, k int) (open int, ok bool) {
	open = -1
	for i := k - 1; i >= 0; i-- {
		if toks[i].Text == "(" {
			open = i
			break
		}
		if toks[i].Text != "," && !r.linkLabel(toks[i].Text) {
			return 0, false
		}
	}
	// After a name or its possessive.
	if open < 1 || !tokenize.StartsUpper(toks[open-1].Text) && toks[open-1].Text != "'s" && toks[open-1].Text != "’s" {
		return 0, false
	}
	labels := 0
	for i := open + 1; i < len(toks); i += 2 {
		if !r.linkLabel(toks[i].Text) || i+1 >= len(toks) {
			return 0, false
		}
		labels++
		switch toks[i+1].Text {
		case ")":
			return open, labels >= 2 && k > open && k < i+1
		case ",":
		default:
			return 0, false
		}
	}
	return 0, false
}

// linkLabel reports whether w is one capitalised word, not in capitals,
// that WordNet knows as a common noun ("Quote", "Chart").
func (r *Resolver) linkLabel(w string) bool {
	if !tokenize.StartsUpper(w) || allCaps(w) || !isLetters(w) {
		return false
	}
	return r.words.Known(strings.ToLower(w), lexicon.Noun)
}

// capitalisedOutsideBoxes reports whether the document writes w, a
// capitalised word, anywhere but as a label of a link box.
func (r *Resolver) capitalisedOutsideBoxes(res *extract.Result, w string) bool {
	for si := range res.Sentences {
		toks := res.Sentences[si].Tokens
		for k, t := range toks {
			if t.Text != w {
				continue
			}
			if _, ok := r.linkLabels(toks, k); !ok {
				return true
			}
		}
	}
	return false
}

// isLetters reports whether w is made of letters only.
func isLetters(w string) bool {
	for _, c := range w {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return w != ""
}
