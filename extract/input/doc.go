// Package input reads documents from files, directories and standard input
// for kg build: it finds the files, rejects what is not text (binary, empty,
// too large) with a reason, and decodes bytes that are not valid UTF-8 as
// Windows-1252, the usual culprit in old news archives.
package input
