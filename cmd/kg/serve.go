package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
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

It listens on the loopback interface unless --addr says otherwise: the API
has no authentication. Every request is stopped after --timeout (a Gizmo
'while(true){}' gets an error and the server goes on serving) and a query
returns at most --limit results. Interrupt (Ctrl-C) to stop.

Examples:
  kg serve
  kg serve --db news.db --addr 127.0.0.1:8080 --timeout 10s
  kg serve --writable`

func (c serveCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("serve", "[flags]", serveHelp, stderr)
	var so storeFlags
	so.register(fs)
	addr := fs.String("addr", server.DefaultAddr, "`host:port` to listen on")
	writable := fs.Bool("writable", false, "allow /api/v2/write and /api/v2/delete")
	timeout := fs.Duration("timeout", server.DefaultTimeout, "stop each request after this `duration`")
	limit := fs.Int("limit", server.DefaultLimit, "return at most `N` results per query")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError{fmt.Errorf("serve: unexpected arguments %q", fs.Args())}
	}
	if *timeout <= 0 || *limit <= 0 {
		return usageError{fmt.Errorf("serve: --timeout and --limit must be positive")}
	}
	store, err := graph.Open(ctx, so.db, so.options(*writable))
	if err != nil {
		return err
	}
	defer store.Close()
	h, err := server.New(store, &server.Options{Writable: *writable, Timeout: *timeout, Limit: *limit})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if host, _, err := net.SplitHostPort(ln.Addr().String()); err == nil {
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			fmt.Fprintf(stderr, "kg serve: warning: listening on %s, not only on this machine; the API has no authentication\n", ln.Addr())
		}
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	mode := "read-only"
	if *writable {
		mode = "writable"
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
