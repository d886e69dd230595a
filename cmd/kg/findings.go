package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/input"
)

// writeFindings prints, for `kg extract`, the dates and quantities, the
// events and the claims of a Result, one per line. An event the text
// names not has its made name in brackets, as an unnamed speaker's words
// are, and its descriptions after its date:
//
//	date	Date	August 5	--08-05
//	event	COP21	place=Paris	date=	participant=United Nations	participant=Laurent Fabius
//	event	[Attack in Korvath]	place=Korvath	date=	described=attack|bombing
//	claim	Laurence Golborne	said	outlet=-	the rescue had cost between $10 million and $20 million
//	claim	[officials]	said	outlet=-	the bridge would reopen
func writeFindings(w io.Writer, res *extract.Result) {
	name := func(e int) string {
		if e < 0 || e >= len(res.Entities) {
			return "-"
		}
		return res.Entities[e].Name
	}
	for _, m := range res.Mentions {
		if m.Entity >= 0 || (m.Type != extract.Date && m.Type != extract.Quantity) {
			continue
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", strings.ToLower(m.Type), m.Class, m.Text, m.Value)
	}
	for _, ev := range res.Events {
		line := fmt.Sprintf("event\t%s\tplace=%s\tdate=%s", name(ev.Entity), name(ev.Place), ev.Date)
		if ev.Described && ev.Entity >= 0 && ev.Entity < len(res.Entities) {
			line = fmt.Sprintf("event\t[%s]\tplace=%s\tdate=%s\tdescribed=%s", name(ev.Entity), name(ev.Place), ev.Date, descriptions(res, ev.Entity))
		}
		for _, p := range ev.Participants {
			line += "\tparticipant=" + name(p)
		}
		for _, f := range ev.Figures {
			if f.Mention >= 0 && f.Mention < len(res.Mentions) {
				line += "\t" + f.Role + "=" + res.Mentions[f.Mention].Text
			}
		}
		fmt.Fprintln(w, line)
	}
	for _, c := range res.Claims {
		fmt.Fprintf(w, "claim\t%s\t%s\toutlet=%s\t%s%s\n", speakerName(res, c), c.Verb, name(c.Outlet), claimText(res, c), statusMark(c.Status))
	}
}

// claimText returns claim c's words as kg extract prints them: on one
// line, with the markup a feed left in them dropped ("Acme Co. <A
// HREF=...>ACM.N</A> will cut jobs" is "Acme Co. ACM.N will cut jobs").
func claimText(res *extract.Result, c extract.Claim) string {
	if c.Start < 0 || c.End > len(res.Doc.Text) || c.Start >= c.End {
		return ""
	}
	return input.Words(res.Doc.Text[c.Start:c.End])
}

// speakerName returns what kg extract prints for a claim's speaker: the
// entity's name; an unnamed speaker's words in brackets, as the news gold
// set writes them ("[officials]", "[Ann Lee's lawyer]"); or "-".
func speakerName(res *extract.Result, c extract.Claim) string {
	if c.Speaker >= 0 && c.Speaker < len(res.Entities) {
		return res.Entities[c.Speaker].Name
	}
	if s := c.Source; s.Start >= 0 && s.Start < s.End && s.End <= len(res.Doc.Text) {
		return "[" + input.Words(res.Doc.Text[s.Start:s.End]) + "]"
	}
	return "-"
}

// statusMark returns the mark kg extract puts after a claim that is not
// simply asserted: "\t(denied)", "\t(hedged)", "\t(reported)".
func statusMark(status string) string {
	if status == "" || status == extract.ClaimAsserted {
		return ""
	}
	return "\t(" + status + ")"
}

// describedEvents returns the entities of the events the text names not
// (extract.Event.Described), by entity index.
func describedEvents(res *extract.Result) map[int]bool {
	out := map[int]bool{}
	for _, ev := range res.Events {
		if ev.Described {
			out[ev.Entity] = true
		}
	}
	return out
}

// descriptions returns the distinct texts of entity e's mentions, sorted
// and joined with "|": how the text describes an event it names not.
func descriptions(res *extract.Result, e int) string {
	seen := map[string]bool{}
	var out []string
	for _, mi := range res.Entities[e].Mentions {
		if mi < 0 || mi >= len(res.Mentions) {
			continue
		}
		t := strings.Join(strings.Fields(res.Mentions[mi].Text), " ")
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return strings.Join(out, "|")
}
