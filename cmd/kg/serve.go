package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/server"
)

// serveCmd is `kg serve`: Cayley's HTTP API and UI, kg's endpoints and the
// explorer page.
type serveCmd struct {
	// ready, if set, is called with the address once the server listens
	// (tests).
	ready func(addr string)
}

const serveHelp = `Serves the store over HTTP: Cayley's HTTP API v2 (/api/v2/query with gizmo,
graphql and mql; /api/v2/read; /api/v2/formats; /api/v2/write and
/api/v2/delete only with --writable), Cayley's web UI at /ui/, kg's endpoints
(/api/kg/search?q=, /api/kg/entity?id=, /api/kg/neighbours?id=,
/api/kg/path?from=&to=) and the explorer page at /: search an entity, see
its card and its neighbourhood drawn as a graph, ask for the path between two
entities.

It listens on the loopback interface unless --addr says otherwise. Every
request is stopped after --timeout (a Gizmo 'while(true){}' gets an error and
the server goes on serving), a query in any language and /api/v2/read return
at most --limit results, and a query that grows kg's heap by more than
--query-memory is stopped with an error.

Requests must name this server in their Host header (a loopback name or
address, the address they came in on, or a --host name): others are refused,
so that a web page cannot reach the store by rebinding its DNS name to this
machine. Writes must carry their quad format's Content-Type (not text/plain
or a form's, which any web page can send) and, if they have an Origin
header, come from this server's origin. --token-file (or --token) requires
"Authorization: Bearer TOKEN" for writes, and with --token-reads for every
/api/ request; the token is never printed. Before serving others, read
docs/SECURITY.md: what the server protects, and what it does not.

Interrupt (Ctrl-C) to stop.

Examples:
  kg serve
  kg serve --db news.db --addr 127.0.0.1:8080 --timeout 10s
  kg serve --writable --token-file ~/.config/kg/token
  kg serve --addr 0.0.0.0:64210 --host kg.example.org --token-file token --token-reads`

func (c serveCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("serve", "[flags]", serveHelp, stderr)
	var so storeFlags
	so.register(fs)
	addr := fs.String("addr", server.DefaultAddr, "`host:port` to listen on")
	writable := fs.Bool("writable", false, "allow /api/v2/write and /api/v2/delete")
	timeout := fs.Duration("timeout", server.DefaultTimeout, "stop each request after this `duration`")
	limit := fs.Int("limit", server.DefaultLimit, "return at most `N` results per query (GraphQL: per list) and per /api/v2/read")
	queryMemory := fs.Int("query-memory", graph.DefaultQueryMemory>>20, "stop a query that grows the heap by more than `MB`")
	hosts := fs.StringSlice("host", nil, "also answer requests for this host `name` (repeatable; loopback names and the listening address always work)")
	token := fs.String("token", "", "require this bearer `token` for writes (visible to other users in the process list: prefer --token-file)")
	tokenFile := fs.String("token-file", "", "read the bearer token from this `file` (its first line)")
	tokenReads := fs.Bool("token-reads", false, "require the token for every /api/ request, reads too")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError{fmt.Errorf("serve: unexpected arguments %q", fs.Args())}
	}
	if *timeout <= 0 || *limit <= 0 || *queryMemory <= 0 {
		return usageError{fmt.Errorf("serve: --timeout, --limit and --query-memory must be positive")}
	}
	tok := *token
	if *tokenFile != "" {
		if tok != "" {
			return usageError{fmt.Errorf("serve: give --token or --token-file, not both")}
		}
		b, err := os.ReadFile(*tokenFile)
		if err != nil {
			return fmt.Errorf("serve: token file: %w", err)
		}
		tok, _, _ = strings.Cut(string(b), "\n")
		if tok = strings.TrimSpace(tok); tok == "" {
			return fmt.Errorf("serve: token file %s is empty", *tokenFile)
		}
	}
	if *tokenReads && tok == "" {
		return usageError{fmt.Errorf("serve: --token-reads needs --token or --token-file")}
	}
	store, err := graph.Open(ctx, so.db, so.options(*writable))
	if err != nil {
		return err
	}
	defer store.Close()
	h, err := server.New(store, &server.Options{
		Writable: *writable, Timeout: *timeout, Limit: *limit, QueryMemory: int64(*queryMemory) << 20,
		Hosts: *hosts, Token: tok, TokenReads: *tokenReads,
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if host, _, err := net.SplitHostPort(ln.Addr().String()); err == nil {
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			switch {
			case tok == "":
				fmt.Fprintf(stderr, "kg serve: warning: listening on %s, not only on this machine, with no token: anyone who can reach it can read the store (see docs/SECURITY.md)\n", ln.Addr())
			case !*tokenReads:
				fmt.Fprintf(stderr, "kg serve: warning: listening on %s, not only on this machine: anyone who can reach it can read the store (--token-reads requires the token for reads)\n", ln.Addr())
			}
		}
	}
	srv := h.HTTPServer()
	mode := "read-only"
	if *writable {
		mode = "writable"
		if tok != "" {
			mode = "writable (with a token)"
		}
	}
	fmt.Fprintf(stderr, "kg serve: %s store %s; explorer at http://%s/ , Cayley UI at http://%s/ui/\n", mode, store.DisplayPath(), ln.Addr(), ln.Addr())
	if c.ready != nil {
		c.ready(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("serve: %w", err)
		}
		return nil
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), *timeout+5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
	}
	return nil
}
