package resolve

import (
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// splitBodyPersons parts a name the recognizer ran from a body's name
// on into the person's name after it, with no mark between ("a note
// the Vellmar Parks Committee Bo Ek wrote"): the words up to a
// capitalised word for a kind of body or place (the lexicon's
// KindWord, "Committee", "Council", "Bank"), which is not the name's
// first, are the body's, and the two or three words after it, opening
// with a given name the list of given names knows and no word for a
// kind of body or place among them, are a person's, perhaps with the
// post-nominal letters after it that trimPostNominals cuts ("the
// Vellmar Parks Committee Bo Ek QC": the body-person construction). A person's name read whole is left alone, as is one
// whose words after the kind word hold a function word or a word in
// capitals ("the Harlow Bank Vell Branch" names no person), and a name
// right after "of" with no article, which may be an office's portfolio
// ("Minister of Culture Media Bo Ek").
func (r *Resolver) splitBodyPersons(res *extract.Result) {
	firstNames, ok := r.aliases.(FirstNames)
	if !ok || r.words == nil {
		return
	}
	var add []extract.Mention
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Organization && m.Type != extract.Miscellaneous && m.Type != extract.Location {
			continue
		}
		s, a, b, ok := mentionTokens(res, *m)
		if !ok {
			continue
		}
		e := b // the person's name's end, before post-nominal letters
		if b-a > 4 && r.postNominal(s.Tokens[b-1].Text) {
			e--
		}
		k := e - 3
		if k > a && !r.kindWord(s.Tokens[k].Text) {
			k = e - 4
		}
		// "Minister of Culture Media Bo Ek": right after "of", the
		// words may be an office's portfolio (see portfolioNames).
		if a > 0 && s.Tokens[a-1].Text == "of" {
			continue
		}
		if k <= a || !r.kindWord(s.Tokens[k].Text) || !capitalisedWord(s.Tokens[k].Text) || !r.personAfterKind(firstNames, s.Tokens[k:e]) {
			continue
		}
		add = append(add, extract.Mention{Start: s.Tokens[k+1].Start, End: m.End, Text: res.Doc.Text[s.Tokens[k+1].Start:m.End], Type: extract.Person, Sentence: m.Sentence, Entity: -1})
		m.End = s.Tokens[k].End
		m.Text = res.Doc.Text[m.Start:m.End]
		m.Class = ""
	}
	res.Mentions = append(res.Mentions, add...)
}

// personAfterKind reports whether the words of toks after its first, a
// kind word, are a person's name of two or three words: a given name
// first, each word capitalised, in letters, one space after the word
// before, and no word for a kind of body or place (see
// splitBodyPersons).
func (r *Resolver) personAfterKind(firstNames FirstNames, toks []tokenize.Token) bool {
	if len(toks) < 3 || len(toks) > 4 || !firstNames.FirstName(toks[1].Text) {
		return false
	}
	for j := 1; j < len(toks); j++ {
		if t := toks[j]; !capitalisedWord(t.Text) || r.kindWord(t.Text) || t.Start != toks[j-1].End+1 {
			return false
		}
	}
	return true
}
