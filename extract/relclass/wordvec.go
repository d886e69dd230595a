package relclass

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// wordVec is a word's vector learned from unlabelled news (see ./gen),
// quantised: its cluster at each granularity and, per dimension, '+' or
// '-' when the value is well above or below the mean of its sign, '.'
// otherwise.
type wordVec struct {
	clusters [3]uint16
	bits     string
}

//go:embed data/wordvec.tsv.gz
var wordVecData []byte

// wordVecs returns the table of word vectors, keyed by normalised word
// (lower case, digits as 0), decoded on first use.
var wordVecs = sync.OnceValues(func() (map[string]*wordVec, error) {
	return readWordVecs(wordVecData)
})

func readWordVecs(data []byte) (map[string]*wordVec, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("relclass: word vectors: %w", err)
	}
	defer zr.Close()
	out := map[string]*wordVec{}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 5 {
			return nil, fmt.Errorf("relclass: word vectors: bad line %q", line)
		}
		v := &wordVec{bits: cols[4]}
		for i := range v.clusters {
			x, err := strconv.Atoi(cols[i+1])
			if err != nil || x < 0 || x >= 1<<16 {
				return nil, fmt.Errorf("relclass: word vectors: bad cluster %q", cols[i+1])
			}
			v.clusters[i] = uint16(x)
		}
		out[cols[0]] = v
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("relclass: word vectors: %w", err)
	}
	return out, nil
}
