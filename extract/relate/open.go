package relate

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// scoreOpen is the confidence of an open verb-phrase relation.
const scoreOpen = 0.6

// openRelations finds verb-mediated relations between two mentions of the
// current sentence, after ReVerb (Fader et al. 2011): the words between
// them must be a relation phrase made of a verb group, then optionally
// nouns, adjectives, adverbs or determiners ending in a preposition or
// particle ("claimed responsibility for", "warned", "was killed by"); the
// first mention is the phrase's subject (only adverbs, auxiliaries, "who"
// or a parenthetical between commas may separate them) and the second its
// object (only a determiner before it, and it must not be the subject of a
// following clause).
func openRelations(d *docState) {
	v := d.v
	for a := 0; a+1 < len(v.s.ents); a++ {
		if !openArgument(v.typ(a)) {
			continue
		}
		b := a + 1
		if !openArgument(v.typ(b)) {
			continue
		}
		lo, hi := v.s.ents[a].end, v.s.ents[b].start
		// The object is the head of its noun phrase.
		if t := v.tag(v.s.ents[b].end); strings.HasPrefix(t, "NN") || v.lw(v.s.ents[b].end) == "'s" {
			continue
		}
		// ... and not the subject of a clause that follows.
		if t := v.tag(v.s.ents[b].end); strings.HasPrefix(t, "VB") || t == "MD" {
			continue
		}
		if v.isDet(hi - 1) {
			hi--
		}
		ps, pe, ok := v.relationPhrase(lo, hi)
		if !ok {
			continue
		}
		words, label := v.normalise(ps, pe)
		if len(words) == 0 {
			continue
		}
		if len(words) == 1 && reportingVerbs[words[0]] {
			continue
		}
		phrase := strings.Join(words, " ")
		local := camel(words)
		if local == "" {
			continue
		}
		pred := schema.NS + local
		subj, obj := a, b
		switch {
		case killVerbs[phrase]:
			pred = schema.Killed
		case len(words) >= 3 && beForms[words[0]] && words[len(words)-1] == "by" && killVerbs[strings.Join(words[1:len(words)-1], " ")]:
			pred, subj, obj = schema.Killed, b, a
		}
		if reservedLocal[pred] {
			pred += "Phrase"
		}
		d.add(subj, obj, pred, label, MethodVerbPattern, scoreOpen)
	}
}

func openArgument(t string) bool {
	switch t {
	case extract.Person, extract.Organization, extract.Location, extract.Miscellaneous, extract.EventType:
		return true
	}
	return false
}

// relationPhrase finds the relation phrase in tokens [lo, hi) between a
// subject and an object: it returns its bounds and ok=false when the
// tokens are not a subject's link to an object.
func (v *view) relationPhrase(lo, hi int) (int, int, bool) {
	if hi <= lo {
		return 0, 0, false
	}
	i := lo
	// A parenthetical between commas: "X, Acme's chief, visited Y".
	if v.lw(i) == "," {
		j := i + 1
		for j < hi && v.lw(j) != "," {
			if t := v.tag(j); strings.HasPrefix(t, "VB") && t != "VBN" && t != "VBG" || t == "MD" {
				break
			}
			j++
		}
		if j < hi && v.lw(j) == "," {
			i = j + 1
		}
	}
	// The comma closing the subject's own apposition: "the agency's
	// chief, X, met Y".
	if i == lo && v.lw(i) == "," && v.lw(v.s.ents[v.at[lo-1]].start-1) == "," {
		i++
	}
	// "who", "which", "that" after a comma.
	if v.lw(i) == "," && (v.lw(i+1) == "who" || v.lw(i+1) == "which") {
		i += 2
	} else if v.lw(i) == "who" || v.lw(i) == "which" || v.lw(i) == "that" {
		i++
	}
	start := i
	// The verb group: adverbs, modals, auxiliaries and verbs, at least one
	// verb, then particles.
	verbs := 0
	for i < hi {
		t := v.tag(i)
		switch {
		case strings.HasPrefix(t, "VB"):
			verbs++
		case t == "MD" || t == "RB" || t == "RP" || t == "TO" && verbs > 0 && i+1 < hi && strings.HasPrefix(v.tag(i+1), "VB"):
		default:
			goto group
		}
		i++
	}
group:
	if verbs == 0 {
		return 0, 0, false
	}
	if i == hi {
		return start, hi, true
	}
	// Nouns, adjectives, adverbs, pronouns and determiners, then a
	// preposition: "claimed responsibility for".
	for i < hi {
		t := v.tag(i)
		if v.at[i] >= 0 {
			return 0, 0, false
		}
		if strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "RB") || t == "DT" || t == "PRP$" || t == "CD" || t == "PRP" {
			i++
			continue
		}
		break
	}
	if i == hi-1 && (v.tag(i) == "IN" || v.tag(i) == "TO" || v.tag(i) == "RP") {
		return start, hi, true
	}
	return 0, 0, false
}

// normalise returns the words of the relation phrase [lo, hi) that make
// its predicate (lower case, without auxiliaries, adverbs or determiners)
// and its label (the phrase as written, without leading auxiliaries and
// adverbs).
func (v *view) normalise(lo, hi int) (words []string, label string) {
	first := -1
	for i := lo; i < hi; i++ {
		w := v.lw(i)
		t := v.tag(i)
		if first < 0 && (auxiliaries[w] && i+1 < hi && strings.HasPrefix(v.tag(i+1), "VB") || t == "RB") {
			continue
		}
		if first < 0 {
			first = i
		}
		if t == "RB" && w != "not" && w != "n't" || t == "DT" || t == "PRP$" {
			continue
		}
		if auxiliaries[w] && i+1 < hi && strings.HasPrefix(v.tag(i+1), "VB") {
			continue
		}
		if w == "n't" {
			w = "not"
		}
		words = append(words, w)
	}
	if first < 0 {
		return nil, ""
	}
	return words, v.phrase(first, hi)
}

// camel joins words into a lowerCamelCase IRI local name of letters and
// digits: "claimed responsibility for" -> "claimedResponsibilityFor".
func camel(words []string) string {
	var b strings.Builder
	for _, w := range words {
		up := b.Len() > 0
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				up = b.Len() > 0
				continue
			}
			if up {
				r = unicode.ToUpper(r)
				up = false
			} else {
				r = unicode.ToLower(r)
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// reservedLocal are kg's own terms an open predicate must not coincide
// with.
var reservedLocal = set(
	schema.Source, schema.Context, schema.Statement, schema.Document, schema.Method, schema.Score,
	schema.EntityType, schema.Participant, schema.ReportedBy, schema.Quote, schema.InClaim, schema.Value,
	schema.VocabularyGraph, schema.NS,
)
