package txtar

// Inputs returns the named file of every dir/*.txtar archive that has one,
// to seed fuzz tests with the golden inputs.
func Inputs(dir, name string) []string {
	files, _ := Glob(dir)
	var out []string
	for _, p := range files {
		if a, err := Read(p); err == nil {
			if in, ok := a.Get(name); ok {
				out = append(out, in)
			}
		}
	}
	return out
}
