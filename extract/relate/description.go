package relate

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/schema"
)

// scoreDescription is the confidence of the description construction: a
// person's nationality or title read from a description that stands for
// the person the sentence before is about.
const scoreDescription = 0.75

// description reads a definite description opening the sentence, as its
// subject, that stands for the person the sentence before is about (the
// one person it names, as its subject: see pronounSubjects): "Ann Lee won
// in Harlow. The Norlandic sprinter will race again", "The 29-year-old
// Norlandic winger has ...", "The Norlandic legend won ...", "The
// Norlandic confirmed ...". A demonym (or a country's one-word name) in
// it gives the person's
// nationality; an occupation or an office heading it, the person's title
// ("winger"). Nothing else may be named in it, nor the person in
// the rest of the sentence.
func description(d *docState) {
	v := d.v
	if v.topic < 0 || v.lw(0) != "the" || v.pron >= 0 {
		return
	}
	demonym, end, ok := v.descriptionSpan(d)
	if !ok {
		d.demonymPersonDescription()
		return
	}
	// The person named in the sentence is not the one described ("The
	// engineer praised Y", Y the person the sentence before is about).
	for k := range v.s.Ents {
		if v.entity(k) == v.topic {
			return
		}
	}
	if end >= v.n() || end > 6 || end < 2 || v.isBe(end) && v.tag(end+1) == "VBN" && v.lw(end+2) == "by" {
		return // "The Norlandic was beaten by ...": the verb's object may be anyone
	}
	if t := v.tag(end); !(strings.HasPrefix(t, "VB") && t != "VBG" || t == "MD") {
		return
	}
	head := end - 1
	p := v.topic
	if !d.descriptionHead(demonym, head, end, p) {
		return
	}
	if demonym < 0 || v.is(head, lexicon.Office) && v.at[head] < 0 {
		return // an office is held in a country, not a nationality
	}
	d.addTopic(p, demonym, schema.Nationality, v.phrase(0, end), MethodDescription, scoreDescription, 0, end)
}

// descriptionSpan reads the description after "the", to the first verb
// within five words: adjectives, numbers, singular nouns and title words,
// and at most one name, a place's one-word demonym or a country's. It
// returns that mention (or -1) and the token after the description; ok is
// false when the words are of another kind.
func (v *view) descriptionSpan(d *docState) (demonym, end int, ok bool) {
	demonym, end = -1, 1
	for ; end < v.n() && end <= 6; end++ {
		if t := v.tag(end); strings.HasPrefix(t, "VB") || t == "MD" {
			break
		}
		if k := v.entAt(end); k >= 0 {
			if v.typ(k) != extract.Location || !v.demonym(k) && !d.country(k) || demonym >= 0 || v.s.Ents[k].End-v.s.Ents[k].Start > 1 {
				return -1, 0, false
			}
			demonym = k
			continue
		}
		if v.at[end] >= 0 {
			return -1, 0, false
		}
		t := v.tag(end)
		if !(strings.HasPrefix(t, "JJ") || t == "NN" || t == "CD" || v.isTitleWord(end)) || tokenize.StartsUpper(v.toks[end].Text) && !v.isTitleWord(end) {
			return -1, 0, false
		}
	}
	return demonym, end, true
}

// descriptionHead decides on the head of the description (token head,
// before the verb at end) of person p: a demonym as the noun ("The
// Norlandic confirmed"), or a person's noun in the singular, whose
// occupation becomes p's title. It reports whether the description
// stands for a person.
func (d *docState) descriptionHead(demonym, head, end, p int) bool {
	v := d.v
	switch {
	case demonym >= 0 && v.s.Ents[demonym].End == end:
		// "The Norlandic confirmed": the demonym is the noun (not the
		// country: "The Norland has ..."); not one that names a people
		// ("The Ostmarkish won ...": a side). English makes "the" and a
		// nationality word in -sh, -ch, -ese or -ss a plural, the
		// people ("the Welsh", "the Dutch", "the Chinese", "the Swiss"),
		// while others name one person ("the Croatian", "the Kenyan").
		if w := v.lw(head); !d.demonymNoun(demonym) || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ss") {
			return false
		}
	case v.at[head] < 0 && v.is(head, lexicon.PersonNoun, lexicon.Occupation, lexicon.Office) && v.tag(head) == "NN" &&
		!v.is(head, lexicon.Kinship, lexicon.Associate, lexicon.Corporation, lexicon.Organization, lexicon.OrgGeneric, lexicon.Government, lexicon.NewsMedia, lexicon.Team, lexicon.Party):
		// "The Norlandic winger", "the Norlandic sprinter": a
		// person's noun in the singular ("The Norlandic lender" is a
		// bank). An occupation is the person's title; an office ("The
		// chancellor") names whoever holds it, most often another.
		if v.is(head, lexicon.Occupation) && !v.is(head, lexicon.Office) && !v.former(1, end) {
			ts := head
			for ts > 1 && v.at[ts-1] < 0 && v.isTitleWord(ts-1) {
				ts--
			}
			d.titleEntity(p, v.titleText(ts, end))
		}
	default:
		return false
	}
	return true
}

// demonymNoun reports whether mention k is a demonym (an adjective, or a
// country's other name that is no acronym and no plural: "Norlandic" for
// Norland), not the country's name ("The Norland has ...", "The NL
// says", "The Norlandics said").
func (d *docState) demonymNoun(k int) bool {
	v := d.v
	if v.demonym(k) {
		return true
	}
	e := v.entity(k)
	if !d.country(k) || e < 0 {
		return false
	}
	w := v.text(v.s.Ents[k].Start, v.s.Ents[k].End)
	return w != d.res.Entities[e].Name && !isAcronym(w) && !strings.HasSuffix(w, "s") && !strings.Contains(w, " ")
}

// demonymPersonDescription reads "The Norlander confirmed ...", "The
// 24-year-old Norlander has ...", whose demonym resolution read as one
// person of a country and joined to no entity (resolve's demonym-person
// construction), as description does a demonym joined to its country:
// the person the sentence before is about has the nationality of the
// country, when the document names it.
func (d *docState) demonymPersonDescription() {
	v := d.v
	head, country := -1, -1
	for k := 1; k < v.n() && k <= 6; k++ {
		if t := v.tag(k); strings.HasPrefix(t, "VB") || t == "MD" {
			break
		}
		if c, ok := d.personDemonym(k); ok {
			head, country = k, c
			break
		}
		if t := v.tag(k); v.at[k] >= 0 || !(strings.HasPrefix(t, "JJ") || t == "CD") {
			return
		}
	}
	end := head + 1
	if head < 0 || country < 0 || end >= v.n() || v.isBe(end) && v.tag(end+1) == "VBN" && v.lw(end+2) == "by" {
		return
	}
	if t := v.tag(end); !(strings.HasPrefix(t, "VB") && t != "VBG" || t == "MD") {
		return
	}
	for k := range v.s.Ents {
		if v.entity(k) == v.topic {
			return
		}
	}
	d.found = append(d.found, candidate{a: -1, b: -1, pred: schema.Nationality, label: cleanLabel(v.phrase(0, end)), method: MethodDescription,
		score: scoreDescription, objEntity: country, subjEntity: v.topic, lo: 0, hi: end})
}

// personDemonym reports whether token k of the sentence ends a demonym
// that resolution read as one person of a country
// (resolve.MethodDemonymPerson), and returns the entity of the country
// when the document names it, else -1.
func (d *docState) personDemonym(k int) (country int, ok bool) {
	v := d.v
	if k < 0 || k >= v.n() || v.at[k] >= 0 {
		return -1, false
	}
	if d.demonymPersons == nil {
		d.demonymPersons = resolve.DemonymPersonCountries(d.res)
	}
	country, ok = d.demonymPersons[v.toks[k].End]
	return country, ok
}
