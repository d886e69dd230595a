package sentence

import "strings"

// A minimal reader and writer of the txtar format (golang.org/x/tools/txtar),
// so that tests need only the standard library: a comment, then files each
// introduced by a line "-- name --".

type txtarFile struct {
	Name string
	Data string
}

type txtarArchive struct {
	Comment string
	Files   []txtarFile
}

// parseTxtar parses a txtar archive.
func parseTxtar(data string) txtarArchive {
	var a txtarArchive
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
				a.Files = append(a.Files, txtarFile{Name: strings.TrimSpace(name)})
				cur = len(a.Files) - 1
				continue
			}
		}
		b.WriteString(line)
	}
	flush()
	return a
}

// format returns the archive in txtar form.
func (a txtarArchive) format() string {
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

// file returns the data of the named file and whether it exists.
func (a txtarArchive) file(name string) (string, bool) {
	for _, f := range a.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return "", false
}

// setFile sets the data of the named file, adding it when missing.
func (a *txtarArchive) setFile(name, data string) {
	for i := range a.Files {
		if a.Files[i].Name == name {
			a.Files[i].Data = data
			return
		}
	}
	a.Files = append(a.Files, txtarFile{Name: name, Data: data})
}
