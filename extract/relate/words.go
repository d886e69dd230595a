package relate

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/extract"

	"github.com/kg-project/kg/extract/lexicon"
)

// The word classes the construction rules read come from the lexicon
// (package lexicon), by lemma. The few lists here are of words no lexical
// database groups: each says why.

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// anyStem reports whether one of the words begins with one of the stems.
func anyStem(words, stems []string) bool {
	return slices.ContainsFunc(words, func(w string) bool {
		return slices.ContainsFunc(stems, func(st string) bool { return strings.HasPrefix(w, st) })
	})
}

// titleModifiers may come before a title's head inside the title:
// "senior", "deputy foreign", "prime". They are adjectives and nouns of
// every kind (a ministry's domain, a rank, a time), so no lexical class
// holds them.
var titleModifiers = set(
	"senior", "junior", "top", "chief", "deputy", "vice", "assistant", "associate", "acting", "interim",
	"former", "ex", "executive", "general", "managing", "prime", "foreign", "defence", "defense",
	"interior", "finance", "financial", "health", "justice", "trade", "economy", "economic", "education",
	"energy", "home", "state", "attorney", "press", "police", "security", "intelligence", "military",
	"army", "navy", "regional", "local", "national", "federal", "district", "county", "city", "supreme",
	"high", "grand", "first", "lead", "principal", "special", "permanent", "lord", "party", "union",
	"opposition", "shadow", "majority", "minority", "house", "senate", "parliamentary", "presidential",
	"operating", "technology", "information", "communications", "marketing", "sales", "legal",
	"political", "investment", "research", "science", "news", "sports", "business", "chief-executive",
	"co", "founding", "longtime", "long-time", "then", "outgoing", "incoming", "new", "current",
	"agriculture", "transport", "transportation", "labour", "labor", "culture", "environment",
	"emergency", "emergencies", "internal", "external", "affairs", "development", "commerce", "industry",
	"treasury", "war", "peace", "human", "rights", "public", "prosecutor", "government", "company",
	"group", "bank", "central", "team", "club", "head", "field", "commanding", "staff", "crown",
)

// formerWords mark a title that is no longer held: adjectives of time
// (with the synonyms of WordNet's sense of "former" that is "erstwhile"),
// which the lexicon does not group.
var formerWords = set("former", "formerly", "ex", "then", "outgoing", "late", "erstwhile", "onetime", "one-time")

// isTitleLemma reports whether a lemma heads a job title: an office, an
// occupation, a membership or a rank of nobility (lexicon), or an
// abbreviated title.
func (v *view) isTitleLemma(l string) bool {
	if v.lex.Is(l, lexicon.TitleAbbreviation) {
		return true
	}
	c := v.lex.Classes(l)
	// "co-ordinator": a hyphen WordNet writes no hyphen in
	// ("coordinator"; the hyphen-spelling rule).
	if c == (lexicon.Classes{}) && strings.Contains(l, "-") {
		c = v.lex.Classes(strings.ReplaceAll(l, "-", ""))
	}
	if c.Has(lexicon.Kinship) {
		return false // "his father X": family, though "Father" is also a priest
	}
	if c.Has(lexicon.Character) {
		return false // "the story's hero X": a role in a work, no office
	}
	return c.Has(lexicon.Office) || c.Has(lexicon.Occupation) || c.Has(lexicon.Membership) || c.Has(lexicon.Nobility) || c.Has(lexicon.Musician)
}

// isMembership reports whether the title head at i relates a person to an
// organisation by membership rather than employment ("member",
// "supporter", "senator", a band's "singer").
func (v *view) isMembership(i int) bool {
	return v.is(i, lexicon.Membership, lexicon.Musician) || v.isMP(i)
}

// isMP reports whether token i is "MP" or "MEP", a member of a parliament
// for a constituency (abbreviations WordNet does not hold).
func (v *view) isMP(i int) bool { return v.lemma(i) == "mp" || v.lemma(i) == "mep" }

// isOrgNoun reports whether token i is a common noun that refers back to
// an organisation ("the agency's chief").
func (v *view) isOrgNoun(i int) bool {
	return v.is(i, lexicon.OrgGeneric, lexicon.Organization, lexicon.Government, lexicon.Corporation, lexicon.NewsMedia,
		lexicon.Party, lexicon.ArmedGroup, lexicon.Team)
}

// isPlaceHead reports whether token i names a kind of place ("X, a
// suburb of Y"): a settlement or administrative area.
func (v *view) isPlaceHead(i int) bool { return v.is(i, lexicon.Settlement) }

// activeWords introduce the places an organisation operates in ("active
// in A and B") and basedWords where it is based ("based in Y"): the
// constructions' own anchors, participles and adjectives of one sense.
var (
	activeWords = set("active", "operating", "operates", "operate", "present", "working", "works", "deployed")
	basedWords  = set("based", "headquartered", "registered", "located")
	// hqWords name an organisation's seat after its possessive ("Acme's
	// headquarters in Y"; "head office" is read as two words).
	hqWords = set("headquarters", "hq")
	// studentWords name those a school teaches or taught ("a graduate
	// of Y", "a student at Y", "Y alumnus X"): the alumni construction's
	// anchors, lemmas.
	studentWords = set("student", "graduate", "undergraduate", "postgraduate", "alumnus", "alumna", "alumni")
)

// isAux reports whether token i is an auxiliary that a verb phrase's
// predicate drops ("has denied" means "denied"): have and do.
func (v *view) isAux(i int) bool {
	l := v.lemma(i)
	return (l == "have" || l == "do") && v.is(i, lexicon.Auxiliary) || v.lw(i) == "'s" || v.lw(i) == "'ve" || v.lw(i) == "'d"
}

// beForm holds the forms of "be", for phrases kept as text (a closed
// class).
var beForm = set("is", "are", "was", "were", "be", "been", "being", "am")

// isBe reports whether token i is a form of "be", which keeps its place in
// a phrase ("was killed by" is not "killed").
func (v *view) isBe(i int) bool { return v.lemma(i) == "be" || v.lw(i) == "'re" || v.lw(i) == "'m" }

// takesClause reports whether the verb at i takes a clause, not an object:
// in "X said Y ..." Y is the clause's subject, while in "X told Y" Y is
// the addressee.
func (v *view) takesClause(i int) bool {
	return v.is(i, lexicon.Speech, lexicon.Belief) && !v.is(i, lexicon.Address) || v.lw(i) == "according"
}

// killPhrase reads the verb phrase of tokens [lo, hi): whether it states a
// killing ("killed", "murdered", "shot dead", "stabbed to death") and
// whether it is passive with "by" ("was killed by"), which relates the
// other way.
func (v *view) killPhrase(lo, hi int) (kill, passive bool) {
	last := v.lw(hi - 1)
	by := last == "by"
	end := hi
	if by {
		end--
	}
	be := false
	for i := lo; i < end; i++ {
		switch {
		case v.isBe(i):
			be = true
		case v.isAux(i) || v.tag(i) == "RB":
		case strings.HasPrefix(v.tag(i), "VB") || v.tag(i) == "JJ":
			// The head verb: one of killing, or one of harm that the
			// phrase completes ("shot dead", "stabbed to death").
			// Anything else after the verb names another victim: "killed
			// the father of X" did not kill X.
			rest := strings.ToLower(v.text(i+1, end))
			switch {
			case rest == "dead" || rest == "to death" || rest == "and killed" || rest == "and murdered":
			case rest == "" && v.is(i, lexicon.Kill):
			default:
				return false, false
			}
			return true, be && by
		default:
			return false, false
		}
	}
	return false, false
}

// titlePlace reports whether mention k is the place of a title ("the
// Duchess of X", "Mayor of X"): the title's, not where anyone lives.
func (v *view) titlePlace(k int) bool {
	e := v.s.Ents[k]
	return v.typ(k) == extract.Location && v.lw(e.Start-1) == "of" && v.isTitleHead(e.Start-2)
}

// closeTo reports whether mention k is the possessor or complement of a
// word for someone close to a person ("X's father", "the wife of X"): a
// relation of that phrase is the relative's or ally's, not X's.
func (v *view) closeTo(k int) bool {
	e := v.s.Ents[k]
	return v.isPossessive(e.End) && v.is(e.End+1, lexicon.Kinship, lexicon.Associate) ||
		v.lw(e.Start-1) == "of" && v.is(e.Start-2, lexicon.Kinship, lexicon.Associate)
}
