package lexicon

// questionVerbs are the members of the Question class: the verbs that
// report a question ("asked whether ...", "“Why?” she asked",
// "questioned whether ..."). WordNet files asking under requesting and
// communicating, whose other members ask for things or say them, so no
// sense of it marks just these few verbs: they are listed by hand.
var questionVerbs = []string{"ask", "question", "wonder", "inquire", "enquire", "query"}
