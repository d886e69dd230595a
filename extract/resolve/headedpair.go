package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// headedPair reports whether a and b, the two sides of mention m the
// recognizer ran over "and" in text, are two names because the first
// ends as a whole name does: in a word for a kind of body or a number, as
// a broadcaster's channel is numbered ("the Harlow Council and Channel
// 4", "channels such as NBS Three and News 24"), while the second ends
// in no word for a kind of body and no legal form (one body's name lists
// its trades before its head: "Harlow Bank and Trust Company"). Each side
// is two capitalised words or more (a number of one or two digits right
// after the mention counts as the second's), with no function word, and the
// gazetteer does not list the whole (the headed-pair rule).
func (r *Resolver) headedPair(text string, m extract.Mention, a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	// The channel's number the channel-number rule puts on it later.
	if n := strings.Fields(text[m.End:min(len(text), m.End+4)]); len(n) > 0 && strings.HasPrefix(text[m.End:], " "+n[0]) && numberWord(strings.TrimRight(n[0], ".,;:")) {
		bw = append(bw, strings.TrimRight(n[0], ".,;:"))
	}
	if len(aw) < 2 || len(bw) < 2 || !nameWords(a) || !nameWords(b) || r.words == nil || r.listed(m.Text) {
		return false
	}
	first, last := aw[len(aw)-1], strings.ToLower(strings.TrimRight(bw[len(bw)-1], "."))
	if !r.bodyWord(first) && !channelNumber(first) {
		return false
	}
	return !r.bodyWord(last) && !r.legalEnding(last) && !r.kindWord(last)
}

// channelNumber reports whether w is a number of one or two digits or
// a cardinal spelled in one word ("4", "Three").
func channelNumber(w string) bool {
	return numberWord(w) || spelledCardinal(w) || strings.EqualFold(w, "one")
}

// eventPlacePair reports whether a and b, the two sides of mention m the
// recognizer ran over "and", are two names because one ends in the head
// of an event's name (the lexicon's EventName: "Festival", "Cup") and
// the other in a place's or a body's kind word ("Hall", "Stadium",
// "Council"): no one name holds both, as "the Harlow Jazz Festival and
// Tarvik Hall" are a festival and a hall. Each side is two capitalised
// words or more with no function word, the words before the place's or
// body's head include one that news writes capitalised (not "Harlow
// Festival and Conference Centre"), and the gazetteer does not list the
// whole (the event-place-pair construction).
func (r *Resolver) eventPlacePair(m extract.Mention, a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) < 2 || len(bw) < 2 || !nameWords(a) || !nameWords(b) || r.words == nil || r.listed(m.Text) {
		return false
	}
	event := func(w string) bool { return r.words.Is(strings.ToLower(w), lexicon.EventName) }
	place := func(w string) bool { return r.kindWord(w) && !event(w) }
	switch la, lb := aw[len(aw)-1], bw[len(bw)-1]; {
	case event(la) && place(lb):
		return r.properBefore(bw)
	case place(la) && event(lb):
		return r.properBefore(aw)
	}
	return false
}

// properBefore reports whether a word of name words before its last is
// one news writes capitalised more often than not.
func (r *Resolver) properBefore(words []string) bool {
	casings, ok := r.aliases.(Casings)
	if !ok {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if lo, hi, ok := casings.Casing(w); ok && lo < hi {
			return true
		}
	}
	return false
}

// bodyOfPair reports whether a and b, the two sides of mention m the
// recognizer ran over "and", are two bodies' names, each with its own
// head: the first ends in a word for a kind of body after a capitalised
// word, with no function word ("the Harlow Commission"), and the second
// holds "of" after two capitalised words or more, the last a word for a
// kind of body too and no legal form ("Vell Union of Students"). One
// body's name lists its trades before one head ("Harlow Bank and Trust
// Company") or its fields after it ("Department of Vell and Harlow
// Affairs"), not two heads each with its own words. The gazetteer does not list the
// whole (the body-of-pair rule).
func (r *Resolver) bodyOfPair(m extract.Mention, a, b string) bool {
	aw := strings.Fields(a)
	head, _, ok := strings.Cut(b, " of ")
	hw := strings.Fields(head)
	if !ok || len(aw) < 2 || len(hw) < 2 || !nameWords(a) || !nameWords(head) || !ofNameWords(b) || r.words == nil || r.listed(m.Text) {
		return false
	}
	last := strings.ToLower(hw[len(hw)-1])
	return r.orgHead(aw[len(aw)-1]) && r.orgHead(last) && !r.legalEnding(last)
}

// orgHead reports whether w, in any case, is a word for a kind of body
// (bodyWord, or the lexicon's Organization or NewsMedia: "Commission",
// "Union", "Network"), not of a place.
func (r *Resolver) orgHead(w string) bool {
	l := strings.ToLower(w)
	return r.bodyWord(w) || r.words.Is(l, lexicon.Organization) || r.words.Is(l, lexicon.NewsMedia)
}
