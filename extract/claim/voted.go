package claim

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// votedAct reports whether claim c, of a verb of rejecting read with its
// noun phrase object, is a vote or a decision, not words (rule
// voted-act): the verb is one whose most frequent sense is no
// communicating (the lexicon's Denial without Communication: reject,
// dismiss, not deny or disavow, which state that something is untrue
// whatever their object), the object is no clause ("rejected the claim
// that ..."), and it is a law's or a ballot's noun (the lexicon's Law and
// EventElection: "MPs rejected the bill", "the senators rejected the
// treaty"), or the sentence counts the vote after the object ("by 300
// votes", "by a vote of 20 to 5", "in a referendum"), or the verb is what
// a vote did ("voted to reject the bid").
func (d *doc) votedAct(c *extract.Claim) bool {
	if d.off[RuleVotedAct] || c.Method != ConsDenial {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	i := verbToken(s, c, lo)
	if i < 0 || i != lo-1 || !d.lex.Is(s.Lemma[i], lexicon.Denial) || d.lex.Is(s.Lemma[i], lexicon.Communication) {
		return false
	}
	head, after, ok := objectHead(s, lo, hi)
	if !ok || s.POS[head] == "PRP" || strings.HasPrefix(s.POS[head], "NNP") || head < len(s.Mention) && s.Mention[head] >= 0 || clauseAfter(s, after, len(s.Tokens)) {
		return false
	}
	if after < len(s.Tokens) && s.Lower[after] == "as" {
		return false // "dismissed the plan as a stunt": a judgement in words
	}
	if cl := d.lex.Classes(s.Lemma[head]); cl.Has(lexicon.Law) || cl.Has(lexicon.EventElection) {
		return true
	}
	// "voted to reject", "voted overwhelmingly to reject".
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if s.Lower[k] == "to" && s.Lemma[k-1] == "vote" || s.Lower[k] == "to" && k >= 2 && s.POS[k-1] == "RB" && s.Lemma[k-2] == "vote" {
			return true
		}
	}
	return d.countedVote(s, after)
}

// countedVote reports whether the clause of sentence s from token k on
// counts a vote: "by" or "in" and, within four words, a ballot's noun
// ("by 300 votes", "by a vote of 20 to 5", "in a referendum").
func (d *doc) countedVote(s *extract.Sentence, k int) bool {
	for j := k; j < len(s.Tokens) && j < k+20; j++ {
		w := s.Lower[j]
		if w == "," || w == ";" || w == "that" || quoteOpen[w] {
			return false
		}
		if w != "by" && w != "in" {
			continue
		}
		for e := j + 1; e < len(s.Tokens) && e <= j+4; e++ {
			if strings.HasPrefix(s.POS[e], "NN") && d.lex.Is(s.Lemma[e], lexicon.EventElection) {
				return true
			}
			if p := s.POS[e]; p != "DT" && p != "CD" && !strings.HasPrefix(p, "JJ") && !strings.HasPrefix(p, "NN") {
				break
			}
		}
	}
	return false
}
