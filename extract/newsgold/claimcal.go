package newsgold

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/kg-project/kg/extract/claim"
)

// JudgedClaim is a claim of kg judged right or wrong by hand from its
// article: a line of a judged claims file, which holds, tab-separated,
// the article (a path under the shared data directory), the speaker as kg
// prints it ("-" for none, "[words]" for an unnamed one), the verb, the
// content, the status (asserted, denied, hedged or reported), the
// construction, 1 or 0, and a note. Lines starting with "#" are comments.
type JudgedClaim struct {
	Path, Speaker, Verb, Content, Status, Construction string
	Right                                              bool
	Note                                               string
	// Line is the line of the file it was read from.
	Line int
}

// LoadJudgedClaims reads a judged claims file.
func LoadJudgedClaims(path string) ([]JudgedClaim, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("newsgold: %w", err)
	}
	defer f.Close()
	var out []JudgedClaim
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) < 7 {
			return nil, fmt.Errorf("newsgold: %s:%d: %d fields, want at least 7 (path, speaker, verb, content, status, construction, label)", path, n, len(p))
		}
		if p[6] != "0" && p[6] != "1" {
			return nil, fmt.Errorf("newsgold: %s:%d: label %q, want 0 or 1", path, n, p[6])
		}
		j := JudgedClaim{Path: p[0], Speaker: p[1], Verb: p[2], Content: p[3], Status: p[4], Construction: p[5], Right: p[6] == "1", Line: n}
		if len(p) > 7 {
			j.Note = p[7]
		}
		out = append(out, j)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("newsgold: %s: %w", path, err)
	}
	return out, nil
}

// speakerKind returns the kind of speaker (claim.SpeakerNamed, ...) of a
// speaker as kg prints it.
func speakerKind(printed string) string {
	switch {
	case printed == "-" || printed == "":
		return claim.SpeakerNone
	case strings.HasPrefix(printed, "["):
		return claim.SpeakerUnnamed
	}
	return claim.SpeakerNamed
}

// ClaimRows returns the judged claims as rows of claim.NewsModel's
// features, each with its construction's PolNeAR precision (the score
// claims had before the news model) as the row's Probability.
func ClaimRows(judged []JudgedClaim) []ModelRow {
	rows := make([]ModelRow, 0, len(judged))
	for _, j := range judged {
		kind := speakerKind(j.Speaker)
		p := claim.PolNeARPrecision(j.Construction, kind)
		f := claim.ClaimFeatures(kind, j.Verb, j.Content, j.Status, j.Construction, p)
		rows = append(rows, ModelRow{Article: j.Path, Probability: p, Features: f[:], Right: j.Right})
	}
	return rows
}

// ClaimSpec is the spec of claim.NewsModel, shipped being the model kg
// ships; the rows' Probability is the construction's PolNeAR precision.
func ClaimSpec(shipped claim.NewsModel) ModelSpec {
	return ModelSpec{
		Title: "claims on news: claim.NewsModel fitted on judged claims", Unit: "claims",
		Names: claim.NewsFeatureNames[:],
		Shipped: func(x []float64) float64 {
			var f claim.NewsFeatures
			copy(f[:], x)
			return shipped.Apply(f)
		},
		ShippedName: "claim.DefaultNewsModel", RawName: "construction's PolNeAR precision",
		Baseline: 1, BaselineName: "construction only (Platt)",
	}
}
