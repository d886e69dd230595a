package resolve

import (
	"strings"
	"unicode"
)

// Key normalises a name into the identity key of an entity: case folded,
// common Latin diacritics folded, periods and apostrophes dropped ("U.S."
// -> "us"), other punctuation and spaces collapsed to one space, a leading
// "the" removed. "The United States" and "united  states" share a key.
func Key(name string) string {
	k := Normalize(name)
	if strings.HasPrefix(k, "the ") {
		k = k[4:]
	}
	return k
}

// Normalize is Key without the removal of a leading "the": the one name
// normalisation of kg, which the store's search and linking split into
// words (graph/internal/vocab.NameTokens) so that they and entity IRIs
// agree on what a name's words are.
func Normalize(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	space := false
	for _, r := range name {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(foldDiacritic(r)))
		case r == '.' || r == '\'' || r == '’' || r == '‘' || unicode.Is(unicode.Mn, r):
			// Joins the letters around it.
		default:
			if b.Len() > 0 {
				space = true
			}
		}
	}
	return b.String()
}

// foldDiacritic maps Latin-1 and Latin Extended-A letters with diacritics to
// their base letter.
func foldDiacritic(r rune) rune {
	if r < 0xC0 || r > 0x17F {
		return r
	}
	if f, ok := latinFold[r]; ok {
		return f
	}
	return r
}

var latinFold = func() map[rune]rune {
	const from = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľŁłŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž"
	const to = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIiJjKkLlLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz"
	m := make(map[rune]rune, len(to))
	fr := []rune(from)
	for i := range fr {
		m[fr[i]] = rune(to[i])
	}
	return m
}()
