package temporal

import "strings"

// MonthName reports whether word, in any case, is the full name of a
// month or its abbreviation ("May", "Sept").
func MonthName(word string) bool {
	_, ok := months[strings.ToLower(strings.TrimSuffix(word, "."))]
	return ok
}
