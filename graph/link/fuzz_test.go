package link

import "testing"

func FuzzDescriptionHead(f *testing.F) {
	f.Add("city in Texas, United States")
	f.Add("space-related agency of the United States")
	f.Fuzz(func(t *testing.T, d string) {
		_ = descriptionTypes(d)
		_ = descriptionHead(d)
	})
}
