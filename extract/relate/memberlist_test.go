package relate

import "testing"

// TestMemberList covers the member-list construction: the members a
// body's noun for its members names in a list, and the lists it leaves
// alone.
func TestMemberList(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	checkMethod(t, r, MethodMemberList, []struct {
		name, text string
		want       []string
	}{
		{"counts members, including", "[[Ann Lee|PER]] leads the [[Vell Council|ORG]], a farm body that counts some 90 members, including [[Acme Corp.|ORG]] and [[Tarvik Inc.|ORG]], the two biggest dairies.",
			[]string{"Acme Corp. | schema:memberOf | Vell Council | member-list", "Tarvik Inc. | schema:memberOf | Vell Council | member-list"}},
		{"whose members include", "The [[Vell Council|ORG]], whose members include [[Acme Corp.|ORG]], met on Monday.",
			[]string{"Acme Corp. | schema:memberOf | Vell Council | member-list"}},
		{"the members of a body include", "The members of the [[Harlow Trade Group|ORG]] include [[Pellam Ltd|ORG]] and [[Vell Power|ORG]].",
			[]string{"Pellam Ltd | schema:memberOf | Harlow Trade Group | member-list", "Vell Power | schema:memberOf | Harlow Trade Group | member-list"}},
		{"a body's members, people", "[[Acme Holdings|ORG]]' members, including [[Ann Lee|PER]] and [[Bo Ek|PER]], voted.",
			[]string{"Ann Lee | schema:memberOf | Acme Holdings | member-list", "Bo Ek | schema:memberOf | Acme Holdings | member-list"}},
		{"such as", "The [[Vell Club|ORG]] has 12 members, such as [[Ann Lee|PER]].",
			[]string{"Ann Lee | schema:memberOf | Vell Club | member-list"}},
		{"a place that is no country", "The [[Vell Union|ORG]] has 12 members, such as [[Harlow|LOC]].", nil},
		{"family members are others'", "The [[Ostmark Union|ORG]] has family members including [[Cy Orr|PER]].", nil},
		{"members of staff a verb acts on", "[[Norland Telecom|ORG]] fired 40 members of staff, including [[Di Moss|PER]].", nil},
		{"another verb before the members", "[[Acme|ORG]] said it met 40 members, including [[Di Moss|PER]].", nil},
		{"no list after the members", "[[Acme|ORG]] has 40 members in [[Harlow|LOC]].", nil},
	})
}
