// Package golden runs kg's golden-file tests: a test's expected output
// kept in a file under testdata (a txtar archive, or a plain file) and
// compared with what the code gives, as a (-want +got) diff. After an
// intended change, 'go test ./... -update' rewrites the files with what the
// tests get; review their diff before committing it. The -update flag is
// this package's, so every test binary that uses it has the same flag.
// Only tests import it.
package golden
