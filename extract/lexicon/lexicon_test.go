package lexicon

import (
	"bytes"
	"compress/gzip"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func lex(t testing.TB) *Lexicon {
	t.Helper()
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestLemma(t *testing.T) {
	l := lex(t)
	for _, tc := range []struct{ name, word, tag, want string }{
		{"irregular past", "told", "VBD", "tell"},
		{"irregular participle", "said", "VBN", "say"},
		{"third person", "says", "VBZ", "say"},
		{"tagged as plural noun", "says", "NNS", "say"},
		{"gerund with e", "making", "VBG", "make"},
		{"doubled consonant", "stopped", "VBD", "stop"},
		{"ies plural", "parties", "NNS", "party"},
		{"men plural", "chairmen", "NNS", "chairman"},
		{"irregular plural", "children", "NNS", "child"},
		{"proper plural", "Tories", "NNPS", "tory"},
		{"base verb kept", "found", "VB", "found"},
		{"past of find", "found", "VBD", "find"},
		{"superlative", "best", "JJS", "good"},
		{"comparative", "larger", "JJR", "large"},
		{"no part of speech", "The", "DT", "the"},
		{"unknown word", "Xyzzy", "NNP", "xyzzy"},
		{"news is not a plural", "news", "NN", "news"},
		{"was", "was", "VBD", "be"},
		{"has", "has", "VBZ", "have"},
		{"uses-es", "focuses", "VBZ", "focus"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := l.Lemma(tc.word, tc.tag); got != tc.want {
				t.Errorf("Lemma(%q, %q) = %q, want %q", tc.word, tc.tag, got, tc.want)
			}
		})
	}
}

func TestLemmaIn(t *testing.T) {
	l := lex(t)
	for _, tc := range []struct {
		name, word, tag, want string
		ok                    bool
	}{
		{"Lemma's own answer", "beaten", "VBN", "beat", true},
		{"a later base form", "routed", "VBD", "rout", true},
		{"no base form in the class", "routed", "NN", "", false},
		{"not a word of defeat", "walked", "VBD", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, ok := l.LemmaIn(tc.word, tc.tag, Defeat); got != tc.want || ok != tc.ok {
				t.Errorf("LemmaIn(%q, %q) = %q, %v, want %q, %v", tc.word, tc.tag, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestForms(t *testing.T) {
	l := lex(t)
	for _, tc := range []struct {
		name, lemma string
		pos         POS
		want        []string
	}{
		{"regular verb", "warn", Verb, []string{"warn", "warned", "warning", "warns"}},
		{"e verb", "announce", Verb, []string{"announce", "announced", "announces", "announcing"}},
		{"irregular verb", "tell", Verb, []string{"tell", "telling", "tells", "told"}},
		{"y verb", "deny", Verb, []string{"deny", "denied", "denies", "denying"}},
		{"doubling verb", "admit", Verb, []string{"admit", "admits", "admitted", "admitting"}},
		{"regular noun", "minister", Noun, []string{"minister", "ministers"}},
		{"y noun", "party", Noun, []string{"party", "parties"}},
		{"man compound", "chairman", Noun, []string{"chairman", "chairmen"}},
		{"not a man compound", "human", Noun, []string{"human", "humans"}},
		{"irregular noun", "child", Noun, []string{"child", "children"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, l.Forms(tc.lemma, tc.pos)); diff != "" {
				t.Errorf("Forms(%q) (-want +got):\n%s", tc.lemma, diff)
			}
		})
	}
}

// Every generated form of a verb lemmatizes back to the lemma.
func TestFormsRoundTrip(t *testing.T) {
	l := lex(t)
	tags := []string{"VB", "VBZ", "VBG", "VBD"}
	for _, v := range []string{"say", "tell", "warn", "deny", "admit", "insist", "believe", "fear", "plan", "write", "quit", "go"} {
		for i, f := range l.Forms(v, Verb) {
			tag := tags[min(i, len(tags)-1)]
			if got := l.Lemma(f, "VBD"); got != v && l.Lemma(f, tag) != v {
				t.Errorf("Lemma(%q) = %q, want %q", f, got, v)
			}
		}
	}
}

func TestClosed(t *testing.T) {
	l := lex(t)
	for _, w := range []string{"be", "have", "will"} {
		if !l.Is(w, Auxiliary) {
			t.Errorf("%q is not an auxiliary", w)
		}
	}
	if l.Is("say", Auxiliary) {
		t.Error("say is an auxiliary")
	}
}

func TestNameWord(t *testing.T) {
	l := lex(t)
	for _, tc := range []struct {
		name, lemma string
		kind, word  bool
	}{
		{"body", "authority", true, true},
		{"firm", "bank", true, true},
		{"water", "gulf", true, true},
		{"newspaper's word", "herald", false, true},
		{"legal ending", "plc", false, true},
		{"verb", "pledge", false, false},
		{"adjective", "brave", false, false},
	} {
		if got := l.KindWord(tc.lemma); got != tc.kind {
			t.Errorf("%s: KindWord(%q) = %v, want %v", tc.name, tc.lemma, got, tc.kind)
		}
		if got := l.NameWord(tc.lemma); got != tc.word {
			t.Errorf("%s: NameWord(%q) = %v, want %v", tc.name, tc.lemma, got, tc.word)
		}
	}
}

func TestClasses(t *testing.T) {
	l := lex(t)
	for _, tc := range []struct {
		lemma string
		class Class
		want  bool
	}{
		{"say", Speech, true}, {"tell", Speech, true}, {"warn", Speech, true}, {"insist", Speech, true}, {"tweet", Speech, true},
		{"eat", Speech, false},
		{"deny", Denial, true}, {"reject", Denial, true}, {"say", Denial, false},
		{"accuse", Accusation, true}, {"assassinate", Accusation, false},
		{"believe", Belief, true}, {"hope", Belief, true},
		{"plan", Intent, true},
		{"kill", Kill, true}, {"murder", Kill, true}, {"die", Casualty, true}, {"wound", Casualty, true},
		{"assassinate", Kill, true}, {"behead", Kill, true}, {"pip", Kill, false}, {"decimate", Kill, false},
		{"president", Office, true}, {"minister", Office, true}, {"spokesman", Office, true}, {"table", Office, false},
		{"economist", Occupation, true},
		{"father", Kinship, true}, {"wife", Kinship, true}, {"boy", Kinship, false},
		{"ally", Associate, true}, {"aide", Associate, true}, {"adviser", Associate, true},
		{"duchess", Nobility, true}, {"lord", Nobility, true},
		{"citizen", Citizen, true}, {"resident", Resident, true},
		{"ministry", Government, true}, {"police", Government, true},
		{"company", Corporation, true}, {"bank", Corporation, true},
		{"newspaper", NewsMedia, true}, {"broadcaster", NewsMedia, true},
		{"mail", Postal, true}, {"post", Postal, true}, {"express", Postal, true}, {"times", Postal, false},
		{"parliament", Legislature, true}, {"senate", Legislature, true}, {"council", Legislature, false},
		{"academy", Education, false}, {"management", Government, false}, {"college", Education, true},
		{"militia", ArmedGroup, true},
		{"branch", OrgPart, true}, {"subsidiary", OrgPart, true},
		{"city", Settlement, true}, {"county", Settlement, true}, {"river", NaturalFeature, true}, {"stadium", Facility, true}, {"arena", Stadium, true}, {"ballpark", Stadium, true}, {"domain", Stadium, false}, {"sphere", Stadium, false}, {"square", OpenGround, true}, {"plaza", OpenGround, true}, {"park", OpenGround, true}, {"commons", OpenGround, false}, {"hall", OpenGround, false},
		{"attack", EventAttack, true}, {"bombing", EventAttack, true}, {"explosion", EventExplosion, true},
		{"earthquake", EventQuake, true}, {"hurricane", EventStorm, true}, {"prize", Award, true}, {"emmy", AwardName, true}, {"biopic", CreativeWork, true}, {"prize", AwardName, false}, {"master of arts", AwardName, false}, {"election", EventElection, true}, {"summit", EventMeeting, true},
		{"film", CreativeWork, true}, {"christmas", Holiday, true}, {"n't", Negation, true}, {"spokeswoman", Spokesperson, true}, {"edition", WorkPart, true}, {"title", TradeWork, true}, {"official", Spokesperson, true}, {"coach", Spokesperson, false}, {"never", Negation, true}, {"nor", Negation, false}, {"boxing day", Holiday, true}, {"arabic", Language, true}, {"christmas", Language, false}, {"water", Holiday, false}, {"album", CreativeWork, true}, {"call for", Demand, true}, {"call", Naming, true}, {"cite", Mention, true}, {"because", Subordinator, true}, {"may", Hedge, true}, {"reportedly", Hearsay, true}, {"prior to", AdjunctPreposition, true}, {"ahead of", AdjunctPreposition, false}, {"refer", Mention, false}, {"brand", Naming, true}, {"urge", Demand, true}, {"show", Belief, true}, {"suggest", Belief, true}, {"want", Intention, true}, {"vow", Intention, true}, {"decline", Intention, true}, {"refuse", Intention, true}, {"like", Intention, true}, {"care", Intention, false}, {"open", EventName, true}, {"games", EventName, true}, {"game", EventName, false}, {"festival", EventName, true}, {"procession", EventCeremony, true}, {"athletics", EventName, false}, {"convention", Law, true}, {"treaty", Law, true}, {"insurance", Law, false}, {"story", Work, true}, {"adaptation", Work, true}, {"book", Work, true}, {"director", Work, false},
		{"statement", Statement, true}, {"dollar", Currency, true}, {"singer", Occupation, true}, {"sprinter", Occupation, true}, {"fan", Occupation, false}, {"euro", Currency, true}, {"gmt", TimeZone, true}, {"singer", Musician, true}, {"frontman", Musician, true}, {"player", Musician, false}, {"giant", Enterprise, true}, {"chain", Enterprise, true}, {"giant", Corporation, false}, {"utc", TimeZone, true}, {"time", TimeZone, false},
		{"band", MusicGroup, true}, {"orchestra", MusicGroup, true}, {"rock group", MusicGroup, true}, {"group", MusicGroup, false}, {"set", MusicGroup, false},
		{"expo", EventShow, true}, {"fair", EventShow, true}, {"heart attack", Seizure, true}, {"panic attack", Seizure, true}, {"attack", Seizure, false}, {"race", EventRace, true}, {"marathon", EventRace, true}, {"grand prix", EventRace, true}, {"championship", EventRace, false}, {"film", EventShow, false}, {"grand prix", EventName, true},
		{"briton", Inhabitant, true}, {"welshman", Inhabitant, true}, {"english", Inhabitant, false}, {"frank", Inhabitant, false},
		{"cobalt", NaturalKind, true}, {"measles", NaturalKind, true}, {"virus", NaturalKind, true}, {"fox", NaturalKind, false}, {"cholera", Illness, true}, {"sars", Illness, true}, {"dementia", Illness, true}, {"tremor", Illness, false}, {"park", Illness, false}, {"road", Way, true}, {"lane", Way, true}, {"park", Way, false}, {"stone", NaturalKind, false}, {"doctor", NaturalKind, false}, {"revolution", EventChange, true}, {"evolution", EventChange, false}, {"article", DocumentPart, true}, {"chapter", DocumentPart, true}, {"book", DocumentPart, false}, {"science", Discipline, true}, {"arts", Discipline, false},
		{"football", SportGame, true}, {"cricket", SportGame, true}, {"rugby", SportGame, true}, {"boxing", SportGame, true}, {"match", SportGame, false},
		{"lock", SportRole, true}, {"prop", SportRole, true}, {"wicketkeeper", SportRole, true}, {"boss", SportRole, true},
		{"shares", Equity, false}, {"share", Equity, true}, {"shareholder", Equity, true}, {"profit", Equity, true}, {"revenue", Equity, false},
		{"worm", Gadget, true}, {"chip", Gadget, true}, {"microchip", Gadget, true}, {"microprocessor", Gadget, true}, {"poker chip", Gadget, false}, {"handheld", Gadget, true}, {"trojan", Gadget, true}, {"virus", Gadget, true},
		{"earth", CelestialBody, true}, {"venus", CelestialBody, true}, {"london", CelestialBody, false}, {"planet", CelestialNoun, true}, {"asteroid", CelestialNoun, true}, {"moon", CelestialNoun, true},
		{"spacecraft", Product, true}, {"rocket", Product, true}, {"vehicle", Product, true}, {"jet", Product, true}, {"bicycle", Product, false},
		{"dam", Structure, true}, {"towers", Structure, false}, {"tower", Structure, true}, {"hall", Structure, false},
		{"constituency", Constituency, true}, {"seat", Constituency, true}, {"ward", Constituency, true}, {"district", Constituency, false}, {"chair", Constituency, false},
		{"final", CompetitionPart, true}, {"title", CompetitionPart, true}, {"champion", CompetitionPart, true}, {"season", CompetitionPart, false},
		{"hire", Employ, true}, {"employ", Employ, true}, {"appoint", Employ, true}, {"sue", Employ, false}, {"investigate", Employ, false},
		{"director", ShowMaker, true}, {"filmmaker", ShowMaker, true}, {"president", ShowMaker, false}, {"manager", ShowMaker, false},
		{"creator", WorkMaker, true}, {"writer", WorkMaker, true}, {"screenwriter", WorkMaker, true}, {"journalist", WorkMaker, false}, {"musician", WorkMaker, false},
		{"king", Sovereign, true}, {"queen", Sovereign, true}, {"emperor", Sovereign, true}, {"prince", Sovereign, false}, {"duke", Sovereign, false},
		{"sheikh", Ruler, true}, {"emir", Ruler, true}, {"king", Ruler, true}, {"president", Ruler, false}, {"prince", Ruler, false},
		{"technology", Technology, true}, {"standard", Technology, true}, {"protocol", Technology, true}, {"format", Technology, true}, {"interface", Technology, true}, {"code", Technology, true}, {"program", Technology, false}, {"access", Technology, false}, {"engineering", Technology, false},
		{"launch", Launch, true}, {"begin", Launch, true}, {"stage", Launch, true}, {"carry out", Launch, true}, {"kick off", Launch, true}, {"unleash", Launch, true}, {"arrange", Launch, false}, {"swear in", Launch, false}, {"fulfil", Launch, false}, {"condemn", Launch, false},
		{"release", Release, true}, {"unveil", Release, true}, {"issue", Release, true}, {"reveal", Release, false}, {"free", Release, false},
		{"convict", Verdict, true}, {"sentence", Verdict, true}, {"acquit", Verdict, true}, {"condemn", Verdict, false}, {"clear", Verdict, false},
		{"resign", LeaveOffice, true}, {"quit", LeaveOffice, true}, {"retire", LeaveOffice, true}, {"step down", LeaveOffice, true}, {"join", LeaveOffice, false},
		{"act", MusicAct, true}, {"band", MusicAct, false}, {"actor", MusicAct, false},
		{"many", Quantifier, true}, {"both", Quantifier, true}, {"more", Quantifier, false}, {"the", Quantifier, false},
		{"minister", Portfolio, true}, {"undersecretary", Portfolio, true}, {"commissioner", Portfolio, true}, {"chairman", Portfolio, false}, {"priest", Portfolio, false},
		{"half", Predeterminer, true}, {"all", Predeterminer, true}, {"many", Predeterminer, false},
		{"die", LifeEvent, true}, {"wed", LifeEvent, true}, {"perish", LifeEvent, true}, {"graduate", LifeEvent, true}, {"retire", LifeEvent, true}, {"withdraw", LifeEvent, false}, {"live", LifeEvent, false},
		{"voice", VoiceRole, true}, {"narrate", VoiceRole, true}, {"impersonate", VoiceRole, true}, {"enact", VoiceRole, false}, {"tell", VoiceRole, false},
		{"mortar", Weapon, true}, {"grenade", Weapon, true}, {"artillery", Weapon, true}, {"steel", Weapon, false}, {"mine", Weapon, false}, {"ball", Weapon, false},
		{"strike", Afflict, true}, {"ravage", Afflict, true}, {"batter", Afflict, true}, {"sweep", Afflict, true}, {"visit", Afflict, false}, {"attack", Afflict, false},
		{"former", Former, true}, {"erstwhile", Former, true}, {"previous", Former, true}, {"late", Former, false}, {"old", Former, false},
		{"show", Evidential, true}, {"suggest", Evidential, true}, {"indicate", Evidential, true}, {"signal", Evidential, false}, {"say", Evidential, false},
	} {
		if got := l.Is(tc.lemma, tc.class); got != tc.want {
			t.Errorf("Is(%q, %s) = %v, want %v", tc.lemma, tc.class, got, tc.want)
		}
	}
	for c := Class(0); c < numClasses; c++ {
		if len(l.Members(c)) == 0 {
			t.Errorf("class %s has no members", c)
		}
		if got, ok := ClassNamed(c.String()); !ok || got != c {
			t.Errorf("ClassNamed(%q) = %v, %v", c.String(), got, ok)
		}
	}
}

// The embedded data is what the generator writes from WordNet today.
func TestDataUpToDate(t *testing.T) {
	if _, err := os.Stat("/usr/share/wordnet/index.noun"); err != nil {
		t.Skip("WordNet (Debian's wordnet-base) is not installed: the generated data is not checked")
	}
	if testing.Short() {
		t.Skip("regenerates the lexicon; skipped with -short")
	}
	out := filepath.Join(t.TempDir(), "wordnet.tsv.gz")
	cmd := exec.Command("go", "run", "./gen", "-wordnet", "/usr/share/wordnet", "-out", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gen: %v\n%s", err, b)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, embedded) {
		t.Error("data/wordnet.tsv.gz is not what gen writes: run go generate ./extract/lexicon")
	}
}

// BenchmarkLoad decodes the built-in lexicon, as Default does once per
// process.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}

func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"too few fields", "L\tn\tdog\nL\tn\n", `lexicon: line 2: malformed "L\tn"`},
		{"too many fields", "X\tv\twent\tgo\tx\n", `lexicon: line 1: malformed "X\tv\twent\tgo\tx"`},
		{"bad part of speech", "L\tq\tdog\n", `lexicon: line 1: malformed "L\tq\tdog"`},
		{"unknown class", "C\tnonsense\tdog\n", `lexicon: line 1: unknown class "nonsense"`},
		{"pertainym without its name", "P\tnorlandic\n", `lexicon: line 1: malformed "P\tnorlandic"`},
		{"empty line", "L\tn\tdog\n\nL\tn\tcat\n", `lexicon: line 2: malformed ""`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(bytes.NewReader(gz(t, tt.text)))
			if err == nil || err.Error() != tt.want {
				t.Errorf("Load = %v, want %s", err, tt.want)
			}
		})
	}
	if _, err := Load(bytes.NewReader([]byte("not gzip"))); err == nil {
		t.Error("Load accepted a file that is not gzip")
	}
}

// TestPertains checks that the P records give a proper adjective's
// places and faiths, and that the built-in lexicon has such records.
func TestPertains(t *testing.T) {
	l, err := Load(bytes.NewReader(gz(t, "L\ta\tnorlandic\nP\tnorlandic\tnorland\nP\tnorlandic\tnorlandism\n")))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"norland", "norlandism"}, l.Pertains("norlandic")); diff != "" {
		t.Errorf("Pertains(norlandic) (-want +got):\n%s", diff)
	}
	if got := l.Pertains("ostmarkish"); got != nil {
		t.Errorf("Pertains(ostmarkish) = %v, want none", got)
	}
	if len(lex(t).pertains) < 100 {
		t.Errorf("the built-in lexicon has %d proper adjectives with pertainyms, want at least 100", len(lex(t).pertains))
	}
}

func TestLoadSmall(t *testing.T) {
	l, err := Load(bytes.NewReader(gz(t, "L\tn\tdog\r\nL\tv\tgo\nX\tv\twent\tgo")))
	if err != nil {
		t.Fatal(err)
	}
	got := []string{l.Lemma("dogs", "NNS"), l.Lemma("went", "VBD")}
	if diff := cmp.Diff([]string{"dog", "go"}, got); diff != "" {
		t.Errorf("lemmas (-want +got):\n%s", diff)
	}
}

// TestClassesUnion checks that Union holds the classes of both sets and
// no other.
func TestClassesUnion(t *testing.T) {
	var a, b Classes
	a, b = a.with(Office), b.with(Kinship)
	u := a.Union(b)
	if !u.Has(Office) || !u.Has(Kinship) || u.Has(Speech) {
		t.Errorf("Union of {Office} and {Kinship} = %v", u)
	}
	if a.Has(Kinship) {
		t.Error("Union changed its receiver")
	}
}
