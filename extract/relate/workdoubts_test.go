package relate

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/relclass"
)

// TestWorkNounDoubts checks that the classifier's employment is doubted
// when a work's noun stands between the person and the name, and kept
// without one.
func TestWorkNounDoubts(t *testing.T) {
	checkDoubts(t, "workNounDoubts", workNounDoubts, relclass.WorkFor, true, []doubtCase{
		{"a record's track", "The station played the [[Ann Lee|PER]] track [[Velden Nights|ORG]] all day.", true},
		{"a film", "[[Bo Ek|PER]], star of the film [[Harlow Road|ORG]], won.", true},
		{"an office", "[[Bo Ek|PER]], chief of [[Acme|ORG]], won.", false},
		{"a work's noun before a title", "[[Bo Ek|PER]], film critic of [[Acme|ORG]], won.", false},
		{"a work too far", "[[Bo Ek|PER]] said the new film would never be made by [[Acme|ORG]].", false},
		{"a body's programme before its guest", "Speaking on [[Acme Radio|ORG]]'s Sunday programme, [[Bo Ek|PER]] said the plan would fail.", true},
		{"a body's programme and its presenter", "[[Acme Radio|ORG]]'s programme editor [[Bo Ek|PER]] said so.", false},
		{"a programme not the body's", "On the [[Acme Radio|ORG]] breakfast show, [[Bo Ek|PER]] said so.", false},
	})
}

// TestCouncilDoubts checks that the classifier's employment is doubted
// when the body is only a council's noun, and kept for a named body.
func TestCouncilDoubts(t *testing.T) {
	checkDoubts(t, "councilDoubts", councilDoubts, relclass.WorkFor, true, []doubtCase{
		{"the cabinet", "[[Ann Lee|PER]], along with the rest of the [[Cabinet|ORG]], backed the plan.", true},
		{"the board", "[[Bo Ek|PER]] told the [[Board|ORG]] he would stay.", true},
		{"a named firm", "[[Bo Ek|PER]], chief of [[Acme|ORG]], won.", false},
		{"a named council", "[[Bo Ek|PER]], leader of [[Harlow Council|ORG]], won.", false},
	})
}

// TestNameListDoubts checks that the classifier's relation is doubted
// between two names of a list of three or more, side by side (the second
// maybe cut short of a capitalised word) or with other items between, and
// kept for two names alone or a place in a place.
func TestNameListDoubts(t *testing.T) {
	tests := []struct {
		name, text string
		typ        string
		a, b       int // the mentions related, in text order
		want       bool
	}{
		{"a third name after", "[[Bo Ek|PER]], [[Vell|LOC]], [[Tarvik|PER]], [[Moss|PER]].", relclass.LiveIn, 0, 1, true},
		{"a third name before", "[[Tarvik|PER]], [[Bo Ek|PER]], [[Acme|ORG]] came.", relclass.WorkFor, 1, 2, true},
		{"a third name before and", "[[Tarvik|PER]] and [[Bo Ek|PER]], [[Acme|ORG]] came.", relclass.WorkFor, 1, 2, true},
		{"two names alone", "[[Bo Ek|PER]], [[Acme|ORG]]'s new chief, came.", relclass.WorkFor, 0, 1, false},
		{"a third name after a second cut short", "[[Tarvik Unity|PER]], [[Vell|ORG]] Pellam, [[Acme Group|ORG]] and others met.", relclass.WorkFor, 0, 1, true},
		{"another item between", "[[Tarvik Unity|PER]], [[Vell|ORG]] Pellam, [[Acme Group|ORG]] and others met.", relclass.WorkFor, 0, 2, true},
		{"a lower-case phrase between", "[[Bo Ek|PER]], the new chief, [[Acme Group|ORG]] said.", relclass.WorkFor, 0, 1, false},
		{"a capitalised word after two names alone", "[[Bo Ek|PER]], [[Acme|ORG]] Chief, spoke on Sunday.", relclass.WorkFor, 0, 1, false},
		{"a word between", "[[Bo Ek|PER]], chief of [[Acme|ORG]], [[Tarvik|PER]] and others came.", relclass.WorkFor, 0, 1, false},
		{"a place in a place", "[[Harlow|LOC]], [[Ostmark|LOC]], [[Norland|LOC]] is quiet.", relclass.LocatedIn, 0, 1, false},
		{"places of a list closed by and", "Stops in [[Harlow|LOC]], [[Ostmark|LOC]], [[Vell|LOC]] and [[Tarvik|LOC]] are planned.", relclass.LocatedIn, 0, 1, true},
		{"places of a list closed by and a word in lower case", "Stops in [[Harlow|LOC]], [[Ostmark|LOC]], [[Vell|LOC]] and west [[Tarvik|LOC]] are planned.", relclass.LocatedIn, 0, 1, true},
		{"a place in a place before and", "Stops in [[Harlow|LOC]], [[Ostmark|LOC]] and nowhere else.", relclass.LocatedIn, 0, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := firstView(buildResult(t, tt.text))
			if got := nameListDoubts(v, relclass.Prediction{Head: tt.a, Tail: tt.b, Type: tt.typ, Score: 0.7}); got != tt.want {
				t.Errorf("nameListDoubts = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestOfficeDoubts checks that the classifier's home is doubted for a
// place before an office's word, in lower case or capitalised as a
// title right before its holder, or before a title of words in lower
// case ending in one, and kept for a place before a person's noun or a
// capitalised word that does not lead to the person.
func TestOfficeDoubts(t *testing.T) {
	checkDoubts(t, "officeDoubts", officeDoubts, relclass.LiveIn, true, []doubtCase{
		{"an office in lower case", "The [[Harlow|LOC]] manager [[Bo Ek|PER]] left.", true},
		{"a title before its holder", "Former [[Harlow|LOC]] Mayor [[Ann Lee|PER]] is making a foray into banking.", true},
		{"a title of words in lower case ending in an office", "[[Harlow|LOC]] artistic director [[Bo Ek|PER]] won a prize.", true},
		{"a title of words in lower case ending in an occupation", "[[Harlow|LOC]] county court judge [[Bo Ek|PER]] ruled.", true},
		{"a person's noun after a modifier", "The [[Harlow|LOC]] dairy farmer [[Bo Ek|PER]] left.", false},
		{"a person's noun", "The [[Harlow|LOC]] farmer [[Bo Ek|PER]] left.", false},
		{"a capitalised office not before the holder", "[[Ann Lee|PER]] visited the [[Harlow|LOC]] Mayor on Monday.", false},
		{"a title closing one item of a list", "The guests were the [[Ostmark|LOC]] President, [[Ann Lee|PER]] and others.", true},
	})
}

// TestCutMention checks that a name joined by an ampersand, or by a
// number, to a capitalised word outside it is read as cut from a longer
// name, and a side before a score or a name alone is not.
func TestCutMention(t *testing.T) {
	tests := []struct {
		name, text string
		k          int // the mention, in text order
		want       bool
	}{
		{"after an ampersand", "[[Ann Lee|PER]] of Ann Lee & [[Partners|ORG]] said so.", 1, true},
		{"before an ampersand", "[[Ann Lee|PER]] of [[Lee|ORG]] & Partners said so.", 1, true},
		{"before a number and a name", "[[Ann Lee|PER]], from the group [[Mothers|ORG]] 4 [[Fairness|ORG]], said so.", 1, true},
		{"after a number and a name", "[[Ann Lee|PER]], from the group [[Mothers|ORG]] 4 [[Fairness|ORG]], said so.", 2, true},
		{"a side after a score", "[[Harlow|ORG]] 2 [[Pellam|ORG]] 1 was the result.", 1, false},
		{"a side before a score", "[[Harlow|ORG]] 2 [[Pellam|ORG]] 1 was the result.", 0, false},
		{"a side before a score with a dash", "[[Harlow|ORG]] 4-1 [[Pellam|ORG]] was the result.", 0, false},
		{"a name alone", "[[Ann Lee|PER]] of [[Acme|ORG]] said so.", 1, false},
		{"a name before a year", "[[Ann Lee|PER]] joined [[Acme|ORG]] in 2004.", 1, false},
		{"a work's title after a gerund", "The panel included [[Ann Lee|PER]] and Finding the [[Harlow|ORG]] director [[Bo Ek|PER]].", 1, true},
		{"a work's title after a gerund read as a name", "The panel included [[Ann Lee|PER]] and [[Finding|MISC]] the [[Harlow|ORG]] director [[Bo Ek|PER]].", 2, true},
		{"a gerund opening the sentence", "Leading the [[Harlow|ORG]] side is [[Bo Ek|PER]].", 0, false},
		{"a gerund in lower case", "[[Ann Lee|PER]] is leading the [[Harlow|ORG]] side.", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := firstView(buildResult(t, tt.text))
			if got := v.cutMention(tt.k); got != tt.want {
				t.Errorf("cutMention(%d) = %v, want %v", tt.k, got, tt.want)
			}
		})
	}
}

// TestOtherTitleDoubts checks that the classifier's employment is doubted
// when the body only modifies another's title after it, past the
// person's possessive or a person's noun and "of", and kept when the
// person holds the title.
func TestOtherTitleDoubts(t *testing.T) {
	checkDoubts(t, "otherTitleDoubts", otherTitleDoubts, relclass.WorkFor, true, []doubtCase{
		{"the person's possessive", "The campaign was joined by [[Ann Lee|PER]]'s [[Acme|ORG]] MP on Monday.", true},
		{"a friend of the title's holder", "[[Ann Lee|PER]], a friend of the [[Acme|ORG]] leader, said so.", true},
		{"the person holds the title", "[[Ann Lee|PER]], the [[Acme|ORG]] leader, said so.", false},
		{"no title after the body", "[[Ann Lee|PER]], a friend of [[Acme|ORG]], said so.", false},
	})
}

// TestFormerlyDoubts checks that the classifier's employment is doubted
// when "formerly" marks the body as a past employer, and kept without it.
func TestFormerlyDoubts(t *testing.T) {
	checkDoubts(t, "partyDoubts", partyDoubts, relclass.WorkFor, true, []doubtCase{
		{"formerly of", "[[Bo Ek|PER]], formerly of [[Acme|ORG]], joined the board.", true},
		{"former employee", "[[Bo Ek|PER]], a former [[Acme|ORG]] employee, spoke.", true},
		{"now of", "[[Bo Ek|PER]], chief of [[Acme|ORG]], joined the board.", false},
	})
}

// TestThingDoubts checks that the classifier's home is doubted for a name
// set off by commas after an indefinite phrase headed by a thing's noun,
// and kept after a person's noun or with no such phrase.
func TestThingDoubts(t *testing.T) {
	checkDoubts(t, "thingDoubts", thingDoubts, relclass.LiveIn, false, []doubtCase{
		{"a thing's noun", "Acme launched a new handheld console, [[Vell Tarvik|PER]], in [[Norland|LOC]] on Sunday.", true},
		{"a person's noun", "Acme hired a young engineer, [[Bo Ek|PER]], in [[Norland|LOC]] on Sunday.", false},
		{"a definite phrase", "In the statement, [[Bo Ek|PER]], who lives in [[Norland|LOC]], spoke.", false},
		{"no phrase", "[[Bo Ek|PER]], a farmer, lives in [[Norland|LOC]].", false},
	})
}

// TestAddresseeDoubts checks that the classifier's base is doubted for
// a body told something from a place, and kept for a body named before
// "from" otherwise.
func TestAddresseeDoubts(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"a body told from a place", "[[Ann Lee|PER]] told [[Acme Radio|ORG]] from [[Harlow|LOC]] that she would stay.", true},
		{"a body's news from a place", "News of [[Acme Radio|ORG]] from [[Harlow|LOC]] came late.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := firstView(buildResult(t, tt.text))
			org, place := -1, -1
			for k := range v.s.Ents {
				switch v.typ(k) {
				case extract.Organization:
					org = k
				case extract.Location:
					place = k
				}
			}
			if got := addresseeDoubts(v, relclass.Prediction{Head: org, Tail: place, Type: relclass.OrgBasedIn, Score: 0.7}); got != tt.want {
				t.Errorf("addresseeDoubts = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestBracketAliasDoubts checks that the classifier's employment of a
// person by the name opening a bracket after her, with a lower-case
// role after a comma, is doubted, and kept for a bracket of the name
// alone.
func TestBracketAliasDoubts(t *testing.T) {
	checkDoubts(t, "bracketAliasDoubts", bracketAliasDoubts, relclass.WorkFor, true, []doubtCase{
		{"a stage name and a part", "The band took in [[Ann Lee|PER]] ([[Vell|ORG]], vocals) and others.", true},
		{"a stage name with an article and an instrument", "The band took in [[Bo Ek|PER]] ([[The Tarvik|ORG]], lead guitar) and others.", true},
		{"a body alone in the bracket", "The panel heard [[Bo Ek|PER]] ([[Acme|ORG]]) on Monday.", false},
		{"a body and a figure", "The panel heard [[Bo Ek|PER]] ([[Acme|ORG]], 12) on Monday.", false},
	})
}

// TestUnitPlaceDoubts checks that the classifier's base of a body in the
// place its possessive stands before is doubted when a unit's noun
// follows the place, and kept without one.
func TestUnitPlaceDoubts(t *testing.T) {
	checkDoubts(t, "unitPlaceDoubts", unitPlaceDoubts, relclass.OrgBasedIn, false, []doubtCase{
		{"a sales arm", "[[Acme|ORG]]'s [[Norland|LOC]] sales arm grew fast.", true},
		{"a unit", "[[Acme|ORG]]'s [[Harlow|LOC]] unit was sold.", true},
		{"a plant is no unit", "[[Acme|ORG]]'s [[Harlow|LOC]] plant was sold.", false},
		{"no possessive", "[[Acme|ORG]] opened in [[Harlow|LOC]] a sales arm.", false},
	})
}

// doubtCase is a row of a doubts test: a text with its names marked, and
// whether the doubt should refuse the classifier's relation.
type doubtCase struct {
	name, text string
	want       bool
}

// checkDoubts runs the doubt fn, named name, on the relation of type typ
// between the first sentence's two names of each row: the person first
// (personFirst) when person is set, else in the order they stand.
func checkDoubts(t *testing.T, name string, fn func(*view, relclass.Prediction) bool, typ string, person bool, tests []doubtCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := firstView(buildResult(t, tt.text))
			a, b := 0, 1
			if person {
				a, b = personFirst(v)
			}
			if got := fn(v, relclass.Prediction{Head: a, Tail: b, Type: typ, Score: 0.7}); got != tt.want {
				t.Errorf("%s = %v, want %v", name, got, tt.want)
			}
		})
	}
}
