package seqlab

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// FileFormat describes the model files of one package: a gzip stream (best
// compression) that starts with a magic line naming the format and its
// version, followed by what the package writes with a FileWriter, usually a
// JSON configuration (Config) then models (Model) and counts (Uvarint).
// Errors of its readers and writers are the package's own: "ner: load
// model: ...", "ner: write model: ...".
type FileFormat struct {
	// Package prefixes errors: "ner".
	Package string
	// Magic is the first line of a file: "kg-ner-model 1\n". A change of
	// layout needs a new one.
	Magic string
	// Name is what a file of the format is called in errors: "kg NER
	// model".
	Name string
}

// LoadFile opens path and decodes it with load (a package's Load, which
// reads the format f), adding the path to errors.
func LoadFile[T any](f FileFormat, path string, load func(io.Reader) (T, error)) (T, error) {
	var zero T
	r, err := os.Open(path)
	if err != nil {
		return zero, fmt.Errorf("%s: load model %q: %w", f.Package, path, err)
	}
	defer r.Close()
	m, err := load(r)
	if err != nil {
		return zero, fmt.Errorf("%s: load model %q: %w", f.Package, path, err)
	}
	return m, nil
}

// FileReader reads a model file. Its errors name the part being read.
type FileReader struct {
	f  FileFormat
	zr *gzip.Reader
	br *bufio.Reader
}

// NewReader starts reading a file of format f from r and checks its magic
// line. Close the reader when done.
func (f FileFormat) NewReader(r io.Reader) (*FileReader, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, f.loadErr("", err)
	}
	fr := &FileReader{f: f, zr: zr, br: bufio.NewReaderSize(zr, 1<<16)}
	head := make([]byte, len(f.Magic))
	if _, err := io.ReadFull(fr.br, head); err != nil || string(head) != f.Magic {
		zr.Close()
		return nil, fmt.Errorf("%s: load model: not a %s", f.Package, f.Name)
	}
	return fr, nil
}

func (f FileFormat) loadErr(part string, err error) error {
	if part != "" {
		return fmt.Errorf("%s: load model: %s: %w", f.Package, part, err)
	}
	return fmt.Errorf("%s: load model: %w", f.Package, err)
}

// maxConfig is the most bytes of a file's JSON configuration.
const maxConfig = 1 << 16

// Config decodes the JSON configuration that FileWriter.Config wrote into
// v.
func (r *FileReader) Config(v any) error {
	n, err := binary.ReadUvarint(r.br)
	if err != nil || n > maxConfig {
		return r.f.loadErr("", errors.New("bad header"))
	}
	js := make([]byte, n)
	if _, err := io.ReadFull(r.br, js); err != nil {
		return r.f.loadErr("", err)
	}
	if err := json.Unmarshal(js, v); err != nil {
		return r.f.loadErr("config", err)
	}
	return nil
}

// Model reads the next model; part names it in errors ("stage two"), or
// is empty.
func (r *FileReader) Model(part string) (*Model, error) {
	m, err := Read(r.br)
	if err != nil {
		return nil, r.f.loadErr(part, err)
	}
	return m, nil
}

// Uvarint reads a number that FileWriter.Uvarint wrote (a count of the
// models that follow, for example); part names it in errors.
func (r *FileReader) Uvarint(part string) (uint64, error) {
	v, err := binary.ReadUvarint(r.br)
	if err != nil {
		return 0, r.f.loadErr(part, err)
	}
	return v, nil
}

// Close releases the reader. It does not close the underlying reader.
func (r *FileReader) Close() error { return r.zr.Close() }

// FileWriter writes a model file. The first error stops it: later writes
// do nothing and Close returns that error.
type FileWriter struct {
	f   FileFormat
	cw  countWriter
	zw  *gzip.Writer
	err error
}

// NewWriter starts a file of format f on w with its magic line.
func (f FileFormat) NewWriter(w io.Writer) *FileWriter {
	fw := &FileWriter{f: f, cw: countWriter{w: w}}
	fw.zw, fw.err = gzip.NewWriterLevel(&fw.cw, gzip.BestCompression)
	fw.write([]byte(f.Magic))
	return fw
}

func (w *FileWriter) write(p []byte) {
	if w.err == nil {
		_, w.err = w.zw.Write(p)
	}
}

// Config writes v as JSON, its length first.
func (w *FileWriter) Config(v any) {
	js, err := json.Marshal(v)
	if err != nil {
		if w.err == nil {
			w.err = err
		}
		return
	}
	w.Uvarint(uint64(len(js)))
	w.write(js)
}

// Uvarint writes v as a varint.
func (w *FileWriter) Uvarint(v uint64) {
	var buf [binary.MaxVarintLen64]byte
	w.write(buf[:binary.PutUvarint(buf[:], v)])
}

// Model writes m (see Model.WriteTo).
func (w *FileWriter) Model(m *Model) {
	if w.err == nil {
		_, w.err = m.WriteTo(w.zw)
	}
}

// Close ends the file and returns the number of bytes written to the
// underlying writer and the first error.
func (w *FileWriter) Close() (int64, error) {
	if w.err == nil {
		w.err = w.zw.Close()
	}
	if w.err != nil {
		return w.cw.n, fmt.Errorf("%s: write model: %w", w.f.Package, w.err)
	}
	return w.cw.n, nil
}
