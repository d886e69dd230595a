package claim

import "testing"

// TestOpeningConjunction checks that the unnamed subject a participle's
// words are of is found past a conjunction opening the sentence.
func TestOpeningConjunction(t *testing.T) {
	rows := []speakerRow{
		{"but and comma", "But foreign firms have objected, arguing that the costs outweigh the benefits.", "[foreign firms] | arguing | the costs outweigh the benefits\n"},
		{"and and dash", "And the [[Norland|LOC]] fans are furious - arguing that the goal was offside.", "[the Norland fans] | arguing | the goal was offside\n"},
		{"thing subject", "But the index fell sharply, suggesting that demand was weak.", "- | suggesting | demand was weak\n"},
	}
	checkSources(t, rows)
	checkSources(t, []speakerRow{
		{"off", "But foreign firms have objected, arguing that the costs outweigh the benefits.", "- | arguing | the costs outweigh the benefits\n"},
	}, RuleOpeningConjunction)
}
