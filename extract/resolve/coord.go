package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// joinCoordinatedNames joins into one name two names the recognizer cut
// at an "and" inside it:
//
//   - two places or peoples before a body's name, the second taken into
//     the body's name ("the Norland and Ostmark Rugby Board" is one
//     board; "the Norlandic and Ostmarkish Rovers" one team): the first
//     is a country's name or a demonym, alone, and so is the body's first
//     word; the body's name ends in a word for a body, or both are
//     demonyms, adjectives of one noun;
//   - a body's name that ends in common words and one or two capitalised
//     common words after "and" that end the phrase ("the Department for
//     Culture, Arts and Sport", "Harlow Track and Field"): the words after
//     "and" are the list's last, not a name of their own.
//
// A name of a body of its own after "and" ("Norland and the Harlow
// Board", "Acme Media and Vell Sport Board") is left alone, and so are
// two names that end alike ("Acme Music and Vell Music": see endAlike),
// each whole (the end-alike rule), and so are two names headedPair
// parts ("the Harlow Council and Channel 4").
func (r *Resolver) joinCoordinatedNames(res *extract.Result) {
	if r.words == nil || r.aliases == nil {
		return
	}
	casings, _ := r.aliases.(Casings)
	order := mentionsInOrder(res, nil)
	drop := map[int]bool{}
	r.andCompany(res, order, drop)
	for k := 0; k+1 < len(order); k++ {
		i, j := order[k], order[k+1]
		a, b := res.Mentions[i], res.Mentions[j]
		if drop[i] || a.Sentence != b.Sentence || b.Start != a.End+5 || res.Doc.Text[a.End:b.Start] != " and " {
			continue
		}
		if !r.placesBeforeBody(res, a, b) && (!r.listEnd(res, casings, a, b) || listItems(res, order, k) || namedApart(res, a, b) || endAlike(strings.Fields(a.Text), strings.Fields(b.Text))) {
			continue
		}
		whole := extract.Mention{Start: a.Start, End: b.End, Text: res.Doc.Text[a.Start:b.End]}
		if r.headedPair(res.Doc.Text, whole, a.Text, b.Text) {
			continue
		}
		m := &res.Mentions[j]
		m.Start = a.Start
		m.Text = res.Doc.Text[a.Start:b.End]
		m.Type = extract.Organization
		m.Class = ""
		drop[i] = true
	}
	dropMentions(res, drop)
}

// andCompany takes into a name the "and Co." or "& Co." that ends a
// firm's name after it ("Vell and Co.", "Vell & Co"), and a one-word
// name with a comma before it ("Vell, Pellam and Co.": the firm's
// founders), as the recognizer may have cut the firm's name into its
// founders' names. The name becomes an organisation's; the mentions it
// takes in are marked in drop.
func (r *Resolver) andCompany(res *extract.Result, order []int, drop map[int]bool) {
	for k, j := range order {
		b := res.Mentions[j]
		if !isEntityType(b.Type) || b.Type == extract.EventType {
			continue
		}
		rest := res.Doc.Text[b.End:]
		var tail string
		for _, p := range []string{" and Co.", " & Co.", " and Co", " & Co"} {
			if strings.HasPrefix(rest, p) {
				tail = p
				break
			}
		}
		if tail == "" || len(rest) > len(tail) && letters(rest[len(tail):len(tail)+1]) {
			continue
		}
		grown := b
		grown.End += len(tail)
		grown.Text = res.Doc.Text[grown.Start:grown.End]
		if _, _, _, ok := mentionTokens(res, grown); !ok {
			continue
		}
		m := &res.Mentions[j]
		m.End = grown.End
		m.Type = extract.Organization
		m.Class = ""
		if k > 0 {
			i := order[k-1]
			a := res.Mentions[i]
			if a.Sentence == m.Sentence && a.End+2 == m.Start && res.Doc.Text[a.End:m.Start] == ", " && !strings.Contains(a.Text, " ") && !strings.Contains(m.Text, " ") && tokenize.StartsUpper(a.Text) {
				m.Start = a.Start
				drop[i] = true
			}
		}
		m.Text = res.Doc.Text[m.Start:m.End]
	}
}

// placeWord says what word w is: the name of a country or of a land
// within one ("Norland", a state, a home nation), a demonym, or neither.
func (r *Resolver) placeWord(w string) (country, demonym bool) {
	if d, ok := r.aliases.(Demonyms); ok && d.IsDemonym(w) {
		return false, true
	}
	if _, _, class, ok := r.aliases.Canonical(w, extract.Location); ok && class == "Country" {
		return true, false
	}
	if l, ok := r.aliases.(Lexicon); ok && l.KnownName(w, extract.Location) {
		return true, false
	}
	return false, false
}

// placesBeforeBody reports whether a, "and", b are two places or
// peoples before a body's name: "Norland and Ostmark Rugby Board" (see
// joinCoordinatedNames).
func (r *Resolver) placesBeforeBody(res *extract.Result, a, b extract.Mention) bool {
	if b.Type != extract.Organization || strings.Contains(a.Text, " ") || a.Type == extract.Person {
		return false
	}
	s, lo, hi, ok := mentionTokens(res, b)
	if !ok || hi-lo < 2 {
		return false
	}
	ca, da := r.placeWord(a.Text)
	cb, db := r.placeWord(s.Tokens[lo].Text)
	if !(ca || da) || !(cb || db) {
		return false
	}
	if da && db {
		return true
	}
	last := strings.ToLower(s.Tokens[hi-1].Text)
	return r.bodyWord(last) || r.words.Is(last, lexicon.Organization)
}

// listItems reports whether the mention order[k] follows a comma that
// follows another name: "Harlow, Tarvik Fighters and Iron Mill" lists
// three names, whose last two are items of that list, not one name's
// own list (the list-items rule).
func listItems(res *extract.Result, order []int, k int) bool {
	if k == 0 {
		return false
	}
	a, p := res.Mentions[order[k]], res.Mentions[order[k-1]]
	return p.Sentence == a.Sentence && p.End <= a.Start && strings.TrimSpace(res.Doc.Text[p.End:a.Start]) == ","
}

// namedApart reports whether the document names a or b in a mention of
// its own that no "and" joins to the other ("Iron Mill will play"):
// then "Tarvik Fighters and Iron Mill" are two names (the named-apart
// rule).
func namedApart(res *extract.Result, a, b extract.Mention) bool {
	for _, m := range res.Mentions {
		if m.Start == a.Start || m.Start == b.Start {
			continue
		}
		switch m.Text {
		case a.Text:
			if !strings.HasPrefix(res.Doc.Text[m.End:], " and "+b.Text) {
				return true
			}
		case b.Text:
			if !strings.HasSuffix(res.Doc.Text[:m.Start], a.Text+" and ") {
				return true
			}
		}
	}
	return false
}

// listEnd reports whether b, one or two capitalised common words after
// a's name and "and", ends a list in a's name: "the Department for
// Culture, Arts and Sport" (see joinCoordinatedNames).
func (r *Resolver) listEnd(res *extract.Result, casings Casings, a, b extract.Mention) bool {
	if casings == nil || a.Type != extract.Organization || b.Type != extract.Organization && b.Type != extract.Miscellaneous {
		return false
	}
	sa, la, ha, ok := mentionTokens(res, a)
	if !ok || ha-la < 2 {
		return false
	}
	sb, lb, hb, ok := mentionTokens(res, b)
	if !ok || hb-lb > 2 {
		return false
	}
	common := func(w string) bool {
		return tokenize.StartsUpper(w) && letters(w) && commonWord(casings, w) && !r.bodyWord(w) && !r.words.Is(strings.ToLower(w), lexicon.Organization)
	}
	if !common(strings.TrimSuffix(sa.Tokens[ha-1].Text, ",")) {
		return false
	}
	for _, t := range sb.Tokens[lb:hb] {
		if !common(t.Text) {
			return false
		}
	}
	// The list ends the name: no capitalised word goes on after it.
	return hb == len(sb.Tokens) || !tokenize.StartsUpper(sb.Tokens[hb].Text)
}
