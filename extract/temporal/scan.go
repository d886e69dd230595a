package temporal

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// Classes of literal mentions (schema.org names).
const (
	ClassDate     = "Date"
	ClassDateTime = "DateTime"
	ClassTime     = "Time"
	ClassQuantity = "QuantitativeValue"
	ClassMoney    = "MonetaryAmount"
	ClassDuration = "Duration"
)

// Expression is a date, time or quantity found in a text.
type Expression struct {
	// Start and End are byte offsets into the text.
	Start, End int
	// Type is extract.Date or extract.Quantity; Class one of the Class
	// constants.
	Type, Class string
	// Value is the normalised value, or empty when the text alone does not
	// fix it.
	Value string
}

type expr struct {
	lo, hi       int // token range
	typ, class   string
	value        string
	full         bool // value is a complete calendar date
	fullDate     time.Time
	anchoredNoun bool
}

// scanner finds expressions in the tokens of one sentence.
type scanner struct {
	toks  []tokenize.Token
	low   []string
	taken []bool // tokens inside entity mentions
	ref   time.Time
	// last is the last complete date found in the document, for "the
	// next day".
	last   time.Time
	future int // token index of the first future-tense marker, or len
	out    []expr
}

func newScanner(toks []tokenize.Token, ref time.Time) *scanner {
	s := &scanner{toks: toks, low: make([]string, len(toks)), taken: make([]bool, len(toks)), ref: ref}
	s.reset(toks)
	return s
}

// reset points the scanner at the tokens of the next sentence.
func (s *scanner) reset(toks []tokenize.Token) {
	s.toks = toks
	if cap(s.low) < len(toks) {
		s.low = make([]string, len(toks))
		s.taken = make([]bool, len(toks))
	}
	s.low, s.taken = s.low[:len(toks)], s.taken[:len(toks)]
	for i, t := range toks {
		s.low[i] = strings.ToLower(t.Text)
		s.taken[i] = false
	}
	s.future = len(toks)
	for i := range toks {
		switch s.low[i] {
		case "will", "'ll", "shall", "tomorrow":
		case "due", "scheduled", "expected", "set":
			if i+1 < len(toks) && s.low[i+1] == "to" && i > 0 && isBe(s.low[i-1]) {
				break
			}
			continue
		default:
			continue
		}
		s.future = i
		break
	}
	s.out = s.out[:0]
}

func isBe(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "'s", "'re":
		return true
	}
	return false
}

// w returns the lower-case word at i, or "".
func (s *scanner) w(i int) string {
	if i < 0 || i >= len(s.low) {
		return ""
	}
	return s.low[i]
}

// free reports whether tokens [lo, hi) are in the sentence and outside
// entity mentions.
func (s *scanner) free(lo, hi int) bool {
	if lo < 0 || hi > len(s.toks) {
		return false
	}
	for i := lo; i < hi; i++ {
		if s.taken[i] {
			return false
		}
	}
	return true
}

// capitalised reports whether the token at i starts with a capital letter.
func (s *scanner) capitalised(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	return tokenize.StartsUpper(s.toks[i].Text)
}

// scan finds the expressions of the current sentence.
func (s *scanner) scan() {
	for i := 0; i < len(s.toks); {
		if s.taken[i] {
			i++
			continue
		}
		if !s.canStart(i) {
			i++
			continue
		}
		if e, ok := s.dateTime(i); ok && s.free(e.lo, e.hi) {
			s.out = append(s.out, e)
			if e.full {
				s.last = e.fullDate
			}
			i = e.hi
			continue
		}
		if e, ok := s.quantity(i); ok && s.free(e.lo, e.hi) {
			s.out = append(s.out, e)
			i = e.hi
			continue
		}
		i++
	}
}

// canStart reports whether an expression may start at token i: a
// number, or a word that begins some pattern. It saves trying every
// pattern at every word.
func (s *scanner) canStart(i int) bool {
	w := s.low[i]
	if w == "" {
		return false
	}
	if c := w[0]; c >= '0' && c <= '9' {
		return true
	}
	if starters[w] {
		return true
	}
	if strings.HasPrefix(w, "mid-") {
		return true
	}
	if a, _, ok := strings.Cut(w, "-"); ok {
		_, isNum := wordNumber(a)
		return isNum
	}
	if _, ok := months[strings.TrimSuffix(w, ".")]; ok {
		return true
	}
	return false
}

// starters are the words that can begin a date or quantity pattern.
var starters = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"last", "next", "this", "past", "coming", "earlier", "later", "today",
		"tonight", "yesterday", "tomorrow", "early", "late", "mid", "end", "beginning", "middle",
		"start", "the", "a", "an", "one", "noon", "midday", "midnight", "us", "dozen"} {
		m[w] = true
	}
	for w := range weekdays {
		m[w] = true
	}
	for w := range smallNumbers {
		m[w] = true
	}
	for w := range vagueScales {
		m[w] = true
	}
	for w := range currencySymbols {
		m[w] = true
	}
	for _, a := range approximators {
		m[a[0]] = true
	}
	return m
}()

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

// month returns the month named at token i: a capitalised month name or
// abbreviation ("Sept."). abbrevOK says whether a bare abbreviation
// counts (only before a day number).
func (s *scanner) month(i int, abbrevOK bool) (int, bool) {
	if !s.capitalised(i) {
		return 0, false
	}
	w := strings.TrimSuffix(s.w(i), ".")
	m, ok := months[w]
	if !ok {
		return 0, false
	}
	if len(w) <= 4 && w != "may" && w != "june" && w != "july" && !abbrevOK {
		return 0, false
	}
	return m, true
}

func (s *scanner) weekday(i int) (time.Weekday, bool) {
	if !s.capitalised(i) {
		return 0, false
	}
	d, ok := weekdays[s.w(i)]
	return d, ok
}

// calendar is a possibly partial date.
type calendar struct {
	y, m, d int // 0 when unknown
}

// resolve fills in the year of a month-and-day or month from the
// reference date: the nearest such date.
func (s *scanner) resolve(c calendar) calendar {
	if c.y != 0 || c.m == 0 || s.ref.IsZero() {
		return c
	}
	best, bestDist := 0, time.Duration(1<<62)
	for _, y := range []int{s.ref.Year() - 1, s.ref.Year(), s.ref.Year() + 1} {
		d := c.d
		if d == 0 {
			d = 15
		}
		t := time.Date(y, time.Month(c.m), d, 0, 0, 0, 0, time.UTC)
		dist := t.Sub(s.ref)
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	c.y = best
	return c
}

// valid reports whether the known parts of c make a real date.
func (c calendar) valid() bool {
	if c.m < 0 || c.m > 12 || c.d < 0 || c.d > 31 {
		return false
	}
	if c.d > 0 && c.m > 0 {
		y := c.y
		if y == 0 {
			y = 2000 // a leap year: February 29 is possible
		}
		t := time.Date(y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC)
		return t.Day() == c.d
	}
	return true
}

// format writes c as ISO 8601 or an XML Schema partial date: 2024-03-22,
// 2024-03, 2024, --03-22, --03.
func (c calendar) format() string {
	switch {
	case c.y != 0 && c.m != 0 && c.d != 0:
		return fmt.Sprintf("%04d-%02d-%02d", c.y, c.m, c.d)
	case c.y != 0 && c.m != 0:
		return fmt.Sprintf("%04d-%02d", c.y, c.m)
	case c.y != 0:
		return fmt.Sprintf("%04d", c.y)
	case c.m != 0 && c.d != 0:
		return fmt.Sprintf("--%02d-%02d", c.m, c.d)
	case c.m != 0:
		return fmt.Sprintf("--%02d", c.m)
	}
	return ""
}

func (c calendar) full() bool { return c.y != 0 && c.m != 0 && c.d != 0 }

func (c calendar) time() time.Time {
	return time.Date(c.y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC)
}

func dateOf(t time.Time) calendar { return calendar{t.Year(), int(t.Month()), t.Day()} }

func (s *scanner) dateExpr(lo, hi int, c calendar) expr {
	e := expr{lo: lo, hi: hi, typ: extract.Date, class: ClassDate}
	if c.valid() {
		e.value = c.format()
		if c.full() {
			e.full, e.fullDate = true, c.time()
		}
	}
	return e
}

// dateTime finds a date, a time, or both, starting at token i.
func (s *scanner) dateTime(i int) (expr, bool) {
	if t, hi, ok := s.clock(i); ok {
		// "3 p.m. on Friday", "noon Friday"
		j := hi
		if s.w(j) == "on" || s.w(j) == "," {
			j++
		}
		if d, ok := s.date(j); ok && s.free(j, d.hi) {
			return s.withTime(i, d, t), true
		}
		return expr{lo: i, hi: hi, typ: extract.Date, class: ClassTime, value: "T" + t}, true
	}
	d, ok := s.date(i)
	if !ok {
		return expr{}, false
	}
	// "Friday at 3 p.m.", "May 3, 10:30 GMT"
	j := d.hi
	if s.w(j) == "at" || s.w(j) == "," {
		j++
	}
	if t, hi, ok := s.clock(j); ok && s.free(j, hi) {
		e := s.withTime(d.lo, d, t)
		e.hi = hi
		return e, true
	}
	return d, true
}

func (s *scanner) withTime(lo int, d expr, t string) expr {
	e := d
	e.lo = min(lo, d.lo)
	e.class = ClassDateTime
	switch {
	case len(d.value) == len("2006-01-02") && d.value[0] != '-':
		e.value = d.value + "T" + t
	case d.value == "":
		// The day is unknown; the time of day is still worth keeping.
		e.value = "T" + t
	}
	return e
}

// clock parses a time of day at token i: "3 p.m.", "3pm", "10:30",
// "10:30 GMT", "noon", "midnight". It returns "15:00" and the token after
// it.
func (s *scanner) clock(i int) (string, int, bool) {
	w := s.w(i)
	switch w {
	case "noon", "midday":
		return "12:00", i + 1, true
	case "midnight":
		return "00:00", i + 1, true
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return "", 0, false
	}
	h, m, rest := 0, 0, w
	n := 0
	for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' && n < 3 {
		h = h*10 + int(rest[n]-'0')
		n++
	}
	if n == 0 || n > 2 {
		return "", 0, false
	}
	rest = rest[n:]
	colon := false
	if strings.HasPrefix(rest, ":") && len(rest) >= 3 && digits(rest[1:3]) {
		m = int(rest[1]-'0')*10 + int(rest[2]-'0')
		rest = rest[3:]
		colon = true
	}
	hi := i + 1
	mer := rest
	if mer == "" {
		switch s.w(i + 1) {
		case "a.m.", "am", "p.m.", "pm":
			mer = s.w(i + 1)
			hi = i + 2
		}
	}
	switch mer {
	case "a.m.", "am":
		if h < 1 || h > 12 {
			return "", 0, false
		}
		if h == 12 {
			h = 0
		}
	case "p.m.", "pm":
		if h < 1 || h > 12 {
			return "", 0, false
		}
		if h != 12 {
			h += 12
		}
	case "":
		if !colon {
			return "", 0, false
		}
	default:
		return "", 0, false
	}
	if h > 23 || m > 59 {
		return "", 0, false
	}
	switch s.w(hi) {
	case "gmt", "utc":
		hi++
	}
	return fmt.Sprintf("%02d:%02d", h, m), hi, true
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// date finds a date expression starting at token i.
func (s *scanner) date(i int) (expr, bool) {
	w := s.w(i)
	if w == "" {
		return expr{}, false
	}
	// A weekday before a calendar date: "Sunday, March 24".
	if _, ok := s.weekday(i); ok {
		j := i + 1
		if s.w(j) == "," {
			j++
		}
		if c, hi, ok := s.calendarDate(j); ok {
			return s.dateExpr(i, hi, s.resolve(c)), true
		}
		return s.weekdayExpr(i, i, i+1), true
	}
	if e, ok := s.wordDate(i, w); ok {
		return e, true
	}
	if e, ok := s.midDate(i, w); ok {
		return e, true
	}
	if c, hi, ok := s.calendarDate(i); ok {
		// A bare month needs a context that makes it a date and not a
		// name or a verb: a preposition or determiner before it, or a
		// noun after it ("the March attack").
		if c.d == 0 && c.y == 0 && !s.monthContext(i, hi) {
			return expr{}, false
		}
		return s.dateExpr(i, hi, s.resolve(c)), true
	}
	if e, ok := s.ago(i); ok {
		return e, true
	}
	if e, ok := s.year(i); ok {
		return e, true
	}
	return expr{}, false
}

// wordDate finds a date expression that starts with the word w at token
// i: "last Friday", "next week", "later this month", "yesterday
// evening", "early March", "the end of March", "the 1990s", "a day
// later".
func (s *scanner) wordDate(i int, w string) (expr, bool) {
	switch w {
	case "last", "next", "this", "past", "coming":
		if _, ok := s.weekday(i + 1); ok && w != "past" {
			return s.weekdayExpr(i, i+1, i+2), true
		}
		return s.relativeUnit(i)
	case "earlier", "later":
		if s.w(i+1) == "this" {
			if e, ok := s.relativeUnit(i + 1); ok {
				e.lo = i
				return e, true
			}
		}
	case "today", "tonight", "yesterday", "tomorrow":
		hi := i + 1
		if w != "tonight" && isPartOfDay(s.w(hi)) {
			hi++
		}
		off := map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w]
		return s.offsetDays(i, hi, off), true
	case "early", "late", "mid", "end", "beginning", "middle", "start":
		j := i + 1
		if w != "early" && w != "late" && w != "mid" {
			if s.w(j) != "of" {
				break
			}
			j++
		}
		if c, hi, ok := s.calendarDate(j); ok && c.d == 0 {
			return s.dateExpr(i, hi, s.resolve(c)), true
		}
	case "the":
		return s.theDate(i)
	case "a", "one":
		// "a day later"
		if unitDays(s.w(i+1)) == 1 && (s.w(i+2) == "later" || s.w(i+2) == "earlier") {
			off := 1
			if s.w(i+2) == "earlier" {
				off = -1
			}
			return s.fromLast(i, i+3, off), true
		}
	}
	return expr{}, false
}

// theDate finds a date expression at "the" at token i: "the 23rd", "the
// end of March", "the 1990s".
func (s *scanner) theDate(i int) (expr, bool) {
	if e, ok := s.theDay(i); ok {
		return e, true
	}
	switch s.w(i + 1) {
	case "end", "beginning", "middle", "start":
		if s.w(i+2) == "of" {
			if c, hi, ok := s.calendarDate(i + 3); ok && c.d == 0 {
				return s.dateExpr(i, hi, s.resolve(c)), true
			}
		}
	}
	if d := s.w(i + 1); len(d) == 5 && d[4] == 's' && d[3] == '0' {
		if y, ok := yearNumber(d[:4]); ok {
			return expr{lo: i + 1, hi: i + 2, typ: extract.Date, class: ClassDate, value: fmt.Sprint(y / 10)}, true
		}
	}
	return expr{}, false
}

// midDate finds "mid-March" or "mid-2023", the word w at token i.
func (s *scanner) midDate(i int, w string) (expr, bool) {
	rest, ok := strings.CutPrefix(w, "mid-")
	if !ok {
		return expr{}, false
	}
	if m, ok := months[rest]; ok {
		return s.dateExpr(i, i+1, s.resolve(calendar{m: m})), true
	}
	if y, ok := yearNumber(rest); ok {
		return s.dateExpr(i, i+1, calendar{y: y}), true
	}
	return expr{}, false
}

func isPartOfDay(w string) bool {
	switch w {
	case "morning", "afternoon", "evening", "night":
		return true
	}
	return false
}

// calendarDate parses "May 23", "May 23, 2021", "23 May 2021",
// "23rd of May", "May 2021", "May", "2021-05-23" and "23/05/2021"
// when the day is more than 12.
func (s *scanner) calendarDate(i int) (calendar, int, bool) {
	if m, ok := s.month(i, true); ok {
		return s.monthFirst(i, m)
	}
	if d, ok := ordinalDay(s.w(i)); ok {
		j := i + 1
		if s.w(j) == "of" {
			j++
		}
		if m, ok := s.month(j, true); ok {
			c, hi := calendar{m: m, d: d}, j+1
			if y, ok := yearNumber(s.w(hi)); ok {
				c.y, hi = y, hi+1
			}
			return c, hi, c.valid()
		}
	}
	return numericDate(s.w(i), i)
}

// monthFirst parses a date opening with the month m at i: "May 23",
// "May 23, 2021", "May 2021", "May".
func (s *scanner) monthFirst(i, m int) (calendar, int, bool) {
	if d, ok := ordinalDay(s.w(i + 1)); ok && s.toks[i+1].Kind != tokenize.Punct {
		c, hi := calendar{m: m, d: d}, i+2
		j := hi
		if s.w(j) == "," {
			j++
		}
		if y, ok := yearNumber(s.w(j)); ok {
			c.y, hi = y, j+1
		}
		return c, hi, c.valid()
	}
	if _, ok := s.month(i, false); !ok {
		return calendar{}, 0, false
	}
	j := i + 1
	if s.w(j) == "," && s.w(j+1) != "" {
		if _, ok := yearNumber(s.w(j + 1)); ok {
			j++
		}
	}
	if y, ok := yearNumber(s.w(j)); ok {
		return calendar{y: y, m: m}, j + 1, true
	}
	return calendar{m: m}, i + 1, true
}

// numericDate parses the token w at i as "2021-05-23" or as "23/05/2021"
// when the day is more than 12 (otherwise only the year is kept).
func numericDate(w string, i int) (calendar, int, bool) {
	if len(w) == 10 && w[4] == '-' && w[7] == '-' && digits(w[:4]) && digits(w[5:7]) && digits(w[8:]) {
		c := calendar{atoi(w[:4]), atoi(w[5:7]), atoi(w[8:])}
		return c, i + 1, c.valid() && c.m > 0 && c.d > 0
	}
	if parts := strings.Split(w, "/"); len(parts) == 3 && digits(parts[0]) && digits(parts[1]) && len(parts[2]) == 4 && digits(parts[2]) {
		a, b, y := atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
		var c calendar
		switch {
		case a > 12 && b <= 12:
			c = calendar{y, b, a}
		case b > 12 && a <= 12:
			c = calendar{y, a, b}
		default:
			// Day and month cannot be told apart: keep the year.
			c = calendar{y: y}
		}
		return c, i + 1, c.valid()
	}
	return calendar{}, 0, false
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// TimeOpener reports whether w, in lower case, puts a date or a span of
// time after it: a preposition of time or "early" or "late" ("in March",
// "by Summer", "until 2019", "late 2019"), a closed list of function
// words. The resolve stage reads it too.
func TimeOpener(w string) bool {
	switch w {
	case "in", "by", "until", "till", "since", "during", "from", "early", "late":
		return true
	}
	return false
}

// TimeDeterminer reports whether w, in lower case, is a determiner that
// points to a span of time from the time of writing: "this", "next",
// "last" ("next March", "last Winter"), a closed list.
func TimeDeterminer(w string) bool {
	return w == "this" || w == "next" || w == "last"
}

// monthContext reports whether a bare month name at i (ending at hi) is
// used as a date.
func (s *scanner) monthContext(i, hi int) bool {
	if w := s.w(i - 1); TimeOpener(w) || TimeDeterminer(w) {
		return true
	}
	switch s.w(i - 1) {
	case "of", "through", "the", "before", "after", "between", "and", "to", "mid", "throughout":
		return true
	}
	// A noun after it: "a March deadline".
	if w := s.w(hi); w != "" && unicode.IsLower([]rune(s.toks[hi].Text)[0]) && s.toks[hi].Kind == tokenize.Word {
		return s.w(i-1) == "a" || s.w(i-1) == "its" || s.w(i-1) == "his" || s.w(i-1) == "her" || s.w(i-1) == "their"
	}
	return false
}

// weekdayExpr resolves a weekday at token d, the expression spanning
// [lo, hi) plus a following part of day ("Friday evening"). A preceding
// "last" looks back, "next" forward; otherwise the tense decides: past
// unless a future marker comes before it in the sentence.
func (s *scanner) weekdayExpr(lo, d, hi int) expr {
	wd, _ := s.weekday(d)
	if isPartOfDay(s.w(hi)) {
		hi++
	}
	if s.ref.IsZero() {
		return expr{lo: lo, hi: hi, typ: extract.Date, class: ClassDate}
	}
	ref := s.ref
	back := (int(ref.Weekday()) - int(wd) + 7) % 7
	fwd := (int(wd) - int(ref.Weekday()) + 7) % 7
	var t time.Time
	switch s.w(lo) {
	case "last", "past":
		if back == 0 {
			back = 7
		}
		t = ref.AddDate(0, 0, -back)
	case "next", "coming":
		if fwd == 0 {
			fwd = 7
		}
		t = ref.AddDate(0, 0, fwd)
	case "this":
		t = ref.AddDate(0, 0, fwd)
		if s.future > lo {
			t = ref.AddDate(0, 0, -back)
		}
	default:
		if s.future < lo {
			if fwd == 0 {
				fwd = 7
			}
			t = ref.AddDate(0, 0, fwd)
		} else {
			t = ref.AddDate(0, 0, -back)
		}
	}
	return s.dateExpr(lo, hi, dateOf(t))
}

func (s *scanner) offsetDays(lo, hi, days int) expr {
	if s.ref.IsZero() {
		return expr{lo: lo, hi: hi, typ: extract.Date, class: ClassDate}
	}
	return s.dateExpr(lo, hi, dateOf(s.ref.AddDate(0, 0, days)))
}

// fromLast resolves a date relative to the last complete date mentioned
// ("the next day"), or to the reference date when there was none.
func (s *scanner) fromLast(lo, hi, days int) expr {
	base := s.last
	if base.IsZero() {
		base = s.ref
	}
	if base.IsZero() {
		return expr{lo: lo, hi: hi, typ: extract.Date, class: ClassDate}
	}
	return s.dateExpr(lo, hi, dateOf(base.AddDate(0, 0, days)))
}

// theDay parses "the next day", "the following day", "the previous day",
// "the day before", "the day after".
func (s *scanner) theDay(i int) (expr, bool) {
	switch s.w(i + 1) {
	case "next", "following":
		if s.w(i+2) == "day" {
			return s.fromLast(i, i+3, 1), true
		}
	case "previous":
		if s.w(i+2) == "day" {
			return s.fromLast(i, i+3, -1), true
		}
	case "day":
		switch s.w(i + 2) {
		case "before":
			if s.w(i+3) != "the" && s.w(i+3) != "a" {
				return s.fromLast(i, i+3, -1), true
			}
		case "after":
			if s.w(i+3) != "the" && s.w(i+3) != "a" {
				return s.fromLast(i, i+3, 1), true
			}
		}
	}
	return expr{}, false
}

// relativeUnit parses "last week", "this month", "next year", "last
// weekend" at i.
func (s *scanner) relativeUnit(i int) (expr, bool) {
	dir := map[string]int{"last": -1, "this": 0, "next": 1, "coming": 1}
	d, ok := dir[s.w(i)]
	if !ok {
		return expr{}, false
	}
	unit := s.w(i + 1)
	e := expr{lo: i, hi: i + 2, typ: extract.Date, class: ClassDate}
	switch unit {
	case "week", "weekend", "month", "year":
	default:
		return expr{}, false
	}
	if s.ref.IsZero() {
		return e, true
	}
	switch unit {
	case "week", "weekend":
		y, w := s.ref.AddDate(0, 0, 7*d).ISOWeek()
		e.value = fmt.Sprintf("%04d-W%02d", y, w)
	case "month":
		t := time.Date(s.ref.Year(), s.ref.Month()+time.Month(d), 1, 0, 0, 0, 0, time.UTC)
		e.value = fmt.Sprintf("%04d-%02d", t.Year(), int(t.Month()))
	case "year":
		e.value = fmt.Sprintf("%04d", s.ref.Year()+d)
	}
	return e, true
}

// unitDays returns the length of a calendar unit word in days (months
// and years approximate), or 0.
func unitDays(w string) int {
	switch w {
	case "day", "days":
		return 1
	case "week", "weeks":
		return 7
	case "month", "months":
		return 30
	case "year", "years":
		return 365
	case "decade", "decades":
		return 3650
	}
	return 0
}

// ago parses "two days ago", "three weeks earlier" and "three days
// before the attack" at i.
func (s *scanner) ago(i int) (expr, bool) {
	n, hi, ok := s.count(i)
	if !ok || n != float64(int(n)) || n > 10000 {
		return expr{}, false
	}
	unit := s.w(hi)
	if unitDays(unit) == 0 {
		return expr{}, false
	}
	k := int(n)
	switch s.w(hi + 1) {
	case "ago":
		e := expr{lo: i, hi: hi + 2, typ: extract.Date, class: ClassDate}
		if s.ref.IsZero() {
			return e, true
		}
		return s.dateExpr(i, hi+2, shift(dateOf(s.ref), -k, unit)), true
	case "before", "after", "earlier", "later", "prior":
		return s.relativeTo(i, hi, k, unit)
	}
	return expr{}, false
}

// relativeTo parses the rest of "N units before/after/earlier/later/prior
// to ..." once the count (at i) and the unit (at hi) are read: anchored on
// a date, on an event's noun phrase, or on the last date mentioned.
func (s *scanner) relativeTo(i, hi, k int, unit string) (expr, bool) {
	j := hi + 2
	if s.w(hi+1) == "prior" {
		if s.w(j) != "to" {
			return expr{}, false
		}
		j++
	}
	sign := 1
	if w := s.w(hi + 1); w == "before" || w == "earlier" || w == "prior" {
		sign = -1
	}
	// Anchored on a date: "two days after May 3".
	if c, end, ok := s.calendarDate(j); ok && c.d != 0 {
		c = s.resolve(c)
		if c.full() {
			return s.dateExpr(i, end, shift(c, sign*k, unit)), true
		}
		return expr{lo: i, hi: end, typ: extract.Date, class: ClassDate}, true
	}
	if e, ok := s.nounAnchor(i, j, sign*k, unit); ok {
		return e, true
	}
	if w := s.w(hi + 1); w == "earlier" || w == "later" {
		// "three days later": after the last date mentioned.
		if !s.last.IsZero() {
			return s.dateExpr(i, hi+2, shift(dateOf(s.last), sign*k, unit)), true
		}
		return expr{lo: i, hi: hi + 2, typ: extract.Date, class: ClassDate}, true
	}
	return expr{}, false
}

// nounAnchor reads an event's noun phrase at j as the anchor of a
// relative date opening at i: "three days before the attack" (the event
// stage resolves it), or "three weeks after the June 2 debate" when the
// phrase holds a date, shifted by n units.
func (s *scanner) nounAnchor(i, j, n int, unit string) (expr, bool) {
	switch s.w(j) {
	case "the", "his", "her", "their", "its":
	default:
		return expr{}, false
	}
	end := j + 1
	for c := 0; end < len(s.toks) && c < 4; c++ {
		t := s.toks[end]
		if t.Kind != tokenize.Word && t.Kind != tokenize.Number || stopWord[s.w(end)] || s.taken[end] {
			break
		}
		end++
	}
	if end == j+1 {
		return expr{}, false
	}
	for p := j + 1; p < end; p++ {
		if c, _, ok := s.calendarDate(p); ok && c.d != 0 {
			if c = s.resolve(c); c.full() {
				return s.dateExpr(i, end, shift(c, n, unit)), true
			}
			break
		}
	}
	return expr{lo: i, hi: end, typ: extract.Date, class: ClassDate, anchoredNoun: true}, true
}

// stopWord ends the noun phrase of an anchor.
var stopWord = map[string]bool{
	"in": true, "on": true, "at": true, "of": true, "and": true, "or": true, "but": true, "was": true,
	"were": true, "is": true, "are": true, "had": true, "has": true, "have": true, "that": true,
	"which": true, "who": true, "when": true, "to": true, "for": true, "by": true, "with": true,
	"from": true, "as": true, "after": true, "before": true, "while": true, "the": true, "a": true,
	"said": true, "says": true,
}

// Shift moves an ISO date (YYYY-MM-DD) by n units ("day", "weeks",
// "month", "years", ...). It returns false when value is not a complete
// date or the unit is unknown.
func Shift(value string, n int, unit string) (string, bool) {
	t, err := time.Parse("2006-01-02", value)
	if err != nil || unitDays(unit) == 0 {
		return "", false
	}
	return shift(dateOf(t), n, unit).format(), true
}

func shift(c calendar, n int, unit string) calendar {
	t := c.time()
	switch unitDays(unit) {
	case 1:
		t = t.AddDate(0, 0, n)
	case 7:
		t = t.AddDate(0, 0, 7*n)
	case 30:
		t = t.AddDate(0, n, 0)
		return calendar{t.Year(), int(t.Month()), 0}
	case 365:
		return calendar{y: t.Year() + n}
	case 3650:
		return calendar{y: t.Year() + 10*n}
	}
	return dateOf(t)
}

// Anchored parses the text of a date mention kept for the event stage
// ("three days before the attack"): the signed number of units and the
// unit. It returns false for other texts.
func Anchored(text string) (n int, unit string, ok bool) {
	toks := tokenize.Tokenize(text)
	s := newScanner(toks, time.Time{})
	v, hi, ok := s.count(0)
	if !ok || v != float64(int(v)) || unitDays(s.w(hi)) == 0 {
		return 0, "", false
	}
	switch s.w(hi + 1) {
	case "before", "earlier", "prior":
		return -int(v), s.w(hi), true
	case "after", "later":
		return int(v), s.w(hi), true
	}
	return 0, "", false
}

// year parses a year used as a date: "in 2019", "the 2024 election",
// "2019's".
func (s *scanner) year(i int) (expr, bool) {
	y, ok := yearNumber(s.w(i))
	if !ok || s.toks[i].Kind != tokenize.Number {
		return expr{}, false
	}
	e := s.dateExpr(i, i+1, calendar{y: y})
	if TimeOpener(s.w(i - 1)) {
		return e, true
	}
	switch s.w(i - 1) {
	case "of", "before", "after", "through", "throughout", "between", "and", "to", "around", "circa":
		return e, true
	case "the", "a", "its", "his", "her", "their":
		if next := s.w(i + 1); next != "" && s.toks[i+1].Kind == tokenize.Word && unicode.IsLower([]rune(s.toks[i+1].Text)[0]) {
			return e, true
		}
	}
	if s.w(i+1) == "'s" || s.w(i+1) == "’s" {
		return e, true
	}
	return expr{}, false
}
