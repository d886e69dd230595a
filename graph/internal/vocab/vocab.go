package vocab

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/schema"
)

// NameTokens splits a name into normalised tokens: the words of
// resolve.Normalize, the normalisation entity IRIs are made from (lower
// case, Latin diacritics folded, split at anything that is not a letter
// or a digit, periods and apostrophes dropped inside words: "O'Brien" is
// "obrien", "U.S." is "us"), with the diacritics it leaves (beyond Latin
// Extended-A) removed as well, so that a search without them still finds
// the name.
func NameTokens(name string) []string {
	toks := strings.Fields(resolve.Normalize(name))
	for i, t := range toks {
		if !IsASCII(t) {
			toks[i] = foldMarks(t)
		}
	}
	return toks
}

// foldMarks removes the combining marks of tok's canonical decomposition.
func foldMarks(tok string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(tok) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// NameKey is the normalised form of a whole name: its tokens joined by
// single spaces, without a leading "the".
func NameKey(name string) string {
	toks := NameTokens(name)
	if len(toks) > 1 && toks[0] == "the" {
		toks = toks[1:]
	}
	return strings.Join(toks, " ")
}

// IsASCII reports whether s is all ASCII.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// NamePredicates are the predicates whose literal values name their
// subject, in the order of preference for a display name.
var NamePredicates = []string{schema.Name, schema.Label, schema.AltName, schema.AltLabel}

// NameKind tells which predicate gave a name.
type NameKind uint8

const (
	KindName     NameKind = iota // schema:name
	KindLabel                    // rdfs:label
	KindAltName                  // schema:alternateName
	KindAltLabel                 // skos:altLabel
)

// NamePredicateKind returns the kind of name predicate p gives, if it is one.
func NamePredicateKind(p string) (NameKind, bool) {
	switch p {
	case schema.Name:
		return KindName, true
	case schema.Label:
		return KindLabel, true
	case schema.AltName:
		return KindAltName, true
	case schema.AltLabel:
		return KindAltLabel, true
	}
	return 0, false
}

// LiteralText returns the text of a literal usable as a name: plain
// strings, xsd:string and language-tagged strings in English or without a
// language. Other literals give false.
func LiteralText(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case quad.String:
		return string(v), true
	case quad.LangString:
		l := strings.ToLower(v.Lang)
		if l == "" || l == "en" || strings.HasPrefix(l, "en-") {
			return string(v.Value), true
		}
	case quad.TypedString:
		if v.Type == schema.XSD+"string" {
			return string(v.Value), true
		}
	}
	return "", false
}

// plumbing are the predicates that tie entities to documents, mentions,
// statements and text rather than to each other. Paths leave them out
// unless asked, and entity cards show them apart.
var plumbing = map[string]bool{
	schema.Type: true, schema.Mentions: true, schema.Context: true, schema.Source: true,
	schema.StmtSubject: true, schema.StmtPredicate: true, schema.StmtObject: true,
	schema.Document: true, schema.Evidence: true, schema.InClaim: true, schema.Quote: true,
	schema.TaIdentRef: true, schema.TaClassRef: true, schema.RefContext: true,
	schema.NIFSentenceRef: true, schema.Method: true, schema.Score: true, schema.URL: true,
	schema.EquivProp: true, schema.InverseOf: true, schema.SeeAlso: true,
	schema.Author: true, schema.ReportedBy: true,
	LinkDataset: true,
}

// StructuralClasses are the classes of nodes that are not entities.
var StructuralClasses = map[string]bool{
	schema.NewsArticle: true, schema.NIFPhrase: true, schema.Statement: true,
	schema.ClaimClass: true, schema.NIFContext: true, schema.NIFSentence: true,
	schema.NIFString: true, LinkClass: true, DatasetClass: true,
}

// IsPlumbingPredicate reports whether p is plumbing: one of the above or a
// NIF or ITS term.
func IsPlumbingPredicate(p string) bool {
	return plumbing[p] || strings.HasPrefix(p, schema.NIF) || strings.HasPrefix(p, schema.ITSRDF)
}

// IsDocumentPart reports whether iri names a document or a part of one
// (its text, a sentence, a mention, a statement, a claim): kg names them
// <base>doc/<sha256>[#...].
func IsDocumentPart(iri string) bool {
	i := strings.Index(iri, "/doc/")
	if i < 0 {
		return false
	}
	rest := iri[i+len("/doc/"):]
	if j := strings.IndexByte(rest, '#'); j >= 0 {
		rest = rest[:j]
	}
	if len(rest) != 64 {
		return false
	}
	for k := 0; k < len(rest); k++ {
		c := rest[k]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// ParseIRIRef recognises an IRI typed by a user: "<iri>", an absolute IRI
// with a scheme ("https://...", "urn:..."), or a known prefix ("wd:Q863",
// "schema:Person"; see schema.Prefixes).
func ParseIRIRef(ref string) (quad.IRI, bool) {
	if strings.HasPrefix(ref, "<") && strings.HasSuffix(ref, ">") && len(ref) > 2 {
		ref = ref[1 : len(ref)-1]
		if iri, ok := expandPrefix(ref); ok {
			return iri, true
		}
		return quad.IRI(ref), true
	}
	if strings.ContainsAny(ref, " \t\n") {
		return "", false
	}
	if iri, ok := expandPrefix(ref); ok {
		return iri, true
	}
	scheme, rest, ok := strings.Cut(ref, ":")
	if !ok || scheme == "" || rest == "" {
		return "", false
	}
	for i, r := range scheme {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return "", false
		}
	}
	switch strings.ToLower(scheme) {
	case "http", "https", "urn", "file", "mailto", "tag":
		return quad.IRI(ref), true
	}
	return "", false
}

func expandPrefix(ref string) (quad.IRI, bool) {
	name, local, ok := strings.Cut(ref, ":")
	if !ok || strings.HasPrefix(local, "//") {
		return "", false
	}
	for _, p := range schema.Prefixes() {
		if p.Name == name {
			return quad.IRI(p.IRI + local), true
		}
	}
	return "", false
}

// IsEntityEdge reports whether a quad s p o with an IRI object is an edge
// between entities, as paths follow it: not plumbing, not a class, and
// neither end a document or a part of one.
func IsEntityEdge(s, p, o string) bool {
	return p != schema.Type && p != schema.TaClassRef && !IsPlumbingPredicate(p) &&
		!IsDocumentPart(s) && !IsDocumentPart(o)
}

// InflectionKey returns the form of a name token without an English plural
// or possessive ending, so that "tory" finds "Tories", "ministry"
// "Ministries" and "britain" "Britain's" (which nameTokens makes
// "britains"), and the other way round. Only endings whose removal leaves
// four letters or more are removed ("news" stays "news", not "new"), and
// not the -s of -ss, -us and -is (Congress, Cyprus, Paris).
func InflectionKey(tok string) string {
	n := len(tok)
	stem := func(cut int, add string) string {
		if out := tok[:n-cut] + add; len(out) >= 4 {
			return out
		}
		return tok
	}
	switch {
	case n < 5 || !IsASCII(tok): // (so len counts letters below)
		return tok
	case strings.HasSuffix(tok, "ies"):
		return stem(3, "y")
	case strings.HasSuffix(tok, "sses"), strings.HasSuffix(tok, "xes"), strings.HasSuffix(tok, "ches"),
		strings.HasSuffix(tok, "shes"), strings.HasSuffix(tok, "zzes"):
		return stem(2, "")
	case strings.HasSuffix(tok, "ss"), strings.HasSuffix(tok, "us"), strings.HasSuffix(tok, "is"):
		return tok
	case strings.HasSuffix(tok, "s"):
		return stem(1, "")
	}
	return tok
}

// Terms of the links graph.
const (
	// LinksGraph is the default graph IRI of the links package link writes.
	LinksGraph = schema.DefaultBase + "graph/links"
	// LinkClass is the class of a link's statement node.
	LinkClass = schema.NS + "Link"
	// DatasetClass is the class of a linked dataset's graph IRI.
	DatasetClass = schema.NS + "Dataset"
	// LinkDataset ties a link to the graph of the dataset it points into.
	LinkDataset = schema.NS + "dataset"
)

// LinkIRI names the statement node of a link from entity to target in
// the links graph graph.
func LinkIRI(graph, entity, target quad.IRI) quad.IRI {
	sum := sha256.Sum256([]byte(string(entity) + "\x00" + string(target)))
	base := strings.TrimSuffix(string(graph), "/")
	return quad.IRI(base + "/" + hex.EncodeToString(sum[:12]))
}

// DedupQuads returns qs without repeats, in their first order.
func DedupQuads(qs []quad.Quad) []quad.Quad {
	seen := map[quad.Quad]bool{}
	out := qs[:0:0]
	for _, q := range qs {
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	return out
}

// SortIRIs sorts s in place.
func SortIRIs(s []quad.IRI) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// AppendUniq appends v to s unless s holds it already.
func AppendUniq(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// LabelIRI returns v if it is an IRI, else "".
func LabelIRI(v quad.Value) quad.IRI {
	iri, _ := v.(quad.IRI)
	return iri
}
