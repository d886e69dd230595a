// Package lexicon is kg's one source of English word knowledge for the
// rule stages: the lemma of a word given its part of speech, the
// inflections of a lemma, and the word classes the rules use (reporting
// and belief verbs, titles of office, kinship terms, organisation and
// place heads, event nouns, words for creative works, what a side wins
// in a contest (Attainment), verbs of laying claim (LayClaim), members of
// a faith (Believer), ...), keyed by lemma.
//
// Open classes come from WordNet 3.0 as Debian's wordnet-base package
// installs it: each class is the closure of a few seed senses under
// WordNet's hyponym (for verbs, troponym) pointers, keeping a lemma only
// when one of its most frequent senses is in the closure, so that "charge"
// is a reporting verb (accuse) but "address" is not. Some classes are of
// names (holidays, languages, time zones, celestial bodies, operating
// systems: SoftwareName): they keep WordNet's capitalised lemmas, in
// lower case, and follow its instance pointers ("Christmas Day" is an
// instance of legal holiday). A few others (Believer, Inhabitant,
// Illness) keep the capitalised lemmas without following instances
// ("Baptist" joins the believers, not every person WordNet has as an
// instance of one). The lemmatizer is
// WordNet's morphy: its exception lists ("told" -> "tell") and detachment
// rules, checked against WordNet's lemmas. The generator in gen reads the
// database at generate time and writes data/wordnet.tsv.gz, which is
// embedded in the binary:
//
//	go generate ./extract/lexicon
//
// Closed classes that WordNet does not hold (auxiliaries, determiners,
// quantifiers and predeterminers, which the resolve, event and claim
// stages share, pronouns, subordinators, hedges, prepositions of two
// words that open an adjunct: AdjunctPreposition, ...) and four open ones
// it does not mark are hand lists in closed.go, each with a comment
// saying why.
package lexicon

//go:generate go run ./gen -wordnet /usr/share/wordnet -out data/wordnet.tsv.gz
