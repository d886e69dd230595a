package link

// peopleWords are words of the descriptions of peoples and nations.
var peopleWords = map[string]bool{"people": true, "peoples": true, "ethnic": true, "nation": true, "inhabitants": true, "ethnoreligious": true}

// languageOrPeople reports whether e, a miscellaneous entity, is named by
// a word that is both a language's name and a people's: "English" is the
// language and the adjective of the English and of England, in news far
// more often the adjective, which the language is not.
func languageOrPeople(e *ours, list []*scored) bool {
	if e.types != tMISC {
		return false
	}
	language, people := false, false
	for _, c := range list {
		language = language || c.t.language
		people = people || c.t.people
	}
	return language && people
}
