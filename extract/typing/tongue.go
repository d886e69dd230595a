package typing

import (
	"strings"

	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/resolve"
)

// languageAppositive reads an appositive after the name that an article
// opens and a singular "language" or "dialect" in lower case heads, past
// adjectives, capitalised words and hyphens that say which: "Tarvish, a
// Vellic language spoken in Norland", "Vellic, an old Harlow dialect". The
// name is a language's (the language-appositive rule); a noun after the
// head makes it a modifier ("X, a language teacher", a person). The
// resolve stage reads the same appositive: resolve.LanguageAppositive,
// with the tokens of other names passed over.
func languageAppositive(w *window, ev *evidence) {
	s := &w.res.Sentences[w.res.Mentions[w.mi].Sentence]
	if j := resolve.LanguageAppositive(w.lex, s, w.hi, w.free); j >= 0 {
		ev.tongue++
		ev.reasons = append(ev.reasons, reason{"language", "language-appositive", w.word(w.hi+1) + " ... " + w.word(j)})
	}
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
