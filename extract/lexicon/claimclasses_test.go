package lexicon

import "testing"

func TestQuestionClass(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, lemma string
		want        bool
	}{
		{"asking", "ask", true},
		{"questioning", "question", true},
		{"wondering", "wonder", true},
		{"saying is no question", "say", false},
		{"answering is no question", "answer", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := l.Is(tc.lemma, Question); got != tc.want {
				t.Errorf("Is(%q, Question) = %v, want %v", tc.lemma, got, tc.want)
			}
		})
	}
}
