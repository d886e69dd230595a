package graph

// Cayley and the quad module register their plug-ins from init functions.
// Everything kg can use is listed here, in one place, so that the set is
// explicit and a new backend is one line.
import (
	"log"

	"github.com/cayleygraph/cayley/clog"

	// Storage backend "bbolt": Cayley's kv store on a bbolt file
	// (<path>/indexes.bolt). Imported directly rather than through kv/all so
	// that kg does not link LevelDB, Badger and the other kv engines. Open
	// opens this backend's file itself (bolt.go: read-only and shared, or
	// alone, with a lock timeout), through the same kv store.
	_ "github.com/cayleygraph/cayley/graph/kv/bbolt"

	// Storage backend "postgres": Cayley's SQL backend on PostgreSQL
	// (driver lib/pq), addressed by a connection string. kg build writes
	// through its own bulk writer on the same tables (postgres.go).
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"

	// Query languages, used through Cayley's query package by name. Gizmo
	// and GraphQL are kg's copies of Cayley's, hardened against panics and
	// unbounded answers (see their doc.go); Cayley's own must not be
	// imported as well (both register the same names).
	_ "github.com/cayleygraph/cayley/query/mql"

	// Quad formats for import (readers) and export (writers).
	_ "github.com/cayleygraph/quad/dot"     // "graphviz" (.dot, .gv), writer only
	_ "github.com/cayleygraph/quad/gml"     // "gml", writer only
	_ "github.com/cayleygraph/quad/graphml" // "graphml", writer only
	_ "github.com/cayleygraph/quad/json"    // "json" and "json-stream", Cayley's JSON quads
	_ "github.com/cayleygraph/quad/jsonld"  // "jsonld" (.jsonld)
	_ "github.com/cayleygraph/quad/nquads"  // "nquads" (.nq, .nt): N-Quads and N-Triples
	_ "github.com/cayleygraph/quad/pquads"  // "pquads" (.pq), Cayley's binary protobuf quads

	_ "github.com/kg-project/kg/graph/internal/gizmo"
	_ "github.com/kg-project/kg/graph/internal/graphql"
)

// Cayley logs through its clog package to the standard logger ("Running in
// nosync mode", and errors it also returns). kg reports those errors itself,
// so the log lines would only repeat them on the user's terminal; drop them.
func init() { clog.SetLogger(quietLogger{}) }

type quietLogger struct{}

func (quietLogger) Infof(string, ...any)           {}
func (quietLogger) Warningf(string, ...any)        {}
func (quietLogger) Errorf(string, ...any)          {}
func (quietLogger) Fatalf(format string, a ...any) { log.Fatalf("cayley: "+format, a...) }
func (quietLogger) V(int) bool                     { return false }
func (quietLogger) SetV(int)                       {}
