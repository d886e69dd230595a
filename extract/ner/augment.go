package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minorWords stay lower case inside a title-case headline.
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "by": true,
	"with": true, "from": true, "as": true, "vs": true, "v": true,
}

// titleCase rewrites a headline in capitals the way many news sites print
// headlines: each word capitalised, short function words in lower case.
// Tokens that are not plain words (numbers, "U.S.") are kept.
func titleCase(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w
		plain := true
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' {
				plain = false
				break
			}
		}
		if !plain || w == "" {
			continue
		}
		lw := strings.ToLower(w)
		if i > 0 && minorWords[lw] {
			out[i] = lw
			continue
		}
		r, n := utf8.DecodeRuneInString(lw)
		out[i] = string(unicode.ToUpper(r)) + lw[n:]
	}
	return out
}

// augment returns docs with, appended to each document, a title-case copy
// of every headline in capitals, so the tagger learns names in both styles.
func augment(docs []Document) []Document {
	out := make([]Document, len(docs))
	for i, d := range docs {
		nd := Document{Sentences: append([]Sentence(nil), d.Sentences...), Domain: d.Domain}
		for _, s := range d.Sentences {
			if sentMode(s.Tokens) == modeAllCaps {
				nd.Sentences = append(nd.Sentences, Sentence{Tokens: titleCase(s.Tokens), Tags: s.Tags})
			}
		}
		out[i] = nd
	}
	return out
}
