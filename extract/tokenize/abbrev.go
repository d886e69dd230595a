package tokenize

import "strings"

// abbrevClass says when a word followed by a period is an abbreviation
// that keeps the period.
type abbrevClass uint8

const (
	abbrevNone   abbrevClass = iota
	abbrevAlways             // Mr. Inc. Oct. etc.
	// abbrevBeforeNumber: only before a number (No. 10, p. 5, Jan. 3); the
	// word is an ordinary one elsewhere ("said no.").
	abbrevBeforeNumber
	// abbrevAfterComma: a US state that is also an English word, only after
	// a comma (Boston, Mass.).
	abbrevAfterComma
	// abbrevBeforeNumberOrComma: a weekday, only before a number or comma
	// (Sun., Jan. 5).
	abbrevBeforeNumberOrComma
	// abbrevBeforeCapitals: Saint, Mount or Fort in capitals, only before a
	// word in capitals (the dateline "ST. PETERSBURG"); elsewhere as
	// likely an acronym ending a sentence ("the FT.").
	abbrevBeforeCapitals
)

// IsNumberSign reports whether w, in any case, is the number sign a
// rank or a count is written with before its number: "No." or "No"
// ("No. 7 Norland", "no 3 seed"). Whether a number follows is the
// caller's to ask.
func IsNumberSign(w string) bool {
	return strings.EqualFold(w, "no.") || strings.EqualFold(w, "no")
}

// abbreviation classifies a word (without its period) as an abbreviation.
// The lists are of general English: titles, company suffixes, months and
// weekdays, US state abbreviations used by news agencies, and Latin and
// reference abbreviations. Except for the Latin and reference words, which
// match in any case, a word matches only when capitalised (Corp), or in
// capitals for a few longer company suffixes and titles (CORP).
func abbreviation(w string) abbrevClass {
	if len(w) == 0 || len(w) > 7 {
		return abbrevNone
	}
	var buf [7]byte
	upper := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !isLetterByte(c) {
			return abbrevNone
		}
		if isUpperByte(c) {
			upper++
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	lower := buf[:len(w)]
	switch string(lower) {
	case "vs", "etc", "cf", "al", "approx", "viz", "incl", "esp":
		return abbrevAlways
	case "no", "nos", "vol", "vols", "fig", "figs", "p", "pp", "art", "ch", "op", "sec", "nr", "pt":
		return abbrevBeforeNumber
	}
	if !isUpperByte(w[0]) || upper != 1 && upper != len(w) {
		return abbrevNone
	}
	if upper > 1 {
		// In capitals only company suffixes and titles of three or more
		// letters (INC. CORP. GEN.): shorter ones are as likely acronyms
		// that end a sentence ("the FT.", "MS."), and so are months (DEC.).
		switch string(lower) {
		case "inc", "corp", "ltd", "cos", "bros", "mrs", "messrs", "prof", "gen", "sen",
			"gov", "rep", "capt", "sgt", "col", "maj", "adm", "lieut":
			return abbrevAlways
		case "st", "mt", "ft":
			return abbrevBeforeCapitals
		}
		return abbrevNone
	}
	switch string(lower) {
	case
		// titles and ranks
		"mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "prof", "rev", "hon",
		"gen", "gens", "lt", "col", "maj", "capt", "cmdr", "cdr", "adm", "sgt", "cpl", "pvt",
		"gov", "sen", "rep", "supt", "insp", "det", "fr", "jr", "sr", "pres", "atty",
		"brig", "esq", "lieut",
		// places in names and addresses
		"st", "mt", "ft", "ave", "blvd", "hwy", "rd",
		// organisations
		"inc", "corp", "ltd", "co", "cos", "bros", "assn", "dept", "univ", "inst", "intl",
		"natl", "govt", "mfg",
		// months
		"feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		// US states whose abbreviation is not an English word
		"ala", "ariz", "calif", "colo", "conn", "fla", "kan", "kans", "ky", "md", "mich",
		"minn", "neb", "nebr", "nev", "okla", "tenn", "wis", "wisc", "wyo", "vt":
		return abbrevAlways
	case "jan", "mar":
		return abbrevBeforeNumber
	case "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun":
		return abbrevBeforeNumberOrComma
	case "ark", "del", "ga", "ill", "ind", "la", "mass", "miss", "mo", "mont", "ore", "pa",
		"tex", "va", "wash":
		return abbrevAfterComma
	}
	return abbrevNone
}
