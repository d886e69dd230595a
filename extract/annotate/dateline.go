package annotate

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/tokenize"
)

// FindDateline returns the document's dateline: the first sentence that
// opens with one (tokenize.DatelineParts), perhaps after a byline ("By ANN
// LEE    PARIS (AP) —", the byline ending at a wide gap), or nil.
func FindDateline(sents []extract.Sentence, text string) *extract.Dateline {
	return FindDatelinePlace(sents, text, nil)
}

// FindDatelinePlace is FindDateline that also reads the datelines whose
// town place must know (tokenize.DatelinePlace).
func FindDatelinePlace(sents []extract.Sentence, text string, place func([]string) bool) *extract.Dateline {
	return findDateline(sents, text, place, nil)
}

// findDateline is FindDatelinePlace that also reads a bare dateline
// (bareDateline) whose town bare knows, when no other form opens a
// sentence.
func findDateline(sents []extract.Sentence, text string, place, bare func([]string) bool) *extract.Dateline {
	for si, s := range sents {
		if len(s.Tokens) == 0 {
			continue
		}
		if d := datelineFrom(s.Tokens, si, bylineEnd(s.Tokens, text), false, place); d != nil {
			return d
		}
		if d := datelineFrom(s.Tokens, si, sourceEnd(s.Tokens), true, place); d != nil {
			return d
		}
		if d := datelineFrom(s.Tokens, si, labelEnd(s.Tokens), false, place); d != nil {
			return d
		}
	}
	return bareDateline(sents, text, bare)
}

// bareMaxSentence is the last sentence (the headline's is the first) a
// bare dateline may open.
const bareMaxSentence = 1

// bareDateline returns the dateline that a town in capitals alone makes
// at the start of a line in the document's first sentences, the dash
// left out ("TARVIK Acme said ...", "TARVIK, Norland The mayor ..."): the
// town of two words or more or of five letters or more, perhaps a
// region or country in title case after a comma, then the story opening
// with a word in title case (no headline in capitals, no bracket, no
// date). known must know the town as a place and say it is no given
// name ("ANN Lee said" opens with a name in capitals, as some papers
// write a story's first word). Its Dash is the last word of the town or
// region: the story starts after it (the bare-dateline construction).
func bareDateline(sents []extract.Sentence, text string, known func([]string) bool) *extract.Dateline {
	if known == nil {
		return nil
	}
	for si := 0; si < len(sents) && si <= bareMaxSentence; si++ {
		toks := sents[si].Tokens
		if len(toks) < 3 || toks[0].Start > 0 && text[toks[0].Start-1] != '\n' {
			continue
		}
		words := make([]string, min(len(toks), 12))
		for i := range words {
			words[i] = toks[i].Text
		}
		if n, k := tokenize.BareDateline(words, known); n > 0 {
			return &extract.Dateline{Sentence: si, Town: [2]int{0, n}, Dash: k - 1}
		}
	}
	return nil
}

// knownPlace reports whether the gazetteer knows words as a populated
// place's name or a country's.
func knownPlace(g *gazetteer.Gazetteer, words []string) bool {
	name := strings.Join(words, " ")
	if len(g.Places(name)) > 0 {
		return true
	}
	_, ok := g.CountryByName(name)
	return ok
}

// datelineFrom returns the dateline that opens toks at start, or nil;
// with needAgency, only one that names its agency in brackets.
func datelineFrom(toks []tokenize.Token, si, start int, needAgency bool, place func([]string) bool) *extract.Dateline {
	if start >= len(toks) || !startsUpper(toks[start].Text) {
		return nil
	}
	words := make([]string, len(toks)-start)
	for i, t := range toks[start:] {
		words[i] = t.Text
	}
	town, agency, dash := tokenize.DatelinePlace(words, place)
	if town == 0 || needAgency && agency[1] <= agency[0] {
		return nil
	}
	d := &extract.Dateline{Sentence: si, Town: [2]int{start, start + town}, Dash: start + dash}
	if agency[1] > agency[0] {
		d.Agency = [2]int{start + agency[0], start + agency[1]}
	}
	return d
}

// labelEnd returns the token after a section's label and colon that open
// a sentence before the dateline ("World News: TARVIK, March 3: ..."; see
// tokenize.DatelineLabel), or 0.
func labelEnd(toks []tokenize.Token) int {
	words := make([]string, 0, 5)
	for _, t := range toks[:min(len(toks), 5)] {
		words = append(words, t.Text)
	}
	return tokenize.DatelineLabel(words)
}

// sourceEnd returns the token after a feed's source name and dash that
// open a sentence before the dateline ("Acme Press - TARVIK (AP) -"): one
// to four capitalised words and a dash; 0 when there is none. The caller
// takes the dateline after it only when the dateline names its agency.
func sourceEnd(toks []tokenize.Token) int {
	for i := 0; i < len(toks) && i <= 4; i++ {
		if tokenize.IsDash(toks[i].Text) {
			if i == 0 {
				return 0
			}
			return i + 1
		}
		if !startsUpper(toks[i].Text) {
			return 0
		}
	}
	return 0
}

// bylineEnd returns the token after a byline that opens a sentence ("By"
// and a name, then a gap of two spaces or more or a line break before the
// dateline), or 0 when there is none.
func bylineEnd(toks []tokenize.Token, text string) int {
	if len(toks) < 3 || toks[0].Text != "By" && toks[0].Text != "BY" {
		return 0
	}
	for i := 1; i < len(toks) && i <= 5; i++ {
		gap := text[toks[i-1].End:toks[i].Start]
		if i > 1 && (len(gap) >= 2 || strings.Contains(gap, "\n")) {
			return i
		}
		if !startsUpper(toks[i].Text) && toks[i].Text != "." {
			return 0
		}
	}
	return 0
}

func startsUpper(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z'
	}
	return false
}
