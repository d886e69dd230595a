package input

import (
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the date forms ParseDate accepts, most common first.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	time.RFC850,
	time.ANSIC,
	"2 January 2006",
	"2 Jan 2006",
	"January 2, 2006",
	"Jan 2, 2006",
	"Monday, January 2, 2006",
	"Monday 2 January 2006",
}

// ParseDate reads a publication date as found in news data: ISO 8601 dates
// and times (with or without a zone), RFC 1123 (e-mail and RSS) dates,
// "2 January 2006", "January 2, 2006", or Unix seconds. The result is in
// UTC. It reports false for anything else.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC(), true
		}
	}
	// Unix seconds: only plausible ones (1970 to 2100), so that a bare year
	// or an identifier is not taken for one.
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && n >= 1e8 && n < 4102444800 {
		return time.Unix(n, 0).UTC(), true
	}
	return time.Time{}, false
}
