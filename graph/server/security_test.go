package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestRequestChecks checks who may read and write: the Host header must
// name the server (DNS rebinding), writes need a content type no web page
// can send without asking and a matching Origin, and the token.
func TestRequestChecks(t *testing.T) {
	const nq = `<https://example.org/x> <http://schema.org/name> "Written Here" .` + "\n"
	open, _ := testServer(t, &Options{Writable: true, Hosts: []string{"kg.example.org"}})
	tokW, _ := testServer(t, &Options{Writable: true, Token: "s3cret"})
	tokRW, _ := testServer(t, &Options{Writable: true, Token: "s3cret", TokenReads: true})
	type req struct {
		method, path, host, ctype, origin, auth string
	}
	w := func(ctype, origin string) req {
		return req{method: "POST", path: "/api/v2/write", ctype: ctype, origin: origin}
	}
	tests := []struct {
		name string
		ts   *httptest.Server
		req  req
		code int
	}{
		{"loopback host", open, req{method: "GET", path: "/api/kg/search?q=vantor"}, 200},
		{"localhost", open, req{method: "GET", path: "/api/kg/search?q=vantor", host: "localhost:64210"}, 200},
		{"configured host", open, req{method: "GET", path: "/api/kg/search?q=vantor", host: "kg.example.org"}, 200},
		{"rebound host", open, req{method: "GET", path: "/api/kg/search?q=vantor", host: "evil.example:64210"}, http.StatusMisdirectedRequest},
		{"loopback IPv6", open, req{method: "GET", path: "/api/kg/search?q=vantor", host: "[::1]:64210"}, 200},
		{"localhost with a dot", open, req{method: "GET", path: "/api/kg/search?q=vantor", host: "LocalHost.:64210"}, 200},
		{"name under localhost", open, req{method: "GET", path: "/api/kg/search?q=vantor", host: "kg.localhost"}, 200},
		{"loopback look-alike", open, req{method: "GET", path: "/api/kg/search?q=vantor", host: "127.0.0.1.evil.example"}, http.StatusMisdirectedRequest},
		{"other address", open, req{method: "GET", path: "/api/kg/search?q=vantor", host: "192.0.2.7:64210"}, http.StatusMisdirectedRequest},
		{"rebound host, explorer page", open, req{method: "GET", path: "/", host: "evil.example"}, http.StatusMisdirectedRequest},
		{"rebound host write", open, req{method: "POST", path: "/api/v2/write", host: "evil.example", ctype: "application/n-quads"}, http.StatusMisdirectedRequest},
		{"write text/plain", open, w("text/plain", ""), http.StatusUnsupportedMediaType},
		{"write text/plain with charset", open, w("text/plain;charset=UTF-8", ""), http.StatusUnsupportedMediaType},
		{"write form", open, w("application/x-www-form-urlencoded", ""), http.StatusUnsupportedMediaType},
		{"write multipart", open, w("multipart/form-data; boundary=x", ""), http.StatusUnsupportedMediaType},
		{"write no content type", open, w("", ""), http.StatusUnsupportedMediaType},
		{"write foreign origin", open, w("application/n-quads", "http://evil.example"), http.StatusForbidden},
		{"write null origin", open, w("application/n-quads", "null"), http.StatusForbidden},
		{"delete foreign origin", open, req{method: "POST", path: "/api/v2/delete", ctype: "application/n-quads", origin: "http://evil.example"}, http.StatusForbidden},
		{"write same origin", open, w("application/n-quads", "same"), 200},
		{"write no origin", open, w("application/n-quads", ""), 200},
		{"token: write without", tokW, w("application/n-quads", ""), http.StatusUnauthorized},
		{"token: write wrong", tokW, req{method: "POST", path: "/api/v2/write", ctype: "application/n-quads", auth: "Bearer nope"}, http.StatusUnauthorized},
		{"token: write with", tokW, req{method: "POST", path: "/api/v2/write", ctype: "application/n-quads", auth: "Bearer s3cret"}, 200},
		{"token: read without", tokW, req{method: "GET", path: "/api/kg/search?q=vantor"}, 200},
		{"token-reads: read without", tokRW, req{method: "GET", path: "/api/kg/search?q=vantor"}, http.StatusUnauthorized},
		{"token-reads: query without", tokRW, req{method: "GET", path: "/api/v2/query?qu=g.V().All()"}, http.StatusUnauthorized},
		{"token-reads: read with", tokRW, req{method: "GET", path: "/api/kg/search?q=vantor", auth: "Bearer s3cret"}, 200},
		{"token-reads: health", tokRW, req{method: "GET", path: "/health"}, 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var body io.Reader
			if tc.req.method == "POST" {
				body = strings.NewReader(nq)
			}
			r, err := http.NewRequest(tc.req.method, tc.ts.URL+tc.req.path, body)
			if err != nil {
				t.Fatal(err)
			}
			if tc.req.host != "" {
				r.Host = tc.req.host
			}
			if tc.req.ctype != "" {
				r.Header.Set("Content-Type", tc.req.ctype)
			}
			switch tc.req.origin {
			case "":
			case "same":
				r.Header.Set("Origin", tc.ts.URL)
			default:
				r.Header.Set("Origin", tc.req.origin)
			}
			if tc.req.auth != "" {
				r.Header.Set("Authorization", tc.req.auth)
			}
			resp, err := http.DefaultClient.Do(r)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tc.code {
				t.Errorf("status %d, want %d: %s", resp.StatusCode, tc.code, b)
			}
			if strings.Contains(string(b), "s3cret") {
				t.Errorf("the answer shows the token: %s", b)
			}
		})
	}
	// Refused writes wrote nothing: only the two allowed ones (the same
	// quad) are there.
	if _, body := get(t, open, "/api/kg/search?q=written"); strings.Count(body, "https://example.org/x") != 1 {
		t.Errorf("search after the writes: %s", body)
	}
}
