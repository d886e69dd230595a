package lexicon

// Class is a word class the rules use.
type Class uint8

// Classes is a set of classes, one bit each.
type Classes uint64

// Has reports whether c is in the set.
func (s Classes) Has(c Class) bool { return s&(1<<c) != 0 }

// The classes. The open ones come from WordNet (see gen for their seed
// senses); the closed ones from closed.go.
const (
	// Auxiliary: forms of be, have and do and the modals (closed).
	Auxiliary Class = iota
	// Determiner: articles, demonstratives and possessive determiners (closed).
	Determiner
	// PersonalPronoun: he, she, it, they and their object forms (closed).
	PersonalPronoun

	numClasses
)

// classNames names the classes in the data file and in messages.
var classNames = [numClasses]string{
	Auxiliary:       "auxiliary",
	Determiner:      "determiner",
	PersonalPronoun: "personal-pronoun",
}

var classByName = func() map[string]Class {
	m := map[string]Class{}
	for c, n := range classNames {
		m[n] = Class(c)
	}
	return m
}()

// String returns the class's name.
func (c Class) String() string {
	if c < numClasses {
		return classNames[c]
	}
	return "class?"
}

// ClassNamed returns the class of a name, and ok=false when there is none.
func ClassNamed(name string) (Class, bool) {
	c, ok := classByName[name]
	return c, ok
}
