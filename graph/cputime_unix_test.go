//go:build unix

package graph

import (
	"syscall"
	"time"
)

// cpuTime returns the user and system CPU time of the process so far. On a
// machine shared with other jobs it is a steadier measure than wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
