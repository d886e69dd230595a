package main

// class is an open word class drawn from WordNet.
type class struct {
	// Name is the class's name in the data file (lexicon.Class's String).
	Name string
	// Seeds are senses written "lemma.pos.N" (the Nth sense of lemma in
	// WordNet's index); the class is the closure of each under hyponym
	// (troponym) pointers.
	Seeds []string
	// Except are senses whose closures are taken out.
	Except []string
	// Depth limits the closure (0: none).
	Depth int
	// Rank is how many of a lemma's most frequent senses are looked at
	// (0: 2).
	Rank int
	// Also and Not add and remove lemmas by hand, each with a comment
	// saying why WordNet does not give it.
	Also, Not []string
}

// classes are the open classes, in the order they are written.
var classes = []class{}
