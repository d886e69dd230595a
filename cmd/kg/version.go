package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// versionCmd is `kg version` (and `kg --version`): the version kg was built
// as.
type versionCmd struct{}

const versionHelp = `Prints kg's version: the module version ("(devel)" when built from a
working tree rather than installed at a tagged version), the version control
revision and time it was built from when the build recorded them (with
"modified" when the working tree had changes), and the Go version.

Examples:
  kg version
  kg --version`

func (versionCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("version", "", versionHelp, stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError{fmt.Errorf("version: unexpected arguments %q", fs.Args())}
	}
	info, _ := debug.ReadBuildInfo()
	fmt.Fprintln(stdout, versionLine(info))
	return nil
}

// versionLine says which kg info describes, on one line: "kg v1.2.0
// (revision 0123abcd, 2026-12-05T16:00:00Z) go1.26.8".
func versionLine(info *debug.BuildInfo) string {
	version := "(unknown)"
	var rev, at, modified string
	if info != nil {
		if info.Main.Version != "" {
			version = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				at = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					modified = ", modified"
				}
			}
		}
	}
	line := "kg " + version
	if rev != "" {
		line += " (revision " + rev
		if at != "" {
			line += ", " + at
		}
		line += modified + ")"
	}
	return line + " " + runtime.Version()
}
