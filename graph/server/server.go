package server

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/cayley/ui"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// Defaults of Options.
const (
	DefaultAddr    = "127.0.0.1:64210"
	DefaultTimeout = 30 * time.Second
	DefaultLimit   = 1000
)

// Options configures New. A nil *Options, and zero fields, mean a
// read-only server with DefaultTimeout and DefaultLimit.
type Options struct {
	// Writable enables /api/v2/write and /api/v2/delete.
	Writable bool
	// Timeout bounds every request's work; 0 means DefaultTimeout.
	Timeout time.Duration
	// Limit is the largest number of results a query returns; 0 means
	// DefaultLimit.
	Limit int
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
	uiFS, err := fs.Sub(ui.FS, "web")
	if err != nil {
		return nil, fmt.Errorf("server: cayley ui: %w", err)
	}
	s := &Server{store: store, o: o, mux: http.NewServeMux(), ui: uiFS}
	// Cayley's API v2 serves read, formats and (for JSON-LD) queries. It is
	// always read-only: writes go through the store, which serialises them
	// and keeps its indexes up to date.
	s.api = cayleyhttp.NewAPIv2(&cgraph.Handle{QuadStore: store.QuadStore()})
	s.api.SetReadOnly(true)
	s.api.SetQueryTimeout(o.Timeout)
	s.api.SetQueryLimit(o.Limit)

	m := s.mux
	m.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok\n") })
	m.HandleFunc("/api/v2/query", s.serveQuery)
	m.Handle("/api/v2/read", s.api)
	m.Handle("/api/v2/formats", s.api)
	m.HandleFunc("/api/v2/write", s.serveWrite)
	m.HandleFunc("/api/v2/delete", s.serveDelete)
	m.HandleFunc("/api/v2/node/delete", func(w http.ResponseWriter, r *http.Request) {
		jsonError(w, http.StatusForbidden, errors.New("node delete is not supported; use /api/v2/delete"))
	})
	m.HandleFunc("GET /api/kg/search", s.serveSearch)
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

// ServeHTTP serves a request under the timeout. The request's context
// gets a little more time than queries do, so that a query that runs out
// of time reports it as such ("query timed out after 30s").
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), s.o.Timeout+time.Second)
	defer cancel()
	w.Header().Set("X-Content-Type-Options", "nosniff")
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
	if strings.Contains(r.Header.Get("Accept"), "application/ld+json") && lang != "graphql" {
		s.api.ServeHTTP(w, r)
		return
	}
	var text string
	switch r.Method {
	case http.MethodGet:
		text = r.URL.Query().Get("qu")
	case http.MethodPost:
		b, err := io.ReadAll(io.LimitReader(r.Body, maxQuerySize+1))
		if err != nil {
			jsonError(w, http.StatusBadRequest, err)
			return
		}
		if len(b) > maxQuerySize {
			jsonError(w, http.StatusRequestEntityTooLarge, errors.New("query is too large"))
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
	err := s.store.Query(ctx, lang, schema.ExpandIRIs(text), &graph.QueryOptions{Limit: limit, Timeout: s.o.Timeout}, func(v any) error {
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
	writeJSON(w, map[string]any{"result": results})
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
	f := quad.FormatByName(requestFormat(r))
	if f == nil || f.Reader == nil {
		jsonError(w, http.StatusBadRequest, fmt.Errorf("format %q cannot be read", requestFormat(r)))
		return
	}
	qr := f.Reader(io.LimitReader(r.Body, 64<<20))
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
	var classes []string
	for _, c := range r.URL.Query()["class"] {
		classes = append(classes, expandTerm(c))
	}
	hits, err := s.store.Search(r.Context(), q, &graph.SearchOptions{Limit: min(intParam(r, "limit", 10), 100), Classes: classes})
	if err != nil {
		jsonError(w, status(r.Context(), err), err)
		return
	}
	if hits == nil {
		hits = []graph.SearchHit{}
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
	iri, err := s.store.Resolve(r.Context(), v)
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
	card, err := s.store.Card(r.Context(), iri, &graph.CardOptions{Mentions: min(intParam(r, "mentions", 10), 100), Relations: min(intParam(r, "relations", 100), 1000)})
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
	nb, err := s.store.Neighbours(r.Context(), iri, &graph.NeighbourOptions{Limit: min(intParam(r, "limit", 40), 500), Plumbing: r.URL.Query().Get("plumbing") == "1"})
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
	depth := min(intParam(r, "max-depth", graph.DefaultPathDepth), graph.MaxPathDepth)
	paths, err := s.store.Paths(r.Context(), from, to, &graph.PathOptions{MaxDepth: depth, Via: via, Limit: min(intParam(r, "limit", 5), 50), Plumbing: r.URL.Query().Get("plumbing") == "1"})
	if err != nil {
		jsonError(w, status(r.Context(), err), err)
		return
	}
	if paths == nil {
		paths = []graph.Path{}
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
