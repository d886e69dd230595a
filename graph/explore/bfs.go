package explore

import (
	"context"
	"sort"
)

// bfs is a graph as the breadth-first search of shortestPaths sees it.
type bfs[N comparable] struct {
	// neighbours calls visit with each node one edge from u (repeats
	// allowed), in a stable order.
	neighbours func(ctx context.Context, u N, visit func(v N)) error
	// cost is the work of expanding a frontier; the search grows the side
	// whose frontier costs less. Nil means its number of nodes.
	cost func(frontier []N) int
	// less orders the nodes where the two sides meet, and with it the
	// paths; nil keeps the order in which they were reached.
	less func(a, b N) bool
	// capPaths stops adding paths through further meeting nodes once there
	// are 4*limit.
	capPaths bool
}

// bfsSide is one end of the bidirectional search.
type bfsSide[N comparable] struct {
	depth    map[N]int
	parents  map[N][]N
	frontier []N
	level    int
}

func newBFSSide[N comparable](root N) *bfsSide[N] {
	return &bfsSide[N]{depth: map[N]int{root: 0}, parents: map[N][]N{}, frontier: []N{root}}
}

// shortestPaths returns the node sequences of the shortest paths from a to
// b of at most maxDepth edges (a first), at most 4*limit chains from each
// side through each node where the sides meet. The search runs from both
// ends, a level at a time, growing the side whose frontier costs less,
// and stops at the first level where the sides meet. It is the one
// breadth-first search of the package: Paths runs it over the entity
// index's edges, and over the store's indexes with plumbing.
func shortestPaths[N comparable](ctx context.Context, a, b N, maxDepth, limit int, g bfs[N]) ([][]N, error) {
	cost := g.cost
	if cost == nil {
		cost = func(f []N) int { return len(f) }
	}
	A, B := newBFSSide(a), newBFSSide(b)
	for A.level+B.level < maxDepth {
		if len(A.frontier) == 0 || len(B.frontier) == 0 {
			return nil, nil
		}
		grow, other := A, B
		if cost(B.frontier) < cost(A.frontier) {
			grow, other = B, A
		}
		if err := grow.expand(ctx, g.neighbours); err != nil {
			return nil, err
		}
		meet, best := grow.meeting(other)
		if best < 0 {
			continue
		}
		if best > maxDepth {
			return nil, nil
		}
		if g.less != nil {
			sort.Slice(meet, func(i, j int) bool { return g.less(meet[i], meet[j]) })
		}
		var out [][]N
		for _, m := range meet {
			for _, l := range A.chains(m, limit) {
				for _, r := range B.chains(m, limit) {
					seq := make([]N, 0, len(l)+len(r)-1)
					for i := len(l) - 1; i >= 0; i-- {
						seq = append(seq, l[i])
					}
					out = append(out, append(seq, r[1:]...))
				}
			}
			if g.capPaths && len(out) >= 4*limit {
				break
			}
		}
		return out, nil
	}
	return nil, nil
}

// expand advances the side by one level.
func (sd *bfsSide[N]) expand(ctx context.Context, neighbours func(context.Context, N, func(N)) error) error {
	var next []N
	d := sd.level + 1
	for _, u := range sd.frontier {
		if err := ctx.Err(); err != nil {
			return err
		}
		err := neighbours(ctx, u, func(v N) {
			dv, seen := sd.depth[v]
			if !seen {
				sd.depth[v] = d
				sd.parents[v] = []N{u}
				next = append(next, v)
			} else if dv == d && !containsNode(sd.parents[v], u) {
				sd.parents[v] = append(sd.parents[v], u)
			}
		})
		if err != nil {
			return err
		}
	}
	sd.frontier, sd.level = next, d
	return nil
}

// meeting returns the nodes of the side's frontier that the other side
// has reached on the shortest paths, and those paths' length (-1: none).
func (sd *bfsSide[N]) meeting(other *bfsSide[N]) ([]N, int) {
	best := -1
	var meet []N
	for _, n := range sd.frontier {
		if od, ok := other.depth[n]; ok {
			switch t := sd.level + od; {
			case best < 0 || t < best:
				best, meet = t, []N{n}
			case t == best:
				meet = append(meet, n)
			}
		}
	}
	return meet, best
}

// chains returns up to 4*limit parent chains from n back to the side's
// root (n first).
func (sd *bfsSide[N]) chains(n N, limit int) [][]N {
	ps := sd.parents[n]
	if len(ps) == 0 {
		return [][]N{{n}}
	}
	var out [][]N
	for _, p := range ps {
		for _, c := range sd.chains(p, limit) {
			out = append(out, append([]N{n}, c...))
			if len(out) >= limit*4 {
				return out
			}
		}
	}
	return out
}

func containsNode[N comparable](s []N, v N) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
