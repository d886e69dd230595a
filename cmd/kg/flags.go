package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/pflag"
)

// errHelp is returned when --help was asked for and printed.
var errHelp = errors.New("help requested")

// errReported is returned when a command has already told the user what went
// wrong on stderr (some inputs rejected, say) and only the exit status is left.
var errReported = errors.New("errors reported")

// usageError is a bad flag or argument: exit status 2.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

// newFlagSet returns a flag set that prints its usage to stderr with the
// command's synopsis and description.
func newFlagSet(name, synopsis, description string, stderr io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: kg %s %s\n\n%s\n\nFlags:\n%s", name, synopsis, description, fs.FlagUsages())
	}
	return fs
}

// parseFlags parses args and maps pflag's errors onto ours.
func parseFlags(fs *pflag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return errHelp
		}
		return usageError{fmt.Errorf("%s: %w", fs.Name(), err)}
	}
	return nil
}
