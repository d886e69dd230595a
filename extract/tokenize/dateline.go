package tokenize

import (
	"strings"
	"unicode"
)

// DatelineTown returns the number of words of a news dateline's town
// that open a sentence's words; see DatelineParts.
func DatelineTown(words []string) int {
	town, _, _ := DatelineParts(words)
	return town
}

// DatelineParts reads a news dateline at the start of a sentence's words
// ("HARBOR CITY —", "TARVIK, Ostmark —", "TARVIK (Reuters) -", "TARVIK/NEW
// PELLAM (Reuters) -" filed from two towns, "GAZA CITY,
// Gaza Strip Sept. 7, 2004 -", "Tarvik, Ostmark (AP) -", "Tarvik, March 3
// —"): the town, in capitals (five letters or more in all, unless a
// region, a date or an agency follows) or in title case (when a region, a
// date or an agency follows), then an
// optional ", Region" and date, an optional "(Agency)", and a dash that no
// second dash pairs with soon after ("EADS - its owner - said" is an
// aside) and no headline in capitals follows (see capitalsAfter). It
// returns the number of words of the town, the word range
// [agency[0], agency[1]) of the agency inside the brackets ([0, 0) when
// none) and the index of the dash; town is 0 when the words open with no
// dateline. It reads no form that needs the town to be a known place;
// see DatelinePlace.
func DatelineParts(words []string) (town int, agency [2]int, dash int) {
	return DatelinePlace(words, nil)
}

// DatelinePlace is DatelineParts that also reads, when place (which
// reports whether words name a place it knows; nil knows none) knows the
// town, a dateline whose agency no dash follows: "TARVIK (Wirenews) The
// mayor ...", the town in capitals and the story opening with a capital,
// the agency no stock ticker ("(ACM.N)", "(NYSE: ACM)"), its dash then
// the agency's closing bracket; and a dateline that a colon ends, the
// town in capitals or a date after it ("TARVIK: The mayor ...", "Tarvik,
// March 3: ..."; not a label, "UPDATE: ...", or a transcript's speaker,
// "ANN LEE: ...", which are no places), its dash then the colon; and an
// agency a colon follows ("TARVIK (Wirenews): ..."), the town known and
// in capitals, its dash then the colon.
func DatelinePlace(words []string, place func([]string) bool) (town int, agency [2]int, dash int) {
	n, letters, caps := townWords(words)
	if n == 0 {
		return 0, [2]int{}, 0
	}
	k := n
	region, dated := false, false
	if k < len(words) && words[k] == "," {
		k++
		for k < len(words) && k < n+6 && StartsUpper(words[k]) && !isMonth(words[k]) {
			k++
			region = true
		}
		j := skipDate(words, k)
		dated, k = j > k+1, j
	}
	if k < len(words) && words[k] == "(" { // the agency: "(Reuters)"
		if j := agencyClose(words, k); j > 0 {
			agency = [2]int{k + 1, j}
			k = j + 1
		}
	}
	if k < len(words) && words[k] == ":" {
		if colonDateline(words, n, k, agency, caps || dated && agency[1] <= agency[0], place) {
			return n, agency, k
		}
		return 0, [2]int{}, 0
	}
	framed := region || dated || agency[1] > agency[0]
	if !caps && !framed || caps && letters < 5 && n < 2 && !framed {
		return 0, [2]int{}, 0
	}
	if !storyDash(words, k) {
		if agency[1] > agency[0] && caps && !tickerCredit(words[agency[0]:agency[1]]) &&
			storyAfterCredit(words[k:]) && knownTowns(words[:n], place) {
			return n, agency, k - 1
		}
		return 0, [2]int{}, 0
	}
	return n, agency, k
}

// colonDateline reports whether the colon at words[k] ends a dateline
// whose town is words[:n], with the agency's words at agency (none when
// agency[1] <= agency[0]): the town known, and in capitals or dated
// (shaped says which) and the story after the colon opening with a
// capital: "TARVIK: The mayor ...", "Tarvik, March 3: ..."; with an
// agency, "TARVIK (Wirenews): ...", the town in capitals and the agency
// no ticker.
func colonDateline(words []string, n, k int, agency [2]int, shaped bool, place func([]string) bool) bool {
	if agency[1] > agency[0] && tickerCredit(words[agency[0]:agency[1]]) {
		return false
	}
	return shaped && storyAfterCredit(words[k+1:]) && knownTowns(words[:n], place)
}

// BareDateline reads a dateline whose dash was left out at the start of
// words ("TARVIK Acme said ...", "TARVIK, Norland The mayor ..."): a town
// in capitals of two words or more or of five letters or more that known
// knows, perhaps a region in title case after a comma that known knows
// too, then the story opening with a word in title case, no headline in
// capitals. It returns the number of words of the town and the index of
// the story's first word; n is 0 when the words open with no such
// dateline.
func BareDateline(words []string, known func([]string) bool) (n, story int) {
	n, letters, caps := townWords(words)
	if n == 0 || !caps || letters < 5 && n < 2 || !known(words[:n]) {
		return 0, 0
	}
	k := n
	if k < len(words) && words[k] == "," {
		// The region: one or two words known, the shorter first.
		region := 0
		for r := 1; r <= 2 && k+1+r < len(words) && region == 0; r++ {
			if StartsUpper(words[k+r]) && !AllCaps(words[k+r]) && !isMonth(words[k+r]) && known(words[k+1:k+1+r]) {
				region = r
			}
		}
		if region == 0 {
			return 0, 0
		}
		k += 1 + region
	}
	if k >= len(words) || AllCaps(words[k]) || !storyAfterCredit(words[k:]) || isMonth(words[k]) {
		return 0, 0
	}
	return n, k
}

// agencyMax is the most words an agency's credit in a dateline's
// brackets holds when it names sources joined by "&" or "and".
const agencyMax = 6

// agencyClose returns the index of the bracket that closes the agency's
// credit opened at words[k]: up to three words of any kind ("(Reuters)",
// "(AP Sport)"), or up to agencyMax words, capitalised words then "&" or
// "and" and the other sources ("(Velden Online & News Agencies)", "(Acme
// Wire and agencies)": the outlet and the others it drew on); 0 when
// none closes.
func agencyClose(words []string, k int) int {
	joined, lower := false, false
	for j := k + 1; j < len(words) && j <= k+agencyMax+1; j++ {
		switch w := words[j]; {
		case w == ")":
			if j < k+5 || joined && !lower {
				return j
			}
			return 0
		case joined:
		case (w == "&" || w == "and") && j > k+1:
			joined = true
		case !StartsUpper(w):
			lower = true
		}
	}
	return 0
}

// tickerCredit reports whether the words in a dateline's brackets are a
// stock's ticker rather than an agency: a word of Ticker's shape, or a
// colon ("NYSE: ACM").
func tickerCredit(words []string) bool {
	for _, w := range words {
		if w == ":" || Ticker(w) {
			return true
		}
	}
	return false
}

// DatelineLabel returns the index of the word after a section's label
// and its colon that open words before a dateline ("World News: Tarvik,
// March 3: ..."): one to three words with a capital, then the colon; or 0
// when there is none. The caller reads the dateline after it.
func DatelineLabel(words []string) int {
	for i := 0; i < len(words) && i <= 3; i++ {
		if words[i] == ":" {
			if i == 0 {
				return 0
			}
			return i + 1
		}
		if !StartsUpper(words[i]) {
			return 0
		}
	}
	return 0
}

// storyAfterCredit reports whether words open a story right after a
// dateline's agency: a word with a capital, not a headline in capitals.
func storyAfterCredit(words []string) bool {
	return len(words) > 0 && StartsUpper(words[0]) && !capitalsAfter(words)
}

// knownTowns reports whether place knows the town words of a dateline,
// each of them when a slash parts two.
func knownTowns(words []string, place func([]string) bool) bool {
	if place == nil || len(words) == 0 {
		return false
	}
	lo := 0
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == "/" {
			if i == lo || !place(words[lo:i]) {
				return false
			}
			lo = i + 1
		}
	}
	return true
}

// townWords reads the words a dateline's town may be at the start of
// words: up to six words in capitals (and full stops after them, and a
// slash between two towns filed from together, "HARLOW/NEW PELLAM"), or
// one to three in title case; it returns how many, their letters, and
// whether they are in capitals.
func townWords(words []string) (n, letters int, caps bool) {
	caps = true
	for n < len(words) && n < 6 {
		w := words[n]
		title := StartsUpper(w) && !AllCaps(w)
		switch {
		case caps && (AllCaps(w) || n > 0 && w == "." && AllCaps(words[n-1])):
		case caps && n > 0 && w == "/" && AllCaps(words[n-1]) && n+1 < len(words) && AllCaps(words[n+1]):
		case title && (n == 0 || !caps && n < 3):
			caps = false
		default:
			return n, letters, caps
		}
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		n++
	}
	return n, letters, caps
}

// storyDash reports whether words[k] is the dash that opens a dateline's
// story: no second dash pairs with it soon after ("EADS - its owner -
// said" is an aside) and no headline in capitals follows it.
func storyDash(words []string, k int) bool {
	if k >= len(words) || !IsDash(words[k]) {
		return false
	}
	for j := k + 1; j < len(words) && j < k+14; j++ {
		if IsDash(words[j]) {
			return false
		}
	}
	return !capitalsAfter(words[k+1:])
}

// capitalsAfter reports whether the words after a dash are a headline in
// capitals ("HARLOW - TARVIK BEAT PELLAM"): two words with letters or more,
// none with a small letter. What follows a dateline's dash is the story,
// written in sentence case; a topic's name in capitals before a headline
// ("SPORT - ...") is no town.
func capitalsAfter(words []string) bool {
	n := 0
	for _, w := range words {
		if !AllCaps(w) {
			if strings.IndexFunc(w, unicode.IsLower) >= 0 {
				return false
			}
			continue
		}
		n++
	}
	return n >= 2
}

// skipDate returns the word after a date at words[k] ("Sept. 7, 2004"),
// or k when there is none.
func skipDate(words []string, k int) int {
	if k >= len(words) || !isMonth(words[k]) {
		return k
	}
	j := k + 1
	for j < len(words) && j < k+6 && (words[j] == "." || words[j] == "," || isDigits(words[j])) {
		j++
	}
	if words[j-1] == "," {
		j--
	}
	return j
}

func isDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// isMonth reports whether w is a month's name or its abbreviation as
// datelines write them ("Sept", "Jan").
func isMonth(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec":
		return true
	}
	return false
}

// IsOpenQuote reports whether w is a mark that opens a quotation: a
// straight or curly double quote, the Penn Treebank's two backquotes, an
// opening single quote, a guillemet or a low double quote. (Not an opening
// bracket: after an abbreviation one more often goes on with the sentence,
// "et al. (2001)".)
func IsOpenQuote(w string) bool {
	switch w {
	case `"`, "``", "\u201c", "\u2018", "\u00ab", "\u201e":
		return true
	}
	return false
}

// IsQuoteMark reports whether w is quotation marks and nothing else:
// straight or curly, single or double, or a run of them as the Penn
// Treebank writes them (a straight double quote, "“", "”", "'", "’", two
// backquotes, two apostrophes). The apostrophe of "players'" standing
// alone is one too: a caller that must tell the two apart asks
// IsDoubleQuote.
func IsQuoteMark(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		switch r {
		case '\'', '"', '`', '\u2018', '\u2019', '\u201c', '\u201d':
		default:
			return false
		}
	}
	return true
}

// IsDoubleQuote reports whether w is a double quotation mark: straight,
// curly, or the Penn Treebank's two backquotes or two apostrophes. A
// single quote is not one, as it may be the apostrophe of a plural
// possessive.
func IsDoubleQuote(w string) bool {
	switch w {
	case `"`, "\u201c", "\u201d", "``", "''":
		return true
	}
	return false
}

// IsScore reports whether w is a score: two numbers of up to three digits
// joined by a hyphen or an en dash ("2-1", "24-10").
func IsScore(w string) bool {
	a, b, ok := strings.Cut(strings.ReplaceAll(w, "–", "-"), "-")
	return ok && a != "" && b != "" && len(a) <= 3 && len(b) <= 3 &&
		strings.Trim(a, "0123456789") == "" && strings.Trim(b, "0123456789") == ""
}

// IsDash reports whether w is a dash as datelines and attributions use
// it ("—", "–", the quotation dash "―", "--", "-").
func IsDash(w string) bool { return w == "—" || w == "–" || w == "―" || w == "--" || w == "-" }
