package txtar

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// File is one file of an archive.
type File struct {
	Name string
	Data string
}

// Archive is a parsed txtar archive.
type Archive struct {
	Comment string
	Files   []File
}

// Parse parses a txtar archive.
func Parse(data string) Archive {
	var a Archive
	cur := -1
	var b strings.Builder
	flush := func() {
		if cur < 0 {
			a.Comment = b.String()
		} else {
			a.Files[cur].Data = b.String()
		}
		b.Reset()
	}
	for line := range strings.SplitAfterSeq(data, "\n") {
		trimmed := strings.TrimRight(line, "\r\n")
		if name, ok := strings.CutPrefix(trimmed, "-- "); ok {
			if name, ok = strings.CutSuffix(name, " --"); ok {
				flush()
				a.Files = append(a.Files, File{Name: strings.TrimSpace(name)})
				cur = len(a.Files) - 1
				continue
			}
		}
		b.WriteString(line)
	}
	flush()
	return a
}

// Format returns the archive in txtar form.
func (a Archive) Format() string {
	var b strings.Builder
	b.WriteString(a.Comment)
	for _, f := range a.Files {
		b.WriteString("-- " + f.Name + " --\n")
		b.WriteString(f.Data)
		if f.Data != "" && !strings.HasSuffix(f.Data, "\n") {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// Get returns the data of the named file and whether it is there.
func (a Archive) Get(name string) (string, bool) {
	for _, f := range a.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return "", false
}

// Set replaces the data of the named file, or appends the file.
func (a *Archive) Set(name, data string) {
	for i, f := range a.Files {
		if f.Name == name {
			a.Files[i].Data = data
			return
		}
	}
	a.Files = append(a.Files, File{Name: name, Data: data})
}

// Glob returns the .txtar files of dir, sorted.
func Glob(dir string) ([]string, error) {
	m, err := filepath.Glob(filepath.Join(dir, "*.txtar"))
	sort.Strings(m)
	return m, err
}

// Read reads and parses a txtar file.
func Read(path string) (Archive, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Archive{}, err
	}
	return Parse(string(b)), nil
}
