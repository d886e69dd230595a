package lexicon

// closed holds the closed classes. WordNet covers nouns, verbs, adjectives
// and adverbs only, so function words are listed here by hand; each list
// is the class's whole membership in English, as lemmas (the lemmatizer
// maps "was" to "be", "has" to "have").
var closed = map[Class][]string{
	// The primary auxiliaries and the modals. WordNet has "be", "have" and
	// "do" as main verbs only, and no modals.
	Auxiliary: {"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must"},
	// Articles, demonstratives and possessive determiners: function words
	// WordNet does not hold.
	Determiner: {"a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their"},
	// Personal pronouns in the third person, which refer back to entities.
	PersonalPronoun: {"he", "she", "it", "they", "him", "her", "them"},
}
