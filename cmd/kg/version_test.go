package main

import (
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionCmd(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		stdout, stderr, code := runCmd(t, "", args...)
		if code != 0 || !strings.HasPrefix(stdout, "kg ") || !strings.HasSuffix(stdout, " "+runtime.Version()+"\n") {
			t.Errorf("kg %s: exit %d, stdout %q, stderr %q", args[0], code, stdout, stderr)
		}
	}
}

func TestVersionLine(t *testing.T) {
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{name: "no build info", want: "kg (unknown)"},
		{name: "tagged", info: &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}, want: "kg v1.2.0"},
		{name: "working tree", info: &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123abcd"}, {Key: "vcs.time", Value: "2026-12-05T16:00:00Z"}, {Key: "vcs.modified", Value: "true"},
		}}, want: "kg (devel) (revision 0123abcd, 2026-12-05T16:00:00Z, modified)"},
		{name: "clean revision", info: &debug.BuildInfo{Main: debug.Module{Version: "v1.2.1-0.20261205160000-0123abcd"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123abcd"}, {Key: "vcs.modified", Value: "false"},
		}}, want: "kg v1.2.1-0.20261205160000-0123abcd (revision 0123abcd)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := versionLine(tt.info), tt.want+" "+runtime.Version(); got != want {
				t.Errorf("versionLine = %q, want %q", got, want)
			}
		})
	}
}

// TestKindsHelp checks that 'kg eval --help' and 'kg train --help' list
// every kind the command accepts, and that a missing kind's error lists
// them too.
func TestKindsHelp(t *testing.T) {
	tests := []struct {
		name  string
		kinds []string
	}{
		{name: "eval", kinds: []string{"ner", "relations", "claims", "news", "names", "links"}},
		{name: "train", kinds: []string{"ner", "pos", "relations"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runCmd(t, "", tt.name, "--help")
			if code != 0 {
				t.Errorf("kg %s --help: exit %d", tt.name, code)
			}
			for _, k := range tt.kinds {
				if !strings.Contains(stderr, "\n  "+k+" ") {
					t.Errorf("kg %s --help does not list %s:\n%s", tt.name, k, stderr)
				}
			}
			_, stderr, code = runCmd(t, "", tt.name)
			if want := "kg " + tt.name + " " + strings.Join(tt.kinds, "|"); code != 2 || !strings.Contains(stderr, want) {
				t.Errorf("kg %s: exit %d, stderr %q; want 2 and %q", tt.name, code, stderr, want)
			}
			_, stderr, code = runCmd(t, "", tt.name, "bogus")
			if code != 2 || !strings.Contains(stderr, `unknown kind "bogus"`) {
				t.Errorf("kg %s bogus: exit %d, stderr %q", tt.name, code, stderr)
			}
		})
	}
	// The dispatchers and their help use the same table.
	for _, c := range []struct {
		name  string
		kinds []kind
		want  []string
	}{
		{"eval", evalCmd{}.kinds(), tests[0].kinds},
		{"train", trainCmd{}.kinds(), tests[1].kinds},
	} {
		var got []string
		for _, k := range c.kinds {
			got = append(got, k.name)
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s kinds %v, want %v", c.name, got, c.want)
		}
	}
}
