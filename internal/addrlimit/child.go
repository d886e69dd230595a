package addrlimit

import (
	"os"
	"os/exec"
	"testing"
)

// childEnv marks the child process InChild starts.
const childEnv = "KG_ADDRLIMIT_CHILD"

// InChild runs the calling test again in a child process whose address
// space Limit caps at n bytes, so that a test of memory bounds that
// regresses fails rather than exhausting the machine. In the parent it
// waits for the child, fails the test with the child's output if the child
// failed, and returns false: the test returns. In the child it sets the
// limit and returns true: the test goes on. It skips the test in -short
// mode.
func InChild(t *testing.T, n uint64) bool {
	t.Helper()
	if os.Getenv(childEnv) != "" {
		Limit(t, n)
		return true
	}
	if testing.Short() {
		t.Skip("runs in a child process with limited memory; skipped in -short mode")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^"+t.Name()+"$", "-test.v")
	cmd.Env = append(os.Environ(), childEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child process: %v\n%s", err, out)
	}
	t.Logf("child process:\n%s", out)
	return false
}
