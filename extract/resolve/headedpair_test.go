package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestHeadedPair checks that a name the recognizer ran over "and" after a
// first name ending in a word for a body or a number is parted, and that
// one body's name listing its trades, a legal form, one word on a side
// and function words are left whole; the list-end rule does not join the
// parts again, nor does the inner-words join.
func TestHeadedPair(t *testing.T) {
	const org = extract.Organization
	tests := []mentionStepRow{
		{"a body's word, then a channel", "It was made by the Harlow Council and Channel 4 in May.", [][2]string{{"Harlow Council and Channel", org}}, [][2]string{{"Harlow Council", org}, {"Channel", org}}},
		{"a spelled number", "Channels such as NBS Three and News 24 are seen.", [][2]string{{"NBS Three and News", org}}, [][2]string{{"NBS Three", org}, {"News", org}}},
		{"a body listing its trades", "The Harlow Bank and Trust Company said so.", [][2]string{{"Harlow Bank and Trust Company", org}}, [][2]string{{"Harlow Bank and Trust Company", org}}},
		{"a legal form", "The Vell Council and Tarvik Ltd said so.", [][2]string{{"Vell Council and Tarvik Ltd", org}}, [][2]string{{"Vell Council and Tarvik Ltd", org}}},
		{"one word after and", "The Harlow Bank and Trust said so.", [][2]string{{"Harlow Bank and Trust", org}}, [][2]string{{"Harlow Bank and Trust", org}}},
		{"no head before and", "The Harlow Iron and Steel Works said so.", [][2]string{{"Harlow Iron and Steel Works", org}}, [][2]string{{"Harlow Iron and Steel Works", org}}},
	}
	checkMentionStep(t, coordinatedStep(New(&Options{Aliases: boundNames{}})), tests)
}

// coordinatedStep returns the steps that part and join names run over
// "and": splitCoordinated, then the joins that must not undo it.
func coordinatedStep(r *Resolver) func(*extract.Result) {
	return func(res *extract.Result) {
		r.splitCoordinated(res)
		r.joinCoordinatedNames(res)
		r.joinInnerWords(res)
	}
}

// TestBodyOfPair checks that a name the recognizer ran over "and"
// between two bodies' names, each with a head of its own, the second's
// before "of", is parted, and that one body's name listing its fields
// after its head and a place's head after "and" are left whole.
func TestBodyOfPair(t *testing.T) {
	const org = extract.Organization
	tests := []mentionStepRow{
		{"two heads", "The Tarvik Commission and Harlow Union of Students are worried.", [][2]string{{"Tarvik Commission and Harlow Union of Students", org}}, [][2]string{{"Tarvik Commission", org}, {"Harlow Union of Students", org}}},
		{"a council and an association", "The Vell Council and Pellam Association of Bakers met.", [][2]string{{"Vell Council and Pellam Association of Bakers", org}}, [][2]string{{"Vell Council", org}, {"Pellam Association of Bakers", org}}},
		{"fields after one head", "Officials at the Department of Vell and Harlow Affairs left early.", [][2]string{{"Department of Vell and Harlow Affairs", org}}, [][2]string{{"Department of Vell and Harlow Affairs", org}}},
		{"a place's head", "The Harlow Commission and Vell Museum of Art met.", [][2]string{{"Harlow Commission and Vell Museum of Art", org}}, [][2]string{{"Harlow Commission and Vell Museum of Art", org}}},
	}
	checkMentionStep(t, coordinatedStep(New(&Options{Aliases: casedWords{}})), tests)
}

// TestEventPlacePair checks that a name the recognizer ran over "and"
// between an event's name and a place's is parted, either way round, and
// that a place's head after common words only is left whole.
func TestEventPlacePair(t *testing.T) {
	const loc, org = extract.Location, extract.Organization
	tests := []mentionStepRow{
		{"an event, then a hall", "She played at the Pellam Jazz Festival and Harlow Hall last year.", [][2]string{{"Pellam Jazz Festival and Harlow Hall", loc}}, [][2]string{{"Pellam Jazz Festival", loc}, {"Harlow Hall", loc}}},
		{"a hall, then an event", "She played at Harlow Hall and the Pellam Jazz Festival last year.", [][2]string{{"Harlow Hall and the Pellam Jazz Festival", loc}}, [][2]string{{"Harlow Hall", loc}, {"Pellam Jazz Festival", loc}}},
		{"common words before the head", "The Tarvik Festival and Conference Centre opened.", [][2]string{{"Tarvik Festival and Conference Centre", org}}, [][2]string{{"Tarvik Festival and Conference Centre", org}}},
		{"two events", "Fans saw the Harlow Cup and Pellam Jazz Festival.", [][2]string{{"Harlow Cup and Pellam Jazz Festival", org}}, [][2]string{{"Harlow Cup and Pellam Jazz Festival", org}}},
	}
	checkMentionStep(t, coordinatedStep(New(&Options{Aliases: casedWords{}})), tests)
}
