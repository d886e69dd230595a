package claim

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// quotesGoOn runs each claim whose content is a quotation and whose
// speaker is known on to the quotations that follow it as whole
// sentences with no attribution of their own, as one quote over several
// sentences is one claim: “A,” X said. “B.” is X's claim from A to B, as
// is X said: “A. “B.” (a quotation that went on in the next paragraph).
// The next quotation must open the sentence right after the claim's,
// hold all of its sentences' words, and no claim may lie in them; the
// claim runs on while that holds.
func (d *doc) quotesGoOn(cs []extract.Claim) {
	if d.off[RuleQuoteGoesOn] || len(d.res.Quotes) == 0 {
		return
	}
	claimed := make([]bool, len(d.res.Sentences))
	for _, c := range cs {
		if c.Sentence >= 0 && c.Sentence < len(claimed) {
			claimed[c.Sentence] = true
		}
		for si := d.sentenceAt(c.Start); si >= 0 && si < len(claimed) && d.res.Sentences[si].Start < c.End; si++ {
			claimed[si] = true
		}
	}
	for i := range cs {
		c := &cs[i]
		if c.Speaker < 0 && c.Source.Len() == 0 || c.Method == ConsAskedQuestion {
			continue
		}
		q := d.quoteHolding(*c)
		last := max(c.Sentence, d.sentenceAt(c.End-1))
		for q >= 0 && last >= 0 {
			next, end := d.nextQuoteSentences(q, last, claimed)
			if next < 0 {
				break
			}
			nq := d.res.Quotes[next]
			d.gaps = append(d.gaps, extract.Span{Start: d.res.Quotes[q].End, End: nq.Start})
			c.End = nq.End
			for c.End > nq.Start && strings.ContainsRune(" ,.", rune(d.res.Doc.Text[c.End-1])) {
				c.End--
			}
			for si := last + 1; si <= end; si++ {
				claimed[si] = true
			}
			q, last = next, end
		}
	}
}

// sentenceAt returns the index of the sentence that holds offset at, or -1.
func (d *doc) sentenceAt(at int) int {
	ss := d.res.Sentences
	si := sort.Search(len(ss), func(i int) bool { return ss[i].End > at })
	if si < len(ss) && ss[si].Start <= at {
		return si
	}
	return -1
}

// quoteHolding returns the index in Result.Quotes of the quotation
// claim c's content is: the content starts where the quotation's words
// do and ends at most at their end, past no more than a closing comma
// or stop. It returns -1 when the content is no quotation.
func (d *doc) quoteHolding(c extract.Claim) int {
	for i, q := range d.res.Quotes {
		if q.Start == c.Start && c.End <= q.End && c.End > q.Start {
			rest := strings.TrimSpace(d.res.Doc.Text[c.End:q.End])
			if len(rest) <= 1 || strings.Trim(rest, ".,!?\"“”'’ \n") == "" {
				return i
			}
		}
	}
	return -1
}

// nextQuoteSentences returns the index of the quotation after quotation
// q that opens sentence last+1 with only space between them, holds
// every word of the sentences it spans, has at least two words, lies in
// no claimed sentence and, when unclosed, holds no other quotation; and the index of the last sentence it
// spans. It returns -1, -1 when there is none.
func (d *doc) nextQuoteSentences(q, last int, claimed []bool) (int, int) {
	ss, qs := d.res.Sentences, d.res.Quotes
	next := q + 1
	for next < len(qs) && qs[next].Open < qs[q].End {
		next++ // a quotation inside q
	}
	if next >= len(qs) || last+1 >= len(ss) {
		return -1, -1
	}
	nq, s := qs[next], ss[last+1]
	if len(s.Tokens) == 0 || s.Tokens[0].Start != nq.Open || strings.TrimSpace(d.res.Doc.Text[ss[last].End:nq.Open]) != "" {
		return -1, -1
	}
	// An unclosed quotation with another opening inside it is marks
	// paired wrongly, not one quotation.
	if next+1 < len(qs) && nq.Close < 0 && qs[next+1].Open < nq.End {
		return -1, -1
	}
	end := d.sentenceAt(nq.End - 1)
	if end < last+1 {
		return -1, -1
	}
	words := 0
	for si := last + 1; si <= end; si++ {
		if claimed[si] {
			return -1, -1
		}
		for _, t := range ss[si].Tokens {
			if t.Kind == tokenize.Punct {
				continue
			}
			if t.Start < nq.Start || t.End > nq.End {
				return -1, -1
			}
			if t.Kind == tokenize.Word {
				words++
			}
		}
	}
	if words < 2 {
		return -1, -1
	}
	return next, end
}
