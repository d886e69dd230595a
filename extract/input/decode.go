package input

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Rejection is why an input was not read as a document.
type Rejection struct {
	// Name is the file name (or "-" for standard input), with ":line" for
	// a record of a JSONL or CSV file.
	Name string
	// Reason says what is wrong, for a person to read.
	Reason string
}

func (r *Rejection) Error() string { return fmt.Sprintf("input: %s: %s", r.Name, r.Reason) }

// cp1252 maps the bytes 0x80-0x9F of Windows-1252 to Unicode; the five
// bytes the code page leaves undefined become U+FFFD.
var cp1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}

// Decode turns file bytes into document text. Valid UTF-8 is kept as is
// (without a leading byte-order mark); each byte that is not part of a valid
// UTF-8 sequence is decoded as Windows-1252, and the number of such bytes is
// returned. Data holding a NUL byte is rejected as binary, and data that is
// empty or only white space as empty.
func Decode(name string, data []byte) (text string, repaired int, err error) {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", 0, &Rejection{name, fmt.Sprintf("binary file (NUL byte at offset %d)", i)}
	}
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if len(bytes.TrimSpace(data)) == 0 {
		return "", 0, &Rejection{name, "empty file"}
	}
	if utf8.Valid(data) {
		return string(data), 0, nil
	}
	out, repaired := repair(make([]byte, 0, len(data)+len(data)/8), data)
	return string(out), repaired, nil
}

// repair appends data to dst with every byte that is not part of a valid
// UTF-8 sequence decoded as Windows-1252, and returns the number of such
// bytes.
func repair(dst, data []byte) ([]byte, int) {
	repaired := 0
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n <= 1 {
			c := data[0]
			switch {
			case c >= 0x80 && c < 0xA0:
				dst = utf8.AppendRune(dst, cp1252[c-0x80])
			default:
				dst = utf8.AppendRune(dst, rune(c)) // Latin-1 is Windows-1252 above 0x9F
			}
			repaired++
			data = data[1:]
			continue
		}
		dst = append(dst, data[:n]...)
		data = data[n:]
	}
	return dst, repaired
}

// collapse replaces each run of white space in s with one space and trims
// the ends.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func isUTF8(b []byte) bool { return utf8.Valid(b) }
