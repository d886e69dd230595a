package resolve

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// extendModelNames extends a maker's name the recognizer read as a
// body's, or a thing's name, over the model's tokens written right after
// it, on a page with a noun for a made good or a gadget ("car",
// "phone", "console"): "the Acme Vell C180 SE", "the Mini Kelso 1.6",
// "the Tarvik 1 Series 116i SE" name one model, a thing (MISC), not the
// maker and loose words (the model-name rule). The first token holds a
// digit (modelDigits: "C180", "116i", "1.6", "6600"), and is no year,
// ordinal, amount, quarter or half; a bare number needs a model's word
// after it ("1 Series"), a noun for a made good ("the Acme 700 phone")
// or punctuation ("the Acme 6600,"), so "Acme 500 jobs" stays as it is.
// A bare number or a capital letter before "Series" or "Class" opens
// them as well ("the Kelvo E Class"). The tokens after the first are
// more such tokens, "Series" or "Class", or a trim's code of two to four
// capitals ("SE", "GTI"). A mention inside
// the tokens is taken into the model's name.
func (r *Resolver) extendModelNames(res *extract.Result) {
	if r.words == nil || !r.goodsPage(res) {
		return
	}
	drop := map[int]bool{}
	models := map[string]bool{}
	for i := range res.Mentions {
		r.extendModelName(res, i, drop, models)
	}
	// "Orlen Tarv 310 Lands" in a headline, "the Orlen Tarv 310
	// Flipvellphone" below: a bare number a verb follows is the model's
	// where the page writes the same model elsewhere (model-repeat).
	if len(models) > 0 {
		for i := range res.Mentions {
			r.extendModelRepeat(res, i, drop, models)
		}
	}
	dropMentions(res, drop)
}

// extendModelName extends mention i over the model's tokens after it, or
// makes a thing of it when its own tokens end in a model's
// (extendModelNames), marking the mentions it takes in for drop and
// noting in made the models it made with a bare number.
func (r *Resolver) extendModelName(res *extract.Result, i int, drop map[int]bool, made map[string]bool) {
	m, s, lo, hi, ok := modelMention(res, i, drop)
	if !ok {
		return
	}
	inner := r.innerModel(s, lo, hi)
	end := r.modelTail(s, hi, res.Doc.Text, m.Type == extract.Organization || m.Type == extract.Miscellaneous)
	if end < 0 && !inner {
		return
	}
	if end > 0 {
		if _, bare := modelHead(s, hi); bare {
			made[res.Doc.Text[m.Start:end]] = true
		}
	}
	extendModel(res, i, end, drop)
}

// extendModelRepeat extends mention i, a body's or a thing's name, over
// a bare number a space after it when known, the models extendModelName
// made with a bare number, holds the name so extended (model-repeat),
// marking the mentions it takes in for drop.
func (r *Resolver) extendModelRepeat(res *extract.Result, i int, drop map[int]bool, known map[string]bool) {
	m, s, _, hi, ok := modelMention(res, i, drop)
	if !ok || m.Type != extract.Organization && m.Type != extract.Miscellaneous {
		return
	}
	if end := r.repeatTail(s, hi, res.Doc.Text); end > 0 && known[res.Doc.Text[m.Start:end]] {
		extendModel(res, i, end, drop)
	}
}

// modelMention returns mention i, its sentence and its tokens lo..hi-1
// when it may open a model's name: an entity's, no event's, not marked
// for drop, ending at a token's end.
func modelMention(res *extract.Result, i int, drop map[int]bool) (m *extract.Mention, s *extract.Sentence, lo, hi int, ok bool) {
	m = &res.Mentions[i]
	if drop[i] || !isEntityType(m.Type) || m.Type == extract.EventType || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return nil, nil, 0, 0, false
	}
	s = &res.Sentences[m.Sentence]
	lo, hi = s.TokenSpan(m.Start, m.End)
	if lo < 0 || s.Tokens[hi-1].End != m.End {
		return nil, nil, 0, 0, false
	}
	return m, s, lo, hi, true
}

// extendModel makes mention i a thing's name, extended to end when end
// is past 0, marking for drop the mentions it takes in.
func extendModel(res *extract.Result, i, end int, drop map[int]bool) {
	m := &res.Mentions[i]
	if end > 0 {
		for j, o := range res.Mentions {
			if j != i && o.Start >= m.End && o.End <= end {
				drop[j] = true
			}
		}
		m.End = end
		m.Text = res.Doc.Text[m.Start:m.End]
	}
	m.Type, m.Class = extract.Miscellaneous, ""
}

// repeatTail returns the end of a bare number a space after the name at
// token k of s, or -1 (model-repeat reads it against the page's models).
func (r *Resolver) repeatTail(s *extract.Sentence, k int, text string) int {
	if k >= len(s.Tokens) || s.Tokens[k].Start != s.Tokens[k-1].End+1 || text[s.Tokens[k-1].End] != ' ' {
		return -1
	}
	if d, bare := modelHead(s, k); !d || !bare {
		return -1
	}
	return s.Tokens[k].End
}

// innerModel reports whether the name's tokens lo..hi-1 end in a model's
// tokens after a capitalised word, the first with a capital and a digit
// or an engine's size, not a bare number ("Acme Vell C180 SE"; not
// "Harlow Channel 4").
func (r *Resolver) innerModel(s *extract.Sentence, lo, hi int) bool {
	for k := lo + 1; k < hi; k++ {
		if d, bare := modelHead(s, k); d && !bare {
			if s.Tokens[k].Start != s.Tokens[k-1].End+1 || !unicode.IsUpper(rune(s.Tokens[k-1].Text[0])) {
				return false
			}
			n, _ := r.modelRun(s, k)
			return n == hi
		}
	}
	return false
}

// modelRun returns the index after the model's tokens that open at token
// k of s, each a space after the one before, and the end of the last;
// a legal form ("AG") is no trim's code.
func (r *Resolver) modelRun(s *extract.Sentence, k int) (n, end int) {
	end, n = s.Tokens[k].End, k+1
	for ; n < len(s.Tokens) && s.Tokens[n].Start == s.Tokens[n-1].End+1; n++ {
		w := s.Tokens[n].Text
		if e := editionEnd(s, n); e > n {
			return e, s.Tokens[e-1].End
		}
		if d, _ := modelDigits(w); !d && w != "Series" && w != "Class" && (!trimCode(w) || r.words.Is(strings.ToLower(w), lexicon.LegalForm)) {
			break
		}
		end = s.Tokens[n].End
	}
	return n, end
}

// editionEnd returns the index after "Edition" when it, or up to two
// capitalised words and it, stand from token k of s a space apart
// ("Orlex 9 Silver Coast Edition", "the Vell 7 Edition"): a version of
// the model, which ends its name (as "Series" and "Class" go on one);
// else -1.
func editionEnd(s *extract.Sentence, k int) int {
	for n := k; n < len(s.Tokens) && n < k+3; n++ {
		if n > k && s.Tokens[n].Start != s.Tokens[n-1].End+1 {
			return -1
		}
		w := s.Tokens[n].Text
		if w == "Edition" {
			return n + 1
		}
		if !tokenize.StartsUpper(w) || !letters(w) {
			return -1
		}
	}
	return -1
}

// modelTail returns the end of the model's tokens that open at token k
// of s, a space after the name, or -1 when none does; a bare number
// opens them only when bareOK.
func (r *Resolver) modelTail(s *extract.Sentence, k int, text string, bareOK bool) int {
	if k >= len(s.Tokens) {
		return -1
	}
	digits, bare := modelHead(s, k)
	if !digits || bare && !bareOK || s.Tokens[k].Start != s.Tokens[k-1].End+1 || text[s.Tokens[k-1].End] != ' ' {
		return -1
	}
	n, end := r.modelRun(s, k)
	if bare && n == k+1 {
		// A bare number alone needs punctuation or a made good's noun
		// after it.
		switch {
		case n == len(s.Tokens):
		case strings.ContainsAny(s.Tokens[n].Text, ",.;:)") && len(s.Tokens[n].Text) == 1:
		case strings.HasPrefix(s.POS[n], "NN") && n < len(s.Lemma) && r.goodsWord(s.Lemma[n]):
		default:
			return -1
		}
	}
	return end
}

// goodsPage reports whether a common noun of the document is a made
// good's or a gadget's ("car", "phone", "console"), or a capitalised
// compound ending in one (goodsCompound).
func (r *Resolver) goodsPage(res *extract.Result) bool {
	for _, s := range res.Sentences {
		for i, tag := range s.POS {
			if (tag == "NN" || tag == "NNS") && i < len(s.Lemma) && r.goodsWord(s.Lemma[i]) {
				return true
			}
			// A coined compound is capitalised as often ("the Orlen
			// Flipvellphone"): it still names a kind of goods.
			if (tag == "NNP" || tag == "NNPS") && i < len(s.Lemma) && r.goodsCompound(s.Lemma[i]) {
				return true
			}
		}
	}
	return false
}

// goodsWord reports whether the lemma is a noun for a made good or a
// gadget, or a closed compound WordNet does not have that ends in one
// (goodsCompound).
func (r *Resolver) goodsWord(l string) bool {
	return r.words.Is(l, lexicon.Product) || r.words.Is(l, lexicon.Gadget) || r.goodsCompound(l)
}

// goodsCompound reports whether l, a word WordNet has as no noun, is a
// closed compound of a word of three letters or more and a noun for a
// made good or a gadget of four letters or more, perhaps in the plural
// ("smartvells" after "vell", as "videophone" is a "phone"): news
// coins such nouns for new kinds of goods faster than dictionaries
// list them (the goods-compound rule).
func (r *Resolver) goodsCompound(l string) bool {
	if len(l) < 7 || r.words.Known(l, lexicon.Noun) || strings.ContainsAny(l, "- ") {
		return false
	}
	for i := 3; i+4 <= len(l); i++ {
		tail := r.words.Lemma(l[i:], "NNS")
		if len(tail) >= 4 && (r.words.Is(tail, lexicon.Product) || r.words.Is(tail, lexicon.Gadget)) {
			return true
		}
	}
	return false
}

// modelHead reports whether token k of s opens a model's tokens: one
// with a digit (modelDigits), or a bare number or a capital letter
// before "Series" or "Class" ("3 Series", "E Class"), which is no bare
// number (bare).
func modelHead(s *extract.Sentence, k int) (ok, bare bool) {
	w := s.Tokens[k].Text
	if k+1 < len(s.Tokens) && s.Tokens[k+1].Start == s.Tokens[k].End+1 && (s.Tokens[k+1].Text == "Series" || s.Tokens[k+1].Text == "Class") {
		if d, _ := modelDigits(w); d || len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
			return true, false
		}
	}
	return modelDigits(w)
}

// modelDigits reports whether w is a model's token with a digit in it:
// digits with capitals before them ("C180", "G5"), a small letter after
// them ("116i", but no amount or ordinal: "5m", "10bn", "2nd"), an
// engine's size ("1.6") or a bare number (bare), which is no year
// ("2005") nor above five digits. A quarter or a half ("Q3", "H1",
// "1H") and a network's generation ("3G") are no model's.
func modelDigits(w string) (ok, bare bool) {
	if len(w) == 3 && w[1] == '.' && isDigit(w[0]) && isDigit(w[2]) {
		return true, false
	}
	i := 0
	for i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	caps := i
	for i < len(w) && isDigit(w[i]) {
		i++
	}
	nd := i - caps
	if nd == 0 || caps > 3 {
		return false, false
	}
	tail := w[i:]
	switch {
	case caps > 0 && tail == "":
		return !(caps == 1 && strings.ContainsAny(w[:1], "QH") && nd == 1) && w[:caps] != "FY", false
	case caps > 0:
		return false, false
	case tail == "":
		year := nd == 4 && (w[:2] == "19" || w[:2] == "20")
		return !year && nd <= 5, true
	case len(tail) == 1 && unicode.IsLower(rune(tail[0])) && !strings.ContainsAny(tail, "bkmpst"):
		return true, false
	}
	return false, false
}

// trimCode reports whether w is a trim's code: two to four capitals
// ("SE", "GTI").
func trimCode(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
