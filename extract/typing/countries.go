package typing

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
)

// Countries canonicalises country names, alternative spellings and
// demonyms to the country's common English name. It implements
// resolve.Canonicalizer.
type Countries struct {
	g *gazetteer.Gazetteer
}

// NewCountries returns a canonicaliser over g.
func NewCountries(g *gazetteer.Gazetteer) *Countries { return &Countries{g: g} }

// Canonical returns the country a name or demonym stands for.
//
// The evidence it asks for depends on the form: a short code-like name
// ("US", "IS") only when the recognizer called it a location, since many
// such codes are also acronyms of organisations; a demonym only when it was
// tagged a location or a miscellaneous name (not a person or organisation);
// a full name when it was tagged anything but a person ("Jordan").
func (c *Countries) Canonical(name, coarseType string) (canonical, canonType, class string, ok bool) {
	name = strings.TrimSpace(name)
	if name == "" || !startsUpper(name) || coarseType == extract.Person {
		return "", "", "", false
	}
	if codeLike(name) {
		if coarseType != extract.Location {
			return "", "", "", false
		}
		if co, ok := c.g.CountryByName(name); ok {
			return co.Name, extract.Location, "Country", true
		}
		return "", "", "", false
	}
	if co, ok := c.g.CountryByName(name); ok {
		return co.Name, extract.Location, "Country", true
	}
	if coarseType == extract.Organization {
		return "", "", "", false
	}
	if co, ok := c.g.Demonym(name); ok {
		return co.Name, extract.Location, "Country", true
	}
	return "", "", "", false
}

// codeLike reports whether s is two or three capital letters, with no
// periods: the shape of an ISO code ("US", "IRL"), as opposed to "U.S.".
func codeLike(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}
