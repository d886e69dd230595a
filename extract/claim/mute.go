package claim

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// voiced holds the constructions whose subject must be able to put
// words for the clause to be a claim: a verb of saying, believing,
// wanting or taking a side read with its object or after another verb,
// which a thing's narration uses too ("the alerts tell people how ...",
// "the restoration revealed some items", "tremors may signal
// earthquakes"). A verb of saying with a clause (subject-verb, final,
// inverted) and "according to" keep any subject: a record or a suit
// says things ("the suit said that ...").
var voiced = map[string]bool{
	ConsSpeechObject: true, ConsBeliefObject: true, ConsCommunication: true, ConsCoordinated: true, ConsDenial: true,
	ConsStance: true, ConsMention: true, ConsInfinitive: true, ConsIntent: true, ConsDemand: true, ConsAttitude: true,
	ConsThatClause: true, ConsTopic: true, ConsDirective: true,
}

// muteSpeaker reports whether claim c, of a construction in voiced, has
// a speaker that cannot put words: unnamed words whose head is a noun
// the lexicon knows only for things, acts or events (no Voice, no
// body, no statement or record), or a place that is no polity (a
// fault, a valley, a river: not a country, a region, a city).
func (d *doc) muteSpeaker(c *extract.Claim) bool {
	if d.off[RuleMuteSpeaker] || !voiced[c.Method] {
		return false
	}
	mute := false
	switch {
	case c.Speaker >= 0 && c.Speaker < len(d.res.Entities):
		e := d.res.Entities[c.Speaker]
		if e.Type == extract.Location {
			switch e.Class {
			case "", "Country", "AdministrativeArea", "City", "Continent":
			default:
				mute = true
			}
		}
	case c.Source.Len() > 0:
		// "the numbers suggest", "sales showed": what figures show (the
		// lexicon's Evidential) is a finding, whoever reads them.
		src, words, adj := d.sourceWords(c)
		w := headWord(src)
		if v := d.verbLemma(c); v != "" && d.lex.Is(v, lexicon.Evidential) && !d.singularFinding(w) {
			return false
		}
		mute = !d.speakingNoun(w)
		// "a poll this summer", "a ruling issued in Harlow": a noun
		// that can put words anywhere in the words speaks; an adjective
		// does not ("a close relationship": rule adjective-voice).
		for _, x := range words {
			if mute && d.voiceNoun(x) && !adj[x] {
				mute = false
			}
		}
	}
	return mute
}

// verbLemma returns the lemma of the last word of claim c's verb, read
// as a present tense's ("has warned" -> "warn"), or "" when c has no verb.
func (d *doc) verbLemma(c *extract.Claim) string {
	f := strings.Fields(strings.ToLower(c.Verb))
	if len(f) == 0 {
		return ""
	}
	return d.lex.Lemma(f[len(f)-1], "VBZ")
}

// sourceWords returns the text of claim c's unnamed speaker's words
// (its Source), those words split at spaces, commas and apostrophes, and
// the ones the tagger read as adjectives (adjectivesIn), which
// mute-speaker and thing-finding read.
func (d *doc) sourceWords(c *extract.Claim) (src string, words []string, adj map[string]bool) {
	src = d.res.Doc.Text[c.Source.Start:c.Source.End]
	words = strings.FieldsFunc(src, func(r rune) bool { return r == ' ' || r == ',' || r == '\'' || r == '’' })
	return src, words, d.adjectivesIn(c.Sentence, c.Source)
}

// singularFinding reports whether w, the head of an unnamed speaker's
// words before a verb of what figures show, is a singular noun the
// lexicon knows, no communication's (a leak) nor a time's (the
// weekend: time-source reads it), which must then be able to put words
// as other speakers must (rule singular-finding): "a close relationship
// suggests A", "the move suggests A" are the writer's inference;
// "sales showed", "the numbers suggest" (plurals: figures read) and "a
// survey shows" are kept.
func (d *doc) singularFinding(w string) bool {
	if d.off[RuleSingularFinding] {
		return false
	}
	lw := strings.ToLower(w)
	c := d.lex.Classes(lw)
	return d.lex.Lemma(lw, "NNS") == lw && d.lex.Known(lw, lexicon.Noun) && !c.Has(lexicon.Communication) && !c.Has(lexicon.TimeSpan)
}

// adjectivesIn returns the words of span src in sentence si that the
// tagger read as adjectives (rule adjective-voice), or nil.
func (d *doc) adjectivesIn(si int, src extract.Span) map[string]bool {
	if d.off[RuleAdjectiveVoice] || si < 0 || si >= len(d.res.Sentences) {
		return nil
	}
	s := d.res.Sentences[si]
	var adj map[string]bool
	for k, t := range s.Tokens {
		if t.Start >= src.Start && t.End <= src.End && strings.HasPrefix(s.POS[k], "JJ") {
			if adj == nil {
				adj = map[string]bool{}
			}
			adj[t.Text] = true
		}
	}
	return adj
}

// speakingNoun reports whether w, the head of an unnamed speaker's
// words, can put words: a placeholder (unknownNounForm, asking the
// lexicon about the one form w reads) or a noun of the Voice class, of
// a body, of a statement or a record (voiceNoun).
func (d *doc) speakingNoun(w string) bool {
	return d.unknownNounForm(strings.ToLower(w)) || d.voiceNoun(w)
}

// voiceNoun reports whether w is a noun of the Voice class, of a body,
// of a person's post, or of a statement or a record.
func (d *doc) voiceNoun(w string) bool {
	return d.nounFormIs(w, func(c lexicon.Classes) bool {
		return c.Has(lexicon.Voice) || speakerClass(c) || c.Has(lexicon.Evidence)
	})
}

// speakerClass reports whether a lemma of classes c names who or what
// puts words whatever the verb, as voiceNoun and viewHolder both take
// it: a person by what the person is or does (personRole), a body
// (bodyNoun), an armed group, a team, or a statement.
func speakerClass(c lexicon.Classes) bool {
	return personRole(c) || bodyNoun(c) || c.Has(lexicon.ArmedGroup) || c.Has(lexicon.Team) || c.Has(lexicon.Statement)
}

// nounFormIs reports whether the lexicon's classes of w, read as a
// plural's lemma or as written (in lower case), pass test.
func (d *doc) nounFormIs(w string, test func(lexicon.Classes) bool) bool {
	lw := strings.ToLower(w)
	for _, x := range []string{d.lex.Lemma(lw, "NNS"), lw} {
		if test(d.lex.Classes(x)) {
			return true
		}
	}
	return false
}

// leaveTaking reports whether claim c is a greeting or a leave-taking
// ("said farewell to the club", "say hello to"): a verb of saying whose
// content opens with a noun of the lexicon's Salutation class. The
// idiom takes leave or greets; it reports no words.
func (d *doc) leaveTaking(c *extract.Claim) bool {
	if d.off[RuleSalutation] || c.End <= c.Start {
		return false
	}
	f := strings.Fields(strings.ToLower(d.res.Doc.Text[c.Start:c.End]))
	if len(f) == 0 {
		return false
	}
	// "said their goodbyes": past a possessive.
	if len(f) > 1 && d.lex.Is(f[0], lexicon.Determiner) {
		f = f[1:]
	}
	w := strings.Trim(f[0], ",;:.")
	if len(f) > 1 && !d.lex.Is(w, lexicon.Salutation) {
		w += " " + strings.Trim(f[1], ",;:.") // "good night", "so long"
	}
	if d.lex.Is(w, lexicon.Salutation) {
		return true
	}
	// "said their goodbyes": a plural ("his" is a determiner, no
	// plural of "hi").
	first := strings.Trim(f[0], ",;:.")
	return !d.lex.Is(first, lexicon.Determiner) && d.lex.Is(d.lex.Lemma(first, "NNS"), lexicon.Salutation)
}

// clauseFinding holds the constructions whose verb takes a clause or a
// quotation whole, which thing-finding reads.
var clauseFinding = map[string]bool{
	ConsSubjectVerb: true, ConsFinal: true, ConsInverted: true, ConsParenthetical: true, ConsParticiple: true, ConsEvidence: true,
}

// thingFinding reports whether claim c, of a verb taking a clause that is
// one of believing or finding (the lexicon's Belief class, none of its
// Speech or Communication) or one of what figures show (its Evidential),
// has unnamed words for a speaker that can hold no
// view and is no record (rule thing-finding): "old maps show
// A", "other indicators suggest A", "the software will find A" are the
// writer's narration. A person or a body (the lexicon's Mind class and
// the classes of posts and bodies) and a statement or a record ("the
// survey shows A", "the study found A") are kept; a record holds no
// belief ("the budget assumes A": the lexicon's BeliefFirst verbs want
// a mind or a statement). Before a verb of what figures show, a noun
// of the Voice class, which holds communications ("the minutes showed
// A"), is kept too.
func (d *doc) thingFinding(c *extract.Claim) bool {
	if d.off[RuleThingFinding] || !clauseFinding[c.Method] || c.Speaker >= 0 || c.Source.Len() == 0 {
		return false
	}
	verb := d.verbLemma(c)
	if verb == "" {
		return false
	}
	evidential := d.lex.Is(verb, lexicon.Evidential)
	// A verb of believing or finding ("assume", "find", "conclude"):
	// not one of saying or communicating ("agree", "question"), which a
	// campaign or an advertisement does.
	if !evidential && (!d.lex.Is(verb, lexicon.Belief) || d.lex.Is(verb, lexicon.Speech) || d.lex.Is(verb, lexicon.Communication)) {
		return false
	}
	belief := !evidential && d.lex.Is(verb, lexicon.BeliefFirst)
	src, words, adj := d.sourceWords(c)
	for _, x := range append(words, d.ofPhraseAfter(c.Sentence, c.Source.End)...) {
		if !adj[x] && (d.viewHolder(x, belief) || evidential && d.voiceNoun(x)) {
			return false
		}
	}
	// A capitalised head may be a name the tagger missed or an
	// acronym's plural ("Vellmars believes A", "GPs in Norland fear A").
	h := headWord(src)
	return !tokenize.StartsUpper(h) && !d.speakingPlaceholder(h)
}

// viewHolder reports whether w is a noun of who can hold a view (the
// lexicon's Mind class, a post's or a body's), or of a statement, or,
// unless belief, of a record.
func (d *doc) viewHolder(w string, belief bool) bool {
	return d.nounFormIs(w, func(c lexicon.Classes) bool {
		return c.Has(lexicon.Mind) || c.Has(lexicon.Spokesperson) || speakerClass(c) || !belief && c.Has(lexicon.Evidence)
	})
}

// speakingPlaceholder reports whether w, the head of an unnamed speaker's
// words, stands for whoever is meant rather than naming a thing: a share
// ("many", "most"), nothing, or a word the lexicon knows as a noun
// neither as written nor as a plural's lemma (a pronoun, a name the
// tagger missed).
func (d *doc) speakingPlaceholder(w string) bool {
	lw := strings.ToLower(w)
	return partitiveOrNone(lw) || !d.lex.Known(d.lex.Lemma(lw, "NNS"), lexicon.Noun) && !d.lex.Known(lw, lexicon.Noun)
}

// unknownNounForm reports whether lw, a lower-case head of an unnamed
// speaker's words, is a share, nothing, or a form the lexicon does not
// know as a noun, reading only one form: the lemma of a word ending in
// "s", else lw as written, so that a participle or an irregular plural
// ("those affected", "the women") is no known noun.
func (d *doc) unknownNounForm(lw string) bool {
	if partitiveOrNone(lw) {
		return true
	}
	l := lw
	if strings.HasSuffix(lw, "s") {
		l = d.lex.Lemma(lw, "NNS")
	}
	return !d.lex.Known(l, lexicon.Noun)
}

// partitiveOrNone reports whether lw is a share ("many", "most") or empty.
func partitiveOrNone(lw string) bool {
	return partitives[lw] || lw == ""
}

// ofPhraseAfter returns the nouns of an "of" phrase that follows an
// unnamed speaker's words ending at offset end in sentence si, which the
// words may leave out ("a series" of "a series of surveys showed A"), or
// nil.
func (d *doc) ofPhraseAfter(si, end int) []string {
	if si < 0 || si >= len(d.res.Sentences) {
		return nil
	}
	s := d.res.Sentences[si]
	var out []string
	for k, t := range s.Tokens {
		if t.Start < end {
			continue
		}
		if s.Lower[k] != "of" {
			return nil
		}
		for j := k + 1; j < len(s.Tokens) && j <= k+6; j++ {
			switch p := s.POS[j]; {
			case strings.HasPrefix(p, "NN"):
				out = append(out, s.Tokens[j].Text)
			case strings.HasPrefix(p, "JJ") || p == "DT" || p == "CD" || p == "PRP$":
			default:
				return out
			}
		}
		return out
	}
	return nil
}
