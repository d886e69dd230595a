package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// extendOfTheOpeners takes into a name the capitalised noun and "of the"
// the recognizer left out before it: "Revenge of the Velden" read as
// "Velden", "Attack of The Kelsos" as "The Kelsos". News writes a common
// noun in lower case but in a title, so a capitalised one right before
// "of the" (or "of The") and a name of one to three capitalised words
// with no capitalised word after and no noun (it ends its noun phrase:
// not "Fans of the Kelsos series"), is a title's first word. The noun is
// one WordNet has and the tagger read as a noun, that news writes in
// lower case at least half as often as capitalised ("November of the
// Harlow" is a date), no word for a kind of
// body or place ("the Bank of the Harlow"), no office, title or member's
// word ("the Speaker of the House"), no noun for a kind of person ("Fans
// of the Kelsos"), no given name and not listed; it stands inside its
// sentence after a word in lower case or a dash ("starred in Revenge of
// the Velden", "Episode III - Revenge of the Velden"), or opens it, in the
// singular ("Highlights of the Harlow Gala" is no title), on a page with
// a lower-case noun for a creative work ("film", "album": the works
// page). A place's name is no place the gazetteer or the aliases list
// ("Part of the Harlow", "the takeover last November of the Norlandic
// bank"). The mention becomes a miscellaneous name: the typer reads
// what kind of work (the of-the opener rule). A headline is left alone.
func (r *Resolver) extendOfTheOpeners(res *extract.Result) {
	if r.words == nil {
		return
	}
	casings, ok := r.aliases.(Casings)
	if !ok {
		return
	}
	text := res.Doc.Text
	h := res.Headline
	worksPage := -1 // unknown until needed
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.EventType || h.End > h.Start && m.Start < h.End {
			continue
		}
		s, w, opens := r.ofTheOpener(res, casings, *m)
		if s == nil {
			continue
		}
		if opens {
			if worksPage < 0 {
				worksPage = 0
				if r.worksPage(res) {
					worksPage = 1
				}
			}
			if worksPage == 0 {
				continue
			}
		}
		m.Start = s.Tokens[w].Start
		m.Text = text[m.Start:m.End]
		m.Type = extract.Miscellaneous
		m.Class = ""
	}
}

// ofTheOpener returns the sentence and the index of the title's first
// word that extendOfTheOpeners would take into mention m, with opens
// set when that word opens the sentence (a works page must say so); a
// nil sentence when there is none.
func (r *Resolver) ofTheOpener(res *extract.Result, casings Casings, m extract.Mention) (*extract.Sentence, int, bool) {
	s, lo, hi, ok := mentionTokens(res, m)
	if !ok || len(s.POS) != len(s.Tokens) {
		return nil, 0, false
	}
	name := strings.TrimPrefix(m.Text, "The ")
	k := lo - 1
	switch {
	case k >= 0 && s.Tokens[k].Text == "the", k >= 0 && s.Tokens[k].Text == "The" && name == m.Text:
		k--
	case name == m.Text:
		return nil, 0, false // "of" and a name with no article: "Friends of Harlow"
	}
	if k < 1 || s.Tokens[k].Text != "of" {
		return nil, 0, false
	}
	w := k - 1
	if !ofTitleEnd(res, s, m, name, hi) || anyMentionIn(res, s.Tokens[w].Start, m.Start) {
		return nil, 0, false
	}
	firstNames, _ := r.aliases.(FirstNames)
	head := s.Tokens[w].Text
	if !r.ofTheHead(casings, head, s.POS[w]) || firstNames != nil && firstNames.FirstName(head) || r.listed(head) ||
		m.Type == extract.Location && (r.listed(name) || r.aliased(m)) {
		return nil, 0, false
	}
	switch {
	case w >= 1 && (tokenize.StartsLower(s.Tokens[w-1].Text) && letters(s.Tokens[w-1].Text) || s.Tokens[w-1].Text == "-" || s.Tokens[w-1].Text == "–"):
		return s, w, false
	case (w == 0 || w == 1 && strings.ContainsAny(s.Tokens[0].Text, "\"'“‘")) && s.POS[w] != "NNS" && s.POS[w] != "NNPS":
		return s, w, true
	}
	return nil, 0, false
}

// ofTitleEnd reports whether mention m, whose tokens in s end before hi,
// and whose name without its "The" is name, may end a title that
// extendOfTheOpeners opens: one to three capitalised words, with no
// capitalised word after it on its line, and no noun ("Fans of the Gran
// Tarvik series": the name modifies the noun).
func ofTitleEnd(res *extract.Result, s *extract.Sentence, m extract.Mention, name string, hi int) bool {
	if f := strings.Fields(name); len(f) == 0 || len(f) > 3 || !nameWords(name) {
		return false
	}
	text := res.Doc.Text
	if rest := strings.TrimLeft(text[m.End:], " "); rest != "" && tokenize.StartsUpper(rest) && !strings.HasPrefix(text[m.End:], "\n") {
		return false
	}
	return hi >= len(s.POS) || !strings.HasPrefix(s.POS[hi], "NN")
}

// ofTheHead reports whether w, with the tagger's tag, may be a title's
// first word before "of the" (see extendOfTheOpeners): a capitalised
// noun WordNet has, in letters, that news writes in lower case at least
// half as often as capitalised (no month's or day's name), no word for
// a kind of body or place, no office, title or membership, and no noun
// for a kind of person.
func (r *Resolver) ofTheHead(casings Casings, w, tag string) bool {
	if !tokenize.StartsUpper(w) || allCaps(w) || !letters(w) || len(w) < 3 || !strings.HasPrefix(tag, "NN") || !commonWord(casings, w) {
		return false
	}
	l := strings.ToLower(w)
	lemma := r.words.Lemma(l, "NNS")
	if !r.words.Known(l, lexicon.Noun) && !r.words.Known(lemma, lexicon.Noun) {
		return false
	}
	for _, x := range []string{l, lemma} {
		if r.words.KindWord(x) || r.words.Is(x, lexicon.Office) || r.words.Is(x, lexicon.NameTitle) || r.words.Is(x, lexicon.TitleAbbreviation) ||
			r.words.Is(x, lexicon.Membership) || r.words.Is(x, lexicon.Honorific) {
			return false
		}
	}
	return !r.personNoun(l)
}

// worksPage reports whether the document writes a noun for a creative
// work in lower case ("film", "movie", "album"): a page about works.
func (r *Resolver) worksPage(res *extract.Result) bool {
	for _, s := range res.Sentences {
		if len(s.POS) != len(s.Tokens) || len(s.Lemma) != len(s.Tokens) {
			continue
		}
		for k, t := range s.Tokens {
			if strings.HasPrefix(s.POS[k], "NN") && tokenize.StartsLower(t.Text) && r.words.Is(s.Lemma[k], lexicon.CreativeWork) {
				return true
			}
		}
	}
	return false
}
