// Package addrlimit caps a test process's address space, so that a test of
// memory bounds (a hostile query that escapes its budget) fails an
// allocation in that process instead of exhausting the machine. Only tests
// use it.
package addrlimit
