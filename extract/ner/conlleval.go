package ner

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Eval holds the counts of the conlleval script: chunks (names) found,
// gold and correct, overall and per type, and tokens tagged correctly.
type Eval struct {
	Tokens, CorrectTags  int
	Gold, Found, Correct int
	ByType               map[string]*TypeCounts
	// state while adding
	inCorrect                bool
	lastGold, lastGuess      string
	lastGoldType, lastGuessT string
}

// TypeCounts are the chunk counts of one entity type.
type TypeCounts struct{ Gold, Found, Correct int }

// NewEval returns an empty evaluation.
func NewEval() *Eval {
	return &Eval{ByType: map[string]*TypeCounts{}, lastGold: "O", lastGuess: "O"}
}

func (e *Eval) typ(t string) *TypeCounts {
	c := e.ByType[t]
	if c == nil {
		c = &TypeCounts{}
		e.ByType[t] = c
	}
	return c
}

// split splits a tag the way conlleval does: "B-PER" -> "B", "PER"; "O" ->
// "O", "".
func conllSplit(tag string) (string, string) {
	if i := strings.IndexByte(tag, '-'); i >= 0 {
		return tag[:i], tag[i+1:]
	}
	return tag, ""
}

// endOfChunk and startOfChunk are the rules of conlleval.pl (version
// 2004-01-26), including its E- and bracket tags.
func endOfChunk(prevTag, tag, prevType, typ string) bool {
	switch {
	case prevTag == "B" && (tag == "B" || tag == "O"),
		prevTag == "I" && (tag == "B" || tag == "O"),
		prevTag == "E" && (tag == "E" || tag == "I" || tag == "O"):
		return true
	case prevTag != "O" && prevTag != "." && prevType != typ:
		return true
	case prevTag == "]", prevTag == "[":
		return true
	}
	return false
}

func startOfChunk(prevTag, tag, prevType, typ string) bool {
	switch {
	case prevTag == "B" && tag == "B", prevTag == "I" && tag == "B",
		prevTag == "O" && (tag == "B" || tag == "I" || tag == "E"),
		prevTag == "E" && (tag == "E" || tag == "I"):
		return true
	case tag != "O" && tag != "." && prevType != typ:
		return true
	case tag == "[", tag == "]":
		return true
	}
	return false
}

// Add records one token with its gold and guessed tags. A -DOCSTART- line
// is Add("O", "O"), since conlleval counts it as a token; the end of a
// sentence is EndSentence.
func (e *Eval) Add(gold, guess string) {
	g, gt := conllSplit(gold)
	p, pt := conllSplit(guess)
	endGold := endOfChunk(e.lastGold, g, e.lastGoldType, gt)
	endGuess := endOfChunk(e.lastGuess, p, e.lastGuessT, pt)
	startGold := startOfChunk(e.lastGold, g, e.lastGoldType, gt)
	startGuess := startOfChunk(e.lastGuess, p, e.lastGuessT, pt)
	if e.inCorrect {
		if endGold && endGuess && e.lastGoldType == e.lastGuessT {
			e.inCorrect = false
			e.Correct++
			e.typ(e.lastGoldType).Correct++
		} else if endGold != endGuess || gt != pt {
			e.inCorrect = false
		}
	}
	if startGold && startGuess && gt == pt {
		e.inCorrect = true
	}
	if startGold {
		e.Gold++
		e.typ(gt).Gold++
	}
	if startGuess {
		e.Found++
		e.typ(pt).Found++
	}
	if g == p && gt == pt {
		e.CorrectTags++
	}
	e.Tokens++
	e.lastGold, e.lastGuess, e.lastGoldType, e.lastGuessT = g, p, gt, pt
}

// EndSentence ends open chunks without counting a token, as a blank line
// does in conlleval input.
func (e *Eval) EndSentence() {
	g, p := "O", "O"
	endGold := endOfChunk(e.lastGold, g, e.lastGoldType, "")
	endGuess := endOfChunk(e.lastGuess, p, e.lastGuessT, "")
	if e.inCorrect && endGold && endGuess && e.lastGoldType == e.lastGuessT {
		e.Correct++
		e.typ(e.lastGoldType).Correct++
	}
	e.inCorrect = false
	e.lastGold, e.lastGuess, e.lastGoldType, e.lastGuessT = "O", "O", "", ""
}

// Finish closes the last chunk; call it once after the last Add.
func (e *Eval) Finish() { e.EndSentence() }

// ReadEval reads conlleval input: token lines whose last column is the
// guessed tag and the one before it the gold tag; blank lines end
// sentences; -DOCSTART- lines count as boundary tokens, as in conlleval.
func ReadEval(r io.Reader) (*Eval, error) {
	e := NewEval()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			e.EndSentence()
			continue
		}
		if f[0] == "-DOCSTART-" {
			e.Add("O", "O")
			continue
		}
		if len(f) < 3 {
			return nil, fmt.Errorf("ner: eval line %d: want a token, a gold tag and a guessed tag, got %d fields", line, len(f))
		}
		e.Add(f[len(f)-2], f[len(f)-1])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: eval: %w", err)
	}
	e.Finish()
	return e, nil
}

// PRF returns precision, recall and F1 (fractions) from counts.
func PRF(gold, found, correct int) (p, r, f float64) {
	if found > 0 {
		p = float64(correct) / float64(found)
	}
	if gold > 0 {
		r = float64(correct) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// F1 is the overall F1 (a fraction).
func (e *Eval) F1() float64 {
	_, _, f := PRF(e.Gold, e.Found, e.Correct)
	return f
}

// WriteReport prints the counts in the format of the conlleval script.
func (e *Eval) WriteReport(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n",
		e.Tokens, e.Gold, e.Found, e.Correct)
	if e.Tokens > 0 {
		p, r, f := PRF(e.Gold, e.Found, e.Correct)
		fmt.Fprintf(bw, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
			100*float64(e.CorrectTags)/float64(e.Tokens), 100*p, 100*r, 100*f)
	}
	names := make([]string, 0, len(e.ByType))
	for t := range e.ByType {
		if t != "" {
			names = append(names, t)
		}
	}
	sort.Strings(names)
	for _, t := range names {
		c := e.ByType[t]
		p, r, f := PRF(c.Gold, c.Found, c.Correct)
		fmt.Fprintf(bw, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n", t, 100*p, 100*r, 100*f, c.Found)
	}
	return bw.Flush()
}
