package server

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/addrlimit"
)

// TestHostileRequests sends requests that, unbounded, took kg serve's
// memory, ran past the timeout or answered without end, and checks that
// each gets an error (or a bounded answer) and that the server then still
// answers a search. Queries have a 64 MiB memory budget here, and the
// test runs in a child process whose address space is limited (where the
// system allows), so that a regression fails the test, not the machine.
func TestHostileRequests(t *testing.T) {
	if !addrlimit.InChild(t, 4<<30) {
		return
	}
	// The timeout is long, so that a slow machine does not mistake a
	// memory error for a timeout; endless loops go to short, whose timeout
	// is short.
	ts, store := testServer(t, &Options{Timeout: 2 * time.Minute, Limit: 5, QueryMemory: 64 << 20, Writable: true, MaxBody: 1 << 10})
	short, _ := testServer(t, &Options{Timeout: time.Second})
	// Twenty nodes, each linked to all twenty.
	const p = "<https://kg.example/fan>"
	var nq strings.Builder
	for i := 0; i < 20; i++ {
		for j := 0; j < 20; j++ {
			fmt.Fprintf(&nq, "<https://kg.example/n%d> %s <https://kg.example/n%d> .\n", i, p, j)
		}
	}
	if _, err := store.Import(context.Background(), strings.NewReader(nq.String()), &graph.ImportOptions{Format: "nquads", Name: "fan"}); err != nil {
		t.Fatal(err)
	}
	fanOut := `{ nodes(` + p + `: <https://kg.example/n0>) { id, a: ` + p + ` { id, b: ` + p + ` { id, c: ` + p + ` { id } } } } }`
	tests := []struct {
		name, method, path, ctype, body string
		code                            int    // the status wanted; 0: any error
		contains                        string // in the body
		maxResults                      int    // for answers: at most this many "id"s or quads
	}{
		{name: "gizmo string doubling", method: "POST", path: "/api/v2/query?lang=gizmo", body: `var s = "x"; while (true) { s = s + s; }`, contains: "heap"},
		{name: "gizmo array growth", method: "POST", path: "/api/v2/query?lang=gizmo", body: `var a = []; while (true) { a.push({n: a.length}); }`, contains: "heap"},
		{name: "gizmo string doubling as JSON-LD", method: "POST", path: "/api/v2/query?lang=gizmo&accept=ld", body: `var s = "x"; while (true) { s = s + s; }`, contains: "heap"},
		{name: "gizmo recursion", method: "POST", path: "/api/v2/query?lang=gizmo", body: `function f(n) { return f(n + 1); } f(0)`, contains: "call stack"},
		{name: "gizmo repeat", method: "POST", path: "/api/v2/query?lang=gizmo", body: `"x".repeat(1e12)`, contains: "too long"},
		{name: "gizmo endless loop", method: "POST", path: "/api/v2/query?lang=gizmo&server=short", body: `while (true) {}`, code: http.StatusGatewayTimeout},
		{name: "gizmo endless traversal", method: "POST", path: "/api/v2/query?lang=gizmo&server=short", body: `while (true) { g.V().Out().Out().Count() }`, code: http.StatusGatewayTimeout},
		{name: "gizmo all nodes", method: "POST", path: "/api/v2/query?lang=gizmo", body: `g.V().All()`, code: 200, maxResults: 5},
		{name: "graphql all nodes", method: "POST", path: "/api/v2/query?lang=graphql", body: `{ nodes { id } }`, code: 200, maxResults: 5},
		{name: "graphql fan-out", method: "POST", path: "/api/v2/query?lang=graphql", body: fanOut, contains: "objects"},
		{name: "mql all nodes", method: "POST", path: "/api/v2/query?lang=mql", body: `[{"id": null}]`, code: 200, maxResults: 5},
		{name: "read everything", method: "GET", path: "/api/v2/read", code: 200, maxResults: 5},
		{name: "query too large", method: "POST", path: "/api/v2/query?lang=gizmo", body: "//" + strings.Repeat("x", 2<<20), code: http.StatusRequestEntityTooLarge},
		{name: "write too large", method: "POST", path: "/api/v2/write", ctype: "application/n-quads", body: strings.Repeat(`<a> <b> "c" .`+"\n", 1000), code: http.StatusBadRequest},
		{name: "search 60,000 words", method: "GET", path: "/api/kg/search?q=" + url.QueryEscape(strings.Repeat("vantor ", 60000)), code: http.StatusRequestURITooLong},
		{name: "search 100 words", method: "GET", path: "/api/kg/search?q=" + url.QueryEscape(strings.Repeat("vantor ", 100)), contains: "words"},
		{name: "entity name too long", method: "GET", path: "/api/kg/entity?id=" + strings.Repeat("x", 5000), code: http.StatusRequestURITooLong},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path, ld := strings.CutSuffix(tc.path, "&accept=ld")
			srv := ts
			if p, ok := strings.CutSuffix(path, "&server=short"); ok {
				path, srv = p, short
			}
			req, err := http.NewRequest(tc.method, srv.URL+path, strings.NewReader(tc.body))
			if err != nil {
				t.Fatal(err)
			}
			if tc.ctype != "" {
				req.Header.Set("Content-Type", tc.ctype)
			}
			if ld {
				req.Header.Set("Accept", "application/ld+json")
			}
			r, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			r.Body.Close()
			body := string(b)
			switch {
			case tc.code != 0 && r.StatusCode != tc.code:
				t.Errorf("status %d, want %d: %.300s", r.StatusCode, tc.code, body)
			case tc.code == 0 && r.StatusCode < 400:
				t.Errorf("status %d, want an error: %.300s", r.StatusCode, body)
			case tc.contains != "" && !strings.Contains(body, tc.contains):
				t.Errorf("body lacks %q: %.300s", tc.contains, body)
			}
			if tc.maxResults > 0 {
				n := strings.Count(body, `"id"`)
				if strings.HasPrefix(path, "/api/v2/read") {
					n = strings.Count(body, " .\n")
				}
				if n == 0 || n > tc.maxResults {
					t.Errorf("%d results, want 1 to %d: %.300s", n, tc.maxResults, body)
				}
			}
			if code, body := get(t, srv, "/api/kg/search?q=vantor"); code != 200 || !strings.Contains(body, "Vantor") {
				t.Fatalf("server does not answer after it: %d %s", code, body)
			}
		})
	}
}

// TestHTTPServerTimeouts checks the http.Server that kg serve runs: it has
// every timeout, and a request whose body trickles in is cut off rather
// than holding its connection for ever.
func TestHTTPServerTimeouts(t *testing.T) {
	ts, s := testServer(t, nil)
	_ = ts
	h, err := New(s, &Options{Timeout: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	srv := h.HTTPServer()
	for name, d := range map[string]time.Duration{"ReadHeaderTimeout": srv.ReadHeaderTimeout, "ReadTimeout": srv.ReadTimeout, "IdleTimeout": srv.IdleTimeout} {
		if d <= 0 {
			t.Errorf("%s is %v", name, d)
		}
	}
	if srv.WriteTimeout <= 500*time.Millisecond {
		t.Errorf("WriteTimeout %v leaves no time to answer a query that ran its timeout", srv.WriteTimeout)
	}
	slow := httptest.NewUnstartedServer(h)
	slow.Config = srv
	slow.Start()
	defer slow.Close()
	conn, err := net.Dial("tcp", slow.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/v2/query?lang=gizmo HTTP/1.1\r\nHost: %s\r\nContent-Length: 100\r\n\r\ng", slow.Listener.Addr())
	// The rest of the body never comes: the server must give up (an error
	// answer, or the connection closed), not wait for ever.
	conn.SetReadDeadline(time.Now().Add(60 * time.Second)) // a hang, not a timing check
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err == nil {
		resp.Body.Close()
		if resp.StatusCode < 400 {
			t.Errorf("slow body answered %d", resp.StatusCode)
		}
	} else if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatalf("the server kept a trickling request open: %v", err)
	}
	var res map[string]any
	_, body := get(t, ts, "/api/v2/query?lang=gizmo&qu="+url.QueryEscape(`g.Emit(1)`))
	if err := json.Unmarshal([]byte(body), &res); err != nil {
		t.Errorf("server after the slow request: %v %s", err, body)
	}
}
