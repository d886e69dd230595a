package typing

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/annotate"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/sentence"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/internal/fuzzbudget"
	"github.com/kg-project/kg/internal/shareddata"
)

func gaz(t testing.TB) *gazetteer.Gazetteer {
	t.Helper()
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// build tokenizes text and adds a mention for each (surface, type), found
// in order, then resolves them with the country canonicaliser.
func build(t testing.TB, g *gazetteer.Gazetteer, text string, mentions [][2]string) *extract.Result {
	t.Helper()
	res := &extract.Result{Doc: extract.Document{Text: text}}
	res.Sentences = sentence.Split(text, tokenize.Tokenize(text))
	annotateResult(t, res)
	at := 0
	for _, m := range mentions {
		i := strings.Index(text[at:], m[0])
		if i < 0 {
			t.Fatalf("mention %q not found after byte %d", m[0], at)
		}
		s := at + i
		si := 0
		for k, sent := range res.Sentences {
			if sent.Start <= s && s < sent.End {
				si = k
			}
		}
		res.Mentions = append(res.Mentions, extract.Mention{Start: s, End: s + len(m[0]), Text: m[0], Type: m[1], Sentence: si, Entity: -1})
		at = s + len(m[0])
	}
	if err := resolve.New(&resolve.Options{Aliases: NewCountries(g)}).Resolve(res); err != nil {
		t.Fatal(err)
	}
	return res
}

func classes(res *extract.Result) []string {
	var out []string
	for _, e := range res.Entities {
		c := e.Type
		if e.Class != "" {
			c += "/" + strings.TrimPrefix(e.Class, "https://kg.example/ns#")
		}
		out = append(out, e.Name+" = "+c)
	}
	sort.Strings(out)
	return out
}

func TestProcess(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	g := gaz(t)
	tests := []struct {
		name     string
		text     string
		mentions [][2]string
		want     []string
	}{
		{
			name:     "a listed town's name after a noun for a work that a modifier leads is the work's title (work-title)",
			text:     "Her new film, the gothic thriller Harlow, opens in May.",
			mentions: [][2]string{{"Harlow", loc}},
			want:     []string{"Harlow = MISC/CreativeWork"},
		},
		{
			name:     "a listed town's name after a noun for a work stays the town when a place frame reads it too",
			text:     "The gothic thriller Harlow was shot in Harlow last year.",
			mentions: [][2]string{{"Harlow", loc}, {"Harlow", loc}},
			want:     []string{"Harlow = LOC/City"},
		},
		{
			name:     "a listed town's name after a bare noun for a work stays the town",
			text:     "Thriller Harlow drew crowds.",
			mentions: [][2]string{{"Harlow", loc}},
			want:     []string{"Harlow = LOC/City"},
		},
		{
			name:     "a name opening with a given name that owns a work named by its title is a person's (work-owner)",
			text:     "Ann Lee' supernatural thriller Greyhill dropped a place to three.",
			mentions: [][2]string{{"Ann Lee", org}, {"Greyhill", org}},
			want:     []string{"Ann Lee = PER", "Greyhill = MISC/CreativeWork"},
		},
		{
			name:     "a name opening with no given name that owns a work stays a body's",
			text:     "Tarvane Vell's new film Greyhill dropped a place to three.",
			mentions: [][2]string{{"Tarvane Vell", org}, {"Greyhill", org}},
			want:     []string{"Greyhill = MISC/CreativeWork", "Tarvane Vell = ORG"},
		},
		{
			name:     "who voices a part is a person, whatever the tagger read",
			text:     "The hero, voiced by Tarvik Vell, fights on.",
			mentions: [][2]string{{"Tarvik Vell", org}},
			want:     []string{"Tarvik Vell = PER"},
		},
		{
			name:     "the X game on a page about computers is a game",
			text:     "Users of PCs were warned about the hugely popular Kestrel game. A virus installs a version of Kestrel.",
			mentions: [][2]string{{"Kestrel", loc}, {"Kestrel", loc}},
			want:     []string{"Kestrel = MISC/CreativeWork"},
		},
		{
			name:     "the X game on a sports page is a match",
			text:     "The striker scored twice in the hugely tense Vellmark game, then played on his console.",
			mentions: [][2]string{{"Vellmark", loc}},
			want:     []string{"Vellmark = LOC"},
		},
		{
			name:     "a surname first and a word news writes capitalised in a list of people is a person's (surname-pair-list)",
			text:     "It is hard to imagine the sound of Ann Lee, Bo Ek or Tucker Tarvane.",
			mentions: [][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"Tucker Tarvane", loc}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Tucker Tarvane = PER"},
		},
		{
			name:     "no surname first, or a common word last, keeps the tagger's type in a list of people",
			text:     "It drew Ann Lee, Bo Ek, Velvane Tarvane and Tucker Ridge.",
			mentions: [][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"Velvane Tarvane", org}, {"Tucker Ridge", loc}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Tucker Ridge = LOC/Place", "Velvane Tarvane = ORG"},
		},
		{
			name:     "a word of government after a body the gazetteer lists names that body's part: no government's class (listed-owner)",
			text:     "He told the BNGI World Service on Monday. The Harlow Prison Service agreed.",
			mentions: [][2]string{{"BNGI World Service", org}, {"Harlow Prison Service", org}},
			want:     []string{"BNGI World Service = ORG", "Harlow Prison Service = ORG/GovernmentOrganization"},
		},
		{
			name:     "a listed maker's name and a product's word it glues on is the product, and the maker's name alone its maker (maker-product)",
			text:     "Shares in BNGI rose. He cited the BNGI Vellbox video game. Sales of the Vellbox console rose.",
			mentions: [][2]string{{"BNGI", org}, {"BNGI Vellbox", org}, {"Vellbox", misc}},
			want:     []string{"BNGI = ORG/Corporation", "BNGI Vellbox = MISC", "Vellbox = MISC"},
		},
		{
			name:     "a product's word that opens with a small letter before a capital needs no known maker, only the text writing it alone (maker-product)",
			text:     "An Orvane vPad holds many songs. Owners of a vPad, and their vPads, fill it.",
			mentions: [][2]string{{"Orvane vPad", org}},
			want:     []string{"Orvane vPad = MISC"},
		},
		{
			name:     "a maker's name before a word WordNet has, one the text never writes alone, or an acronym, stays a body's",
			text:     "Shares in BNGI Research rose. He cited BNGI Vellpad. The BNGI NVP said so; the NVP agreed.",
			mentions: [][2]string{{"BNGI Research", org}, {"BNGI Vellpad", org}, {"BNGI NVP", org}, {"NVP", org}},
			want:     []string{"BNGI NVP = ORG", "BNGI Research = ORG/Corporation", "BNGI Vellpad = ORG"},
		},
		{
			name:     "a given name alone before and a given name and surname is a person's",
			text:     "Ann and Eva Tarvik have soured on it.",
			mentions: [][2]string{{"Ann", loc}, {"Eva Tarvik", per}},
			want:     []string{"Ann = PER", "Eva Tarvik = PER"},
		},
		{
			name:     "an office that is a body's word first and no person's, and a trade's noun heading an appositive, make a name with no given name a body's",
			text:     "The media regulator Halvard ruled against it. On Monday, Tarvik, the internet provider, said it would appeal. Ann Lee, a local florist, spoke. He met Ann Kell, the oil supplier.",
			mentions: [][2]string{{"Halvard", per}, {"Tarvik", per}, {"Ann Lee", per}, {"Ann Kell", per}},
			want:     []string{"Ann Kell = PER", "Ann Lee = PER", "Halvard = ORG/GovernmentOrganization", "Tarvik = ORG/Corporation"},
		},
		{
			name:     "names listed before a film-maker's noun and a person's name are works; a body's director is named after one body",
			text:     "The gala drew Vell Road and Little Terrorist director Bo Ek. Acme director Ann Lee came too.",
			mentions: [][2]string{{"Vell Road", loc}, {"Little Terrorist", org}, {"Bo Ek", per}, {"Acme", org}, {"Ann Lee", per}},
			want:     []string{"Acme = ORG", "Ann Lee = PER", "Bo Ek = PER", "Little Terrorist = MISC/CreativeWork", "Vell Road = MISC/CreativeWork"},
		},
		{
			name:     "a subject that its object's or its reported clause's \"its\" takes up is a body's, not one opening with a given name",
			text:     "Tarvcom said its profits rose. Norlink said it had no plans to sell. Ann Lee cut its price. Bo Ek said it was time.",
			mentions: [][2]string{{"Tarvcom", per}, {"Norlink", per}, {"Ann Lee", per}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Norlink = ORG", "Tarvcom = ORG"},
		},
		{
			name:     "a name the tagger read as miscellaneous where an analyst works is a body's; not a work's",
			text:     "Prices will rise, said Bo Ek, an analyst at TarvikNorbank. Ann Lee, a critic at the film Quiet Harbour, spoke.",
			mentions: [][2]string{{"Bo Ek", per}, {"TarvikNorbank", misc}, {"Ann Lee", per}, {"Quiet Harbour", misc}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Quiet Harbour = MISC/CreativeWork", "TarvikNorbank = ORG"},
		},
		{
			name:     "a name before an occupation's noun and a person's name employs the person; not before an office's, nor before a name with no given name",
			text:     "Rates may rise, said Tarvane Yamori economist Ann Lee. Norlandic leader Bo Ek spoke. The Quiet Harbour producer Acmeworks agreed.",
			mentions: [][2]string{{"Tarvane Yamori", misc}, {"Ann Lee", per}, {"Norlandic", misc}, {"Bo Ek", per}, {"Quiet Harbour", misc}, {"Acmeworks", per}},
			want:     []string{"Acmeworks = PER", "Ann Lee = PER", "Bo Ek = PER", "Norlandic = MISC", "Quiet Harbour = MISC", "Tarvane Yamori = ORG"},
		},
		{
			name:     "a name whose appositive makes it a part of a body is a body's",
			text:     "Bo Ek, vice president of Tarvworks, a division of Acme Corp, spoke.",
			mentions: [][2]string{{"Bo Ek", per}, {"Tarvworks", loc}, {"Acme Corp", org}},
			want:     []string{"Acme Corp = ORG/Corporation", "Bo Ek = PER", "Tarvworks = ORG/Corporation"},
		},
		{
			name:     "a name the tagger read as miscellaneous that a reported \"it\" takes up after a verb of saying is a body's; a show's \"its\" says nothing",
			text:     "Tarvcom has said it will cut jobs. Quiet Harbour ended its run.",
			mentions: [][2]string{{"Tarvcom", misc}, {"Quiet Harbour", misc}},
			want:     []string{"Quiet Harbour = MISC", "Tarvcom = ORG"},
		},
		{
			name:     "a word for a body heading a name before its complement makes the name a body's: before of or for, or before a game's name",
			text:     "The Harlow Foundation for Democracy met. Major League Hockey grew. The Writers Guild of Norland spoke. The Siege of Pellam ended.",
			mentions: [][2]string{{"Harlow Foundation for Democracy", misc}, {"Major League Hockey", misc}, {"Writers Guild of Norland", misc}, {"Siege of Pellam", misc}},
			want:     []string{"Harlow Foundation for Democracy = ORG", "Major League Hockey = ORG", "Siege of Pellam = EVENT", "Writers Guild of Norland = ORG"},
		},
		{
			name:     "a word for a body and a building after a faith's adjective alone, or before of and a known place, names the faith's body; a building's name says where it stands",
			text:     "The head of the Methodist Church spoke. The Church of Ghana agreed. They met at Harlow Methodist Church and the Church of St Ann.",
			mentions: [][2]string{{"Methodist Church", loc}, {"Church of Ghana", loc}, {"Harlow Methodist Church", loc}, {"Church of St Ann", loc}},
			want:     []string{"Church of Ghana = ORG", "Church of St Ann = LOC", "Harlow Methodist Church = LOC/Place", "Methodist Church = ORG"},
		},
		{
			name:     "a name before a plural noun for a made good is a maker's, a body's; not one opening with a given name",
			text:     "Tarvcom phones are unaffected. Ann Lee laptops sold well.",
			mentions: [][2]string{{"Tarvcom", per}, {"Ann Lee", per}},
			want:     []string{"Ann Lee = PER", "Tarvcom = ORG"},
		},
		{
			name:     "a name after the noun for a new company is a body's",
			text:     "The start-up Myrvane sells software. Tarvcom, a startup based in Harlow, grew.",
			mentions: [][2]string{{"Myrvane", per}, {"Tarvcom", per}, {"Harlow", loc}},
			want:     []string{"Harlow = LOC/City", "Myrvane = ORG/Corporation", "Tarvcom = ORG/Corporation"},
		},
		{
			name:     "a party after a noun for a deal and with is a body's; not one opening with a given name, nor a deal's party's owner",
			text:     "Acme signed an agreement with Tarvcom. It struck a deal with Ann Lee. It struck a deal with Norlink's parent.",
			mentions: [][2]string{{"Acme", org}, {"Tarvcom", per}, {"Ann Lee", per}, {"Norlink", per}},
			want:     []string{"Acme = ORG", "Ann Lee = PER", "Norlink = PER", "Tarvcom = ORG"},
		},
		{
			name:     "a name a spokesman speaks for employs him, a body; not one opening with a given name, nor after a film-maker's noun",
			text:     "Bo Ek, a spokesman for Tarvrail, said on Sunday it would wait. A spokeswoman for Ann Lee spoke. A casting director for Kel Orn spoke.",
			mentions: [][2]string{{"Bo Ek", per}, {"Tarvrail", per}, {"Ann Lee", per}, {"Kel Orn", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Kel Orn = PER", "Tarvrail = ORG"},
		},
		{
			name:     "a stock symbol in brackets after a name makes it a company's, not after a person's title",
			text:     "Fuel prices are helping Acme Depot (AD:NYSE - news), the retailer. Rivals include Quarnell <QRN.PA>. Mr. Bo Ek (BE.N) spoke.",
			mentions: [][2]string{{"Acme Depot", per}, {"Quarnell", loc}, {"Bo Ek", per}},
			want:     []string{"Acme Depot = ORG/Corporation", "Bo Ek = PER", "Quarnell = ORG/Corporation"},
		},
		{
			name:     "works and bands: a title between names, classics listed, a written work, a body with members",
			text:     "She backed the Pellam musical Greyhill Road! He loves arcade classics such as Tallow Nights and Quiet Harbour. He read Tarn Holloway, written by the poet Ann Kell. She wrote it with members of Tarvane.",
			mentions: [][2]string{{"Pellam", per}, {"Greyhill Road", per}, {"Tallow Nights", per}, {"Quiet Harbour", loc}, {"Tarn Holloway", per}, {"Ann Kell", per}, {"Tarvane", per}},
			want:     []string{"Ann Kell = PER", "Greyhill Road = MISC/CreativeWork", "Pellam = PER", "Quiet Harbour = MISC/CreativeWork", "Tallow Nights = MISC/CreativeWork", "Tarn Holloway = MISC/CreativeWork", "Tarvane = ORG"},
		},
		{
			name:     "a name the tagger alone read as a person's or a place's in a list of bodies is a body; not a given name's, nor in a list of people",
			text:     "The deal was signed by Acme Corp, Vell Power Inc, Tarvica and Dorvik. Ann Lee, Pellam Ltd and Harlow Inc met. Bo Ek, Kel Orn and Tarvane spoke.",
			mentions: [][2]string{{"Acme Corp", org}, {"Vell Power Inc", org}, {"Tarvica", per}, {"Dorvik", loc}, {"Ann Lee", per}, {"Pellam Ltd", org}, {"Harlow Inc", org}, {"Bo Ek", per}, {"Kel Orn", per}, {"Tarvane", per}},
			want: []string{"Acme Corp = ORG/Corporation", "Ann Lee = PER", "Bo Ek = PER", "Dorvik = ORG/Corporation", "Harlow Inc = ORG/Corporation", "Kel Orn = PER",
				"Pellam Ltd = ORG/Corporation", "Tarvane = PER", "Tarvica = ORG/Corporation", "Vell Power Inc = ORG/Corporation"},
		},
		{
			name:     "a name the tagger alone read as a thing's neither counts for a list of bodies nor against it",
			text:     "Phones made by Tarvica, Acme Corp, Vell Power Inc and Dorvix are safe.",
			mentions: [][2]string{{"Tarvica", per}, {"Acme Corp", org}, {"Vell Power Inc", org}, {"Dorvix", misc}},
			want:     []string{"Acme Corp = ORG/Corporation", "Dorvix = MISC", "Tarvica = ORG/Corporation", "Vell Power Inc = ORG/Corporation"},
		},
		{
			name:     "a body's word says the class where it heads the name, not inside another name's words",
			text:     "Ann Lee installed Harlow Service Pack 3. Pellam Senate Republican Bo Ek spoke. The Pellam Senate Rules Committee met.",
			mentions: [][2]string{{"Ann Lee", per}, {"Harlow Service Pack 3", org}, {"Pellam Senate Republican", org}, {"Bo Ek", per}, {"Pellam Senate Rules Committee", org}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Harlow Service Pack 3 = ORG", "Pellam Senate Republican = ORG", "Pellam Senate Rules Committee = ORG/GovernmentOrganization"},
		},
		{
			name:     "a word of trade does not type a body whose head says another class; a plural word for people names no company",
			text:     "The Harlow Energy Department and the Vell Business Administration met the Tarvik Packers and Acme Airways International.",
			mentions: [][2]string{{"Harlow Energy Department", org}, {"Vell Business Administration", org}, {"Tarvik Packers", org}, {"Acme Airways International", org}},
			want:     []string{"Acme Airways International = ORG/Corporation", "Harlow Energy Department = ORG/GovernmentOrganization", "Tarvik Packers = ORG", "Vell Business Administration = ORG/GovernmentOrganization"},
		},
		{
			name:     "a paper's word by custom: ending a name, or opening it as a noun; a postal word after a place only",
			text:     "Ann Lee wrote for the Harlow Times, the Times Pellam Review and the Nairobi Post. Standard Vell, Royal Tarvik Mail and Acme Express fell.",
			mentions: [][2]string{{"Ann Lee", per}, {"Harlow Times", org}, {"Times Pellam Review", org}, {"Nairobi Post", org}, {"Standard Vell", org}, {"Royal Tarvik Mail", org}, {"Acme Express", org}},
			want: []string{"Acme Express = ORG", "Ann Lee = PER", "Harlow Times = ORG/NewsMediaOrganization", "Nairobi Post = ORG/NewsMediaOrganization",
				"Royal Tarvik Mail = ORG", "Standard Vell = ORG", "Times Pellam Review = ORG/NewsMediaOrganization"},
		},
		{
			name:     "a bank named for its country alone may be its central bank; another is a company",
			text:     "The Bank of Peru and the Harlow Bank of Peru raised rates.",
			mentions: [][2]string{{"Bank of Peru", org}, {"Harlow Bank of Peru", org}},
			want:     []string{"Bank of Peru = ORG", "Harlow Bank of Peru = ORG/Corporation"},
		},
		{
			name:     "a town the gazetteer lists named for a natural feature is the town; a legislature the list of international bodies holds is a government's",
			text:     "Ann Lee moved to Thunder Bay. The Andean Parliament voted.",
			mentions: [][2]string{{"Ann Lee", per}, {"Thunder Bay", loc}, {"Andean Parliament", org}},
			want:     []string{"Andean Parliament = ORG/GovernmentOrganization", "Ann Lee = PER", "Thunder Bay = LOC/City"},
		},
		{
			name:     "a place the gazetteer lists as a body's too is the place in place frames off the sports pages; not where it speaks as often",
			text:     "Ann Lee enjoyed her stay in Yvelines. Bo Ek flew to Vaucluse. Vaucluse said it would appeal.",
			mentions: [][2]string{{"Ann Lee", per}, {"Yvelines", org}, {"Bo Ek", per}, {"Vaucluse", org}, {"Vaucluse", org}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Vaucluse = ORG", "Yvelines = LOC/AdministrativeArea"},
		},
		{
			name:     "a place the gazetteer lists as a body's too stays a body's on a sports page",
			text:     "The players were ready. Vell Tech beat the Harlow Otters 70-61 on Saturday. The fans flew to Yvelines.",
			mentions: [][2]string{{"Vell Tech", org}, {"Harlow Otters", org}, {"Yvelines", org}},
			want:     []string{"Harlow Otters = ORG/SportsTeam", "Vell Tech = ORG/SportsTeam", "Yvelines = ORG"},
		},
		{
			name:     "a person's noun alone after 'the' names a person; not a firm's name without 'the', nor a body's word",
			text:     "The crowd booed the Wrestler on Friday. Shoppers liked Pioneer on Monday. Ministers in the Executive agreed.",
			mentions: [][2]string{{"Wrestler", org}, {"Pioneer", org}, {"Executive", org}},
			want:     []string{"Executive = ORG", "Pioneer = ORG", "Wrestler = PER"},
		},
		{
			name:     "a title of office after an office's noun, alone after 'the', names a person; not a body's word after it",
			text:     "Ann Lee agreed, as the Chief Justice said on Monday. Ministers in the Chief Executive agreed. The Norland Justice said so.",
			mentions: [][2]string{{"Ann Lee", per}, {"Chief Justice", org}, {"Chief Executive", org}, {"Norland Justice", org}},
			want:     []string{"Ann Lee = PER", "Chief Executive = ORG", "Chief Justice = PER", "Norland Justice = ORG"},
		},
		{
			name:     "a name headed by a division's noun is a division; not a body's members', a verb's noun's, nor a side's",
			text:     "Vellmar is the capital of Tarvik Province. Bo Ek grew up in Norvik Province. Members of Pellam Province (PP) fled. Ann Lee saw Ostwick State.",
			mentions: [][2]string{{"Vellmar", loc}, {"Tarvik Province", org}, {"Bo Ek", per}, {"Norvik Province", per}, {"Pellam Province", org}, {"Ann Lee", per}, {"Ostwick State", org}},
			want: []string{"Ann Lee = PER", "Bo Ek = PER", "Norvik Province = LOC/AdministrativeArea", "Ostwick State = ORG", "Pellam Province = ORG",
				"Tarvik Province = LOC/AdministrativeArea", "Vellmar = LOC/City"},
		},
		{
			name:     "a name before a hyphen and speaking is a language's; not one a verb of saying reads",
			text:     "The Tarvish - speaking children of Vellmar were tested. Norvex said the Norvex - speaking staff agreed.",
			mentions: [][2]string{{"Tarvish", org}, {"Vellmar", loc}, {"Norvex", org}, {"Norvex", org}},
			want:     []string{"Norvex = ORG", "Tarvish = MISC", "Vellmar = LOC/City"},
		},
		{
			name:     "a war's or an attack's noun before of or for and a name heads an event's name; not a body's word, nor one that speaks",
			text:     "Bo Ek fell at the Battle of Tarvik. The Norland War of Independence ended. Ann Lee joined the Institute for War Studies. The Siege of Vell said it would close.",
			mentions: [][2]string{{"Bo Ek", per}, {"Battle of Tarvik", org}, {"Norland War of Independence", org}, {"Ann Lee", per}, {"Institute for War Studies", org}, {"Siege of Vell", org}},
			want: []string{"Ann Lee = PER", "Battle of Tarvik = EVENT", "Bo Ek = PER", "Institute for War Studies = ORG", "Norland War of Independence = EVENT",
				"Siege of Vell = ORG"},
		},
		{
			name:     "a kind of place before a word no list knows, read as a person's, is a place; not before a surname or a common word, nor one that speaks",
			text:     "Port Tarvikko is the ideal place to stop. Brook Lee wrote a book. We saw the Harbour Porpoise there. Fort Vellikko said it would close.",
			mentions: [][2]string{{"Port Tarvikko", per}, {"Brook Lee", per}, {"Harbour Porpoise", per}, {"Fort Vellikko", per}},
			want:     []string{"Brook Lee = PER", "Fort Vellikko = ORG", "Harbour Porpoise = PER", "Port Tarvikko = LOC/Place"},
		},
		{
			name:     "a division's noun heading a side's name on a sports page keeps the side",
			text:     "Harlow County beat Pellam 2-1 on Saturday.",
			mentions: [][2]string{{"Harlow County", org}, {"Pellam", loc}},
			want:     []string{"Harlow County = ORG/SportsTeam", "Pellam = ORG/SportsTeam"},
		},
		{
			name:     "a region after a town and a comma is the town's division, not a town of its name",
			text:     "Ann Lee was held on Monday. Bo Ek lives in Norwich, Norfolk, with Ann Lee.",
			mentions: [][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"Norwich", loc}, {"Norfolk", loc}, {"Ann Lee", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Norfolk = LOC/AdministrativeArea", "Norwich = LOC/City"},
		},
		{
			name:     "a region in a list of places after a town keeps the gazetteer's reading",
			text:     "Bo Ek toured Waterloo, Norfolk, Ballarat and Norwich.",
			mentions: [][2]string{{"Bo Ek", per}, {"Waterloo", loc}, {"Norfolk", loc}, {"Ballarat", loc}, {"Norwich", loc}},
			want:     []string{"Ballarat = LOC/City", "Bo Ek = PER", "Norfolk = LOC/City", "Norwich = LOC/City", "Waterloo = LOC/City"},
		},
		{
			name:     "a name opening with another organisation's name is its part or product: a government's word after it does not make it a government's",
			text:     "Acme said Acme Office sold well. The Harlow Office opened.",
			mentions: [][2]string{{"Acme", org}, {"Acme Office", org}, {"Harlow Office", org}},
			want:     []string{"Acme = ORG", "Acme Office = ORG", "Harlow Office = ORG/GovernmentOrganization"},
		},
		{
			name:     "an academy is a learned society as often as a school; management is a trade; a news medium's word after 'of' is the body's field",
			text:     "The Harlow Academy of Sciences, Vell Asset Management and the Pellam Institute of Film and Television met the Tarvik College.",
			mentions: [][2]string{{"Harlow Academy of Sciences", org}, {"Vell Asset Management", org}, {"Pellam Institute of Film and Television", org}, {"Tarvik College", org}},
			want:     []string{"Harlow Academy of Sciences = ORG", "Pellam Institute of Film and Television = ORG", "Tarvik College = ORG/EducationalOrganization", "Vell Asset Management = ORG"},
		},
		{
			name:     "a side in a result is a team whatever body's word its name holds, when nothing around it says that body",
			text:     "The players were ready. Vell Tech beat the Harlow Otters 70-61 on Saturday.",
			mentions: [][2]string{{"Vell Tech", org}, {"Harlow Otters", org}},
			want:     []string{"Harlow Otters = ORG/SportsTeam", "Vell Tech = ORG/SportsTeam"},
		},
		{
			name:     "a name news writes after 'the' and at the end of its phrase is no town's, whatever town the gazetteer lists",
			text:     "Surveys from the Nairobi and Acme showed prices rising.",
			mentions: [][2]string{{"Nairobi", loc}, {"Acme", org}},
			want:     []string{"Acme = ORG", "Nairobi = LOC"},
		},
		{
			name:     "a town's name after 'the' that modifies a noun is the town",
			text:     "The Nairobi-based firm grew. The Kisumu office and the Mombasa Games opened.",
			mentions: [][2]string{{"Nairobi", loc}, {"Kisumu", loc}, {"Mombasa", loc}},
			want:     []string{"Kisumu = LOC/City", "Mombasa = LOC/City", "Nairobi = LOC/City"},
		},
		{
			name:     "a legislature's word heading a name says government after only a place's name or adjective, or before 'of' and a place",
			text:     "The Harlow National Congress, the Congress of Pellam Trade Unions, the Peruvian Congress and the Congress of Peru met.",
			mentions: [][2]string{{"Harlow National Congress", org}, {"Congress of Pellam Trade Unions", org}, {"Peruvian Congress", org}, {"Congress of Peru", org}},
			want:     []string{"Congress of Pellam Trade Unions = ORG", "Congress of Peru = ORG/GovernmentOrganization", "Harlow National Congress = ORG", "Peruvian Congress = ORG/GovernmentOrganization"},
		},
		{
			name:     "a plural word for bodies after a body's name names its parts, not what it is; a plural for people does",
			text:     "Tarvik agencies handed out food. Vell militants fired shells.",
			mentions: [][2]string{{"Tarvik", org}, {"Vell", org}},
			want:     []string{"Tarvik = ORG", "Vell = ORG/ArmedGroup"},
		},
		{
			name:     "countries, cities and regions from the gazetteer; a division Wikidata calls a country is one",
			text:     "Troops from Kenya arrived in Nairobi and then Alaska and Wales.",
			mentions: [][2]string{{"Kenya", loc}, {"Nairobi", loc}, {"Alaska", loc}, {"Wales", loc}},
			want:     []string{"Alaska = LOC/AdministrativeArea", "Kenya = LOC/Country", "Nairobi = LOC/City", "Wales = LOC/Country"},
		},
		{
			name:     "names listed with a work's title are works; a given name and a listed body are not",
			text:     "She starred in Quiet Harbour, Tallow Road and Greyhill. The film Vornsby Rush and Ann Kell won. The film Pellam Foxes and World Health Organization ran.",
			mentions: [][2]string{{"Quiet Harbour", per}, {"Tallow Road", org}, {"Greyhill", loc}, {"Vornsby Rush", org}, {"Ann Kell", per}, {"Pellam Foxes", org}, {"World Health Organization", org}},
			want:     []string{"Ann Kell = PER", "Greyhill = MISC/CreativeWork", "Pellam Foxes = MISC/CreativeWork", "Quiet Harbour = MISC/CreativeWork", "Tallow Road = MISC/CreativeWork", "Vornsby Rush = MISC/CreativeWork", "World Health Organization = ORG/IntergovernmentalOrganization"},
		},
		{
			name:     "a name after its maker's possessive and before a noun for a made good, said nothing of, is a model's; a maker before the noun alone stays",
			text:     "Acme will ship its new Tarvik console soon. Tarvik sold out. Tarvik came back. Bo Ek used a Pellam laptop. Pellam grew. Pellam fell.",
			mentions: [][2]string{{"Acme", org}, {"Tarvik", org}, {"Tarvik", org}, {"Tarvik", org}, {"Bo Ek", per}, {"Pellam", org}, {"Pellam", org}, {"Pellam", org}},
			want:     []string{"Acme = ORG", "Bo Ek = PER", "Pellam = ORG", "Tarvik = MISC"},
		},
		{
			name:     "a name read twice or more before a noun for a made good, with nothing else said of it, is a model's; a maker that speaks stays",
			text:     "The Tarvik worm installs a game. The risk of infection by Tarvik is low. The Tarvik worm does not spread by e-mail. Tarvik installs a game. Few people were infected by Tarvik. The Pellam console sold well. The Pellam phone did too. Pellam said sales rose. Pellam grew. Pellam fell.",
			mentions: [][2]string{{"Tarvik", per}, {"Tarvik", per}, {"Tarvik", per}, {"Tarvik", per}, {"Tarvik", per}, {"Pellam", per}, {"Pellam", per}, {"Pellam", per}, {"Pellam", per}, {"Pellam", per}},
			want:     []string{"Pellam = PER", "Tarvik = MISC"},
		},
		{
			name:     "a country after 'against' on a page with players and a contest is a side; without a contest it is the country",
			text:     "The players were ready for the championship game against Kenya. The players protested against Ghana.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a country's possessive ending a sentence on a sports page reads no contest and does not fail",
			text:     "Kenya beat Ghana 2-1 in the final. The coach praised Ghana's",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ghana", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "no contest on the page: the country",
			text:     "The players protested against Ghana.",
			mentions: [][2]string{{"Ghana", loc}},
			want:     []string{"Ghana = LOC/Country"},
		},
		{
			name:     "a score, a noun and 'past' or 'over' before a name: a side; 'host' before one on a sports page",
			text:     "Harlow Otters went top with a 3-0 stroll past Nairobi. Ann Lee struck twice for host Kenya.",
			mentions: [][2]string{{"Harlow Otters", org}, {"Nairobi", loc}, {"Ann Lee", per}, {"Kenya", loc}},
			want:     []string{"Ann Lee = PER", "Harlow Otters = ORG", "Kenya = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a name listed with a title after its noun is a work ('X and the stalker drama Y')",
			text:     "In the running are Tallow Road and the stalker drama Vornsby Rush.",
			mentions: [][2]string{{"Tallow Road", org}, {"Vornsby Rush", org}},
			want:     []string{"Tallow Road = MISC/CreativeWork", "Vornsby Rush = MISC/CreativeWork"},
		},
		{
			name:     "a place named in capitals takes the gazetteer's spelling",
			text:     "BAGHDAD -- Troops left. NEW YORK -- Markets fell.",
			mentions: [][2]string{{"BAGHDAD", loc}, {"NEW YORK", loc}},
			want:     []string{"Baghdad = LOC/City", "New York = LOC/City"},
		},
		{
			name:     "a name ending in a word for a prize is an award; a university is a body",
			text:     "The Harlow Music Awards went to a band from Norland State University.",
			mentions: [][2]string{{"Harlow Music Awards", org}, {"Norland State University", loc}},
			want:     []string{"Harlow Music Awards = MISC", "Norland State University = ORG/EducationalOrganization"},
		},
		{
			name:     "a prize's one-word name the lexicon gives is an award, not a person; not when it speaks or has a fuller name",
			text:     "Voters gave Ann Lee her first Emmy. Emmy Vornsby said she was pleased.",
			mentions: [][2]string{{"Ann Lee", per}, {"Emmy", per}, {"Emmy Vornsby", per}},
			want:     []string{"Ann Lee = PER", "Emmy = MISC", "Emmy Vornsby = PER"},
		},
		{
			name:     "a prize's one-word name that speaks is a person's",
			text:     "Emmy said she was pleased.",
			mentions: [][2]string{{"Emmy", per}},
			want:     []string{"Emmy = PER"},
		},
		{
			name:     "a word for a band before a name, or a musician's word between it and a person, makes a music group",
			text:     "The band Harlow Fold played in Pellam. Vell Drift singer Ann Lee sang. Acme Sound drummer Bo Ek left.",
			mentions: [][2]string{{"Harlow Fold", per}, {"Pellam", loc}, {"Vell Drift", per}, {"Ann Lee", per}, {"Acme Sound", org}, {"Bo Ek", per}},
			want:     []string{"Acme Sound = ORG/MusicGroup", "Ann Lee = PER", "Bo Ek = PER", "Harlow Fold = ORG/MusicGroup", "Pellam = LOC", "Vell Drift = ORG/MusicGroup"},
		},
		{
			name:     "role-before: a player's or a musician's noun right before a name the tagger read as a body's makes a person",
			text:     "Fans want rookie quarterback KV Tarvane to start. The band hired guitarist Vell Ostrander.",
			mentions: [][2]string{{"KV Tarvane", org}, {"Vell Ostrander", org}},
			want:     []string{"KV Tarvane = PER", "Vell Ostrander = PER"},
		},
		{
			name:     "role-before: not a body's word in the name, nor a body's frame elsewhere",
			text:     "They hired striker Harlow Athletic Club. Fans of quarterback Acme Vellmar cheered. Acme Vellmar shares fell.",
			mentions: [][2]string{{"Harlow Athletic Club", org}, {"Acme Vellmar", org}, {"Acme Vellmar", org}},
			want:     []string{"Acme Vellmar = ORG/Corporation", "Harlow Athletic Club = ORG"},
		},
		{
			name:     "kin-before: a relative's or an occupation's noun right before a given name and a surname the tagger read as a body's or a thing's makes a person",
			text:     "A letter from cousin Ann Vellmar was read aloud. Fans cheered sprinter Bo Tarvane.",
			mentions: [][2]string{{"Ann Vellmar", org}, {"Bo Tarvane", misc}},
			want:     []string{"Ann Vellmar = PER", "Bo Tarvane = PER"},
		},
		{
			name:     "kin-before: not a company's noun, a name with no given name, nor a name a body's frame reads",
			text:     "Shoppers left retailer Ann Vellmar. A letter from cousin Tarvik Vellmar was read aloud. Fans of sprinter Bo Tarvane cheered. Bo Tarvane shares fell.",
			mentions: [][2]string{{"Ann Vellmar", org}, {"Tarvik Vellmar", org}, {"Bo Tarvane", org}, {"Bo Tarvane", org}},
			want:     []string{"Ann Vellmar = ORG/Corporation", "Bo Tarvane = ORG/Corporation", "Tarvik Vellmar = ORG"},
		},
		{
			name:     "person-cue: a given name and a surname the tagger read as a body's, listed beside a person, is a person's",
			text:     "Fans want Bo Tarvane and Ann Lee in the remake.",
			mentions: [][2]string{{"Bo Tarvane", org}, {"Ann Lee", per}},
			want:     []string{"Ann Lee = PER", "Bo Tarvane = PER"},
		},
		{
			name:     "given-unknown: a given name and a word no list or WordNet knows, read as a thing's, is a person's",
			text:     "Last spring Ann Vellqvist painted the old barn.",
			mentions: [][2]string{{"Ann Vellqvist", misc}},
			want:     []string{"Ann Vellqvist = PER"},
		},
		{
			name:     "given-unknown: not without a given name, nor with a word a list knows as a place's, nor a name in capitals",
			text:     "Last spring Tarvik Vellqvist, Ann Vellmar and Ann OSTRY painted the barn.",
			mentions: [][2]string{{"Tarvik Vellqvist", misc}, {"Ann Vellmar", misc}, {"Ann OSTRY", misc}},
			want:     []string{"Ann OSTRY = MISC", "Ann Vellmar = MISC", "Tarvik Vellqvist = MISC"},
		},
		{
			name:     "given-pair: a given name before 'and' and a person's given name alone is a person's, whatever town shares it",
			text:     "Two sisters - Ann and Bo - run the Vellmar bakery.",
			mentions: [][2]string{{"Ann", loc}, {"Bo", per}},
			want:     []string{"Ann = PER", "Bo = PER"},
		},
		{
			name:     "a musician's word WordNet files under no person's noun ('frontman') between a name and a person makes a music group",
			text:     "Tarvik Norland frontman Bo Ek left.",
			mentions: [][2]string{{"Tarvik Norland", per}, {"Bo Ek", per}},
			want:     []string{"Bo Ek = PER", "Tarvik Norland = ORG/MusicGroup"},
		},
		{
			name:     "band-noun-scope: a band's noun between two names describes the second; the first, a place, is no band",
			text:     "The Harlow band Tarvik Fold played. The Pellam rock band Vell Drift sang.",
			mentions: [][2]string{{"Harlow", org}, {"Tarvik Fold", per}, {"Pellam", org}, {"Vell Drift", per}},
			want:     []string{"Harlow = ORG", "Pellam = ORG", "Tarvik Fold = ORG/MusicGroup", "Vell Drift = ORG/MusicGroup"},
		},
		{
			name:     "band-noun-scope: a plural band's noun before one name that ends its phrase is no descriptor; before a list it is",
			text:     "She lost the wedding bands Bo Ek gave her. The bands Tarvik Fold and Vell Drift played.",
			mentions: [][2]string{{"Bo Ek", per}, {"Tarvik Fold", per}, {"Vell Drift", per}},
			want:     []string{"Bo Ek = PER", "Tarvik Fold = ORG/MusicGroup", "Vell Drift = ORG/MusicGroup"},
		},
		{
			name:     "band-noun-scope: a band's noun before or after two names joined by 'and' is the pair's, and a people's word before it says where the group is from (no band)",
			text:     "They faced the duo Ann Lee and Bo Ek. The Cal Moss and Dee Vell duet was a hit. The Danish duo won.",
			mentions: [][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"Cal Moss", per}, {"Dee Vell", per}, {"Danish", misc}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Cal Moss = PER", "Dee Vell = PER", "Denmark = LOC/Country"},
		},
		{
			name:     "act-list: names listed before 'are among the other acts' are performers: a body, a place nothing places and a name of two words opening no given name are bands",
			text:     "Vell Drift, Quarnell, Pellam and Tarvik Sound are among the other acts booked for the show.",
			mentions: [][2]string{{"Vell Drift", org}, {"Quarnell", loc}, {"Pellam", loc}, {"Tarvik Sound", per}},
			want:     []string{"Pellam = ORG/MusicGroup", "Quarnell = ORG/MusicGroup", "Tarvik Sound = ORG/MusicGroup", "Vell Drift = ORG/MusicGroup"},
		},
		{
			name:     "act-list: 'acts including' and 'one of the hottest acts' name performers; a person's name and a one-word name read as a person's stay people",
			text:     "Tarvik Sound were one of the hottest acts of the year. Fans cheered acts including Ann Lee, Vellmo, Quarnell and the Vell Drift.",
			mentions: [][2]string{{"Tarvik Sound", per}, {"Ann Lee", per}, {"Vellmo", per}, {"Quarnell", org}, {"Vell Drift", loc}},
			want:     []string{"Ann Lee = PER", "Quarnell = ORG/MusicGroup", "Tarvik Sound = ORG/MusicGroup", "Vell Drift = ORG/MusicGroup", "Vellmo = PER"},
		},
		{
			name:     "act-list: a name of two common words read as a person's is a band; a stage name with a word of its own stays a person",
			text:     "Fans cheered acts such as Velvet Harbour. They also saw acts such as Ziggy Vell.",
			mentions: [][2]string{{"Velvet Harbour", per}, {"Ziggy Vell", per}},
			want:     []string{"Velvet Harbour = ORG/MusicGroup", "Ziggy Vell = PER"},
		},
		{
			name:     "act-list: a place placed elsewhere, a country and names beside people stay as they were; a list before another plural noun says nothing",
			text:     "Harlow and Norway are among the acts. She lives in Harlow. Ann Lee, Bo Ek and Vell Drift are among the acts. Tarvik Sound and Quarnell are among the towns.",
			mentions: [][2]string{{"Harlow", loc}, {"Norway", loc}, {"Harlow", loc}, {"Ann Lee", per}, {"Bo Ek", per}, {"Vell Drift", per}, {"Tarvik Sound", per}, {"Quarnell", org}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Harlow = LOC/City", "Norway = LOC/Country", "Quarnell = ORG", "Tarvik Sound = PER", "Vell Drift = PER"},
		},
		{
			name:     "musician-after: a body of no class before a musician's noun and no name is the band; a town before one is where the musician is from",
			text:     "The former Tarvane singer traded blows. The Harlow guitarist left.",
			mentions: [][2]string{{"Tarvane", org}, {"Harlow", org}},
			want:     []string{"Harlow = ORG", "Tarvane = ORG/MusicGroup"},
		},
		{
			name:     "person-list: on a sports page a one-word thing's name WordNet lacks among two people's names is a player",
			text:     "The striker is behind Tarvo, Ann Lee and Bo Ek in the squad. He scored the winning goal in the match against the champions.",
			mentions: [][2]string{{"Tarvo", misc}, {"Ann Lee", per}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Tarvo = PER"},
		},
		{
			name:     "person-list: off a sports page the one-word name keeps its type",
			text:     "The report thanks Tarvo, Ann Lee and Bo Ek for their help.",
			mentions: [][2]string{{"Tarvo", misc}, {"Ann Lee", per}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Tarvo = MISC"},
		},
		{
			name:     "misc-band: a thing's name before a musician's noun is the band; not one named as a work",
			text:     "The former Tarvanes singer was bailed. She sang in the film Vellmora. The Vellmora singer left.",
			mentions: [][2]string{{"Tarvanes", misc}, {"Vellmora", misc}, {"Vellmora", misc}},
			want:     []string{"Tarvanes = ORG/MusicGroup", "Vellmora = MISC/CreativeWork"},
		},
		{
			name:     "a body of no class whose musician a possessive names is a band; a person keeps the type",
			text:     "Westlyne's drummer Bo Ek left. Ann Kell's guitarist Cal Moss stayed.",
			mentions: [][2]string{{"Westlyne", org}, {"Bo Ek", per}, {"Ann Kell", per}, {"Cal Moss", per}},
			want:     []string{"Ann Kell = PER", "Bo Ek = PER", "Cal Moss = PER", "Westlyne = ORG/MusicGroup"},
		},
		{
			name:     "a name ending in a band's word is a music group; an acronym read as one's plural is not",
			text:     "The Tarvik Orchestra met the NDUI Party and the DUI group.",
			mentions: [][2]string{{"Tarvik Orchestra", org}, {"DUI", org}},
			want:     []string{"DUI = ORG", "Tarvik Orchestra = ORG/MusicGroup"},
		},
		{
			name:     "a natural feature's word opening a name before of, or ending one news writes in lower case, is no person's; a surname is",
			text:     "Ships rounded the Cape of Vornsby to reach Pellam Crossing, said Ann Hill and Bo Woods.",
			mentions: [][2]string{{"Cape of Vornsby", per}, {"Pellam Crossing", per}, {"Ann Hill", per}, {"Bo Woods", per}},
			want:     []string{"Ann Hill = PER", "Bo Woods = PER", "Cape of Vornsby = LOC/Place", "Pellam Crossing = LOC/Place"},
		},
		{
			name:     "a word for a town or a division before of and a name is a place; a body's word is not",
			text:     "The Municipality of Vornsby and the Province of Pellam sued the Department of Norland Trade.",
			mentions: [][2]string{{"Municipality of Vornsby", org}, {"Province of Pellam", org}, {"Department of Norland Trade", org}},
			want:     []string{"Department of Norland Trade = ORG/GovernmentOrganization", "Municipality of Vornsby = LOC/City", "Province of Pellam = LOC/AdministrativeArea"},
		},
		{
			name:     "a name headed by a word for a branch of knowledge is the field; a body's name with such a word is not",
			text:     "Work in the Applied Humanities grew at the Norland Institute of Science and at Pellam Science.",
			mentions: [][2]string{{"Applied Humanities", org}, {"Norland Institute of Science", org}, {"Pellam Science", org}},
			want:     []string{"Applied Humanities = MISC", "Norland Institute of Science = ORG", "Pellam Science = ORG"},
		},
		{
			name:     "a law's word alone that news writes in lower case is a law; a firm's name is not",
			text:     "The bosses of Fiat defended the Charter.",
			mentions: [][2]string{{"Fiat", org}, {"Charter", org}},
			want:     []string{"Charter = MISC", "Fiat = ORG"},
		},
		{
			name:     "a numbered part of a law or a text is miscellaneous, whatever the tagger said",
			text:     "Under Title IX and Article 5 of the Norland Charter, Chapter 11 applies.",
			mentions: [][2]string{{"Title IX", org}, {"Article 5", org}, {"Chapter 11", loc}},
			want:     []string{"Article 5 = MISC", "Chapter 11 = MISC", "Title IX = MISC"},
		},
		{
			name:     "an ordinal before a part's word of a law is a law's part; a body's name with an ordinal is not",
			text:     "They cited the Fifth Amendment and the Second Article, said First Harlow.",
			mentions: [][2]string{{"Fifth Amendment", org}, {"Second Article", loc}, {"First Harlow", org}},
			want:     []string{"Fifth Amendment = MISC", "First Harlow = ORG", "Second Article = MISC"},
		},
		{
			name:     "a disease's or an element's word the tagger read as a person's name is none; a person's is",
			text:     "Measles spread. Cobalt poisoning grew, said Mr Vell. Ann Lee spoke of Tarnovirus.",
			mentions: [][2]string{{"Measles", per}, {"Cobalt", per}, {"Vell", per}, {"Ann Lee", per}, {"Tarnovirus", per}},
			want:     []string{"Ann Lee = PER", "Cobalt = MISC", "Measles = MISC", "Tarnovirus = MISC", "Vell = PER"},
		},
		{
			name:     "a disease's word the tagger read as a place's or a body's name is none; a town's is",
			text:     "Cholera cases rose in Harlow. A Sars clinic in Ostmark said Malaria kills.",
			mentions: [][2]string{{"Cholera", loc}, {"Harlow", loc}, {"Sars", loc}, {"Ostmark", loc}, {"Malaria", org}},
			want:     []string{"Cholera = MISC", "Harlow = LOC/City", "Malaria = MISC", "Ostmark = LOC", "Sars = MISC"},
		},
		{
			name:     "on a sports page a name placed by a frame and ending in a word for a way or a park is a ground's, though a surname ends it",
			text:     "Harlow beat Ostmark 2-1 at Vell Park on Saturday, and the coach thanked the fans at Tarvik Road.",
			mentions: [][2]string{{"Harlow", org}, {"Ostmark", org}, {"Vell Park", per}, {"Tarvik Road", loc}},
			want:     []string{"Harlow = ORG/SportsTeam", "Ostmark = ORG/SportsTeam", "Tarvik Road = LOC/StadiumOrArena", "Vell Park = LOC/StadiumOrArena"},
		},
		{
			name:     "on a sports page a ground's name never cut to its last word and opening with no given name is a ground's without a frame",
			text:     "Harlow beat Ostmark 2-1 on Saturday. Ann Lee quit his Vell Park job after the match.",
			mentions: [][2]string{{"Harlow", org}, {"Ostmark", org}, {"Ann Lee", per}, {"Vell Park", per}},
			want:     []string{"Ann Lee = PER", "Harlow = ORG/SportsTeam", "Ostmark = ORG/SportsTeam", "Vell Park = LOC/StadiumOrArena"},
		},
		{
			name:     "on a sports page a person's name ending in a word for a park, cut to its surname, stays a person's",
			text:     "Harlow beat Ostmark 2-1 on Saturday. Bo Park scored twice, and Park said the striker was fit.",
			mentions: [][2]string{{"Harlow", org}, {"Ostmark", org}, {"Bo Park", per}, {"Park", per}},
			want:     []string{"Bo Park = PER", "Harlow = ORG/SportsTeam", "Ostmark = ORG/SportsTeam"},
		},
		{
			name:     "on a page with a sports page's words a town's name and an adjective or a word for a settlement is a club's; the town's alone stays a town, and an adjective makes no town's name",
			text:     "The striker joined Harlow United from Harlow City. He grew up in Harlow and toured the West County.",
			mentions: [][2]string{{"Harlow United", loc}, {"Harlow City", loc}, {"Harlow", loc}, {"West County", loc}},
			want:     []string{"Harlow = LOC/City", "Harlow City = ORG/SportsTeam", "Harlow United = ORG/SportsTeam", "West County = LOC/AdministrativeArea"},
		},
		{
			name:     "on a sports page unknown initials before a town or an adjective name a club, though the tagger read it as a body's; off one they stay a body",
			text:     "Ann Lee, a striker, scored twice in the match. She joined QV Harlow last year and plays at QV United next.",
			mentions: [][2]string{{"Ann Lee", per}, {"QV Harlow", org}, {"QV United", loc}},
			want:     []string{"Ann Lee = PER", "QV Harlow = ORG/SportsTeam", "QV United = ORG/SportsTeam"},
		},
		{
			name:     "unknown initials before a town off a sports page name no club",
			text:     "Ann Lee spoke to QV Harlow in the debate.",
			mentions: [][2]string{{"Ann Lee", per}, {"QV Harlow", org}},
			want:     []string{"Ann Lee = PER", "QV Harlow = ORG"},
		},
		{
			name:     "a broadcaster's initials before a country on a sports page name no club",
			text:     "QVTV Kenya showed the match, in which the striker scored twice.",
			mentions: [][2]string{{"QVTV Kenya", org}},
			want:     []string{"QVTV Kenya = ORG"},
		},
		{
			name:     "a small town whose name is a given name too and a word for a settlement name a college's side, which the tagger read as a person",
			text:     "Ann Lee threw four touchdown passes to lead Norland State to a 38-10 win over Marion State.",
			mentions: [][2]string{{"Ann Lee", per}, {"Norland State", per}, {"Marion State", per}},
			want:     []string{"Ann Lee = PER", "Marion State = ORG/SportsTeam", "Norland State = ORG/SportsTeam"},
		},
		{
			name:     "off a sports page a town's name and a word for a settlement stays a place; an unknown name before an adjective makes no club",
			text:     "Ann Lee moved to Harlow City last year. She met Tarvik United.",
			mentions: [][2]string{{"Ann Lee", per}, {"Harlow City", loc}, {"Tarvik United", loc}},
			want:     []string{"Ann Lee = PER", "Harlow City = LOC", "Tarvik United = LOC"},
		},
		{
			name:     "on a sports page a one-word name the gazetteer does not know as a body's stays a person's",
			text:     "Harlow beat Ostmark 2-1 on Saturday. Tarvane's striker Bo Ek scored.",
			mentions: [][2]string{{"Harlow", org}, {"Ostmark", org}, {"Tarvane", per}, {"Bo Ek", per}},
			want:     []string{"Bo Ek = PER", "Harlow = ORG/SportsTeam", "Ostmark = ORG/SportsTeam", "Tarvane = PER"},
		},
		{
			name:     "a nation of a kingdom in a list a plural noun for people introduces is no person",
			text:     "Injuries hit the players Ann Lee, Bo Ek and England.",
			mentions: [][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"England", loc}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "England = LOC/Country"},
		},
		{
			name:     "one kind of a sports page's words and a town after a noun of defeat make a sports page",
			text:     "The striker was denied a try in his side's loss to Harlow.",
			mentions: [][2]string{{"Harlow", loc}},
			want:     []string{"Harlow = ORG/SportsTeam"},
		},
		{
			name:     "a town after a noun of defeat with no sports page's word stays a town",
			text:     "Ann Lee said the closure was a loss to Harlow.",
			mentions: [][2]string{{"Ann Lee", per}, {"Harlow", loc}},
			want:     []string{"Ann Lee = PER", "Harlow = LOC/City"},
		},
		{
			name:     "on a sports page a one-word plural nickname after the is a side's; an office's plural is not",
			text:     "Harlow beat Ostmark 2-1 on Saturday. Ann Lee left for the Kestrels. The Directors took the money.",
			mentions: [][2]string{{"Harlow", org}, {"Ostmark", org}, {"Ann Lee", per}, {"Kestrels", loc}, {"Directors", misc}},
			want:     []string{"Ann Lee = PER", "Directors = MISC", "Harlow = ORG/SportsTeam", "Kestrels = ORG/SportsTeam", "Ostmark = ORG/SportsTeam"},
		},
		{
			name:     "off a sports page a one-word plural after the is no side",
			text:     "Ann Lee wrote a book about the Kestrels.",
			mentions: [][2]string{{"Ann Lee", per}, {"Kestrels", misc}},
			want:     []string{"Ann Lee = PER", "Kestrels = MISC"},
		},
		{
			name:     "a country's name after the reads as a side after against on a sports page",
			text:     "The striker scored in the match against the Netherlands.",
			mentions: [][2]string{{"Netherlands", loc}},
			want:     []string{"Netherlands = ORG/SportsTeam"},
		},
		{
			name:     "a country's name after against the off a sports page stays a country",
			text:     "Ann Lee voted against the Netherlands.",
			mentions: [][2]string{{"Ann Lee", per}, {"Netherlands", loc}},
			want:     []string{"Ann Lee = PER", "Netherlands = LOC/Country"},
		},
		{
			name:     "a side's noun after a town on a page that names a club after the town with more words says where a side is from: the town stays a town",
			text:     "The striker left Dinamo Harlow for Pellam. He will train with the Harlow side.",
			mentions: [][2]string{{"Dinamo Harlow", org}, {"Pellam", loc}, {"Harlow", loc}},
			want:     []string{"Dinamo Harlow = ORG", "Harlow = LOC/City", "Pellam = LOC"},
		},
		{
			name:     "a side's noun after a town on a page that names no club after it makes the town's side",
			text:     "The striker left Ostmark Rovers for Pellam. He will train with the Harlow side.",
			mentions: [][2]string{{"Ostmark Rovers", org}, {"Pellam", loc}, {"Harlow", loc}},
			want:     []string{"Harlow = ORG/SportsTeam", "Ostmark Rovers = ORG", "Pellam = LOC"},
		},
		{
			name:     "off a sports page a name ending in a word for a way is no ground",
			text:     "Ann Lee opened a shop at Tarvik Road on Saturday.",
			mentions: [][2]string{{"Ann Lee", per}, {"Tarvik Road", loc}},
			want:     []string{"Ann Lee = PER", "Tarvik Road = LOC"},
		},
		{
			name:     "a name before 's and a word that make an illness's name in WordNet is none; an owner of other things is a person",
			text:     "Ann Lee has Hodgkin's disease, said Bo Ek. Ann Lee's drug eased it. Bo Ek's study ended.",
			mentions: [][2]string{{"Ann Lee", per}, {"Hodgkin", per}, {"Bo Ek", per}, {"Ann Lee", per}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Hodgkin = MISC"},
		},
		{
			name:     "a name that employs more often than place frames place it is a body",
			text:     "I am Ann Lee, news editor at Vell Tarvik. I am Bo Ek, managing editor at Vell Tarvik. Send it to Vell Tarvik.",
			mentions: [][2]string{{"Ann Lee", per}, {"Vell Tarvik", loc}, {"Bo Ek", per}, {"Vell Tarvik", loc}, {"Vell Tarvik", loc}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Vell Tarvik = ORG"},
		},
		{
			name:     "a word for a school in lower case after a known place says where the school is",
			text:     "Pupils at Kenya primary schools and a Nairobi grammar school sat the test.",
			mentions: [][2]string{{"Kenya", loc}, {"Nairobi", loc}},
			want:     []string{"Kenya = LOC/Country", "Nairobi = LOC/City"},
		},
		{
			name:     "a body's name before a word for a meeting is the meeting; a developers' conference is one by its head",
			text:     "She spoke at the Reds Party Conference in Harlow and at the Pellam Developers Conference.",
			mentions: [][2]string{{"Reds Party Conference", org}, {"Pellam Developers Conference", org}},
			want:     []string{"Pellam Developers Conference = EVENT", "Reds Party Conference = EVENT"},
		},
		{
			name:     "meeting-head: a name headed by a noun for a meeting or a show is an event, read as a body's, a thing's or an unknown place's",
			text:     "Details come at the Solid Widget Circuits Conference in Harlow. Goods launched at Vellworld Expo sold out. Ministers met at the Norland Power Summit.",
			mentions: [][2]string{{"Solid Widget Circuits Conference", org}, {"Harlow", loc}, {"Vellworld Expo", misc}, {"Norland Power Summit", loc}},
			want:     []string{"Harlow = LOC/City", "Norland Power Summit = EVENT", "Solid Widget Circuits Conference = EVENT", "Vellworld Expo = EVENT"},
		},
		{
			name:     "meeting-head: not a programme's show, a conference on a matter, a speaking conference, nor a league's on a sports page",
			text:     "She watched the Ann Vell Show. The Conference on Tarvik Trade met. The Vell Widgets Conference said it would grow.",
			mentions: [][2]string{{"Ann Vell Show", misc}, {"Conference on Tarvik Trade", org}, {"Vell Widgets Conference", org}},
			want:     []string{"Ann Vell Show = MISC/CreativeWork", "Conference on Tarvik Trade = ORG", "Vell Widgets Conference = ORG"},
		},
		{
			name:     "meeting-head: not a name someone holds an office of or joins, nor a magazine's",
			text:     "Ann Lee, regulatory head of the Vell Widgets Forum, spoke. Two sides will join the Western Tarvik Conference. Bo Ek told the magazine Harlow Fair about it.",
			mentions: [][2]string{{"Ann Lee", per}, {"Vell Widgets Forum", org}, {"Western Tarvik Conference", org}, {"Bo Ek", per}, {"Harlow Fair", org}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Harlow Fair = ORG/NewsMediaOrganization", "Vell Widgets Forum = ORG", "Western Tarvik Conference = ORG"},
		},
		{
			name:     "meeting-head: a league's conference on a page with a sport's words stays a body",
			text:     "Harlow beat Pellam 3-1 in the basketball final. Harlow lead the Eastern Tarvik Conference.",
			mentions: [][2]string{{"Harlow", org}, {"Pellam", org}, {"Harlow", org}, {"Eastern Tarvik Conference", org}},
			want:     []string{"Eastern Tarvik Conference = ORG", "Harlow = ORG/SportsTeam", "Pellam = ORG/SportsTeam"},
		},
		{
			name:     "a title with its place, or a title of nobility alone, is a person whatever the tagger said",
			text:     "The Duchess met the Mayor of Harlow and the Prince of Norland at the Lord of the Harbours premiere.",
			mentions: [][2]string{{"Duchess", org}, {"Mayor of Harlow", misc}, {"Prince of Norland", loc}, {"Lord of the Harbours", misc}},
			want:     []string{"Duchess = PER", "Lord of the Harbours = MISC", "Mayor of Harlow = PER", "Prince of Norland = PER"},
		},
		{
			name:     "a dateline's second name and appositive nations and towns are places whatever the tagger said",
			text:     "VELDEN, Ostmark — Rain fell. Sudmark, a small nation on the coast, and Varn, a fishing town in the north, traded. Ann Lee, a former town councillor, spoke.",
			mentions: [][2]string{{"VELDEN", loc}, {"Ostmark", per}, {"Sudmark", per}, {"Varn", per}, {"Ann Lee", per}},
			want:     []string{"Ann Lee = PER", "Ostmark = LOC/Place", "Sudmark = LOC/Country", "Varn = LOC/City", "Velden = LOC/City"},
		},
		{
			name:     "a dateline's town in capitals, not an acronym before an aside",
			text:     "OSTRAVIK HARBOR — Floods hit the coast. ACME - the parent of Vell Power - said it would pay.",
			mentions: [][2]string{{"OSTRAVIK HARBOR", org}, {"ACME", org}, {"Vell Power", org}},
			want:     []string{"ACME = ORG", "Ostravik Harbor = LOC/City", "Vell Power = ORG"},
		},
		{
			name:     "a company's legal or trade ending makes a name tagged as a person's a company's",
			text:     "Tessaly Lines rose. Ann Post spoke to the Daily Courier.",
			mentions: [][2]string{{"Tessaly Lines", per}, {"Ann Post", per}, {"Daily Courier", per}},
			want:     []string{"Ann Post = PER", "Daily Courier = ORG/NewsMediaOrganization", "Tessaly Lines = ORG/Corporation"},
		},
		{
			name:     "continents and world regions are not towns of the same name",
			text:     "Sales grew in Asia, Western Europe and Nairobi.",
			mentions: [][2]string{{"Asia", loc}, {"Western Europe", loc}, {"Nairobi", loc}},
			want:     []string{"Asia = LOC/Continent", "Nairobi = LOC/City", "Western Europe = LOC/Continent"},
		},
		{
			name:     "a town followed by its country or region is a place, whatever the tagger said",
			text:     "Floods hit Nairobi, Kenya, and Juneau, Alaska.",
			mentions: [][2]string{{"Nairobi", per}, {"Kenya", loc}, {"Juneau", per}, {"Alaska", loc}},
			want:     []string{"Alaska = LOC/AdministrativeArea", "Juneau = LOC/City", "Kenya = LOC/Country", "Nairobi = LOC/City"},
		},
		{
			name:     "a person followed by a country stays a person when no place of that name is there",
			text:     "Talks were led by Okonkwo, Kenya's envoy.",
			mentions: [][2]string{{"Okonkwo", per}, {"Kenya", loc}},
			want:     []string{"Kenya = LOC/Country", "Okonkwo = PER"},
		},
		{
			name:     "the mayor of a city, the governor of a region",
			text:     "The mayor of Varnholt met the governor of Ostmark.",
			mentions: [][2]string{{"Varnholt", org}, {"Ostmark", per}},
			want:     []string{"Ostmark = LOC/AdministrativeArea", "Varnholt = LOC/City"},
		},
		{
			name:     "city and province by their nouns",
			text:     "Rain hit the city of Varnholt and Ostmark province.",
			mentions: [][2]string{{"Varnholt", loc}, {"Ostmark", loc}},
			want:     []string{"Ostmark = LOC/AdministrativeArea", "Varnholt = LOC/City"},
		},
		{
			name:     "a country's resort or capital of a town",
			text:     "Leaders met in the Swiss resort of Varnholt, not in the Swiss capital of Ostburg.",
			mentions: [][2]string{{"Swiss", misc}, {"Varnholt", per}, {"Swiss", misc}, {"Ostburg", org}},
			want:     []string{"Ostburg = LOC/City", "Switzerland = LOC/Country", "Varnholt = LOC/City"},
		},
		{
			name:     "venues, by name and by the noun after them",
			text:     "Fans left Brindle Arena for the Vornsby venue near Lake Orrin.",
			mentions: [][2]string{{"Brindle Arena", loc}, {"Vornsby", org}, {"Lake Orrin", loc}},
			want:     []string{"Brindle Arena = LOC/StadiumOrArena", "Lake Orrin = LOC/BodyOfWater", "Vornsby = LOC/EventVenue"},
		},
		{
			name:     "an organisation named after a hall stays one without place words",
			text:     "Marlow Hall said it would close.",
			mentions: [][2]string{{"Marlow Hall", org}},
			want:     []string{"Marlow Hall = ORG"},
		},
		{
			name:     "an alias that is the name's last words is not read twice",
			text:     "NBX Media Center sold well. Buyers liked Media Center.",
			mentions: [][2]string{{"NBX Media Center", org}, {"Media Center", org}},
			want:     []string{"NBX Media Center = ORG"},
		},
		{
			name:     "water and mountains are places whatever the tagger said",
			text:     "Ships crossed the Vellan Canal below the Askel volcano.",
			mentions: [][2]string{{"Vellan Canal", org}, {"Askel", per}},
			want:     []string{"Askel = LOC/Volcano", "Vellan Canal = LOC/Canal"},
		},
		{
			name:     "held at a place, north of another",
			text:     "The summit was held at Orlay, north of the capital.",
			mentions: [][2]string{{"Orlay", org}},
			want:     []string{"Orlay = LOC/Place"},
		},
		{
			name:     "a subsidiary of another company is a company whatever the tagger said",
			text:     "Vell Power, a subsidiary of Acme Holdings, opened a plant.",
			mentions: [][2]string{{"Vell Power", per}, {"Acme Holdings", org}},
			want:     []string{"Acme Holdings = ORG/Corporation", "Vell Power = ORG/Corporation"},
		},
		{
			name:     "government bodies by the words of their names",
			text:     "The Ministry of Water and the Harbour Authority met the Federal Security Service.",
			mentions: [][2]string{{"Ministry of Water", org}, {"Harbour Authority", org}, {"Federal Security Service", org}},
			want:     []string{"Federal Security Service = ORG/GovernmentOrganization", "Harbour Authority = ORG/GovernmentOrganization", "Ministry of Water = ORG/GovernmentOrganization"},
		},
		{
			name:     "X of Y is an X: a word of trade after a body's word and of is no company; a company's word before of is",
			text:     "The Harlow College of Business, the Federation of Pellam Industries, the Department of Energy and the Bank of Velden met.",
			mentions: [][2]string{{"Harlow College of Business", org}, {"Federation of Pellam Industries", org}, {"Department of Energy", org}, {"Bank of Velden", org}},
			want:     []string{"Bank of Velden = ORG/Corporation", "Department of Energy = ORG/GovernmentOrganization", "Federation of Pellam Industries = ORG", "Harlow College of Business = ORG/EducationalOrganization"},
		},
		{
			name:     "a government's word before \"of\" and a plural noun for businesses names the firms' trade body; before an office's plural, a government's body",
			text:     "The Council of Tarvik Mortgage Lenders and the Council of Ministers met.",
			mentions: [][2]string{{"Council of Tarvik Mortgage Lenders", org}, {"Council of Ministers", org}},
			want:     []string{"Council of Ministers = ORG/GovernmentOrganization", "Council of Tarvik Mortgage Lenders = ORG"},
		},
		{
			name:     "X for Y is an X too: a news medium's or a trade's word after a body's word and for says what it deals with; one before for still says",
			text:     "The Institute for Applied Radio Technology, the Harlow Centre for Retail Studies and the Office for Tarvik Affairs met Vell Radio for Tarvik.",
			mentions: [][2]string{{"Institute for Applied Radio Technology", org}, {"Harlow Centre for Retail Studies", org}, {"Office for Tarvik Affairs", org}, {"Vell Radio for Tarvik", org}},
			want:     []string{"Harlow Centre for Retail Studies = ORG", "Institute for Applied Radio Technology = ORG", "Office for Tarvik Affairs = ORG/GovernmentOrganization", "Vell Radio for Tarvik = ORG/NewsMediaOrganization"},
		},
		{
			name:     "a compass point alone names no town or division the gazetteer lists: it keeps its coarse type; a frame still places a town so named",
			text:     "Jobs moved from the North to the West and to Harlow. The mayor of Northwest spoke.",
			mentions: [][2]string{{"North", loc}, {"West", loc}, {"Harlow", loc}, {"Northwest", loc}},
			want:     []string{"Harlow = LOC/City", "North = LOC", "Northwest = LOC/City", "West = LOC"},
		},
		{
			name:     "a town's name in a list of people after a plural noun for people is a person's",
			text:     "The show had photographers Ann Lee, Harlow and Bo Ek.",
			mentions: [][2]string{{"Ann Lee", per}, {"Harlow", loc}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Harlow = PER"},
		},
		{
			name:     "a town's name in a list of titles after a plural noun for people is not a person's",
			text:     "Leading contenders Quiet Days, Long Road and Harlow fell.",
			mentions: [][2]string{{"Quiet Days", misc}, {"Long Road", misc}, {"Harlow", loc}},
			want:     []string{"Harlow = LOC/City", "Long Road = MISC", "Quiet Days = MISC"},
		},
		{
			name:     "a small town's name in a list of companies is a company's; a country's is not",
			text:     "It won pledges from companies such as Acme, Tarvik and Harlow. Firms such as Vell Power and Norway signed.",
			mentions: [][2]string{{"Acme", org}, {"Tarvik", org}, {"Harlow", loc}, {"Vell Power", org}, {"Norway", loc}},
			want:     []string{"Acme = ORG/Corporation", "Harlow = ORG/Corporation", "Norway = LOC/Country", "Tarvik = ORG/Corporation", "Vell Power = ORG/Corporation"},
		},
		{
			name:     "a two-word name after a plural noun for people alone is a body of them; in a list it is a person",
			text:     "The bank has also sued auditors Pellam Tarvik. It hired lawyers Ann Lee and Bo Ek.",
			mentions: [][2]string{{"Pellam Tarvik", per}, {"Ann Lee", per}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Pellam Tarvik = ORG"},
		},
		{
			name:     "a word of trade before a word for a body of members is the members' trade; before a word for any group it is a company's",
			text:     "The Pellam Airlines Association and the Velden Airlines Group met.",
			mentions: [][2]string{{"Pellam Airlines Association", org}, {"Velden Airlines Group", org}},
			want:     []string{"Pellam Airlines Association = ORG", "Velden Airlines Group = ORG/Corporation"},
		},
		{
			name:     "news media by name, descriptor and verb frame",
			text:     "The minister told the Daily Ledger, according to the Kestrel news agency, and was quoted by Brightwave.",
			mentions: [][2]string{{"Daily Ledger", org}, {"Kestrel", org}, {"Brightwave", org}},
			want:     []string{"Brightwave = ORG/NewsMediaOrganization", "Daily Ledger = ORG/NewsMediaOrganization", "Kestrel = ORG/NewsMediaOrganization"},
		},
		{
			name:     "an acronym and a spelled number up to four name a channel; a number in digits or above four is no channel's",
			text:     "The show moved from NBS Two to Vell One, while ACME Nine and NBS2 bought it.",
			mentions: [][2]string{{"NBS Two", org}, {"Vell One", org}, {"ACME Nine", org}, {"NBS2", org}},
			want:     []string{"ACME Nine = ORG", "NBS Two = ORG/NewsMediaOrganization", "NBS2 = ORG", "Vell One = ORG"},
		},
		{
			name:     "a name of words for members of a faith that news capitalises is its people's, no body's; a word news writes in lower case is left alone",
			text:     "A radical Catholic cleric met Acme. Baptists marched, and Monks sang.",
			mentions: [][2]string{{"Catholic", org}, {"Acme", org}, {"Baptists", org}, {"Monks", org}},
			want:     []string{"Acme = ORG", "Baptists = MISC", "Catholic = MISC", "Monks = ORG"},
		},
		{
			name:     "a people's or a faith's noun in the plural read as a person's, a place's or a body's is a group of people (people-group)",
			text:     "Lutherans and Taoists met Ann Lee. Irish Scots live in Harlow.",
			mentions: [][2]string{{"Lutherans", per}, {"Taoists", org}, {"Ann Lee", per}, {"Irish Scots", loc}, {"Harlow", loc}},
			want:     []string{"Ann Lee = PER", "Harlow = LOC/City", "Irish Scots = MISC", "Lutherans = MISC", "Taoists = MISC"},
		},
		{
			name:     "people-group: a singular people's noun, a name with another word, a word news writes in lower case or a side stay",
			text:     "Ann Scot met Lutheran and the Monks. Scots Tarvik protested.",
			mentions: [][2]string{{"Ann Scot", per}, {"Lutheran", per}, {"Monks", per}, {"Scots Tarvik", org}},
			want:     []string{"Ann Scot = PER", "Lutheran = PER", "Monks = PER", "Scots Tarvik = ORG"},
		},
		{
			name:     "people-group: a people's noun in the plural that a result reads as a side stays a side",
			text:     "Pellam beat the Scots 2-1 in the final.",
			mentions: [][2]string{{"Pellam", org}, {"Scots", org}},
			want:     []string{"Pellam = ORG/SportsTeam", "Scots = ORG/SportsTeam"},
		},
		{
			name:     "people-group: a people's noun in the plural that the gazetteer lists as a body's name stays a body",
			text:     "Ann Lee joined the Spartans in May.",
			mentions: [][2]string{{"Ann Lee", per}, {"Spartans", org}},
			want:     []string{"Ann Lee = PER", "Spartans = ORG"},
		},
		{
			name:     "a wire's credit ending the headline and opening the text before a dash is news media even when tagged as a place",
			text:     "Floods Hit Harlow (WN)\n\nWN - The mayor of Harlow won.",
			mentions: [][2]string{{"Harlow", loc}, {"WN", loc}, {"WN", loc}, {"Harlow", loc}},
			want:     []string{"Harlow = LOC/City", "WN = ORG/NewsMediaOrganization"},
		},
		{
			name:     "a dateline's agency is news media even when tagged as a place",
			text:     "VELDEN, Ostmark (WN) — The mayor won.",
			mentions: [][2]string{{"VELDEN", loc}, {"Ostmark", loc}, {"WN", loc}},
			want:     []string{"Ostmark = LOC/Place", "Velden = LOC/City", "WN = ORG/NewsMediaOrganization"},
		},
		{
			name:     "a singular noun for a person before a one-word name read as a place, or heading its appositive, makes a person",
			text:     "The singer Pellam and the retailer Vornsby spoke in Harlow. They met Ostrem - a noted campaigner on housing - at noon.",
			mentions: [][2]string{{"Pellam", loc}, {"Vornsby", loc}, {"Harlow", loc}, {"Ostrem", loc}},
			want:     []string{"Harlow = LOC/City", "Ostrem = PER", "Pellam = PER", "Vornsby = ORG/Corporation"},
		},
		{
			name:     "an appositive's noun for a person before a verb, where a comma is missing, is the head when the name opens its clause",
			text:     "\"Sales rose,\" Ostrem, Acme's chief executive told the Vell News website. They lifted sanctions on Tarvik, an official said.",
			mentions: [][2]string{{"Ostrem", per}, {"Acme", org}, {"Vell News", org}, {"Tarvik", loc}},
			want:     []string{"Acme = ORG", "Ostrem = PER", "Tarvik = LOC", "Vell News = ORG/NewsMediaOrganization"},
		},
		{
			name:     "a given name and a word among people's names is a person's, with nothing saying body or place",
			text:     "Among the stars were Ann Lee, Bo Ek and Tom Holloway. Acme, Vell Power and Tom Harlow rose.",
			mentions: [][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"Tom Holloway", org}, {"Acme", org}, {"Vell Power", org}, {"Tom Harlow", org}},
			want:     []string{"Acme = ORG", "Ann Lee = PER", "Bo Ek = PER", "Tom Harlow = ORG", "Tom Holloway = PER", "Vell Power = ORG"},
		},
		{
			name:     "a town's name before a word for a venue is the town; an unknown name is the venue",
			text:     "They met at the Paris hotel and at the Tarvik hotel.",
			mentions: [][2]string{{"Paris", loc}, {"Tarvik", loc}},
			want:     []string{"Paris = LOC/City", "Tarvik = LOC/Hotel"},
		},
		{
			name:     "a descriptor before a name the tagger read as a place makes it a body, one after it does not",
			text:     "The bank Vell Power grew. Tarvik rebels fled.",
			mentions: [][2]string{{"Vell Power", loc}, {"Tarvik", loc}},
			want:     []string{"Tarvik = LOC", "Vell Power = ORG/Corporation"},
		},
		{
			// The gazetteer lists a neighbourhood named Logan Square; the
			// name's own head word says the square.
			name:     "a name ending in a word for a built facility is that place, not a town of the same name",
			text:     "Crowds gathered in Logan Square and in Pellam.",
			mentions: [][2]string{{"Logan Square", loc}, {"Pellam", loc}},
			want:     []string{"Logan Square = LOC/Place", "Pellam = LOC"},
		},
		{
			name:     "a title after a word for a creative work is a work, whatever the tagger said",
			text:     "The boxing drama Iron Vale beat the film Greyhill Road, and Ann Kell starred in the movie Kell.",
			mentions: [][2]string{{"Iron Vale", org}, {"Greyhill Road", loc}, {"Ann Kell", per}, {"Kell", per}},
			want:     []string{"Ann Kell = PER", "Greyhill Road = MISC/CreativeWork", "Iron Vale = MISC/CreativeWork"},
		},
		{
			name:     "a body's name opening with a capitalised The inside a sentence is a title's, unless something says body",
			text:     "Their show beat The Green Lamp and The Harlow Boys. Ann Kell told The Velden Lamp. Shares in The Tarvik Lantern rose, The Tarvik Lantern said.",
			mentions: [][2]string{{"The Green Lamp", org}, {"The Harlow Boys", org}, {"Ann Kell", per}, {"The Velden Lamp", org}, {"The Tarvik Lantern", org}, {"The Tarvik Lantern", org}},
			want:     []string{"Ann Kell = PER", "The Green Lamp = MISC", "The Harlow Boys = ORG", "The Tarvik Lantern = ORG/Corporation", "The Velden Lamp = ORG"},
		},
		{
			name:     "a person's name opening with a capitalised The inside a sentence is a title's, unless something says person",
			text:     "Ann Kell starred in The Tarvik Show. Bo Ek said it beat The Vell Swan. The Harbour Lamp said so.",
			mentions: [][2]string{{"Ann Kell", per}, {"The Tarvik Show", per}, {"Bo Ek", per}, {"The Vell Swan", per}, {"Harbour Lamp", per}},
			want:     []string{"Ann Kell = PER", "Bo Ek = PER", "Harbour Lamp = PER", "The Tarvik Show = MISC/CreativeWork", "The Vell Swan = MISC"},
		},
		{
			name:     "a person's name with a word that is only an adverb is no person's, unless something says person",
			text:     "The show was beaten by Strictly Tarvik Dancing. Ann Kell watched. Mr Always Harlow spoke.",
			mentions: [][2]string{{"Strictly Tarvik Dancing", per}, {"Ann Kell", per}, {"Always Harlow", per}},
			want:     []string{"Always Harlow = PER", "Ann Kell = PER", "Strictly Tarvik Dancing = MISC"},
		},
		{
			name:     "a person's or body's name after a person's in full and a possessive is a work's",
			text:     "Ann Lee wrote it. It was a contrast to Ann Lee's Quiet Harbour. Pellam's Tallow Road won.",
			mentions: [][2]string{{"Ann Lee", per}, {"Ann Lee", per}, {"Quiet Harbour", per}, {"Pellam", per}, {"Tallow Road", org}},
			want:     []string{"Ann Lee = PER", "Pellam = PER", "Quiet Harbour = MISC/CreativeWork", "Tallow Road = ORG"},
		},
		{
			name:     "a body's name headed by a word for a venue, an airport or a museum is the place, unless it speaks",
			text:     "Crowds filled the Velden Theatre and Pellam Airport. The Tarvik Museum said it would close. Guests left the Harlow Hotel.",
			mentions: [][2]string{{"Velden Theatre", org}, {"Pellam Airport", org}, {"Tarvik Museum", org}, {"Harlow Hotel", org}},
			want:     []string{"Harlow Hotel = ORG", "Pellam Airport = LOC/Airport", "Tarvik Museum = ORG", "Velden Theatre = LOC/EventVenue"},
		},
		{
			name:     "a person's name headed by a word for a venue that ends no one's name is the venue, unless an honorific says person",
			text:     "Fans filled Ann Vell Stadium. Later Mr Tarn Stadium spoke.",
			mentions: [][2]string{{"Ann Vell Stadium", per}, {"Tarn Stadium", per}},
			want:     []string{"Ann Vell Stadium = LOC/StadiumOrArena", "Tarn Stadium = PER"},
		},
		{
			name:     "a work beside the noun for its kind, across a comma",
			text:     "Tarn Holloway, a story about a boy, won. Mira Sand starred in the real-life drama, Quiet Harbour. In the film, Dale Orin smiles. Pell Vance, a film director, spoke.",
			mentions: [][2]string{{"Tarn Holloway", per}, {"Mira Sand", per}, {"Quiet Harbour", loc}, {"Dale Orin", per}, {"Pell Vance", per}},
			want:     []string{"Dale Orin = PER", "Mira Sand = PER", "Pell Vance = PER", "Quiet Harbour = MISC/CreativeWork", "Tarn Holloway = MISC/CreativeWork"},
		},
		{
			name:     "an honorific makes a person of a body or a place; a verb or capitals do not",
			text:     "Mr Halvard won. He thanked Dr Ostrem. They will miss Ostmark, and DR Velia voted.",
			mentions: [][2]string{{"Mr Halvard", org}, {"Ostrem", loc}, {"Ostmark", loc}, {"DR Velia", loc}},
			want:     []string{"DR Velia = LOC", "Mr Halvard = PER", "Ostmark = LOC", "Ostrem = PER"},
		},

		{
			name:     "a name a relative which follows is no person, unless it begins with a given name",
			text:     "Sales rose at Tarn Holloway, which was bought last year. Ann Lee, who runs it, smiled. A duo with John Smith, which split, sold well.",
			mentions: [][2]string{{"Tarn Holloway", per}, {"Ann Lee", per}, {"John Smith", per}},
			want:     []string{"Ann Lee = PER", "John Smith = PER", "Tarn Holloway = MISC"},
		},
		{
			name:     "companies by suffix, descriptor and appositive",
			text:     "Parts came from Norvex Ltd and the Korean company Halden; Pellam, a shipping firm, carried them.",
			mentions: [][2]string{{"Norvex Ltd", org}, {"Halden", org}, {"Pellam", org}},
			want:     []string{"Halden = ORG/Corporation", "Norvex Ltd = ORG/Corporation", "Pellam = ORG/Corporation"},
		},
		{
			name:     "an appositive's possessor or modifier is not its head",
			text:     "Ann Lee, the company's chief executive, said sales rose. Bo Ek, a party official, agreed. Tarn Holloway, a company director, left.",
			mentions: [][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"Tarn Holloway", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Tarn Holloway = PER"},
		},
		{
			name:     "a copula's complement says what its subject is; not a negated one, nor one of a larger subject",
			text:     "Vell Power is a shipping firm. Gangster-themed Vornsby Rush is the sequel to Pellam. Acme is not a company. The capital of Norland is a city of ten million.",
			mentions: [][2]string{{"Vell Power", per}, {"Vornsby Rush", org}, {"Pellam", org}, {"Acme", org}, {"Norland", org}},
			want:     []string{"Acme = ORG", "Norland = ORG", "Pellam = ORG", "Vell Power = ORG/Corporation", "Vornsby Rush = MISC/CreativeWork"},
		},
		{
			name:     "a noun for a person as much as a body does not overrule a person, nor type a copula's subject",
			text:     "Bo Ek, a distributor of films, left. Ann Lee was a distributor of films.",
			mentions: [][2]string{{"Bo Ek", per}, {"Ann Lee", org}},
			want:     []string{"Ann Lee = ORG", "Bo Ek = PER"},
		},
		{
			name:     "a name of common words alone is no person's, one with a given name or a word of names is",
			text:     "They read Spilled Water to Will Young and Tiger Woods, and watch Danger with jdoe.",
			mentions: [][2]string{{"Spilled Water", per}, {"Will Young", per}, {"Tiger Woods", per}, {"Danger", per}, {"jdoe", per}},
			want:     []string{"Danger = MISC", "Spilled Water = MISC", "Tiger Woods = PER", "Will Young = PER", "jdoe = PER"},
		},
		{
			name:     "maker-goods: a name ending in a gadget's noun after another body's name is the maker's goods; not without the maker, nor a software's or a people's word",
			text:     "Pellam said the Pellam Browser is near. Vell Console sales rose. Acme said Acme Software grew and Acme Trojans won.",
			mentions: [][2]string{{"Pellam", org}, {"Pellam Browser", org}, {"Vell Console", org}, {"Acme", org}, {"Acme Software", org}, {"Acme Trojans", org}},
			want:     []string{"Acme = ORG", "Acme Software = ORG", "Acme Trojans = ORG", "Pellam = ORG", "Pellam Browser = MISC", "Vell Console = ORG"},
		},
		{
			name:     "meeting-noun: a name before a lower-case noun for a show is in no place frame; a known town there is",
			text:     "It is good, said Ann Lee, news editor at Tarvikworld magazine. Goods launched at Tarvikworld expo sold. Talks at the Harlow summit ended.",
			mentions: [][2]string{{"Ann Lee", per}, {"Tarvikworld", org}, {"Tarvikworld", loc}, {"Harlow", loc}},
			want:     []string{"Ann Lee = PER", "Harlow = LOC/City", "Tarvikworld = ORG/NewsMediaOrganization"},
		},
		{
			name:     "common-words: a name of common words with an honorific before it is a person's",
			text:     "Shoppers waited after Mr Walls' speech. They read Spilled Water.",
			mentions: [][2]string{{"Mr Walls", per}, {"Spilled Water", per}},
			want:     []string{"Spilled Water = MISC", "Walls = PER"},
		},
		{
			name:     "a mention the tagger found by a name's last word is read with the words before it that spell the name",
			text:     "Ann Lee wrote Tarvik Gull. \"Tarvik Gull is a fine book,\" he said.",
			mentions: [][2]string{{"Ann Lee", per}, {"Tarvik Gull", per}, {"Gull", per}},
			want:     []string{"Ann Lee = PER", "Tarvik Gull = MISC/CreativeWork"},
		},
		{
			name:     "a title's \"The\" in the mention of a name read as a person's leaves it the whole name",
			text:     "The Pellam Man met Tarn Holloway. It won with the thriller The Pellam Man.",
			mentions: [][2]string{{"Pellam Man", per}, {"Tarn Holloway", per}, {"The Pellam Man", per}},
			want:     []string{"Tarn Holloway = PER", "The Pellam Man = MISC/CreativeWork"},
		},
		{
			name:     "a noun for a kind of work before a title outweighs the words of the name but a band's, not a descriptor",
			text:     "His next album The Harlow College sold well. The film Pellam Bay opened. The company Acme Films and the film company Vell Studios grew. They bought the charity single Tarvik Band.",
			mentions: [][2]string{{"Harlow College", org}, {"Pellam Bay", loc}, {"Acme Films", org}, {"Vell Studios", org}, {"Tarvik Band", org}},
			want:     []string{"Acme Films = ORG/Corporation", "Harlow College = MISC/CreativeWork", "Pellam Bay = MISC/CreativeWork", "Tarvik Band = ORG/MusicGroup", "Vell Studios = ORG/Corporation"},
		},
		{
			name:     "a name with \"the\" after its second word or a form of \"be\" inside is a title, not a person's; an epithet and an office are a person's",
			text:     "Fans of Flight of the Harbour and Rain Is The Road met Ivan the Bold and the Speaker of the Harlow Assembly.",
			mentions: [][2]string{{"Flight of the Harbour", per}, {"Rain Is The Road", per}, {"Ivan the Bold", per}, {"Speaker of the Harlow Assembly", per}},
			want:     []string{"Flight of the Harbour = MISC", "Ivan the Bold = PER", "Rain Is The Road = MISC", "Speaker of the Harlow Assembly = PER"},
		},
		{
			name:     "an adjective or its comparative after \"the\" ending a longer name is an epithet, a noun there a title's",
			text:     "Fans of Ann Lee the Younger and of Bo Vell the Youngest met fans of Tarvo Pell the Harbour.",
			mentions: [][2]string{{"Ann Lee the Younger", per}, {"Bo Vell the Youngest", per}, {"Tarvo Pell the Harbour", per}},
			want:     []string{"Ann Lee the Younger = PER", "Bo Vell the Youngest = PER", "Tarvo Pell the Harbour = MISC"},
		},
		{
			name:     "a singular noun for an office before a body's name makes a person of a name's words, not of common words",
			text:     "They came with former coach Halvard Ostrem. The official No Campaign replied.",
			mentions: [][2]string{{"Halvard Ostrem", org}, {"No Campaign", org}},
			want:     []string{"Halvard Ostrem = PER", "No Campaign = ORG"},
		},
		{
			name:     "an appositive headed by a person's office at a body makes a person of a body's name (office-appositive); not a common words' name, nor a counsel's office",
			text:     "Kel Tarvikson, chairwoman of the brewing company Acme, left the talks early. Open Rain, director of the Vell Group, said so. Harlow Capital, manager of the Acme Fund, said so.",
			mentions: [][2]string{{"Kel Tarvikson", org}, {"Acme", org}, {"Open Rain", org}, {"Vell Group", org}, {"Harlow Capital", org}, {"Acme Fund", org}},
			want:     []string{"Acme = ORG/Corporation", "Acme Fund = ORG", "Harlow Capital = ORG", "Kel Tarvikson = PER", "Open Rain = ORG", "Vell Group = ORG"},
		},
		{
			name:     "a kind of place opening a name says place, unless a word for an incident heads it",
			text:     "He fought in the Gulf War and swam in Lake Vornsby.",
			mentions: [][2]string{{"Gulf War", misc}, {"Lake Vornsby", loc}},
			want:     []string{"Gulf War = MISC", "Lake Vornsby = LOC/BodyOfWater"},
		},
		{
			name:     "a kind of place before a common word that heads the name only modifies it: no place",
			text:     "The channel Canal Vell and Harbour Records signed Lake Vornsby.",
			mentions: [][2]string{{"Canal Vell", org}, {"Harbour Records", org}, {"Lake Vornsby", loc}},
			want:     []string{"Canal Vell = LOC/Canal", "Harbour Records = ORG", "Lake Vornsby = LOC/BodyOfWater"},
		},
		{
			name:     "a body's word before a word for a kind of place that heads the name only modifies it",
			text:     "The show opens at the Pellam Palace Theatre, near the Harlow Ministry and the Vell Palace.",
			mentions: [][2]string{{"Pellam Palace Theatre", org}, {"Harlow Ministry", org}, {"Vell Palace", org}},
			want:     []string{"Harlow Ministry = ORG/GovernmentOrganization", "Pellam Palace Theatre = LOC/EventVenue", "Vell Palace = ORG/GovernmentOrganization"},
		},
		{
			name:     "a noun of trade and a body's word after a name with no determiner say what the name is; after a determiner the name may only modify them",
			text:     "Ann Lee, from Tarvik Ostrem investment bank, said so. He runs a new Velden search company.",
			mentions: [][2]string{{"Ann Lee", per}, {"Tarvik Ostrem", misc}, {"Velden", misc}},
			want:     []string{"Ann Lee = PER", "Tarvik Ostrem = ORG/Corporation", "Velden = MISC"},
		},
		{
			name:     "a miscellaneous name after a body's word or with one heading its appositive is a body",
			text:     "It owns the clearing firm Tarvik. The fate of Ostrem Neft - the oil firm sold on Sunday - is unclear. Velden rose.",
			mentions: [][2]string{{"Tarvik", misc}, {"Ostrem Neft", misc}, {"Velden", misc}},
			want:     []string{"Ostrem Neft = ORG/Corporation", "Tarvik = ORG/Corporation", "Velden = MISC"},
		},
		{
			name:     "a name the tagger read as a person's that employs an analyst is a body; a possessor at the job is not employer",
			text:     "Said Bo Ek, an analyst with Tarvik Research. Ann Lee, a lawyer at Mr Vell Ostrem's office, agreed.",
			mentions: [][2]string{{"Bo Ek", per}, {"Tarvik Research", per}, {"Ann Lee", per}, {"Mr Vell Ostrem", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Tarvik Research = ORG", "Vell Ostrem = PER"},
		},
		{
			name:     "a name the tagger read as a person's headed by a common word for a body is a body's, unless a given name opens it",
			text:     "The Tarvik Executive met Ann Group and the Vell Militia.",
			mentions: [][2]string{{"Tarvik Executive", per}, {"Ann Group", per}, {"Vell Militia", per}},
			want:     []string{"Ann Group = PER", "Tarvik Executive = ORG", "Vell Militia = ORG"},
		},
		{
			name:     "a name the tagger read as a person's before a team role and a person is the team, not a person's full name",
			text:     "Injured Tarvik winger Bo Ek is out. Vell manager Ann Lee spoke. Ann Rowe manager Cal Dunn died.",
			mentions: [][2]string{{"Tarvik", per}, {"Bo Ek", per}, {"Vell", per}, {"Ann Lee", per}, {"Ann Rowe", per}, {"Cal Dunn", per}},
			want:     []string{"Ann Lee = PER", "Ann Rowe = MISC", "Bo Ek = PER", "Cal Dunn = PER", "Tarvik = ORG/SportsTeam", "Vell = ORG"},
		},
		{
			name:     "a name the tagger read as a person's in a list after a plural word for bodies is a body, though a relative which follows it",
			text:     "She named groups like Tarvik Watch, which she called a lobby. Acme grew.",
			mentions: [][2]string{{"Tarvik Watch", per}, {"Acme", org}},
			want:     []string{"Acme = ORG", "Tarvik Watch = ORG"},
		},
		{
			name:     "a miscellaneous name of a known place and a plural noun is a team, unless the plural is a kind of place or a place",
			text:     "The Nairobi Rovers beat Vell Rovers near the Nairobi Hills, said East Kenyas at the Nairobi Sevens.",
			mentions: [][2]string{{"Nairobi Rovers", misc}, {"Vell Rovers", misc}, {"Nairobi Hills", misc}, {"East Kenyas", misc}, {"Nairobi Sevens", misc}},
			want:     []string{"East Kenyas = MISC", "Nairobi Hills = MISC", "Nairobi Rovers = ORG/SportsTeam", "Nairobi Sevens = MISC", "Vell Rovers = MISC"},
		},
		{
			name:     "a name after a noun for a part of a body, or its owner, is a body, not after a name's particle",
			text:     "It bought Vornsby's Norland affiliate Tarvik Labs. Jan den Ostrem spoke. The right wing Ann Vell scored.",
			mentions: [][2]string{{"Vornsby", loc}, {"Norland", loc}, {"Tarvik Labs", per}, {"Jan", per}, {"Ostrem", per}, {"Ann Vell", per}},
			want:     []string{"Ann Vell = PER", "Jan = PER", "Norland = LOC/City", "Ostrem = PER", "Tarvik Labs = ORG", "Vornsby = ORG"},
		},
		{
			name:     "a kind of place before a possessive owns the name: no place",
			text:     "Lake's Eleven took $4m and Ocean's Seven came second.",
			mentions: [][2]string{{"Lake's Eleven", misc}, {"Ocean's Seven", loc}},
			want:     []string{"Lake's Eleven = MISC", "Ocean's Seven = LOC"},
		},
		{
			name:     "a town the text has speak is a body, unless a big city or placed as often",
			text:     "Harlow said profits rose. Moscow said no. It has no link to Pellam. Pellam said so and Pellam claims more.",
			mentions: [][2]string{{"Harlow", loc}, {"Moscow", loc}, {"Pellam", org}, {"Pellam", org}, {"Pellam", org}},
			want:     []string{"Harlow = ORG", "Moscow = LOC/City", "Pellam = ORG"},
		},
		{
			name:     "a name ending in a word for a law is a text, not a body; a person keeps a name so ending",
			text:     "The Harlow Rights Act passed. Buffalo Bill rode.",
			mentions: [][2]string{{"Harlow Rights Act", org}, {"Buffalo Bill", per}},
			want:     []string{"Buffalo Bill = PER", "Harlow Rights Act = MISC"},
		},
		{
			name:     "a name ending in a word for a protocol or a format is a technology, not a body; a firm's Technology and a paper's Standard stay bodies",
			text:     "Tarvik Packet Protocol services grew. Vell Audio Format files spread. Acme Technology grew. The Harlow Standard said so.",
			mentions: [][2]string{{"Tarvik Packet Protocol", org}, {"Vell Audio Format", org}, {"Acme Technology", org}, {"Harlow Standard", org}},
			want:     []string{"Acme Technology = ORG", "Harlow Standard = ORG/NewsMediaOrganization", "Tarvik Packet Protocol = MISC", "Vell Audio Format = MISC"},
		},
		{
			name:     "a protocol's word in a name spelled out beside its initials outweighs a descriptor's vote (initials-tech); with no such word the vote keeps a body",
			text:     "The depots use radios. At Acme, HRP - Harlow Relay Protocol - links every depot. Depots buying HRP services pay less. Each kind of HRP service is cheap. At Acme, QVL - Quick Vell Link - links every depot. Each kind of QVL service is cheap.",
			mentions: [][2]string{{"Acme", org}, {"HRP", org}, {"Harlow Relay Protocol", org}, {"HRP", org}, {"HRP", org}, {"Acme", org}, {"QVL", org}, {"Quick Vell Link", org}, {"QVL", org}},
			want:     []string{"Acme = ORG", "Harlow Relay Protocol = MISC", "Quick Vell Link = ORG/GovernmentOrganization"},
		},
		{
			name:     "a name spelled out beside its initials with no body's word is a thing (initials-thing); a body's word, a plural, a place first or a verb of saying keep a body",
			text:     "Phones use Secure Tarvik Protection (STP) schemes. The Tarvik Data Association (TDA) met. Acme Vell Devices (AVD) chips sold. Norland Vell Sport (NVS) grew. Quick Harlow Access (QHA) opened. QHA said it would grow.",
			mentions: [][2]string{{"Secure Tarvik Protection", org}, {"STP", org}, {"Tarvik Data Association", org}, {"TDA", org}, {"Acme Vell Devices", org}, {"AVD", org}, {"Norland Vell Sport", org}, {"NVS", org}, {"Quick Harlow Access", org}, {"QHA", org}, {"QHA", org}},
			want:     []string{"Acme Vell Devices = ORG", "Norland Vell Sport = ORG", "Quick Harlow Access = ORG", "Secure Tarvik Protection = MISC", "Tarvik Data Association = ORG"},
		},
		{
			name:     "no initials-thing on a page with no noun for a technology, a gadget, a program or a made good",
			text:     "The Popular Vell Initiative (PVI) marched in Harlow.",
			mentions: [][2]string{{"Popular Vell Initiative", org}, {"PVI", org}, {"Harlow", loc}},
			want:     []string{"Harlow = LOC/City", "Popular Vell Initiative = ORG"},
		},
		{
			name:     "a one-word name read as a person's that opens a prize's name the page names is the body that gives it (prize-giver); not one a life's event says is a person",
			text:     "The Tarvix Awards were held. Tarvix said the year was good. The Kelvane Awards were held. Kelvane was born in Harlow.",
			mentions: [][2]string{{"Tarvix Awards", misc}, {"Tarvix", per}, {"Kelvane Awards", misc}, {"Kelvane", per}, {"Harlow", loc}},
			want:     []string{"Harlow = LOC/City", "Kelvane = PER", "Kelvane Awards = MISC", "Tarvix = ORG", "Tarvix Awards = MISC"},
		},
		{
			name:     "a maker's name and a model's token, written alone too, on a page about made goods is the model (maker-model)",
			text:     "Acme makes phones. The Acme QX console sold well. The QX has two screens.",
			mentions: [][2]string{{"Acme", org}, {"Acme QX", org}, {"QX", org}},
			want:     []string{"Acme = ORG", "Acme QX = MISC"},
		},
		{
			name:     "a model's token the tagger cut off its maker's name and read as a person's is the model (maker-model)",
			text:     "Acme makes phones. The Acme QX console sold well.",
			mentions: [][2]string{{"Acme", org}, {"Acme", org}, {"QX", per}},
			want:     []string{"Acme = ORG", "QX = MISC"},
		},
		{
			name:     "a model's token the tagger cut off its maker's name and read as a body's is the model (maker-model)",
			text:     "Acme makes phones. The Acme QX console sold well.",
			mentions: [][2]string{{"Acme", org}, {"Acme", org}, {"QX", org}},
			want:     []string{"Acme = ORG", "QX = MISC"},
		},
		{
			name:     "the plural of a maker's name after a number on a page about made goods is its goods (brand-plural)",
			text:     "Police seized two Acme Vells and four Vellmars, both cars. Vellmar cut prices.",
			mentions: [][2]string{{"Acme Vells", org}, {"Vellmars", loc}, {"Vellmar", org}},
			want:     []string{"Acme Vells = ORG", "Vellmar = ORG", "Vellmars = MISC"},
		},
		{
			name:     "the plural of a maker's name after a possessive determiner or of is its goods (brand-plural)",
			text:     "Acme makes phones. Buyers keep their Acmes. Sales of Tarviks rose. Tarvik said so.",
			mentions: [][2]string{{"Acme", org}, {"Acmes", org}, {"Tarviks", per}, {"Tarvik", org}},
			want:     []string{"Acme = ORG", "Acmes = MISC", "Tarvik = ORG", "Tarviks = MISC"},
		},
		{
			name:     "no brand-plural: no number or determiner before it, a page with no made good's noun, a verb of saying",
			text:     "Acme makes phones. Acmes fell. Tarvik cut jobs. The Tarviks said so.",
			mentions: [][2]string{{"Acme", org}, {"Acmes", org}, {"Tarvik", org}, {"Tarviks", org}},
			want:     []string{"Acme = ORG", "Acmes = ORG", "Tarvik = ORG", "Tarviks = ORG"},
		},
		{
			name:     "the family word of a model's name the page writes in full, alone or with a trim's code, is the model (model-family)",
			text:     "Car prices fell. The Mini Kelvo 1.6 held up. The Kelvo S rose, and Kelvo buyers were glad.",
			mentions: [][2]string{{"Mini Kelvo 1.6", misc}, {"Kelvo S", org}, {"Kelvo", per}},
			want:     []string{"Kelvo = MISC", "Kelvo S = MISC", "Mini Kelvo 1.6 = MISC"},
		},
		{
			name:     "no model-family: a year after the name, a common noun",
			text:     "Car prices fell. The Norvik Vellan 2005 show and the Acme Cup 3 met. Vellan said so. Cup rose.",
			mentions: [][2]string{{"Norvik Vellan 2005", misc}, {"Acme Cup 3", misc}, {"Vellan", per}, {"Cup", org}},
			want:     []string{"Acme Cup 3 = MISC", "Cup = ORG", "Norvik Vellan 2005 = MISC", "Vellan = PER"},
		},
		{
			name:     "no model: a token never written alone",
			text:     "Tarvik makes phones. Tarvik LP sold them.",
			mentions: [][2]string{{"Tarvik", org}, {"Tarvik LP", org}},
			want:     []string{"Tarvik = ORG", "Tarvik LP = ORG"},
		},
		{
			name:     "no model: a page with no made good's noun",
			text:     "Vell opened Vell QX. The QX grew.",
			mentions: [][2]string{{"Vell", org}, {"Vell QX", org}, {"QX", org}},
			want:     []string{"Vell = ORG", "Vell QX = ORG"},
		},
		{
			name:     "a common word is not the international organisation its letters spell",
			text:     "The Who played on.",
			mentions: [][2]string{{"Who", org}},
			want:     []string{"Who = ORG"},
		},
		{
			name: "a holiday is no entity (resolution drops it as a date); a language read as a place is none, read as a body it may be a club's",
			// Latin: a real language, as the rule reads WordNet's languages.
			text:     "Sales rose before Christmas. He speaks Latin. Celtic won.",
			mentions: [][2]string{{"Christmas", loc}, {"Latin", loc}, {"Celtic", org}},
			want:     []string{"Celtic = ORG", "Latin = MISC"},
		},
		{
			name:     "a miscellaneous name ending in a word for an organisation is one",
			text:     "The Vornsby Foundation and the Harlow Cup met.",
			mentions: [][2]string{{"Vornsby Foundation", misc}, {"Harlow Cup", misc}},
			want:     []string{"Harlow Cup = MISC", "Vornsby Foundation = ORG"},
		},
		{
			name:     "a title opening a name makes a person of a body or a place, unless a body's word or a known place says otherwise",
			text:     "Cardinal Halvard Ostrem spoke. The Knight Commission met in Prince Edward Island.",
			mentions: [][2]string{{"Cardinal Halvard Ostrem", org}, {"Knight Commission", org}, {"Prince Edward Island", loc}},
			want:     []string{"Cardinal Halvard Ostrem = PER", "Knight Commission = ORG", "Prince Edward Island = LOC/AdministrativeArea"},
		},
		{
			name:     "a name before a noun for a kind of person and a person's name is no person's (an analyst's: the employer, no work)",
			text:     "Others include Vell Power analyst Ann Lee.",
			mentions: [][2]string{{"Vell Power", per}, {"Ann Lee", per}},
			want:     []string{"Ann Lee = PER", "Vell Power = ORG"},
		},
		{
			name:     "a name before an actor's noun and a person's name is the film's or the show's, unless a plural",
			text:     "Others include Vell Power actor Ann Lee, Tarn Holloway star Bo Ek and Harlow Rovers star Mira Sand.",
			mentions: [][2]string{{"Vell Power", per}, {"Ann Lee", per}, {"Tarn Holloway", per}, {"Bo Ek", per}, {"Harlow Rovers", per}, {"Mira Sand", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Harlow Rovers = MISC", "Mira Sand = PER", "Tarn Holloway = MISC/CreativeWork", "Vell Power = MISC/CreativeWork"},
		},
		{
			name:     "on a sports page a name among players with a first word no list knows is a person's, off it not",
			text:     "Harlow beat Pellam 2-1 and the striker scored after a move involving Tarmund Velliksen, Ann Lee and Bo Ek.",
			mentions: [][2]string{{"Harlow", loc}, {"Pellam", loc}, {"Tarmund Velliksen", org}, {"Ann Lee", per}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Harlow = ORG/SportsTeam", "Pellam = ORG/SportsTeam", "Tarmund Velliksen = PER"},
		},
		{
			name:     "on a sports page two words no list knows, read as a body's, are a person's; not with a side's word, nor off the page",
			text:     "Harlow beat Pellam 2-1 in the match. Ann Lee praised Tarmund Velliksen and Tarmund Rovers after it.",
			mentions: [][2]string{{"Harlow", loc}, {"Pellam", loc}, {"Ann Lee", per}, {"Tarmund Velliksen", org}, {"Tarmund Rovers", org}},
			want:     []string{"Ann Lee = PER", "Harlow = ORG/SportsTeam", "Pellam = ORG/SportsTeam", "Tarmund Rovers = ORG", "Tarmund Velliksen = PER"},
		},
		// The four rows below name a real person, Alan Mathison Turing: the
		// rule asks the shipped gazetteer for a name it lists as a
		// person's only (and, alone, as a surname), which no made-up name is.
		{
			name:     "a name the gazetteer lists only as a person's, read as a place's with nothing placing it, is a person's",
			text:     "Ann Lee opened the Alan Mathison Turing lecture series.",
			mentions: [][2]string{{"Ann Lee", per}, {"Alan Mathison Turing", loc}},
			want:     []string{"Alan Mathison Turing = PER", "Ann Lee = PER"},
		},
		{
			name:     "a name the gazetteer lists only as a person's stays a place's in a place frame",
			text:     "Ann Lee flew to Alan Mathison Turing on Monday.",
			mentions: [][2]string{{"Ann Lee", per}, {"Alan Mathison Turing", loc}},
			want:     []string{"Alan Mathison Turing = LOC", "Ann Lee = PER"},
		},
		{
			name:     "one word the gazetteer lists only as a person's and a surname, read as a place's with nothing placing it, is a person's",
			text:     "Ann Lee found a way, as with Turing for example.",
			mentions: [][2]string{{"Ann Lee", per}, {"Turing", loc}},
			want:     []string{"Ann Lee = PER", "Turing = PER"},
		},
		{
			name:     "one word the gazetteer lists only as a person's and a surname stays a place's in a place frame",
			text:     "Ann Lee flew to Turing on Monday.",
			mentions: [][2]string{{"Ann Lee", per}, {"Turing", loc}},
			want:     []string{"Ann Lee = PER", "Turing = LOC"},
		},
		{
			name:     "a word of two letters in a name is a particle, no body's word, but a legal form is",
			text:     "Ann Lee praised El Tarvo on Monday. Shares in Vellmar Co rose.",
			mentions: [][2]string{{"Ann Lee", per}, {"El Tarvo", org}, {"Vellmar Co", org}},
			want:     []string{"Ann Lee = PER", "El Tarvo = ORG", "Vellmar Co = ORG/Corporation"},
		},
		{
			name:     "off a sports page two words no list knows keep the body's type",
			text:     "Ann Lee praised Tarmund Velliksen on Monday.",
			mentions: [][2]string{{"Ann Lee", per}, {"Tarmund Velliksen", org}},
			want:     []string{"Ann Lee = PER", "Tarmund Velliksen = ORG"},
		},
		{
			name:     "on a sports page a name among players that opens with a function word keeps its type",
			text:     "Harlow beat Pellam 2-1 and the striker scored after a move involving The Velliksens, Ann Lee and Bo Ek.",
			mentions: [][2]string{{"Harlow", loc}, {"Pellam", loc}, {"The Velliksens", org}, {"Ann Lee", per}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Harlow = ORG/SportsTeam", "Pellam = ORG/SportsTeam", "The Velliksens = ORG"},
		},
		{
			name:     "off a sports page a name among people with a first word no list knows keeps its type",
			text:     "The deal involved Tarmund Velliksen, Ann Lee and Bo Ek.",
			mentions: [][2]string{{"Tarmund Velliksen", org}, {"Ann Lee", per}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Tarmund Velliksen = ORG"},
		},
		{
			name:     "the subject of a verb whose object opens with his is a person, not one that takes its",
			text:     "Tarvik made his 31st save of the year on Sunday. Vellmar raised its prices. Harlow Tech earned his first win.",
			mentions: [][2]string{{"Tarvik", org}, {"Vellmar", org}, {"Harlow Tech", org}},
			want:     []string{"Harlow Tech = ORG/EducationalOrganization", "Tarvik = PER", "Vellmar = ORG"},
		},
		{
			name:     "a descriptor overrides a person tag, a title keeps it",
			text:     "The logistics company Arven Tull bought trucks. President Arla Venn objected.",
			mentions: [][2]string{{"Arven Tull", per}, {"Arla Venn", per}},
			want:     []string{"Arla Venn = PER", "Arven Tull = ORG/Corporation"},
		},
		{
			name:     "parties",
			text:     "The Green Future Party won, and the ruling Unity lost.",
			mentions: [][2]string{{"Green Future Party", org}, {"Unity", org}},
			want:     []string{"Green Future Party = ORG/PoliticalParty", "Unity = ORG"},
		},
		{
			name:     "armed groups by descriptor, claim of responsibility and branch",
			text:     "The militant group Red Dawn claimed an attack. Sable Front has claimed responsibility for it. Grey Hand, a Sable Front branch active in the hills, denied it.",
			mentions: [][2]string{{"Red Dawn", org}, {"Sable Front", org}, {"Grey Hand", org}, {"Sable Front", org}},
			want:     []string{"Grey Hand = ORG/ArmedGroup", "Red Dawn = ORG/ArmedGroup", "Sable Front = ORG/ArmedGroup"},
		},
		{
			name:     "a miscellaneous name before a group noun is an organisation",
			text:     "Fighters of the Crescent Dawn group withdrew.",
			mentions: [][2]string{{"Crescent Dawn", misc}},
			want:     []string{"Crescent Dawn = ORG"},
		},
		{
			name:     "international organisations from the gazetteer",
			text:     "NATO and the United Nations met.",
			mentions: [][2]string{{"NATO", org}, {"United Nations", org}},
			want:     []string{"NATO = ORG/IntergovernmentalOrganization", "United Nations = ORG/IntergovernmentalOrganization"},
		},
		{
			name:     "an international organisation the gazetteer lists is one though the tagger read a place, unless a place's word says otherwise",
			text:     "She is an envoy for Nato. The talks were held at United Nations.",
			mentions: [][2]string{{"Nato", loc}, {"United Nations", loc}},
			want:     []string{"Nato = ORG/IntergovernmentalOrganization", "United Nations = LOC/Place"},
		},
		{
			name:     "demonyms point at countries; shared ones at the most populous",
			text:     "American, Dutch and Ukrainian officials met Russian envoys.",
			mentions: [][2]string{{"American", misc}, {"Dutch", misc}, {"Ukrainian", misc}, {"Russian", misc}},
			want:     []string{"Netherlands = LOC/Country", "Russia = LOC/Country", "Ukraine = LOC/Country", "United States = LOC/Country"},
		},
		{
			name:     "on a page where a country plays, the other countries with no place frame play too",
			text:     "Kenya beat Ghana 2-1 in Nairobi. Uganda dominated Malawi. The final is in Zambia.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Nairobi", loc}, {"Uganda", loc}, {"Malawi", loc}, {"Zambia", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Malawi = ORG/SportsTeam", "Nairobi = LOC/City", "Uganda = ORG/SportsTeam", "Zambia = LOC/Country"},
		},
		{
			name:     "a country opening its clause before a plural verb and the country it takes a lead over are sides (side-pair)",
			text:     "Kenya take a slim lead over Ghana after the first day.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a country before a singular verb taking a lead over another is no side on a page with no sports words",
			text:     "Kenya takes a slim lead over Ghana in coffee exports.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}},
			want:     []string{"Ghana = LOC/Country", "Kenya = LOC/Country"},
		},
		{
			name:     "with one kind of a sports page's words, a place a body opening its clause beats is a side (side-pair)",
			text:     "Vell State beat Ghana in the title game of the football season.",
			mentions: [][2]string{{"Vell State", org}, {"Ghana", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Vell State = ORG"},
		},
		{
			name:     "a place a body wins is no side, though the page has a contest's word",
			text:     "The Vell Party won Ghana in the race.",
			mentions: [][2]string{{"Vell Party", org}, {"Ghana", loc}},
			want:     []string{"Ghana = LOC/Country", "Vell Party = ORG/PoliticalParty"},
		},
		{
			name:     "with no sports page's words, a country another beats is no side",
			text:     "Kenya defeated Ghana in the long war.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}},
			want:     []string{"Ghana = LOC/Country", "Kenya = LOC/Country"},
		},
		{
			name:     "with one kind of a sports page's words, a town an appositive headed by a plural noun for people follows is a side (side-appositive)",
			text:     "Nairobi, the league leaders, reined in their spending before the match.",
			mentions: [][2]string{{"Nairobi", loc}},
			want:     []string{"Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a town a singular appositive follows stays the town",
			text:     "Nairobi, the capital, hosted the match.",
			mentions: [][2]string{{"Nairobi", loc}},
			want:     []string{"Nairobi = LOC/City"},
		},
		{
			name:     "a kingdom's nation plays as a country does",
			text:     "Wales beat Kenya 2-1. Scotland dominated Uganda.",
			mentions: [][2]string{{"Wales", loc}, {"Kenya", loc}, {"Scotland", loc}, {"Uganda", loc}},
			want:     []string{"Kenya = ORG/SportsTeam", "Scotland = ORG/SportsTeam", "Uganda = ORG/SportsTeam", "Wales = ORG/SportsTeam"},
		},
		{
			name:     "on a page where a country plays, a country named as a side and placed is two entities, the side and the place",
			text:     "Kenya beat Ghana 2-1. The final is in Kenya.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Kenya", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = LOC/Country", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a country split into side and place beside a natural feature's name (no crash: the split entity has no evidence of its own)",
			text:     "Kenya beat Ghana 2-1. The final is in Kenya. Fans sailed from Vell Island.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Kenya", loc}, {"Vell Island", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = LOC/Country", "Kenya = ORG/SportsTeam", "Vell Island = LOC/Place"},
		},
		{
			name:     "a country that a verb joins to another on a sports page is a side, though a list of places runs into it",
			text:     "Kenya 19-13 Ghana. In Nairobi, Kenya tore into Ghana. The final is in Kenya.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Nairobi", loc}, {"Kenya", loc}, {"Ghana", loc}, {"Kenya", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = LOC/Country", "Kenya = ORG/SportsTeam", "Nairobi = LOC/City"},
		},
		{
			name:     "a noun for a side's people after a country makes it a side, with a noun for a contest on the page",
			text:     "The Kenya coach praised the Kenya captain after the match. The talks are in Kenya.",
			mentions: [][2]string{{"Kenya", loc}, {"Kenya", loc}, {"Kenya", loc}},
			want:     []string{"Kenya = LOC/Country", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a page with a player's noun and a game played names a side after \"against\"",
			text:     "Ann Lee will start for Wales against Kenya on Saturday. \"I have not played a full game since March,\" said Lee, a lock. \"They are good players.\"",
			mentions: [][2]string{{"Ann Lee", per}, {"Wales", loc}, {"Kenya", loc}, {"Lee", per}},
			want:     []string{"Ann Lee = PER", "Kenya = ORG/SportsTeam", "Wales = ORG/SportsTeam"},
		},
		{
			name:     "a game of politics and a name after \"against\" with no player's noun make no sports page",
			text:     "Kenya voted against Ghana on Monday. \"It is a dangerous game,\" said Ann Lee.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ann Lee", per}},
			want:     []string{"Ann Lee = PER", "Ghana = LOC/Country", "Kenya = LOC/Country"},
		},
		{
			name:     "on a sports page a margin in a standing before a place names a side: within a unit of it, or units behind or clear of it",
			text:     "Ann Lee, the striker, scored in the match. It left them within a percentage point of Tyler. Marion are two games behind Harlow, three points clear of Warren.",
			mentions: [][2]string{{"Ann Lee", per}, {"Tyler", loc}, {"Marion", loc}, {"Harlow", loc}, {"Warren", loc}},
			want:     []string{"Ann Lee = PER", "Harlow = ORG/SportsTeam", "Marion = ORG/SportsTeam", "Tyler = ORG/SportsTeam", "Warren = ORG/SportsTeam"},
		},
		{
			name:     "on a sports page a score as the margin clear of a place names it a side, and the subject of the verb before it (standing-margin, side-pair)",
			text:     "Kenya went 3-1 clear of Ghana in the match.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a score clear of a place on a page with no other sports word names no side",
			text:     "Kenya went 3-1 clear of Ghana in the vote.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}},
			want:     []string{"Ghana = LOC/Country", "Kenya = LOC/Country"},
		},
		{
			name:     "a country's name the gazetteer lists as a body's too is read as a country's by the frames of a contest (country-named)",
			text:     "Kenya went 3-1 clear of Hellas in the match.",
			mentions: [][2]string{{"Kenya", loc}, {"Hellas", loc}},
			want:     []string{"Greece = ORG/SportsTeam", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a competition named for a cup is a contest's word: with a score it makes a sports page (competition-head)",
			text:     "Ann Lee led Kenya to a 5-0 outing with Ghana to set up a Vell Cup clash against Malawi.",
			mentions: [][2]string{{"Ann Lee", per}, {"Kenya", loc}, {"Ghana", loc}, {"Vell Cup", extract.EventType}, {"Malawi", loc}},
			want:     []string{"Ann Lee = PER", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Malawi = ORG/SportsTeam", "Vell Cup = EVENT"},
		},
		{
			name:     "a festival is no such competition: a score alone makes no sports page",
			text:     "Ann Lee led Kenya to a 5-0 outing with Ghana to set up a Vell Festival clash against Malawi.",
			mentions: [][2]string{{"Ann Lee", per}, {"Kenya", loc}, {"Ghana", loc}, {"Vell Festival", extract.EventType}, {"Malawi", loc}},
			want:     []string{"Ann Lee = PER", "Ghana = LOC/Country", "Kenya = LOC/Country", "Malawi = LOC/Country", "Vell Festival = EVENT"},
		},
		{
			name:     "on a sports page a thing's name before a player's noun and a person is the player's side (player-side)",
			text:     "Ghana beat Kenya 2-1 in the match. Orlen-Tarvik Otters striker Ann Lee scored late on.",
			mentions: [][2]string{{"Ghana", loc}, {"Kenya", loc}, {"Orlen-Tarvik Otters", misc}, {"Ann Lee", per}},
			want:     []string{"Ann Lee = PER", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Orlen-Tarvik Otters = ORG/SportsTeam"},
		},
		{
			name:     "on a sports page a body's name before an office's noun and a person is no side",
			text:     "Ghana beat Kenya 2-1 in the match. Tarvik Vell chairman Ann Lee was pleased.",
			mentions: [][2]string{{"Ghana", loc}, {"Kenya", loc}, {"Tarvik Vell", org}, {"Ann Lee", per}},
			want:     []string{"Ann Lee = PER", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Tarvik Vell = ORG"},
		},
		{
			name:     "off a sports page a body's name before a player's noun stays a body",
			text:     "Tarvik Vell player Ann Lee signed the letter.",
			mentions: [][2]string{{"Tarvik Vell", org}, {"Ann Lee", per}},
			want:     []string{"Ann Lee = PER", "Tarvik Vell = ORG"},
		},
		{
			name:     "a name opened by \"Team\" that the tagger read as a place's is a side on a page with sports words (team-named)",
			text:     "Ann Lee plays polo in Team Tarvane.",
			mentions: [][2]string{{"Ann Lee", per}, {"Team Tarvane", loc}},
			want:     []string{"Ann Lee = PER", "Team Tarvane = ORG/SportsTeam"},
		},
		{
			name:     "a name opened by \"Team\" is a body of no class off a sports page (team-named)",
			text:     "Ann Lee joined Team Tarvane to run the campaign.",
			mentions: [][2]string{{"Ann Lee", per}, {"Team Tarvane", loc}},
			want:     []string{"Ann Lee = PER", "Team Tarvane = ORG"},
		},
		{
			name:     "a name opened by a number that WordNet also has for a side is no team's",
			text:     "Ann Lee spoke on Five Tarvane about polo.",
			mentions: [][2]string{{"Ann Lee", per}, {"Five Tarvane", misc}},
			want:     []string{"Ann Lee = PER", "Five Tarvane = MISC"},
		},
		{
			name:     "on a sports page a country's people in the plural after \"the\" before a plural verb or a verb of contest is its side",
			text:     "Ann Lee pitched a three-hitter as the Kenyans rolled to a 5-0 win over Ghana. The Kenyans were unbeaten.",
			mentions: [][2]string{{"Ann Lee", per}, {"Kenyans", misc}, {"Ghana", loc}, {"Kenyans", misc}},
			want:     []string{"Ann Lee = PER", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a country's people after \"the\" off a sports page, the country named, stay the country",
			text:     "The Kenyans were unhappy with the talks in Kenya.",
			mentions: [][2]string{{"Kenyans", misc}, {"Kenya", loc}},
			want:     []string{"Kenya = LOC/Country"},
		},
		{
			name:     "people-plural-body: a country's people in the plural the tagger read as a body is a nationality, also a plural the data lacks",
			text:     "Several Cypriots and three Kenyans toured Ghana last May.",
			mentions: [][2]string{{"Cypriots", org}, {"Kenyans", org}, {"Ghana", loc}},
			want:     []string{"Cypriots = MISC", "Ghana = LOC/Country", "Kenyans = MISC"},
		},
		{
			name:     "people-plural-body: not before a name, nor after \"the\" on a page with sport's words",
			text:     "The Cypriots beat Ghana 2-1 in the league match. Kenyans Ann Lee and Bo Ek scored goals.",
			mentions: [][2]string{{"Cypriots", org}, {"Ghana", org}, {"Kenyans", org}, {"Ann Lee", per}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Cypriots = ORG/SportsTeam", "Ghana = ORG/SportsTeam", "Kenyans = ORG"},
		},
		{
			name:     "demonym-people: a country named only by its people in the plural and its adjective before 'people' is no entity",
			text:     "Talks began on attacks against the Kenyans. The envoy spoke of a war on the Kenyan people in Ghana.",
			mentions: [][2]string{{"Kenyans", misc}, {"Kenyan", misc}, {"Ghana", loc}},
			want:     []string{"Ghana = LOC/Country"},
		},
		{
			name:     "demonym-people: not before a noun 'people' modifies, nor another adjective",
			text:     "Talks began on attacks against the Kenyans. The Kenyan people smugglers and Kenyan officials met in Ghana.",
			mentions: [][2]string{{"Kenyans", misc}, {"Kenyan", misc}, {"Kenyan", misc}, {"Ghana", loc}},
			want:     []string{"Ghana = LOC/Country", "Kenya = LOC/Country"},
		},
		{
			name:     "a country named only by its people in the plural is no entity (people-demonym)",
			text:     "The Kenyans were unhappy with the talks in Ghana.",
			mentions: [][2]string{{"Kenyans", misc}, {"Ghana", loc}},
			want:     []string{"Ghana = LOC/Country"},
		},
		{
			name:     "a country named only by its people in the plural in a title-case headline is no entity though a capitalised word follows (people-demonym)",
			text:     "Kenyans Sift Rubble In Ghana\n\nKenyans searched the homes.",
			mentions: [][2]string{{"Kenyans", misc}, {"Ghana", loc}, {"Kenyans", misc}},
			want:     []string{"Ghana = LOC/Country"},
		},
		{
			name:     "a country's people in the plural before names give their nationality and stay the country",
			text:     "Kenyans Ann Lee and Bo Ek won in Ghana.",
			mentions: [][2]string{{"Kenyans", misc}, {"Ann Lee", per}, {"Bo Ek", per}, {"Ghana", loc}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Ghana = LOC/Country", "Kenya = LOC/Country"},
		},
		{
			name:     "a poll's margin off a sports page names no side",
			text:     "Ann Lee moved within a point of Bo Ek in Kenya and Ghana, the poll said.",
			mentions: [][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"Kenya", loc}, {"Ghana", loc}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Ghana = LOC/Country", "Kenya = LOC/Country"},
		},
		{
			name:     "one noun for a player with nothing else of sport is no sports page",
			text:     "One of Kenya's finest players wrote a book.",
			mentions: [][2]string{{"Kenya", loc}},
			want:     []string{"Kenya = LOC/Country"},
		},
		{
			name:     "a plural verb after a country on a sports page is its side's",
			text:     "Kenya beat Ghana 2-1 in the final. Later Uganda were beaten at home.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Uganda", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Uganda = ORG/SportsTeam"},
		},
		{
			name:     "a side's country named by its adjective stays the country",
			text:     "Kenya beat Ghana 2-1. The Kenyan president watched.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Kenyan", misc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = LOC/Country", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a side's country named by its adjective before a noun for a side's people is the side (demonym-team)",
			text:     "Kenya beat Ghana 2-1. The Kenyan coach was pleased.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Kenyan", misc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a side's country named by its people's word after \"the\" is the side (demonym-team)",
			text:     "Sudan beat Ghana 2-1. The Sudanese turned in a fine display.",
			mentions: [][2]string{{"Sudan", loc}, {"Ghana", loc}, {"Sudanese", misc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Sudan = ORG/SportsTeam"},
		},
		{
			name:     "a country in brackets after a person is the person's, not a side",
			text:     "Kenya beat Ghana 2-1. Referee: Ann Lee (Uganda).",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ann Lee", per}, {"Uganda", loc}},
			want:     []string{"Ann Lee = PER", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Uganda = LOC/Country"},
		},
		{
			name:     "a country before a person's name after a verb of defeat is the person's",
			text:     "Ann Lee beat Kenya's Bo Ek 6-2 in the final.",
			mentions: [][2]string{{"Ann Lee", per}, {"Kenya", loc}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Kenya = LOC/Country"},
		},
		{
			name:     "a place frame before a name that modifies a noun, or its possessive, places the noun, not the side",
			text:     "Kenya 2-1 Ghana. The loss adds to Ghana woe. Ghana were poor in Ghana's decline.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ghana", loc}, {"Ghana", loc}, {"Ghana", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a body or an office after a country's possessive is the country's; a side that won a score is the side",
			text:     "The Kenya coach was fined after the match, which Kenya won 1-0. Kenya's sports minister spoke.",
			mentions: [][2]string{{"Kenya", loc}, {"Kenya", loc}, {"Kenya", loc}},
			want:     []string{"Kenya = LOC/Country", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a country's possessive before a person gives the person's country, not the side",
			text:     "Kenya beat Ghana 2-1 in the final. Ann Lee played against Kenya's Bo Ek.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ann Lee", per}, {"Kenya", loc}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Ghana = ORG/SportsTeam", "Kenya = LOC/Country", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a plural verb after a place's name and a noun for a contest make a sports page",
			text:     "Kenya have won the match. The trophy is in Ghana.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}},
			want:     []string{"Ghana = LOC/Country", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a condition's subject takes a plural verb and is no side",
			text:     "If Uganda were to host the match, the trophy would be in Ghana.",
			mentions: [][2]string{{"Uganda", loc}, {"Ghana", loc}},
			want:     []string{"Ghana = LOC/Country", "Uganda = LOC/Country"},
		},
		{
			name:     "a word the tagger reads as a plural verb before a noun is none",
			text:     "Later Kenya crude stocks rose and Ghana crude stocks beat forecasts.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}},
			want:     []string{"Ghana = LOC/Country", "Kenya = LOC/Country"},
		},
		{
			name:     "the rest of a list after a side are sides",
			text:     "Kenya 2-1 Ghana. Ghana lost after defeats to Uganda and Malawi.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ghana", loc}, {"Uganda", loc}, {"Malawi", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Malawi = ORG/SportsTeam", "Uganda = ORG/SportsTeam"},
		},
		{
			name:     "on a sports page a name after 'away at', 'away to' or 'at home to' is a side",
			text:     "Kenya beat Ghana 2-1. Next they play at home to Malawi, then away at Nairobi.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Malawi", loc}, {"Nairobi", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Malawi = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "on a sports page a name after a verb of defeat, a score and its link is a side (scored-link)",
			text:     "Kenya beat Ghana 2-1. In the final they lost 3-1 to Uganda and drew 1-1 with Malawi.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Uganda", loc}, {"Malawi", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Malawi = ORG/SportsTeam", "Uganda = ORG/SportsTeam"},
		},
		{
			name:     "a score after a verb of no contest before 'to' makes no side (scored-link)",
			text:     "Kenya beat Ghana 2-1. The vote went 5-4 to Uganda.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Uganda", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Uganda = LOC/Country"},
		},
		{
			name:     "a country named only by its demonym before a noun for players, no name after, is no entity (demonym-player)",
			text:     "Ann Lee, the striker, scored in the final. The club has three Kenyan players now.",
			mentions: [][2]string{{"Ann Lee", per}, {"Kenyan", misc}},
			want:     []string{"Ann Lee = PER"},
		},
		{
			name:     "on a sports page a country named only by its demonym before a noun for a person is no entity (demonym-player)",
			text:     "Ann Lee, the top seed, won the match. She beat the Kenyan qualifier in straight sets.",
			mentions: [][2]string{{"Ann Lee", per}, {"Kenyan", misc}},
			want:     []string{"Ann Lee = PER"},
		},
		{
			name:     "a demonym before a player's noun and a name gives the nationality and stays (demonym-player)",
			text:     "Ann Lee, the striker, scored in the final. Kenyan midfielder Bo Ek did not.",
			mentions: [][2]string{{"Ann Lee", per}, {"Kenyan", misc}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Kenya = LOC/Country"},
		},
		{
			name:     "a description opening its sentence keeps its country, whose nationality it gives (demonym-player)",
			text:     "Ann Lee, the striker, scored in the final. The Kenyan winger has now scored twice.",
			mentions: [][2]string{{"Ann Lee", per}, {"Kenyan", misc}},
			want:     []string{"Ann Lee = PER", "Kenya = LOC/Country"},
		},
		{
			name:     "a demonym in an appositive after a name gives the nationality and stays (demonym-player)",
			text:     "Ann Lee, the top seed, won the match. Bo Ek, Kenyan golfer of long standing, lost.",
			mentions: [][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"Kenyan", misc}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Kenya = LOC/Country"},
		},
		{
			name:     "a demonym before an office's holder stays the country (demonym-player)",
			text:     "Ann Lee, the striker, scored in the final. Kenyan officials watched.",
			mentions: [][2]string{{"Ann Lee", per}, {"Kenyan", misc}},
			want:     []string{"Ann Lee = PER", "Kenya = LOC/Country"},
		},
		{
			name:     "off a sports page a demonym before a noun for a person stays the country (demonym-player)",
			text:     "Ann Lee met a Kenyan tourist in Harlow.",
			mentions: [][2]string{{"Ann Lee", per}, {"Kenyan", misc}},
			want:     []string{"Ann Lee = PER", "Kenya = LOC/Country"},
		},
		{
			name:     "on a results page a country whose possessive a player follows stays the country (owner-country)",
			text:     "Kenya beat Ghana 2-1 in the final on Sunday. The side signed Uganda's Ann Lee.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Uganda", loc}, {"Ann Lee", per}},
			want:     []string{"Ann Lee = PER", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Uganda = LOC/Country"},
		},
		{
			name:     "on a results page a country named with no frame is a side (results-page, owner-country's negative)",
			text:     "Kenya beat Ghana 2-1 in the final on Sunday. The side will meet Uganda.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Uganda", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Uganda = ORG/SportsTeam"},
		},
		{
			name:     "a noun for a person between a side's name and a person's is the person's place, no body's noun (member-noun)",
			text:     "Pellam Hawks guard Ann Lee did not travel with the team for the game.",
			mentions: [][2]string{{"Pellam Hawks", org}, {"Ann Lee", per}},
			want:     []string{"Ann Lee = PER", "Pellam Hawks = ORG"},
		},
		{
			name:     "a body's noun before a name the tagger read as a body's still says its class (member-noun)",
			text:     "Shares of the agency Vellmar rose.",
			mentions: [][2]string{{"Vellmar", org}},
			want:     []string{"Vellmar = ORG/GovernmentOrganization"},
		},
		{
			name:     "on a sports page a country after \"the\" before a noun for one game is a side (contest-modifier)",
			text:     "Ann Lee, the striker, scored in the final. She will miss the Uganda game and the Malawi match.",
			mentions: [][2]string{{"Ann Lee", per}, {"Uganda", loc}, {"Malawi", loc}},
			want:     []string{"Ann Lee = PER", "Malawi = ORG/SportsTeam", "Uganda = ORG/SportsTeam"},
		},
		{
			name:     "a country before a game's noun that modifies another noun stays the country (contest-modifier)",
			text:     "Ann Lee, the striker, scored in the final. She praised the Uganda game plan.",
			mentions: [][2]string{{"Ann Lee", per}, {"Uganda", loc}},
			want:     []string{"Ann Lee = PER", "Uganda = LOC/Country"},
		},
		{
			name:     "a country before a game's noun off a sports page stays the country (contest-modifier)",
			text:     "Ann Lee said the Uganda game was a lottery for investors.",
			mentions: [][2]string{{"Ann Lee", per}, {"Uganda", loc}},
			want:     []string{"Ann Lee = PER", "Uganda = LOC/Country"},
		},
		{
			name:     "a country's adjective before a part of its side, where the page names the country only as its side, is the side's (side-part)",
			text:     "Kenya beat Ghana 2-1. Ghana were poor, and the Ghanaian scrum faltered.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ghana", loc}, {"Ghanaian", misc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a country's adjective before a plural after a quantifier or a verb, where the page names the country only as its side, is the side's (side-part-plural)",
			text:     "Kenya beat Ghana 2-1. Ghana were poor after several Ghanaian infringements, and Kenya settled Ghanaian nerves.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ghana", loc}, {"Ghanaian", misc}, {"Kenya", loc}, {"Ghanaian", misc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a country's adjective before a plural for people stays the country's (side-part-plural)",
			text:     "Kenya beat Ghana 2-1. Ghana were poor, and several Ghanaian ministers left.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ghana", loc}, {"Ghanaian", misc}},
			want:     []string{"Ghana = LOC/Country", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a country's adjective before a place's noun stays the country's (side-part)",
			text:     "Kenya beat Ghana 2-1. Ghana were poor, and the Ghanaian capital mourned.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ghana", loc}, {"Ghanaian", misc}},
			want:     []string{"Ghana = LOC/Country", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a country's adjective stays the country's where the page places the country too (side-part)",
			text:     "Kenya beat Ghana 2-1 in Ghana. Ghana were poor, and the Ghanaian scrum faltered.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ghana", loc}, {"Ghana", loc}, {"Ghanaian", misc}},
			want:     []string{"Ghana = LOC/Country", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a country before 'tour of' and another place, on a page that names a sport, is the touring side (tour-of)",
			text:     "Cricket fans await the Kenya tour of Ghana.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}},
			want:     []string{"Ghana = LOC/Country", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a tour of a place off a page that names a sport is no side's (tour-of)",
			text:     "Fans await the Kenya tour of Ghana.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}},
			want:     []string{"Ghana = LOC/Country", "Kenya = LOC/Country"},
		},
		{
			name:     "on a sports page a town after a poll's rank is a side",
			text:     "Kenya beat Ghana 2-1. No. 3 Nairobi lives up to its ranking.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Nairobi", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a poll's rank before either name of a result's pair is no bar to the pair (ranked-pair)",
			text:     "Nairobi 67, No. 11 Kampala 57",
			mentions: [][2]string{{"Nairobi", loc}, {"Kampala", loc}},
			want:     []string{"Kampala = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a poll's rank before the first name of a result's pair (ranked-pair)",
			text:     "No. 3 Nairobi 67, Kampala 57",
			mentions: [][2]string{{"Nairobi", loc}, {"Kampala", loc}},
			want:     []string{"Kampala = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a number and a word before a place's name make no pair",
			text:     "Route 3 Nairobi 67, Kampala 57",
			mentions: [][2]string{{"Nairobi", loc}, {"Kampala", loc}},
			want:     []string{"Kampala = LOC/City", "Nairobi = LOC/City"},
		},
		{
			name:     "on a sports page a town after a ranking's adjective is a side (ranked-adjective)",
			text:     "Kenya beat Ghana 2-1. Then 11th-ranked Nairobi lost, and top-ranked Kampala won.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Nairobi", loc}, {"Kampala", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kampala = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a side led past another and a score: both sides, a plural nickname too (over-scored, past-scored, nickname-side)",
			text:     "Ann Lee scored 20 points to lead the Tarvik Hawks past Nairobi, 70-63, on Friday.",
			mentions: [][2]string{{"Ann Lee", per}, {"Tarvik Hawks", misc}, {"Nairobi", loc}},
			want:     []string{"Ann Lee = PER", "Nairobi = ORG/SportsTeam", "Tarvik Hawks = ORG/SportsTeam"},
		},
		{
			name:     "a lead over a body and a score is no side's result (over-scored)",
			text:     "The poll gave Ann Lee a lead over Tarvik Union, 40-35, on Friday.",
			mentions: [][2]string{{"Ann Lee", per}, {"Tarvik Union", org}},
			want:     []string{"Ann Lee = PER", "Tarvik Union = ORG"},
		},
		{
			name:     "a title's capitalised verb of defeat between two names, a score in the report, makes sides (title-result)",
			text:     "Nairobi Bests Kampala\n\nAnn Lee scored 20 points as the hosts won 70-63 on Friday.",
			mentions: [][2]string{{"Nairobi", loc}, {"Kampala", loc}, {"Ann Lee", per}},
			want:     []string{"Ann Lee = PER", "Kampala = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a title's verb of defeat with no score in the report makes no sides (title-result)",
			text:     "Nairobi Bests Kampala\n\nAnn Lee said the city had drawn more tourists this year.",
			mentions: [][2]string{{"Nairobi", loc}, {"Kampala", loc}, {"Ann Lee", per}},
			want:     []string{"Ann Lee = PER", "Kampala = LOC/City", "Nairobi = LOC/City"},
		},
		{
			name:     "a walk past a town with no score is no result",
			text:     "Ann Lee led the Tarvik Hawks past Nairobi on Friday.",
			mentions: [][2]string{{"Ann Lee", per}, {"Tarvik Hawks", misc}, {"Nairobi", loc}},
			want:     []string{"Ann Lee = PER", "Nairobi = LOC/City", "Tarvik Hawks = MISC"},
		},
		{
			name:     "a number before a town is no rank off a sports page",
			text:     "No. 3 Nairobi Road is for sale.",
			mentions: [][2]string{{"Nairobi", loc}},
			want:     []string{"Nairobi = LOC/City"},
		},
		{
			name:     "on a sports page the agent of a passive verb of defeat is a side",
			text:     "Kenya beat Ghana 2-1. Later the home team was beaten by Nairobi on Friday.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Nairobi", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "sides with their records in brackets",
			text:     "Kenya (12-4) at Nairobi (3-11) tonight.",
			mentions: [][2]string{{"Kenya", loc}, {"Nairobi", loc}},
			want:     []string{"Kenya = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a country after a town and a comma, before an agency's credit, is the dateline's and no side",
			text:     "Nairobi, Kenya (WN) - Ghana ran up a 78-60 victory over winless Uganda.",
			mentions: [][2]string{{"Nairobi", loc}, {"Kenya", loc}, {"WN", org}, {"Ghana", loc}, {"Uganda", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = LOC/Country", "Nairobi = LOC/City", "Uganda = ORG/SportsTeam", "WN = ORG/NewsMediaOrganization"},
		},
		{
			name:     "a coach with a person's name after him is a side's, and makes a sports page; the dateline's country stays a place",
			text:     "Nairobi, Kenya (WN) - Kenya coach Ann Lee said he felt calm.",
			mentions: [][2]string{{"Nairobi", loc}, {"Kenya", loc}, {"WN", org}, {"Kenya", loc}, {"Ann Lee", per}},
			want:     []string{"Ann Lee = PER", "Kenya = LOC/Country", "Kenya = ORG/SportsTeam", "Nairobi = LOC/City", "WN = ORG/NewsMediaOrganization"},
		},
		{
			name:     "a coach with no name after him is no side's",
			text:     "The Nairobi coach left at noon.",
			mentions: [][2]string{{"Nairobi", loc}},
			want:     []string{"Nairobi = LOC/City"},
		},
		{
			name:     "a town the tagger read as a body, that a side's words read more often than place frames, is the side",
			text:     "Ann Lee has no future at Nairobi. The Nairobi manager was hired in May. Nairobi have won only two games.",
			mentions: [][2]string{{"Ann Lee", per}, {"Nairobi", org}, {"Nairobi", org}, {"Nairobi", org}},
			want:     []string{"Ann Lee = PER", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "on a sports page a town a side's plural nickname holds in a sentence with a score is a side",
			text:     "Kenya beat Ghana 2-1. Later the Hawks held Nairobi to two hits in a 3-0 win.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Hawks", org}, {"Nairobi", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Hawks = ORG", "Kenya = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a town a nickname's side visits with no score in the sentence stays a town",
			text:     "Kenya beat Ghana 2-1. Later the Hawks toured Nairobi for a week.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Hawks", org}, {"Nairobi", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Hawks = ORG", "Kenya = ORG/SportsTeam", "Nairobi = LOC/City"},
		},
		{
			name:     "going home to a town is no visit of a side",
			text:     "Kenya beat Ghana 2-1. The striker then flew home to Nairobi.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Nairobi", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Nairobi = LOC/City"},
		},
		{
			name:     "on a sports page a name the tagger alone read as a place's, that a contest joins, is a side",
			text:     "Kenya beat Ghana 2-1. Later Ghana lost to Vellquist in the final.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ghana", loc}, {"Vellquist", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Vellquist = ORG/SportsTeam"},
		},
		{
			name:     "a name of two words the tagger read as a place's, no town's first, is no side: a person's, perhaps",
			text:     "Kenya beat Ghana 2-1. Later Ghana lost to Borvik Vellquist in the final.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ghana", loc}, {"Borvik Vellquist", loc}},
			want:     []string{"Borvik Vellquist = LOC", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "off a sports page such a name stays as the tagger read it",
			text:     "The envoy said Ghana lost trade to Vellquist last year.",
			mentions: [][2]string{{"Ghana", loc}, {"Vellquist", loc}},
			want:     []string{"Ghana = LOC/Country", "Vellquist = LOC"},
		},
		{
			name:     "a town in brackets after a player in a sports page's list is the player's club; a country there is the player's country",
			text:     "Kenya beat Ghana 2-1. The squad: Ann Lee (Harlow), Bo Ek (Nairobi, capt), Cy Ho (Uganda).",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ann Lee", per}, {"Harlow", loc}, {"Bo Ek", per}, {"Nairobi", loc}, {"Cy Ho", per}, {"Uganda", loc}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Cy Ho = PER", "Ghana = ORG/SportsTeam", "Harlow = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Nairobi = ORG/SportsTeam", "Uganda = LOC/Country"},
		},
		{
			name:     "two towns joined by a hyphen in brackets after a player in a sports page's list are the player's club (town-pair)",
			text:     "Kenya beat Ghana 2-1. The squad: Ann Lee (Harlow-Nairobi), Bo Ek (Nairobi-Kampala), Cy Ho (Uganda).",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ann Lee", per}, {"Harlow-Nairobi", misc}, {"Bo Ek", per}, {"Nairobi-Kampala", org}, {"Cy Ho", per}, {"Uganda", loc}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Cy Ho = PER", "Ghana = ORG/SportsTeam", "Harlow-Nairobi = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Nairobi-Kampala = ORG/SportsTeam", "Uganda = LOC/Country"},
		},
		{
			name:     "a town in brackets after a match's official is his county, no club",
			text:     "Kenya beat Ghana 2-1. Referee: Di Fox (Harlow).",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Di Fox", per}, {"Harlow", loc}},
			want:     []string{"Di Fox = PER", "Ghana = ORG/SportsTeam", "Harlow = LOC/City", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a town the tagger read as a body's in brackets after an official's line that opens with an initial the tagger left out of his name is no club",
			text:     "Kenya beat Ghana 2-1.\n\nD Fox (Harlow).",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Fox", per}, {"Harlow", org}},
			want:     []string{"Fox = PER", "Ghana = ORG/SportsTeam", "Harlow = ORG", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a town in brackets after an official's noun and a person is no club",
			text:     "Kenya beat Ghana 2-1 after the referee Di Fox (Harlow) sent off two players.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Di Fox", per}, {"Harlow", loc}},
			want:     []string{"Di Fox = PER", "Ghana = ORG/SportsTeam", "Harlow = LOC/City", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a town in brackets after a person on a page with no sport is a place",
			text:     "The panel: Ann Lee (Harlow), Bo Ek (Nairobi).",
			mentions: [][2]string{{"Ann Lee", per}, {"Harlow", loc}, {"Bo Ek", per}, {"Nairobi", loc}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Harlow = LOC/City", "Nairobi = LOC/City"},
		},
		{
			name:     "a short item with two kinds of a sports page's words, a game and a coach, names a side it faces",
			text:     "The football coach said Ann Lee will face Nairobi on Saturday.",
			mentions: [][2]string{{"Ann Lee", per}, {"Nairobi", loc}},
			want:     []string{"Ann Lee = PER", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a defeat by a margin and a player's noun make a sports page",
			text:     "The batsman said Ghana suffered a 10-wicket defeat to Kenya.",
			mentions: [][2]string{{"Ghana", loc}, {"Kenya", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a defeat with no margin and a player's noun make none",
			text:     "The batsman said Ghana suffered a defeat to Kenya.",
			mentions: [][2]string{{"Ghana", loc}, {"Kenya", loc}},
			want:     []string{"Ghana = LOC/Country", "Kenya = LOC/Country"},
		},
		{
			name:     "one kind of a sports page's words is not enough",
			text:     "The coach said Ann Lee will face Nairobi on Saturday.",
			mentions: [][2]string{{"Ann Lee", per}, {"Nairobi", loc}},
			want:     []string{"Ann Lee = PER", "Nairobi = LOC/City"},
		},
		{
			name:     "a place's name before a common noun after a win over it modifies the noun",
			text:     "Kenya beat Ghana 2-1. It was a win over Nairobi rivals at home.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Nairobi", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Nairobi = LOC/City"},
		},
		{
			name:     "a town before a side's position or its captain is the side, on a page with no other sport",
			text:     "Messages about the Harlow captain spread. Nairobi's stand-in captain Ann Lee was there. The Kampala striker left.",
			mentions: [][2]string{{"Harlow", loc}, {"Nairobi", loc}, {"Ann Lee", per}, {"Kampala", loc}},
			want:     []string{"Ann Lee = PER", "Harlow = ORG/SportsTeam", "Kampala = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "on a sports page a country a player plays, wins or finishes for is its side, and one whose possessive a contest or a result follows",
			text:     "Kenya beat Ghana 2-1. The striker finished fourth for Nigeria and played for Uganda. Sudan's first win came later.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Nigeria", loc}, {"Uganda", loc}, {"Sudan", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Nigeria = ORG/SportsTeam", "Sudan = ORG/SportsTeam", "Uganda = ORG/SportsTeam"},
		},
		{
			name:     "a country a player finishes for makes no results page: another country of no frame stays a place",
			text:     "The striker said he scored twice in the final. He finished fourth for Nigeria in the race. Ann Lee of Uganda won.",
			mentions: [][2]string{{"Nigeria", loc}, {"Ann Lee", per}, {"Uganda", loc}},
			want:     []string{"Ann Lee = PER", "Nigeria = ORG/SportsTeam", "Uganda = LOC/Country"},
		},
		{
			name:     "'for' a town after a verb of no contest, and its possessive before no contest, stay a place's",
			text:     "Kenya beat Ghana 2-1. The striker left for Nairobi. Kampala's streets were full.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Nairobi", loc}, {"Kampala", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kampala = LOC/City", "Kenya = ORG/SportsTeam", "Nairobi = LOC/City"},
		},
		{
			name:     "on a sports page a list right after a plural noun for sides is of sides, and makes no results page",
			text:     "The striker scored in the match. Ann Lee praised the teams Nigeria, Uganda and Sudan. Bo Ek of Chad won.",
			mentions: [][2]string{{"Ann Lee", per}, {"Nigeria", loc}, {"Uganda", loc}, {"Sudan", loc}, {"Bo Ek", per}, {"Chad", loc}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Chad = LOC/Country", "Nigeria = ORG/SportsTeam", "Sudan = ORG/SportsTeam", "Uganda = ORG/SportsTeam"},
		},
		{
			name:     "a town before an office some business has stays a place",
			text:     "The Harlow manager resigned.",
			mentions: [][2]string{{"Harlow", loc}},
			want:     []string{"Harlow = LOC/City"},
		},
		{
			name:     "a town before a player at large stays a place",
			text:     "Nairobi's key player left the talks.",
			mentions: [][2]string{{"Nairobi", loc}},
			want:     []string{"Nairobi = LOC/City"},
		},
		{
			name:     "a town before a position that modifies a noun stays a place",
			text:     "The Kampala captain shortage hit the fleet.",
			mentions: [][2]string{{"Kampala", loc}},
			want:     []string{"Kampala = LOC/City"},
		},
		{
			name:     "on a sports page a name won or before a competition's stage or title is a competition's",
			text:     "Kenya beat Ghana 2-1. Ghana hope to win the Tarvik Nine. The Vell Premier title is in sight.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ghana", loc}, {"Tarvik Nine", misc}, {"Vell Premier", org}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Tarvik Nine = EVENT", "Vell Premier = EVENT"},
		},
		{
			name:     "on a sports page a name before a game's noun ending the phrase is a competition's; not before a club's words",
			text:     "Kenya beat Ghana 2-1. The striker wants Tarvik Nine football. He joined Acme Town football club.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Tarvik Nine", misc}, {"Acme Town", org}},
			want:     []string{"Acme Town = ORG", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Tarvik Nine = EVENT"},
		},
		{
			name:     "a name won that is counted elsewhere is a title's, not a competition's",
			text:     "Kenya beat Ghana 2-1. Ghana hope to win the Tarvik Nine, their second Tarvik Nine.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ghana", loc}, {"Tarvik Nine", misc}, {"Tarvik Nine", misc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Tarvik Nine = MISC"},
		},
		{
			name:     "on a sports page a name after 'in the' or 'out of the' that ends its phrase is a competition's; not before a noun",
			text:     "Kenya beat Ghana 2-1. Ghana play in the Tarvik Shield. Kenya crashed out of the Vell Premier. Ann Lee joined the Pellam Trust staff.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ghana", loc}, {"Tarvik Shield", org}, {"Kenya", loc}, {"Vell Premier", misc}, {"Ann Lee", per}, {"Pellam Trust", org}},
			want:     []string{"Ann Lee = PER", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Pellam Trust = ORG", "Tarvik Shield = EVENT", "Vell Premier = EVENT"},
		},
		{
			name:     "'in the' does not make a competition of a division named by a compass point nor of a time's name",
			text:     "Kenya beat Ghana 2-1. Ghana lead in the Tarvik East. Kenya will sign him in the New Year.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ghana", loc}, {"Tarvik East", org}, {"Kenya", loc}, {"New Year", misc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "New Year = MISC", "Tarvik East = ORG"},
		},
		{
			name:     "on a sports page a name after a day's possessive and before a noun, or before a result a side owns, is a competition's",
			text:     "Kenya beat Ghana 2-1. Saturday's Tarvik Nine clash is off. It was the side's Vell Premier win over Kenya. Kenya seek a first Acme Shield victory.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Saturday", extract.Date}, {"Tarvik Nine", org}, {"Vell Premier", org}, {"Kenya", loc}, {"Kenya", loc}, {"Acme Shield", misc}},
			want:     []string{"Acme Shield = EVENT", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Tarvik Nine = EVENT", "Vell Premier = EVENT"},
		},
		{
			name:     "on a sports page a name after a year's or a season's possessive that ends its phrase is a competition's (season-owned)",
			text:     "Kenya beat Ghana 2-1. Ann Lee missed last season's Tarvik Nine, and will miss this year's Vell Premier.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ann Lee", per}, {"Tarvik Nine", org}, {"Vell Premier", org}},
			want:     []string{"Ann Lee = PER", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Tarvik Nine = EVENT", "Vell Premier = EVENT"},
		},
		{
			name:     "a name after a season's possessive before a noun stays as read (season-owned)",
			text:     "Kenya beat Ghana 2-1. Ann Lee read last season's Tarvik Nine report.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ann Lee", per}, {"Tarvik Nine", org}},
			want:     []string{"Ann Lee = PER", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Tarvik Nine = ORG"},
		},
		{
			name:     "off a sports page a name after a year's possessive stays as read (season-owned)",
			text:     "Bo Ek praised this year's Vell Premier.",
			mentions: [][2]string{{"Bo Ek", per}, {"Vell Premier", org}},
			want:     []string{"Bo Ek = PER", "Vell Premier = ORG"},
		},
		{
			name:     "on a sports page a name before a game's noun and against is a competition's (game-against)",
			text:     "Kenya beat Ghana 2-1. Ann Lee missed their Tarvik Nine game against Malawi.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ann Lee", per}, {"Tarvik Nine", org}, {"Malawi", loc}},
			want:     []string{"Ann Lee = PER", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Malawi = ORG/SportsTeam", "Tarvik Nine = EVENT"},
		},
		{
			name:     "a name before a game's noun with no against after it stays as read (game-against)",
			text:     "Kenya beat Ghana 2-1. Ann Lee missed the Tarvik Nine game on Sunday.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ann Lee", per}, {"Tarvik Nine", org}},
			want:     []string{"Ann Lee = PER", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Tarvik Nine = ORG"},
		},
		{
			name:     "a name before a result no side owns stays as read",
			text:     "Kenya beat Ghana 2-1. The Tarvik Nine win was a surprise.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Tarvik Nine", org}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Tarvik Nine = ORG"},
		},
		{
			name:     "'in the' and a name on a page with no sport is left alone",
			text:     "Ann Lee wrote in the Tarvik Nine.",
			mentions: [][2]string{{"Ann Lee", per}, {"Tarvik Nine", org}},
			want:     []string{"Ann Lee = PER", "Tarvik Nine = ORG"},
		},
		{
			name:     "a name won on a page with no sport is left alone",
			text:     "Ann Lee hopes to win the Tarvik Nine.",
			mentions: [][2]string{{"Ann Lee", per}, {"Tarvik Nine", misc}},
			want:     []string{"Ann Lee = PER", "Tarvik Nine = MISC"},
		},
		{
			name:     "a name the tagger read as a place's whose shares are sold is a company's; a known town's shares are its market's",
			text:     "Investors sold shares in Quarnell. Harlow shares fell.",
			mentions: [][2]string{{"Quarnell", loc}, {"Harlow", loc}},
			want:     []string{"Harlow = LOC/City", "Quarnell = ORG/Corporation"},
		},
		{
			name:     "equity-verb: 'share' before an article or a possessive determiner is the verb, no company's shares; 'shares fell' is the noun",
			text:     "Tarvik and Quarnell share a stage tonight. Vellmar shares their view. Pellam shares fell.",
			mentions: [][2]string{{"Tarvik", org}, {"Quarnell", org}, {"Vellmar", org}, {"Pellam", org}},
			want:     []string{"Pellam = ORG/Corporation", "Quarnell = ORG", "Tarvik = ORG", "Vellmar = ORG"},
		},
		{
			name:     "a name the tagger read as a place's before a broadcast show's noun is the channel's; a known town's is left alone",
			text:     "She was voted off the Quarnell show. The Harlow show drew crowds.",
			mentions: [][2]string{{"Quarnell", loc}, {"Harlow", loc}},
			want:     []string{"Harlow = LOC/City", "Quarnell = ORG/NewsMediaOrganization"},
		},
		{
			name:     "a name the tagger read as a place's before a show's noun and also placed stays a place",
			text:     "She was voted off the Quarnell show. She lives in Quarnell.",
			mentions: [][2]string{{"Quarnell", loc}, {"Quarnell", loc}},
			want:     []string{"Quarnell = LOC"},
		},
		{
			name:     "a name the tagger read as a body's before a festival's noun after 'the' is the festival's",
			text:     "The film won top prize at the Quarnell film festival last year.",
			mentions: [][2]string{{"Quarnell", org}},
			want:     []string{"Quarnell = EVENT"},
		},
		{
			name:     "names listed after 'festivals like' are festivals' names",
			text:     "Smaller festivals like Velkan and Tarvex compete for crowds.",
			mentions: [][2]string{{"Velkan", org}, {"Tarvex", org}},
			want:     []string{"Tarvex = EVENT", "Velkan = EVENT"},
		},
		{
			name:     "a name before a festival's noun and its director's noun is left alone",
			text:     "She met the Quarnell festival director.",
			mentions: [][2]string{{"Quarnell", org}},
			want:     []string{"Quarnell = ORG"},
		},
		{
			name:     "a town's name before a harmful program's noun is the program's",
			text:     "The Quarnell worm has infected computers. Experts fear Quarnell.",
			mentions: [][2]string{{"Quarnell", loc}, {"Quarnell", loc}},
			want:     []string{"Quarnell = MISC"},
		},
		{
			name:     "a name the tagger read as a person's that is the subject of a plural verb is a group's; a person in a list is not",
			text:     "Velden Crew were a hit in the charts. Ann Lee and Bo Ek were there.",
			mentions: [][2]string{{"Velden Crew", per}, {"Ann Lee", per}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Velden Crew = ORG"},
		},
		{
			name:     "a name opening with a given name that takes a plural verb is a band's on a page about bands, a person's elsewhere",
			text:     "The band's tour was a success. Ann Lee, who were shortlisted twice, won. Bo Ek were there too.",
			mentions: [][2]string{{"Ann Lee", per}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = ORG/MusicGroup", "Bo Ek = ORG/MusicGroup"},
		},
		{
			name:     "a general word for a body after a place's name before a name is a band on a page about bands; not after a determiner",
			text:     "The band's tour was long. Harlow group Ann Lee won two prizes. The group Bo Ek founded won too.",
			mentions: [][2]string{{"Harlow", loc}, {"Ann Lee", per}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = ORG/MusicGroup", "Bo Ek = PER", "Harlow = LOC/City"},
		},
		{
			name:     "a general word for a body after a place's name before a name says nothing with no band on the page",
			text:     "Harlow group Ann Lee won two prizes.",
			mentions: [][2]string{{"Harlow", loc}, {"Ann Lee", per}},
			want:     []string{"Ann Lee = PER", "Harlow = LOC/City"},
		},
		{
			name:     "a name opening with a given name that takes a plural verb stays a person's with no band on the page",
			text:     "The tour was a success. Ann Lee, who were shortlisted twice, won.",
			mentions: [][2]string{{"Ann Lee", per}},
			want:     []string{"Ann Lee = PER"},
		},
		{
			name:     "a name ending in a common noun's plural is a body's, a band's on a page about bands; a surname's plural, an initial or a given name keeps a person",
			text:     "The band's tour was long. Velvet Mondays played and Tarvik Labs paid. Kel Woods watched. D Sands watched. Ann Figs watched.",
			mentions: [][2]string{{"Velvet Mondays", per}, {"Tarvik Labs", per}, {"Kel Woods", per}, {"D Sands", per}, {"Ann Figs", per}},
			want:     []string{"Ann Figs = PER", "D Sands = PER", "Kel Woods = PER", "Tarvik Labs = ORG/MusicGroup", "Velvet Mondays = ORG/MusicGroup"},
		},
		{
			name:     "a name ending in a common noun's plural is a side's on a sports page",
			text:     "Norland beat Ostmark 2-1 in the match. The striker scored twice. Fans of Tarvik Sharks watched.",
			mentions: [][2]string{{"Norland", loc}, {"Ostmark", loc}, {"Tarvik Sharks", per}},
			want:     []string{"Norland = ORG/SportsTeam", "Ostmark = ORG/SportsTeam", "Tarvik Sharks = ORG/SportsTeam"},
		},
		{
			name:     "a name ending in a common noun's plural is a body's with no band on the page",
			text:     "Tarvik Labs said sales rose.",
			mentions: [][2]string{{"Tarvik Labs", per}},
			want:     []string{"Tarvik Labs = ORG"},
		},
		{
			name:     "a planet's one-word name on a page about heavenly bodies is a place's",
			text:     "The asteroid came close to Mars on Monday.",
			mentions: [][2]string{{"Mars", per}},
			want:     []string{"Mars = LOC"},
		},
		{
			name:     "an operating system's name the lexicon lists is a miscellaneous name, not a person's or a place's; in a longer name it is left alone",
			text:     "Tarvik moved its servers to MS-DOS. MS-DOS runs them. Ann Lee joined Acme MS-DOS Ltd.",
			mentions: [][2]string{{"Tarvik", org}, {"MS-DOS", loc}, {"MS-DOS", loc}, {"Ann Lee", per}, {"Acme MS-DOS Ltd", org}},
			want:     []string{"Acme MS-DOS Ltd = ORG/Corporation", "Ann Lee = PER", "MS-DOS = MISC", "Tarvik = ORG"},
		},
		{
			name:     "a town's name the gazetteer lists, after \"the\" and before a verb or a preposition, and else only before a noun, is no town's",
			text:     "Ann Lee sang at the Kisumu on Monday. Her Kisumu success pleased them.",
			mentions: [][2]string{{"Ann Lee", per}, {"Kisumu", loc}, {"Kisumu", loc}},
			want:     []string{"Ann Lee = PER", "Kisumu = LOC"},
		},
		{
			name:     "a town's name the gazetteer lists written as a town's too is a town",
			text:     "Ann Lee sang at the Kisumu on Monday. She lives in Kisumu.",
			mentions: [][2]string{{"Ann Lee", per}, {"Kisumu", loc}, {"Kisumu", loc}},
			want:     []string{"Ann Lee = PER", "Kisumu = LOC/City"},
		},
		{
			name:     "a planet's name on a page with no heavenly body stays as read",
			text:     "Mars said profits rose.",
			mentions: [][2]string{{"Mars", per}},
			want:     []string{"Mars = PER"},
		},
		{
			name:     "on a sports page a town whose side the page names with a plural nickname is the side where nothing places it",
			text:     "Kenya beat Ghana 2-1. The Nairobi Hawks lost to the Harlow Rams. Nairobi posted a loss. Fans in Harlow cheered.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Nairobi Hawks", org}, {"Harlow Rams", org}, {"Nairobi", loc}, {"Harlow", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Harlow = LOC/City", "Harlow Rams = ORG", "Kenya = ORG/SportsTeam", "Nairobi = ORG/SportsTeam", "Nairobi Hawks = ORG"},
		},
		{
			name:     "a town before a rugby forward's position is the side",
			text:     "The Harlow lock Ann Lee starts the match.",
			mentions: [][2]string{{"Harlow", loc}, {"Ann Lee", per}},
			want:     []string{"Ann Lee = PER", "Harlow = ORG/SportsTeam"},
		},
		{
			name:     "a town a player moves to on a page of sport is a club, and the rest of its list too; a town he lives in is a place",
			text:     "The striker was linked with a move to Nairobi and Kampala. He lives in Harlow.",
			mentions: [][2]string{{"Nairobi", loc}, {"Kampala", loc}, {"Harlow", loc}},
			want:     []string{"Harlow = LOC/City", "Kampala = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a town a player signs for or joined from is a club",
			text:     "Ann Lee signed for Nairobi on Monday. The midfielder joined from Kampala in May.",
			mentions: [][2]string{{"Ann Lee", per}, {"Nairobi", loc}, {"Kampala", loc}},
			want:     []string{"Ann Lee = PER", "Kampala = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a town a player joins is a club, though the tagger took it for a body",
			text:     "The striker will join Nairobi next week.",
			mentions: [][2]string{{"Nairobi", org}},
			want:     []string{"Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a move to a town on a page with no side's people is a place",
			text:     "The manager confirmed the firm's move to Nairobi.",
			mentions: [][2]string{{"Nairobi", loc}},
			want:     []string{"Nairobi = LOC/City"},
		},
		{
			name:     "what is the town's that a player joins is the town's",
			text:     "The former striker joined Nairobi's city council.",
			mentions: [][2]string{{"Nairobi", loc}},
			want:     []string{"Nairobi = LOC/City"},
		},
		{
			name:     "a town the tagger took for a body is a side before a noun for a side's people or against another, on a sports page",
			text:     "The Nairobi coach was pleased after the match against Kampala.",
			mentions: [][2]string{{"Nairobi", org}, {"Kampala", org}},
			want:     []string{"Kampala = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a town the tagger took for a body with no side's words stays a body",
			text:     "Nairobi approved the budget after the match.",
			mentions: [][2]string{{"Nairobi", org}},
			want:     []string{"Nairobi = ORG"},
		},
		{
			name:     "a town's one-word name the tagger took for a person's is a side when it plays",
			text:     "Nairobi manager Ann Lee spoke before the match. Nairobi beat Kampala 2-1.",
			mentions: [][2]string{{"Nairobi", per}, {"Ann Lee", per}, {"Nairobi", per}, {"Kampala", loc}},
			want:     []string{"Ann Lee = PER", "Kampala = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a person named in full who beats another stays a person",
			text:     "Ann Lee beat Bo Ek 6-2 in the final. Lee beat Kampala's Cy Ho next.",
			mentions: [][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"Lee", per}, {"Kampala", loc}, {"Cy Ho", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Cy Ho = PER", "Kampala = LOC/City"},
		},
		{
			name:     "a town a defeat was at the hands of on a sports page is a side",
			text:     "The Kampala coach was angry. Kampala took a heavy 4-0 defeat at the hands of Nairobi in the cup tie.",
			mentions: [][2]string{{"Kampala", loc}, {"Kampala", loc}, {"Nairobi", loc}},
			want:     []string{"Kampala = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "towns in a list after clubs like, on a sports page, are sides, though the list opens with a body",
			text:     "The striker was linked with a move to Harlow. We must look at clubs like Acme and Nairobi.",
			mentions: [][2]string{{"Harlow", loc}, {"Acme", org}, {"Nairobi", loc}},
			want:     []string{"Acme = ORG", "Harlow = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a town a player or a coach had a spell at is a club on a sports page (spell-at)",
			text:     "The striker scored twice in the match. He enjoyed spells at Harlow and a stint at Nairobi.",
			mentions: [][2]string{{"Harlow", loc}, {"Nairobi", loc}},
			want:     []string{"Harlow = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a spell at a town off a sports page is a place's (spell-at)",
			text:     "The author enjoyed spells at Harlow and wrote a novel.",
			mentions: [][2]string{{"Harlow", loc}},
			want:     []string{"Harlow = LOC/City"},
		},
		{
			name:     "on a page of clubs a town's possessive before a player is the player's club (club-player)",
			text:     "Acme lost 2-1 to Harlow on Saturday. Nairobi's Ann Lee was injured in the match.",
			mentions: [][2]string{{"Acme", org}, {"Harlow", loc}, {"Nairobi", loc}, {"Ann Lee", per}},
			want:     []string{"Acme = ORG/SportsTeam", "Ann Lee = PER", "Harlow = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "on a page of clubs a town and a noun for a player or a star before a player is the player's club (club-player)",
			text:     "Acme lost 2-1 to Harlow on Saturday. Nairobi star Ann Lee and Kampala youngster Bo Ek were injured.",
			mentions: [][2]string{{"Acme", org}, {"Harlow", loc}, {"Nairobi", loc}, {"Ann Lee", per}, {"Kampala", loc}, {"Bo Ek", per}},
			want:     []string{"Acme = ORG/SportsTeam", "Ann Lee = PER", "Bo Ek = PER", "Harlow = ORG/SportsTeam", "Kampala = ORG/SportsTeam", "Nairobi = ORG/SportsTeam"},
		},
		{
			name:     "a town and a noun for an office or a home before a person stays the town on a page of clubs (club-player)",
			text:     "Acme lost 2-1 to Harlow on Saturday. Nairobi mayor Ann Lee and Kampala resident Bo Ek watched.",
			mentions: [][2]string{{"Acme", org}, {"Harlow", loc}, {"Nairobi", loc}, {"Ann Lee", per}, {"Kampala", loc}, {"Bo Ek", per}},
			want:     []string{"Acme = ORG/SportsTeam", "Ann Lee = PER", "Bo Ek = PER", "Harlow = ORG/SportsTeam", "Kampala = LOC/City", "Nairobi = LOC/City"},
		},
		{
			name:     "a town's possessive before a player where only countries play stays the town (club-player)",
			text:     "Kenya beat Ghana 2-1 in the final on Sunday. Nairobi's Ann Lee scored twice.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Nairobi", loc}, {"Ann Lee", per}},
			want:     []string{"Ann Lee = PER", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam", "Nairobi = LOC/City"},
		},
		{
			name:     "a country a perfect's participle of defeat takes on a sports page is a side, and stays the country where it is visited (perfect-contest)",
			text:     "The coach named his side for the trip to Ghana. Kenya have also beaten Ghana in their last two visits to Accra.",
			mentions: [][2]string{{"Ghana", loc}, {"Kenya", loc}, {"Ghana", loc}, {"Accra", loc}},
			want:     []string{"Accra = LOC/City", "Ghana = LOC/Country", "Ghana = ORG/SportsTeam", "Kenya = ORG/SportsTeam"},
		},
		{
			name:     "a participle of defeat with no form of have before it is passive, and the place after it no side (perfect-contest)",
			text:     "The coach named his side for the trip to Ghana. They were beaten Ghana style last year.",
			mentions: [][2]string{{"Ghana", loc}, {"Ghana", loc}},
			want:     []string{"Ghana = LOC/Country"},
		},
		{
			name:     "on a sports page a capitalised plural of no class right after against is a side (against-plural)",
			text:     "Acme lost 2-1 to Harlow on Saturday. Ann Lee scored twice against Tarviks last month.",
			mentions: [][2]string{{"Acme", org}, {"Harlow", loc}, {"Ann Lee", per}, {"Tarviks", misc}},
			want:     []string{"Acme = ORG/SportsTeam", "Ann Lee = PER", "Harlow = ORG/SportsTeam", "Tarviks = ORG/SportsTeam"},
		},
		{
			name:     "off a sports page such a plural after against stays as read (against-plural)",
			text:     "Ann Lee wrote a book about the war against Tarviks in the north.",
			mentions: [][2]string{{"Ann Lee", per}, {"Tarviks", misc}},
			want:     []string{"Ann Lee = PER", "Tarviks = MISC"},
		},
		{
			name:     "towns after cities like stay places",
			text:     "The striker was linked with a move to Harlow. He loves cities like Nairobi.",
			mentions: [][2]string{{"Harlow", loc}, {"Nairobi", loc}},
			want:     []string{"Harlow = ORG/SportsTeam", "Nairobi = LOC/City"},
		},
		{
			name:     "a country a player moves to stays the country",
			text:     "The striker completed his move to Kenya.",
			mentions: [][2]string{{"Kenya", loc}},
			want:     []string{"Kenya = LOC/Country"},
		},
		{
			name:     "a verb of contest after a country opening its clause makes a side, with no name after it",
			text:     "Kenya 19-13 Ghana. In Nairobi, Kenya tore into the visitors. The final is in Kenya.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Nairobi", loc}, {"Kenya", loc}, {"Kenya", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kenya = LOC/Country", "Kenya = ORG/SportsTeam", "Nairobi = LOC/City"},
		},
		{
			name:     "a country after a town and a comma is a place, not a side, on a sports page",
			text:     "Kenya 2-1 Ghana. The next round is in Kampala, Uganda.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Kampala", loc}, {"Uganda", loc}},
			want:     []string{"Ghana = ORG/SportsTeam", "Kampala = LOC/City", "Kenya = ORG/SportsTeam", "Uganda = LOC/Country"},
		},
		{
			name:     "a noun the tagger reads as a plural verb is none",
			text:     "Kenya rapper Ann Lee topped the chart. Ghana rapper Bo Ek was second.",
			mentions: [][2]string{{"Kenya", loc}, {"Ann Lee", per}, {"Ghana", loc}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Ghana = LOC/Country", "Kenya = LOC/Country"},
		},
		{
			name:     "a town a side comes to, or a title won there, is a place",
			text:     "Kenya 2-1 Ghana. Next month Ghana come to Nairobi. Ann Lee hopes to win Kampala's open.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Ghana", loc}, {"Nairobi", loc}, {"Ann Lee", per}, {"Kampala", loc}},
			want:     []string{"Ann Lee = PER", "Ghana = ORG/SportsTeam", "Kampala = LOC/City", "Kenya = ORG/SportsTeam", "Nairobi = LOC/City"},
		},
		{
			name:     "on a page where no country plays, countries stay places",
			text:     "Kenya and Uganda signed a treaty. Ghana dominated the talks.",
			mentions: [][2]string{{"Kenya", loc}, {"Uganda", loc}, {"Ghana", loc}},
			want:     []string{"Ghana = LOC/Country", "Kenya = LOC/Country", "Uganda = LOC/Country"},
		},
		{
			name:     "a known place tagged as an organisation, in a place frame",
			text:     "The bell was heard as far away as Alaska.",
			mentions: [][2]string{{"Alaska", org}},
			want:     []string{"Alaska = LOC/AdministrativeArea"},
		},
		{
			name:     "a state that only small towns elsewhere share their name with is the state; a big city is the city",
			text:     "Snow fell in Wyoming and Nairobi.",
			mentions: [][2]string{{"Wyoming", loc}, {"Nairobi", loc}},
			want:     []string{"Nairobi = LOC/City", "Wyoming = LOC/AdministrativeArea"},
		},
		{
			name:     "a name before a noun for a kind of person and a person's name is the body the person is in (a singer's band), unless a place's",
			text:     "Vellor Squad singer Ann Lee met North Nairobi farmer Bo Ek.",
			mentions: [][2]string{{"Vellor Squad", loc}, {"Ann Lee", per}, {"North Nairobi", loc}, {"Bo Ek", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "North Nairobi = LOC", "Vellor Squad = ORG/MusicGroup"},
		},
		{
			name:     "a word for a business by its size before a name says a company, not inside a name",
			text:     "The oil giant Tarvik sued the chip giants Vellon and Ostrem, and the Harlow Giants won.",
			mentions: [][2]string{{"Tarvik", per}, {"Vellon", org}, {"Ostrem", org}, {"Harlow Giants", org}},
			want:     []string{"Harlow Giants = ORG", "Ostrem = ORG/Corporation", "Tarvik = ORG/Corporation", "Vellon = ORG/Corporation"},
		},
		{
			name:     "a small town abroad that only the gazetteer calls one is no city where the text names other countries",
			text:     "Envoys of Kenya and Ghana met at Valinda on Monday. Crowds in Nairobi cheered.",
			mentions: [][2]string{{"Kenya", loc}, {"Ghana", loc}, {"Valinda", loc}, {"Nairobi", loc}},
			want:     []string{"Ghana = LOC/Country", "Kenya = LOC/Country", "Nairobi = LOC/City", "Valinda = LOC"},
		},
		{
			name:     "a small town is a city where the text names its country, or names none",
			text:     "Floods hit Valinda in the United States. Floods hit Eastmont.",
			mentions: [][2]string{{"Valinda", loc}, {"United States", loc}, {"Eastmont", loc}},
			want:     []string{"Eastmont = LOC/City", "United States = LOC/Country", "Valinda = LOC/City"},
		},
		{
			name:     "a chain, in the plural too, is a company's descriptor",
			text:     "Sales rose at food chains such as Vellon and Ostrem, and at the chain Pellar.",
			mentions: [][2]string{{"Vellon", org}, {"Ostrem", loc}, {"Pellar", per}},
			want:     []string{"Ostrem = ORG/Corporation", "Pellar = ORG/Corporation", "Vellon = ORG/Corporation"},
		},
		{
			name:     "a name that happens or takes place is an event's, unless a title says person",
			text:     "Pellam Fest happened. Then Tarvik Days took place. Mr Velden happened to come.",
			mentions: [][2]string{{"Pellam Fest", org}, {"Tarvik Days", per}, {"Velden", per}},
			want:     []string{"Pellam Fest = EVENT", "Tarvik Days = EVENT", "Velden = PER"},
		},
		{
			name:     "a name ending in a word for a natural feature that news capitalises as often as not is a place's, unless a title says work",
			text:     "Troops left Vornsby Island. Her new single, Pellam Island, sold well. Ann Hill won.",
			mentions: [][2]string{{"Vornsby Island", per}, {"Pellam Island", per}, {"Ann Hill", per}},
			want:     []string{"Ann Hill = PER", "Pellam Island = MISC/CreativeWork", "Vornsby Island = LOC/Place"},
		},
		{
			name:     "place-head: a name read as a body's that a natural feature's word heads is a place's",
			text:     "The Tarvik Archipelago is home to seals. Ferries cross the Vell Basin daily.",
			mentions: [][2]string{{"Tarvik Archipelago", org}, {"Vell Basin", org}},
			want:     []string{"Tarvik Archipelago = LOC/Place", "Vell Basin = LOC/Place"},
		},
		{
			name:     "place-head: not a body that speaks, employs or has a body's word, nor a name the gazetteer holds as a work's",
			text:     "Tarvik Island said profits rose. Ann Lee, an analyst at Vell Basin, agreed. Pellam Valley Council met. Coronation Street aired.",
			mentions: [][2]string{{"Tarvik Island", org}, {"Ann Lee", per}, {"Vell Basin", org}, {"Pellam Valley Council", org}, {"Coronation Street", org}},
			want:     []string{"Ann Lee = PER", "Coronation Street = MISC/CreativeWork", "Pellam Valley Council = ORG/GovernmentOrganization", "Tarvik Island = ORG", "Vell Basin = ORG"},
		},
		{
			name:     "side-of: 'sides of' names a part of something, no sports page's player word, so a talent contest makes no sports page",
			text:     "They won a talent contest and sold records on both sides of the Atlantic. The band hired Ann Kell (Harlow, vocals). Harlow rejected it.",
			mentions: [][2]string{{"Atlantic", loc}, {"Ann Kell", per}, {"Harlow", org}, {"Harlow", org}},
			want:     []string{"Ann Kell = PER", "Atlantic = LOC", "Harlow = ORG"},
		},
		{
			name:     "event-noun-comma: a name set off by commas after 'The' and an event's noun opening the sentence is the event",
			text:     "The exhibition, Vellmark, will feature snaps. The summit, Tarvane, ends today.",
			mentions: [][2]string{{"Vellmark", loc}, {"Tarvane", org}},
			want:     []string{"Tarvane = EVENT", "Vellmark = EVENT"},
		},
		{
			name:     "event-noun-comma: not who says it, not a person's name, not inside the sentence",
			text:     "The summit, Tarvane said, failed. The fair, Ann Lee, was fun. She saw the show, Harlow, and left.",
			mentions: [][2]string{{"Tarvane", org}, {"Ann Lee", per}, {"Harlow", loc}},
			want:     []string{"Ann Lee = PER", "Harlow = LOC/City", "Tarvane = ORG"},
		},
		{
			name:     "party-adjective: a one-word adjective read as a person's right before a title and a person's name is the holder's party's word",
			text:     "Liberal MEP Ann Tarvane welcomed it, as did Radical senator Bo Vellmar.",
			mentions: [][2]string{{"Liberal", per}, {"Ann Tarvane", per}, {"Radical", per}, {"Bo Vellmar", per}},
			want:     []string{"Ann Tarvane = PER", "Bo Vellmar = PER", "Liberal = MISC", "Radical = MISC"},
		},
		{
			name:     "party-adjective: not a name no adjective spells, nor one that speaks elsewhere",
			text:     "Tarvik MP Ann Lee spoke. Noble MP Bo Ek agreed. Noble said so.",
			mentions: [][2]string{{"Tarvik", per}, {"Ann Lee", per}, {"Noble", per}, {"Bo Ek", per}, {"Noble", per}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Noble = PER", "Tarvik = PER"},
		},
		{
			name:     "body-noun: a noun for a body of no finer class before a thing's name makes a body (the charity X)",
			text:     "Funds went to the children's charity Tarvane. She backed the foundation Vellmark.",
			mentions: [][2]string{{"Tarvane", misc}, {"Vellmark", misc}},
			want:     []string{"Tarvane = ORG", "Vellmark = ORG"},
		},
		{
			name:     "body-noun: not a building's word, nor without a determiner, nor a work",
			text:     "They met at the church Vellmark. Charity Tarvane Day raised funds.",
			mentions: [][2]string{{"Vellmark", misc}, {"Tarvane Day", misc}},
			want:     []string{"Tarvane Day = MISC", "Vellmark = MISC"},
		},
		{
			name:     "person-profits: the profits of a name read as a person's that no list knows as one are a firm's",
			text:     "Acme Vellmar's profits tripled last year.",
			mentions: [][2]string{{"Acme Vellmar", per}},
			want:     []string{"Acme Vellmar = ORG/Corporation"},
		},
		{
			name:     "person-profits: not a given name's, nor a person's shares",
			text:     "Ann Tarvane's profits tripled. Vell Ostrander's shares fell.",
			mentions: [][2]string{{"Ann Tarvane", per}, {"Vell Ostrander", per}},
			want:     []string{"Ann Tarvane = PER", "Vell Ostrander = PER"},
		},
		{
			name:     "goods-list: names listed after a plural noun for made goods and 'such as' are the goods",
			text:     "It said new products - such as the Acme V6 and Tarvik Vell - did well. Rivals sold cars like Harlow Ostra and Pellam Rist.",
			mentions: [][2]string{{"Acme V6", misc}, {"Tarvik Vell", loc}, {"Harlow Ostra", per}, {"Pellam Rist", org}},
			want:     []string{"Acme V6 = MISC", "Harlow Ostra = MISC", "Pellam Rist = MISC", "Tarvik Vell = MISC"},
		},
		{
			name:     "goods-list: not after a noun for makers, nor one name alone",
			text:     "It buys from makers such as Harlow Ostra and Pellam Rist. It sold products such as Tarvik Vell.",
			mentions: [][2]string{{"Harlow Ostra", org}, {"Pellam Rist", org}, {"Tarvik Vell", org}},
			want:     []string{"Harlow Ostra = ORG/Corporation", "Pellam Rist = ORG/Corporation", "Tarvik Vell = ORG"},
		},
		{
			name:     "product-context: a craft's or a vehicle's noun after a name makes a made good's model (spacecraft, launch vehicle)",
			text:     "The agency delayed the Tarvane spacecraft. Its Vellmar launch vehicle was faulty.",
			mentions: [][2]string{{"Tarvane", org}, {"Vellmar", per}},
			want:     []string{"Tarvane = MISC", "Vellmar = MISC"},
		},
		{
			name:     "stage-of: a name after a contest's stage and 'of the' on a page with a sport's words, or after a numbered round anywhere, is a competition",
			text:     "Ann Lee beat Bo Ek 6-4 6-2 in the final of the Harlow Classic. It was a tense match. Cy Vell advanced to the second round of the Tarvik Masters.",
			mentions: [][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"Harlow Classic", misc}, {"Cy Vell", per}, {"Tarvik Masters", misc}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Cy Vell = PER", "Harlow Classic = EVENT", "Tarvik Masters = EVENT"},
		},
		{
			name:     "stage-of: not a final off a sports page (a show's as often), nor a name a possessive or noun follows",
			text:     "The final of the Tarvik Apprentice aired on TV. Fans saw the final of the Vell Cup's sponsor.",
			mentions: [][2]string{{"Tarvik Apprentice", org}, {"Vell Cup", org}},
			want:     []string{"Tarvik Apprentice = ORG", "Vell Cup = ORG"},
		},
		{
			name:     "founder-body: a person's full name and a body's word news also writes in lower case is the body named after the person",
			text:     "Money came from the Ann Vell Lee Foundation and the Bo Tarvik Institute.",
			mentions: [][2]string{{"Ann Vell Lee Foundation", per}, {"Bo Tarvik Institute", per}},
			want:     []string{"Ann Vell Lee Foundation = ORG", "Bo Tarvik Institute = ORG"},
		},
		{
			name:     "founder-body: not a given name and a body's word alone, a listed surname, nor after an honorific",
			text:     "Ann Foundation spoke. Bo Vell Church spoke. Mr Tarvik Lee Institute spoke.",
			mentions: [][2]string{{"Ann Foundation", per}, {"Bo Vell Church", per}, {"Tarvik Lee Institute", per}},
			want:     []string{"Ann Foundation = PER", "Bo Vell Church = PER", "Tarvik Lee Institute = PER"},
		},
		{
			name:     "celestial-named: a heavenly body's noun right before a name makes a place; 'moon' is such a noun, so a planet WordNet names beside it is one",
			text:     "Probes circled Neptune and photographed its moon Tarvane. They tracked the asteroid Vellmark.",
			mentions: [][2]string{{"Neptune", per}, {"Tarvane", per}, {"Vellmark", misc}},
			want:     []string{"Neptune = LOC", "Tarvane = LOC", "Vellmark = LOC"},
		},
		{
			name:     "celestial-named: not after 'star', a performer's word, nor a name that speaks",
			text:     "Fans cheered the star Tarvane. They saw the comet Vellmark. Vellmark said she was tired.",
			mentions: [][2]string{{"Tarvane", per}, {"Vellmark", per}, {"Vellmark", per}},
			want:     []string{"Tarvane = PER", "Vellmark = PER"},
		},
		{
			name:     "structure-head: a name read as a body's or a person's that a built structure's word heads is a place's",
			text:     "Norland's Tarvik Gorge Dam holds a lake. Cars crossed the Vell Bridge. The Pellam Towers were hit.",
			mentions: [][2]string{{"Norland", loc}, {"Tarvik Gorge Dam", org}, {"Vell Bridge", org}, {"Pellam Towers", per}},
			want:     []string{"Norland = LOC/City", "Pellam Towers = LOC/Place", "Tarvik Gorge Dam = LOC/Place", "Vell Bridge = LOC/Place"},
		},
		{
			name:     "structure-head: not a body that speaks or has a body's word, nor a structure's word before the head",
			text:     "Vell Bridge said profits rose. The Tarvik Dam Authority met. Tower Vellmar Records rose.",
			mentions: [][2]string{{"Vell Bridge", org}, {"Tarvik Dam Authority", org}, {"Tower Vellmar Records", org}},
			want:     []string{"Tarvik Dam Authority = ORG/GovernmentOrganization", "Tower Vellmar Records = ORG", "Vell Bridge = ORG"},
		},
		{
			name:     "illness-frame: a name tested for, diagnosed or with symptoms is an illness's",
			text:     "Four nurses were positive for Vellitis. A rash is one of the symptoms of Vellitis. Ann Lee was diagnosed with Tarvik Syndrome.",
			mentions: [][2]string{{"Vellitis", loc}, {"Vellitis", per}, {"Ann Lee", per}, {"Tarvik Syndrome", org}},
			want:     []string{"Ann Lee = PER", "Tarvik Syndrome = MISC", "Vellitis = MISC"},
		},
		{
			name:     "illness-frame: not a person named with a given name, nor a name a place frame places or that speaks",
			text:     "Bo Ek was infected with Ann Lee's zeal. He flew to Harlow. Samples tested negative for Harlow. Vellmark said the results were positive for Vellmark.",
			mentions: [][2]string{{"Bo Ek", per}, {"Ann Lee", per}, {"Harlow", loc}, {"Harlow", loc}, {"Vellmark", org}, {"Vellmark", org}},
			want:     []string{"Ann Lee = PER", "Bo Ek = PER", "Harlow = LOC/City", "Vellmark = ORG"},
		},
		{
			name:     "author-cite: a name cited as an author's in a bracketed reference is a person's",
			text:     "Tides follow the moon (Tarvane [1979] 2003, 41). Later work by Tarvane disputed this.",
			mentions: [][2]string{{"Tarvane", loc}, {"Tarvane", loc}},
			want:     []string{"Tarvane = PER"},
		},
		{
			name:     "author-cite: not a name a place frame places, nor one with a body's word",
			text:     "Rents rose (Vellmark, 2015). We flew to Vellmark. Costs fell (Harlow Council, 2016).",
			mentions: [][2]string{{"Vellmark", loc}, {"Vellmark", loc}, {"Harlow Council", org}},
			want:     []string{"Harlow Council = ORG/GovernmentOrganization", "Vellmark = LOC"},
		},
		{
			name:     "open-ground: a name read as a body's or a person's that a public square's, a plaza's or a park's word heads is a place's",
			text:     "Crowds filled Vellmar Square. The Tarvik Plaza is old. The Norland Park has a new lake.",
			mentions: [][2]string{{"Vellmar Square", org}, {"Tarvik Plaza", per}, {"Norland Park", org}},
			want:     []string{"Norland Park = LOC/Place", "Tarvik Plaza = LOC/Place", "Vellmar Square = LOC/Place"},
		},
		{
			name:     "open-ground: not a plural, a body that speaks, a person named so, nor Commons",
			text:     "The Vell Parks agency met. Harlow Square said profits rose. Ann Park spoke. Tarvik Commons licenses texts.",
			mentions: [][2]string{{"Vell Parks", org}, {"Harlow Square", org}, {"Ann Park", per}, {"Tarvik Commons", org}},
			want:     []string{"Ann Park = PER", "Harlow Square = ORG", "Tarvik Commons = ORG", "Vell Parks = ORG/GovernmentOrganization"},
		},
		{
			name:     "place-head: a road's name read as a body's is a place's only where a place frame places it",
			text:     "Crowds gathered in Vell Boulevard. Tarvik Street cited the report.",
			mentions: [][2]string{{"Vell Boulevard", org}, {"Tarvik Street", org}},
			want:     []string{"Tarvik Street = ORG", "Vell Boulevard = LOC"},
		},
		{
			name:     "place-head: a road's name read as a person's is a place's, unless a title says work",
			text:     "Take the Vornsby Valley Expressway north. Her new single, Pellam Street, sold well.",
			mentions: [][2]string{{"Vornsby Valley Expressway", per}, {"Pellam Street", per}},
			want:     []string{"Pellam Street = MISC/CreativeWork", "Vornsby Valley Expressway = LOC/Place"},
		},
		{
			name:     "place-head: a ground's road on a sports page is left to the ground rules",
			text:     "Norland v Ostmark. Norland beat Ostmark 3-1 at Vornsby Road on Sunday.",
			mentions: [][2]string{{"Norland", org}, {"Ostmark", org}, {"Norland", org}, {"Ostmark", org}, {"Vornsby Road", per}},
			want:     []string{"Norland = ORG/SportsTeam", "Ostmark = ORG/SportsTeam", "Vornsby Road = LOC/StadiumOrArena"},
		},
		{
			name:     "feature-short: a one-word name beside a place it names with a natural feature's word is that place",
			text:     "Tarvik Island lies offshore. Tarvik has been named a reserve. Few visit Tarvik in winter.",
			mentions: [][2]string{{"Tarvik Island", loc}, {"Tarvik", per}, {"Tarvik", per}},
			want:     []string{"Tarvik = LOC/Place", "Tarvik Island = LOC/Place"},
		},
		{
			name:     "feature-short: the plural of the first word of an island group's name is the group",
			text:     "The Vell Islands lie offshore. Ferries sail to the Vells daily.",
			mentions: [][2]string{{"Vell Islands", loc}, {"Vells", misc}},
			want:     []string{"Vell Islands = LOC/Place", "Vells = LOC/Place"},
		},
		{
			name:     "feature-short: not a name that speaks, has a title or is a person's in the gazetteer, nor one beside no place",
			text:     "Vell Island lies offshore. Vell said it was calm. Pellam Island lies north. Mr Pellam agreed. Harlow Island lies west. Ann Harlow left. Ostby cheered.",
			mentions: [][2]string{{"Vell Island", loc}, {"Vell", per}, {"Pellam Island", loc}, {"Mr Pellam", per}, {"Harlow Island", org}, {"Ann Harlow", per}, {"Ostby", per}},
			want:     []string{"Ann Harlow = PER", "Harlow Island = LOC/Place", "Ostby = PER", "Pellam = PER", "Pellam Island = LOC/Place", "Vell = PER", "Vell Island = LOC/Place"},
		},
		{
			name:     "the subject of a verb of a life's events is a person, unless it is a people's word or a word of the name says body",
			text:     "Ann Pellam left. Halvard was born in Velden. Halvard retired. One Briton died. Acme Group died.",
			mentions: [][2]string{{"Ann Pellam", per}, {"Halvard", org}, {"Halvard", org}, {"Briton", "MISC"}, {"Acme Group", org}},
			want:     []string{"Acme Group = ORG", "Ann Pellam = PER", "Briton = MISC", "Halvard = PER"},
		},
		{
			name:     "a name that opens with a title abbreviated with a period is a person's, in capitals too",
			text:     "ARGUMENT OF GEN. ANN B. HALVARD ON BEHALF OF THE STATE. Sen. Bo Ek spoke.",
			mentions: [][2]string{{"GEN. ANN B. HALVARD", org}, {"Sen. Bo Ek", loc}},
			want:     []string{"Bo Ek = PER", "GEN. ANN B. HALVARD = PER"}, // resolve's titled-name construction reads "Sen. Bo Ek" as Bo Ek
		},
		{
			name:     "a name whose appositive a noun for a kind of event heads is an event's",
			text:     "Crowds filled Velden for Tarvik Days, an annual procession of masks.",
			mentions: [][2]string{{"Velden", loc}, {"Tarvik Days", per}},
			want:     []string{"Tarvik Days = EVENT", "Velden = LOC"},
		},
		{
			name:     "the whole object of during is an event, unless place frames name it as often",
			text:     "The town fell during Tarvik War. Crops failed during Pellam, and in Pellam cattle died.",
			mentions: [][2]string{{"Tarvik War", org}, {"Pellam", org}, {"Pellam", org}},
			want:     []string{"Pellam = ORG", "Tarvik War = EVENT"},
		},
		{
			name:     "a title and its subtitle are a work, whatever words open or end them",
			text:     "The prize went to Prince of Harlow: Escape from Pellam Bay on Monday.",
			mentions: [][2]string{{"Prince of Harlow", per}, {"Pellam Bay", loc}},
			want:     []string{"Prince of Harlow: Escape from Pellam Bay = MISC/CreativeWork"},
		},
		{
			name:     "names listed after a noun for a kind of work and a dash or a colon are works",
			text:     "The award-winning trilogy - Tarn Lights, The Pellam Knife and The Vell Glass - tells of Ann Lee. He loved the arcade games: Harlow Run and Tarvik Drive.",
			mentions: [][2]string{{"Tarn Lights", org}, {"Pellam Knife", org}, {"Vell Glass", per}, {"Ann Lee", per}, {"Harlow Run", loc}, {"Tarvik Drive", org}},
			want:     []string{"Ann Lee = PER", "Harlow Run = MISC/CreativeWork", "Tarn Lights = MISC/CreativeWork", "Tarvik Drive = MISC/CreativeWork", "The Pellam Knife = MISC/CreativeWork", "The Vell Glass = MISC/CreativeWork"},
		},
		{
			name:     "a title and its subtitle are a work also when the subtitle alone, read as a body's, is named more often",
			text:     "Acme added Tarn Assault to its list. The prize went to Prince of Harlow: Tarn Assault on Monday. Critics liked Tarn Assault. Tarn Assault sold well, and Tarn Assault won.",
			mentions: [][2]string{{"Acme", org}, {"Tarn Assault", org}, {"Prince of Harlow", org}, {"Tarn Assault", org}, {"Tarn Assault", org}, {"Tarn Assault", org}, {"Tarn Assault", org}},
			want:     []string{"Acme = ORG", "Prince of Harlow: Tarn Assault = MISC/CreativeWork"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := build(t, g, tc.text, tc.mentions)
			if err := New(g).Process(res); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, classes(res)); diff != "" {
				t.Errorf("classes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAdjectiveContext checks that the words after a mention that
// resolution joined as an adjective ("Vellist militants") say nothing of
// its entity, while those after a name do.
func TestAdjectiveContext(t *testing.T) {
	g := gaz(t)
	for _, tc := range []struct {
		name, method string
		want         []string
	}{
		{"a name", resolve.MethodExact, []string{"Vellist = ORG/ArmedGroup"}},
		{"an adjective", resolve.MethodAdjective, []string{"Vellist = ORG"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := build(t, g, "Vellist militants attacked.", [][2]string{{"Vellist", extract.Organization}})
			res.Mentions[0].Method = tc.method
			if err := New(g).Process(res); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, classes(res)); diff != "" {
				t.Errorf("classes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHonorificAlias checks that an honorific in an alias ("Ms Vell" of
// "Vell") makes a person of a name the tagger read as a body.
func TestHonorificAlias(t *testing.T) {
	g := gaz(t)
	res := build(t, g, "Ms Vell said the queue had gone.", [][2]string{{"Ms Vell", "ORG"}})
	res.Entities[0].Name, res.Entities[0].Aliases = "Vell", []string{"Ms Vell"}
	if err := New(g).Process(res); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Vell = PER"}, classes(res)); diff != "" {
		t.Errorf("classes (-want +got):\n%s", diff)
	}
}

func TestCountryAttributes(t *testing.T) {
	g := gaz(t)
	res := build(t, g, "Envoys from Kenya.", [][2]string{{"Kenya", extract.Location}})
	if err := New(g).Process(res); err != nil {
		t.Fatal(err)
	}
	e := res.Entities[0]
	if got := e.Attributes[ISOCode]; len(got) != 1 || got[0] != "KE" {
		t.Errorf("ISO code %v, want KE", got)
	}
	if len(e.SameAs) != 2 || !strings.HasPrefix(e.SameAs[0], "http://www.wikidata.org/entity/Q") || !strings.HasPrefix(e.SameAs[1], GeoNamesBase) {
		t.Errorf("sameAs %v, want a Wikidata item and a GeoNames feature", e.SameAs)
	}
}

func TestDemonym(t *testing.T) {
	c := NewCountries(gaz(t))
	for _, tc := range []struct{ word, want string }{
		{"American", "US"}, {"Americans", "US"}, {"Dutch", "NL"}, {"French", "FR"}, {"Indian", "IN"},
		{"Ukrainian", "UA"}, {"Russians", "RU"},
	} {
		co, ok := c.Demonym(tc.word)
		if !ok || co.Code != tc.want {
			t.Errorf("Demonym(%q) = %v %v, want %s", tc.word, co, ok, tc.want)
		}
	}
	if _, ok := c.Demonym("Martian"); ok {
		t.Error("Demonym(Martian) found")
	}
}

func TestKnownName(t *testing.T) {
	c := NewCountries(gaz(t))
	for _, tc := range []struct {
		name, typ string
		want      bool
	}{
		{"NATO", extract.Organization, true},
		{"United Nations", extract.Organization, true},
		{"QXZV", extract.Organization, false},
		{"Paris", extract.Location, true},
	} {
		if got := c.KnownName(tc.name, tc.typ); got != tc.want {
			t.Errorf("KnownName(%q, %s) = %v, want %v", tc.name, tc.typ, got, tc.want)
		}
	}
}

func FuzzProcess(f *testing.F) {
	g := gaz(f)
	m, err := ner.Default()
	if err != nil {
		f.Fatal(err)
	}
	rec := ner.NewRecognizer(m, nil)
	f.Add("The Japanese company Halden, a Sable Front branch (SF), said in Lake Orrin, north of Kenya.")
	f.Add("Fans left Brindle Arena for the Caldwell venue , , ( ) as far as")
	f.Fuzz(func(t *testing.T, text string) {
		defer fuzzbudget.Start(t, len(text))()
		res := &extract.Result{Doc: extract.Document{Text: text}}
		res.Sentences = sentence.Split(text, tokenize.Tokenize(text))
		if err := rec.Recognize(res); err != nil {
			t.Fatal(err)
		}
		if err := resolve.New(&resolve.Options{Aliases: NewCountries(g)}).Resolve(res); err != nil {
			t.Fatal(err)
		}
		if err := New(g).Process(res); err != nil {
			t.Fatal(err)
		}
		for _, e := range res.Entities {
			switch e.Type {
			case extract.Person, extract.Organization, extract.Location, extract.Miscellaneous, extract.EventType:
			default:
				t.Fatalf("entity %q has type %q", e.Name, e.Type)
			}
			if e.Class != "" && e.Type == extract.Person {
				t.Fatalf("person %q has class %q", e.Name, e.Class)
			}
		}
	})
}

// BenchmarkProcess measures typing on BBC articles tagged and resolved
// beforehand; BenchmarkBaselineResolve, resolution of the same mentions,
// is the yardstick.
func BenchmarkProcess(b *testing.B) {
	g := gaz(b)
	results := tagged(b, g)
	ty := New(g)
	b.ResetTimer()
	for b.Loop() {
		for _, r := range results {
			if err := ty.Process(r); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkBaselineResolve(b *testing.B) {
	g := gaz(b)
	results := tagged(b, g)
	rs := resolve.New(&resolve.Options{Aliases: NewCountries(g)})
	b.ResetTimer()
	for b.Loop() {
		for _, r := range results {
			r.Entities = r.Entities[:0]
			if err := rs.Resolve(r); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// tagged returns 200 BBC articles tokenized, tagged and resolved.
func tagged(b *testing.B, g *gazetteer.Gazetteer) []*extract.Result {
	docs := shareddata.BBC(b)
	if len(docs) > 200 {
		docs = docs[:200]
	}
	m, err := ner.Default()
	if err != nil {
		b.Fatal(err)
	}
	rec := ner.NewRecognizer(m, nil)
	rs := resolve.New(&resolve.Options{Aliases: NewCountries(g)})
	var out []*extract.Result
	size := 0
	for _, d := range docs {
		res := &extract.Result{Doc: extract.Document{Text: d}}
		res.Sentences = sentence.Split(d, tokenize.Tokenize(d))
		if err := rec.Recognize(res); err != nil {
			b.Fatal(err)
		}
		if err := rs.Resolve(res); err != nil {
			b.Fatal(err)
		}
		out = append(out, res)
		size += len(d)
	}
	b.SetBytes(int64(size))
	return out
}

func ExampleCountries_Canonical() {
	g, err := gazetteer.Default()
	if err != nil {
		panic(err)
	}
	c := NewCountries(g)
	for _, name := range []string{"Ukrainian", "Americans", "U.S."} {
		canon, typ, class, ok := c.Canonical(name, extract.Location)
		fmt.Println(name, "->", canon, typ, class, ok)
	}
	// Output:
	// Ukrainian -> Ukraine LOC Country true
	// Americans -> United States LOC Country true
	// U.S. -> United States LOC Country true
}

// annotateResult annotates res as the pipeline does before the recognizer.
func annotateResult(t testing.TB, res *extract.Result) {
	t.Helper()
	a, err := annotate.Default()
	if err != nil {
		t.Fatal(err)
	}
	a.Annotate(res)
}

// TestCanonicalOrganisations checks the organisations' names from the
// Wikidata slice: a party's short and members' forms, and a body of
// government named by its common noun, which stays the country's.
func TestCanonicalOrganisations(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	c := NewCountries(g)
	tests := []struct {
		name, in, typ, want string
	}{
		{"plural alternative name", "Tories", extract.Organization, "Conservative Party"},
		{"member's form", "Tory", extract.Miscellaneous, "Conservative Party"},
		{"two words, singular", "Lib Dem", extract.Organization, "Liberal Democrats"},
		{"a body of government", "Congress", extract.Organization, ""},
		{"a fragment", "Lib", extract.Organization, ""},
		{"no alias for a person", "Tory", extract.Person, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, _, _ := c.Canonical(tt.in, tt.typ)
			if got != tt.want {
				t.Errorf("Canonical(%q, %s) = %q, want %q", tt.in, tt.typ, got, tt.want)
			}
		})
	}
}

// TestCountryCodes checks that a short form in capitals names a country
// only when news uses it for one (codes.tsv), and that a word of two
// letters or less in small letters names none (the short-code rule).
func TestCountryCodes(t *testing.T) {
	c := NewCountries(gaz(t))
	tests := []struct {
		name, in string
		want     string // canonical name, or "" for none
	}{
		{"the United States", "US", "United States"},
		{"the United Kingdom", "UK", "United Kingdom"},
		{"television, not Tuvalu", "TV", ""},
		{"California, not Canada", "CA", ""},
		{"a full name is no short form", "Canada", "Canada"},
		{"a compass point's initial", "S Korea", "South Korea"},
		{"a compass point's initial with a point, before a demonym", "N. Korean", "North Korea"},
		{"an initial that is no compass point's", "J Korea", ""},
		{"a short word in small letters, not Kenya", "Ke", ""},
		{"a short word, not France", "Fr", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, _, _ := c.Canonical(tt.in, extract.Location)
			if got != tt.want {
				t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestIsHonorific checks that a form of address is read by the word
// written, not by its lemma.
func TestIsHonorific(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"Mr", true}, {"Dr.", true}, {"Miss", true}, {"Missing", false}, {"DR", false}, {"mr", false},
	} {
		if got := isHonorific(lex, tc.word); got != tc.want {
			t.Errorf("isHonorific(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestNumbered(t *testing.T) {
	for _, tc := range []struct {
		name, word string
		want       bool
	}{
		{"digits", "11", true},
		{"digits and a letter", "5A", true},
		{"roman numerals", "IX", true},
		{"a word", "Ix", false},
		{"a word in capitals", "TV", false},
		{"empty", "", false},
		{"digits then a word", "5Ab", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := numbered(tc.word); got != tc.want {
				t.Errorf("numbered(%q) = %v, want %v", tc.word, got, tc.want)
			}
		})
	}
}

func TestBodyOnly(t *testing.T) {
	tests := []struct {
		name  string
		c     gazetteer.Category
		given bool
		want  bool
	}{
		{"a body's name and a place's", gazetteer.CatOrg | gazetteer.CatLoc, false, true},
		{"a body's name and a surname", gazetteer.CatOrg | gazetteer.CatLast, false, false},
		{"a body's name and a given name", gazetteer.CatOrg | gazetteer.CatFirst, false, false},
		{"a body's name another list gives as a given name", gazetteer.CatOrg, true, false},
		{"a body's name and a person's", gazetteer.CatOrg | gazetteer.CatPerson, false, false},
		{"a place's name alone", gazetteer.CatLoc, false, false},
	}
	for _, tt := range tests {
		if got := bodyOnly(tt.c, tt.given); got != tt.want {
			t.Errorf("%s: bodyOnly = %v, want %v", tt.name, got, tt.want)
		}
	}
}
