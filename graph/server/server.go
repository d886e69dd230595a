package server

import (
	"bytes"
	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/shape"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/cayley/ui"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/explore"
	"github.com/kg-project/kg/schema"
)

// Defaults of Options.
const (
	DefaultAddr    = "127.0.0.1:64210"
	DefaultTimeout = 30 * time.Second
	DefaultLimit   = 1000
	// DefaultMaxBody is the largest body of a write or delete request.
	DefaultMaxBody = 64 << 20
)

// maxParam is the longest search text or entity name the kg endpoints take.
const maxParam = 1000

// Options configures New. A nil *Options, and zero fields, mean a
// read-only server with DefaultTimeout, DefaultLimit,
// graph.DefaultQueryMemory and DefaultMaxBody, answering requests whose
// Host is a loopback name or address or the address they came in on, with
// no authentication.
type Options struct {
	// Writable enables /api/v2/write and /api/v2/delete.
	Writable bool
	// Timeout bounds every request's work; 0 means DefaultTimeout.
	Timeout time.Duration
	// Limit is the largest number of results a query (any language) or
	// /api/v2/read returns; 0 means DefaultLimit.
	Limit int
	// QueryMemory is the heap growth a query may cause before it is
	// stopped (graph.QueryOptions.MaxMemory); 0 means
	// graph.DefaultQueryMemory, a negative value no budget.
	QueryMemory int64
	// MaxBody is the largest body of a write or delete request, in bytes;
	// 0 means DefaultMaxBody. Other requests take at most 1 MiB.
	MaxBody int64
	// Hosts are the names, besides loopback names and addresses and the
	// address a request came in on, that a request's Host header may give
	// (the server's names behind a reverse proxy, say). Other hosts are
	// answered 421 Misdirected Request: a page whose DNS name was rebound
	// to this server cannot read from it.
	Hosts []string
	// Token, when not empty, is required as "Authorization: Bearer TOKEN"
	// for writes, and for every /api/ request when TokenReads is set.
	Token string
	// TokenReads requires the token for reads as well.
	TokenReads bool
}

//go:embed web
var webFS embed.FS

// Server is an http.Handler serving a store.
type Server struct {
	store *graph.Store
	o     Options
	mux   *http.ServeMux
	api   *cayleyhttp.APIv2
	ui    fs.FS
}

// New returns a server for store. It does not close the store.
func New(store *graph.Store, opts *Options) (*Server, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Limit <= 0 {
		o.Limit = DefaultLimit
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.TokenReads && o.Token == "" {
		return nil, errors.New("server: TokenReads without a Token")
	}
	uiFS, err := fs.Sub(ui.FS, "web")
	if err != nil {
		return nil, fmt.Errorf("server: cayley ui: %w", err)
	}
	s := &Server{store: store, o: o, mux: http.NewServeMux(), ui: uiFS}
	// Cayley's API v2 serves only the list of formats: queries and reads
	// go through the store, with its limits, and writes through the store,
	// which serialises them and keeps its indexes up to date.
	s.api = cayleyhttp.NewAPIv2(&cgraph.Handle{QuadStore: store.QuadStore()})
	s.api.SetReadOnly(true)
	s.api.SetQueryTimeout(o.Timeout)
	s.api.SetQueryLimit(o.Limit)

	m := s.mux
	m.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok\n") })
	m.HandleFunc("/api/v2/query", s.serveQuery)
	m.HandleFunc("/api/v2/read", s.serveRead)
	m.Handle("/api/v2/formats", s.api)
	m.HandleFunc("/api/v2/write", s.serveWrite)
	m.HandleFunc("/api/v2/delete", s.serveDelete)
	m.HandleFunc("/api/v2/node/delete", func(w http.ResponseWriter, r *http.Request) {
		jsonError(w, http.StatusForbidden, errors.New("node delete is not supported; use /api/v2/delete"))
	})
	m.HandleFunc("GET /api/kg/search", s.serveSearch)
	m.HandleFunc("GET /api/kg/top", s.serveTop)
	m.HandleFunc("GET /api/kg/entity", s.serveEntity)
	m.HandleFunc("GET /api/kg/neighbours", s.serveNeighbours)
	m.HandleFunc("GET /api/kg/path", s.servePath)
	m.HandleFunc("GET /ui/", s.serveUI)
	m.HandleFunc("GET /ui", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/ui/", http.StatusFound) })
	m.HandleFunc("GET /{$}", s.serveExplorer)
	m.HandleFunc("GET /explorer.js", s.serveExplorer)
	m.HandleFunc("GET /explorer.css", s.serveExplorer)
	return s, nil
}

// HTTPServer returns an http.Server for s with timeouts that fit its
// Options: request headers within 10 s, the whole request within the
// timeout, the answer within the timeout and 10 s more, and idle
// connections closed after two minutes.
func (s *Server) HTTPServer() *http.Server {
	return &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       s.o.Timeout,
		WriteTimeout:      s.o.Timeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    1 << 20,
	}
}

// isWrite reports whether r asks to change the store.
func isWrite(r *http.Request) bool {
	return r.URL.Path == "/api/v2/write" || r.URL.Path == "/api/v2/delete" || r.URL.Path == "/api/v2/node/delete"
}

// ServeHTTP serves a request under the timeout, after checking its Host
// header and, when a token is set, its authorization. The request's
// context gets a little more time than queries do, so that a query that
// runs out of time reports it as such ("query timed out after 30s").
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if !s.hostAllowed(r) {
		jsonError(w, http.StatusMisdirectedRequest, fmt.Errorf("server: host %q is not served here", r.Host))
		return
	}
	write := isWrite(r)
	if s.o.Token != "" && (write || (s.o.TokenReads && strings.HasPrefix(r.URL.Path, "/api/"))) && !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="kg"`)
		jsonError(w, http.StatusUnauthorized, errors.New("server: missing or wrong bearer token"))
		return
	}
	if write {
		r.Body = http.MaxBytesReader(w, r.Body, s.o.MaxBody)
	} else {
		r.Body = http.MaxBytesReader(w, r.Body, maxQuerySize)
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.o.Timeout+time.Second)
	defer cancel()
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			jsonError(w, http.StatusInternalServerError, fmt.Errorf("internal error: %v", v))
		}
	}()
	s.mux.ServeHTTP(w, r.WithContext(ctx))
}

// hostAllowed reports whether r's Host names this server: a loopback name
// or address, the address the connection came in on, or one of
// Options.Hosts. Anything else may be a DNS name rebound to this machine
// by a page that wants to read it.
func (s *Server) hostAllowed(r *http.Request) bool {
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "" {
		return false
	}
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	for _, h := range s.o.Hosts {
		if strings.EqualFold(h, host) {
			return true
		}
	}
	ip := net.ParseIP(strings.TrimSuffix(strings.TrimPrefix(host, "["), "]"))
	if ip == nil {
		return false
	}
	if ip.IsLoopback() {
		return true
	}
	if la, ok := r.Context().Value(http.LocalAddrContextKey).(net.Addr); ok {
		if h, _, err := net.SplitHostPort(la.String()); err == nil {
			if lip := net.ParseIP(h); lip != nil && lip.Equal(ip) {
				return true
			}
		}
	}
	return false
}

// authorized reports whether r carries the bearer token.
func (s *Server) authorized(r *http.Request) bool {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return ok && subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(s.o.Token)) == 1
}

// checkWrite answers a write or delete request that a web page of another
// origin could have sent, and reports whether it did. A browser sends a
// cross-origin POST without asking (no CORS preflight) only with a
// "simple" content type (text/plain, a form, or none): those are refused,
// so a page must ask first, and this server grants no other origin. An
// Origin header, which browsers send with every POST, must name this
// server.
func checkWrite(w http.ResponseWriter, r *http.Request) bool {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch {
	case err != nil || mt == "":
		jsonError(w, http.StatusUnsupportedMediaType, errors.New("server: a write needs the Content-Type of its quad format (application/n-quads, say)"))
		return true
	case mt == "text/plain", mt == "application/x-www-form-urlencoded", mt == "multipart/form-data":
		jsonError(w, http.StatusUnsupportedMediaType, fmt.Errorf("server: writes do not take Content-Type %s, which any web page can send; use the quad format's (application/n-quads, say)", mt))
		return true
	}
	if origin := r.Header.Get("Origin"); origin != "" && !sameOrigin(origin, r.Host) {
		jsonError(w, http.StatusForbidden, fmt.Errorf("server: writes from origin %q are not allowed", origin))
		return true
	}
	if r.Header.Get("Sec-Fetch-Site") == "cross-site" {
		jsonError(w, http.StatusForbidden, errors.New("server: cross-site writes are not allowed"))
		return true
	}
	return false
}

// sameOrigin reports whether the Origin header origin is host's.
func sameOrigin(origin, host string) bool {
	o, ok := strings.CutPrefix(origin, "http://")
	if !ok {
		o, ok = strings.CutPrefix(origin, "https://")
	}
	return ok && strings.EqualFold(o, host)
}

func jsonError(w http.ResponseWriter, code int, err error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	b, _ := json.Marshal(map[string]string{"error": err.Error()})
	w.Write(append(b, '\n'))
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// status maps an error to an HTTP status.
func status(ctx context.Context, err error) int {
	switch {
	case errors.Is(err, graph.ErrQueryTimeout), errors.Is(err, context.DeadlineExceeded), ctx.Err() != nil:
		return http.StatusGatewayTimeout
	}
	return http.StatusBadRequest
}

const maxQuerySize = 1 << 20

// serveQuery runs a query through graph.Store.Query (JSON results), which
// applies the timeout and the limit to every language and stops even a
// script that never returns to Cayley; JSON-LD, which Cayley's UI asks
// for, goes to Cayley's own handler with the same timeout and limit.
func (s *Server) serveQuery(w http.ResponseWriter, r *http.Request) {
	lang := r.URL.Query().Get("lang")
	if lang == "" {
		lang = graph.DefaultLanguage
	}
	jsonLD := strings.Contains(r.Header.Get("Accept"), "application/ld+json") && lang == "gizmo"
	var text string
	switch r.Method {
	case http.MethodGet:
		text = r.URL.Query().Get("qu")
	case http.MethodPost:
		b, err := io.ReadAll(r.Body)
		if mbe := (*http.MaxBytesError)(nil); errors.As(err, &mbe) {
			jsonError(w, http.StatusRequestEntityTooLarge, errors.New("query is too large"))
			return
		} else if err != nil {
			jsonError(w, http.StatusBadRequest, err)
			return
		}
		text = string(b)
	default:
		jsonError(w, http.StatusMethodNotAllowed, errors.New("use GET or POST"))
		return
	}
	if strings.TrimSpace(text) == "" {
		jsonError(w, http.StatusBadRequest, errors.New("query is empty"))
		return
	}
	limit := s.o.Limit
	if l, err := strconv.Atoi(r.URL.Query().Get("limit")); err == nil && l > 0 && l < limit {
		limit = l
	}
	ctx := r.Context()
	results := []any{}
	qo := &graph.QueryOptions{Limit: limit, Timeout: s.o.Timeout, MaxMemory: s.o.QueryMemory, JSONLD: jsonLD}
	err := s.store.Query(ctx, lang, text, qo, func(v any) error { // Query expands kg's prefixes
		results = append(results, v)
		return nil
	})
	if err != nil {
		jsonError(w, status(ctx, err), err)
		return
	}
	if lang == "graphql" {
		var data any
		if len(results) > 0 {
			data = results[0]
		}
		writeJSON(w, map[string]any{"data": data})
		return
	}
	if jsonLD {
		w.Header().Set("Content-Type", "application/ld+json")
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.Encode(map[string]any{"result": results})
		return
	}
	writeJSON(w, map[string]any{"result": results})
}

// serveRead is Cayley's /api/v2/read (quads matching ?sub=&pred=&obj=&label=,
// each a comma-separated list, in ?format= or the Accept header's format,
// N-Quads by default), with the limit and the timeout: at most Limit quads
// (fewer with ?limit=), and X-Kg-Truncated: true when there were more.
func (s *Server) serveRead(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		jsonError(w, http.StatusMethodNotAllowed, errors.New("use GET or POST"))
		return
	}
	format := quad.FormatByName(graph.DefaultFormat)
	if name := r.FormValue("format"); name != "" {
		format = quad.FormatByName(name)
	} else if acc := r.Header.Get("Accept"); acc != "" {
		if mt, _, err := mime.ParseMediaType(strings.Split(acc, ",")[0]); err == nil {
			if f := quad.FormatByMime(mt); f != nil {
				format = f
			}
		}
	}
	if format == nil || format.Writer == nil {
		jsonError(w, http.StatusBadRequest, fmt.Errorf("format %q cannot be written", r.FormValue("format")))
		return
	}
	limit := s.o.Limit
	if l, err := strconv.Atoi(r.FormValue("limit")); err == nil && l > 0 && l < limit {
		limit = l
	}
	values := func(v string) []quad.Value {
		if v == "" {
			return nil
		}
		var out []quad.Value
		for _, x := range strings.Split(v, ",") {
			out = append(out, quad.StringToValue(schema.ExpandIRIs(x)))
		}
		return out
	}
	ctx := r.Context()
	qs := s.store.QuadStore()
	it := shape.FilterQuads(values(r.FormValue("sub")), values(r.FormValue("pred")), values(r.FormValue("obj")), values(r.FormValue("label"))).BuildIterator(qs).Iterate()
	defer it.Close()
	var quads []quad.Quad
	truncated := false
	for it.Next(ctx) {
		if ctx.Err() != nil {
			break
		}
		if len(quads) == limit {
			truncated = true
			break
		}
		q, err := qs.Quad(it.Result())
		if err != nil {
			jsonError(w, http.StatusInternalServerError, err)
			return
		}
		quads = append(quads, q)
	}
	if err := ctx.Err(); err != nil {
		jsonError(w, http.StatusGatewayTimeout, fmt.Errorf("server: read: %w", err))
		return
	}
	if err := it.Err(); err != nil {
		jsonError(w, http.StatusInternalServerError, err)
		return
	}
	var buf bytes.Buffer
	qw := format.Writer(&buf)
	if _, err := qw.WriteQuads(quads); err != nil {
		jsonError(w, http.StatusInternalServerError, err)
		return
	}
	if err := qw.Close(); err != nil {
		jsonError(w, http.StatusInternalServerError, err)
		return
	}
	if len(format.Mime) != 0 {
		w.Header().Set("Content-Type", format.Mime[0])
	}
	if truncated {
		w.Header().Set("X-Kg-Truncated", "true")
	}
	w.Write(buf.Bytes())
}

// requestFormat is the quad format of a write or delete body: ?format=,
// else the Content-Type, else N-Quads.
func requestFormat(r *http.Request) string {
	if f := r.URL.Query().Get("format"); f != "" {
		return f
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err == nil {
			if f := quad.FormatByMime(mt); f != nil {
				return f.Name
			}
		}
	}
	return "nquads"
}

func (s *Server) serveWrite(w http.ResponseWriter, r *http.Request) {
	if !s.o.Writable {
		jsonError(w, http.StatusForbidden, errors.New("database is read-only; start kg serve with --writable"))
		return
	}
	if r.Method != http.MethodPost {
		jsonError(w, http.StatusMethodNotAllowed, errors.New("use POST"))
		return
	}
	if checkWrite(w, r) {
		return
	}
	n, err := s.store.Import(r.Context(), r.Body, &graph.ImportOptions{Format: requestFormat(r), Name: "request"})
	if err != nil {
		jsonError(w, http.StatusBadRequest, err)
		return
	}
	writeJSON(w, map[string]any{"result": fmt.Sprintf("Successfully wrote %d quads.", n), "count": n})
}

func (s *Server) serveDelete(w http.ResponseWriter, r *http.Request) {
	if !s.o.Writable {
		jsonError(w, http.StatusForbidden, errors.New("database is read-only; start kg serve with --writable"))
		return
	}
	if r.Method != http.MethodPost {
		jsonError(w, http.StatusMethodNotAllowed, errors.New("use POST"))
		return
	}
	if checkWrite(w, r) {
		return
	}
	f := quad.FormatByName(requestFormat(r))
	if f == nil || f.Reader == nil {
		jsonError(w, http.StatusBadRequest, fmt.Errorf("format %q cannot be read", requestFormat(r)))
		return
	}
	qr := f.Reader(r.Body)
	defer qr.Close()
	var qs []quad.Quad
	for {
		q, err := qr.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			jsonError(w, http.StatusBadRequest, err)
			return
		}
		qs = append(qs, q)
	}
	n, err := s.store.Delete(r.Context(), qs)
	if err != nil {
		jsonError(w, status(r.Context(), err), err)
		return
	}
	writeJSON(w, map[string]any{"result": fmt.Sprintf("Successfully deleted %d quads.", n), "count": n})
}

func intParam(r *http.Request, name string, def int) int {
	if v, err := strconv.Atoi(r.URL.Query().Get(name)); err == nil && v > 0 {
		return v
	}
	return def
}

func (s *Server) serveSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	if len(q) > maxParam {
		jsonError(w, http.StatusRequestURITooLong, fmt.Errorf("server: search text longer than %d bytes", maxParam))
		return
	}
	var classes []string
	for _, c := range r.URL.Query()["class"] {
		classes = append(classes, expandTerm(c))
	}
	hits, err := explore.Search(r.Context(), s.store, q, &explore.SearchOptions{Limit: min(intParam(r, "limit", 10), 100), Classes: classes})
	if err != nil {
		jsonError(w, status(r.Context(), err), err)
		return
	}
	if hits == nil {
		hits = []explore.SearchHit{}
	}
	writeJSON(w, map[string]any{"hits": hits})
}

// serveTop answers the entities the most documents mention (?limit=, 5 by
// default, at most 100), which the explorer offers as examples.
func (s *Server) serveTop(w http.ResponseWriter, r *http.Request) {
	hits, err := explore.MostMentioned(r.Context(), s.store, min(intParam(r, "limit", 5), 100))
	if err != nil {
		jsonError(w, status(r.Context(), err), err)
		return
	}
	if hits == nil {
		hits = []explore.SearchHit{}
	}
	writeJSON(w, map[string]any{"hits": hits})
}

// resolve turns an id parameter (an IRI or a name) into an IRI.
func (s *Server) resolve(w http.ResponseWriter, r *http.Request, param string) (quad.IRI, bool) {
	v := r.URL.Query().Get(param)
	if strings.TrimSpace(v) == "" {
		jsonError(w, http.StatusBadRequest, fmt.Errorf("missing %s", param))
		return "", false
	}
	if len(v) > maxParam {
		jsonError(w, http.StatusRequestURITooLong, fmt.Errorf("server: %s longer than %d bytes", param, maxParam))
		return "", false
	}
	iri, err := explore.Resolve(r.Context(), s.store, v)
	if err != nil {
		jsonError(w, http.StatusNotFound, err)
		return "", false
	}
	return iri, true
}

func (s *Server) serveEntity(w http.ResponseWriter, r *http.Request) {
	iri, ok := s.resolve(w, r, "id")
	if !ok {
		return
	}
	card, err := explore.CardOf(r.Context(), s.store, iri, &explore.CardOptions{Mentions: min(intParam(r, "mentions", 10), 100), Relations: min(intParam(r, "relations", 100), 1000)})
	if err != nil {
		jsonError(w, http.StatusNotFound, err)
		return
	}
	writeJSON(w, card)
}

func (s *Server) serveNeighbours(w http.ResponseWriter, r *http.Request) {
	iri, ok := s.resolve(w, r, "id")
	if !ok {
		return
	}
	nb, err := explore.Neighbours(r.Context(), s.store, iri, &explore.NeighbourOptions{Limit: min(intParam(r, "limit", 40), 500), Plumbing: r.URL.Query().Get("plumbing") == "1"})
	if err != nil {
		jsonError(w, status(r.Context(), err), err)
		return
	}
	writeJSON(w, nb)
}

func (s *Server) servePath(w http.ResponseWriter, r *http.Request) {
	from, ok := s.resolve(w, r, "from")
	if !ok {
		return
	}
	to, ok := s.resolve(w, r, "to")
	if !ok {
		return
	}
	var via []string
	for _, v := range r.URL.Query()["via"] {
		if v = strings.TrimSpace(v); v != "" {
			via = append(via, expandTerm(v))
		}
	}
	depth := intParam(r, "max-depth", 0) // Paths checks it against explore.MaxPathDepth
	paths, err := explore.Paths(r.Context(), s.store, from, to, &explore.PathOptions{MaxDepth: depth, Via: via, Limit: min(intParam(r, "limit", 5), 50), Plumbing: r.URL.Query().Get("plumbing") == "1"})
	if err != nil {
		jsonError(w, status(r.Context(), err), err)
		return
	}
	if paths == nil {
		paths = []explore.Path{}
	}
	writeJSON(w, map[string]any{"from": from, "to": to, "paths": paths})
}

func (s *Server) serveExplorer(w http.ResponseWriter, r *http.Request) {
	name := path.Base(r.URL.Path)
	if r.URL.Path == "/" {
		name = "index.html"
	}
	b, err := webFS.ReadFile("web/" + name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", mime.TypeByExtension(path.Ext(name)))
	w.Write(b)
}

// uiRewriter moves Cayley's UI from / to /ui/ and points it at this
// server (one pass, so that nothing is rewritten twice).
var uiRewriter = strings.NewReplacer(
	`"http://localhost:64210"`, `""`,
	`href="/`, `href="/ui/`,
	`src="/`, `src="/ui/`,
	`"/static/`, `"/ui/static/`,
	`.p="/"`, `.p="/ui/"`,
)

// serveUI serves Cayley's web UI under /ui/. The UI was built to live at
// the root of http://localhost:64210; its asset paths are rewritten to
// /ui/ and its API address to this server's own origin. Its query editor
// (Monaco) is loaded from a CDN by the UI itself, so it needs a browser
// with internet access; kg's explorer at / needs nothing outside.
func (s *Server) serveUI(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/ui/")
	if name == "" {
		name = "index.html"
	}
	b, err := fs.ReadFile(s.ui, name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	ext := path.Ext(name)
	switch ext {
	case ".html", ".js", ".css", ".json":
		b = []byte(uiRewriter.Replace(string(b)))
	}
	if ct := mime.TypeByExtension(ext); ct != "" {
		w.Header().Set("Content-Type", ct)
	}
	w.Write(b)
}

// expandTerm turns "schema:Person" or "<iri>" into a full IRI.
func expandTerm(t string) string {
	t = strings.TrimSpace(t)
	t = strings.TrimSuffix(strings.TrimPrefix(t, "<"), ">")
	e := schema.ExpandIRIs("<" + t + ">")
	return e[1 : len(e)-1]
}
