package newsgold

import (
	"fmt"
	"io"
	"sort"

	"github.com/kg-project/kg/extract/relate"
	"github.com/kg-project/kg/extract/relclass"
)

// Scored is one scored prediction: its article, its score and whether the
// gold set bears it out.
type Scored struct {
	Article string
	Score   float64
	Right   bool
}

// ScaleFit is the result of FitClassifierScale.
type ScaleFit struct {
	// N and Right count the classifier's relations and the right ones.
	N, Right int
	// Fit is the scale refitted on all the relations, to put on the
	// classifier's own probability in place of Shipped.
	Fit, Shipped relate.Scale
	// Raw, Scored and LeftOut are Brier scores (mean squared errors) of
	// the classifier's own probability (calibrated on CoNLL04), of kg:score
	// (its probability on Shipped), and of the scale refitted with each
	// article left out, applied to that article's relations.
	Raw, Scored, LeftOut float64
}

// FitClassifierScale refits the scale that maps the relation classifier's
// probability to kg:score (Platt scaling; relclass.FitPlatt) on scored
// relations whose kg:score is on shipped, and measures it by leaving one
// article out at a time. It returns the zero ScaleFit for fewer than two
// articles or relations of one outcome only.
func FitClassifierScale(rows []Scored, shipped relate.Scale) ScaleFit {
	f := ScaleFit{N: len(rows), Shipped: shipped}
	// The classifier's own probabilities, and their margins to fit on.
	probs, raw := make([]float64, len(rows)), make([]float64, len(rows))
	ys := make([]bool, len(rows))
	arts := map[string]bool{}
	for i, r := range rows {
		probs[i] = shipped.Invert(r.Score)
		raw[i] = relate.Logit(probs[i])
		ys[i] = r.Right
		arts[r.Article] = true
		if r.Right {
			f.Right++
		}
	}
	if len(arts) < 2 || f.Right == 0 || f.Right == f.N {
		return ScaleFit{N: f.N, Right: f.Right, Shipped: shipped}
	}
	a, b := relclass.FitPlatt(raw, ys)
	f.Fit = relate.Scale{A: a, B: b}
	names := make([]string, 0, len(arts))
	for n := range arts {
		names = append(names, n)
	}
	sort.Strings(names)
	var left float64
	for _, n := range names {
		var ds []float64
		var ts []bool
		for i, r := range rows {
			if r.Article != n {
				ds, ts = append(ds, raw[i]), append(ts, ys[i])
			}
		}
		a, b := relclass.FitPlatt(ds, ts)
		for i, r := range rows {
			if r.Article == n {
				left += sqErr(relate.Scale{A: a, B: b}.Apply(probs[i]), r.Right)
			}
		}
	}
	for i, r := range rows {
		f.Raw += sqErr(probs[i], r.Right)
		f.Scored += sqErr(r.Score, r.Right)
	}
	n := float64(len(rows))
	f.Raw, f.Scored, f.LeftOut = f.Raw/n, f.Scored/n, left/n
	return f
}

// sqErr returns the squared error of probability p for an outcome.
func sqErr(p float64, right bool) float64 {
	if right {
		return (1 - p) * (1 - p)
	}
	return p * p
}

// Write prints the fit: the counts, the three Brier scores and the
// refitted scale beside the shipped one.
func (f ScaleFit) Write(w io.Writer) error {
	_, err := fmt.Fprintf(w, `relation classifier on news: Platt scaling of its CoNLL04 probability
  relations                     %6d   right %d
  Brier, CoNLL04 probability    %6.3f
  Brier, kg:score (shipped)     %6.3f   A %.2f  B %.2f
  Brier, refit leaving one
    article out at a time       %6.3f
  refit on all                           A %.2f  B %.2f
`, f.N, f.Right, f.Raw, f.Scored, f.Shipped.A, f.Shipped.B, f.LeftOut, f.Fit.A, f.Fit.B)
	return err
}
