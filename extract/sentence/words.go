package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/tokenize"
)

// isTerminal reports whether t is sentence-final punctuation: a period,
// ! or ?, or an ellipsis.
func isTerminal(t tokenize.Token) bool {
	if t.Kind != tokenize.Punct {
		return false
	}
	switch t.Text[0] {
	case '.', '!', '?':
		return true
	}
	return t.Text == "\u2026" || t.Text == "\u203d" // … ‽
}

// isAbbrev reports whether t is a word that keeps a final period (Mr.
// U.S. J.).
func isAbbrev(t tokenize.Token) bool {
	return t.Kind == tokenize.Word && len(t.Text) > 1 && strings.HasSuffix(t.Text, ".")
}

// isCloser reports whether w closes a quotation or bracket.
func isCloser(w string) bool {
	switch w {
	case `"`, "'", "''", ")", "]", "}", "\u201d", "\u2019", "\u00bb", "\u203a":
		return true
	}
	return false
}

// isBullet reports whether w is a bullet character.
func isBullet(w string) bool {
	switch w {
	case "\u2022", "\u2023", "\u2043", "\u25aa", "\u25cf", "\u25e6":
		return true
	}
	return false
}

// continues reports whether a line ending in w goes on into the next line:
// w is a comma or similar, an opening bracket, a hyphen or dash, or a
// function word that cannot end a sentence.
func continues(w string) bool {
	switch w {
	case ",", ";", ":", "(", "[", "-", "--", "\u2013", "\u2014", "&", "/", "+", "=",
		"\u201c", "``",
		"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
		"and", "or", "but", "nor", "as", "that", "which", "who", "whose", "whom", "than",
		"is", "are", "was", "were", "be", "been", "has", "have", "had", "its", "their",
		"his", "her", "our", "my", "your", "this", "these", "those", "if", "when", "while":
		return true
	}
	return strings.HasSuffix(w, "-")
}

// startsSentence reports whether a sentence may start with token t: it
// does not start with a small letter and is not punctuation that goes on
// with the sentence before (, ; : and closing brackets). Closing quotes
// attached to the sentence before have been taken in by then, so an
// apostrophe or a doubled apostrophe here opens a quotation.
func startsSentence(t tokenize.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	if unicode.IsLower(r) {
		return false
	}
	if t.Kind == tokenize.Punct {
		switch t.Text {
		case ",", ";", ":", ")", "]", "}", "\u201d":
			return false
		}
	}
	return true
}

// isUpperStart reports whether w starts with a capital letter.
func isUpperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// Classes of abbreviations for deciding whether their period ends a
// sentence.
const (
	classOther = iota // U.S. J. Calif. Oct. e.g.: end before a starter word
	classTitle        // Mr. Dr. No. vs.: never end a sentence
	classFinal        // Inc. Jr. p.m.: end before most capitalised words
)

// abbrevClass classifies an abbreviation token (with its period).
func abbrevClass(w string) int {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "prof", "rev", "hon",
		"gen", "gens", "lt", "col", "maj", "capt", "cmdr", "cdr", "adm", "sgt", "cpl", "pvt",
		"gov", "sen", "rep", "supt", "insp", "det", "fr", "pres", "atty", "brig", "lieut",
		"st", "mt", "ft", "no", "nos", "vol", "vols", "fig", "figs", "p", "pp", "art", "ch",
		"op", "sec", "nr", "pt", "vs", "cf", "approx", "viz", "incl", "esp":
		return classTitle
	case "inc", "corp", "ltd", "co", "cos", "bros", "plc", "llc", "jr", "sr", "esq",
		"etc", "a.m", "p.m", "al":
		return classFinal
	}
	return classOther
}

// isStarter reports whether w is a capitalised word that often starts a
// sentence and rarely continues a name: pronouns, determiners,
// conjunctions, prepositions and sentence adverbs.
func isStarter(w string) bool {
	switch w {
	case "The", "A", "An", "This", "That", "These", "Those", "There", "Their", "They",
		"He", "She", "It", "Its", "His", "Her", "We", "Our", "I", "You", "Your", "My",
		"But", "And", "Or", "So", "Yet", "Nor", "However", "Meanwhile", "Moreover",
		"Instead", "Still", "Also", "Now", "Then", "Thus", "Hence", "Indeed", "Earlier",
		"Later", "Today", "Yesterday", "Tomorrow", "Last", "Next", "According",
		"In", "On", "At", "For", "From", "With", "By", "As", "After", "Before", "During",
		"Since", "Until", "Under", "Over", "Despite", "Among", "Although", "Though",
		"Because", "When", "While", "If", "Once", "Unless", "Whether",
		"What", "Why", "How", "Who", "Where", "Which", "Some", "Many", "Most", "All",
		"Both", "Each", "Every", "Several", "Such", "Other", "Others", "Another", "No",
		"Not", "Only", "Even", "Here", "Mr.", "Mrs.", "Ms.", "Dr.":
		return true
	}
	return false
}

// isMonthOrDay reports whether w names a month or weekday, which often
// follows an abbreviation inside a sentence ("9 a.m. Monday").
func isMonthOrDay(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
		"Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		return true
	}
	return false
}
