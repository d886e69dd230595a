package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// buildCmd is `kg build`: extract entities from documents and store them.
type buildCmd struct{ stdin io.Reader }

const buildHelp = `Reads news articles, finds the people, organisations, places and events they
mention and the relations between them, and writes them as quads to a Cayley
store. Each file is one document; directories are read recursively for .txt
and .md files; "-" reads one document from standard input.

Each document is written in one transaction: it is wholly in the store or not
at all. A document already in the store (same text) is skipped, so building
the same input again adds nothing; a changed file becomes a new document.

Files that are binary, empty or larger than --max-bytes are rejected with a
message naming them; the others are still stored, and the exit status is 1.
Bytes that are not valid UTF-8 are read as Windows-1252.

Examples:
  kg build fixtures/articles
  kg build --db news.db ~/corpus/2024
  curl -s https://example.org/article.txt | kg build -`

func (c buildCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("build", "[flags] PATH... | -", buildHelp, stderr)
	var so storeFlags
	so.register(fs)
	base := fs.String("base", schema.DefaultBase, "base `IRI` of document and entity IRIs")
	maxBytes := fs.Int64("max-bytes", input.DefaultMaxBytes, "largest input file accepted, in `bytes`")
	var po pipelineFlags
	po.register(fs)
	quiet := fs.BoolP("quiet", "q", false, "print nothing but errors")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{fmt.Errorf("build: no input; give files, directories or - for standard input")}
	}
	if err := po.parseDate(); err != nil {
		return err
	}
	start := time.Now()
	inOpts := &input.Options{MaxBytes: *maxBytes}
	srcs, err := input.Expand(fs.Args(), inOpts)
	if err != nil {
		return err
	}
	store, err := graph.Open(ctx, so.db, so.options(true))
	if err != nil {
		return err
	}
	defer store.Close()
	sopts := &schema.Options{Base: *base}
	if po.unmerged, err = unmergeDecisions(ctx, store, sopts); err != nil {
		return err
	}
	pipe, err := po.pipeline()
	if err != nil {
		return err
	}

	var total int64
	for _, s := range srcs {
		total += s.Size
	}
	bar := newProgress(stderr, "build", total, len(srcs))
	var sum buildSummary
	var done int64
	for _, src := range srcs {
		if err := ctx.Err(); err != nil {
			bar.done()
			return fmt.Errorf("build: interrupted after %d documents: %w", sum.stored, err)
		}
		done += src.Size
		sum.read++
		doc, repaired, err := input.Read(src, c.stdin, inOpts)
		if err != nil {
			if !input.IsRejection(err) {
				bar.done()
				return err
			}
			bar.done()
			fmt.Fprintf(stderr, "kg build: rejected %v\n", trimPrefix(err.Error(), "input: "))
			sum.rejected++
			continue
		}
		po.setDate(&doc)
		if repaired > 0 {
			bar.done()
			fmt.Fprintf(stderr, "kg build: %s: %d bytes were not valid UTF-8; read them as Windows-1252\n", src.Path, repaired)
		}
		iri := quad.IRI(schema.DocumentIRI(doc.Text, sopts))
		has, err := store.HasDocument(ctx, iri)
		if err != nil {
			bar.done()
			return err
		}
		if has {
			sum.unchanged++
			bar.update(done, sum.read)
			continue
		}
		res, err := pipe.Extract(ctx, doc)
		if err != nil {
			bar.done()
			return err
		}
		qs := schema.Quads(res, sopts)
		added, err := store.WriteDocument(ctx, iri, qs)
		if err != nil {
			bar.done()
			return fmt.Errorf("build: %s: %w", src.Path, err)
		}
		sum.stored++
		sum.entities += len(res.Entities)
		sum.mentions += len(res.Mentions)
		sum.relations += len(res.Relations)
		sum.quads += added
		bar.update(done, sum.read)
	}
	bar.done()
	if !*quiet {
		fmt.Fprintf(stderr, "kg build: %d documents read: %d stored, %d already in the store, %d rejected; %d entities, %d mentions, %d relations; %d quads added in %.1fs\n",
			sum.read, sum.stored, sum.unchanged, sum.rejected, sum.entities, sum.mentions, sum.relations, sum.quads, time.Since(start).Seconds())
	}
	if sum.rejected > 0 {
		return errReported
	}
	return nil
}

type buildSummary struct {
	read, stored, unchanged, rejected    int
	entities, mentions, relations, quads int
}

func trimPrefix(s, p string) string {
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):]
	}
	return s
}
