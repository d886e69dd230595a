package typing

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// initialsThing reports whether e, a name the tagger read as a body's,
// is spelled out beside its initials ("Secure Content Protection (SCP)
// schemes", "the Tarvik Xtra Downlink Access (TXDA) standard") with no
// word of a body among its words: a body so named says what it is
// ("the Tarvik Xtra Association (TXA)", "Harlow Data Forum"), a
// technology, a scheme or a product does not. The name has two words or
// more, each capitalised but for the small words between ("Free and
// Open Cell Software"), its capitals spell an alias in capitals, and it
// is no body the gazetteer lists, opens with no place's name or
// demonym ("Norland Athletics (NA)", a body named by its place and its
// field) and has no "&" or possessive, the way firms are named ("Acme &
// Vell"). tech reports whether such a name holds a technology's word
// too (initialsTechWord).
func (t *Typer) initialsThing(e *extract.Entity) (ok, tech bool) {
	words := strings.Fields(e.Name)
	if e.Type != extract.Organization || len(words) < 2 || strings.ContainsAny(e.Name, "&'’") || t.bodyWord(words) || t.kindWord(words) ||
		knownBody(t.g, e.Name) || t.isPlaceName(words[0]) || t.demonym(words[0]) {
		return false, false
	}
	if t.g != nil && t.g.Match(gazetteer.Tokens(words[0])...)&gazetteer.CatDemonym != 0 {
		return false, false
	}
	// A firm is named by a plural as often ("Acme Vell Devices
	// (AVD)"); a technology by a singular.
	if last := strings.ToLower(words[len(words)-1]); t.lex.Lemma(last, "NNS") != last {
		return false, false
	}
	var caps []rune
	for _, w := range words {
		if !tokenize.StartsUpper(w) {
			if !smallWord(w) {
				return false, false
			}
			continue
		}
		for _, r := range w {
			if unicode.IsUpper(r) {
				caps = append(caps, r)
			}
		}
	}
	spelled := string(caps)
	for _, a := range e.Aliases {
		if a == spelled && len(caps) >= 2 && !knownBody(t.g, a) {
			return true, t.initialsTechWord(words)
		}
	}
	return false, false
}

// kindWord reports whether a capitalised word of words names a kind of
// place, of assembly or of event ("Station", "Assembly", "Forum",
// "Show", "Cup"): such a word says what the name is, as a body's does.
func (t *Typer) kindWord(words []string) bool {
	for i, w := range words {
		if !tokenize.StartsUpper(w) {
			continue
		}
		c := t.lex.Classes(t.lex.Lemma(strings.ToLower(w), "NN"))
		// A contest's word names one at the end of its name ("the
		// Harlow Open"), not inside ("Free and Open Cell Software").
		if i == len(words)-1 && c.Has(lexicon.EventName) {
			return true
		}
		for _, k := range []lexicon.Class{lexicon.Facility, lexicon.Legislature, lexicon.Venue, lexicon.Team, lexicon.Settlement, lexicon.Region,
			lexicon.NaturalFeature, lexicon.Way, lexicon.EventMeeting, lexicon.EventShow, lexicon.EventSport, lexicon.EventCeremony} {
			if c.Has(k) {
				return true
			}
		}
	}
	return false
}

// initialsPage keeps the initials reading (initialsThing) only on a
// page with a common noun for a technology, a gadget, a program or a
// made good ("standard", "console", "software", "phone"): elsewhere a
// name spelled out beside its initials is a movement's, a firm's or a
// market's as often ("the Norland Popular Movement (NPM)"), whose words
// WordNet does not file as a body's.
func (t *Typer) initialsPage(res *extract.Result, evs []evidence, words lexicon.Classes) {
	for _, c := range []lexicon.Class{lexicon.Technology, lexicon.Gadget, lexicon.Software, lexicon.Product} {
		if words.Has(c) {
			return
		}
	}
	for i := range evs {
		evs[i].initials = false
	}
}

// smallWord reports whether w is one of the small words a name spelled
// out before its initials keeps in lower case.
func smallWord(w string) bool {
	switch w {
	case "of", "and", "for", "the", "to", "in", "on":
		return true
	}
	return false
}

// initialsThingSays reports whether nothing around the mentions of an
// entity initialsThing reads says body: no verb of saying, no "its"
// taking it up, no employer's, deal's, share's or part's frame, no
// descriptor or group noun, and no vote for a body's class from the
// words around it or of it ("Tarvik Oil Exchange (TOE)": the
// name's word votes for a company).
func (ev *evidence) initialsThingSays() bool {
	if !ev.initials || ev.speaker > 0 || ev.its > 0 || ev.employer > 0 || ev.equity > 0 || ev.party > 0 || ev.maker > 0 ||
		ev.bodyBefore || ev.group || ev.partBefore || ev.ownsPart || ev.personWord || ev.titleFirst || ev.personCtx > 0 {
		return false
	}
	// "Vell Packet Protocol (VPP) services": a technology's word in
	// the name outweighs a descriptor's vote, which reads the service
	// or the product the technology names as a body (initials-tech).
	_, w := ev.best(isOrgClass)
	return w == 0 || ev.initialsTech
}

// initialsTechWord reports whether a capitalised word of words other
// than the first is a noun for a technology, a standard, a format or a
// protocol (the lexicon's Technology: "Protocol", "Format").
func (t *Typer) initialsTechWord(words []string) bool {
	for _, w := range words[1:] {
		if tokenize.StartsUpper(w) && t.lex.Is(t.lex.Lemma(strings.ToLower(w), "NN"), lexicon.Technology) {
			return true
		}
	}
	return false
}
