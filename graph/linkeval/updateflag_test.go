package linkeval

// This package keeps no golden files; the blank import registers the
// -update flag (package golden) so that go test ./... -update runs here too.
import _ "github.com/kg-project/kg/internal/golden"
