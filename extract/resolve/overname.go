package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// joinOverNames keeps whole a technology's name of a capitalised noun,
// "over" and a name that the recognizer cut at "over" or ran short
// ("integrated Tarvik over Vell Net", "Packet over XQ"): a name of
// nouns WordNet has, or initials, that says what runs over what. The
// first part is one capitalised word, a singular noun WordNet has, inside
// a sentence after a word that is no determiner or possessive (news
// writes a technology's name bare), no given name, no body's or place's
// the aliases know and no word for a kind of body; the second is one to
// three capitalised words, each a noun WordNet has or initials of two to
// five capitals, none a place's or a person's name, with no capitalised
// word after them; the mentions inside it go, and the name is a
// miscellaneous one (the over-name rule). A headline is left alone.
func (r *Resolver) joinOverNames(res *extract.Result) {
	if r.words == nil {
		return
	}
	drop := map[int]bool{}
	for i := range res.Mentions {
		a := &res.Mentions[i]
		if drop[i] || !r.overHead(res, *a) {
			continue
		}
		end, ok := r.overTail(res, *a)
		if !ok {
			continue
		}
		inside := map[int]bool{}
		clean := true
		for j, b := range res.Mentions {
			if j == i || b.End <= a.End || b.Start >= end {
				continue
			}
			if b.Start < a.End || b.End > end {
				clean = false
				break
			}
			inside[j] = true
		}
		if !clean {
			continue
		}
		for j := range inside {
			drop[j] = true
		}
		a.End = end
		a.Text = res.Doc.Text[a.Start:a.End]
		a.Type, a.Class = extract.Miscellaneous, ""
	}
	dropMentions(res, drop)
}

// overHead reports whether mention a may open an over-name: see
// joinOverNames.
func (r *Resolver) overHead(res *extract.Result, a extract.Mention) bool {
	h := res.Headline
	if !isEntityType(a.Type) || a.Type == extract.EventType || a.Type == extract.Person || strings.Contains(a.Text, " ") || !tokenize.StartsUpper(a.Text) ||
		allCaps(a.Text) || !letters(a.Text) || !strings.HasPrefix(res.Doc.Text[a.End:], " over ") || h.Len() > 0 && a.Start < h.End && a.End > h.Start {
		return false
	}
	low := strings.ToLower(a.Text)
	if !r.words.Known(low, lexicon.Noun) || r.words.Lemma(low, "NNS") != low || r.kindWord(a.Text) || r.bodyWord(a.Text) || r.knownBodyOrPlace(a.Text) {
		return false
	}
	if firstNames, ok := r.aliases.(FirstNames); ok && firstNames.FirstName(a.Text) {
		return false
	}
	s, k, _, ok := mentionTokens(res, a)
	if !ok || k == 0 {
		return false
	}
	switch strings.ToLower(s.Tokens[k-1].Text) {
	case "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "'s", "’s":
		return false
	}
	return true
}

// overTail returns the end of the name after "over" that an over-name
// takes (see joinOverNames), and whether there is one.
func (r *Resolver) overTail(res *extract.Result, a extract.Mention) (int, bool) {
	s, _, b, ok := mentionTokens(res, a)
	if !ok || b+1 >= len(s.Tokens) || s.Tokens[b].Text != "over" {
		return 0, false
	}
	end, n := 0, 0
	for k := b + 1; k < len(s.Tokens) && n < 4; k++ {
		t := s.Tokens[k]
		if !tokenize.StartsUpper(t.Text) || !letters(t.Text) {
			break
		}
		if n > 0 && res.Doc.Text[end:t.Start] != " " {
			break
		}
		if !allCaps(t.Text) && !r.words.Known(strings.ToLower(t.Text), lexicon.Noun) || allCaps(t.Text) && (len(t.Text) < 2 || len(t.Text) > 5) {
			return 0, false
		}
		end, n = t.End, n+1
	}
	if n == 0 || n > 3 {
		return 0, false
	}
	tail := res.Doc.Text[s.Tokens[b+1].Start:end]
	if r.regionName(tail) || r.placeOnly(tail) || r.known != nil && r.known.KnownName(tail, extract.Person) {
		return 0, false
	}
	return end, true
}
