package lexicon

import "testing"

func TestClaimClasses(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, lemma string
		class       Class
		want        bool
	}{
		{"asking", "ask", Question, true},
		{"questioning", "question", Question, true},
		{"wondering", "wonder", Question, true},
		{"saying is no question", "say", Question, false},
		{"answering is no question", "answer", Question, false},
		{"calling on someone", "call on", Demand, true},
		{"calling for something", "call for", Demand, true},
		{"endorsing", "endorse", Stance, true},
		{"backing", "back", Stance, true},
		{"condemning", "condemn", Stance, true},
		{"beating takes no side in words", "beat", Stance, false},
		{"defending in words (the rules keep arms and places out)", "defend", Stance, true},
		{"continuing to talk", "continue", Resume, true},
		{"saying is no going on", "say", Resume, false},
		{"discussing", "discuss", Discussion, true},
		{"talking about", "talk about", Discussion, true},
		{"speaking about", "speak about", Discussion, true},
		{"referring to", "refer", Reference, true},
		{"alluding to", "allude", Reference, true},
		{"pointing to", "point", Reference, true},
		{"mentioning takes no to", "mention", Reference, false},
		{"mocking", "mock", Communication, true},
		{"bemoaning", "bemoan", Communication, true},
		{"echoing", "echo", Communication, true},
		{"apologising", "apologize", Communication, true},
		{"facing is no communicating", "face", Communication, false},
		{"ordering's object is an act", "order", Communication, false},
		{"phoning's object is whom", "phone", Communication, false},
		{"agreeing", "agree", Agreement, true},
		{"disagreeing", "disagree", Agreement, true},
		{"saying is no agreeing", "say", Agreement, false},
		{"an hour", "hour", TimeSpan, true},
		{"a decade", "decade", TimeSpan, true},
		{"a port is no span of time", "port", TimeSpan, false},
		{"a poll", "poll", Evidence, true},
		{"a video", "video", Evidence, true},
		{"a minister is no evidence", "minister", Evidence, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := l.Is(tc.lemma, tc.class); got != tc.want {
				t.Errorf("Is(%q, %s) = %v, want %v", tc.lemma, tc.class, got, tc.want)
			}
		})
	}
}
