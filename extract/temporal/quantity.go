package temporal

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// approximators are the words that may precede a number in a quantity:
// "over 140 people", "more than a dozen suspects".
var approximators = [][]string{
	{"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"at", "least"}, {"at", "most"},
	{"up", "to"}, {"as", "many", "as"}, {"as", "few", "as"}, {"as", "much", "as"}, {"an", "estimated"},
	{"just", "over"}, {"just", "under"}, {"well", "over"}, {"well", "above"}, {"some"}, {"over"},
	{"nearly"}, {"almost"}, {"about"}, {"around"}, {"approximately"}, {"roughly"}, {"estimated"},
	{"only"}, {"exactly"}, {"under"}, {"below"}, {"above"}, {"fully"},
}

var currencySymbols = map[string]bool{"$": true, "us$": true, "€": true, "£": true, "¥": true, "a$": true, "c$": true, "₹": true, "₽": true}

// currencyWords are the currencies a number before them counts. The
// lexicon's Currency (WordNet's monetary units) is not read here, nor are
// WordNet's units of measurement for units, nor its verbs of killing and
// harm for casualtyWords: the scanner reads words without their part of
// speech, and those classes hold words that are as often function words
// or other verbs' forms ("at", "sent", "won", "ban" are currencies;
// "point", "second", "line" units; "off", "exit", "jam" verbs of harm).
var currencyWords = map[string]bool{
	"dollars": true, "euros": true, "pounds": true, "yen": true, "yuan": true, "rupees": true,
	"roubles": true, "rubles": true, "francs": true, "pesos": true, "dollar": true, "euro": true,
}

// units are measurement words after a number.
var units = map[string]bool{
	"metres": true, "meters": true, "metre": true, "meter": true, "km": true, "kilometres": true,
	"kilometers": true, "miles": true, "mile": true, "feet": true, "foot": true, "ft": true,
	"tonnes": true, "tons": true, "tonne": true, "ton": true, "kg": true, "kilograms": true,
	"kilos": true, "grams": true, "litres": true, "liters": true, "gallons": true, "barrels": true,
	"degrees": true, "hectares": true, "acres": true, "percent": true, "%": true, "cm": true,
	"mm": true, "megawatts": true, "mw": true, "gw": true, "knots": true, "mph": true, "km/h": true,
	"points": true, "inches": true, "centimetres": true, "millimetres": true, "square": true, "cubic": true,
}

// irregularPlurals are plural nouns that do not end in s.
var irregularPlurals = map[string]bool{
	"people": true, "men": true, "women": true, "children": true, "police": true, "personnel": true,
	"staff": true, "crew": true, "cattle": true, "aircraft": true, "sheep": true, "fish": true,
	"livestock": true, "deer": true, "offspring": true, "militia": true, "infantry": true,
}

// notNouns are words ending in s that are not plural nouns.
var notNouns = map[string]bool{
	"was": true, "is": true, "has": true, "his": true, "this": true, "its": true, "as": true,
	"us": true, "thus": true, "less": true, "across": true, "unless": true, "whereas": true,
	"plus": true, "yes": true, "does": true, "says": true, "towards": true, "afterwards": true,
	"besides": true, "always": true, "perhaps": true, "news": true, "various": true, "serious": true,
	"previous": true, "famous": true, "numerous": true, "dangerous": true, "enormous": true,
	"ours": true, "yours": true, "hers": true, "theirs": true, "was.": true, "gas": true, "bus": true,
	"virus": true, "status": true, "census": true, "focus": true, "bonus": true, "crisis": true,
	"analysis": true, "basis": true, "process": true, "access": true, "success": true, "address": true,
	"business": true, "congress": true, "progress": true, "illness": true, "witness": true, "press": true,
}

// casualtyWords beside a bare number make it a count of people: "40
// dead", "killed 3".
var casualtyWords = map[string]bool{
	"dead": true, "killed": true, "injured": true, "wounded": true, "missing": true, "hurt": true,
	"killing": true, "injuring": true, "wounding": true, "arrested": true, "detained": true,
	"kills": true, "kill": true, "injures": true, "wounds": true,
}

// durationUnits give ISO 8601 duration designators.
var durationUnits = map[string]string{
	"day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M",
	"year": "Y", "years": "Y", "decade": "0Y", "decades": "0Y", "hour": "TH", "hours": "TH",
	"minute": "TM", "minutes": "TM", "second": "TS", "seconds": "TS",
}

// count parses a number at i: digits ("140", "9.6 billion", "5bn") or
// words ("twenty-five", "a dozen", "two hundred thousand"). It returns the
// value and the token after it.
func (s *scanner) count(i int) (float64, int, bool) {
	w := s.w(i)
	if w == "" {
		return 0, 0, false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return s.digitCount(i, w)
	}
	return s.wordCount(i, w)
}

// digitCount parses a number written in digits at i, with a scale word
// after it ("9.6 billion") unless the digits carry one ("5bn").
func (s *scanner) digitCount(i int, w string) (float64, int, bool) {
	if s.toks[i].Kind != tokenize.Number && !strings.HasSuffix(w, "bn") && !strings.HasSuffix(w, "m") && !strings.HasSuffix(w, "k") && !strings.HasSuffix(w, "tn") {
		return 0, 0, false
	}
	v, scaled, ok := digitNumber(w)
	if !ok {
		return 0, 0, false
	}
	hi := i + 1
	if !scaled {
		if m, ok := scales[s.w(hi)]; ok {
			v *= m
			hi++
		}
	}
	return v, hi, true
}

// wordCount parses a number written in words at i ("twenty-five", "a
// dozen", "two hundred thousand").
func (s *scanner) wordCount(i int, w string) (float64, int, bool) {
	total, cur := 0.0, 0.0
	j := i
	seen := false
	if (w == "a" || w == "an") && (s.w(i+1) == "dozen" || scales[s.w(i+1)] != 0) {
		cur = 1
		j = i + 1
	}
	for ; j < len(s.toks); j++ {
		x := s.w(j)
		if v, ok := wordNumber(x); ok && x != "dozen" {
			if seen && cur != 0 && int(cur)%100 != 0 && cur >= 1 {
				break // "two three" is two numbers
			}
			cur += v
			seen = true
			continue
		}
		if !s.countWord(x, j, seen, &total, &cur) {
			break
		}
		seen = true
	}
	if !seen {
		return 0, 0, false
	}
	return total + cur, j, true
}

// countWord folds a multiplier word x at j ("dozen", "hundred", "thousand",
// a linking "and") into the running total and current group, and reports
// whether the number goes on past it.
func (s *scanner) countWord(x string, j int, seen bool, total, cur *float64) bool {
	switch {
	case x == "dozen":
		*cur = max(*cur, 1) * 12
	case x == "hundred":
		*cur = max(*cur, 1) * 100
	case scales[x] >= 1000 && x != "bn" && x != "mln" && x != "tn":
		*total += max(*cur, 1) * scales[x]
		*cur = 0
	case x == "and" && seen && int(*cur)%100 == 0 && *cur > 0:
		_, ok := wordNumber(s.w(j + 1))
		return ok
	default:
		return false
	}
	return true
}

// approx returns the token after an approximator phrase at i, or i.
func (s *scanner) approx(i int) int {
	for _, a := range approximators {
		ok := true
		for k, w := range a {
			if s.w(i+k) != w {
				ok = false
				break
			}
		}
		if ok {
			return i + len(a)
		}
	}
	return i
}

// pluralNoun reports whether the word at i is a lower-case plural noun
// (or an irregular one).
func (s *scanner) pluralNoun(i int) bool {
	if i >= len(s.toks) || s.toks[i].Kind != tokenize.Word || s.taken[i] {
		return false
	}
	t := s.toks[i].Text
	if r := []rune(t); len(r) == 0 || !unicode.IsLower(r[0]) {
		return false
	}
	w := s.w(i)
	if irregularPlurals[w] || strings.HasSuffix(w, "men") && len(w) > 4 {
		return true
	}
	if notNouns[w] || len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ous") {
		return false
	}
	return true
}

// quantity parses an amount at token i.
func (s *scanner) quantity(i int) (expr, bool) {
	if s.taken[i] {
		return expr{}, false
	}
	if e, ok := s.hyphenMeasure(i); ok {
		return e, true
	}
	j := s.approx(i)
	approx := j > i
	j, money := s.currencyBefore(j)
	if vagueScales[s.w(j)] && !money {
		return s.vagueAmount(i, j)
	}
	w := s.w(j)
	if w == "one" || w == "a" || w == "an" {
		switch s.w(j - 1) {
		case "the", "this", "that", "no", "any", "every", "each", "which", "another":
			return expr{}, false
		}
	}
	v, hi, ok := s.count(j)
	if !ok {
		return expr{}, false
	}
	if w == "one" && s.w(hi) == "of" {
		return expr{}, false
	}
	// "one in 13 pupils": a share, whose 13 counts nothing.
	if s.w(j-1) == "in" && (s.w(j-2) == "one" || s.w(j-2) == "1") {
		return expr{}, false
	}
	// "half a million": half the scale.
	if (w == "a" || w == "an") && j == i && s.w(i-1) == "half" && hi > j+1 {
		v /= 2
		i--
	}
	e := expr{lo: i, hi: hi, typ: extract.Quantity, class: ClassQuantity, value: formatNumber(v)}
	if money {
		e.class = ClassMoney
		return e, true
	}
	if e, ok, decided := s.quantityUnit(e, v, w); decided {
		return e, ok
	}
	next := s.w(hi)
	switch {
	case casualtyWords[next] || casualtyWords[s.w(i-1)]:
		// "left 40 dead", "killed 3": the count of people alone.
		return e, true
	case next == "of" && (s.w(hi+1) == "them" || s.w(hi+1) == "those" || s.w(hi+1) == "the"):
		// "two of the miners": the count alone.
		return e, approx || s.toks[j].Kind == tokenize.Word
	}
	if approx {
		return e, true
	}
	return expr{}, false
}

// currencyBefore returns the token after a currency symbol at j ("$",
// "US $"), and whether there is one; otherwise j.
func (s *scanner) currencyBefore(j int) (int, bool) {
	switch {
	case currencySymbols[s.w(j)]:
		return j + 1, true
	case s.w(j) == "us" && s.w(j+1) == "$":
		return j + 2, true
	}
	return j, false
}

// vagueAmount parses a vague amount from i, whose scale word is at j:
// "hundreds of vessels", "tens of thousands of people".
func (s *scanner) vagueAmount(i, j int) (expr, bool) {
	k := j + 1
	if s.w(j) == "tens" || s.w(j) == "hundreds" {
		if s.w(k) == "of" && vagueScales[s.w(k+1)] && s.w(k+1) != "tens" {
			k += 2
		}
	}
	if s.w(k) == "of" && (s.pluralNoun(k+1) || units[s.w(k+1)]) {
		return expr{lo: i, hi: k + 2, typ: extract.Quantity, class: ClassQuantity}, true
	}
	return expr{}, false
}

// quantityUnit decides the count e, of value v and first word w, by what
// follows it: a currency ("20 euros"), a percentage, a duration, a unit
// ("5 km", "30 square metres") or plural things ("40 boats") make it a
// quantity over them. It reports whether e is one, and whether what
// follows decided it (not when none of these follows).
func (s *scanner) quantityUnit(e expr, v float64, w string) (q expr, ok, decided bool) {
	hi := e.hi
	next := s.w(hi)
	switch {
	case currencyWords[next]:
		e.class, e.hi = ClassMoney, hi+1
		return e, true, true
	case next == "%" || next == "percent":
		e.hi = hi + 1
		return e, true, true
	case next == "per" && s.w(hi+1) == "cent":
		e.hi = hi + 2
		return e, true, true
	case durationUnits[next] != "":
		switch s.w(hi + 1) {
		case "ago", "before", "after", "earlier", "later", "old":
			return expr{}, false, true
		}
		e.class, e.hi = ClassDuration, hi+1
		e.value = durationValue(v, e.value, durationUnits[next])
		return e, true, true
	case units[next] && !s.taken[hi]:
		e, ok := s.measureUnit(e, next)
		return e, ok, true
	case s.pluralNoun(hi) || (v == 1 && w == "one" && s.singularNoun(hi)):
		e.hi = hi + 1
		return e, true, true
	}
	return e, false, false
}

// measureUnit extends the count e over its unit, unit, which follows it:
// "5 km", "30 square metres", "40 degrees Celsius".
func (s *scanner) measureUnit(e expr, unit string) (expr, bool) {
	hi := e.hi
	e.hi = hi + 1
	switch unit {
	case "square", "cubic":
		if !units[s.w(hi+1)] {
			return expr{}, false
		}
		e.hi++
	case "degrees":
		switch s.w(hi + 1) {
		case "celsius", "fahrenheit", "c", "f":
			if !s.taken[hi+1] {
				e.hi++
			}
		}
	}
	return e, true
}

// durationValue returns the ISO 8601 duration of v (written num) units d,
// d a value of durationUnits: "P3Y", "PT2H", "P20Y" for two decades.
func durationValue(v float64, num, d string) string {
	if strings.HasPrefix(d, "0") {
		num, d = formatNumber(v*10), d[1:]
	}
	if strings.HasPrefix(d, "T") {
		return "PT" + num + d[1:]
	}
	return "P" + num + d
}

func (s *scanner) singularNoun(i int) bool {
	if i >= len(s.toks) || s.toks[i].Kind != tokenize.Word || s.taken[i] {
		return false
	}
	r := []rune(s.toks[i].Text)
	return len(r) > 2 && unicode.IsLower(r[0]) && !stopWord[s.w(i)]
}

// hyphenMeasure parses "400-metre", "31-year-old", "six-day" at i.
func (s *scanner) hyphenMeasure(i int) (expr, bool) {
	w := s.w(i)
	num, rest, ok := strings.Cut(w, "-")
	if !ok || rest == "" {
		return expr{}, false
	}
	var v float64
	if n, scaled, ok := digitNumber(num); ok && !scaled {
		v = n
	} else if n, ok := wordNumber(num); ok {
		v = n
	} else {
		return expr{}, false
	}
	unit, suffix, _ := strings.Cut(rest, "-")
	switch suffix {
	case "", "old", "long", "high", "tall", "wide", "deep", "strong":
	default:
		return expr{}, false
	}
	e := expr{lo: i, hi: i + 1, typ: extract.Quantity, class: ClassQuantity, value: formatNumber(v)}
	if d, ok := durationUnits[unit+"s"]; ok && suffix != "old" {
		e.class = ClassDuration
		e.value = durationValue(v, e.value, d)
		return e, true
	}
	if units[unit] || units[unit+"s"] || durationUnits[unit] != "" {
		return e, true
	}
	switch unit {
	case "storey", "story", "seat", "member", "page", "point", "man", "person", "nation", "country", "vehicle", "car", "room", "bed", "lane", "carriage":
		return e, true
	}
	return expr{}, false
}

// currencies.tsv maps the symbols and names of currencies to their ISO
// 4217 codes; gen writes it from ../shared/data/countries.
//
//go:generate go run ./gen -data ../../../shared/data -out currencies.tsv
//go:embed currencies.tsv
var currencyData string

var currencyCodes = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(currencyData, "\n") {
		if k, code, ok := strings.Cut(line, "\t"); ok {
			m[k] = code
		}
	}
	// Dollars written with a country's letters before the sign: a
	// convention no currency list holds.
	for k, code := range map[string]string{"us$": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD"} {
		m[k] = code
	}
	return m
})

// currency returns the ISO 4217 code of a currency symbol or name ("£",
// "pounds", "Swiss francs"), or "" when it is none or names several.
func currency(words ...string) string {
	k := strings.ToLower(strings.Join(words, " "))
	if c, ok := currencyCodes()[k]; ok {
		return c
	}
	if strings.HasSuffix(k, "s") {
		return currencyCodes()[strings.TrimSuffix(k, "s")]
	}
	return ""
}

// unit returns the unit of quantity e: its currency for money (the
// currency's code, or the symbol or word as written when it is not known
// or names several currencies), "percent", or the unit's word in the
// singular ("metre", "mph"); "" for a count of things.
func (s *scanner) unit(e expr) string {
	if e.typ != extract.Quantity || e.class == ClassDuration {
		return ""
	}
	if e.class == ClassMoney {
		for i := e.lo; i < e.hi; i++ {
			w := s.w(i)
			if currencySymbols[w] || currencyWords[w] {
				// "Swiss francs", "Australian dollars": the country's word first.
				if i > e.lo && currencyWords[w] {
					if c := currency(s.w(i-1), w); c != "" {
						return c
					}
				}
				if c := currency(w); c != "" {
					return c
				}
				return s.toks[i].Text
			}
		}
		return ""
	}
	last := s.w(e.hi - 1)
	switch {
	case last == "%" || last == "percent" || last == "cent" && s.w(e.hi-2) == "per":
		return "percent"
	case units[last]:
		if e.hi-2 >= e.lo && (s.w(e.hi-2) == "square" || s.w(e.hi-2) == "cubic") {
			return s.w(e.hi-2) + " " + singularUnit(last)
		}
		return singularUnit(last)
	}
	if _, rest, ok := strings.Cut(last, "-"); ok { // "400-metre"
		if u, _, _ := strings.Cut(rest, "-"); units[u] || units[u+"s"] {
			return singularUnit(u)
		}
	}
	return ""
}

// singularUnit returns a unit word in the singular ("metres" -> "metre",
// "feet" -> "foot"); abbreviations stay.
func singularUnit(w string) string {
	switch {
	case w == "feet":
		return "foot"
	case w == "inches":
		return "inch"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return strings.TrimSuffix(w, "s")
	}
	return w
}
