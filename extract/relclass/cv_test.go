package relclass

import (
	"context"
	"testing"
)

// TestCrossValidate trains on a few CoNLL04 dev sentences in two folds
// with one short-trained model of each kind: every held-out sentence is
// scored once, the plan has one epoch count per model, and the final
// model predicts.
func TestCrossValidate(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	dev := readDev(t)[:60]
	m, rep, err := CrossValidate(context.Background(), dev, 2, &TrainOptions{MaxIter: 2, Members: 1})
	if err != nil {
		t.Fatal(err)
	}
	var ents, rels int
	for _, ex := range dev {
		ents += len(ex.Entities)
		rels += len(ex.Relations)
	}
	if got := rep.Score.Entities.TP + rep.Score.Entities.FN; got != ents {
		t.Errorf("held-out entities: tp+fn = %d, want the %d gold entities", got, ents)
	}
	if got := rep.Score.Relations.TP + rep.Score.Relations.FN; got != rels {
		t.Errorf("held-out relations: tp+fn = %d, want the %d gold relations", got, rels)
	}
	if rep.Folds != 2 || rep.Sentences != len(dev) || len(rep.FoldRelationF1) != 2 {
		t.Errorf("report: %d folds, %d sentences, %d fold figures; want 2, %d, 2", rep.Folds, rep.Sentences, len(rep.FoldRelationF1), len(dev))
	}
	if len(rep.Predictions) != len(dev) {
		t.Errorf("%d held-out predictions, want %d", len(rep.Predictions), len(dev))
	}
	if len(rep.Iterations) != 4 {
		t.Errorf("epochs %v: want one for each of the 4 models", rep.Iterations)
	}
	if m.cfg.Margin != rep.Margin || m.cfg.SpanMargin != rep.SpanMargin {
		t.Errorf("model margins %v, %v; want the cross-validated %v, %v", m.cfg.Margin, m.cfg.SpanMargin, rep.Margin, rep.SpanMargin)
	}
	if len(m.Predict(dev[:5], nil)) != 5 {
		t.Error("the trained model does not predict")
	}
}

func TestCrossValidateRejectsFewFolds(t *testing.T) {
	for _, tc := range []struct {
		name  string
		n     int
		folds int
	}{
		{"one fold", 10, 1},
		{"too few sentences", 3, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := CrossValidate(context.Background(), make([]Example, tc.n), tc.folds, nil); err == nil {
				t.Errorf("CrossValidate(%d sentences, %d folds): no error", tc.n, tc.folds)
			}
		})
	}
}
