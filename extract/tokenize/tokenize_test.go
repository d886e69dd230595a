package tokenize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// texts returns the texts of toks.
func texts(toks []Token) []string {
	if len(toks) == 0 {
		return nil
	}
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// checkInvariants fails t unless toks is a valid tokenization of text:
// tokens in order and not overlapping, Text == text[Start:End], no empty
// token and none holding white space, and nothing but ignorable runes
// between tokens.
func checkInvariants(t testing.TB, text string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) {
			t.Fatalf("token %d %q: span [%d,%d) out of order or empty (previous end %d, len %d)", i, tok.Text, tok.Start, tok.End, prev, len(text))
		}
		if tok.Text != text[tok.Start:tok.End] {
			t.Fatalf("token %d: Text %q != text[%d:%d] %q", i, tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
		}
		if tok.Kind > Symbol {
			t.Fatalf("token %d %q: bad kind %d", i, tok.Text, tok.Kind)
		}
		for _, r := range tok.Text {
			if unicode.IsSpace(r) {
				t.Fatalf("token %d %q holds white space", i, tok.Text)
			}
		}
		checkGap(t, text[prev:tok.Start])
		prev = tok.End
	}
	checkGap(t, text[prev:])
}

// checkGap fails t unless gap holds only runes skipped between tokens.
func checkGap(t testing.TB, gap string) {
	t.Helper()
	for i, r := range gap {
		if r == utf8.RuneError {
			if _, w := utf8.DecodeRuneInString(gap[i:]); w == 1 {
				t.Fatalf("invalid byte %q skipped in gap %q", gap[i], gap)
			}
		}
		if r < utf8.RuneSelf && asciiClass[r]&classSpace == 0 || r >= utf8.RuneSelf && !isIgnorable(r) {
			t.Fatalf("rune %q skipped in gap %q", r, gap)
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"spaces only", " \t\n\u00a0\u2009\u200b", nil},
		{"simple sentence", "The cat sat on the mat.", []string{"The", "cat", "sat", "on", "the", "mat", "."}},
		{"possessive", "the country's army", []string{"the", "country", "'s", "army"}},
		{"possessive curly", "the country’s army", []string{"the", "country", "’s", "army"}},
		{"possessive capitals", "THE PRESIDENT'S VISIT", []string{"THE", "PRESIDENT", "'S", "VISIT"}},
		{"plural possessive", "the farmers' union", []string{"the", "farmers", "'", "union"}},
		{"possessive of abbreviation", "the U.S.'s role", []string{"the", "U.S.", "'s", "role"}},
		{"possessive after name with apostrophe", "O'Neill's house", []string{"O'Neill", "'s", "house"}},
		{"clitics", "I'm sure we're done, they'll say you've I'd", []string{"I", "'m", "sure", "we", "'re", "done", ",", "they", "'ll", "say", "you", "'ve", "I", "'d"}},
		{"negations", "don't can't won't isn't ain't", []string{"do", "n't", "ca", "n't", "wo", "n't", "is", "n't", "ai", "n't"}},
		{"negation capitals", "DON'T", []string{"DO", "N'T"}},
		{"negation curly", "didn’t", []string{"did", "n’t"}},
		{"pre-split clitics", "Germany 's do n't", []string{"Germany", "'s", "do", "n't"}},
		{"cannot stays", "cannot", []string{"cannot"}},
		{"names with apostrophes", "O'Brien at six o'clock, rock'n'roll", []string{"O'Brien", "at", "six", "o'clock", ",", "rock'n'roll"}},
		{"single quotes", "he said 'stop' twice", []string{"he", "said", "'", "stop", "'", "twice"}},
		{"curly double quotes", "“Yes,” she said.", []string{"“", "Yes", ",", "”", "she", "said", "."}},
		{"straight double quotes", `"No."`, []string{`"`, "No", ".", `"`}},
		{"tex quotes", "``Yes,'' he said", []string{"``", "Yes", ",", "''", "he", "said"}},
		{"abbreviated decade", "the '90s and '96", []string{"the", "'90s", "and", "'96"}},
		{"acronyms with periods", "U.S. and U.N. officials", []string{"U.S.", "and", "U.N.", "officials"}},
		{"acronym at end", "went to the U.S.", []string{"went", "to", "the", "U.S."}},
		{"acronym without final period", "the U.S government", []string{"the", "U.S", "government"}},
		{"acronym with hyphen", "U.S.-led forces", []string{"U.S.-led", "forces"}},
		{"lower abbreviations", "at 9 a.m. or 5 p.m., e.g. today, i.e. now", []string{"at", "9", "a.m.", "or", "5", "p.m.", ",", "e.g.", "today", ",", "i.e.", "now"}},
		{"titles", "Mr. Dr. Gen. Sen. Gov. Mrs. Prof. Rev. Lt. Col.", []string{"Mr.", "Dr.", "Gen.", "Sen.", "Gov.", "Mrs.", "Prof.", "Rev.", "Lt.", "Col."}},
		{"companies", "Acme Inc., Widget Corp. and Smith & Co. Ltd.", []string{"Acme", "Inc.", ",", "Widget", "Corp.", "and", "Smith", "&", "Co.", "Ltd."}},
		{"months", "on Oct. 3 and Sept. 12", []string{"on", "Oct.", "3", "and", "Sept.", "12"}},
		{"month that is a word", "in Jan. 5 and Jan.", []string{"in", "Jan.", "5", "and", "Jan", "."}},
		{"weekday", "Sun., Feb. 4; the Sun.", []string{"Sun.", ",", "Feb.", "4", ";", "the", "Sun", "."}},
		{"vs and etc", "left vs. right, apples etc. and so on", []string{"left", "vs.", "right", ",", "apples", "etc.", "and", "so", "on"}},
		{"number sign abbreviation", "No. 10 but he said no.", []string{"No.", "10", "but", "he", "said", "no", "."}},
		{"state after comma", "Boston, Mass. and the Mass.", []string{"Boston", ",", "Mass.", "and", "the", "Mass", "."}},
		{"state always", "Fresno, Calif.-based and Tampa Fla.", []string{"Fresno", ",", "Calif.-based", "and", "Tampa", "Fla."}},
		{"capitals", "ACME CORP. AND THE FT. DEC. 5", []string{"ACME", "CORP.", "AND", "THE", "FT", ".", "DEC", ".", "5"}},
		{"dateline saint", "ST. PETERSBURG, Russia", []string{"ST.", "PETERSBURG", ",", "Russia"}},
		{"dateline saint before agency", "ST. LOUIS (AP) — It", []string{"ST.", "LOUIS", "(", "AP", ")", "—", "It"}},
		{"dateline fort, two words", "FT. LAUDERDALE BEACH, Fla.", []string{"FT.", "LAUDERDALE", "BEACH", ",", "Fla."}},
		{"capitals going on", "READ THE FT. IT IS GOOD", []string{"READ", "THE", "FT", ".", "IT", "IS", "GOOD"}},
		{"capitals at the end", "IN THE ST. LOUIS", []string{"IN", "THE", "ST", ".", "LOUIS"}},
		{"past tense is not a weekday", "He sat.", []string{"He", "sat", "."}},
		{"initials", "J. R. R. Tolkien and George W. Bush", []string{"J.", "R.", "R.", "Tolkien", "and", "George", "W.", "Bush"}},
		{"lower single letter", "vitamin a.", []string{"vitamin", "a", "."}},
		{"ordinary period", "It rained. Then it stopped.", []string{"It", "rained", ".", "Then", "it", "stopped", "."}},
		{"sentence glued", "he said.The next", []string{"he", "said", ".", "The", "next"}},
		{"title glued", "Mr.Smith", []string{"Mr.", "Smith"}},
		{"domain", "visit example.com or bbc.co.uk.", []string{"visit", "example.com", "or", "bbc.co.uk", "."}},
		{"ellipsis", "wait... what…", []string{"wait", "...", "what", "…"}},
		{"ellipsis after abbreviation", "the U.S...", []string{"the", "U.S", "..."}},
		{"hyphenated", "Israeli-Palestinian talks, a 12-year-old, mid-1990s", []string{"Israeli-Palestinian", "talks", ",", "a", "12-year-old", ",", "mid-1990s"}},
		{"unicode hyphens", "non\u2011stop x\u2010ray", []string{"non\u2011stop", "x\u2010ray"}},
		{"suspended hyphen", "pre- and post-war", []string{"pre-", "and", "post-war"}},
		{"double dash", "yes--no -- maybe", []string{"yes", "--", "no", "--", "maybe"}},
		{"spaced hyphen", "London - The", []string{"London", "-", "The"}},
		{"dashes", "now—or never – really", []string{"now", "—", "or", "never", "–", "really"}},
		{"en dash range", "2004–05", []string{"2004", "–", "05"}},
		{"numbers", "1,000 3.5 .500 10:30 2:29.34 1/2 08/26/96 1996-08-22", []string{"1,000", "3.5", ".500", "10:30", "2:29.34", "1/2", "08/26/96", "1996-08-22"}},
		{"signed numbers", "+44 and -5 (−3.2)", []string{"+44", "and", "-5", "(", "−3.2", ")"}},
		{"minus after word is hyphen", "score 3-2", []string{"score", "3-2"}},
		{"percent", "rose 5.6% to", []string{"rose", "5.6", "%", "to"}},
		{"currency", "$1.13bn (£600m) €5 C$100 US$ 5", []string{"$", "1.13bn", "(", "£", "600m", ")", "€", "5", "C$", "100", "US$", "5"}},
		{"ordinals and decades", "the 3rd in the 1990s", []string{"the", "3rd", "in", "the", "1990s"}},
		{"number at sentence end", "in 1996.", []string{"in", "1996", "."}},
		{"list markers", "1. First\n2. Second", []string{"1.", "First", "2.", "Second"}},
		{"number period mid line", "won 3. Next", []string{"won", "3", ".", "Next"}},
		{"url", "see https://example.com/a?b=c&d=1.", []string{"see", "https://example.com/a?b=c&d=1", "."}},
		{"url in brackets", "(http://example.org/x)", []string{"(", "http://example.org/x", ")"}},
		{"url with brackets", "http://en.example.org/wiki/A_(b) now", []string{"http://en.example.org/wiki/A_(b)", "now"}},
		{"www url", "www.example.com/news/1, then", []string{"www.example.com/news/1", ",", "then"}},
		{"email", "write to jane.doe@example.co.uk.", []string{"write", "to", "jane.doe@example.co.uk", "."}},
		{"handle and hashtag", "@some_user posted #BreakingNews #1", []string{"@some_user", "posted", "#BreakingNews", "#1"}},
		{"lone at and hash", "@ # !", []string{"@", "#", "!"}},
		{"ampersand acronyms", "S&P and AT&T, R & D", []string{"S&P", "and", "AT&T", ",", "R", "&", "D"}},
		{"ratings", "AA+ and C++ code", []string{"AA+", "and", "C++", "code"}},
		{"slash words split", "and/or HIV/Aids", []string{"and", "/", "or", "HIV", "/", "Aids"}},
		{"brackets", "[a] {b} (c)", []string{"[", "a", "]", "{", "b", "}", "(", "c", ")"}},
		{"exclamations", "What?! No!!!", []string{"What", "?", "!", "No", "!!!"}},
		{"bullets", "• one\n- two\n* three", []string{"•", "one", "-", "two", "*", "three"}},
		{"non-breaking spaces", "10\u00a0000 people\u202fsaid", []string{"10", "000", "people", "said"}},
		{"zero width", "foo\u200bbar\ufeff baz", []string{"foo", "bar", "baz"}},
		{"soft hyphen", "infor\u00admation", []string{"infor\u00admation"}},
		{"accents and marks", "naïve café cafe\u0301", []string{"naïve", "café", "cafe\u0301"}},
		{"non-latin", "Москва 東京 is", []string{"Москва", "東京", "is"}},
		{"emoji", "great 👍🏽 ❤️ 👩‍💻 🇬🇧🇫🇷 end", []string{"great", "👍🏽", "❤️", "👩‍💻", "🇬🇧", "🇫🇷", "end"}},
		{"invalid utf8", "cost \xa31,400 \xff\xfe", []string{"cost", "\xa3", "1,400", "\xff", "\xfe"}},
		{"replacement char", "a\ufffdb", []string{"a", "\ufffd", "b"}},
		{"control chars", "a\x00b\x07c", []string{"a", "b", "c"}},
		{"crlf", "one\r\ntwo", []string{"one", "two"}},
		{"underscore", "snake_case _x_", []string{"snake_case", "_", "x", "_"}},
		{"colon", "Note: time", []string{"Note", ":", "time"}},
		{"trailing hyphen at end", "6-", []string{"6-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.in)
			checkInvariants(t, tt.in, toks)
			if diff := cmp.Diff(tt.want, texts(toks)); diff != "" {
				t.Errorf("Tokenize(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestKinds(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Kind
	}{
		{"words", "U.S. don't café", []Kind{Word, Word, Word, Word}},
		{"numbers", "1. 1,000 3.5 3rd 1990s +44 .5 '90s 6-", []Kind{Number, Number, Number, Number, Number, Number, Number, Number, Number}},
		{"not numbers", "12-year-old F-14 21.JAN.99", []Kind{Word, Word, Word}},
		{"punct", `. , ; : ! ? ... " ' ( ) [ ] - -- — – “ ” •`, []Kind{Punct, Punct, Punct, Punct, Punct, Punct, Punct, Punct, Punct, Punct, Punct, Punct, Punct, Punct, Punct, Punct, Punct, Punct, Punct, Punct}},
		{"symbols", "$ % & + = * / © € US$ \xff", []Kind{Symbol, Symbol, Symbol, Symbol, Symbol, Symbol, Symbol, Symbol, Symbol, Symbol, Symbol}},
		{"web", "http://example.com a@example.com @user #tag", []Kind{Word, Word, Word, Word}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.in)
			got := make([]Kind, len(toks))
			for i, tok := range toks {
				got[i] = tok.Kind
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("kinds of %q (-want +got):\n%s\ntokens: %q", tt.in, diff, texts(toks))
			}
		})
	}
}

func TestAppend(t *testing.T) {
	const text = "Mr. Lee said the U.S. economy grew 3.5% in 1996, didn't it? See https://example.com/x. Boston, Mass. J. Doe."
	want := Tokenize(text)
	prefix := []Token{{Text: "x", Start: 0, End: 1, Kind: Word}}
	got := Append(prefix, text)
	if diff := cmp.Diff(append(prefix[:1:1], want...), got); diff != "" {
		t.Errorf("Append (-want +got):\n%s", diff)
	}
	buf := make([]Token, 0, 64)
	allocs := testing.AllocsPerRun(100, func() {
		buf = Append(buf[:0], text)
	})
	if allocs != 0 {
		t.Errorf("Append with room allocated %v times per run, want 0", allocs)
	}
}

func TestOffsetsMatchText(t *testing.T) {
	text := strings.Repeat("Mr. Smith’s “co-op” paid $1,000.50 on Jan. 5 — didn't he?\u00a0\n", 3)
	checkInvariants(t, text, Tokenize(text))
}

func TestAllCaps(t *testing.T) {
	for s, want := range map[string]bool{"CITY": true, "ST.": true, "BBC1": true, "City": false, "123": false, "": false, "ÉTÉ": true} {
		if got := AllCaps(s); got != want {
			t.Errorf("AllCaps(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestStartsUpper(t *testing.T) {
	for s, want := range map[string]bool{"Harlow": true, "ÉTÉ": true, "harlow": false, "4x4": false, "“Quote": false, "": false} {
		if got := StartsUpper(s); got != want {
			t.Errorf("StartsUpper(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestStartsLower(t *testing.T) {
	for s, want := range map[string]bool{"harlow": true, "été": true, "Harlow": false, "4x4": false, "": false} {
		if got := StartsLower(s); got != want {
			t.Errorf("StartsLower(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCapitals(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    bool
	}{
		{"acronym", "NFL", true},
		{"with a digit", "BBC1", true},
		{"with full stops", "U.N.", true},
		{"one letter", "A", false},
		{"one letter and a digit", "B1", false},
		{"capitalised word", "Harlow", false},
		{"digits alone", "123", false},
		{"empty", "", false},
	} {
		if got := Capitals(tc.s); got != tc.want {
			t.Errorf("%s: Capitals(%q) = %v, want %v", tc.name, tc.s, got, tc.want)
		}
	}
}

// TestQuoteMarks checks IsQuoteMark, any quotation mark, against
// IsDoubleQuote, which leaves out the single quote.
func TestQuoteMarks(t *testing.T) {
	for _, tc := range []struct {
		name, w       string
		quote, double bool
	}{
		{"straight double", `"`, true, true},
		{"curly opening double", "\u201c", true, true},
		{"curly closing double", "\u201d", true, true},
		{"treebank opening", "``", true, true},
		{"treebank closing", "''", true, true},
		{"straight single", "'", true, false},
		{"curly opening single", "\u2018", true, false},
		{"curly closing single", "\u2019", true, false},
		{"run of backquotes", "```", true, false},
		{"mixed run", "\"'", true, false},
		{"empty", "", false, false},
		{"word", "Tarvik", false, false},
		{"contraction", "'s", false, false},
		{"guillemet", "\u00ab", false, false},
		{"dash", "-", false, false},
	} {
		if got := IsQuoteMark(tc.w); got != tc.quote {
			t.Errorf("%s: IsQuoteMark(%q) = %v, want %v", tc.name, tc.w, got, tc.quote)
		}
		if got := IsDoubleQuote(tc.w); got != tc.double {
			t.Errorf("%s: IsDoubleQuote(%q) = %v, want %v", tc.name, tc.w, got, tc.double)
		}
	}
}

// TestIsNumberSign checks the number sign of a rank or a count.
func TestIsNumberSign(t *testing.T) {
	for _, tc := range []struct {
		name, w string
		want    bool
	}{
		{"abbreviation", "No.", true},
		{"lower case", "no.", true},
		{"capitals", "NO.", true},
		{"without the period", "no", true},
		{"the word number", "number", false},
		{"plural", "Nos.", false},
		{"another word", "not", false},
		{"empty", "", false},
	} {
		if got := IsNumberSign(tc.w); got != tc.want {
			t.Errorf("%s: IsNumberSign(%q) = %v, want %v", tc.name, tc.w, got, tc.want)
		}
	}
}

// TestTicker checks both ticker tests: Ticker, for a word of running
// text, and TickerNotName, for a name's text.
func TestTicker(t *testing.T) {
	for _, tc := range []struct {
		name, w         string
		ticker, notName bool
	}{
		{"one-letter exchange", "ACM.N", true, true},
		{"two-letter exchange", "VEL.CO", true, true},
		{"one-letter symbol", "A.L", true, false},
		{"six-letter symbol", "ACMEVL.N", false, true},
		{"three-letter exchange", "ACM.NYS", false, true},
		{"digits", "ACMB4.SA", false, true},
		{"all digits", "6753.T", false, false},
		{"one letter before a long suffix", "A.CME", false, false},
		{"lower case", "Acm.N", false, false},
		{"no full stop", "ACMN", false, false},
		{"initials", "U.S.", false, false},
		{"four-letter exchange", "ACM.NYSE", false, false},
	} {
		if got := Ticker(tc.w); got != tc.ticker {
			t.Errorf("%s: Ticker(%q) = %v, want %v", tc.name, tc.w, got, tc.ticker)
		}
		if got := TickerNotName(tc.w); got != tc.notName {
			t.Errorf("%s: TickerNotName(%q) = %v, want %v", tc.name, tc.w, got, tc.notName)
		}
	}
}

// TestDatelinePlace checks the datelines read only when the town is a
// place known to the caller (here Tarvik, New Pellam and Ostmark, in
// any case).
func TestDatelinePlace(t *testing.T) {
	known := func(words []string) bool {
		switch strings.ToUpper(strings.Join(words, " ")) {
		case "TARVIK", "NEW PELLAM", "OSTMARK":
			return true
		}
		return false
	}
	for _, tc := range []struct {
		name, words   string
		town, dash    int
		agency        [2]int
		unknownPlaces bool
	}{
		{"no dash after the agency", "TARVIK ( Wirenews ) The mayor won .", 1, 3, [2]int{2, 3}, false},
		{"two known towns, no dash", "TARVIK / NEW PELLAM ( Wirenews ) The mayor won .", 4, 6, [2]int{5, 6}, false},
		{"one town unknown, no dash", "TARVIK / VELDEN ( Wirenews ) The mayor won .", 0, 0, [2]int{}, false},
		{"unknown town, no dash", "VELDEN ( Wirenews ) The mayor won .", 0, 0, [2]int{}, false},
		{"no place lookup", "TARVIK ( Wirenews ) The mayor won .", 0, 0, [2]int{}, true},
		{"a ticker, not an agency", "TARVIK ( ACM.N ) Shares rose .", 0, 0, [2]int{}, false},
		{"an exchange's ticker", "TARVIK ( NYSE : ACM ) Shares rose .", 0, 0, [2]int{}, false},
		{"the story in small letters", "TARVIK ( Wirenews ) said so .", 0, 0, [2]int{}, false},
		{"a headline in capitals", "TARVIK ( Wirenews ) ACME BUYS VELDEN", 0, 0, [2]int{}, false},
		{"a town in title case", "Tarvik ( Wirenews ) The mayor won .", 0, 0, [2]int{}, false},
		{"the dash form as before", "VELDEN ( Wirenews ) - The mayor won .", 1, 4, [2]int{2, 3}, false},
		{"a known town and a colon", "TARVIK : The mayor won .", 1, 1, [2]int{}, false},
		{"a known town of two words and a colon", "NEW PELLAM : The mayor won .", 2, 2, [2]int{}, false},
		{"a dated town in title case and a colon", "Tarvik , March 3 : The mayor won .", 1, 4, [2]int{}, false},
		{"a town in title case, no date", "Tarvik : The mayor won .", 0, 0, [2]int{}, false},
		{"a label, no place", "UPDATE : The mayor won .", 0, 0, [2]int{}, false},
		{"a transcript's speaker", "ANN LEE : Well , the mayor won .", 0, 0, [2]int{}, false},
		{"an unknown town and a colon", "VELDEN : The mayor won .", 0, 0, [2]int{}, false},
		{"a colon, no place lookup", "TARVIK : The mayor won .", 0, 0, [2]int{}, true},
		{"a colon before small letters", "TARVIK : the mayor won .", 0, 0, [2]int{}, false},
		{"an agency and a colon", "TARVIK / NEW PELLAM ( Wirenews ) : The mayor won .", 4, 7, [2]int{5, 6}, false},
		{"an agency and a colon, town unknown", "VELDEN ( Wirenews ) : The mayor won .", 0, 0, [2]int{}, false},
		{"a ticker and a colon", "TARVIK ( ACM.N ) : Shares rose .", 0, 0, [2]int{}, false},
		{"an outlet and news agencies", "VELDEN ( Acme Online & News Agencies ) - The mayor won .", 1, 8, [2]int{2, 7}, false},
		{"an outlet and agencies in small letters", "VELDEN ( Acme Wire and agencies ) - The mayor won .", 1, 7, [2]int{2, 6}, false},
		{"four words in brackets, no conjunction", "VELDEN ( Acme Online News Wire ) - The mayor won .", 0, 0, [2]int{}, false},
		{"an aside in brackets, no credit", "VELDEN ( the city and its port ) - The mayor won .", 0, 0, [2]int{}, false},
	} {
		place := known
		if tc.unknownPlaces {
			place = nil
		}
		town, agency, dash := DatelinePlace(strings.Fields(tc.words), place)
		if town != tc.town || town > 0 && (agency != tc.agency || dash != tc.dash) {
			t.Errorf("%s: DatelinePlace(%q) = %d, %v, %d; want %d, %v, %d", tc.name, tc.words, town, agency, dash, tc.town, tc.agency, tc.dash)
		}
	}
}

func TestDatelineLabel(t *testing.T) {
	for _, tc := range []struct {
		name, words string
		want        int
	}{
		{"a section's label", "World News : Tarvik , Nov 9 : The mayor won .", 3},
		{"one word", "Sport : TARVIK : The mayor won .", 2},
		{"no colon", "Ann Lee won .", 0},
		{"small letters before the colon", "The score : 3-1 .", 0},
		{"a colon first", ": Tarvik", 0},
		{"too many words", "A B C D : Tarvik", 0},
	} {
		if got := DatelineLabel(strings.Fields(tc.words)); got != tc.want {
			t.Errorf("%s: DatelineLabel(%q) = %d, want %d", tc.name, tc.words, got, tc.want)
		}
	}
}

func TestDatelineTown(t *testing.T) {
	for _, tc := range []struct {
		words string
		want  int
	}{
		{"HARBOR CITY — The mayor won .", 2},
		{"TARVIK , Ostmark — Rain fell .", 1},
		{"TARVIK ( Reuters ) - Shares rose .", 1},
		{"FT. WORTH , Ostmark ( Reuters ) - Shares rose .", 2},
		{"Tarvik , March 3 — Acme said it would buy Velden Freight .", 1},
		{"Tarvik , March — Acme said so .", 0},
		{"EADS - its owner - said so .", 0},
		{"UK - rates rose .", 0},
		{"The mayor won .", 0},
		{"ACME SAID ON MONDAY IT WOULD PAY", 0},
		{"ATHLETICS - TARVIK BEATS PELLAM , LEE FINED .", 0},
		{"HARLOW - ACME rose , Ann Lee said .", 1},
		{"HARLOW - 12 rose .", 1},
		{"TARVIK / NEW PELLAM ( Reuters ) - Shares rose .", 4},
		{"NEW PELLAM / TARVIK - Shares rose .", 4},
		{"TARVIK / - Shares rose .", 0},
		{"ACME / Velden - Shares rose .", 0},
	} {
		if got := DatelineTown(strings.Fields(tc.words)); got != tc.want {
			t.Errorf("DatelineTown(%q) = %d, want %d", tc.words, got, tc.want)
		}
	}
}

// TestBareDateline checks the datelines whose dash was left out (Tarvik,
// New Pellam and Ostmark are known places).
func TestBareDateline(t *testing.T) {
	known := func(words []string) bool {
		switch strings.Join(words, " ") {
		case "TARVIK", "NEW PELLAM", "Ostmark", "ROME":
			return true
		}
		return false
	}
	for _, tc := range []struct {
		name, words string
		town, story int
	}{
		{"a town before a name", "TARVIK Acme Corp said so .", 1, 1},
		{"a town of two words", "NEW PELLAM The mayor won .", 2, 2},
		{"a town and its country", "TARVIK , Ostmark The mayor won .", 1, 3},
		{"an unknown region", "TARVIK , Velden The mayor won .", 0, 0},
		{"an unknown town", "VELDEN The mayor won .", 0, 0},
		{"a town of four letters", "ROME The mayor won .", 0, 0},
		{"a town in title case", "Tarvik The mayor won .", 0, 0},
		{"a date after the town", "TARVIK May 3 the mayor won .", 0, 0},
		{"a headline in capitals", "TARVIK BEATS PELLAM", 0, 0},
		{"small letters after", "TARVIK won the cup .", 0, 0},
	} {
		town, story := BareDateline(strings.Fields(tc.words), known)
		if town != tc.town || town > 0 && story != tc.story {
			t.Errorf("%s: BareDateline(%q) = %d, %d; want %d, %d", tc.name, tc.words, town, story, tc.town, tc.story)
		}
	}
}
