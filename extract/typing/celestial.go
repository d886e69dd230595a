package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// celestialBodies makes a place of a one-word name that WordNet gives a
// planet, a moon or a star ("Earth", "Mars") when the tagger read it as a
// person's or another name and the page is about heavenly bodies: it
// names a common noun for one ("the asteroid", "planets"), or two such
// names ("the Sun ... Earth"). A body's name that is also a planet's
// ("Acme Mars") has more words; one word the tagger read as a body's is
// left alone (a firm: "Sun said").
func (t *Typer) celestialBodies(res *extract.Result, evs []evidence) {
	var bodies []int
	for e := range res.Entities {
		ent := &res.Entities[e]
		if ent.Type != extract.Person && ent.Type != extract.Miscellaneous || ent.Class != "" || strings.Contains(ent.Name, " ") ||
			!t.lex.Is(strings.ToLower(ent.Name), lexicon.CelestialBody) {
			continue
		}
		whole := true
		for _, mi := range ent.Mentions {
			if mi < 0 || mi >= len(res.Mentions) || res.Mentions[mi].Text != ent.Name {
				whole = false
			}
		}
		if whole {
			bodies = append(bodies, e)
		}
	}
	if len(bodies) == 0 || len(bodies) < 2 && !t.celestialNoun(res) {
		t.celestialNamed(res, evs)
		return
	}
	for _, e := range bodies {
		ent := &res.Entities[e]
		ent.Type, ent.Class = extract.Location, ""
		ent.Evidence = append(ent.Evidence, extract.Evidence{Method: "typing/celestial-body", Words: ent.Name})
	}
	t.celestialNamed(res, evs)
}

// celestialNamed makes a place of a name the tagger read as a person's
// or a thing's, of no class, that a singular common noun for a heavenly
// body in lower case stands right before ("the moon Tarvik", "the
// asteroid Vellmar"; not "star", a performer's word as much): the
// noun names the kind, as "the river X" does, when nothing reads the
// name as a person's (an honorific, a title, a life's event, a verb of
// saying) or a work's (the celestial-named rule).
func (t *Typer) celestialNamed(res *extract.Result, evs []evidence) {
	for _, m := range res.Mentions {
		e := m.Entity
		if e < 0 || e >= len(res.Entities) || e >= len(evs) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		ent, ev := &res.Entities[e], &evs[e]
		if ent.Type != extract.Person && ent.Type != extract.Miscellaneous || ent.Class != "" || ev.personWord || ev.titleFirst || ev.title ||
			ev.lives > 0 || ev.speaker > 0 || ev.work || !t.celestialBefore(&res.Sentences[m.Sentence], m) {
			continue
		}
		ent.Type = extract.Location
		ent.Evidence = append(ent.Evidence, extract.Evidence{Method: "typing/celestial-named", Words: ent.Name})
	}
}

// celestialBefore reports whether the token right before mention m of
// sentence s is a singular common noun in lower case for a heavenly body
// that is no person's nor a performer's, outside any mention
// (celestialNamed).
func (t *Typer) celestialBefore(s *extract.Sentence, m extract.Mention) bool {
	lo, _ := s.TokenSpan(m.Start, m.End)
	k := lo - 1
	if k < 0 || k >= len(s.Tokens) || k >= len(s.POS) || k >= len(s.Lemma) || k < len(s.Mention) && s.Mention[k] >= 0 {
		return false
	}
	// The tagger reads such a noun before a name as an adjective as
	// often ("the asteroid X"): after a determiner or a possessive it is
	// the noun still.
	l := s.Lemma[k]
	noun := s.POS[k] == "NN" || s.POS[k] == "JJ" && k > 0 && (s.POS[k-1] == "DT" || s.POS[k-1] == "PRP$")
	return noun && tokenize.StartsLower(s.Tokens[k].Text) && t.lex.Is(l, lexicon.CelestialNoun) && !t.lex.Is(l, lexicon.PersonNoun) && !t.lex.Is(l, lexicon.Performer)
}

// celestialNoun reports whether the document has a common noun for a
// heavenly body that is no person's nor a performer's ("planet",
// "asteroid"; not "star").
func (t *Typer) celestialNoun(res *extract.Result) bool {
	for _, s := range res.Sentences {
		for i, tag := range s.POS {
			if (tag == "NN" || tag == "NNS") && i < len(s.Lemma) && i < len(s.Tokens) && tokenize.StartsLower(s.Tokens[i].Text) &&
				t.lex.Is(s.Lemma[i], lexicon.CelestialNoun) && !t.lex.Is(s.Lemma[i], lexicon.PersonNoun) && !t.lex.Is(s.Lemma[i], lexicon.Performer) {
				return true
			}
		}
	}
	return false
}

// systemNames makes a miscellaneous name of one that WordNet gives an
// operating system ("Linux", "Unix") when the tagger read it as a
// person's, a place's or a body's, or a construction gave it another
// class: a program, not who or where. A body's name that holds one has
// more words ("Acme Linux"), and every mention must be the name alone.
func (t *Typer) systemNames(res *extract.Result) {
	for e := range res.Entities {
		ent := &res.Entities[e]
		if ent.Type == extract.EventType || ent.Type == extract.Miscellaneous && ent.Class == "" ||
			!t.lex.Is(strings.ToLower(ent.Name), lexicon.SoftwareName) {
			continue
		}
		whole := true
		for _, mi := range ent.Mentions {
			if mi < 0 || mi >= len(res.Mentions) || !strings.EqualFold(res.Mentions[mi].Text, ent.Name) {
				whole = false
			}
		}
		if !whole {
			continue
		}
		ent.Type, ent.Class = extract.Miscellaneous, ""
		ent.Evidence = append(ent.Evidence, extract.Evidence{Method: "typing/system-name", Words: ent.Name})
	}
}
