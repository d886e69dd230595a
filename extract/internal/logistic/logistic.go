package logistic

import "math"

// Model is the weights of a logistic model: its probability for
// features x (x[0] the bias, 1) is the logistic function of the weights'
// dot product with x.
type Model []float64

// Apply returns the model's probability for features x, which has one
// value per weight.
func (m Model) Apply(x []float64) float64 {
	var z float64
	for i, w := range m {
		z += w * x[i]
	}
	z = min(max(z, -30), 30)
	return 1 / (1 + math.Exp(-z))
}

// Fit fits a logistic model with n weights to features xs (each
// of n values, the first the bias) and outcomes ys by maximum likelihood
// with an L2 penalty l2 on every weight but the bias (Newton's method).
// It returns n zero weights when ys holds one outcome only.
func Fit(n int, xs [][]float64, ys []bool, l2 float64) Model {
	m := make(Model, n)
	var pos int
	for _, y := range ys {
		if y {
			pos++
		}
	}
	if pos == 0 || pos == len(ys) {
		return m
	}
	h := make([][]float64, n)
	for a := range h {
		h[a] = make([]float64, n)
	}
	g := make([]float64, n)
	for it := 0; it < 25; it++ {
		clear(g)
		for a := range h {
			clear(h[a])
		}
		for i, x := range xs {
			p := m.Apply(x)
			y := 0.0
			if ys[i] {
				y = 1
			}
			s := p * (1 - p)
			for a := 0; a < n; a++ {
				if x[a] == 0 {
					continue
				}
				g[a] += (p - y) * x[a]
				for b := 0; b < n; b++ {
					h[a][b] += s * x[a] * x[b]
				}
			}
		}
		for a := 0; a < n; a++ {
			if a == 0 {
				h[a][a] += 1e-6
				continue
			}
			g[a] += l2 * m[a]
			h[a][a] += l2
		}
		d := solve(h, g)
		var step float64
		for a := range d {
			m[a] -= d[a]
			step = max(step, math.Abs(d[a]))
		}
		if step < 1e-9 {
			break
		}
	}
	return m
}

// solve returns x with h·x = g by Gaussian elimination with partial
// pivoting; a singular column gives 0. It changes h and g.
func solve(h [][]float64, g []float64) []float64 {
	n := len(g)
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
				p = r
			}
		}
		h[c], h[p] = h[p], h[c]
		g[c], g[p] = g[p], g[c]
		if math.Abs(h[c][c]) < 1e-12 {
			continue
		}
		for r := 0; r < n; r++ {
			if r == c {
				continue
			}
			f := h[r][c] / h[c][c]
			for k := c; k < n; k++ {
				h[r][k] -= f * h[c][k]
			}
			g[r] -= f * g[c]
		}
	}
	x := make([]float64, n)
	for i := range x {
		if math.Abs(h[i][i]) >= 1e-12 {
			x[i] = g[i] / h[i][i]
		}
	}
	return x
}
