package typing

// illnessFrame reads a name as the illness a test, a diagnosis, an
// infection or a symptom is of: after "positive for" or "negative for"
// ("four nurses were positive for X"), "diagnosed with", "infected with"
// or "symptoms of" ("a rash is one of the symptoms of X"). A body or a
// place is tested for nothing and gives no symptoms: the name is an
// illness's, of no class (the illness-frame rule), where WordNet has no
// word for it (an illness newer than WordNet).
func illnessFrame(w *window, ev *evidence) {
	k := w.lo - 1
	if w.word(k) == "the" {
		k--
	}
	if k < 1 || !w.free(k) || !w.free(k-1) {
		return
	}
	p, q := w.word(k-1), w.word(k)
	switch {
	case (p == "positive" || p == "negative") && q == "for":
	case (p == "diagnosed" || p == "infected") && q == "with":
	case (p == "symptoms" || p == "symptom") && q == "of":
	default:
		return
	}
	if !endsPhrase(w) {
		return
	}
	ev.illnessFrame++
	ev.reasons = append(ev.reasons, reason{"illness", "illness-frame", p + " " + q})
}
