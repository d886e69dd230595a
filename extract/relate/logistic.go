package relate

import "github.com/kg-project/kg/extract/internal/logistic"

// Logistic is the weights of a logistic model (logistic.Model): its
// probability for features x (x[0] the bias, 1) is the logistic function
// of the weights' dot product with x. NewsModel and OpenModel are such
// models over their features.
type Logistic = logistic.Model

// FitLogistic fits a logistic model with n weights to features xs (each
// of n values, the first the bias) and outcomes ys by maximum likelihood
// with an L2 penalty l2 on every weight but the bias (logistic.Fit). It
// returns n zero weights when ys holds one outcome only.
func FitLogistic(n int, xs [][]float64, ys []bool, l2 float64) Logistic {
	return logistic.Fit(n, xs, ys, l2)
}
