// Package prose compares kg's entity tagger with prose v2
// (github.com/jdkato/prose/v2), the one pure-Go NER library, on the
// CoNLL-2003 dev set: accuracy (conlleval F1) and speed, measured by the
// same harness in the same run. It is a separate module so that kg itself
// never imports prose.
//
//	cd bench/prose
//	go test -run TestCompare -v            # F1 table (trains prose: slow)
//	go test -run XXX -bench . -benchtime 3x  # tokens per second on one core
//
// prose is measured twice: with its shipped model, and with a model trained
// on the CoNLL-2003 training file through its UsingEntities API.
package prose
