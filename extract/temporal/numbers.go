package temporal

import (
	"math"
	"strconv"
	"strings"
)

// smallNumbers are the number words below a hundred that are written as
// one word.
var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scales multiply the number before them.
var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"bn": 1e9, "mln": 1e6, "tn": 1e12,
}

// vagueScales are plural scale words used without a number: "hundreds of
// vessels". They make a quantity without a value.
var vagueScales = map[string]bool{
	"dozens": true, "scores": true, "hundreds": true, "thousands": true, "millions": true,
	"billions": true, "tens": true,
}

// wordNumber parses one number word: "seven", "twenty-five", "dozen".
func wordNumber(w string) (float64, bool) {
	if v, ok := smallNumbers[w]; ok {
		return v, true
	}
	if w == "dozen" {
		return 12, true
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		t, ok1 := smallNumbers[a]
		u, ok2 := smallNumbers[b]
		if ok1 && ok2 && t >= 20 && int(t)%10 == 0 && u > 0 && u < 10 {
			return t + u, true
		}
	}
	return 0, false
}

// digitNumber parses a number written in digits, with thousands separators
// and a decimal point ("30,000", "9.6"), and an optional scale suffix
// ("5bn", "20m", "3k"). It returns the value and whether a scale suffix
// was present.
func digitNumber(w string) (v float64, scaled bool, ok bool) {
	if w == "" || len(w) > 24 {
		return 0, false, false
	}
	mult := 1.0
	switch {
	case strings.HasSuffix(w, "bn"):
		mult, w = 1e9, w[:len(w)-2]
	case strings.HasSuffix(w, "tn"):
		mult, w = 1e12, w[:len(w)-2]
	case strings.HasSuffix(w, "m"):
		mult, w = 1e6, w[:len(w)-1]
	case strings.HasSuffix(w, "k"):
		mult, w = 1e3, w[:len(w)-1]
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false, false
	}
	var b strings.Builder
	dot := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
		case c == ',':
			// A thousands separator, before the decimal point, is
			// followed by exactly three digits.
			if dot || i+4 > len(w) || !digits3(w[i+1:i+4]) || (i+4 < len(w) && w[i+4] >= '0' && w[i+4] <= '9') {
				return 0, false, false
			}
		case c == '.' && !dot && i+1 < len(w):
			dot = true
			b.WriteByte(c)
		default:
			return 0, false, false
		}
	}
	f, err := strconv.ParseFloat(b.String(), 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, false, false
	}
	return f * mult, mult != 1, true
}

func digits3(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// formatNumber writes v without exponent or trailing zeros.
func formatNumber(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e18 {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// ordinalDay parses a day of the month: "22", "22nd", "1st".
func ordinalDay(w string) (int, bool) {
	n := 0
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		n = n*10 + int(w[i]-'0')
		i++
		if i > 2 {
			return 0, false
		}
	}
	if i == 0 {
		return 0, false
	}
	switch w[i:] {
	case "", "st", "nd", "rd", "th":
	default:
		return 0, false
	}
	if n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

// yearNumber parses a four-digit year between 1800 and 2199.
func yearNumber(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1800 || n > 2199 {
		return 0, false
	}
	return n, true
}
