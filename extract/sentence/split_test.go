package sentence

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// sentenceTexts returns the text of each sentence.
func sentenceTexts(text string, sents []extract.Sentence) []string {
	if len(sents) == 0 {
		return nil
	}
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = text[s.Start:s.End]
	}
	return out
}

// checkInvariants fails t unless sents partition toks in order: each
// sentence non-empty, its Tokens the next sub-slice of toks (sharing its
// array), Start and End the span of its first and last token.
func checkInvariants(t testing.TB, toks []tokenize.Token, sents []extract.Sentence) {
	t.Helper()
	if len(toks) == 0 {
		if sents != nil {
			t.Fatalf("got %d sentences for no tokens", len(sents))
		}
		return
	}
	k := 0
	for i, s := range sents {
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d is empty", i)
		}
		if k+len(s.Tokens) > len(toks) || &s.Tokens[0] != &toks[k] {
			t.Fatalf("sentence %d: tokens are not toks[%d:%d]", i, k, k+len(s.Tokens))
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Fatalf("sentence %d: span [%d,%d) != tokens' [%d,%d)", i, s.Start, s.End, s.Tokens[0].Start, s.Tokens[len(s.Tokens)-1].End)
		}
		k += len(s.Tokens)
	}
	if k != len(toks) {
		t.Fatalf("sentences cover %d of %d tokens", k, len(toks))
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"white space", " \n\n ", nil},
		{"one", "The cat sat.", []string{"The cat sat."}},
		{"no final punctuation", "The cat sat", []string{"The cat sat"}},
		{"two", "The cat sat. The dog ran.", []string{"The cat sat.", "The dog ran."}},
		{"question and exclamation", "Why? Because! Fine.", []string{"Why?", "Because!", "Fine."}},
		{"mixed terminal run", "Really?! Yes.", []string{"Really?!", "Yes."}},
		{"lower case after period", "He earns approx. five dollars.", []string{"He earns approx. five dollars."}},
		{"closing quote after period", `He said, "We are done." Then he left.`, []string{`He said, "We are done."`, "Then he left."}},
		{"curly closing quote", "She said: “We won.” Fans cheered.", []string{"She said: “We won.”", "Fans cheered."}},
		{"question in quotes then lower case", `"Why?" he asked. "Because."`, []string{`"Why?" he asked.`, `"Because."`}},
		{"closing bracket", "It rose (as expected.) Then it fell.", []string{"It rose (as expected.)", "Then it fell."}},
		{"spaced closing quote", `" It is over . " The end .`, []string{`" It is over . "`, "The end ."}},
		{"quote over two sentences", `He said: "We lost. It hurts." "Next year," he added.`, []string{`He said: "We lost.`, `It hurts."`, `"Next year," he added.`}},
		{"opening quote after unclosed one", `She said: "It is over. "We start again.`, []string{`She said: "It is over.`, `"We start again.`}},
		{"tex quotes", "He left. ''We lost,'' he said. 'Why?' she asked.", []string{"He left.", "''We lost,'' he said.", "'Why?' she asked."}},
		{"a ticker after a company's abbreviation", "Acme Co. ACM.N said it grew. Vell Corp. Shares fell.", []string{"Acme Co. ACM.N said it grew.", "Vell Corp.", "Shares fell."}},
		{"a legal form after a company's abbreviation", "It bought Tarvik Coal Co. LLC, a rival. Vell Corp. Shares fell.", []string{"It bought Tarvik Coal Co. LLC, a rival.", "Vell Corp.", "Shares fell."}},
		{"titles", "Mr. Smith met Dr. Jones and Gen. Lee at St. Mary's.", []string{"Mr. Smith met Dr. Jones and Gen. Lee at St. Mary's."}},
		{"number abbreviation", "It was No. 1 in the charts.", []string{"It was No. 1 in the charts."}},
		{"dateline saint in capitals", "ST. LOUIS, Mo. (AP) — It rained. Then it stopped.", []string{"ST. LOUIS, Mo. (AP) — It rained.", "Then it stopped."}},
		{"acronym mid sentence", "The U.S. Army said so.", []string{"The U.S. Army said so."}},
		{"acronym at end before starter", "He moved to the U.S. The move was costly.", []string{"He moved to the U.S.", "The move was costly."}},
		{"acronym before quote", `He lives in the U.S. "It is home," he said.`, []string{"He lives in the U.S.", `"It is home," he said.`}},
		{"company at end", "He joined Acme Inc. Shares rose.", []string{"He joined Acme Inc.", "Shares rose."}},
		{"bracket after abbreviation", "Smith et al. (2001) found it. Acme Inc. (NYSE: ACM) fell.", []string{"Smith et al. (2001) found it.", "Acme Inc. (NYSE: ACM) fell."}},
		{"bracket after period", "He left. (He came back.) Then", []string{"He left.", "(He came back.)", "Then"}},
		{"company in name", "Smith & Co. Ltd. reported a loss.", []string{"Smith & Co. Ltd. reported a loss."}},
		{"time before weekday", "It starts at 9 a.m. Monday in the hall.", []string{"It starts at 9 a.m. Monday in the hall."}},
		{"time at end", "It starts at 9 a.m. Doors open early.", []string{"It starts at 9 a.m.", "Doors open early."}},
		{"initials", "The book is by J. R. R. Tolkien and it sold well.", []string{"The book is by J. R. R. Tolkien and it sold well."}},
		{"middle initial", "George W. Bush spoke.", []string{"George W. Bush spoke."}},
		{"initial before starter", "He chose plan B. The others agreed.", []string{"He chose plan B.", "The others agreed."}},
		{"months", "On Oct. 3 the vote was held. In Nov. Lee won.", []string{"On Oct. 3 the vote was held.", "In Nov. Lee won."}},
		{"state", "He was born in Boston, Mass. He moved later.", []string{"He was born in Boston, Mass.", "He moved later."}},
		{"decimal", "Growth was 3.5 percent. Prices rose 1.2%.", []string{"Growth was 3.5 percent.", "Prices rose 1.2%."}},
		{"number after period", "It happened in 1996. 12 people died.", []string{"It happened in 1996.", "12 people died."}},
		{"citation mark", "It opened in 2001.[3] It closed later. [a] Then", []string{"It opened in 2001.[3]", "It closed later. [a]", "Then"}},
		{"ellipsis mid sentence", "Well... not really.", []string{"Well... not really."}},
		{"ellipsis before capital", "He paused… Then he spoke.", []string{"He paused…", "Then he spoke."}},
		{"url and email", "See www.example.com. Write to a@example.com. Thanks.", []string{"See www.example.com.", "Write to a@example.com.", "Thanks."}},
		{"exclamation brand", "Yahoo! said no.", []string{"Yahoo! said no."}},
		{"headline", "Storm hits coast\nHeavy rain fell on Monday.", []string{"Storm hits coast", "Heavy rain fell on Monday."}},
		{"headline and blank line", "Storm hits coast\n\nHeavy rain fell.", []string{"Storm hits coast", "Heavy rain fell."}},
		{"byline", "Storm hits coast\nBy Jane Doe\nLONDON (Reuters) - Heavy rain fell.\nAFP", []string{"Storm hits coast", "By Jane Doe", "LONDON (Reuters) - Heavy rain fell.", "AFP"}},
		{"blank line without punctuation", "first part\n\nsecond part", []string{"first part", "second part"}},
		{"line break then lower case", "The river rose\nfaster than expected.", []string{"The river rose\nfaster than expected."}},
		{"line break after comma", "The mayor,\nJohn Smith, spoke.", []string{"The mayor,\nJohn Smith, spoke."}},
		{"line break after function word", "It was reported by the\nNational Weather Service.", []string{"It was reported by the\nNational Weather Service."}},
		{"dash list", "Measures include:\n- curfews\n- road closures", []string{"Measures include:", "- curfews", "- road closures"}},
		{"bullet list", "Measures include:\n• curfews;\n• road closures.", []string{"Measures include:", "• curfews;", "• road closures."}},
		{"inline bullets", "Top stories • Rain hits coast • Markets fall", []string{"Top stories", "• Rain hits coast", "• Markets fall"}},
		{"numbered list", "Steps:\n1. Open the box.\n2. Remove the lid", []string{"Steps:", "1. Open the box.", "2. Remove the lid"}},
		{"bracketed list", "Options:\n(a) stay\n(b) go\n3) wait", []string{"Options:", "(a) stay", "(b) go", "3) wait"}},
		{"crlf paragraphs", "One line\r\n\r\nAnother line.", []string{"One line", "Another line."}},
		{"paragraph separator", "One\u2029Two", []string{"One", "Two"}},
		{"hard wrapped text",
			"The council said on Monday that the new bridge over the river would\n" +
				"open in the spring, and that the old one would be closed for repairs\n" +
				"until the end of next year. Drivers were told to expect delays on the\n" +
				"main road into the town centre while the work was carried out.\n" +
				"Officials said the work would cost about 2m.\n",
			[]string{
				"The council said on Monday that the new bridge over the river would\nopen in the spring, and that the old one would be closed for repairs\nuntil the end of next year.",
				"Drivers were told to expect delays on the\nmain road into the town centre while the work was carried out.",
				"Officials said the work would cost about 2m.",
			}},
		{"hard wrapped with name at line start",
			"Residents of the northern districts were asked to stay at home by\n" +
				"Police Commissioner Ann Lee, who said the roads were flooded and that\n" +
				"several bridges had been closed overnight as a precaution against the\n" +
				"rising water levels reported upstream.\n",
			[]string{
				"Residents of the northern districts were asked to stay at home by\nPolice Commissioner Ann Lee, who said the roads were flooded and that\nseveral bridges had been closed overnight as a precaution against the\nrising water levels reported upstream.",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize.Tokenize(tt.in)
			sents := Split(tt.in, toks)
			checkInvariants(t, toks, sents)
			if diff := cmp.Diff(tt.want, sentenceTexts(tt.in, sents)); diff != "" {
				t.Errorf("Split(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestSplitBadOffsets(t *testing.T) {
	toks := tokenize.Tokenize("One. Two. Three.")
	for _, text := range []string{"", "short", "One. Two. Three. And more."} {
		sents := Split(text, toks)
		checkInvariants(t, toks, sents)
	}
}
