package resolve

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// bodyWord reports whether w, in any case, is a word for a body that
// heads its name: a ministry, a council, a company, a university, a
// broadcaster, a group ("the Harlow Council", "the Vell Treasury").
// Words for a trade or a field ("Industry", "Media") are not among them.
func (r *Resolver) bodyWord(w string) bool {
	l := strings.ToLower(strings.Trim(w, ",.'"))
	for _, c := range []lexicon.Class{lexicon.Government, lexicon.Corporation, lexicon.Education, lexicon.OrgGeneric} {
		if r.words.Is(l, c) {
			return true
		}
	}
	return false
}

// titleBodies drops a name the recognizer read as a body's out of a
// title before a person's name, where the name is no body but a part of
// the title:
//
//   - an office's word and a word for a body ("Chief Treasury Secretary
//     Ann Lee": the office is the chief secretary's of the treasury, not
//     a body named "Chief Treasury");
//   - a portfolio, a field of government in common words, one word or
//     several joined by "and" ("Trade and Industry Secretary Ann Lee",
//     "Sport Minister Bo Ek"), or one word and "'s", read as a body's or
//     a person's ("Health's Minister Bo Ek"): what the office is for,
//     not the body that holds it (a department's name has its own word
//     for a body: "the Harlow Office Minister" keeps "Harlow Office").
//
// The title word must be an office's and a capitalised word must follow
// it; a portfolio's name written elsewhere but in such a title (as a
// body's, "Sport said") is kept everywhere. No body is written, so no
// relation is read to one.
func (r *Resolver) titleBodies(res *extract.Result) {
	if r.words == nil {
		return
	}
	casings, ok := r.aliases.(Casings)
	if !ok {
		return
	}
	// A portfolio's name is no body's when the document writes it only
	// in such titles.
	var titled, elsewhere map[string]bool
	drop := make([]bool, len(res.Mentions))
	for i, m := range res.Mentions {
		if m.Type != extract.Organization && m.Type != extract.Miscellaneous && m.Type != extract.Person {
			continue
		}
		office, portfolio := r.titleBody(res, casings, m)
		switch {
		case office:
			drop[i] = true
		case portfolio:
			if titled == nil {
				titled = map[string]bool{}
			}
			titled[m.Text] = true
		}
	}
	if titled == nil && !slices.Contains(drop, true) {
		return
	}
	for i, m := range res.Mentions {
		if titled[m.Text] && !drop[i] {
			if _, portfolio := r.titleBody(res, casings, m); !portfolio {
				if elsewhere == nil {
					elsewhere = map[string]bool{}
				}
				elsewhere[m.Text] = true
			}
		}
	}
	kept := res.Mentions[:0]
	for i, m := range res.Mentions {
		if drop[i] || titled[m.Text] && !elsewhere[m.Text] {
			continue
		}
		kept = append(kept, m)
	}
	res.Mentions = kept
}

// portfolioNames cuts a portfolio in common words from the person's name
// the recognizer joined it to after an office's "of": in "Minister of
// Trade Industry Bo Ek" the name is Bo Ek, a person, and "Trade
// Industry" what the office is for (the portfolio-name construction).
// The office's word must be capitalised and the portfolio's words
// capitalised words news writes in lower case too (or "and"), none a
// body's, before two words or more that news writes capitalised.
func (r *Resolver) portfolioNames(res *extract.Result) {
	if r.words == nil {
		return
	}
	casings, ok := r.aliases.(Casings)
	if !ok {
		return
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) {
			continue
		}
		s, a, b, ok := mentionTokens(res, *m)
		if !ok || a < 2 || s.Tokens[a-1].Text != "of" || !tokenize.StartsUpper(s.Tokens[a-2].Text) || !r.words.Is(strings.ToLower(s.Tokens[a-2].Text), lexicon.Office) {
			continue
		}
		k := a
		for k < b && (s.Tokens[k].Text == "and" && k > a || tokenize.StartsUpper(s.Tokens[k].Text) && letters(s.Tokens[k].Text) && commonWord(casings, s.Tokens[k].Text) && !r.bodyWord(s.Tokens[k].Text)) {
			k++
		}
		if k == a || b-k < 2 || s.Tokens[k-1].Text == "and" {
			continue
		}
		named := true
		for _, t := range s.Tokens[k:b] {
			named = named && tokenize.StartsUpper(t.Text) && !commonWord(casings, t.Text)
		}
		if !named {
			continue
		}
		m.Text = m.Text[s.Tokens[k].Start-m.Start:]
		m.Start = s.Tokens[k].Start
		m.Type, m.Class = extract.Person, ""
	}
}

// titleBody reports whether mention m is part of a title before a name
// (see titleBodies): an office's word and a body's, or a portfolio.
func (r *Resolver) titleBody(res *extract.Result, casings Casings, m extract.Mention) (office, portfolio bool) {
	s, a, b, ok := mentionTokens(res, m)
	if !ok || b+1 >= len(s.Tokens) {
		return false, false
	}
	head, name, end := s.Tokens[b], s.Tokens[b+1], m.End
	// A portfolio's possessive: "Health's Minister Ann Lee".
	possessive := false
	if p := s.Tokens[b].Text; (p == "'s" || p == "’s") && s.Tokens[b].Start == m.End && b+2 < len(s.Tokens) {
		head, name, end, possessive = s.Tokens[b+1], s.Tokens[b+2], s.Tokens[b].End, true
	}
	if m.Type == extract.Person && (!possessive || b-a != 1) {
		return false, false
	}
	if !tokenize.StartsUpper(head.Text) || !tokenize.StartsUpper(name.Text) || head.Start != end+1 || !r.words.Is(strings.ToLower(head.Text), lexicon.Office) {
		return false, false
	}
	words := s.Tokens[a:b]
	// An office's word and a body's: "Chief Treasury".
	if len(words) == 2 {
		first := strings.ToLower(words[0].Text)
		if (r.words.Is(first, lexicon.Office) || titleOpeners[first]) && r.bodyWord(words[1].Text) {
			return true, false
		}
	}
	// A portfolio in common words: "Sport", "Trade and Industry".
	and := false
	for i, t := range words {
		w := strings.TrimSuffix(t.Text, ",")
		if w == "and" && i > 0 && i < len(words)-1 {
			and = true
			continue
		}
		if !tokenize.StartsUpper(w) || !letters(w) || !commonWord(casings, w) || r.bodyWord(w) {
			return false, false
		}
	}
	return false, len(words) == 1 || and
}
