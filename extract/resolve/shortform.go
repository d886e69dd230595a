package resolve

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// regionName reports whether s names a place (a country, a continent, a
// city the aliases know only as a place) or is a demonym of one
// ("Norlandic"): a word that, added to a body's name, makes a regional
// division or a different body ("Acme Europe", "Norlandic Lions").
func (r *Resolver) regionName(s string) bool {
	if r.placeName(s) || r.area(s) {
		return true
	}
	if d, ok := r.aliases.(Demonyms); ok && d.IsDemonym(s) {
		return true
	}
	if r.aliases == nil {
		return false
	}
	_, _, class, ok := r.aliases.Canonical(s, extract.Location)
	return ok && placeClasses[class]
}

// pureSets marks the sets whose mentions all share one key: a name and its
// repetitions, joined by sameKey and nothing else.
func (u *union) pureSets() map[int]bool {
	keyOf, pure := map[int]string{}, map[int]bool{}
	for i := range u.res.Mentions {
		root := u.find(i)
		if k, ok := keyOf[root]; !ok {
			keyOf[root], pure[root] = u.info[i].key, true
		} else if k != u.info[i].key {
			pure[root] = false
		}
	}
	return pure
}

// suffixNames joins a body's, a work's or an event's name to the one
// longer name of the same type in the document (of a body, a work or an
// event, for a name of two words or more) that ends in its words
// after a modifier: "Pellam" for "Vell Pellam", "Trade Pact" for "NBX
// Trade Pact", as news shortens a name once it has given it. The words
// before must be names' words, capitalised, and none an adjective, a
// place's name or a demonym: "Norlandic Lions", "Harlow Pellam" or
// "Royal Pellam" is a body of its own beside the "Lions" or a "Pellam"
// elsewhere. A short name that two such names end ("Vell Pellam" and
// "Acme Pellam"), or that also begins a longer name ("Pellam Group"),
// joins nothing; nor does one the aliases know, or one joined to
// another name already.
func (u *union) suffixNames(region func(string) bool) {
	if region == nil {
		return
	}
	res, info := u.res, u.info
	var byTail map[string][]int // names of two words or more by their last word's key, made on first use
	pure := u.pureSets()
	for i, m := range res.Mentions {
		short := info[i].words
		if !shortFormType(m.Type) || len(short) == 0 || info[i].canon != "" || !pure[u.find(i)] || !tokenize.StartsUpper(short[0]) {
			continue
		}
		// One word: an acronym or a word news writes capitalised more
		// often than not ("Portable gadgets sell" is no "Acme
		// Portable"; "the Group" may be any group), and no people's
		// name. Words in capitals only are a text in capitals, not an
		// acronym ("the TRADE COUNCIL"). Two words or more hold one
		// such word or a number, or the longer name adds only an
		// acronym: common words alone name a field or a trade ("the
		// Trade Group" of the "Harlow Trade Group" may be any such
		// group).
		if len(short) == 1 && (region(short[0]) || !u.named(short)) || len(short) > 1 && allCaps(m.Text) {
			continue
		}
		if byTail == nil {
			byTail = map[string][]int{}
			for j, o := range res.Mentions {
				if ws := info[j].words; len(ws) >= 2 && shortFormType(o.Type) {
					last := Key(ws[len(ws)-1])
					byTail[last] = append(byTail[last], j)
				}
			}
		}
		var cands []int
		for _, j := range byTail[Key(short[len(short)-1])] {
			// A name of two words or more is the tagger's body, work or
			// event as often as not ("Acme Hub Awards" a body, "Hub
			// Awards" an event); one word keeps its type.
			if len(short) == 1 && res.Mentions[j].Type != m.Type || !u.endsWith(j, i) {
				continue
			}
			// A headline's name may hold the headline's verb or
			// adjective ("Acme Beats Vell Lions"): the body's is the
			// name.
			if u.inHeadline(j) {
				continue
			}
			long := info[j].words
			lead := long[:len(long)-len(short)]
			if !u.modifierWords(lead, region) {
				cands = nil
				break
			}
			// Common words alone are a sponsor's or an organiser's
			// name's ("NBX Trade Fair") more than a kind's.
			if len(short) > 1 && !u.named(short) && (len(lead) > 1 || !allCaps(lead[0]) || !letters(lead[0])) {
				continue
			}
			cands = append(cands, j)
		}
		if len(cands) == 0 || u.beginsOther(i, cands) {
			continue
		}
		u.joinSole(i, cands)
	}
}

// shortFormType reports whether names of type t are shortened to their
// last words (people's are to their surnames, by surnames; places'
// are not: "Ostmark" is not "North Ostmark").
func shortFormType(t string) bool {
	return t == extract.Organization || t == extract.Miscellaneous || t == extract.EventType
}

// modifierWords reports whether ws, the words a longer name adds before
// a short one, are capitalised names' words (not "&": "Acme & Vell"
// is two names the tagger glued), none an adjective, a place's name or
// a demonym, neither each nor together.
func (u *union) modifierWords(ws []string, region func(string) bool) bool {
	if len(ws) == 0 || region(strings.Join(ws, " ")) {
		return false
	}
	for _, w := range ws {
		// An adjective makes another body of the kind ("the Royal
		// Trade Council" and "the Trade Council").
		if u.words != nil && u.words.Known(strings.ToLower(w), lexicon.Adjective) {
			return false
		}
		if !tokenize.StartsUpper(w) || region(w) || region(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")) {
			return false
		}
	}
	return true
}

// beginsOther reports whether mention i's words begin a longer name, or
// are the whole or the end of a name of another type, in a set other
// than those of cands: the words are shared, and which name they
// shorten is not clear.
func (u *union) beginsOther(i int, cands []int) bool {
	own := map[int]bool{u.find(i): true}
	for _, j := range cands {
		own[u.find(j)] = true
	}
	short := u.keysOf(i)
	for j := range u.res.Mentions {
		if own[u.find(j)] || !isEntityType(u.res.Mentions[j].Type) {
			continue
		}
		long := u.keysOf(j)
		if len(long) < len(short) {
			continue
		}
		head, tail := true, true
		for k := range short {
			head = head && long[k] == short[k]
			tail = tail && long[len(long)-len(short)+k] == short[k]
		}
		if head || tail {
			return true
		}
	}
	return false
}

// personNames types as a person's a name of two or three words that the
// tagger read as a body's or a work's when its first word begins
// people's names (or is a word news writes capitalised, and no body's
// or place's name: a given name the list lacks), its words are names'
// words, and its last word is
// written alone in the document as a person's ("Ann Pellam" beside
// "Pellam said"): the full name and the surname are one person, and
// surnames then joins them. A name that ends as bodies' names do
// ("Pellam Holdings", "Pellam Foundation") keeps its type, and so does
// one the aliases know as a body's or a place's.
func (r *Resolver) personNames(u *union) {
	if u.firstNames == nil {
		return
	}
	res, info := u.res, u.info
	var surnames map[string]bool // the keys of one-word people's names, made on first use
	for j := range res.Mentions {
		m := &res.Mentions[j]
		ws := info[j].words
		if m.Type != extract.Organization && m.Type != extract.Miscellaneous || len(ws) < 2 || len(ws) > 3 || info[j].canon != "" ||
			!(u.firstNames.FirstName(ws[0]) || u.capitalised(ws[0]) && !r.knownBodyOrPlace(ws[0])) || !u.nameWords(ws) {
			continue
		}
		if surnames == nil {
			surnames = map[string]bool{}
			for k, o := range res.Mentions {
				if o.Type == extract.Person && len(info[k].words) == 1 {
					surnames[info[k].key] = true
				}
			}
		}
		last := ws[len(ws)-1]
		if !surnames[Key(last)] || !letters(strings.ReplaceAll(strings.Join(ws, ""), "-", "")) {
			continue
		}
		if lw := strings.ToLower(last); CompanyEnding(lw) || u.words != nil && u.words.Classes(lw).Has(lexicon.Organization) {
			continue
		}
		if r.knownBodyOrPlace(m.Text) {
			continue
		}
		m.Type = extract.Person
	}
}

// headlineNames joins a name written only in the headline to the one
// body's name of the report that begins with its words, as headlines
// shorten a firm's name ("Vantor Posts Loss" over "Vantor Tarvik Holdings
// Inc. said"), whatever the tagger made of the headline's word. The
// words the full name adds are names' words, capitalised, letters only
// (not "Vantor PX3", a product) and no place's name or demonym ("Vantor
// Europe" is a division), and the last is no word for an event or a
// prize (the "Vantor Awards" are the firm's), nor a noun for a gadget
// (GoodsWord: "Vantor Browser" is the firm's goods). A name of a place, one
// the aliases know, an acronym (one begins the names of its parts and
// of what it is said of: "NU Security Council", "a PX3 charge"), or one
// whose words another name of the document begins or ends with too,
// joins nothing; one word the tagger took for a place joins a
// company's name, one ended as only companies' are, when the aliases
// know the word as no place ("Vantor Deal" over "Vantor Inc").
func (u *union) headlineNames(region func(string) bool) {
	res, info := u.res, u.info
	h := res.Headline
	if h.Len() == 0 || region == nil {
		return
	}
	// The sets with a mention outside the headline, and those of one key.
	body := map[int]bool{}
	for k := range res.Mentions {
		if !u.inHeadline(k) {
			body[u.find(k)] = true
		}
	}
	pure := u.pureSets()
	for i, m := range res.Mentions {
		short := info[i].words
		if !u.inHeadline(i) || !isEntityType(m.Type) || m.Type == extract.Location && (len(short) != 1 || region(m.Text)) || m.Type == extract.EventType || len(short) == 0 ||
			info[i].canon != "" || !pure[u.find(i)] || body[u.find(i)] || !tokenize.StartsUpper(short[0]) || allCaps(m.Text) {
			continue
		}
		var cands []int
		for _, j := range u.byFirst[u.keysOf(i)[0]] {
			o := res.Mentions[j]
			if u.inHeadline(j) || o.Type != extract.Organization || len(info[j].words) <= len(short) || !slices.Equal(u.keysOf(j)[:len(short)], u.keysOf(i)) {
				continue
			}
			if m.Type == extract.Location && !CompanyEnding(strings.TrimSuffix(strings.ToLower(info[j].words[len(info[j].words)-1]), ".")) {
				continue
			}
			if !u.tailWords(info[j].words[len(short):], region) {
				cands = nil
				break
			}
			cands = append(cands, j)
		}
		if len(cands) == 0 || u.beginsOther(i, cands) {
			continue
		}
		u.joinSole(i, cands)
		if m.Type == extract.Location && u.find(i) == u.find(cands[0]) {
			// A word taken for a place that the aliases do not know
			// as one: the firm's name, as the body writes it in full.
			res.Mentions[i].Type = extract.Organization
		}
	}
}

// tailWords reports whether ws, the words a full name adds after a
// short one, are names' words (capitalised, letters only, not in
// capitals only), the words for a legal form ("Inc.", "Co.") or "&", and
// none a place's name or a demonym.
func (u *union) tailWords(ws []string, region func(string) bool) bool {
	if region(strings.Join(ws, " ")) {
		return false
	}
	if u.eventWord(ws[len(ws)-1]) || GoodsWord(u.words, ws[len(ws)-1]) {
		return false
	}
	for _, w := range ws {
		if w == "&" || CompanyEnding(strings.ToLower(w)) || genericOrgWord(strings.ToLower(w)) && strings.HasSuffix(w, ".") {
			continue
		}
		if !tokenize.StartsUpper(w) || allCaps(w) || !letters(w) || region(w) {
			return false
		}
	}
	return true
}

// inHeadline reports whether mention i is in the document's headline.
func (u *union) inHeadline(i int) bool {
	return inHeadline(u.res, u.res.Mentions[i])
}

// capitalised reports whether news is known to write w capitalised more
// often than in lower case (a word too rare to tell is not).
func (u *union) capitalised(w string) bool {
	casings, ok := u.firstNames.(Casings)
	if !ok {
		return false
	}
	lo, hi, ok := casings.Casing(w)
	return ok && hi > lo
}

// named reports whether one of ws is an acronym, holds a digit, or is a
// word news is known to write capitalised more often than not.
func (u *union) named(ws []string) bool {
	for _, w := range ws {
		if allCaps(w) || strings.ContainsAny(w, "0123456789") || u.capitalised(w) {
			return true
		}
	}
	return false
}

// eventWord reports whether w, or its singular, is a word for an event
// or a prize: a contest, a meeting, a ceremony, a show, an award.
func (u *union) eventWord(w string) bool {
	if u.words == nil {
		return false
	}
	lw := strings.ToLower(w)
	for _, l := range []string{lw, u.words.Lemma(lw, "NNS")} {
		for _, c := range []lexicon.Class{lexicon.EventName, lexicon.Award, lexicon.EventMeeting, lexicon.EventCeremony, lexicon.EventShow} {
			if u.words.Is(l, c) {
				return true
			}
		}
	}
	return false
}

// GoodsWord reports whether w, capitalised or not, is a noun for a
// gadget or a program WordNet has (the lexicon's Gadget: "Browser",
// "Console", "Chip") that is no word for software, a body, a people or a
// natural kind ("Acme Software", "Acme Processor" and "Harlow Trojans"
// name bodies): a name ending in it after its maker's ("Acme Browser")
// names the maker's goods, not the maker.
func GoodsWord(lex *lexicon.Lexicon, w string) bool {
	if lex == nil {
		return false
	}
	c := lex.Classes(lex.Lemma(strings.ToLower(w), "NN"))
	return c.Has(lexicon.Gadget) && !c.Has(lexicon.Software) && !c.Has(lexicon.Organization) && !c.Has(lexicon.Corporation) &&
		!c.Has(lexicon.Inhabitant) && !c.Has(lexicon.NaturalKind)
}

// knownBodyOrPlace reports whether the aliases know name as an
// organisation's or a place's.
func (r *Resolver) knownBodyOrPlace(name string) bool {
	return r.known != nil && (r.known.KnownName(name, extract.Organization) || r.known.KnownName(name, extract.Location))
}
