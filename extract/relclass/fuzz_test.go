package relclass

import (
	"bytes"
	"encoding/binary"
	"testing"
)

func FuzzPredict(f *testing.F) {
	if testing.Short() {
		f.Skip("loads the whole model; runs without -short")
	}
	f.Add([]byte("Ann Lee , a lawyer for Acme , lives in Denver ."))
	f.Add([]byte(""))
	f.Add([]byte("` ` '' -based 's of 1,200 U.S."))
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		words := bytes.Fields(b)
		ex := Example{}
		for _, w := range words {
			ex.Tokens = append(ex.Tokens, string(w))
		}
		// Gold entities derived from the bytes, to exercise that path too.
		for i := 0; i+1 < len(ex.Tokens); i += 3 {
			ex.Entities = append(ex.Entities, SpanEntity{Type: EntityTypes[int(binary.LittleEndian.Uint16([]byte{b[0], byte(i)}))%len(EntityTypes)], Start: i, End: i + 1})
		}
		for _, gold := range []bool{false, true} {
			out := m.Predict([]Example{ex}, &PredictOptions{GoldEntities: gold})[0]
			for _, e := range out.Entities {
				if e.Start < 0 || e.End > len(ex.Tokens) || e.Start >= e.End {
					t.Fatalf("bad entity %+v", e)
				}
			}
			for _, r := range out.Relations {
				if r.Head < 0 || r.Head >= len(out.Entities) || r.Tail < 0 || r.Tail >= len(out.Entities) || r.Head == r.Tail {
					t.Fatalf("bad relation %+v", r)
				}
			}
		}
	})
}
