// Package logistic fits and applies logistic models: the probability of
// an outcome as the logistic function of weighted features, fitted by
// maximum likelihood with an L2 penalty. The news models that calibrate
// kg:score (relate's classifier and open-relation models, claim's model
// of a claim's being right) are such models.
package logistic
