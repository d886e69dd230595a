package claim

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// An unnamed source is kept as written: the noun phrase that names who
// speaks without naming an entity ("officials", "a senior source", "Ann
// Lee's lawyer"). Claim.Source holds its span; the phrase is the
// determiner, the modifiers and the head, with a possessive name inside it
// if any, not a prepositional phrase or clause after the head ("one
// source in the room" is "one source").

// sourceBefore returns the span of the noun phrase whose head is the
// subject at token at of a reporting verb, when that phrase is a
// description, or zero for a pronoun or a name. Names inside the phrase
// are kept with it ("Ann Lee's lawyer", "a Norland team"): the caller
// keeps the span only when no name speaks for the phrase.
func (v *view) sourceBefore(at int) extract.Span {
	// "42% of them say", "half of us think": the share is the source,
	// with the pronoun it takes a part of.
	if !v.d.off[RuleShareSource] && v.tag(at) == "PRP" && v.w(at-1) == "of" && v.partitive(at-2) && v.sourceHead(at-2) {
		return v.sourceSpan(v.sourceStart(at-2), at+1)
	}
	// "Many believe", "most say": a share standing alone for people
	// is the source ("some will recall", "some may want": with a modal,
	// the writer's guess about them, no one's words).
	if !v.d.off[RuleShareSource] && v.partitive(at) && v.tag(at) != "CD" && !strings.HasPrefix(v.tag(at), "NN") && v.loneWord(at) && v.tag(at+1) != "MD" {
		return v.sourceSpan(at, at+1)
	}
	if at < 0 || at >= v.n() {
		return extract.Span{}
	}
	if !v.sourceHead(at) {
		// "The outgoing Norland Commissioner said": a post read as a
		// body's name (rule title-body).
		return v.titleBody(at)
	}
	lo, head := v.sourceStart(at), at
	if k := v.afterOpeningPP(lo, at); k > lo {
		lo = k
	} else if !v.d.off[RulePPSubject] {
		lo, head = v.firstNP(lo, head)
	}
	if !v.sourceHead(head) {
		return extract.Span{} // "Mr X of the Y club said": a name heads it
	}
	return v.sourceSpan(lo, head+1)
}

// loneWord reports whether token k is a phrase of its own: it opens its
// clause, or follows a comma or a conjunction.
func (v *view) loneWord(k int) bool {
	return k == v.clauseStart() || v.w(k-1) == "," || v.tag(k-1) == "CC"
}

// firstNP returns the first noun phrase of a subject whose last noun
// phrase spans tokens [lo, head]: the one that prepositional phrases,
// perhaps coordinated, follow ("one source in the room", "observers in
// Norland and around the country", "experts on Norland and nuclear
// policy"), or [lo, head] itself.
func (v *view) firstNP(lo, head int) (int, int) {
	prep := func(k int) bool { return npPrep[v.w(k)] }
	join := func(k int) bool { return v.w(k) == "and" || v.w(k) == "or" }
	bestLo, bestHead := lo, head
	for n := 0; n < 6; n++ {
		j := lo - 1
		// "half of those questioned", "two-thirds of analysts": a
		// partitive is read with the phrase it takes a part of.
		if v.w(j) == "of" && lo == bestLo {
			if quantity := v.quantityNoun(j-1, head); quantity || v.partitive(j-1) {
				return v.shareStart(j, quantity), bestHead
			}
		}
		for j >= 0 && j >= lo-3 && (prep(j) || join(j)) {
			j--
		}
		if j == lo-1 || j < 0 || !(v.sourceHead(j) || v.entAt(j) >= 0) {
			break
		}
		lo, head = v.sourceStart(j), j
		if prep(j + 1) {
			bestLo, bestHead = lo, head
		}
	}
	return bestLo, bestHead
}

// shareStart returns the first token of the share before "of" at token
// j, its own words only: "a third", "74 percent", "a growing number" (a
// participle only before a quantity noun).
func (v *view) shareStart(j int, quantity bool) int {
	p := j - 1
	for p > 0 && p >= j-3 && v.entAt(p-1) < 0 && (v.tag(p-1) == "DT" || v.tag(p-1) == "CD" || strings.HasPrefix(v.tag(p-1), "JJ") || v.tag(p-1) == "VBG" && quantity || v.litAt(p-1) >= 0 && v.litAt(p-1) == v.litAt(j-1)) {
		p--
	}
	return p
}

// partitive reports whether token k ends a phrase that takes a part of
// what follows "of": a number or a share ("half", "most", "two-thirds",
// "68%").
func (v *view) partitive(k int) bool {
	if k < 0 || v.entAt(k) >= 0 {
		return false
	}
	return v.tag(k) == "CD" || partitives[v.w(k)]
}

// quantityNoun reports whether token k is a noun that counts what
// follows "of", people or bodies (bodyNoun's, news media among them)
// whose noun heads the phrase at token head ("a number of investors", "a
// handful of critics", "hundreds of residents", "a number of tabloids"): the phrase after it, not the count, heads the subject
// (rule quantity-noun); not things ("a lot of browsers" speak for no
// one; "people", which the lexicon has for no kind of person, counts).
// The nouns are a small closed list.
func (v *view) quantityNoun(k, head int) bool {
	if v.d.off[RuleQuantityNoun] || k < 0 || v.entAt(k) >= 0 || !quantityNouns[v.w(k)] {
		return false
	}
	c := v.d.lex.Classes(v.lemma(head))
	return personRole(c) || c.Has(lexicon.Spokesperson) || c.Has(lexicon.Inhabitant) || bodyNoun(c) || v.lemma(head) == "people"
}

// quantityNouns are the nouns English counts a plural with before "of".
// Not "a lot of", said of things as often ("a lot of browsers support").
var quantityNouns = map[string]bool{"number": true, "handful": true, "couple": true, "host": true,
	"hundreds": true, "thousands": true, "millions": true, "scores": true}

// partitives are the words of a share.
var partitives = map[string]bool{"half": true, "most": true, "some": true, "many": true, "majority": true, "minority": true,
	"third": true, "thirds": true, "two-thirds": true, "quarter": true, "quarters": true, "all": true, "none": true, "few": true,
	"percent": true, "%": true, "cent": true, "one": true, "each": true, "several": true, "dozens": true}

// npPrep are the prepositions whose phrase may follow the head of a
// speaker's noun phrase ("observers in Norland", "a report to the board").
var npPrep = map[string]bool{"of": true, "in": true, "for": true, "at": true, "from": true, "on": true, "with": true, "to": true,
	"around": true, "across": true, "near": true, "among": true, "inside": true, "outside": true, "within": true, "close": true,
	"over": true, "behind": true, "throughout": true}

// sourceAfter returns the span of the noun phrase in tokens [k, end)
// after an inverted verb ("..., said one official"), or zero when it is
// a pronoun, names an entity or does not end in a noun.
func (v *view) sourceAfter(k, end int) extract.Span {
	// "say US officials": a name the tagger took for a pronoun opens a
	// phrase as any name does.
	if k >= end || end > v.n() || v.tag(k) == "PRP" && v.entAt(k) < 0 {
		return extract.Span{}
	}
	if !v.sourceHead(end - 1) {
		// "said Acme chief Bo Ek", a name resolution missed after a
		// post: the whole phrase, as written.
		if h := v.missedHolderStart(k, end); h > k {
			return extract.Span{Start: v.toks[k].Start, End: v.toks[end-1].End}
		}
		// "..., say Norlandic": the people of a place (rule
		// demonym-people).
		if v.demonymPeople(k) {
			return extract.Span{Start: v.toks[k].Start, End: v.toks[k].End}
		}
		// "said the Norland Commissioner": a post read as a body's
		// name (rule title-body).
		return v.titleBody(end - 1)
	}
	return v.sourceSpan(k, end)
}

// missedHolderStart returns the first token of the missed name that ends
// tokens [k, end) after a post (missedHolder), or -1.
func (v *view) missedHolderStart(k, end int) int {
	for h := end - 1; h > k && h >= end-4; h-- {
		if e, ok := v.missedHolder(h); ok && e == end {
			return h
		}
	}
	return -1
}

// sourceAfterAccording returns the span of the unnamed source in tokens
// [lo, hi) after "according to" ("officials familiar with the talks" is
// "officials"): from lo to its head, the last noun before a preposition.
func (v *view) sourceAfterAccording(lo, hi int) extract.Span {
	head := -1
	for k := lo; k < hi; k++ {
		if v.tag(k) == "IN" || v.tag(k) == "TO" || v.tag(k) == "WDT" || v.tag(k) == "WP" || v.tag(k) == "CC" || v.isVerb(k) {
			break
		}
		// "officials familiar with the talks": an adjective after the
		// head, before its complement, ends the phrase.
		if head >= 0 && (strings.HasPrefix(v.tag(k), "JJ") || v.d.lex.Known(v.w(k), lexicon.Adjective)) && (v.tag(k+1) == "IN" || v.tag(k+1) == "TO") {
			break
		}
		if v.sourceHead(k) {
			head = k
		}
	}
	if head < 0 {
		return extract.Span{}
	}
	return v.sourceSpan(lo, head+1)
}

// sourceHead reports whether token k may head an unnamed source: a
// common noun, or a capitalised one the lexicon knows ("Officials Say"
// in a headline), that is no name.
func (v *view) sourceHead(k int) bool {
	if v.entAt(k) >= 0 || v.litAt(k) >= 0 && v.d.res.Mentions[v.litAt(k)].Type == extract.Date {
		return false
	}
	// "80% said": a percentage's sign heads its share.
	if v.w(k) == "%" && v.litAt(k) >= 0 && !v.d.off[RuleShareSource] {
		return true
	}
	// "said the 24-year-old Norlander": a person of that country
	// (rule demonym-person).
	if _, ok := v.personDemonym(k); ok {
		return true
	}
	if !v.sourceWord(k) || len(v.w(k)) < 2 {
		return false
	}
	switch v.tag(k) {
	case "NN", "NNS":
		return true
	case "RB":
		// "Ann Lee's closest ally": a noun the tagger took for an
		// adverb by its ending, which the lexicon knows as a noun
		// and no adverb.
		return !v.d.off[RuleAdverbNoun] && !v.adverb(k) && v.d.lex.Known(v.w(k), lexicon.Noun)
	case "VBN", "VBD":
		// "those questioned", "those polled", "3,100 adults surveyed",
		// "those tenants polled": a participle after "those" or a
		// plural noun of people.
		if v.entAt(k-1) >= 0 || v.d.off[RuleShareSource] && v.w(k-1) != "those" {
			return false
		}
		return v.w(k-1) == "those" || v.tag(k) == "VBN" && v.tag(k-1) == "NNS" && (v.d.lex.Is(v.lemma(k-1), lexicon.PersonNoun) || v.d.lex.Is(v.lemma(k-1), lexicon.Voice))
	case "NNP", "NNPS":
		return v.titleCase && (v.d.lex.Known(v.w(k), lexicon.Noun) || v.d.lex.Known(v.lemma(k), lexicon.Noun)) || v.capitalPlural(k) || v.capitalPluralHead(k) || v.placeOffice(k) || v.theOffice(k)
	}
	return false
}

// placeOffice reports whether token k is an office written with a
// capital after a place's name ("the Norlandic Prime Minister", "Harlow
// Police Chief"): a noun of office in lower case, after capitalised
// words the lexicon knows, then the place.
func (v *view) placeOffice(k int) bool {
	if v.d.off[RuleOccupationPlace] || !v.d.lex.Is(v.w(k), lexicon.Office) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if v.placeAt(j) {
			return true
		}
		if v.tag(j) != "NNP" || v.entAt(j) >= 0 || !v.d.lex.Known(v.w(j), lexicon.Noun) && !v.d.lex.Known(v.w(j), lexicon.Adjective) {
			return false
		}
	}
	return false
}

// theOffice reports whether token k is an office written with a capital
// after "the" ("The Chancellor said", "the Prime Minister"), perhaps
// after other capitalised words the lexicon knows and no name covers:
// a post, whose holder the document may name (titledSpeakers).
func (v *view) theOffice(k int) bool {
	if v.d.off[RuleTitledSpeaker] || !v.d.lex.Is(v.w(k), lexicon.Office) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if v.w(j) == "the" {
			return true
		}
		if v.tag(j) != "NNP" || v.entAt(j) >= 0 || !v.d.lex.Known(v.w(j), lexicon.Noun) && !v.d.lex.Known(v.w(j), lexicon.Adjective) {
			return false
		}
	}
	return false
}

// capitalPlural reports whether token k, tagged a proper noun though no
// name covers it, is the plural of a common noun written with capitals
// ("the GPs", "the Democrats"): its lower case is a plural form whose
// singular the lexicon knows as a noun, an acronym's or a kind of
// person's (not a name in the plural: "the Norlands"), after a determiner
// or an adjective (a name the tagger missed has none: "Acme said"), or an
// acronym's opening its clause.
func (v *view) capitalPlural(k int) bool {
	if v.d.off[RuleCapitalPlural] || v.entAt(k) >= 0 || v.litAt(k) >= 0 {
		return false
	}
	t := v.toks[k].Text
	if len(t) < 3 || !strings.HasSuffix(t, "s") || strings.HasSuffix(t, "ss") || !tokenize.StartsUpper(t) {
		return false
	}
	// "The Norlanders said", "Norlanders voted": a people, unnamed.
	if v.peopleDemonym(k) {
		return true
	}
	sing := v.d.lex.Lemma(v.w(k), "NNS")
	if sing == v.w(k) || !v.d.lex.Known(sing, lexicon.Noun) {
		return false
	}
	stem := t[:len(t)-1]
	acronym := strings.ToUpper(stem) == stem
	if !acronym && !v.d.lex.Is(sing, lexicon.PersonNoun) {
		return false
	}
	// An acronym's plural needs no determiner: "In May, GPs said"; nor
	// does a kind of person's that opens the sentence, whose capital is
	// the sentence's ("Judges said").
	p := v.tag(k - 1)
	return p == "DT" || p == "CD" || strings.HasPrefix(p, "JJ") || p == "PRP$" || acronym && (k == v.clauseStart() || p == "," || p == "CC") ||
		k == 0 && !v.d.off[RuleOpeningPlural] || acronym && v.acronymOfGroup(k)
}

// acronymOfGroup reports whether the word before token k is "of" after a
// common noun ("a committee of MPs", "a group of GPs"): an acronym's
// plural that says whom a group is made of (rule group-of-acronyms).
func (v *view) acronymOfGroup(k int) bool {
	return !v.d.off[RuleGroupOfAcronyms] && k >= 2 && v.w(k-1) == "of" && (v.tag(k-2) == "NN" || v.tag(k-2) == "NNS") && v.entAt(k-2) < 0
}

// joinedBefore reads "and" or "or" at token k, before the phrase of an
// unnamed source that starts at token lo and whose head is at token at,
// as joining words into the phrase: places that modify the head together
// ("the Norlandic and Ostmarkish governments"), common nouns that do
// ("the roads and harbours committee", rule joined-modifiers), or
// plural heads joined after a comma ("..., officials and analysts said",
// rule joined-final, which ends the phrase: final is true). It returns
// the phrase's new start; ok is false when k joins none.
func (v *view) joinedBefore(k, lo, at int) (start int, final, ok bool) {
	if (v.w(k) == "and" || v.w(k) == "or") && v.placeAt(k-1) && v.placeAt(lo) {
		return v.mentionStart(k - 1), false, true
	}
	if !v.d.off[RuleJoinedFinal] && lo == at && v.tag(at) == "NNS" && v.w(k) == "and" && v.tag(k-1) == "NNS" && v.entAt(k-1) < 0 {
		if s := v.npStartBefore(k); s < k && (v.w(s-1) == "," || quoteClose[v.w(s-1)]) {
			return s, true, true
		}
	}
	if v.nounsJoined(k, lo) {
		return k - 1, false, true
	}
	return lo, false, false
}

// nounsJoined reports whether "and" at token k joins two common nouns
// that modify a head after them, no name among them: "the roads and
// harbours committee", "the fish and farms committee" (rule
// joined-modifiers). The noun at token lo, after "and", is not the head:
// another common noun follows it.
func (v *view) nounsJoined(k, lo int) bool {
	if v.d.off[RuleJoinedModifiers] || k < 1 || lo != k+1 || v.w(k) != "and" {
		return false
	}
	noun := func(j int) bool {
		t := v.tag(j)
		return (t == "NN" || t == "NNS") && v.entAt(j) < 0 && v.litAt(j) < 0
	}
	return noun(k-1) && noun(lo) && noun(lo+1)
}

// sourceWord reports whether token k is a word or a number ("a\\spokesman"
// in some feeds puts a backslash between words).
func (v *view) sourceWord(k int) bool {
	t := v.toks[k].Kind
	return t == tokenize.Word || t == tokenize.Number || v.tag(k) == "POS"
}

// sourceStart returns the first token of the noun phrase whose head is at
// token at: determiners, a possessive pronoun, numbers, adjectives,
// participles after a determiner, and nouns, and names among them ("Ann Lee's lawyer", "a Norland team" whose
// name does not speak for it); not a date.
func (v *view) sourceStart(at int) int {
	lo := at
	for lo > 0 {
		k := lo - 1
		if v.entAt(k) >= 0 {
			lo = v.mentionStart(k)
			continue
		}
		if s, final, ok := v.joinedBefore(k, lo, at); ok {
			lo = s
			if final {
				break
			}
			continue
		}
		if l := v.litAt(k); l >= 0 && v.d.res.Mentions[l].Type == extract.Date || !v.sourceWord(k) || v.openingAdverb(k) {
			if d := v.datedPhrase(k); d >= 0 {
				lo = d
			}
			break
		}
		t := v.tag(k)
		if t == "PRP$" || t == "PDT" {
			lo = k
			break
		}
		// "by the announcement many analysts said", "in a statement
		// the directors believed": a determiner or a quantifier opens
		// the phrase, and a noun before it ends another (rule
		// phrase-boundary); only a predeterminer goes before it ("all
		// the", "both the").
		if v.phraseOpener(k) {
			lo = k
			break
		}
		// A participle after a determiner modifies: "the ruling party".
		modifier := t == "VBG" && (v.tag(k-1) == "DT" || v.tag(k-1) == "PRP$" || strings.HasPrefix(v.tag(k-1), "JJ"))
		if !(strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "DT" || t == "POS" || t == "CD" || t == "HYPH" || modifier) {
			break
		}
		lo = k
	}
	// A possessive opens no phrase.
	for lo < at && (v.tag(lo) == "POS" || v.tag(lo) == "HYPH") {
		lo++
	}
	return lo
}

// placeAt reports whether token k is in the mention of a place.
func (v *view) placeAt(k int) bool {
	return k >= 0 && v.entAt(k) >= 0 && v.entType(v.entity(k)) == extract.Location
}

// sourceSpan returns the byte span of tokens [lo, hi), or zero when a
// name ends it (a name is no unnamed source).
func (v *view) sourceSpan(lo, hi int) extract.Span {
	if lo < 0 || hi > v.n() || hi <= lo || v.entAt(hi-1) >= 0 {
		return extract.Span{}
	}
	return extract.Span{Start: v.toks[lo].Start, End: v.toks[hi-1].End}
}

// describedName returns the span of a subject ending at token at that is
// a name the tagger missed after the common noun that describes it
// ("campaign group Vell 2000", "the firm Acme Labs"): capitalised
// words and numbers, no name's, after a noun of a body or a kind of
// person, kept as written with the description; or zero.
func (v *view) describedName(at int) extract.Span {
	if v.d.off[RuleDescribedName] || at < 0 || at >= v.n() {
		return extract.Span{}
	}
	k, names := at, 0
	for k >= 0 && v.entAt(k) < 0 && v.litAt(k) < 0 && (v.tag(k) == "NNP" || v.tag(k) == "CD" && names > 0 || v.tag(k) == "CD" && k == at) && upperOrDigit(v.toks[k].Text) {
		if v.tag(k) == "NNP" {
			names++
		}
		k--
	}
	if names == 0 || k == at || k < 0 || v.tag(k) != "NN" || v.entAt(k) >= 0 {
		return extract.Span{}
	}
	c := v.d.lex.Classes(v.lemma(k))
	if !(c.Has(lexicon.OrgGeneric) || c.Has(lexicon.Organization) || c.Has(lexicon.Corporation) || c.Has(lexicon.Government) || c.Has(lexicon.PersonNoun) || c.Has(lexicon.Occupation)) {
		return extract.Span{}
	}
	return extract.Span{Start: v.toks[v.sourceStart(k)].Start, End: v.toks[at].End}
}

// upperOrDigit reports whether s opens with a capital letter or a digit.
func upperOrDigit(s string) bool {
	return tokenize.StartsUpper(s) || s != "" && s[0] >= '0' && s[0] <= '9'
}

// modifiedSource returns the span of a subject ending at token at whose
// head noun a participle's phrase follows ("12% of voters aged between
// 20 and 30", "voters living abroad"): the head's phrase, as
// sourceBefore reads it, with the participle's phrase; or zero. The
// phrase after the participle holds only numbers, nouns, adjectives,
// adverbs, prepositions and conjunctions, eight tokens at most.
func (v *view) modifiedSource(at int) extract.Span {
	if v.d.off[RuleModifiedSource] || at < 0 || at >= v.n() {
		return extract.Span{}
	}
	for k := at; k >= 1 && k >= at-8; k-- {
		if v.entAt(k) >= 0 {
			return extract.Span{}
		}
		t := v.tag(k)
		if (t == "VBN" || t == "VBG") && k < at {
			if _, reports := v.kind(k); reports || !v.sourceHead(k-1) {
				return extract.Span{}
			}
			sp := v.sourceBefore(k - 1)
			if sp.Len() == 0 {
				return extract.Span{}
			}
			sp.End = v.toks[at].End
			return sp
		}
		if !(t == "CD" || t == "CC" || t == "IN" || t == "TO" || t == "RB" || strings.HasPrefix(t, "JJ") || t == "NN" || t == "NNS" || t == "HYPH") {
			return extract.Span{}
		}
	}
	return extract.Span{}
}

// amongSource returns, for a subject at token at that is a share ("70%",
// "half") in a sentence that opens with "Among <people>,", the span of
// the people, whom the share is of ("Among older voters, 60% said"); or
// zero.
func (v *view) amongSource(at int) extract.Span {
	if v.d.off[RuleAmongSource] || at < 0 || at >= v.n() {
		return extract.Span{}
	}
	lo := v.clauseStart()
	if v.w(lo) != "among" || !(v.partitive(at) || v.litAt(at) >= 0 && v.d.res.Mentions[v.litAt(at)].Type != extract.Date) {
		return extract.Span{}
	}
	for k := lo + 1; k < at && k < lo+10; k++ {
		if v.w(k) == "," {
			if k-1 <= lo || !v.sourceHead(k-1) {
				return extract.Span{}
			}
			return v.sourceSpan(lo+1, k)
		}
	}
	return extract.Span{}
}

// afterOpeningPP returns where a subject starts in the noun phrase
// [lo, at] that a preposition opening the clause stands before (rule
// phrase-boundary): "In recent years governments have said", "For
// years critics have said", "In Norland officials said". The
// preposition's object ends at the last noun before the head that is a
// plural, a span of time or a name; the subject is what follows it. It
// returns lo when no such noun stands in the phrase.
func (v *view) afterOpeningPP(lo, at int) int {
	// "with the Acme survey finding ...": "with" and a participle's
	// subject.
	if v.d.off[RulePhraseBoundary] || lo < 1 || lo >= at || v.tag(lo-1) != "IN" || v.w(lo-1) == "of" || v.w(lo-1) == "with" || !v.d.lex.Is(v.w(lo-1), lexicon.PlacePreposition) && !npPrep[v.w(lo-1)] {
		return lo
	}
	if p := lo - 1; p != v.clauseStart() && !(p >= 1 && p-1 == v.clauseStart() && v.tag(p-1) == "CC") {
		return lo
	}
	for k := at - 1; k >= lo; k-- {
		switch t := v.tag(k); {
		case v.entAt(k) >= 0:
			// "In Norland officials said": a name right after the
			// preposition is its object.
			if ms := v.mentionStart(k); ms == lo && v.entAt(at) < 0 {
				return k + 1
			}
			return lo
		case t == "NNS" || strings.HasPrefix(t, "NN") && v.d.lex.Is(v.lemma(k), lexicon.TimeSpan):
			return k + 1
		}
	}
	return lo
}

// phraseOpener reports whether token k, a determiner or a quantifier
// (the lexicon's Quantifier: "many", "some"), opens a noun phrase that a
// noun, an adjective or a number before it does not belong to (rule
// phrase-boundary): "the announcement many analysts", "a statement the
// directors"; not after a predeterminer (the lexicon's Predeterminer:
// "all the", "half the").
func (v *view) phraseOpener(k int) bool {
	if v.d.off[RulePhraseBoundary] || k < 1 || !(v.tag(k) == "DT" || v.d.lex.Is(v.w(k), lexicon.Quantifier)) || v.d.lex.Is(v.w(k-1), lexicon.Predeterminer) {
		return false
	}
	// "According to Bo Ek the minister said": a name before "the" ends
	// another phrase (rule determiner-bound).
	if v.entAt(k-1) >= 0 {
		return v.tag(k) == "DT" && !v.d.off[RuleDeterminerBound]
	}
	t := v.tag(k - 1)
	return strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "CD"
}

// datedPhrase returns the determiner before the date literal at token k
// when the date stands between it and the head of a phrase ("A 2014
// study", rule phrase-boundary), or -1.
func (v *view) datedPhrase(k int) int {
	l := v.litAt(k)
	if v.d.off[RulePhraseBoundary] || l < 0 {
		return -1
	}
	ls := k
	for ls > 0 && v.litAt(ls-1) == l {
		ls--
	}
	if ls >= 1 && v.tag(ls-1) == "DT" && v.w(ls-1) != "that" {
		return ls - 1
	}
	return -1
}

// participleEnd returns the last token of an unnamed source's
// participle's phrase that ends at token end, before the verb group: past
// adverbs and a relative pronoun, which open the verb's own clause ("a
// study released on Friday that also showed": [a study released on
// Friday], rule phrase-boundary).
func (v *view) participleEnd(end int) int {
	if v.d.off[RulePhraseBoundary] {
		return end
	}
	e := end
	for e > 0 && v.tag(e) == "RB" {
		e--
	}
	if w := v.w(e); w == "that" || w == "which" || w == "who" {
		return e - 1
	}
	return end
}

// openingAdverb reports whether token k, opening its clause, is a word
// the lexicon knows as an adverb and as no adjective, before a name or
// a determiner that opens the subject (rule opening-adverb): "Meanwhile
// Bo Ek's mother said" is her words; "meanwhile" is no part of the
// subject, whatever the tagger read it as.
func (v *view) openingAdverb(k int) bool {
	if v.d.off[RuleOpeningAdverb] || k != v.clauseStart() || v.entAt(k) >= 0 {
		return false
	}
	w := v.w(k)
	if !v.d.lex.Known(w, lexicon.Adverb) || v.d.lex.Known(w, lexicon.Adjective) {
		return false
	}
	return v.entAt(k+1) >= 0 || v.tag(k+1) == "DT" || v.tag(k+1) == "PRP$"
}
