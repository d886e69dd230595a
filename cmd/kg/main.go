package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"
)

// runner is what every subcommand provides; tests call Run directly.
type runner interface {
	Run(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

type command struct {
	summary string
	cmd     runner
}

func commands(stdin io.Reader) map[string]command {
	return map[string]command{
		"build":   {"extract entities and relations from articles into the store", buildCmd{stdin: stdin}},
		"extract": {"print the entities and relations found in articles, without a store", extractCmd{stdin: stdin}},
		"train":   {"train a model: kg train ner|pos|relations", trainCmd{}},
		"tag":     {"tag CoNLL-format tokens with entity types", tagCmd{stdin: stdin}},
		"relate":  {"find entities and relations in CoNLL04-style JSON", relateCmd{stdin: stdin}},
		"eval":    {"score against gold: kg eval ner|relations|claims|news|names|links", evalCmd{stdin: stdin}},
		"query":   {"run a Gizmo, GraphQL or MQL query on the store", queryCmd{stdin: stdin}},
		"export":  {"write the store, or one document's graph, as N-Quads, JSON-LD, GraphML, ...", exportCmd{}},
		"import":  {"load N-Quads, N-Triples or JSON-LD files into the store", importCmd{stdin: stdin}},
		"stats":   {"count documents, entities, mentions, relations and quads in the store", statsCmd{}},
		"search":  {"find entities by name or alias (prefix and typo tolerant)", searchCmd{}},
		"top":     {"list the entities the documents mention most, of one class or all", topCmd{}},
		"show":    {"print an entity card: types, aliases, links, relations, mentions", showCmd{}},
		"path":    {"print the shortest chains of relations between two entities", pathCmd{}},
		"link":    {"load RDF datasets and link entities to them with owl:sameAs", linkCmd{}},
		"unlink":  {"remove the links kg link made", unlinkCmd{}},
		"serve":   {"serve the store over HTTP: Cayley's API and UI, search, cards, paths, explorer", serveCmd{}},
		"unmerge": {"undo a wrong merge: move an alias's mentions out of an entity, and record it", unmergeCmd{}},
		"version": {"print kg's version and the revision it was built from (also kg --version)", versionCmd{}},
	}
}

func main() {
	ctx, stop := signalContext()
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// signalContext returns a context that is cancelled when kg is interrupted
// (Ctrl-C) or sent SIGTERM: the commands stop at once, committing nothing
// half-done.
func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

// run dispatches to a subcommand and maps its error to an exit status:
// 0 success, 1 failure, 2 usage error.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmds := commands(stdin)
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			if c, ok := cmds[args[1]]; ok {
				return exitCode(c.cmd.Run(ctx, []string{"--help"}, stdout, stderr), stderr)
			}
		}
		usage(stdout, cmds)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	if args[0] == "--version" {
		args = append([]string{"version"}, args[1:]...)
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "kg: unknown command %q; run 'kg help' for the list\n", args[0])
		return 2
	}
	return exitCode(c.cmd.Run(ctx, args[1:], stdout, stderr), stderr)
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprint(w, `kg turns English news text into a knowledge graph stored in Cayley.

Usage:
  kg <command> [flags] [arguments]

Commands:
`)
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, cmds[n].summary)
	}
	fmt.Fprint(w, `
Run 'kg <command> --help' for the flags of a command.
`)
}

func exitCode(err error, stderr io.Writer) int {
	var u usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errHelp):
		return 0
	case errors.As(err, &u):
		fmt.Fprintf(stderr, "kg: %v\n", err)
		return 2
	case errors.Is(err, errReported):
		return 1
	default:
		fmt.Fprintf(stderr, "kg: %v\n", err)
		return 1
	}
}
