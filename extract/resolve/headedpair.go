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
	return !r.bodyWord(last) && !r.words.Is(last, lexicon.LegalForm) && !r.words.Is(last, lexicon.CompanySuffix) && !r.kindWord(last)
}

// channelNumber reports whether w is a number of one or two digits or
// a cardinal spelled in one word ("4", "Three").
func channelNumber(w string) bool {
	return numberWord(w) || spelledCardinal(w) || strings.EqualFold(w, "one")
}
