package graph

import (
	"net/url"
	"path/filepath"

	"github.com/cayleygraph/quad"
)

// FileIRI returns the file: URI of a path, made absolute: the graph 'kg
// import' and 'kg link' put a file's quads in.
func FileIRI(path string) (quad.IRI, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	return quad.IRI(u.String()), nil
}

// FilePath returns the local path of a file: IRI, and false for another
// IRI.
func FilePath(iri quad.IRI) (string, bool) {
	u, err := url.Parse(string(iri))
	if err != nil || u.Scheme != "file" || u.Path == "" {
		return "", false
	}
	return filepath.FromSlash(u.Path), true
}
