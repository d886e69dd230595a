package main

import (
	"encoding/json"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"sort"
)

// csr is a sparse matrix in compressed sparse row form.
type csr struct {
	rows, cols int
	ptr        []int
	idx        []int32
	val        []float64
}

// ppmi turns co-occurrence counts into positive pointwise mutual
// information with context distribution smoothing (exponent 0.75).
func ppmi(rows []map[int32]float64, ncols int) *csr {
	colSum := make([]float64, ncols)
	var total float64
	for _, r := range rows {
		for c, v := range r {
			colSum[c] += v
			total += v
		}
	}
	var ctot float64
	pc := make([]float64, ncols)
	for c, v := range colSum {
		pc[c] = math.Pow(v, 0.75)
		ctot += pc[c]
	}
	for c := range pc {
		pc[c] /= ctot
	}
	m := &csr{rows: len(rows), cols: ncols, ptr: []int{0}}
	for _, r := range rows {
		var rs float64
		keys := make([]int32, 0, len(r))
		for c, v := range r {
			rs += v
			keys = append(keys, c)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		pw := rs / total
		for _, c := range keys {
			pmi := math.Log(r[c] / total / (pw * pc[c]))
			if pmi > 0 {
				m.idx = append(m.idx, c)
				m.val = append(m.val, pmi)
			}
		}
		m.ptr = append(m.ptr, len(m.idx))
	}
	return m
}

// mul returns A X for dense X (cols x k), as rows x k.
func (a *csr) mul(x [][]float64) [][]float64 {
	k := len(x[0])
	out := make([][]float64, a.rows)
	for i := 0; i < a.rows; i++ {
		o := make([]float64, k)
		for p := a.ptr[i]; p < a.ptr[i+1]; p++ {
			v, xr := a.val[p], x[a.idx[p]]
			for j := range o {
				o[j] += v * xr[j]
			}
		}
		out[i] = o
	}
	return out
}

// tmul returns A^T Y for dense Y (rows x k), as cols x k.
func (a *csr) tmul(y [][]float64) [][]float64 {
	k := len(y[0])
	out := make([][]float64, a.cols)
	for c := range out {
		out[c] = make([]float64, k)
	}
	for i := 0; i < a.rows; i++ {
		yr := y[i]
		for p := a.ptr[i]; p < a.ptr[i+1]; p++ {
			v, o := a.val[p], out[a.idx[p]]
			for j := range o {
				o[j] += v * yr[j]
			}
		}
	}
	return out
}

// orthonormalize makes the columns of x orthonormal (modified
// Gram-Schmidt, twice for stability).
func orthonormalize(x [][]float64) {
	k := len(x[0])
	for pass := 0; pass < 2; pass++ {
		for j := 0; j < k; j++ {
			for i := 0; i < j; i++ {
				d := 0.0
				for _, r := range x {
					d += r[i] * r[j]
				}
				for _, r := range x {
					r[j] -= d * r[i]
				}
			}
			n := 0.0
			for _, r := range x {
				n += r[j] * r[j]
			}
			n = math.Sqrt(n)
			if n == 0 {
				continue
			}
			for _, r := range x {
				r[j] /= n
			}
		}
	}
}

// rsvd returns the first k left singular vectors (rows x k) and singular
// values of a by randomized SVD (Halko, Martinsson and Tropp 2011) with
// oversampling p and q power iterations.
func rsvd(a *csr, k, p, q int, rng *rand.Rand) ([][]float64, []float64) {
	l := k + p
	omega := make([][]float64, a.cols)
	for c := range omega {
		omega[c] = make([]float64, l)
		for j := range omega[c] {
			omega[c][j] = rng.NormFloat64()
		}
	}
	y := a.mul(omega)
	orthonormalize(y)
	for it := 0; it < q; it++ {
		z := a.tmul(y)
		orthonormalize(z)
		y = a.mul(z)
		orthonormalize(y)
	}
	// B = Q^T A (l x cols); B B^T = (A^T Q)^T (A^T Q).
	bt := a.tmul(y) // cols x l
	m := make([][]float64, l)
	for i := range m {
		m[i] = make([]float64, l)
	}
	for _, r := range bt {
		for i := 0; i < l; i++ {
			if r[i] == 0 {
				continue
			}
			for j := i; j < l; j++ {
				m[i][j] += r[i] * r[j]
			}
		}
	}
	for i := 0; i < l; i++ {
		for j := 0; j < i; j++ {
			m[i][j] = m[j][i]
		}
	}
	evals, evecs := jacobi(m)
	order := make([]int, l)
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return evals[order[i]] > evals[order[j]] })
	s := make([]float64, k)
	u := make([][]float64, a.rows)
	for i := range u {
		u[i] = make([]float64, k)
	}
	for d := 0; d < k; d++ {
		e := order[d]
		s[d] = math.Sqrt(math.Max(evals[e], 0))
		for i, r := range y {
			v := 0.0
			for j := 0; j < l; j++ {
				v += r[j] * evecs[j][e]
			}
			u[i][d] = v
		}
	}
	// Fix each vector's sign (largest component positive) so the output
	// does not depend on rounding.
	for d := 0; d < k; d++ {
		big := 0.0
		for i := range u {
			if math.Abs(u[i][d]) > math.Abs(big) {
				big = u[i][d]
			}
		}
		if big < 0 {
			for i := range u {
				u[i][d] = -u[i][d]
			}
		}
	}
	return u, s
}

// jacobi returns the eigenvalues and eigenvectors (columns) of the
// symmetric matrix m by cyclic Jacobi rotations.
func jacobi(m [][]float64) ([]float64, [][]float64) {
	n := len(m)
	a := make([][]float64, n)
	v := make([][]float64, n)
	for i := range a {
		a[i] = append([]float64(nil), m[i]...)
		v[i] = make([]float64, n)
		v[i][i] = 1
	}
	for sweep := 0; sweep < 100; sweep++ {
		off := 0.0
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				off += a[i][j] * a[i][j]
			}
		}
		if off < 1e-22 {
			break
		}
		for p := 0; p < n; p++ {
			for q := p + 1; q < n; q++ {
				if math.Abs(a[p][q]) < 1e-300 {
					continue
				}
				theta := (a[q][q] - a[p][p]) / (2 * a[p][q])
				t := 1 / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				if theta < 0 {
					t = -t
				}
				c := 1 / math.Sqrt(t*t+1)
				s := t * c
				for k := 0; k < n; k++ {
					akp, akq := a[k][p], a[k][q]
					a[k][p] = c*akp - s*akq
					a[k][q] = s*akp + c*akq
				}
				for k := 0; k < n; k++ {
					apk, aqk := a[p][k], a[q][k]
					a[p][k] = c*apk - s*aqk
					a[q][k] = s*apk + c*aqk
				}
				for k := 0; k < n; k++ {
					vkp, vkq := v[k][p], v[k][q]
					v[k][p] = c*vkp - s*vkq
					v[k][q] = s*vkp + c*vkq
				}
			}
		}
	}
	ev := make([]float64, n)
	for i := range ev {
		ev[i] = a[i][i]
	}
	return ev, v
}

// kmeans clusters the unit vectors x into k groups by spherical k-means
// (cosine similarity), seeded with k-means++, and returns each vector's
// cluster.
func kmeans(x [][]float64, k, iters int, rng *rand.Rand) []int {
	n, d := len(x), len(x[0])
	k = min(k, n)
	cent := make([][]float64, 0, k)
	// k-means++ on a sample for speed.
	dist := make([]float64, n)
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	cent = append(cent, append([]float64(nil), x[rng.IntN(n)]...))
	for len(cent) < k {
		last := cent[len(cent)-1]
		tot := 0.0
		for i, v := range x {
			s := 1 - dot(v, last)
			if s < dist[i] {
				dist[i] = s
			}
			tot += dist[i]
		}
		r := rng.Float64() * tot
		pick := n - 1
		for i := range x {
			r -= dist[i]
			if r <= 0 {
				pick = i
				break
			}
		}
		cent = append(cent, append([]float64(nil), x[pick]...))
	}
	assign := make([]int, n)
	for it := 0; it < iters; it++ {
		changed := 0
		for i, v := range x {
			best, arg := math.Inf(-1), 0
			for c, ct := range cent {
				if s := dot(v, ct); s > best {
					best, arg = s, c
				}
			}
			if assign[i] != arg || it == 0 {
				changed++
			}
			assign[i] = arg
		}
		for c := range cent {
			clear(cent[c])
		}
		cnt := make([]int, k)
		for i, v := range x {
			ct := cent[assign[i]]
			for j := 0; j < d; j++ {
				ct[j] += v[j]
			}
			cnt[assign[i]]++
		}
		for c, ct := range cent {
			if cnt[c] == 0 {
				copy(ct, x[rng.IntN(n)])
				continue
			}
			nn := math.Sqrt(dot(ct, ct))
			for j := range ct {
				ct[j] /= nn
			}
		}
		if changed == 0 {
			break
		}
	}
	return assign
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// readSpERT reads the tokens of a SpERT-format JSON file.
func readSpERT(path string) [][]string {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	var docs []struct {
		Tokens []string `json:"tokens"`
	}
	if err := json.Unmarshal(b, &docs); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	var out [][]string
	for _, d := range docs {
		out = append(out, d.Tokens)
	}
	return out
}
