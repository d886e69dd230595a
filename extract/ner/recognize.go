package ner

import (
	"errors"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// Options configures a Recognizer. The zero value (or nil) keeps every
// type the model predicts.
type Options struct {
	// Types, when not empty, keeps only mentions of these coarse types
	// (extract.Person, extract.Organization, ...).
	Types []string
}

// Recognizer finds entity mentions in tokenized documents.
type Recognizer struct {
	m     *Model
	types map[string]bool
}

// NewRecognizer returns a Recognizer that tags with m. Nil opts means the
// defaults.
func NewRecognizer(m *Model, opts *Options) *Recognizer {
	r := &Recognizer{m: m}
	if opts != nil && len(opts.Types) > 0 {
		r.types = map[string]bool{}
		for _, t := range opts.Types {
			r.types[t] = true
		}
	}
	return r
}

// typeNames maps tag types to the coarse types of package extract.
var typeNames = map[string]string{
	"PER":  extract.Person,
	"ORG":  extract.Organization,
	"LOC":  extract.Location,
	"MISC": extract.Miscellaneous,
}

// Recognize tags the tokens of res.Sentences and appends one Mention per
// name found, with byte offsets into res.Doc.Text and Entity -1.
func (r *Recognizer) Recognize(res *extract.Result) error {
	if r == nil || r.m == nil {
		return errors.New("ner: recognizer has no model")
	}
	sents := make([][]string, len(res.Sentences))
	for i, s := range res.Sentences {
		words := make([]string, len(s.Tokens))
		for j, t := range s.Tokens {
			words[j] = t.Text
		}
		sents[i] = words
	}
	tags := r.m.TagDocument(sents)
	lex, _ := lexicon.Default() // without it, no club in brackets is read
	text := res.Doc.Text
	for si, s := range res.Sentences {
		ts := tags[si]
		if d := res.Dateline; d != nil && d.Sentence == si && d.Town[1] <= len(ts) {
			// A dateline's town is a place whatever the model said;
			// a slash parts two towns ("HARLOW/PELLAM").
			a, b := d.Town[0], d.Town[1]
			for i := a; i < b; i++ {
				switch {
				case s.Tokens[i].Text == "/":
					ts[i] = "O"
				case i == a || s.Tokens[i-1].Text == "/":
					ts[i] = "B-LOC"
				default:
					ts[i] = "I-LOC"
				}
			}
			if b < len(ts) && ts[b] == "I-LOC" {
				ts[b] = "B-LOC"
			}
			datelineRest(lex, s, b, ts)
		}
		lineupTags(res.Lineups, si, ts)
		markTags(s.Tokens, ts)
		numberSignTags(s.Tokens, ts)
		clubBracketTags(lex, s.Tokens, ts)
		wireCreditTags(res.Credits, s, ts)
		for i := 0; i < len(ts); {
			typ := typeOf(ts[i])
			if typ == "" {
				i++
				continue
			}
			j := i + 1
			for j < len(ts) && ts[j] == iTag[typ] {
				j++
			}
			if j < len(ts) && ts[j] == "O" && regnal(s, j) {
				j++ // "World War I", "Elizabeth II"
			}
			start, end := s.Tokens[i].Start, s.Tokens[j-1].End
			i = j
			name := typeNames[typ]
			if r.types != nil && !r.types[name] {
				continue
			}
			if start < 0 || end > len(text) || start >= end {
				continue // tokens that do not point into the text
			}
			res.Mentions = append(res.Mentions, extract.Mention{
				Start: start, End: end, Text: text[start:end],
				Type: name, Sentence: si, Entity: -1,
			})
		}
	}
	return nil
}

// lineupTags tags the players of the line-ups in sentence si as people,
// one name each, and the rest of the lists (minutes, brackets,
// separators) as no name; the label before the colon and a club in
// brackets keep the model's tags, a club's name opening there.
func lineupTags(lineups []extract.Lineup, si int, ts []string) {
	for _, l := range lineups {
		if l.Sentence != si || l.Span[1] > len(ts) {
			continue
		}
		club := make([]bool, len(ts))
		for _, c := range l.Clubs {
			for i := c[0]; i < c[1] && i < len(ts); i++ {
				club[i] = true
			}
			if c[0] < len(ts) && strings.HasPrefix(ts[c[0]], "I-") {
				ts[c[0]] = "B-" + ts[c[0]][2:]
			}
		}
		for i := l.Label[1]; i < l.Span[1]; i++ {
			if !club[i] {
				ts[i] = "O"
			}
		}
		for _, nm := range l.Names {
			ts[nm[0]] = "B-PER"
			for i := nm[0] + 1; i < nm[1]; i++ {
				ts[i] = "I-PER"
			}
		}
	}
}

// markTags keeps marks out of names: brackets and semicolons first
// (boundaryTags), then quotation marks at the edges of a name
// (quoteEdgeTags), which read the first walk's tags: a quotation mark
// before a bracket ends the name there.
func markTags(toks []tokenize.Token, ts []string) {
	boundaryTags(toks, ts)
	quoteEdgeTags(toks, ts)
}

// boundaryTags keeps a bracket, round or square, opening or closing, and
// a semicolon out of every name: a name never runs on into a bracket
// ("Bo Ek (Pellam Harriers)" is a person and, in the bracket, a club;
// "[Vellmar] Harlow" holds an editor's insertion), nor out of one ("(Ann Lee)
// Today"), since no name holds an opening bracket to match a closing one;
// a semicolon parts clauses and the items of a list, never the words of
// one name ("Prices Rise; Acme Index Up" names no "Rise; Acme Index").
// Such a mark is tagged no name, and a name the model ran on past it
// opens anew after it.
func boundaryTags(toks []tokenize.Token, ts []string) {
	for i := 0; i < len(ts) && i < len(toks); i++ {
		if !boundaryMark(toks[i].Text) || ts[i] == "O" {
			continue
		}
		ts[i] = "O"
		if i+1 < len(ts) && strings.HasPrefix(ts[i+1], "I-") {
			ts[i+1] = "B-" + ts[i+1][2:]
		}
	}
}

// boundaryMark reports whether w is a mark no name runs over: a round or
// square bracket or a semicolon.
func boundaryMark(w string) bool {
	switch w {
	case "(", ")", "[", "]", ";":
		return true
	}
	return false
}

// quoteEdgeTags keeps a quotation mark standing alone as a token out of
// the edges of a name: a name never opens or ends with a mark that opens
// or closes a quotation ("at 'fast' Cup win" names "Cup", not "' Cup").
// Such a mark is tagged no name, and a name the model ran on past it
// opens anew after it; a mark inside a name is left.
func quoteEdgeTags(toks []tokenize.Token, ts []string) {
	for i := 0; i < len(ts) && i < len(toks); i++ {
		if ts[i] == "O" || !tokenize.IsQuoteMark(toks[i].Text) {
			continue
		}
		first := !strings.HasPrefix(ts[i], "I-")
		last := i+1 >= len(ts) || !strings.HasPrefix(ts[i+1], "I-")
		if !first && !last {
			continue
		}
		ts[i] = "O"
		if first && !last {
			ts[i+1] = "B-" + ts[i+1][2:]
		}
	}
}

// numberSignTags drops a name that is only the abbreviation "No." before
// a number, perhaps with the number: "NO. 2 TARVIK 85" ranks a side and
// names none (the number-sign rule). A name that runs on past the number
// ("No. 10 Vell Street") is kept.
func numberSignTags(toks []tokenize.Token, ts []string) {
	for i := 0; i+1 < len(ts) && i+1 < len(toks); i++ {
		if !strings.EqualFold(toks[i].Text, "no.") || !strings.HasPrefix(ts[i], "B-") || strings.Trim(toks[i+1].Text, "0123456789") != "" {
			continue
		}
		in := "I-" + ts[i][2:]
		j := i + 1
		if ts[j] == in {
			j++
		}
		if j < len(ts) && ts[j] == in {
			continue
		}
		for k := i; k < j; k++ {
			ts[k] = "O"
		}
	}
}

// regnal reports whether token j of s is a Roman numeral that ends the
// name before it ("World War II", "Henry VIII"): II to XX, or "I" when
// no verb follows, as one follows the pronoun ("... said I was").
func regnal(s extract.Sentence, j int) bool {
	w := s.Tokens[j].Text
	if w == "I" {
		if j+1 < len(s.POS) {
			if t := s.POS[j+1]; strings.HasPrefix(t, "VB") || t == "MD" || t == "RB" {
				return false
			}
		}
		return true
	}
	return regnals[w]
}

// regnals are the Roman numerals II to XX.
var regnals = map[string]bool{
	"II": true, "III": true, "IV": true, "V": true, "VI": true, "VII": true, "VIII": true, "IX": true, "X": true,
	"XI": true, "XII": true, "XIII": true, "XIV": true, "XV": true, "XVI": true, "XVII": true, "XVIII": true, "XIX": true, "XX": true,
}

// datelineRest mends the tags of a name the model ran on past a
// dateline's town, whose words from token b on are left: a proper noun
// opens a name of its own ("TARVIK Acme Corp said": Acme Corp), unless it
// is one word alone that WordNet has as an adjective ("TARVIK Global
// sales rose", "NEW TARVIK No. 2 seed"); any other word ("TARVIK The
// mayor", "TARVIK In May") is no name's, and the run is dropped.
func datelineRest(lex *lexicon.Lexicon, s extract.Sentence, b int, ts []string) {
	if b >= len(ts) || !strings.HasPrefix(ts[b], "I-") {
		return
	}
	alone := b+1 >= len(ts) || !strings.HasPrefix(ts[b+1], "I-")
	adj := lex != nil && lex.Known(strings.ToLower(strings.TrimSuffix(s.Tokens[b].Text, ".")), lexicon.Adjective)
	if b < len(s.POS) && strings.HasPrefix(s.POS[b], "NNP") && !(alone && adj) {
		ts[b] = "B-" + ts[b][2:]
		return
	}
	for i := b; i < len(ts) && strings.HasPrefix(ts[i], "I-"); i++ {
		ts[i] = "O"
	}
}
