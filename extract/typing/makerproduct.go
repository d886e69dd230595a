package typing

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/resolve"
)

// makerProducts retypes a name the tagger read as a body's of no class
// but a company's that is a maker's name and then its product's ("the
// Acme Vellbox video game", beside "Vellbox" alone elsewhere): the whole
// is the product, a thing (MISC), and the maker's name alone, which
// resolution joined to it as its short name ("Acme's store"), is the
// maker's, an organisation of its own (the maker-product construction).
// The maker is a body the gazetteer lists (no place, nor a word news
// mostly writes in lower case) or one the document names on its own,
// and the text names the product alone as another entity's mention; the
// product is one word WordNet and the gazetteer have nothing of, with a
// capital and a small letter. A product's word that opens with a small
// letter before a capital ("the Tarvik vPad" beside "a vPad") needs no
// known maker, and the text need only write it alone.
func (t *Typer) makerProducts(res *extract.Result) {
	for e := range res.Entities {
		maker, ok := t.makerProduct(res, e)
		if !ok {
			continue
		}
		ent := &res.Entities[e]
		var move, keep []int
		for _, mi := range ent.Mentions {
			if strings.Join(strings.Fields(res.Mentions[mi].Text), " ") == maker {
				move = append(move, mi)
			} else {
				keep = append(keep, mi)
			}
		}
		if len(keep) == 0 {
			continue
		}
		ent.Type, ent.Class = extract.Miscellaneous, ""
		ent.Evidence = append(ent.Evidence, extract.Evidence{Method: "typing/maker-product", Words: maker})
		for _, mi := range keep {
			res.Mentions[mi].Type = extract.Miscellaneous
		}
		if len(move) == 0 {
			continue
		}
		n := bodyNamed(res, maker)
		if n < 0 {
			n = len(res.Entities)
			res.Entities = append(res.Entities, extract.Entity{Name: maker, Key: resolve.Key(maker), Type: extract.Organization,
				Evidence: []extract.Evidence{{Method: "typing/maker-product", Words: res.Entities[e].Name}}})
		}
		for _, mi := range move {
			res.Mentions[mi].Entity = n
			res.Mentions[mi].Type = extract.Organization
		}
		res.Entities[n].Mentions = append(res.Entities[n].Mentions, move...)
		res.Entities[e].Mentions = keep
		res.Entities[e].Aliases = mentionAliases(res, &res.Entities[e])
		res.Entities[n].Aliases = mentionAliases(res, &res.Entities[n])
	}
}

// makerProduct returns the maker's name of entity e when its name is a
// maker's and a product's (see makerProducts).
func (t *Typer) makerProduct(res *extract.Result, e int) (string, bool) {
	ent := res.Entities[e]
	words := strings.Fields(ent.Name)
	if t.g == nil || ent.Type != extract.Organization || ent.Class != "" && ent.Class != ClassCorporation || len(words) < 2 {
		return "", false
	}
	maker, product := strings.Join(words[:len(words)-1], " "), words[len(words)-1]
	if !t.productWord(product) || !namedAlone(res, e, product) && !writtenAlone(res, e, product) {
		return "", false
	}
	// A word that opens with a small letter before a capital ("vPad")
	// is a product's shape whoever makes it.
	if lowerCamel(product) {
		return maker, true
	}
	listed := t.g.Match(gazetteer.Tokens(maker)...)&gazetteer.CatOrg != 0 && !t.isPlaceName(maker) && !t.commonWord(maker)
	if n := bodyNamed(res, maker); !listed && (n < 0 || n == e) || !namedAlone(res, e, product) {
		return "", false
	}
	return maker, true
}

// lowerCamel reports whether w opens with a small letter and a capital
// follows it ("vPad").
func lowerCamel(w string) bool {
	r := []rune(w)
	return len(r) >= 3 && unicode.IsLower(r[0]) && strings.ContainsFunc(string(r[1:]), unicode.IsUpper)
}

// writtenAlone reports whether the text writes w, or its plural in "s",
// as a word outside the mentions of entity e ("a vPad", "their
// vPads").
func writtenAlone(res *extract.Result, e int, w string) bool {
	text := res.Doc.Text
	inside := func(at int) bool {
		for _, mi := range res.Entities[e].Mentions {
			if m := res.Mentions[mi]; m.Start <= at && at < m.End {
				return true
			}
		}
		return false
	}
	for from := 0; ; {
		i := strings.Index(text[from:], w)
		if i < 0 {
			return false
		}
		at, end := from+i, from+i+len(w)
		if end < len(text) && text[end] == 's' {
			end++
		}
		if (at == 0 || !isWordByte(text[at-1])) && (end >= len(text) || !isWordByte(text[end])) && !inside(at) {
			return true
		}
		from = at + len(w)
	}
}

// isWordByte reports whether b is an ASCII letter or digit, or a byte
// of a multi-byte character.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// productWord reports whether w is one word with a capital and a small
// letter (not an acronym, a body's as often: "Harlow NVP") that WordNet
// has in no part of speech and the gazetteer lists nothing of ("Vellbox",
// "vPad": one that opens with a small letter before a capital may be in
// WordNet), nor a legal form.
func (t *Typer) productWord(w string) bool {
	if !strings.ContainsFunc(w, unicode.IsUpper) || !strings.ContainsFunc(w, unicode.IsLower) || strings.ContainsAny(w, ".'’-&") || t.g.Match(gazetteer.Tokens(w)...) != 0 {
		return false
	}
	l := strings.ToLower(w)
	if t.lex.Is(l, lexicon.LegalForm) || t.lex.Is(l, lexicon.CompanySuffix) {
		return false
	}
	if lowerCamel(w) {
		return true // WordNet has a few such goods in lower case ("ipod")
	}
	for _, p := range []lexicon.POS{lexicon.Noun, lexicon.Verb, lexicon.Adjective, lexicon.Adverb} {
		if t.lex.Known(l, p) {
			return false
		}
	}
	return true
}

// namedAlone reports whether a mention of another entity than e is
// written w alone.
func namedAlone(res *extract.Result, e int, w string) bool {
	for _, m := range res.Mentions {
		if m.Entity != e && m.Entity >= 0 && m.Text == w {
			return true
		}
	}
	return false
}

// bodyNamed returns the entity of an organisation named name, or -1.
func bodyNamed(res *extract.Result, name string) int {
	for i, e := range res.Entities {
		if e.Type == extract.Organization && e.Name == name {
			return i
		}
	}
	return -1
}
