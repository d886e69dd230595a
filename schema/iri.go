package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
)

// Options configures the mapping from a Result to quads. The zero value, or
// nil, uses DefaultBase.
type Options struct {
	// Base is the IRI prefix under which documents and entities are named.
	// It should end in "/" or "#".
	Base string
}

func (o *Options) base() string {
	if o == nil || o.Base == "" {
		return DefaultBase
	}
	return o.Base
}

// DocumentIRI returns the IRI of a document: the base, "doc/" and the
// hexadecimal SHA-256 of its text. The same text always has the same IRI,
// so building it twice adds nothing; a changed text is a new document.
func DocumentIRI(text string, opts *Options) string {
	sum := sha256.Sum256([]byte(text))
	return opts.base() + "doc/" + hex.EncodeToString(sum[:])
}

// EntityIRI returns the IRI of an entity from its coarse type and its key
// (the normalised canonical name, see package resolve): the same across
// documents and runs.
func EntityIRI(coarseType, key string, opts *Options) string {
	return opts.base() + typeSegment(coarseType) + "/" + Slug(key)
}

// ParseEntityIRI is the inverse of EntityIRI: it returns the coarse type
// and key of an entity IRI under the base, and false for other IRIs. Keys
// are made of letters, digits and single spaces (see package resolve), so
// the slug gives the key back.
func ParseEntityIRI(iri string, opts *Options) (coarseType, key string, ok bool) {
	rest, found := strings.CutPrefix(iri, opts.base())
	if !found {
		return "", "", false
	}
	seg, slug, found := strings.Cut(rest, "/")
	if !found || slug == "" || strings.ContainsAny(slug, "/#?") {
		return "", "", false
	}
	for _, t := range []string{extract.Person, extract.Organization, extract.Location, extract.EventType, extract.Date, extract.Quantity, extract.Miscellaneous} {
		if typeSegment(t) == seg {
			if slug == "_" {
				return t, "", true
			}
			return t, strings.ReplaceAll(slug, "-", " "), true
		}
	}
	return "", "", false
}

func typeSegment(t string) string {
	switch t {
	case extract.Person:
		return "person"
	case extract.Organization:
		return "organization"
	case extract.Location:
		return "place"
	case extract.EventType:
		return "event"
	case extract.Date:
		return "date"
	case extract.Quantity:
		return "quantity"
	default:
		return "thing"
	}
}

// Slug turns a key into an IRI path segment: letters and digits kept,
// everything else a single "-". Non-ASCII letters are kept, as IRIs allow.
func Slug(key string) string {
	var b strings.Builder
	dash := false
	for _, r := range key {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "_"
	}
	return b.String()
}
