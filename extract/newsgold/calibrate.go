package newsgold

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/relate"
)

// Judged is a relation of the classifier judged right or wrong by hand
// from its article: a line of a judged file, which holds, tab-separated,
// the article's path under the shared data directory, the sentence's
// index, the subject's name, the predicate (schema.org's local name:
// worksFor, homeLocation, ...), the object's name, 1 or 0, and a note.
// Lines starting with "#" are comments.
type Judged struct {
	Path                       string
	Sentence                   int
	Subject, Predicate, Object string
	Right                      bool
	Note                       string
	// Line is the line of the file it was read from.
	Line int
}

// LoadJudged reads a judged file.
func LoadJudged(path string) ([]Judged, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("newsgold: %w", err)
	}
	defer f.Close()
	var out []Judged
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) < 6 {
			return nil, fmt.Errorf("newsgold: %s:%d: %d fields, want at least 6 (path, sentence, subject, predicate, object, label)", path, n, len(p))
		}
		si, err := strconv.Atoi(p[1])
		if err != nil || si < 0 {
			return nil, fmt.Errorf("newsgold: %s:%d: sentence %q is not an index", path, n, p[1])
		}
		if p[5] != "0" && p[5] != "1" {
			return nil, fmt.Errorf("newsgold: %s:%d: label %q, want 0 or 1", path, n, p[5])
		}
		j := Judged{Path: p[0], Sentence: si, Subject: p[2], Predicate: p[3], Object: p[4], Right: p[5] == "1", Line: n}
		if len(p) > 6 {
			j.Note = p[6]
		}
		out = append(out, j)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("newsgold: %s: %w", path, err)
	}
	return out, nil
}

// ModelRow is a relation judged by hand with the features a model of
// its method weighs (the first the bias) and its outcome, to fit and
// measure the model on.
type ModelRow struct {
	Article string
	// Probability is the relation's score before the model: the
	// classifier's own (CoNLL04) probability.
	Probability float64
	Features    []float64
	Right       bool
}

// ModelSpec describes the model FitModel fits and ModelFit.Write prints.
type ModelSpec struct {
	// Title heads the printout.
	Title string
	// Unit names what the rows are ("claims"); "" means relations.
	Unit string
	// Names names the features, the first the bias.
	Names []string
	// Shipped is the shipped model's probability for a row's features,
	// and ShippedName the function that returns it.
	Shipped     func([]float64) float64
	ShippedName string
	// RawName says what ModelRow.Probability is.
	RawName string
	// Baseline is the feature that, with the bias, makes the one-feature
	// baseline model (Platt scaling of a margin), and BaselineName names
	// that model.
	Baseline     int
	BaselineName string
}

// ClassifierSpec is the spec of relate.NewsModel, shipped being the
// model kg ships.
func ClassifierSpec(shipped relate.NewsModel) ModelSpec {
	return ModelSpec{
		Title:       "relation classifier on news: NewsModel fitted on judged relations",
		Names:       relate.NewsFeatureNames[:],
		Shipped:     func(x []float64) float64 { return relate.Logistic(shipped.Weights[:]).Apply(x) },
		ShippedName: "relate.DefaultNewsModel", RawName: "CoNLL04 probability",
		Baseline: 1, BaselineName: "margin only (Platt)",
	}
}

// Extractor runs the pipeline on a document (pipeline.Pipeline does).
type Extractor interface {
	Extract(ctx context.Context, doc extract.Document) (*extract.Result, error)
}

// JudgedRows extracts the articles of judged relations of a method
// (relate.MethodClassifier or relate.MethodVerbPattern; read from
// dataDir) with p and returns the relations that method of rel still
// proposes in them, with their features (MatchJudged), how many it no
// longer proposes, and how many it proposes that are not judged.
func JudgedRows(ctx context.Context, p Extractor, rel *relate.Relater, method string, judged []Judged, dataDir string) (rows []ModelRow, missing, unjudged int, err error) {
	candidates := rel.ClassifierCandidates
	switch method {
	case relate.MethodClassifier:
	case relate.MethodVerbPattern:
		candidates = rel.OpenCandidates
	default:
		return nil, 0, 0, fmt.Errorf("newsgold: no news model for relations of method %q", method)
	}
	byPath := map[string][]Judged{}
	var paths []string
	for _, j := range judged {
		if byPath[j.Path] == nil {
			paths = append(paths, j.Path)
		}
		byPath[j.Path] = append(byPath[j.Path], j)
	}
	for _, path := range paths {
		a := Article{Name: path, Source: path}
		doc, err := a.Document(dataDir)
		if err != nil {
			return nil, 0, 0, err
		}
		res, err := p.Extract(ctx, doc)
		if err != nil {
			return nil, 0, 0, err
		}
		cands, err := candidates(res)
		if err != nil {
			return nil, 0, 0, err
		}
		r, m := MatchJudged(path, byPath[path], res, cands)
		rows, missing, unjudged = append(rows, r...), missing+m, unjudged+notJudged(byPath[path], res, method)
	}
	return rows, missing, unjudged, nil
}

// notJudged counts the relations of a method in the extraction res of
// one article that no relation of judged names (subject, predicate and
// object).
func notJudged(judged []Judged, res *extract.Result, method string) int {
	type key struct{ s, p, o string }
	known := map[key]bool{}
	for _, j := range judged {
		known[key{j.Subject, j.Predicate, j.Object}] = true
	}
	n := 0
	for _, r := range res.Relations {
		if r.Method == method && !known[key{res.Entities[r.Subject].Name, predName(r.Predicate), res.Entities[r.Object].Name}] {
			n++
		}
	}
	return n
}

// MatchJudged returns the judged relations of one article that the
// candidates of a method in its extraction res still hold (same
// subject, predicate and object names; the judged sentence first), with
// their features, and how many it no longer holds.
func MatchJudged(article string, judged []Judged, res *extract.Result, cands []relate.Candidate) (rows []ModelRow, missing int) {
	used := make([]bool, len(cands))
	for _, j := range judged {
		best := -1
		for i, c := range cands {
			if used[i] || res.Entities[c.Subject].Name != j.Subject || res.Entities[c.Object].Name != j.Object || predName(c.Predicate) != j.Predicate {
				continue
			}
			if best < 0 || c.Sentence == j.Sentence && cands[best].Sentence != j.Sentence {
				best = i
			}
		}
		if best < 0 {
			missing++
			continue
		}
		used[best] = true
		rows = append(rows, ModelRow{Article: article, Probability: cands[best].Probability, Features: cands[best].Features, Right: j.Right})
	}
	return rows, missing
}

// ModelFit is the result of FitModel.
type ModelFit struct {
	// Spec is the model fitted.
	Spec ModelSpec
	// N and Right count the relations and the right ones; Articles
	// counts their articles.
	N, Right, Articles int
	// Folds is the number of folds of the cross-validation.
	Folds int
	// Penalties are the L2 penalties tried, with the cross-validated
	// Brier score of each in LeftOut; Penalty is the best.
	Penalties, LeftOut []float64
	Penalty            float64
	// Fit is the model fitted on all rows with Penalty.
	Fit relate.Logistic
	// Raw, Margin and Shipped are the Brier scores of the rows'
	// Probability, of the baseline model (Spec.Baseline; cross-validated,
	// with the best penalty) and of the shipped model.
	Raw, Margin, Shipped float64
	// Bins are the reliability of the cross-validated probabilities with
	// the best penalty.
	Bins []ReliabilityBin
	// Thresholds are the relations the cross-validated probabilities
	// with the best penalty keep at each --min-score from 0.5 to 0.8:
	// how --min-score's default is chosen.
	Thresholds []ThresholdRow
}

// ThresholdRow counts the rows a minimum score keeps and the right ones.
type ThresholdRow struct {
	Min         float64
	Kept, Right int
}

// ReliabilityBin is a range of predicted probabilities with the relations in it:
// their count, mean prediction and share right.
type ReliabilityBin struct {
	Lo, Hi          float64
	N               int
	Mean, Observed  float64
	KeptN, KeptGood int // relations at or above Lo, and the right ones
}

// OpenSpec is the spec of relate.OpenModel, shipped being the model kg
// ships; the rows' Probability is the score open relations had before
// the model, 0.6.
func OpenSpec(shipped relate.OpenModel) ModelSpec {
	return ModelSpec{
		Title:       "open relations on news: OpenModel fitted on judged relations",
		Names:       relate.OpenFeatureNames[:],
		Shipped:     func(x []float64) float64 { return relate.Logistic(shipped.Weights[:]).Apply(x) },
		ShippedName: "relate.DefaultOpenModel", RawName: "fixed score 0.6",
		Baseline: 0, BaselineName: "share right (bias)",
	}
}

// FitClassifierModel fits relate.NewsModel on rows (FitModel with
// ClassifierSpec); shipped is measured on the same rows.
func FitClassifierModel(rows []ModelRow, folds int, shipped relate.NewsModel) ModelFit {
	return FitModel(rows, folds, ClassifierSpec(shipped))
}

// FitModel fits the logistic model spec describes on rows by
// cross-validation over articles (each article's rows in one of folds
// folds, the articles in sorted order dealt round), choosing the L2
// penalty with the lowest left-out Brier score, and refits on all rows
// with it; the shipped model is measured on the same rows, and the
// baseline (the bias and spec.Baseline alone) is cross-validated the same
// way.
func FitModel(rows []ModelRow, folds int, spec ModelSpec) ModelFit {
	f := ModelFit{Spec: spec, N: len(rows), Folds: folds}
	arts := map[string]int{}
	for _, r := range rows {
		arts[r.Article] = 0
		if r.Right {
			f.Right++
		}
	}
	names := make([]string, 0, len(arts))
	for n := range arts {
		names = append(names, n)
	}
	sort.Strings(names)
	for i, n := range names {
		arts[n] = i % max(folds, 1)
	}
	f.Articles = len(names)
	for _, r := range rows {
		f.Raw += sqErr(r.Probability, r.Right)
		f.Shipped += sqErr(spec.Shipped(r.Features), r.Right)
	}
	if n := float64(len(rows)); n > 0 {
		f.Raw, f.Shipped = f.Raw/n, f.Shipped/n
	}
	if len(names) < folds || f.Right == 0 || f.Right == f.N {
		return f
	}
	fold := func(r ModelRow) int { return arts[r.Article] }
	best := -1.0
	var bestPred []float64
	for _, l2 := range []float64{0.1, 0.3, 1, 3, 10} {
		pred := crossValidate(rows, fold, folds, l2, -1)
		b := brierOf(rows, pred)
		f.Penalties, f.LeftOut = append(f.Penalties, l2), append(f.LeftOut, b)
		if best < 0 || b < best {
			best, f.Penalty, bestPred = b, l2, pred
		}
	}
	f.Margin = brierOf(rows, crossValidate(rows, fold, folds, f.Penalty, spec.Baseline))
	xs, ys := make([][]float64, len(rows)), make([]bool, len(rows))
	for i, r := range rows {
		xs[i], ys[i] = r.Features, r.Right
	}
	f.Fit = relate.FitLogistic(len(spec.Names), xs, ys, f.Penalty)
	for lo := 0.0; lo < 0.99; lo += 0.2 {
		b := ReliabilityBin{Lo: lo, Hi: lo + 0.2}
		for i, r := range rows {
			p := bestPred[i]
			if p >= lo {
				b.KeptN++
				if r.Right {
					b.KeptGood++
				}
			}
			if p >= lo && (p < lo+0.2 || lo+0.2 > 0.99) {
				b.N++
				b.Mean += p
				if r.Right {
					b.Observed++
				}
			}
		}
		if b.N > 0 {
			b.Mean, b.Observed = b.Mean/float64(b.N), b.Observed/float64(b.N)
		}
		f.Bins = append(f.Bins, b)
	}
	for k := 10; k <= 16; k++ {
		t := ThresholdRow{Min: float64(k) / 20}
		for i, r := range rows {
			if bestPred[i] >= t.Min {
				t.Kept++
				if r.Right {
					t.Right++
				}
			}
		}
		f.Thresholds = append(f.Thresholds, t)
	}
	return f
}

// crossValidate returns each row's probability from the model fitted on
// the other folds' rows with penalty l2; a baseline of 0 or more keeps
// only the bias and that feature.
func crossValidate(rows []ModelRow, fold func(ModelRow) int, folds int, l2 float64, baseline int) []float64 {
	feats := func(r ModelRow) []float64 {
		if baseline < 0 {
			return r.Features
		}
		f := make([]float64, len(r.Features))
		f[0], f[baseline] = r.Features[0], r.Features[baseline]
		return f
	}
	pred := make([]float64, len(rows))
	for k := 0; k < folds; k++ {
		var xs [][]float64
		var ys []bool
		for _, r := range rows {
			if fold(r) != k {
				xs, ys = append(xs, feats(r)), append(ys, r.Right)
			}
		}
		var n int
		if len(rows) > 0 {
			n = len(rows[0].Features)
		}
		m := relate.FitLogistic(n, xs, ys, l2)
		for i, r := range rows {
			if fold(r) == k {
				pred[i] = m.Apply(feats(r))
			}
		}
	}
	return pred
}

// brierOf returns the Brier score of probabilities pred for rows.
func brierOf(rows []ModelRow, pred []float64) float64 {
	if len(rows) == 0 {
		return 0
	}
	var b float64
	for i, r := range rows {
		b += sqErr(pred[i], r.Right)
	}
	return b / float64(len(rows))
}

// sqErr returns the squared error of probability p for an outcome.
func sqErr(p float64, right bool) float64 {
	if right {
		return (1 - p) * (1 - p)
	}
	return p * p
}

// Write prints the fit: counts, Brier scores, the reliability of the
// cross-validated probabilities and the refitted weights as Go.
func (f ModelFit) Write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", f.Spec.Title)
	unit := f.Spec.Unit
	if unit == "" {
		unit = "relations"
	}
	fmt.Fprintf(&b, "  %s %d in %d articles, right %d\n", unit, f.N, f.Articles, f.Right)
	fmt.Fprintf(&b, "  %-36s%6.3f\n", "Brier, "+f.Spec.RawName, f.Raw)
	fmt.Fprintf(&b, "  %-36s%6.3f\n", "Brier, shipped model (fitted here)", f.Shipped)
	fmt.Fprintf(&b, "  Brier, %d-fold, %s  %6.3f\n", f.Folds, f.Spec.BaselineName, f.Margin)
	for i, l2 := range f.Penalties {
		fmt.Fprintf(&b, "  Brier, %d-fold by article, L2 %-4g %6.3f\n", f.Folds, l2, f.LeftOut[i])
	}
	if len(f.Bins) > 0 {
		fmt.Fprintf(&b, "  cross-validated probability (L2 %g)\n", f.Penalty)
		fmt.Fprintf(&b, "    %-10s %5s %6s %9s   %s\n", "predicted", "count", "mean", "observed", "precision of those at or above")
		for _, x := range f.Bins {
			prec := 0.0
			if x.KeptN > 0 {
				prec = float64(x.KeptGood) / float64(x.KeptN)
			}
			fmt.Fprintf(&b, "    %.1f-%.1f    %5d %6.3f %9.3f   %.3f (%d)\n", x.Lo, x.Hi, x.N, x.Mean, x.Observed, prec, x.KeptN)
		}
		fmt.Fprintf(&b, "    %-10s %5s %6s %9s\n", "min score", "kept", "right", "precision")
		for _, t := range f.Thresholds {
			prec := 0.0
			if t.Kept > 0 {
				prec = float64(t.Right) / float64(t.Kept)
			}
			fmt.Fprintf(&b, "    %-10.2f %5d %6d %9.3f\n", t.Min, t.Kept, t.Right, prec)
		}
		fmt.Fprintf(&b, "  refit on all (%s):\n\t\t", f.Spec.ShippedName)
		for i, wt := range f.Fit {
			fmt.Fprintf(&b, "%.2f, ", wt)
			if i%7 == 6 {
				b.WriteString("\n\t\t")
			}
		}
		b.WriteString("\n")
		for i, wt := range f.Fit {
			fmt.Fprintf(&b, "    %-16s %6.2f\n", f.Spec.Names[i], wt)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
