package graph

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
)

// DefaultLockTimeout is how long Open waits, when Options.LockTimeout is
// zero, for another process to let go of a bbolt store.
const DefaultLockTimeout = 2 * time.Second

// ErrReadOnly is matched (with errors.Is) by the error of a write to a
// store opened with Options.ReadOnly.
var ErrReadOnly = errors.New("graph: store is open read-only")

// Sharing a bbolt store between processes. bbolt takes an flock on its
// file: a shared one when opened read-only, an exclusive one otherwise.
// Any number of readers (kg query, kg search, a read-only kg serve) can
// therefore have the store open at once; a writer (kg build, kg import,
// kg link) has it alone. kg opens the file itself, not through Cayley's
// registration of the backend, because that one opens bbolt neither
// read-only nor with a timeout (it would wait for the lock for ever).
//
// So that a process the lock keeps out can say who holds it, every Store
// records itself in the store directory while it is open: a file
// kg-holder-<pid>-<n> holding one line, "<pid>\t<read-only|read-write>\t
// <since, RFC 3339>\t<command>". The files are removed by Close; one left
// by a process that died is ignored (its pid no longer runs) and removed
// by the next process that lists them, or by the next writer, which has
// the store alone.

// holderPrefix starts the name of a holder record.
const holderPrefix = "kg-holder-"

// openBolt opens (and, unless o forbids it, creates) Cayley's kv quad
// store on the bbolt file <path>/indexes.bolt.
func openBolt(path string, o *Options, gopts cgraph.Options) (cgraph.QuadStore, error) {
	file := filepath.Join(path, "indexes.bolt")
	_, err := os.Stat(file)
	missing := errors.Is(err, fs.ErrNotExist)
	if missing && (o.MustExist || o.ReadOnly) {
		return nil, &NoStoreError{Path: shown(path)}
	}
	if missing {
		if err := os.MkdirAll(path, 0o700); err != nil {
			return nil, fmt.Errorf("graph: create bbolt store at %s: %w", shown(path), err)
		}
	}
	timeout := o.LockTimeout
	if timeout <= 0 {
		timeout = DefaultLockTimeout
	}
	db, err := bolt.Open(file, 0o644, &bolt.Options{ReadOnly: o.ReadOnly, Timeout: timeout})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("graph: open %s: %s", shown(path), lockedMessage(path, o.ReadOnly, timeout))
	} else if err != nil {
		return nil, fmt.Errorf("graph: open bbolt store at %s: %w", shown(path), err)
	}
	nosync, err := gopts.BoolKey("nosync", false)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("graph: open bbolt store at %s: %w", shown(path), err)
	}
	db.NoSync, db.NoGrowSync = nosync, nosync
	kvdb := hbolt.New(db)
	qs, err := ckv.New(kvdb, gopts)
	if errors.Is(err, cgraph.ErrNotInitialized) {
		if o.MustExist || o.ReadOnly {
			db.Close()
			return nil, &NoStoreError{Path: shown(path)}
		}
		if err := ckv.Init(kvdb, gopts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			db.Close()
			return nil, fmt.Errorf("graph: create bbolt store at %s: %w", shown(path), err)
		}
		qs, err = ckv.New(kvdb, gopts)
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("graph: open bbolt store at %s: %w", shown(path), err)
	}
	return qs, nil
}

// holder is one process's record of having a store open.
type holder struct {
	pid      int
	readOnly bool
	since    time.Time
	command  string
}

// recordHolder writes this process's holder record into the store
// directory and returns its path, or "" when it cannot (a read-only
// directory: the record is a courtesy, not a lock).
func recordHolder(dir string, readOnly bool, command string) string {
	f, err := os.CreateTemp(dir, fmt.Sprintf("%s%d-*", holderPrefix, os.Getpid()))
	if err != nil {
		return ""
	}
	mode := "read-write"
	if readOnly {
		mode = "read-only"
	}
	_, err = fmt.Fprintf(f, "%d\t%s\t%s\t%s\n", os.Getpid(), mode, time.Now().UTC().Format(time.RFC3339), oneLine(command))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return ""
	}
	return f.Name()
}

// clearHolders removes every holder record in dir but keep: a Store open
// for writing has the store alone, so the others are left by processes
// that ended without closing it (kill -9, a crash).
func clearHolders(dir, keep string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if p := filepath.Join(dir, e.Name()); strings.HasPrefix(e.Name(), holderPrefix) && p != keep {
			os.Remove(p)
		}
	}
}

// holders returns the records of the processes that have the store at dir
// open, oldest first, removing those of processes that no longer run.
func holders(dir string) []holder {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []holder
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), holderPrefix) {
			continue
		}
		p := filepath.Join(dir, e.Name())
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		f := strings.SplitN(strings.TrimSuffix(string(b), "\n"), "\t", 4)
		if len(f) != 4 {
			continue
		}
		pid, err := strconv.Atoi(f[0])
		if err != nil || pid <= 0 {
			continue
		}
		if !processAlive(pid) {
			os.Remove(p)
			continue
		}
		since, _ := time.Parse(time.RFC3339, f[2])
		out = append(out, holder{pid: pid, readOnly: f[1] == "read-only", since: since, command: f[3]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].since.Before(out[j].since) })
	return out
}

// lockedMessage says why a process that wanted the store (to read, or to
// write) did not get it within timeout, and who has it.
func lockedMessage(dir string, readOnly bool, timeout time.Duration) string {
	hs := holders(dir)
	var who []string
	for _, h := range hs {
		mode := "writing"
		if h.readOnly {
			mode = "reading"
		}
		s := fmt.Sprintf("pid %d (%s", h.pid, mode)
		if !h.since.IsZero() {
			s += " since " + h.since.Local().Format("2006-01-02 15:04:05")
		}
		if h.command != "" {
			s += ": " + h.command
		}
		who = append(who, s+")")
	}
	holdersText := "another process that left no record (not kg, or a kg from before records)"
	if len(who) > 0 {
		holdersText = strings.Join(who, ", ")
	}
	if readOnly {
		return fmt.Sprintf("store is being written by %s; try again when it ends (waited %s)", holdersText, timeout)
	}
	return fmt.Sprintf("store is in use by %s; a writer needs it alone: stop that process or try again when it ends (waited %s)", holdersText, timeout)
}

// holderCommand is Options.Holder, or this program's command line.
func holderCommand(o *Options) string {
	if o.Holder != "" {
		return o.Holder
	}
	if len(os.Args) == 0 {
		return ""
	}
	args := []string{filepath.Base(os.Args[0])}
	for _, a := range os.Args[1:] {
		a = shown(a)
		if a == "" || strings.ContainsAny(a, " \t\"'") {
			a = strconv.Quote(a)
		}
		args = append(args, a)
	}
	return strings.Join(args, " ")
}

// oneLine makes s fit on one line of a holder record.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}
