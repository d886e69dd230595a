package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// splitPrepositions are the prepositions, beside the lexicon's of place
// and its subordinators, that a headline in title case capitalises
// between the names it runs together ("Harlow Nights for Awards", "Acme
// Deal with Tarvik"): a closed class. "Of" is not one: it holds names
// together ("Bank of Norland").
var splitPrepositions = map[string]bool{"for": true, "with": true, "over": true, "against": true, "by": true, "on": true,
	"amid": true, "despite": true, "about": true, "under": true, "without": true, "than": true, "via": true, "vs": true}

// headlineFunctionWords splits a name of a headline written in title
// case, or that capitalises the word, at a function word that glues it to its neighbours: a
// preposition ("Harlow Nights for Awards"), an auxiliary or a modal
// ("Acme Will Rename Stores") or an ampersand ("Acme & Tarvik Sign
// Deal"), when the text after the headline never writes the whole name
// and never writes the part before the word followed by it ("the
// Department for Norland" keeps its "for"). Each part keeps the longest
// run of its opening words that the text names as a mention of its own,
// with that mention's type ("Harlow Nights", "Awards"; "Acme", "Tarvik"
// of "Tarvik Sign"), or as the opening words of a longer name ("Acme"
// of "Acme Corp."); the rest goes. A name none of whose parts the text
// names is left whole for the other headline rules (the
// headline-function-word construction).
func (r *Resolver) headlineFunctionWords(res *extract.Result) {
	h := res.Headline
	if r.words == nil || h.End <= h.Start || h.End > len(res.Doc.Text) {
		return
	}
	title := titleCased(res.Doc.Text[h.Start:h.End])
	body := res.Doc.Text[h.End:]
	lowBody := strings.ToLower(body)
	// named holds the text's names after the headline, and the opening
	// words of its names of more than one word that news capitalises
	// ("Acme" of "Acme Corp."), with their mentions.
	named := map[string]extract.Mention{}
	casings, _ := r.aliases.(Casings)
	for _, o := range res.Mentions {
		if o.Start < h.End || !isEntityType(o.Type) {
			continue
		}
		if _, ok := named[o.Text]; !ok {
			named[o.Text] = o
		}
		words := wordSpans(o.Text)
		for n := len(words) - 1; n > 0 && casings != nil; n-- {
			head := o.Text[:words[n-1][1]]
			if _, ok := named[head]; !ok && !r.commonWords(casings, head) && !isFunctionWord(o.Text[words[n-1][0]:words[n-1][1]]) {
				named[head] = o
			}
		}
	}
	var add []extract.Mention
	drop := map[int]bool{}
	for i := range res.Mentions {
		m := res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.EventType || m.Start < h.Start || m.End > h.End || strings.Contains(body, m.Text) || r.listed(m.Text) {
			continue
		}
		parts := r.functionWordParts(m, lowBody, title)
		if len(parts) < 2 {
			continue
		}
		var kept []extract.Mention
		for _, p := range parts {
			if k, ok := namedHead(m, p, named); ok {
				kept = append(kept, k)
			}
		}
		if len(kept) == 0 {
			continue
		}
		drop[i] = true
		add = append(add, kept...)
	}
	dropMentions(res, drop)
	res.Mentions = append(res.Mentions, add...)
}

// functionWordParts returns the parts of mention m, as spans of its text,
// between the function words that split it (splitWord): a word after
// the first and before the last, written capitalised or "&", where the
// lower-cased text after the headline, lowBody, never writes the part
// before it followed by it. A headline in title case (title) may write
// the word in lower case ("Harlow Nights for Awards"); another must
// capitalise it, as a headline in title case does ("Acme To Buy Tarvik
// with Cash"). It returns one part when no word splits m.
func (r *Resolver) functionWordParts(m extract.Mention, lowBody string, title bool) [][2]int {
	words := wordSpans(m.Text)
	var parts [][2]int
	from := 0
	for j := 1; j+1 < len(words); j++ {
		w := m.Text[words[j][0]:words[j][1]]
		if !title && !tokenize.StartsUpper(w) || !r.splitWord(w) || j == from {
			continue
		}
		before := strings.ToLower(m.Text[words[from][0]:words[j][1]])
		if strings.Contains(lowBody, before) {
			continue
		}
		parts = append(parts, [2]int{words[from][0], words[j-1][1]})
		from = j + 1
	}
	return append(parts, [2]int{words[from][0], len(m.Text)})
}

// splitWord reports whether w is a word that splits a headline's name:
// an ampersand, a preposition (splitPrepositions, the lexicon's of place
// and its subordinators) or an auxiliary or a modal in any of its forms.
func (r *Resolver) splitWord(w string) bool {
	l := strings.ToLower(w)
	if w == "&" || splitPrepositions[l] || r.words.Is(l, lexicon.PlacePreposition) || r.words.Is(l, lexicon.Subordinator) || r.words.Is(l, lexicon.Auxiliary) {
		return true
	}
	// "Is", "Has", "Did": the lemmatizer maps an auxiliary's forms to
	// it. A modal has none: "Cans" and "Wills" are nouns' plurals.
	v := r.words.Lemma(l, "VBZ")
	return v != l && v != strings.TrimSuffix(l, "s") && r.words.Is(v, lexicon.Auxiliary)
}

// namedHead returns, from part p of mention m, the longest run of its
// opening words that the text names (named, by text), as a mention of
// that name's type and class.
func namedHead(m extract.Mention, p [2]int, named map[string]extract.Mention) (extract.Mention, bool) {
	s := m.Text[p[0]:p[1]]
	words := wordSpans(s)
	for n := len(words); n > 0; n-- {
		head := s[:words[n-1][1]]
		if o, ok := named[head]; ok {
			k := m
			k.Start = m.Start + p[0]
			k.End = k.Start + len(head)
			k.Text = head
			k.Type, k.Class = o.Type, o.Class
			return k, true
		}
	}
	return extract.Mention{}, false
}
