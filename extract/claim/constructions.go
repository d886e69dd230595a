package claim

// The constructions of reported speech, recorded as Claim.Method.
const (
	ConsSubjectVerb   = "subject-verb"     // X said (on Friday) (that) ...; X said: “...”
	ConsFinal         = "final"            // “...,” X said. / ..., X told reporters.
	ConsInverted      = "inverted"         // “...,” said X. / ..., said the minister.
	ConsParenthetical = "parenthetical"    // A, X says, is B.
	ConsParticiple    = "participle"       // X resigned, saying that ...
	ConsCoordinated   = "coordinated"      // X said ... and insisted ...
	ConsAccordingTo   = "according-to"     // According to X, ... / ..., according to X.
	ConsQuotedAs      = "quoted-as-saying" // X was quoted (by Y) as saying ...
	ConsDenial        = "denial"           // X denied involvement / denied that ...
	ConsAccusation    = "accusation"       // X accused Y of ...
	ConsIntent        = "intent"           // X plans to ...; X vowed to ...
	ConsDemand        = "demand"           // X called for ...; X urged ...
	ConsNaming        = "naming"           // X called Y Z ("called the charges unfounded")
	ConsColon         = "colon"            // X: ... (a headline, a transcript)
	ConsQuoteDash     = "quote-dash"       // “...” ― X
)

// Constructions lists the constructions of reported speech the Finder
// reads, each with an example.
func Constructions() [][2]string {
	return [][2]string{
		{ConsSubjectVerb, "X said (on Friday) (that) ...; X said: “...”"},
		{ConsFinal, "“...,” X said. / ..., X told reporters."},
		{ConsInverted, "“...,” said X. / ..., said the minister."},
		{ConsParenthetical, "A, X says, is B."},
		{ConsParticiple, "X resigned, saying that ..."},
		{ConsCoordinated, "X said ... and insisted ..."},
		{ConsAccordingTo, "According to X, ... / ..., according to X."},
		{ConsQuotedAs, "X was quoted (by Y) as saying ..."},
		{ConsDenial, "X denied involvement / denied that ..."},
		{ConsAccusation, "X accused Y of ..."},
		{ConsIntent, "X plans to ...; X vowed to ...; X wants to ..."},
		{ConsDemand, "X called for ...; X urged ...; X proposed ..."},
		{ConsNaming, "X called Y Z; X labelled Y Z"},
		{ConsColon, "X: ... (a headline, a transcript's speaker)"},
		{ConsQuoteDash, "“...” ― X"},
	}
}
