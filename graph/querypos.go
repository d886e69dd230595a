package graph

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/kg-project/kg/schema"
)

// Positions in the engines' error messages: goja's syntax errors
// ("(anonymous): Line 2:7 Unexpected token"), goja's stack frames
// ("ReferenceError: x is not defined at <eval>:2:7(4)") and GraphQL's
// syntax errors ("Syntax Error GraphQL (2:7) Expected Name", followed by
// an excerpt of the text).
var (
	gojaSyntaxPos  = regexp.MustCompile(`Line (\d+):(\d+)`)
	gojaFramePos   = regexp.MustCompile(`<eval>:(\d+):(\d+)`)
	graphqlErrorAt = regexp.MustCompile(`^(Syntax Error GraphQL[^(\n]*)\((\d+):(\d+)\)([^\n]*)`)
)

// positionedError is an engine's error whose positions were moved from
// the expanded text the engine ran to the text as given.
type positionedError struct {
	msg string
	err error
}

func (e *positionedError) Error() string { return e.msg }
func (e *positionedError) Unwrap() error { return e.err }

// sourcePositions rewrites the positions in err, an error of lang's engine
// running exp.Text, as positions of exp.Source, columns in characters. It
// returns err itself when there is nothing to rewrite.
func sourcePositions(lang string, exp schema.Expansion, err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	var out string
	switch lang {
	case "gizmo":
		out = replacePositions(gojaSyntaxPos, msg, exp, func(line, col int) string { return fmt.Sprintf("Line %d:%d", line, col) })
		out = replacePositions(gojaFramePos, out, exp, func(line, col int) string { return fmt.Sprintf("<eval>:%d:%d", line, col) })
	case "graphql":
		m := graphqlErrorAt.FindStringSubmatch(msg)
		if m == nil {
			return err
		}
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		line, col = exp.SourcePosition(line, col)
		// The engine's excerpt shows the expanded text: show the text as
		// given instead.
		out = fmt.Sprintf("%s(%d:%d)%s\n\n%s", m[1], line, col, m[4], excerpt(exp.Source, line, col))
	default:
		return err
	}
	if out == msg {
		return err
	}
	return &positionedError{msg: out, err: err}
}

// replacePositions replaces each match of re (whose groups are a line and
// a column) in msg with format's rendering of the source position.
func replacePositions(re *regexp.Regexp, msg string, exp schema.Expansion, format func(line, col int) string) string {
	return re.ReplaceAllStringFunc(msg, func(m string) string {
		g := re.FindStringSubmatch(m)
		line, err1 := strconv.Atoi(g[1])
		col, err2 := strconv.Atoi(g[2])
		if err1 != nil || err2 != nil {
			return m
		}
		return format(exp.SourcePosition(line, col))
	})
}

// excerpt shows the line of text at line with the lines around it and a
// caret under column col (in characters), as GraphQL's errors do.
func excerpt(text string, line, col int) string {
	lines := strings.Split(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(text), "\n")
	if line < 1 || line > len(lines) {
		return ""
	}
	width := len(strconv.Itoa(line + 1))
	var b strings.Builder
	for n := max(line-1, 1); n <= min(line+1, len(lines)); n++ {
		fmt.Fprintf(&b, "%*d: %s\n", width, n, lines[n-1])
		if n == line {
			b.WriteString(strings.Repeat(" ", width+1+max(col, 1)))
			b.WriteString("^\n")
		}
	}
	return b.String()
}
