//go:build unix

package prose

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time (user and system) of the whole process,
// garbage collector included (Linux).
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
