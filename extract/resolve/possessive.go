package resolve

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// possessiveNames takes into a name the "'s" after it when no noun
// follows that the "'s" could own: a shop's, a firm's or a brand's name
// that ends in its founder's possessive ("stores like Harlow's, Pellam's
// and Ann Lee's", "Vell's said", "rated by Tarvik's and Acme"). Such a
// name is a business's, no person's, whatever the tagger said. A "'s"
// before a participle or "got" is a short "is" or "has" ("Ann Lee's
// gone"), and a place's name the tagger read as a place stays as it is
// ("Norland's, too"); a saint's is joinSaints's. Two capitalised names
// joined by a hyphen, which the tagger reads as miscellaneous (as it
// reads "Norlandic-Ostmarkish"), are such a name too ("went to
// Harlow-Acme's, a chain"; hyphenedName). A "'s" with a number
// of one or two digits after it, and nothing the number counts, ends a
// work's title with its sequel's number ("Harlow's 12 fell").
func (r *Resolver) possessiveNames(res *extract.Result) {
	// at gives the token of the "'s" right after mention i, or -1.
	at := func(i int) int {
		m := &res.Mentions[i]
		if m.Type != extract.Person && m.Type != extract.Organization && m.Type != extract.Location && !hyphenedName(*m) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			return -1
		}
		s := &res.Sentences[m.Sentence]
		k := sort.Search(len(s.Tokens), func(k int) bool { return s.Tokens[k].Start >= m.End })
		if k >= len(s.Tokens) || s.Tokens[k].Start != m.End || !possessiveMark(s.Tokens[k].Text) || s.Tokens[k].End > len(res.Doc.Text) {
			return -1
		}
		return k
	}
	take := func(i, k int) {
		m := &res.Mentions[i]
		m.End = res.Sentences[m.Sentence].Tokens[k].End
		m.Text = res.Doc.Text[m.Start:m.End]
		m.Type = extract.Organization
	}
	names := map[string]bool{}
	for i := range res.Mentions {
		k := at(i)
		if k < 0 {
			continue
		}
		m := res.Mentions[i]
		s := &res.Sentences[m.Sentence]
		if n := k + 1; n < len(s.Tokens) && s.Tokens[n].Start == s.Tokens[k].End+1 && smallNumber(s.Tokens[n].Text) && ownsNothing(s, n+1) && !(m.Type == extract.Location && r.placeName(m.Text)) && !r.titled(res, m) {
			// "Harlow's 12 fell": a work's title with its
			// sequel's number.
			mm := &res.Mentions[i]
			mm.End = s.Tokens[n].End
			mm.Text = res.Doc.Text[mm.Start:mm.End]
			mm.Type = extract.Miscellaneous
			continue
		}
		if !ownsNothing(s, k+1) || m.Type == extract.Location && r.placeName(m.Text) || r.titled(res, m) || saintly(m.Text) {
			continue
		}
		names[m.Text] = true
		take(i, k)
	}
	if len(names) == 0 {
		return
	}
	// The same name before a noun is that business's possessive
	// ("Harlow's owner" where the text names "Harlow's" alone).
	for i := range res.Mentions {
		if k := at(i); k >= 0 && names[res.Mentions[i].Text] {
			take(i, k)
		}
	}
}

// hyphenedName reports whether mention m is a miscellaneous name of one
// word, two capitalised parts or more joined by hyphens, none in
// capitals ("Harlow-Acme"; not "Norland-US"): a name an "'s" that owns
// nothing may end (see possessiveNames).
func hyphenedName(m extract.Mention) bool {
	if m.Type != extract.Miscellaneous || strings.ContainsAny(m.Text, " .") {
		return false
	}
	parts := strings.Split(m.Text, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if len(p) < 2 || !tokenize.StartsUpper(p) || allCaps(p) {
			return false
		}
	}
	return true
}

// titled reports whether mention m begins with a courtesy title or a
// title of nobility, or follows one: "Mr Ek's" and "Lord Lee's" are
// people's possessives wherever they stand.
func (r *Resolver) titled(res *extract.Result, m extract.Mention) bool {
	if r.words == nil {
		return false
	}
	if fs := strings.Fields(m.Text); len(fs) > 1 {
		l := strings.ToLower(strings.TrimSuffix(fs[0], "."))
		if r.words.Is(l, lexicon.Honorific) || r.words.Is(l, lexicon.Nobility) {
			return true
		}
	}
	return r.honorificBefore(res, m)
}

// saintly reports whether name begins with a saint's title: joinSaints
// reads a saint's possessive ("at St Pellam's", a church or a ground).
func saintly(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return saintTitle(first)
}

// saintTitle reports whether w, as written, is a saint's title: "St",
// "St." or "Saint".
func saintTitle(w string) bool { return w == "St" || w == "St." || w == "Saint" }

// smallNumber reports whether w is a number of one or two digits.
func smallNumber(w string) bool {
	return len(w) >= 1 && len(w) <= 2 && strings.Trim(w, "0123456789") == ""
}

// possessiveMark reports whether w is the possessive "'s", with a straight
// or a curly apostrophe.
func possessiveMark(w string) bool {
	return w == "'s" || w == "\u2019s"
}

// ownsNothing reports whether token k of s, the one after a "'s", shows
// that the "'s" owns no noun: the sentence ends or a comma, a colon, a
// bracket or a dash follows; a verb in the past or the present's third
// person or a modal follows ("Harlow's said", "Harlow's will"); or "and"
// or "or" and another capitalised name follow, which in turn owns nothing
// ("Harlow's and Pellam's."), or which owns nothing itself ("Harlow's and
// Acme").
func ownsNothing(s *extract.Sentence, k int) bool {
	for k < len(s.Tokens) {
		w := s.Tokens[k].Text
		switch w {
		case ".", ",", ";", ":", ")", "-", "--", "?", "!":
			return true
		case "and", "or":
			// Skip the next name: its capitalised words, then its
			// own "'s" if it has one.
			j := k + 1
			if j >= len(s.Tokens) || !tokenize.StartsUpper(s.Tokens[j].Text) {
				return false
			}
			for j < len(s.Tokens) && tokenize.StartsUpper(s.Tokens[j].Text) {
				j++
			}
			if j < len(s.Tokens) && possessiveMark(s.Tokens[j].Text) {
				k = j + 1
				continue
			}
			return j >= len(s.Tokens) || !startsUpperOrNoun(s, j)
		}
		if len(s.POS) != len(s.Tokens) {
			return false
		}
		switch s.POS[k] {
		case "VBZ", "VBD", "MD":
			return w != "got"
		}
		return false
	}
	return true
}

// startsUpperOrNoun reports whether token j of s begins a noun phrase a
// possessive could own: a noun or an adjective.
func startsUpperOrNoun(s *extract.Sentence, j int) bool {
	if len(s.POS) != len(s.Tokens) {
		return true
	}
	switch s.POS[j] {
	case "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD":
		return true
	}
	return false
}

// possessiveTitles joins a name, its "'s" and the name right after it
// into one work's title where a noun for a kind of creative work stands
// right before the first ("the animated film Harlow's Tall Tower"):
// the "'s" is the title's own, not its owner's. The same words joined
// so stand for the same title elsewhere in the document ("Harlow's
// Tall Tower is the sequel").
func (r *Resolver) possessiveTitles(res *extract.Result) {
	if r.words == nil {
		return
	}
	byStart := map[int]int{}
	for i, m := range res.Mentions {
		byStart[m.Start] = i
	}
	// next gives, for mention i, the index of the mention right after
	// its "'s" in the same sentence, or -1.
	next := func(i int) int {
		a := res.Mentions[i]
		if a.Sentence < 0 || a.Sentence >= len(res.Sentences) || !isEntityType(a.Type) || a.Type == extract.EventType || a.End+3 > len(res.Doc.Text) {
			return -1
		}
		rest := res.Doc.Text[a.End:]
		n := len("'s ")
		if !strings.HasPrefix(rest, "'s ") {
			if !strings.HasPrefix(rest, "\u2019s ") {
				return -1
			}
			n = len("\u2019s ")
		}
		j, ok := byStart[a.End+n]
		if !ok || j == i {
			return -1
		}
		b := res.Mentions[j]
		if b.Sentence != a.Sentence || !isEntityType(b.Type) || b.Type == extract.EventType || b.End > len(res.Doc.Text) {
			return -1
		}
		return j
	}
	// workBefore reports whether a lower-case noun for a kind of
	// creative work stands right before mention m.
	workBefore := func(m extract.Mention) bool {
		s := &res.Sentences[m.Sentence]
		k := sort.Search(len(s.Tokens), func(k int) bool { return s.Tokens[k].Start >= m.Start }) - 1
		if k < 0 || len(s.POS) != len(s.Tokens) || !strings.HasPrefix(s.POS[k], "NN") || !tokenize.StartsLower(s.Tokens[k].Text) {
			return false
		}
		return r.words.Is(r.words.Lemma(strings.ToLower(s.Tokens[k].Text), s.POS[k]), lexicon.CreativeWork)
	}
	titles := map[string]bool{}
	for i := range res.Mentions {
		if j := next(i); j >= 0 && workBefore(res.Mentions[i]) {
			titles[res.Doc.Text[res.Mentions[i].Start:res.Mentions[j].End]] = true
		}
	}
	if len(titles) == 0 {
		return
	}
	drop := map[int]bool{}
	for i := range res.Mentions {
		j := next(i)
		if j < 0 || drop[i] || !titles[res.Doc.Text[res.Mentions[i].Start:res.Mentions[j].End]] {
			continue
		}
		m := &res.Mentions[i]
		m.End = res.Mentions[j].End
		m.Text = res.Doc.Text[m.Start:m.End]
		m.Type = extract.Miscellaneous
		drop[j] = true
	}
	dropMentions(res, drop)
}
