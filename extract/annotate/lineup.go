package annotate

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// Bounds of a line-up: the longest name of a player in tokens ("Ann
// de Vell" is three), the longest label before the colon, the fewest
// players in a list that is a line-up by itself, how many sentences
// away a shorter list may stand from one ("Subs not used: Ek, Lee."),
// and the last minute of a game with extra time.
const (
	lineupNameMax  = 3
	lineupLabelMax = 4
	lineupMin      = 4
	lineupNear     = 2
	lineupMinute   = 130
)

// lineupList is one sentence read as a list of players.
type lineupList struct {
	l extract.Lineup
	// strong: a list of lineupMin players or more with a mark of a
	// line-up (a semicolon between lines of the side or a substitute in
	// brackets; minutes alone may be a table of scores: "Harlow 2,
	// Pellam 1, ...").
	strong bool
}

// FindLineups returns the document's line-ups: sentences that are wholly
// a list of short capitalised names parted by commas and semicolons, perhaps
// after a label and a colon ("Norland: Lee; Ek, Vell (Moss 58); ..."),
// with minutes ("Ek 76") and substitutes in brackets ("(Moss 58)"). A list
// is one when it has lineupMin players or more and a semicolon or a
// substitute; a shorter or plainer one ("Replacements: Ann, Bo.",
// "Moss 79, Ek 90.") when it stands within lineupNear sentences of
// another line-up. A bracket wholly a name without a minute holds the
// player's club, as squad lists give it ("Ann Lee (Harlow); Bo Ek
// (Pellam), ..."): it is kept in Clubs, not among the players.
func FindLineups(sents []extract.Sentence) []extract.Lineup {
	lists := make([]*lineupList, len(sents))
	found := false
	for si, s := range sents {
		if l, ok := parseLineup(s.Tokens); ok {
			l.l.Sentence = si
			lists[si] = &l
			found = found || l.strong
		}
	}
	if !found {
		return nil
	}
	keep := make([]bool, len(sents))
	for si, l := range lists {
		keep[si] = l != nil && l.strong
	}
	// A plainer list joins when it stands near a kept one, before or
	// after it, until no more join.
	for changed := true; changed; {
		changed = false
		for si, l := range lists {
			if l == nil || keep[si] {
				continue
			}
			for d := -lineupNear; d <= lineupNear; d++ {
				if j := si + d; d != 0 && j >= 0 && j < len(sents) && keep[j] {
					keep[si], changed = true, true
					break
				}
			}
		}
	}
	var out []extract.Lineup
	for si, l := range lists {
		if keep[si] {
			out = append(out, l.l)
		}
	}
	return out
}

// parseLineup reads the tokens of a sentence as a list of players, perhaps
// after a label and a colon.
func parseLineup(toks []tokenize.Token) (lineupList, bool) {
	var out lineupList
	n := len(toks)
	if n > 0 && toks[n-1].Text == "." {
		n--
	}
	start := 0
	for i := 0; i < n; i++ {
		if toks[i].Text != ":" {
			continue
		}
		// The label: a few words right before the colon, opening the
		// sentence with a capital ("Subs not used:").
		if i == 0 || !capWord(toks[0]) || !lineupLabel(toks[:i]) {
			return out, false
		}
		out.l.Label = [2]int{0, i}
		start = i + 1
		break
	}
	items, semi, subs := 0, false, 0
	i := start
	for i < n {
		j := nameEnd(toks, i, n)
		if j == i {
			return out, false
		}
		out.l.Names = append(out.l.Names, [2]int{i, j})
		items++
		i = j
		if i < n && minute(toks[i]) {
			i++
		}
		if i < n && toks[i].Text == "(" {
			k := i + 1
			for k < n && toks[k].Text != ")" {
				k++
			}
			if k == n {
				return out, false
			}
			switch e := nameEnd(toks, i+1, k); {
			case e > i+1 && e+1 == k && minute(toks[e]):
				// "(Moss 58)": the substitute who came on.
				out.l.Names = append(out.l.Names, [2]int{i + 1, e})
				subs++
			case e > i+1 && e == k:
				// "(Harlow)": the player's club.
				out.l.Clubs = append(out.l.Clubs, [2]int{i + 1, e})
			case e > i+1:
				return out, false
			default:
				// "(capt)": lower-case words only.
				for m := i + 1; m < k; m++ {
					if toks[m].Kind != tokenize.Word || capWord(toks[m]) {
						return out, false
					}
				}
			}
			i = k + 1
			if i < n && minute(toks[i]) {
				i++
			}
		}
		if i == n {
			break
		}
		switch toks[i].Text {
		case ";":
			semi = true
		case ",":
		default:
			return out, false
		}
		i++
		if i == n {
			return out, false
		}
	}
	least := 1
	if out.l.Label[1] == 0 {
		least = 2
	}
	if items < least {
		return out, false
	}
	out.l.Span = [2]int{0, n}
	out.l.Lines = semi
	out.strong = items >= lineupMin && (semi || subs > 0)
	return out, true
}

// lineupLabel reports whether toks, the words before a line-up's colon,
// are a label: up to lineupLabelMax words, perhaps with a bracket of
// words in lower case among them that qualifies it ("Replacements
// (from):", the bench a side picks its replacements from; label-bracket).
func lineupLabel(toks []tokenize.Token) bool {
	words, open := 0, false
	for _, t := range toks {
		switch {
		case t.Text == "(" && !open && words > 0:
			open = true
		case t.Text == ")" && open:
			open = false
		case t.Kind != tokenize.Word:
			return false
		case open && capWord(t):
			return false
		case !open:
			words++
		}
	}
	return !open && words <= lineupLabelMax
}

// nameEnd returns the end of the name of capitalised words at toks[i:]
// before limit, when it is at most lineupNameMax capitalised words long,
// or i. A surname's particle in lower case may stand between two of its
// capitalised words ("CA del Vell", "R de Lee": lineup-particle).
func nameEnd(toks []tokenize.Token, i, limit int) int {
	j, words := i, 0
	for j < limit {
		switch {
		case capWord(toks[j]):
			words++
		case j > i && j+1 < limit && lexicon.SurnameParticle(toks[j].Text) && capWord(toks[j+1]):
		default:
			if words > lineupNameMax {
				return i
			}
			return j
		}
		j++
	}
	if words > lineupNameMax {
		return i
	}
	return j
}

// capWord reports whether t is a word that opens with a capital letter.
func capWord(t tokenize.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return t.Kind == tokenize.Word && unicode.IsUpper(r)
}

// minute reports whether t is a number that may be a game's minute.
func minute(t tokenize.Token) bool {
	if t.Kind != tokenize.Number {
		return false
	}
	v, err := strconv.Atoi(t.Text)
	return err == nil && v >= 1 && v <= lineupMinute
}
