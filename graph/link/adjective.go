package link

import (
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg/graph/internal/vocab"
)

// peopleWords are words of the descriptions of peoples and nations.
var peopleWords = map[string]bool{"people": true, "peoples": true, "ethnic": true, "nation": true, "inhabitants": true, "ethnoreligious": true}

// languageOrPeople reports whether e, a miscellaneous entity, is named by
// a word that is both a language's name and a people's or a place's:
// "English" is the language and the adjective of the English and of
// England, in news far more often the adjective, which the language is
// not.
func languageOrPeople(e *ours, list []*scored) bool {
	if e.types != tMISC {
		return false
	}
	language, people := false, false
	for _, c := range list {
		language = language || c.t.language
		people = people || c.t.people || c.t.placeLanguage
	}
	return language && people
}

// markPlaceLanguages sets placeLanguage on the languages whose description
// names a region or country of targets ("Brythonic language spoken
// natively in Wales"), and langPlaces to these: their name is that place's
// adjective too.
func markPlaceLanguages(targets map[string]*target) {
	places := map[string][]*target{}
	for _, t := range targets {
		if region(t) {
			for _, l := range t.labels {
				places[vocab.NameKey(l)] = append(places[vocab.NameKey(l)], t)
			}
		}
	}
	for _, t := range targets {
		if !t.language {
			continue
		}
		words := strings.Fields(t.desc)
		for i, w := range words {
			if w != "in" && w != "of" {
				continue
			}
			for n := 1; n <= 3 && i+n < len(words); n++ {
				for _, p := range places[strings.Join(words[i+1:i+1+n], " ")] {
					t.placeLanguage = true
					t.langPlaces = vocab.AppendUniq(t.langPlaces, p.iri)
				}
			}
		}
	}
}

// adjectives maps the adjectives of regions, countries and religions
// (churches among them) to them (see religionAdjectives for these): their
// demonyms (wdt:P1549, "Bosnian") and the adjectives their names make by
// the commonest rules (see derivedAdjectives) that are no node's label
// ("Niger" of Nigeria is another country). Towns are left out: few of
// their adjectives are made so.
func adjectives(targets map[string]*target) map[string][]*target {
	labels := map[string]bool{}
	for _, t := range targets {
		for _, l := range t.labels {
			labels[vocab.NameKey(l)] = true
		}
	}
	m := map[string][]*target{}
	for _, t := range targets {
		if t.religion {
			for _, l := range t.labels {
				for _, a := range religionAdjectives(vocab.NameKey(l)) {
					if !labels[a] {
						m[a] = append(m[a], t)
					}
				}
			}
			// An alias "X religion" gives the adjective X; a name "X
			// Church" gives X ("Vornic" of the Vornic Church).
			for _, l := range t.alts {
				if a, ok := strings.CutSuffix(vocab.NameKey(l), " religion"); ok && !strings.Contains(a, " ") && !labels[a] && !slices.Contains(m[a], t) {
					m[a] = append(m[a], t)
				}
			}
			for _, l := range append(append([]string(nil), t.labels...), t.alts...) {
				if a, ok := strings.CutSuffix(vocab.NameKey(l), " church"); ok && a != "" && !labels[a] && !slices.Contains(m[a], t) {
					m[a] = append(m[a], t)
				}
			}
			continue
		}
		if !region(t) {
			continue
		}
		keys := map[string]bool{}
		for _, d := range t.demonyms {
			keys[vocab.NameKey(d)] = true
		}
		for _, l := range append(append([]string(nil), t.labels...), t.alts...) {
			for _, a := range derivedAdjectives(vocab.NameKey(l)) {
				if !labels[a] {
					keys[a] = true
				}
			}
		}
		for k := range keys {
			if k != "" {
				m[k] = append(m[k], t)
			}
		}
	}
	languageAdjectives(targets, m)
	return m
}

// languageAdjectives adds to m, the places by adjective, the places whose
// language's name is no other place's adjective: "Welsh" of Wales, where
// the description of the Welsh language puts it (see markPlaceLanguages),
// but not "German" of Central Europe, which is Germany's demonym.
func languageAdjectives(targets map[string]*target, m map[string][]*target) {
	add := map[string][]*target{}
	for _, t := range targets {
		if !t.language {
			continue
		}
		for _, l := range t.labels {
			k := vocab.NameKey(l)
			if k == "" || len(m[k]) > 0 {
				continue
			}
			for _, p := range t.langPlaces {
				if pt := targets[p]; pt != nil && !slices.Contains(add[k], pt) {
					add[k] = append(add[k], pt)
				}
			}
		}
	}
	for k, ps := range add {
		sort.Slice(ps, func(i, j int) bool { return ps[i].iri < ps[j].iri })
		m[k] = ps
	}
}

// placeOverLanguage returns the candidates of list that are no language,
// when one of them is a place e's name is the adjective of (see
// tryAdjective): "Welsh" on a page is far more often Wales's adjective
// than the language. It returns nil when none is.
func placeOverLanguage(sc *entityScorer, list []*scored) []*scored {
	if !slices.ContainsFunc(list, func(c *scored) bool { return sc.adjective[c.t.iri] && region(c.t) }) {
		return nil
	}
	var out []*scored
	for _, c := range list {
		if !c.t.language {
			out = append(out, c)
		}
	}
	return out
}

// adjectiveNamed reports whether e's name may be an adjective that names
// a place or a religion (see tryAdjective): e is a miscellaneous entity,
// or an organisation of one word that names no node of the datasets. No
// body is named by an adjective alone: the tagger misread one ("Ostmarkish
// gunmen").
func adjectiveNamed(e *ours, byKey map[string][]*target) bool {
	if e.types == tMISC {
		return true
	}
	k := vocab.NameKey(e.name)
	return e.types == tORG && k != "" && !strings.Contains(k, " ") && len(byKey[k]) == 0
}

// tryAdjective adds, for a miscellaneous entity (or one adjectiveNamed
// lets be read so), the places its name is the adjective of: those of
// byAdj, and those it is an alias of but no label ("Scottish" of
// Scotland), as adjectives rather than weak aliases. News names places by their adjectives
// ("European markets", "Scottish clubs"), which the tagger calls
// miscellaneous: the place's type then does not rule it out.
func (sc *entityScorer) tryAdjective(byKey, byAdj map[string][]*target) {
	k := vocab.NameKey(sc.e.name)
	if k == "" {
		return
	}
	add := func(t *target) {
		sc.get(t)
		sc.adjective[t.iri] = true
		if sc.nameScore[t.iri] < 0.85 || sc.nameHow[t.iri] == "alias" {
			sc.nameScore[t.iri], sc.nameHow[t.iri] = 0.85, "demonym"
			sc.weakAlias[t.iri] = false
		}
	}
	for _, t := range byAdj[k] {
		add(t)
	}
	for _, t := range byKey[k] {
		switch {
		case region(t) && !hasLabel(t, k):
			add(t)
		case region(t) && !t.country && peopleName(k) && !slices.ContainsFunc(byKey[k], func(o *target) bool { return o.town }):
			// A region labelled by its people's name ("Harvesh" of the
			// Harvesh Republic), and no town by it: the name is the
			// people's adjective too, when the page names the region's
			// country (a "land" match, see entityScorer.score).
			add(t)
			sc.nameHow[t.iri] = "land"
		}
	}
}

// peopleName reports whether name key k could be a people's name a region
// is labelled by: one word of four letters or more that ends in a
// consonant ("Harvesh", "Ostren"; see peopleLands).
func peopleName(k string) bool {
	return len(k) >= 4 && !strings.Contains(k, " ") && !strings.ContainsAny(k[len(k)-1:], "aeiouy")
}

// hasLabel reports whether name key k is one of t's labels.
func hasLabel(t *target, k string) bool {
	for _, l := range t.labels {
		if vocab.NameKey(l) == k {
			return true
		}
	}
	return false
}

// region reports whether t is a place but no town: a country, an
// administrative area, a continent.
func region(t *target) bool {
	return !t.town && (t.country || t.admin || t.kinds&tLOC != 0)
}

// derivedAdjectives returns the adjectives a place's name key k makes by
// the commonest rules: -a to -an and -e to -ean ("African", "European"),
// and, for the adjective a name was made from, -ia and -istan dropped
// ("Serb", "Yugoslav", "Tajik"), keeping four letters at least.
func derivedAdjectives(k string) []string {
	var as []string
	switch {
	case strings.HasSuffix(k, "a"):
		as = append(as, k+"n")
	case strings.HasSuffix(k, "e"):
		as = append(as, k[:len(k)-1]+"ean")
	}
	for _, suffix := range []string{"ia", "istan"} {
		if stem, ok := strings.CutSuffix(k, suffix); ok && len(stem) >= 4 {
			as = append(as, stem)
		}
	}
	return as
}

// religionAdjectives returns the adjectives a religion's name key k makes
// by the commonest rules: -ic added ("Islamic"), -ism to -ist
// ("Buddhist"), -ity dropped ("Christian").
func religionAdjectives(k string) []string {
	if strings.Contains(k, " ") {
		return nil
	}
	as := []string{k + "ic"}
	if stem, ok := strings.CutSuffix(k, "ism"); ok {
		as = append(as, stem+"ist")
	}
	if stem, ok := strings.CutSuffix(k, "ity"); ok {
		as = append(as, stem)
	}
	return as
}

// placeEndings are the endings English adds to a people's name to name
// their land ("Harvesh" and Harveshia, "Tarn" and Tarnistan): a closed
// list of the commonest.
var placeEndings = []string{"ia", "ya", "stan", "istan", "land"}

// peopleLands maps the names of lands to the regions labelled by the name
// of their people, as some datasets label a republic named for one
// ("Harvesh" for the Harvesh Republic): the label with a place ending, or
// with its last vowel dropped before one ("Ostrnya" of "Ostren"). Names
// that are a node's label or alias are left out. A page must name the
// region's country for the link to be made (see entityScorer.score): the
// rule is loose.
func peopleLands(targets map[string]*target, byKey map[string][]*target) map[string][]*target {
	m := map[string][]*target{}
	for _, t := range targets {
		if !region(t) || t.country {
			continue
		}
		for _, l := range t.labels {
			// A people's name ends in a consonant ("Harvesh", "Ostren").
			k := vocab.NameKey(l)
			if !peopleName(k) {
				continue
			}
			stems := []string{k}
			if i := strings.LastIndexAny(k, "aeiou"); i > 0 && i < len(k)-1 {
				stems = append(stems, k[:i]+k[i+1:])
			}
			for _, stem := range stems {
				for _, end := range placeEndings {
					if n := stem + end; len(byKey[n]) == 0 && !slices.Contains(m[n], t) {
						m[n] = append(m[n], t)
					}
				}
			}
		}
	}
	return m
}

// tryLand adds, for a place or an untyped entity, the regions its name is
// the land of (see peopleLands).
func (sc *entityScorer) tryLand(byLand map[string][]*target) {
	if sc.e.types != 0 && sc.e.types&tLOC == 0 {
		return
	}
	for _, t := range byLand[vocab.NameKey(sc.e.name)] {
		sc.get(t)
		sc.nameScore[t.iri], sc.nameHow[t.iri] = 0.85, "land"
	}
}

// skeleton returns a one-word name key's first letter and the consonants
// after it, a doubled one once: the spellings of one name that
// transliteration tells apart by their vowels share it.
func skeleton(k string) string {
	var b strings.Builder
	var last rune
	for i, r := range k {
		if i > 0 && (strings.ContainsRune("aeiouy", r) || r == last) {
			if !strings.ContainsRune("aeiouy", r) {
				continue
			}
			last = r
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// minSkeleton is the shortest skeleton a spelling variant is matched by:
// shorter ones many names share.
const minSkeleton = 4

// skeletons maps the skeletons of the one-word names and adjectives of
// the datasets (keys of byKey and byAdj) to them.
func skeletons(byKey, byAdj map[string][]*target) map[string][]string {
	m := map[string][]string{}
	for _, table := range []map[string][]*target{byKey, byAdj} {
		for k := range table {
			if strings.Contains(k, " ") || len(k) < 5 {
				continue
			}
			if sk := skeleton(k); len(sk) >= minSkeleton && !slices.Contains(m[sk], k) {
				m[sk] = append(m[sk], k)
			}
		}
	}
	return m
}

// tryVariant adds, for a one-word name no name of the datasets matches,
// the nodes named by the one name or adjective that differs from it only
// in its vowels ("Harlovv" and "Herlov" are spellings of one name). A
// person's name is left alone: surnames that differ so are many.
func (sc *entityScorer) tryVariant(byKey, byAdj map[string][]*target, bySkel map[string][]string) {
	sc.tryVariantOf(vocab.NameKey(sc.e.name), byKey, byAdj, bySkel)
}

// tryVariantOf is tryVariant for the name key k.
func (sc *entityScorer) tryVariantOf(k string, byKey, byAdj map[string][]*target, bySkel map[string][]string) {
	if strings.Contains(k, " ") || len(k) < 6 || sc.e.types&tPER != 0 {
		return
	}
	keys := bySkel[skeleton(k)]
	if len(keys) != 1 || keys[0] == k {
		return
	}
	v := keys[0]
	for _, t := range byKey[v] {
		sc.get(t)
		sc.nameScore[t.iri], sc.nameHow[t.iri] = 0.7, "variant"
	}
	if adjectiveNamed(sc.e, byKey) {
		for _, t := range byAdj[v] {
			sc.get(t)
			sc.adjective[t.iri] = true
			sc.nameScore[t.iri], sc.nameHow[t.iri] = 0.7, "variant"
		}
	}
}

// tryPlural adds, for a miscellaneous name of one word in the plural
// ("the Norlandics"), a people, the places and religions its singular is
// the adjective of, or of a spelling variant of it (tryVariant): a people
// stands for what its adjective names, as its adjective does. Not for a
// body's name: a club's ("the Harlowers") is no people.
func (sc *entityScorer) tryPlural(byKey, byAdj map[string][]*target, bySkel map[string][]string) {
	k := vocab.NameKey(sc.e.name)
	if sc.e.types != tMISC || strings.Contains(k, " ") || !strings.HasSuffix(k, "s") || strings.HasSuffix(k, "ss") {
		return
	}
	one := k[:len(k)-1]
	for _, t := range byAdj[one] {
		sc.get(t)
		sc.adjective[t.iri] = true
		sc.nameScore[t.iri], sc.nameHow[t.iri] = 0.85, "demonym"
	}
	if len(sc.cands) == 0 && len(byKey[one]) == 0 {
		sc.tryVariantOf(one, byKey, byAdj, bySkel)
	}
}
