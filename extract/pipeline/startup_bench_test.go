package pipeline_test

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/extract/sentence"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/fixtures"
)

// startupEnv names the work a child process of BenchmarkStartup does.
const startupEnv = "KG_STARTUP_CHILD"

// BenchmarkStartup times a fresh process that loads the built-in models
// and handles one short article, as a command run once does: the models
// are decoded once per process, so only a new process measures it. Each
// iteration runs this test binary again with TestStartupChild. Besides
// wall time it reports the child's CPU time (user and system), the
// steadier figure on a loaded machine. Sub-benchmarks:
//
//   - baseline: the child starts and exits (the test binary's own start)
//   - new: pipeline.New(nil) alone, which loads nothing
//   - tag: the entity tagger (ner.Default) tags the article, as kg tag
//   - extract: pipeline.New(nil) and Extract of the article, as kg extract
func BenchmarkStartup(b *testing.B) {
	exe, err := os.Executable()
	if err != nil {
		b.Fatal(err)
	}
	for _, work := range []string{"baseline", "new", "tag", "extract"} {
		b.Run(work, func(b *testing.B) {
			var cpu time.Duration
			for b.Loop() {
				cmd := exec.Command(exe, "-test.run=^TestStartupChild$", "-test.count=1")
				cmd.Env = append(os.Environ(), startupEnv+"="+work)
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("%s: %v\n%s", work, err, out)
				}
				cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
			}
			b.ReportMetric(float64(cpu.Microseconds())/1e3/float64(b.N), "cpu-ms/op")
		})
	}
}

// TestStartupChild is the child process of BenchmarkStartup; it does
// nothing unless KG_STARTUP_CHILD names its work.
func TestStartupChild(t *testing.T) {
	work := os.Getenv(startupEnv)
	if work == "" {
		t.Skip("run by BenchmarkStartup")
	}
	fs, err := fixtures.All()
	if err != nil {
		t.Fatal(err)
	}
	text := fs[0].Text
	switch work {
	case "baseline":
	case "new":
		if _, err := pipeline.New(nil); err != nil {
			t.Fatal(err)
		}
	case "tag":
		m, err := ner.Default()
		if err != nil {
			t.Fatal(err)
		}
		var sents [][]string
		for _, s := range sentence.Split(text, tokenize.Tokenize(text)) {
			var words []string
			for _, tok := range s.Tokens {
				words = append(words, tok.Text)
			}
			sents = append(sents, words)
		}
		if tags := m.TagDocument(sents); !strings.Contains(strings.Join(tags[0], " "), "B-") {
			t.Errorf("no entity in the first sentence: %v", sents[0])
		}
	case "extract":
		p, err := pipeline.New(nil)
		if err != nil {
			t.Fatal(err)
		}
		res, err := p.Extract(context.Background(), extract.Document{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Entities) == 0 {
			t.Error("no entities")
		}
	default:
		t.Fatalf("unknown %s %q", startupEnv, work)
	}
}
