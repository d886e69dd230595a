package typing

import (
	"strings"

	"github.com/kg-project/kg/extract/lexicon"
)

// languageAppositive reads an appositive after the name that an article
// opens and a singular "language" or "dialect" in lower case heads, past
// adjectives, capitalised words and hyphens that say which: "Tarvish, a
// Vellic language spoken in Norland", "Vellic, an old Harlow dialect". The
// name is a language's (the language-appositive rule); a noun after the
// head makes it a modifier ("X, a language teacher", a person).
func languageAppositive(w *window, ev *evidence) {
	k := w.hi
	if w.word(k) != "," || !w.free(k+1) {
		return
	}
	switch strings.ToLower(w.word(k + 1)) {
	case "a", "an":
	default:
		return
	}
	for j := k + 2; j < len(w.toks) && j < k+8; j++ {
		t := w.tag(j)
		if w.free(j) && t == "NN" && lower(w.toks[j].Text) && w.lex.Is(w.word(j), lexicon.LanguageNoun) {
			if n := w.tag(j + 1); n == "POS" || strings.HasPrefix(n, "NN") && !w.participle(j+1) {
				return
			}
			ev.tongue++
			ev.reasons = append(ev.reasons, reason{"language", "language-appositive", w.word(k+1) + " ... " + w.word(j)})
			return
		}
		// Other names may say which ("a Vellic language").
		if w.free(j) && !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NNP") && w.word(j) != "-" && t != "HYPH" {
			return
		}
	}
}

// participle reports whether token k is a verb's past participle in lower
// case, whatever the tagger read ("a language spoken in ...", where
// "spoken" may be tagged a noun): WordNet's lemma of it as a participle
// is a verb and another word.
func (w *window) participle(k int) bool {
	x := w.word(k)
	if k >= len(w.toks) || !lower(w.toks[k].Text) {
		return false
	}
	l := w.lex.Lemma(x, "VBN")
	return l != x && w.lex.Known(l, lexicon.Verb)
}

// tongueMethod names the construction that read a language's name
// (spokenTongue): speaking-language, language-appositive or
// language-gloss.
func (ev *evidence) tongueMethod() string {
	switch {
	case ev.speaking > 0:
		return "typing/speaking-language"
	case ev.tongue > 0:
		return "typing/language-appositive"
	}
	return "typing/language-gloss"
}

// languageGloss reads a one-word name WordNet has as a language's that
// labels a gloss, a name or a word given in that language, as reference
// works gloss one: right after an opening bracket and before a colon
// ("Vellmar (Latin: Vella)"). The name is the
// language's (the language-gloss rule, as resolution reads a country's
// demonym so placed).
func languageGloss(w *window, ev *evidence) {
	m := w.res.Mentions[w.mi]
	if w.hi-w.lo != 1 || w.lo < 1 || w.word(w.hi) != ":" || !w.lex.Is(strings.ToLower(m.Text), lexicon.Language) {
		return
	}
	if w.word(w.lo-1) == "(" {
		ev.gloss++
		ev.reasons = append(ev.reasons, reason{"language", "language-gloss", "(" + m.Text + ":"})
	}
}
