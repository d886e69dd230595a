package typing

import "github.com/kg-project/kg/extract"

// LineupPlayers is a stage, run after the Typer, that keeps the players
// of a line-up people ("Norland: Lee; Ek, Vell (Moss 58) ..."): a short
// name there is a player whatever the gazetteer or the words of the name
// say elsewhere (a town's name, a common word), and a side named before
// the colon is a team where the typer left it a body without a class, or
// a thing when semicolons part the list into the lines of a side.
type LineupPlayers struct{}

// NewLineupPlayers returns the stage.
func NewLineupPlayers() *LineupPlayers { return &LineupPlayers{} }

// Process retypes the entities of res named as players in its line-ups.
func (LineupPlayers) Process(res *extract.Result) error {
	for _, l := range res.Lineups {
		if l.Sentence < 0 || l.Sentence >= len(res.Sentences) {
			continue
		}
		toks := res.Sentences[l.Sentence].Tokens
		for _, nm := range l.Names {
			if nm[0] < 0 || nm[1] > len(toks) || nm[0] >= nm[1] {
				continue
			}
			start, end := toks[nm[0]].Start, toks[nm[1]-1].End
			for mi := range res.Mentions {
				m := &res.Mentions[mi]
				if m.Start != start || m.End != end || m.Entity < 0 || m.Entity >= len(res.Entities) {
					continue
				}
				m.Type, m.Class = extract.Person, ""
				e := &res.Entities[m.Entity]
				if e.Type != extract.Person || e.Class != "" {
					e.Type, e.Class = extract.Person, ""
					e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/line-up", Words: m.Text})
				}
			}
		}
		if l.Label[1] > l.Label[0] && l.Label[1] <= len(toks) {
			start, end := toks[l.Label[0]].Start, toks[l.Label[1]-1].End
			for mi := range res.Mentions {
				m := &res.Mentions[mi]
				if m.Start != start || m.End != end || m.Entity < 0 || m.Entity >= len(res.Entities) {
					continue
				}
				e := &res.Entities[m.Entity]
				if e.Type == extract.Organization && e.Class == "" || e.Type == extract.Miscellaneous && l.Lines {
					e.Type, e.Class = extract.Organization, ClassSportsTeam
					m.Type = extract.Organization
					e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/line-up", Words: m.Text + ":"})
				}
			}
		}
	}
	return nil
}
