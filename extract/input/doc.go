// Package input reads documents from files, directories and standard input
// for kg build: it finds the files, reads the articles in them (plain text
// and Markdown files, JSONL and CSV files of many articles, HTML pages whose
// main text it finds with an HTML parser, and gzip-compressed versions of
// each), rejects what cannot be read (a missing path, a named pipe or
// device, a read error, with its cause) or is not text (a known binary
// signature, a NUL byte, too few letters, empty, too large) with a reason,
// decodes UTF-16 that begins with a byte-order mark, and decodes bytes that
// are not valid UTF-8 as Windows-1252, the usual culprit in old news
// archives. The character references of HTML that feeds leave in plain
// text ("&amp;", "&#39;", and "#39;" whose ampersand was lost) are
// replaced by their characters (Unescape); offsets are into the text so
// decoded. Directories are
// walked with symbolic links followed and loops detected; what a walk
// leaves out is reported with the reason.
package input
