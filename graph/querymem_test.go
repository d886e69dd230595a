package graph

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/internal/addrlimit"
)

// hostileQueries are queries that, unbounded, take a process's memory (or
// a CPU for good) in seconds. Each must end with an error: wantIs, or an
// error containing want.
var hostileQueries = []struct {
	name, lang, text string
	wantIs           error
	want             string
}{
	{name: "string doubling", lang: "gizmo", text: `var s = "x"; while (true) { s = s + s; }`, wantIs: ErrQueryMemory},
	{name: "string doubling, unicode", lang: "gizmo", text: `var s = "é"; while (true) { s = s + s; }`, wantIs: ErrQueryMemory},
	{name: "array of objects", lang: "gizmo", text: `var a = []; while (true) { a.push({n: a.length, s: "some text"}); }`, wantIs: ErrQueryMemory},
	{name: "object keys", lang: "gizmo", text: `var o = {}; for (var i = 0; ; i++) { o["k" + i] = i; }`, wantIs: ErrQueryMemory},
	{name: "closures", lang: "gizmo", text: `var fs = []; for (var i = 0; ; i++) { fs.push(function() { return i; }); }`, wantIs: ErrQueryMemory},
	{name: "string array", lang: "gizmo", text: `var a = [], s = "x".repeat(1000); while (true) { a.push(s + a.length); }`, wantIs: ErrQueryMemory},
	{name: "recursion", lang: "gizmo", text: `function f(n) { return f(n + 1) + 1; } f(0)`, want: "stack"},
	{name: "recursion with locals", lang: "gizmo", text: `function f(a, b, c) { var x = [a, b, c, "pad".repeat(100)]; return f(x, a, b).length; } f(1, 2, 3)`, want: "stack"},
	{name: "mutual recursion", lang: "gizmo", text: `function f(n) { return g(n) } function g(n) { return f(n + 1) } f(0)`, want: "stack"},
	{name: "repeat", lang: "gizmo", text: `"x".repeat(1e12)`, want: "too long"},
	{name: "repeat in steps", lang: "gizmo", text: `var s = "x".repeat(1 << 20); s.repeat(1 << 20)`, want: "too long"},
	{name: "padStart", lang: "gizmo", text: `"x".padStart(1e12, "ab")`, want: "too long"},
	{name: "padEnd", lang: "gizmo", text: `"x".padEnd(1e12)`, want: "too long"},
	{name: "join sparse", lang: "gizmo", text: `new Array(4e9).join("x")`, want: "too long"},
	{name: "join big strings", lang: "gizmo", text: `var s = "x".repeat(1 << 20), a = []; for (var i = 0; i < 4096; i++) { a.push(s); } a.join("")`, want: "too long"},
	{name: "array toString", lang: "gizmo", text: `var a = new Array(4e9); a.toString()`, want: "too long"},
	{name: "fill sparse", lang: "gizmo", text: `new Array(4e9).fill(0)`, want: "too long"},
	{name: "concat", lang: "gizmo", text: `var s = "x".repeat(1 << 20), a = []; for (var i = 0; i < 4096; i++) { a.push(s); } "".concat.apply("", a)`, want: "too long"},
	{name: "nested join", lang: "gizmo", text: `var s = "x".repeat(1 << 20), a = [s], b = []; for (var i = 0; i < 4096; i++) { b.push(a); } b.join("")`, want: "too long"},
	{name: "nested toString", lang: "gizmo", text: `var s = "x".repeat(1 << 20), a = [s], b = []; for (var i = 0; i < 4096; i++) { b.push(a); } "" + b`, want: "too long"},
	{name: "stringify", lang: "gizmo", text: `var s = "x".repeat(1 << 20), b = []; for (var i = 0; i < 4096; i++) { b.push(s); } JSON.stringify(b)`, want: "too long"},
	{name: "stringify objects", lang: "gizmo", text: `var o = {s: "x".repeat(1 << 20)}, b = []; for (var i = 0; i < 4096; i++) { b.push(o); } JSON.stringify({b: b})`, want: "too long"},
	{name: "replace", lang: "gizmo", text: `"x".repeat(1 << 20).replace(/x/g, "y".repeat(4096))`, want: "too long"},
	{name: "replace with prefixes", lang: "gizmo", text: "\"x\".repeat(1 << 16).replace(/x/g, \"$`\")", want: "too long"},
	{name: "replaceAll", lang: "gizmo", text: `"x".repeat(1 << 20).replaceAll("x", "y".repeat(4096))`, want: "too long"},
	{name: "Symbol.replace", lang: "gizmo", text: `/x/g[Symbol.replace]("x".repeat(1 << 20), "y".repeat(4096))`, want: "too long"},
	{name: "Array.from", lang: "gizmo", text: `Array.from({length: 4e9})`, want: "too long"},
	{name: "spread", lang: "gizmo", text: `[...new Array(4e9)]`, want: "too long"},
	{name: "spread keys", lang: "gizmo", text: `[...new Array(4e9).keys()]`, want: "too long"},
	{name: "reverse sparse", lang: "gizmo", text: `new Array(4e9).reverse()`, want: "too long"},
	{name: "indexOf array-like", lang: "gizmo", text: `Array.prototype.indexOf.call({length: 4e9}, 1)`, want: "too long"},
	{name: "apply array-like", lang: "gizmo", text: `Math.max.apply(null, {length: 4e9})`, want: "too long"},
	{name: "Reflect.apply", lang: "gizmo", text: `Reflect.apply(Math.max, null, {length: 4e9})`, want: "too long"},
	{name: "concat", lang: "gizmo", text: `var a = new Array(1 << 20), b = []; for (var i = 0; i < 64; i++) { b.push(a); } [].concat.apply([], b)`, want: "too long"},
	{name: "flat", lang: "gizmo", text: `var a = new Array(1 << 20).fill(0), b = []; for (var i = 0; i < 64; i++) { b.push(a); } b.flat()`, want: "too long"},
	{name: "typed array", lang: "gizmo", text: `new Float64Array(4e9)`, want: "not defined"},
	{name: "string doubling with results", lang: "gizmo", text: `var s = "x"; g.V().All(); while (true) { s = s + s; }`, wantIs: ErrQueryMemory},
}

// TestQueryHostile runs hostileQueries with a small memory budget and
// checks that each ends with its error and the store still answers. It
// runs them in a child process whose address space is limited (where the
// system allows), so that a regression fails the test rather than the
// machine.
func TestQueryHostile(t *testing.T) {
	if !addrlimit.InChild(t, 4<<30) {
		return
	}
	s := openTemp(t)
	for _, tc := range hostileQueries {
		t.Run(tc.name, func(t *testing.T) {
			n := 0
			os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) // resets the peak resident set (Linux)
			start := time.Now()
			err := s.Query(context.Background(), tc.lang, tc.text, &QueryOptions{Limit: 10, Timeout: time.Minute, MaxMemory: 64 << 20}, func(any) error {
				n++
				return nil
			})
			t.Logf("%v after %v, peak resident set %s", err, time.Since(start).Round(time.Millisecond), peakRSS())
			switch {
			case err == nil:
				t.Fatalf("no error (%d results)", n)
			case errors.Is(err, ErrQueryTimeout):
				t.Fatalf("stopped only by the timeout: %v", err)
			case tc.wantIs != nil && !errors.Is(err, tc.wantIs):
				t.Fatalf("error %v, want %v", err, tc.wantIs)
			case tc.want != "" && !strings.Contains(err.Error(), tc.want):
				t.Fatalf("error %v, want one saying %q", err, tc.want)
			}
			var got []any
			err = s.Query(context.Background(), "gizmo", `g.Emit("still here")`, nil, func(r any) error {
				got = append(got, r)
				return nil
			})
			if err != nil || len(got) != 1 {
				t.Fatalf("next query: %v, %v", got, err)
			}
		})
	}

}

// peakRSS is the process's peak resident set as /proc tells it, or "?".
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "?"
}
