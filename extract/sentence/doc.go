// Package sentence splits a tokenized English text into sentences.
//
// Split works on the tokens of package tokenize, whose boundaries already
// tell abbreviations (Mr. U.S. Inc.) from sentence-final periods, and
// decides where sentences end with general rules of English news text:
//
//   - A blank line always ends a sentence, and so does a line break before
//     a list item ("- ", "* ", "• ", "1. ", "(a) ") or a bullet anywhere.
//   - A single line break ends a sentence when the next line starts with a
//     capital, a digit or a quotation mark and the line does not end inside
//     a phrase (after a comma, a hyphen, an opening bracket or a function
//     word such as "the" or "of"): news text is often one paragraph per
//     line, and a headline, byline or dateline has no final punctuation.
//     In text hard-wrapped at a fixed width (detected from lines that go on
//     in lower case), a line break inside a long line is not a boundary.
//   - Terminal punctuation (. ! ? ... …) ends a sentence unless the next
//     token starts in lower case or is punctuation such as a comma; the
//     closing quotation marks and brackets that follow it belong to the
//     sentence it ends.
//   - An abbreviation's period ends a sentence only before a word that
//     typically starts one (The, He, But, ...); titles (Mr. Dr. Gen. St.)
//     and No., vs. never end one; single initials (J. R. R.) end one only
//     before such a word; company suffixes and a.m./p.m. (Inc. Corp. Ltd.
//     Jr. p.m.) end one before any capitalised word that is not a month,
//     weekday or another abbreviation.
//
// Decimal numbers and ellipses inside a word are single tokens, so they
// never split a sentence.
package sentence
