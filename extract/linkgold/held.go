package linkgold

import (
	"bufio"
	"io"
	"strings"
)

// wikidataEntity is the namespace of Wikidata items (schema.WD).
const wikidataEntity = "http://www.wikidata.org/entity/"

// HeldItems adds to held the QIDs ("Q42") of the Wikidata items that are
// subjects of the N-Triples or N-Quads read from r: the items a linking
// dataset holds, whose gold mentions Report.Add scores. It returns r's
// error, if any, as it is.
func HeldItems(r io.Reader, held map[string]bool) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	prefix := "<" + wikidataEntity
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), prefix); ok {
			if i := strings.IndexByte(rest, '>'); i > 0 {
				held[rest[:i]] = true
			}
		}
	}
	return sc.Err()
}
