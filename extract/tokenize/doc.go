// Package tokenize splits English text into tokens that keep their byte
// offsets into the original text.
//
// Tokenize and Append return tokens in text order that do not overlap; a
// token's Text is always input[Start:End], so offsets never drift from the
// text. White space is never part of a token.
//
// # Conventions
//
// Token boundaries follow the Penn Treebank conventions of the CoNLL-2003
// English data that the entity tagger is trained on (joining a CoNLL-2003
// sentence's tokens with spaces and tokenizing again gives the same tokens
// for over 99% of sentences):
//
//   - Clitics are split off: "country's" -> country 's, "we're" -> we 're,
//     "don't" -> do n't, "can't" -> ca n't; a plural possessive apostrophe
//     is a token of its own (farmers '). Apostrophes inside names stay
//     (O'Brien, o'clock). The right single quotation mark (’) and the
//     modifier letter apostrophe (ʼ) count as apostrophes.
//   - Hyphenated words are one token (Israeli-Palestinian, 12-year-old,
//     1996-08-22), as is a word with a suspended hyphen before a space
//     (pre- and post-war). Runs of hyphens (--) are a separate token.
//   - Numbers keep their separators and sign: 1,000 3.5 .500 10:30 2:29.34
//     1/2 08/26/96 +44 -5; a letter suffix stays (3rd 1990s 1.5bn 10am).
//     % and currency symbols are separate ($ 5), but a currency written
//     with a country prefix is one token (US$ C$ HK$).
//   - A trailing period stays on abbreviations: words with internal periods
//     in short segments (U.S. a.m. e.g. Ph.D.), single capital initials
//     (J.), a list of titles, company suffixes, months, weekdays, US states
//     and reference words (Mr. Dr. Gen. Inc. Corp. Co. Oct. Calif. vs.
//     etc.), some only in context (No. and p. before a number, Mass. after
//     a comma), and a list number at the start of a line ("1. "). Any other
//     period is a token of its own; deciding whether a period ends a
//     sentence is left to package sentence.
//   - URLs (http://..., www.example.com/path), e-mail addresses, @handles
//     and #hashtags are one token; trailing sentence punctuation is not
//     part of a URL.
//   - Ellipses (... or …), runs of ! or ?, dashes (– —), quotation marks
//     (" “ ” ‘ ’), brackets and bullets (•) are Punct tokens; other symbols
//     ($ % & + = * / # @ and non-ASCII symbols with their combining marks)
//     are Symbol tokens. S&P, AT&T, AA+ and C++ are single tokens.
//
// White space includes Unicode spaces (no-break space, thin space, line
// and paragraph separators); control characters and invisible format
// characters (zero-width space and joiners, soft hyphen, byte order mark,
// bidi marks) are skipped like white space, except that a soft hyphen
// between letters stays inside its word.
//
// Invalid UTF-8 never causes a panic: each invalid byte becomes a one-byte
// Symbol token (so a stray Latin-1 '£' before a number still reads as a
// symbol), and U+FFFD is a Symbol token too.
//
// The lexer is a synchronous state machine in the style of Go's
// text/template/parse lexer; Append allocates nothing beyond growing dst.
package tokenize
