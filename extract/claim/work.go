package claim

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// npObject holds the constructions whose content is a noun phrase the
// verb takes, not a clause: what a work "tells" or "shows" this way is
// what it depicts, not words it says.
var npObject = map[string]bool{
	ConsSpeechObject: true, ConsBeliefObject: true, ConsTopic: true, ConsCommunication: true, ConsMention: true, ConsStance: true,
}

// workNarration reports whether claim c is a work's telling ("The film
// tells the story of a harbour", "the novel follows a family"): a claim of
// a noun-phrase object (npObject) whose unnamed speaker is a creative
// work (a noun of the lexicon's CreativeWork or Work class that is no
// statement nor evidence) or,
// with no speaker found or a name typed a creative work, whose verb is
// "tell" and whose object is a work's noun ("It tells the story of ...",
// "Velden Nights tells the story of ...": RuleNamedWorkNarration for
// the name). A work's clause ("the book says that ...") is kept.
func (d *doc) workNarration(c *extract.Claim) bool {
	if d.off[RuleWorkNarration] || !npObject[c.Method] {
		return false
	}
	switch {
	case c.Speaker >= 0 && (d.off[RuleNamedWorkNarration] || !d.work(c.Speaker)):
		return false // a title the typing took for a work may be a person's name
	case c.Speaker >= 0:
		// A name typed a creative work, telling a work's noun.
	case c.Source.Len() > 0:
		return d.workNoun(headWord(d.res.Doc.Text[c.Source.Start:c.Source.End]))
	}
	if d.verbLemma(c) != "tell" {
		return false
	}
	words := strings.Fields(strings.ToLower(d.res.Doc.Text[c.Start:c.End]))
	return len(words) > 1 && d.lex.Is(words[0], lexicon.Determiner) && d.workNoun(words[1])
}

// workNoun reports whether w, a noun, is a creative work's (film, novel,
// story) and not a statement's or a record's (broadcast, report, study).
func (d *doc) workNoun(w string) bool {
	l := d.lex.Lemma(strings.ToLower(w), "NN")
	return (d.lex.Is(l, lexicon.CreativeWork) || d.lex.Is(l, lexicon.Work)) && !d.lex.Is(l, lexicon.Statement) && !d.lex.Is(l, lexicon.Evidence)
}

// headWord returns the head of noun phrase s: its last word before a
// preposition or a comma ("film" of "The film by Ann Lee").
func headWord(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		w = strings.ToLower(strings.Trim(w, ",;:"))
		if i > 0 && (prepHead[w] || strings.HasSuffix(f[i-1], ",")) {
			return strings.Trim(f[i-1], ",;:")
		}
	}
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ",;:'’")
}

// prepHead are the prepositions a noun phrase's head comes before.
var prepHead = map[string]bool{"of": true, "by": true, "from": true, "about": true, "in": true, "with": true, "on": true, "at": true, "for": true}

// saysItAll reports whether claim c's content is the idiom's object, "it
// all" with nothing or a colon after it ("The score says it all: ..."):
// the writer's verdict, no one's words. "X said it all came down to Y"
// is a clause and is kept.
func (d *doc) saysItAll(c *extract.Claim) bool {
	if d.off[RuleSaysItAll] || c.End <= c.Start {
		return false
	}
	rest, ok := strings.CutPrefix(strings.ToLower(d.res.Doc.Text[c.Start:c.End]), "it all")
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	return rest == "" || rest[0] == ':' || rest[0] == ';' || rest[0] == '.' || rest[0] == ','
}

// shownThing reports whether claim c is a display, not a finding: "show"
// with a noun phrase as its object (npObject) and a speaker no noun of
// evidence names ("Acme is showing two new cars", "the team showed great
// composure"). A record's showing ("the survey showed a rise") and a
// clause ("X showed that ...") are kept.
func (d *doc) shownThing(c *extract.Claim) bool {
	if d.off[RuleShownThing] || !npObject[c.Method] {
		return false
	}
	if d.verbLemma(c) != "show" {
		return false
	}
	if c.Sentence < 0 || c.Sentence >= len(d.res.Sentences) {
		return false
	}
	// A noun of evidence or of a statement before the content, as the
	// subject or around a name ("polls in Norland have shown ..."),
	// keeps it a finding.
	s := &d.res.Sentences[c.Sentence]
	for k, t := range s.Tokens {
		if t.End > c.Start || k >= len(s.Lower) {
			break
		}
		if l := d.lex.Lemma(s.Lower[k], "NNS"); d.lex.Is(l, lexicon.Evidence) || d.lex.Is(l, lexicon.Statement) {
			return false
		}
	}
	return true
}

// workObjectCons are the constructions whose noun phrase object a
// creative work may be: a side taken, a mention, a description and a
// verb of communicating.
var workObjectCons = map[string]bool{ConsStance: true, ConsMention: true, ConsDescribedAs: true, ConsCommunication: true}

// workObject reports whether claim c, of a verb that takes a side,
// mentions, describes or communicates (workObjectCons) and is no verb
// of saying, has for its object a creative work and nothing said after
// it: a common noun of a work ("Ann Lee praised Norlandic films"), or
// one with the work's title ("Bo Ek cited the 2003 film Harlow as an
// influence"), or a name typed a creative work. Liking, citing or
// echoing a work is a taste or an act, no proposition
// (RuleWorkObject). A possessor's work ("defended his performance") and
// a clause, a quotation or a colon after it are kept.
func (d *doc) workObject(c *extract.Claim) bool {
	if d.off[RuleWorkObject] || !workObjectCons[c.Method] {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	if i := verbToken(s, c, lo); i < 0 || i != lo-1 || d.lex.Is(s.Lemma[i], lexicon.Speech) {
		return false
	}
	for k := lo; k < hi; k++ {
		if w := s.Lower[k]; quoteOpen[w] || w == ":" || w == "that" || strings.HasPrefix(s.POS[k], "VB") || s.POS[k] == "MD" {
			return false
		}
	}
	// The noun phrase: determiners, numbers, adjectives and nouns; a
	// title's name may follow a common noun of a work.
	work := false
	k := lo
	for ; k < hi; k++ {
		p := s.POS[k]
		if m := mentionAt(s, k); m >= 0 {
			e := d.res.Mentions[m].Entity
			work = work || d.work(e)
			for k+1 < hi && mentionAt(s, k+1) == m {
				k++
			}
			continue
		}
		if strings.HasPrefix(p, "NN") && !strings.HasPrefix(p, "NNP") {
			work = d.workNoun(s.Lower[k]) && !d.lex.Is(s.Lemma[k], lexicon.Statement)
			continue
		}
		// "defended his performance", "praised Bo Ek's film": a
		// possessor's own work, defended or praised in words, is kept.
		if p == "PRP$" || p == "POS" {
			return false
		}
		if nounPhraseTag(p) {
			continue
		}
		break
	}
	if !work {
		return false
	}
	// "... as an influence", "... at the festival", or the end.
	return k == hi || s.POS[k] == "IN" || s.Lower[k] == ","
}

// mentionAt returns the mention over token k of sentence s, or -1.
func mentionAt(s *extract.Sentence, k int) int {
	if k < len(s.Mention) {
		return s.Mention[k]
	}
	return -1
}
