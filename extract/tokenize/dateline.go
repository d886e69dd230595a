package tokenize

import "unicode"

// DatelineTown returns the number of words of a news dateline's town
// that open a sentence's words; see DatelineParts.
func DatelineTown(words []string) int {
	town, _, _ := DatelineParts(words)
	return town
}

// DatelineParts reads a news dateline at the start of a sentence's words
// ("HARBOR CITY —", "TARVIK, Ostmark —", "TARVIK (Reuters) -"): words in
// capitals, five letters or more in all, followed by a dash (after an
// optional ", Region", "(Agency)" or both) that no second dash pairs with
// soon after ("EADS - its owner - said" is an aside). It returns the
// number of words of the town, the word range [agency[0], agency[1]) of
// the agency inside the brackets ([0, 0) when none) and the index of the
// dash; town is 0 when the words open with no dateline.
func DatelineParts(words []string) (town int, agency [2]int, dash int) {
	n, letters := 0, 0
	for n < len(words) && n < 6 && (AllCaps(words[n]) || n > 0 && words[n] == "." && AllCaps(words[n-1])) {
		for _, r := range words[n] {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		n++
	}
	if n == 0 || letters < 5 && n < 2 {
		return 0, [2]int{}, 0
	}
	k := n
	if k < len(words) && words[k] == "," {
		k++
		for k < len(words) && k < n+6 && startsUpper(words[k]) {
			k++
		}
	}
	if k < len(words) && words[k] == "(" { // the agency: "(Reuters)"
		for j := k + 1; j < len(words) && j < k+5; j++ {
			if words[j] == ")" {
				agency = [2]int{k + 1, j}
				k = j + 1
				break
			}
		}
	}
	if k >= len(words) || !IsDash(words[k]) {
		return 0, [2]int{}, 0
	}
	for j := k + 1; j < len(words) && j < k+14; j++ {
		if IsDash(words[j]) {
			return 0, [2]int{}, 0
		}
	}
	return n, agency, k
}

// IsDash reports whether w is a dash as datelines use it ("—", "–",
// "--", "-").
func IsDash(w string) bool { return w == "—" || w == "–" || w == "--" || w == "-" }

// startsUpper reports whether w begins with an upper-case letter.
func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}
