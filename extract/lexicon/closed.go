package lexicon

// closed holds the classes listed by hand. WordNet covers nouns, verbs,
// adjectives and adverbs only, so function words are listed here; each
// list is the class's whole membership in English, as lemmas (the
// lemmatizer maps "was" to "be", "has" to "have"). One open class that
// WordNet does not mark is here too, with the reason.
var closed = map[Class][]string{
	// The primary auxiliaries and the modals. WordNet has "be", "have" and
	// "do" as main verbs only, and no modals.
	Auxiliary: {"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must"},
	// Articles, demonstratives and possessive determiners: function words
	// WordNet does not hold.
	Determiner: {"a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their"},
	// Personal pronouns in the third person, which refer back to entities.
	PersonalPronoun: {"he", "she", "it", "they", "him", "her", "them"},
	// Verbs of saying whose object is the addressee, before the content
	// ("told reporters that", "warned Y that"). This one open class is
	// listed by hand: WordNet's verb frames do not mark it ("tell" and
	// "warn" have no frame with a person object and a clause).
	Address: {"tell", "warn", "inform", "assure", "remind", "notify", "advise", "urge", "brief"},
}
