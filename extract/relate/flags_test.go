package relate

import "flag"

var (
	update    = flag.Bool("update", false, "rewrite golden files")
	debugText = flag.String("text", "", "TestDebugText: print what is found in this text")
)
