package typing

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/annotate"
)

// summary renders what a context construction found: its votes
// (class/method) and the flags it set.
func summary(ev *evidence) []string {
	var out []string
	for _, r := range ev.reasons {
		if r.class == workVote {
			continue
		}
		out = append(out, strings.TrimPrefix(r.class, "https://kg.example/ns#")+"/"+r.method)
	}
	for name, on := range map[string]bool{"work": ev.work, "group": ev.group, "credit": ev.credit, "personWord": ev.personWord, "award": ev.award, "theTitle": ev.theTitle} {
		if on {
			out = append(out, name)
		}
	}
	if ev.placeCtx > 0 {
		out = append(out, fmt.Sprintf("placeCtx=%d", ev.placeCtx))
	}
	if ev.personCtx > 0 {
		out = append(out, fmt.Sprintf("personCtx=%d", ev.personCtx))
	}
	if ev.model > 0 {
		out = append(out, fmt.Sprintf("model=%d", ev.model))
	}
	sort.Strings(out)
	return out
}

// TestContextConstructions runs each context construction alone on the
// mention of the last name in an example, and checks what it says. Every
// construction in contextRules has a row.
func TestContextConstructions(t *testing.T) {
	const org, loc, per = extract.Organization, extract.Location, extract.Person
	rows := []struct {
		rule, text string
		mentions   [][2]string
		want       []string
		// read is the mention the construction reads; "" for the last.
		read string
	}{
		{"descriptor-before", "The Japanese shipping company Norvex grew.", [][2]string{{"Japanese", "MISC"}, {"Norvex", org}}, []string{"Corporation/descriptor"}, ""},
		{"descriptor-before", "Profits at Norvex grew.", [][2]string{{"Norvex", org}}, nil, ""},
		{"descriptor-before", "Veteran comedian and broadcaster Tarn Holloway has died.", [][2]string{{"Tarn Holloway", per}}, nil, ""},
		{"descriptor-before", "The broadcaster Tarn Holloway grew.", [][2]string{{"Tarn Holloway", org}}, []string{"NewsMediaOrganization/descriptor"}, ""},
		{"descriptor-before", "Sales rose, said market analysts Pellam.", [][2]string{{"Pellam", "MISC"}}, []string{"group"}, ""},
		{"descriptor-before", "It stars actors Vell Power and Tarn Holloway.", [][2]string{{"Vell Power", per}, {"Tarn Holloway", per}}, nil, "Vell Power"},
		{"work-title", "She starred in the film Greyhill Road.", [][2]string{{"Greyhill Road", loc}}, []string{"work"}, ""},
		{"work-title", "His next album The Harlow College sold well.", [][2]string{{"Harlow College", org}}, []string{"work"}, ""},
		{"work-title", "Quirky comedy Greyhill Road was named best screenplay.", [][2]string{{"Greyhill Road", per}}, []string{"work"}, ""},
		{"work-title", "She starred in the real-life drama, Greyhill Road.", [][2]string{{"Greyhill Road", loc}}, []string{"work"}, ""},
		{"work-title", "In the film, Ann Kell smiles.", [][2]string{{"Ann Kell", per}}, nil, ""},
		{"work-title", "The season has debuts of the first Harlow film, Greyhill Road and Pellam.", [][2]string{{"Greyhill Road", loc}, {"Pellam", org}}, []string{"work"}, "Greyhill Road"},
		{"work-title", "In the film, Ann Kell and Bo Ek star.", [][2]string{{"Ann Kell", per}, {"Bo Ek", per}}, nil, "Ann Kell"},
		{"part-in", "She won for her role in Quiet Harbour.", [][2]string{{"Quiet Harbour", per}}, []string{"work"}, ""},
		{"part-in", "He had roles in Quiet Harbour and Greyhill Road.", [][2]string{{"Quiet Harbour", per}, {"Greyhill Road", "MISC"}}, []string{"work"}, ""},
		{"part-in", "She got a role in Ann Lee's Quiet Harbour.", [][2]string{{"Ann Lee", per}, {"Quiet Harbour", per}}, []string{"work"}, ""},
		{"part-in", "Norland had a role in Acme.", [][2]string{{"Acme", org}}, nil, ""},
		{"part-in", "He took a coaching role in Kenya.", [][2]string{{"Kenya", loc}}, nil, ""},
		{"part-in", "He had a role in Quiet Harbour.", [][2]string{{"Quiet Harbour", loc}}, []string{"work"}, ""},
		{"part-in", "She had a big role in the Harlow campaign.", [][2]string{{"Harlow", per}}, nil, ""},
		{"part-in", "She won for her performance in Quiet Harbour.", [][2]string{{"Quiet Harbour", per}}, []string{"work"}, ""},
		{"part-in", "His performance in Pellam was poor.", [][2]string{{"Pellam", loc}}, nil, ""},
		{"part-in", "Her performance in Acme pleased them.", [][2]string{{"Acme", org}}, nil, ""},
		{"work-title", "He left the TV soap Greyhill Road.", [][2]string{{"Greyhill Road", loc}}, []string{"work"}, ""},
		{"part-in", "She played in Quiet Harbour.", [][2]string{{"Quiet Harbour", per}}, nil, ""},
		{"star-of", "The star of Quiet Harbour spoke.", [][2]string{{"Quiet Harbour", per}}, []string{"work"}, ""},
		{"star-of", "The cast of Greyhill Road includes Bo Ek.", [][2]string{{"Greyhill Road", loc}, {"Bo Ek", per}}, []string{"work"}, "Greyhill Road"},
		{"star-of", "He is the star of Acme.", [][2]string{{"Acme", org}}, nil, ""},
		{"star-of", "He is the star of Norway.", [][2]string{{"Norway", loc}}, nil, ""},
		{"star-of", "The star of Pellam Road station left.", [][2]string{{"Pellam Road", loc}}, nil, ""},
		{"read-work", "The actor will read Greyhill Tales from old books.", [][2]string{{"Greyhill Tales", org}}, []string{"work"}, ""},
		{"read-work", "She will read Ann Kell to the children.", [][2]string{{"Ann Kell", per}}, nil, ""},
		{"read-work", "She read the Harlow Courier reports.", [][2]string{{"Harlow Courier", org}}, nil, ""},
		{"year-work", "Her best song was 1974's Quiet Harbour.", [][2]string{{"Quiet Harbour", per}}, []string{"work"}, ""},
		{"year-work", "It followed 1999's Greyhill Road, with sequels.", [][2]string{{"Greyhill Road", loc}}, []string{"work"}, ""},
		{"year-work", "He left after 2003's The Quiet Harbour.", [][2]string{{"Quiet Harbour", org}}, nil, ""},
		{"year-work", "He left after 2003's The Quiet Harbour.", [][2]string{{"Quiet Harbour", loc}}, []string{"work"}, ""},
		{"year-work", "It was 2004's Harlow Cup.", [][2]string{{"Harlow Cup", "MISC"}}, nil, ""},
		{"year-work", "It was 1985's Acme Fest.", [][2]string{{"Acme Fest", org}}, nil, ""},
		{"year-work", "It was 2004's Harlow winner.", [][2]string{{"Harlow", loc}}, nil, ""},
		{"year-work", "The 1972 Quiet Harbour tour.", [][2]string{{"Quiet Harbour", per}}, nil, ""},
		{"work-title", "It was the best-selling puzzle game Tarn Holloway.", [][2]string{{"Tarn Holloway", per}}, []string{"work"}, ""},
		{"work-title", "After the game Tarn Holloway said he was proud.", [][2]string{{"Tarn Holloway", per}}, nil, ""},
		{"work-title", "He found fame in the TV series Tarn Holloway.", [][2]string{{"Tarn Holloway", per}}, []string{"work"}, ""},
		{"work-title", "He told the Harlow Radio programme Quiet Harbour.", [][2]string{{"Harlow Radio", org}, {"Quiet Harbour", org}}, []string{"work"}, ""},
		{"work-title", "It was the director's war epic Tallow Nights.", [][2]string{{"Tallow Nights", org}}, []string{"work"}, ""},
		{"work-title", "She hosted the chat show Tallow Nights.", [][2]string{{"Tallow Nights", per}}, []string{"work"}, ""},
		{"work-title", "They show Tallow Nights.", [][2]string{{"Tallow Nights", per}}, nil, ""},
		{"work-title", "They will next play Tarn Holloway.", [][2]string{{"Tarn Holloway", org}}, nil, ""},
		{"work-title", "Her debut single Quiet Harbour went to number one.", [][2]string{{"Quiet Harbour", per}}, []string{"work"}, ""},
		{"work-title", "The smash hit Tallow ran for a year.", [][2]string{{"Tallow", org}}, []string{"work"}, ""},
		{"work-title", "He ran on the track Tallow.", [][2]string{{"Tallow", loc}}, nil, ""},
		{"work-title", "Ann Lee's hit Quiet Harbour was sampled.", [][2]string{{"Ann Lee", per}, {"Quiet Harbour", org}}, []string{"work"}, ""},
		{"work-title", "Ann Lee hit Bo Ek.", [][2]string{{"Ann Lee", per}, {"Bo Ek", per}}, nil, ""},
		{"work-title", "Fans loved their hit Quiet Harbour.", [][2]string{{"Quiet Harbour", loc}}, []string{"work"}, ""},
		{"work-title", "Then she hit Bo Ek.", [][2]string{{"Bo Ek", per}}, nil, ""},
		{"work-title", "His next single, Quiet Harbour, will face a challenge.", [][2]string{{"Quiet Harbour", per}}, []string{"work"}, ""},
		{"work-title", "After a single, Bo Ek scored.", [][2]string{{"Bo Ek", per}}, nil, ""},
		{"work-title", "Bo Ek came. On the Harlow Radio programme, Mr Ek, who runs, spoke.", [][2]string{{"Bo Ek", per}, {"Harlow Radio", org}, {"Mr Ek", per}}, nil, ""},
		{"work-title", "They sang the 1979 Ann Lee cover, Quiet Harbour.", [][2]string{{"Ann Lee", per}, {"Quiet Harbour", per}}, []string{"work"}, ""},
		{"work-title", "They will cover Bo Ek.", [][2]string{{"Bo Ek", per}}, nil, ""},
		{"descriptor-list", "The construction companies Vell Power and Tarn Holloway rose.", [][2]string{{"Vell Power", org}, {"Tarn Holloway", per}}, []string{"Corporation/descriptor-list"}, ""},
		{"descriptor-list", "Smaller festivals like Velkan and Tarvex draw crowds.", [][2]string{{"Velkan", org}, {"Tarvex", org}}, []string{"EVENT/descriptor-list"}, ""},
		{"descriptor-list", "Smaller festivals like Velkan and Tarvex draw crowds.", [][2]string{{"Velkan", org}, {"Tarvex", org}}, []string{"EVENT/descriptor-list"}, "Velkan"},
		{"descriptor-list", "Some broadcasters, like Tarn Holloway, refused.", [][2]string{{"Tarn Holloway", per}}, []string{"NewsMediaOrganization/descriptor-list"}, ""},
		{"descriptor-list", "Firms such as Vell Power and Tarn Holloway rose.", [][2]string{{"Vell Power", org}, {"Tarn Holloway", per}}, []string{"Corporation/descriptor-list"}, ""},
		{"descriptor-list", "Firms such as Norland's Vell Power and Ostmark's Tarvik rose.", [][2]string{{"Norland", loc}, {"Vell Power", org}, {"Ostmark", loc}, {"Tarvik", loc}}, []string{"Corporation/descriptor-list"}, ""},
		{"descriptor-list", "Firms such as Norland's Vell Power and Ostmark's Tarvik rose.", [][2]string{{"Norland", loc}, {"Vell Power", org}, {"Ostmark", loc}, {"Tarvik", loc}}, nil, "Ostmark"},
		{"descriptor-list", "Vell Power and Tarn Holloway rose.", [][2]string{{"Vell Power", org}, {"Tarn Holloway", per}}, nil, ""},
		{"work-between-names", "His recent hits have included the Harlow End show Tallow Nights.", [][2]string{{"Harlow End", loc}, {"Tallow Nights", per}}, []string{"work"}, ""},
		{"work-between-names", "The woman behind the Pellam musical Greyhill Road joined.", [][2]string{{"Pellam", per}, {"Greyhill Road", per}}, []string{"work"}, ""},
		{"work-between-names", "The woman behind the Pellam musical Greyhill Road! joined.", [][2]string{{"Pellam", per}, {"Greyhill Road", per}}, []string{"work"}, ""},
		{"work-between-names", "The woman behind the Pellam musical star Ann Kell joined.", [][2]string{{"Pellam", per}, {"Ann Kell", per}}, nil, ""},
		{"work-between-names", "The woman behind Pellam musical Greyhill Road joined.", [][2]string{{"Pellam", per}, {"Greyhill Road", per}}, nil, ""},
		{"work-between-names", "He met the Pellam based Greyhill Road.", [][2]string{{"Pellam", loc}, {"Greyhill Road", org}}, nil, ""},
		{"written-by", "He devoured Tallow, written by the Roman poet Ann Kell.", [][2]string{{"Tallow", per}, {"Roman", "MISC"}, {"Ann Kell", per}}, []string{"work"}, "Tallow"},
		{"written-by", "She read Greyhill Road, composed by Bo Ek in exile.", [][2]string{{"Greyhill Road", loc}, {"Bo Ek", per}}, []string{"work"}, "Greyhill Road"},
		{"written-by", "He met Ann Kell, written by Bo Ek.", [][2]string{{"Ann Kell", org}, {"Bo Ek", per}}, nil, "Ann Kell"},
		{"written-by", "He visited Harlow, written about by Bo Ek.", [][2]string{{"Harlow", loc}, {"Bo Ek", per}}, nil, "Harlow"},
		{"written-by", "He read Tallow, written by hand.", [][2]string{{"Tallow", per}}, nil, ""},
		{"members-of", "She wrote it with members of Tarvane.", [][2]string{{"Tarvane", per}}, []string{"part/members-of"}, ""},
		{"members-of", "She met members of Ann Kell's family.", [][2]string{{"Ann Kell", per}}, nil, ""},
		{"members-of", "She met members of Harlow.", [][2]string{{"Harlow", loc}}, nil, ""},
		{"topic-trade-list", "Fans want puzzle games, strategy games, arcade games and racing games. There are versions of titles, such as Tallow Nights, that you can play.", [][2]string{{"Tallow Nights", "MISC"}}, []string{"work"}, ""},
		{"topic-trade-list", "There are versions of titles, such as Tallow Nights, that you can play.", [][2]string{{"Tallow Nights", "MISC"}}, nil, ""},
		{"topic-trade-list", "Fans want mobile games. There are puzzle games and strategy games. Racing games are big. Firms such as Tallow Nights make them.", [][2]string{{"Tallow Nights", org}}, nil, ""},
		{"star-in", "She will star in Greyhill Road.", [][2]string{{"Greyhill Road", loc}}, []string{"work"}, ""},
		{"star-in", "She starred in Harlow last year.", [][2]string{{"Harlow", loc}}, []string{"work"}, ""},
		{"star-in", "She lives in Harlow.", [][2]string{{"Harlow", loc}}, nil, ""},
		{"person-list", "Among them were Ann Lee, Bo Ek, and Tarn Holloway.", [][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"Tarn Holloway", org}}, []string{"person/person-list"}, ""},
		{"person-list", "Tarn Holloway, Ann Lee and Bo Ek came.", [][2]string{{"Tarn Holloway", org}, {"Ann Lee", per}, {"Bo Ek", per}}, []string{"person/person-list"}, "Tarn Holloway"},
		{"person-list", "Tarn Holloway and Vell Power came.", [][2]string{{"Tarn Holloway", org}, {"Vell Power", org}}, nil, "Tarn Holloway"},
		{"people-noun-list", "It shows photographers Ann Lee, Pellam and Bo Ek.", [][2]string{{"Ann Lee", per}, {"Pellam", loc}, {"Bo Ek", per}}, []string{"person/people-noun-list"}, "Pellam"},
		{"people-noun-list", "It is led by singers such as Annaleen and Pellam.", [][2]string{{"Pellam", loc}}, []string{"person/people-noun-list"}, ""},
		{"people-noun-list", "Leading contenders Long Road and Pellam fell.", [][2]string{{"Long Road", "MISC"}, {"Pellam", loc}}, nil, ""},
		{"people-noun-list", "Survivors such as Pellam grew.", [][2]string{{"Pellam", loc}}, nil, ""},
		{"relative-which", "Sales rose at Tarn Holloway, which was bought last year.", [][2]string{{"Tarn Holloway", per}}, []string{"which/relative-which"}, ""},
		{"relative-which", "Sales rose, Tarn Holloway said, which surprised us.", [][2]string{{"Tarn Holloway", per}}, nil, ""},
		{"role-in", "She won for playing Ann Lee in Greyhill Road.", [][2]string{{"Ann Lee", per}, {"Greyhill Road", org}}, []string{"work"}, ""},
		{"role-in", "She won for her role as Ann Lee in Greyhill Road.", [][2]string{{"Ann Lee", per}, {"Greyhill Road", loc}}, []string{"work"}, ""},
		{"role-in", "Greyhill Road, starring Ann Lee, opened.", [][2]string{{"Greyhill Road", org}, {"Ann Lee", per}}, []string{"work"}, "Greyhill Road"},
		{"role-in", "They played in Harlow on Sunday.", [][2]string{{"Harlow", loc}}, nil, ""},
		{"role-in", "They played Ann Lee's side in Harlow.", [][2]string{{"Ann Lee", per}, {"Harlow", loc}}, nil, ""},
		{"work-source", "She loved the film version of Tarn Holloway.", [][2]string{{"Tarn Holloway", per}}, []string{"work"}, ""},
		{"work-source", "It is an adaptation of The Quiet Harbour.", [][2]string{{"Quiet Harbour", loc}}, []string{"work"}, ""},
		{"work-source", "Fans came to the UK premiere of Tallow Nights.", [][2]string{{"Tallow Nights", org}}, []string{"work"}, ""},
		{"work-source", "It is a new staging of Greyhill Road.", [][2]string{{"Greyhill Road", per}}, []string{"work"}, ""},
		{"work-source", "There was a screening of Harlow Voices on Monday.", [][2]string{{"Harlow Voices", loc}}, []string{"work"}, ""},
		{"work-source", "It was the premiere of Ann Lee's new play.", [][2]string{{"Ann Lee", per}}, nil, ""},
		{"work-source", "It is a new version of Acme Office.", [][2]string{{"Acme Office", org}}, nil, ""},
		{"work-source", "He made the film version of Ann Lee's novel.", [][2]string{{"Ann Lee", per}}, nil, ""},
		{"work-source", "She starred in the film version of the Ann Lee and Bo Ek classic.", [][2]string{{"Ann Lee", per}, {"Bo Ek", per}}, nil, "Ann Lee"},
		{"best-work", "Quiet Harbour won best film.", [][2]string{{"Quiet Harbour", org}}, []string{"work"}, ""},
		{"best-work", "Tallow Nights has scooped the best foreign film award.", [][2]string{{"Tallow Nights", per}}, []string{"work"}, ""},
		{"best-work", "Greyhill Road was named best comedy at the ceremony.", [][2]string{{"Greyhill Road", org}}, []string{"work"}, ""},
		{"best-work", "Ann Kell was named best musical actress.", [][2]string{{"Ann Kell", per}}, nil, ""},
		{"best-work", "Tarn Holloway won best album.", [][2]string{{"Tarn Holloway", org}}, nil, ""},
		{"best-work", "The film from Harlow won best film.", [][2]string{{"Harlow", loc}}, nil, ""},
		{"best-work", "Tallow Nights picked up the best film award.", [][2]string{{"Tallow Nights", org}}, []string{"work"}, ""},
		{"best-work", "Tallow Nights has been named best film.", [][2]string{{"Tallow Nights", loc}}, []string{"work"}, ""},
		{"best-work", "Ann Kell won best novel.", [][2]string{{"Ann Kell", per}}, nil, ""},
		{"best-work", "Fans loved Tallow Nights, which won the award for best drama.", [][2]string{{"Tallow Nights", per}}, []string{"work"}, ""},
		{"best-work", "Fans loved Ann Kell, which won the award for best actress.", [][2]string{{"Ann Kell", per}}, nil, ""},
		{"best-work", "Ann Lee's Tallow Nights and Greyhill Road are shortlisted in the best play category.", [][2]string{{"Ann Lee", per}, {"Tallow Nights", per}, {"Greyhill Road", org}}, []string{"work"}, "Greyhill Road"},
		{"best-work", "Ann Kell is shortlisted in the best actress category.", [][2]string{{"Ann Kell", per}}, nil, ""},
		{"appositive", "Greyhill Road, the play, opened in Harlow.", [][2]string{{"Greyhill Road", per}, {"Harlow", loc}}, []string{"work"}, "Greyhill Road"},
		{"appositive", "Greyhill Road, a play, opened in Harlow.", [][2]string{{"Greyhill Road", per}, {"Harlow", loc}}, []string{"work"}, "Greyhill Road"},
		{"appositive", "Greyhill Road, the musical, opened in Harlow.", [][2]string{{"Greyhill Road", per}, {"Harlow", loc}}, []string{"work"}, "Greyhill Road"},
		{"appositive", "Ann Kell, the musical director, spoke.", [][2]string{{"Ann Kell", per}}, nil, ""},
		{"best-work", "Tarn Holloway won best actor.", [][2]string{{"Tarn Holloway", per}}, nil, ""},
		{"work-part", "They found a take of Quiet Harbour.", [][2]string{{"Quiet Harbour", per}}, []string{"work"}, ""},
		{"work-part", "She sang a rendition of Greyhill Road.", [][2]string{{"Greyhill Road", org}}, []string{"work"}, ""},
		{"work-part", "He returns in an episode of Quiet Harbour.", [][2]string{{"Quiet Harbour", per}}, []string{"work"}, ""},
		{"work-part", "Millions watched the latest series of Greyhill Road.", [][2]string{{"Greyhill Road", org}}, []string{"work"}, ""},
		{"work-part", "Acme sold a series of Greyhill Road homes.", [][2]string{{"Greyhill Road", loc}}, nil, ""},
		{"work-part", "It was the last episode of Brightwave sketch show Tallow.", [][2]string{{"Brightwave", org}, {"Tallow", per}}, nil, ""},
		{"work-part", "He read the morning edition of the Daily Courier.", [][2]string{{"Daily Courier", org}}, nil, ""},
		{"work-list", "He made television series such as Quiet Harbour, Tallow and Greyhill Road.", [][2]string{{"Quiet Harbour", org}, {"Tallow", per}, {"Greyhill Road", loc}}, []string{"work"}, ""},
		{"possessive-work", "It was a contrast to Ann Lee's Quiet Harbour.", [][2]string{{"Ann Lee", per}, {"Quiet Harbour", per}}, []string{"work"}, ""},
		{"possessive-work", "It was a contrast to Ann Lee's Tallow Road, a drama.", [][2]string{{"Ann Lee", per}, {"Tallow Road", org}}, []string{"work"}, ""},
		{"possessive-work", "It was shortlisted with Ann Lee's The Harlow Boys.", [][2]string{{"Ann Lee", per}, {"Harlow Boys", org}}, []string{"work"}, ""},
		{"possessive-work", "It was shortlisted with Ann Lee's the Harlow Boys.", [][2]string{{"Ann Lee", per}, {"Harlow Boys", org}}, nil, ""},
		{"possessive-work", "It was a contrast to Ann Lee's Ann Kell.", [][2]string{{"Ann Lee", per}, {"Ann Kell", per}}, nil, ""},
		{"possessive-work", "Ann Lee's Acme shares rose.", [][2]string{{"Ann Lee", per}, {"Acme", org}}, nil, ""},
		{"possessive-work", "Ann Lee's Reds Party won.", [][2]string{{"Ann Lee", per}, {"Reds Party", org}}, nil, ""},
		{"possessive-work", "It was a contrast to Harlow's Quiet Harbour.", [][2]string{{"Harlow", per}, {"Quiet Harbour", per}}, nil, ""},
		{"the-title", "Their show beat The Green Lamp in the ratings.", [][2]string{{"The Green Lamp", org}}, []string{"theTitle"}, ""},
		{"the-title", "It is a sequel to The Wealth of Harlow.", [][2]string{{"Wealth of Harlow", org}}, []string{"theTitle"}, ""},
		{"the-title", "She will co-star in Ann Lee's The Harbour Code.", [][2]string{{"Ann Lee", per}, {"Harbour Code", org}}, []string{"theTitle"}, ""},
		{"the-title", "Its 's The Harbour Code rose.", [][2]string{{"Harbour Code", org}}, nil, ""},
		{"the-title", "Fans of The Harlow Boys cheered.", [][2]string{{"The Harlow Boys", org}}, nil, ""},
		{"the-title", "Funds went to The Harlow's Trust.", [][2]string{{"The Harlow's Trust", org}}, nil, ""},
		{"the-title", "The Green Lamp won.", [][2]string{{"Green Lamp", org}}, nil, ""},
		{"the-title", "She remarked to The Harlow Gazette that it was fine.", [][2]string{{"The Harlow Gazette", org}}, nil, ""},
		{"the-title", "She told The Harlow Lamp that it was fine.", [][2]string{{"The Harlow Lamp", org}}, nil, ""},
		{"work-list", "There are ports of arcade classics such as Quiet Harbour, Tallow and Greyhill Road.", [][2]string{{"Quiet Harbour", per}, {"Tallow", loc}, {"Greyhill Road", per}}, []string{"work"}, ""},
		{"work-title", "He is remaking the Harlow classic Greyhill Road.", [][2]string{{"Harlow", loc}, {"Greyhill Road", per}}, []string{"work"}, ""},
		{"work-list", "He visited cities such as Harlow and Pellam.", [][2]string{{"Harlow", loc}, {"Pellam", loc}}, nil, ""},
		{"work-list", "Their other hits including Quiet Harbour, Tallow and Greyhill Road.", [][2]string{{"Quiet Harbour", per}, {"Tallow", org}, {"Greyhill Road", per}}, []string{"work"}, "Tallow"},
		{"work-list", "The band played singles such as Quiet Harbour.", [][2]string{{"Quiet Harbour", per}}, []string{"work"}, ""},
		{"work-list", "He took big hits from players like Bo Ek.", [][2]string{{"Bo Ek", per}}, nil, ""},
		{"work-list", "It sells computer games such as Riders of the Quiet Harbour and Greyhill Nights.", [][2]string{{"Quiet Harbour", loc}, {"Greyhill Nights", per}}, []string{"work"}, ""},
		{"work-list", "It sells computer games such as Riders of the Quiet Harbour and Greyhill Nights.", [][2]string{{"Quiet Harbour", loc}, {"Greyhill Nights", per}}, []string{"work"}, "Quiet Harbour"},
		{"work-list", "They won games such as Harlow and Pellam.", [][2]string{{"Harlow", loc}, {"Pellam", loc}}, nil, ""},
		{"work-list", "He won big games such as the Harlow Cup final.", [][2]string{{"Harlow Cup final", "EVENT"}}, nil, ""},
		{"work-noun-list", "Soap operas Quiet Harbour, Tallow plus The Greyhill Road all made the list.", [][2]string{{"Quiet Harbour", per}, {"Tallow", org}, {"Greyhill Road", per}}, []string{"work"}, ""},
		{"work-noun-list", "Soap operas Quiet Harbour, Tallow plus The Greyhill Road all made the list.", [][2]string{{"Quiet Harbour", per}, {"Tallow", org}, {"Greyhill Road", per}}, []string{"work"}, "Quiet Harbour"},
		{"work-noun-list", "She loved the old sitcoms Quiet Harbour and Tallow.", [][2]string{{"Quiet Harbour", per}, {"Tallow", org}}, []string{"work"}, "Tallow"},
		{"work-noun-list", "The films Acme made in Harlow did well.", [][2]string{{"Acme", org}, {"Harlow", loc}}, nil, "Acme"},
		{"work-noun-list", "He wrote novels, plays and Quiet Harbour.", [][2]string{{"Quiet Harbour", per}}, nil, ""},
		{"work-noun-list", "He joined the series Quiet Harbour and Tallow.", [][2]string{{"Quiet Harbour", per}, {"Tallow", org}}, nil, "Tallow"},
		{"work-noun-list", "The 21-year-old plays Tarn Holloway or Vell Power next.", [][2]string{{"Tarn Holloway", per}, {"Vell Power", per}}, nil, "Tarn Holloway"},
		{"work-noun-list", "She loved his films Quiet Harbour and Tallow.", [][2]string{{"Quiet Harbour", per}, {"Tallow", org}}, []string{"work"}, "Quiet Harbour"},
		{"work-subject-list", "Other Norlandic shows which won praise were The Quiet Harbour, Tallow and Greyhill Road.", [][2]string{{"Norlandic", "MISC"}, {"Quiet Harbour", per}, {"Tallow", per}, {"Greyhill Road", org}}, []string{"work"}, ""},
		{"work-subject-list", "His films include Quiet Harbour and Tallow.", [][2]string{{"Quiet Harbour", per}, {"Tallow", org}}, []string{"work"}, "Quiet Harbour"},
		{"work-subject-list", "Movies tipped for success include Quiet Harbour.", [][2]string{{"Quiet Harbour", per}}, []string{"work"}, ""},
		{"work-subject-list", "Among the films receiving four nominations apiece were Quiet Harbour and Tallow.", [][2]string{{"Quiet Harbour", per}, {"Tallow", org}}, []string{"work"}, "Tallow"},
		{"work-subject-list", "Ann Lee and the players receiving caps were Bo Ek and Tallow.", [][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"Tallow", org}}, nil, "Tallow"},
		{"work-subject-list", "Big games include Harlow and Pellam.", [][2]string{{"Harlow", org}, {"Pellam", org}}, nil, ""},
		{"work-subject-list", "The films were made by Acme and Vell.", [][2]string{{"Acme", org}, {"Vell", org}}, nil, ""},
		{"work-noun-list", "Dramas such as Quiet Harbour and Tallow won.", [][2]string{{"Quiet Harbour", per}, {"Tallow", org}}, nil, "Tallow"},
		{"work-list", "Shops that sell cheap games, like Acme and Vell, grew.", [][2]string{{"Acme", org}, {"Vell", org}}, nil, ""},
		{"work-list", "The channel showed television programmes such as Quiet Harbour and Tallow.", [][2]string{{"Quiet Harbour", org}, {"Tallow", per}}, []string{"work"}, ""},
		{"work-list", "He made films such as the Mayor of Harlow and Pellam.", [][2]string{{"Harlow", loc}, {"Pellam", loc}}, []string{"work"}, ""},
		{"work-by-author", "Quiet Harbour by Ann Lee won the prize.", [][2]string{{"Quiet Harbour", per}, {"Ann Lee", per}}, []string{"work"}, "Quiet Harbour"},
		{"work-by-author", "They beat Harlow by Ann Lee's goal.", [][2]string{{"Harlow", org}, {"Ann Lee", per}}, nil, "Harlow"},
		{"own-work", "He filmed the video for his Quiet Harbour single in a jail.", [][2]string{{"Quiet Harbour", org}}, []string{"work"}, ""},
		{"own-work", "She sang their Tallow album track.", [][2]string{{"Tallow", per}}, nil, ""},
		{"own-work", "He left his Acme job.", [][2]string{{"Acme", org}}, nil, ""},
		{"own-work", "They came second for their Harlow performance in June.", [][2]string{{"Harlow", loc}}, nil, ""},
		{"own-work", "They toured with their Harlow hit.", [][2]string{{"Harlow", loc}}, []string{"work"}, ""},
		{"descriptor-after", "The Kestrel news agency reported it.", [][2]string{{"Kestrel", org}}, []string{"NewsMediaOrganization/descriptor"}, ""},
		{"descriptor-after", "Norlandic militants attacked.", [][2]string{{"Norlandic", "MISC"}}, []string{"ArmedGroup/descriptor"}, ""},
		{"descriptor-before", "The activist Tarn Holloway spoke.", [][2]string{{"Tarn Holloway", per}}, nil, ""},
		{"descriptor-before", "The retailer Vell Power grew.", [][2]string{{"Vell Power", per}}, []string{"Corporation/descriptor"}, ""},
		{"descriptor-before", "It was a glossy Tarvik version of the tale.", [][2]string{{"Tarvik", loc}}, nil, ""},
		{"descriptor-after", "The Tarvik river burst its banks.", [][2]string{{"Tarvik", org}}, []string{"BodyOfWater/venue-noun"}, ""},
		{"descriptor-after", "Acme, Tarvik main shareholders' group, sued.", [][2]string{{"Acme", org}, {"Tarvik", org}}, nil, ""},
		{"descriptor-after", "The Lee administration fell.", [][2]string{{"Lee", per}}, nil, ""},
		{"descriptor-after", "The Lee agency fell.", [][2]string{{"Lee", org}}, []string{"GovernmentOrganization/descriptor", "group"}, ""},
		{"descriptor-after", "Red Dawn claimed responsibility.", [][2]string{{"Red Dawn", org}}, []string{"ArmedGroup/verb-frame"}, ""},
		{"of-phrase", "He lives in the city of Brelin.", [][2]string{{"Brelin", loc}}, []string{"City/of-phrase"}, ""},
		{"of-phrase", "He is the governor of Brelin.", [][2]string{{"Brelin", loc}}, []string{"AdministrativeArea/of-phrase"}, ""},
		{"of-phrase", "The first inhabitants of Brelin were fishermen.", [][2]string{{"Brelin", org}}, []string{"Place/of-phrase"}, ""},
		{"of-phrase", "Residents of Brelin protested.", [][2]string{{"Brelin", org}}, []string{"Place/of-phrase"}, ""},
		{"of-phrase", "A native of Brelin said so.", [][2]string{{"Brelin", per}}, []string{"Place/of-phrase"}, ""},
		{"of-phrase", "They sailed to the island of Brelin.", [][2]string{{"Brelin", per}}, []string{"Place/of-phrase"}, ""},
		{"of-phrase", "She joined the bank of Brelin.", [][2]string{{"Brelin", per}}, nil, ""},
		{"outlet-frame", "He was quoted by Brightwave.", [][2]string{{"Brightwave", org}}, []string{"NewsMediaOrganization/verb-frame"}, ""},
		{"equity", "Investors sold shares in Quarnell.", [][2]string{{"Quarnell", loc}}, []string{"Corporation/equity"}, ""},
		{"equity", "Shares in Quarnell fell.", [][2]string{{"Quarnell", loc}}, []string{"Corporation/equity"}, ""},
		{"equity", "Quarnell shares rose.", [][2]string{{"Quarnell", per}}, []string{"Corporation/equity"}, ""},
		{"equity", "Quarnell's profits doubled.", [][2]string{{"Quarnell", org}}, []string{"Corporation/equity"}, ""},
		{"equity", "Quarnell's profits doubled.", [][2]string{{"Quarnell", extract.Miscellaneous}}, nil, ""},
		{"equity", "Harlow shares fell.", [][2]string{{"Harlow", loc}}, nil, ""},
		{"equity", "Ann Lee's shares were sold.", [][2]string{{"Ann Lee", per}}, nil, ""},
		{"equity", "The Quarnell share price fell.", [][2]string{{"Quarnell", org}}, nil, ""},
		{"place-frame", "Investors sold shares in Quarnell.", [][2]string{{"Quarnell", loc}}, nil, ""},
		{"place-frame", "The talks were held in Pellam.", [][2]string{{"Pellam", org}}, []string{"Place/place-frame", "placeCtx=1"}, ""},
		{"place-frame", "He spoke with Pellam.", [][2]string{{"Pellam", org}}, nil, ""},
		{"place-frame", "He toured pubs in Harlow and Pellam.", [][2]string{{"Harlow", loc}, {"Pellam", org}}, []string{"Place/place-frame", "placeCtx=1"}, ""},
		{"place-frame", "He toured pubs in Harlow, Vornsby or Pellam.", [][2]string{{"Harlow", loc}, {"Vornsby", loc}, {"Pellam", org}}, []string{"Place/place-frame", "placeCtx=1"}, ""},
		{"place-frame", "He met Harlow and Pellam.", [][2]string{{"Harlow", loc}, {"Pellam", org}}, nil, ""},
		{"place-frame", "Jobs will move to Birmingham and Pellam.", [][2]string{{"Birmingham", loc}, {"Pellam", org}}, []string{"Place/place-frame", "placeCtx=1"}, ""},
		{"place-frame", "I listen to Vornsby and Pellam.", [][2]string{{"Vornsby", loc}, {"Pellam", org}}, []string{"placeCtx=1"}, ""},
		{"place-frame", "Said Bo Ek, an analyst at Pellam Securities.", [][2]string{{"Bo Ek", per}, {"Pellam Securities", loc}}, []string{"employer/employer-frame"}, ""},
		{"place-frame", "Said Bo Ek, head of policy at Tarvik charity the Vell Trust.", [][2]string{{"Bo Ek", per}, {"Tarvik", loc}, {"Vell Trust", org}}, []string{"placeCtx=1"}, "Tarvik"},
		{"place-frame", "Said Bo Ek, an editor at Tarvik magazine.", [][2]string{{"Bo Ek", per}, {"Tarvik", loc}}, []string{"employer/employer-frame"}, ""},
		{"place-frame", "Said correspondent Bo Ek at Pellam.", [][2]string{{"Bo Ek", per}, {"Pellam", loc}}, []string{"placeCtx=1"}, ""},
		{"place-frame", "Said Bo Ek, chief economist for the region at Tarvik Bank.", [][2]string{{"Bo Ek", per}, {"Tarvik Bank", loc}}, []string{"employer/employer-frame"}, ""},
		{"place-frame", "Said Bo Ek, director of Norland Equities at Tarvik Bank.", [][2]string{{"Bo Ek", per}, {"Norland Equities", org}, {"Tarvik Bank", loc}}, []string{"employer/employer-frame"}, ""},
		{"place-frame", "Said Bo Ek, an analyst with Pellam Securities.", [][2]string{{"Bo Ek", per}, {"Pellam Securities", per}}, []string{"employer/employer-frame"}, ""},
		{"place-frame", "Said Bo Ek, a friend with Pellam Vance.", [][2]string{{"Bo Ek", per}, {"Pellam Vance", per}}, nil, ""},
		{"place-frame", "Said Bo Ek at Pellam.", [][2]string{{"Bo Ek", per}, {"Pellam", loc}}, []string{"placeCtx=1"}, ""},
		{"place-frame", "The director spoke about the region at Pellam.", [][2]string{{"Pellam", loc}}, []string{"placeCtx=1"}, ""},
		{"dateline", "VELDEN, Ostmark (WN) — The mayor won.", [][2]string{{"VELDEN", loc}, {"Ostmark", loc}, {"WN", loc}}, []string{"NewsMediaOrganization/dateline", "credit"}, ""},
		{"title-before", "They thanked Mr Halvard.", [][2]string{{"Halvard", org}}, []string{"personCtx=1", "personWord"}, ""},
		{"title-before", "They will miss Halvard.", [][2]string{{"Halvard", org}}, nil, ""},
		{"appositive", "The chip runs at 4 Tarvik, the firms said.", [][2]string{{"Tarvik", "MISC"}}, nil, ""},
		{"place-frame", "They replaced executive Bo Ek with Pellam Vance.", [][2]string{{"Bo Ek", per}, {"Pellam Vance", per}}, nil, ""},
		{"appositive", "Pellam, a shipping firm, carried them.", [][2]string{{"Pellam", org}}, []string{"Corporation/appositive"}, ""},
		{"appositive", "Pellam, a new laptop, sold out.", [][2]string{{"Pellam", org}}, []string{"model=1", "product/appositive"}, ""},
		{"appositive", "Pellam, a laptop maker, grew.", [][2]string{{"Pellam", org}}, []string{"Corporation/appositive"}, ""},
		{"appositive", "Pellam, a car racing game, sold out.", [][2]string{{"Pellam", org}}, nil, ""},
		{"appositive", "They met Pellam - a shipping firm - at noon.", [][2]string{{"Pellam", org}}, []string{"Corporation/appositive"}, ""},
		{"appositive", "Pellam - The shipping firm sank.", [][2]string{{"Pellam", org}}, nil, ""},
		{"place-list", "It spread to other cities: Vornsby or Lagos, Cairo, Nairobi.", [][2]string{{"Vornsby", org}, {"Lagos", loc}, {"Cairo", loc}, {"Nairobi", loc}}, []string{"Place/place-list"}, "Vornsby"},
		{"place-list", "Riots spread to Lagos, Cairo and Vornsby.", [][2]string{{"Lagos", loc}, {"Cairo", loc}, {"Vornsby", "MISC"}}, []string{"Place/place-list"}, ""},
		{"place-list", "Vornsby, Pellam and Lagos played.", [][2]string{{"Vornsby", org}, {"Pellam", org}, {"Lagos", org}}, nil, "Vornsby"},
		{"place-list", "Vornsby or Lagos, Cairo, Nairobi.", [][2]string{{"Vornsby", loc}, {"Lagos", loc}, {"Cairo", loc}, {"Nairobi", loc}}, nil, "Vornsby"},
		{"shared-head", "She produces the Vornsby and Pellam Awards.", [][2]string{{"Vornsby", org}, {"Pellam Awards", "MISC"}}, []string{"award", "award/shared-head"}, "Vornsby"},
		{"shared-head", "She produces the Vornsby and Pellam Studios.", [][2]string{{"Vornsby", org}, {"Pellam Studios", org}}, nil, "Vornsby"},
		{"shared-head", "They toured the old Vornsby and Pellam districts.", [][2]string{{"Vornsby", per}, {"Pellam", org}}, []string{"City/shared-head"}, "Vornsby"},
		{"plural-subject", "Velden Crew were a hit.", [][2]string{{"Velden Crew", per}}, []string{"plural/plural-subject"}, ""},
		{"plural-subject", "Ann Lee and Velden Crew were there.", [][2]string{{"Ann Lee", per}, {"Velden Crew", per}}, nil, ""},
		{"plural-subject", "The Velden were a people.", [][2]string{{"Velden", per}}, nil, ""},
		{"plural-subject", "Ann Lee was there.", [][2]string{{"Ann Lee", per}}, nil, ""},
		{"plural-relative", "Velden Crew, who were shortlisted, won.", [][2]string{{"Velden Crew", per}}, []string{"plural/plural-relative"}, ""},
		{"plural-relative", "Ann Lee, who was shortlisted, won.", [][2]string{{"Ann Lee", per}}, nil, ""},
		{"plural-relative", "Bo Ek, Ann Lee, who were shortlisted, won.", [][2]string{{"Bo Ek", per}, {"Ann Lee", per}}, nil, ""},
		{"product-context", "The Quarnell worm has infected computers.", [][2]string{{"Quarnell", loc}}, []string{"product/product-context"}, ""},
		{"product-context", "She bought the new Tarvik sedan.", [][2]string{{"Tarvik", per}}, []string{"product/product-context"}, ""},
		{"product-context", "He used a Velden laptop at work.", [][2]string{{"Velden", loc}}, []string{"product/product-context"}, ""},
		{"product-context", "It sold the blood pressure drug Tarvin in Norland.", [][2]string{{"Tarvin", org}, {"Norland", loc}}, []string{"model=1", "product/product-context"}, "Tarvin"},
		{"product-context", "The drug Tarvin's sales grew.", [][2]string{{"Tarvin", org}}, nil, ""},
		{"product-context", "Drug Tarvin was approved.", [][2]string{{"Tarvin", org}}, nil, ""},
		{"product-context", "Acme will ship its Tarvik console.", [][2]string{{"Acme", org}, {"Tarvik", org}}, []string{"model=1", "product/product-context"}, ""},
		{"product-context", "Acme showed off the new Tarvik browser.", [][2]string{{"Acme", org}, {"Tarvik", org}}, []string{"product/product-context"}, ""},
		{"product-context", "Sales of Tarvik laptops grew.", [][2]string{{"Tarvik", org}}, nil, ""},
		{"product-context", "Workers at the Tarvik car plant left.", [][2]string{{"Tarvik", org}}, nil, ""},
		{"product-context", "She bought a Norway car.", [][2]string{{"Norway", loc}}, nil, ""},
		{"product-context", "He read the Tarvik website.", [][2]string{{"Tarvik", org}}, nil, ""},
		{"product-context", "Acme's Tarvik software is popular.", [][2]string{{"Acme", org}, {"Tarvik", loc}}, []string{"model=1", "product/product-context"}, ""},
		{"product-context", "Users like the Tarvik software.", [][2]string{{"Tarvik", per}}, []string{"product/product-context"}, ""},
		{"product-context", "Tarvik software runs the tills.", [][2]string{{"Tarvik", org}}, nil, ""},
		{"called", "I did a track called Quiet Harbour for it.", [][2]string{{"Quiet Harbour", org}}, []string{"work"}, ""},
		{"called", "He saw a man called Bo Ek.", [][2]string{{"Bo Ek", per}}, nil, ""},
		{"called", "They bought a company called Tarvica last year.", [][2]string{{"Tarvica", per}}, []string{"Corporation/called"}, ""},
		{"called", "It hired a small shipping firm named Tarvica.", [][2]string{{"Tarvica", loc}}, []string{"Corporation/called"}, ""},
		{"called", "Acme will ship Vellix, code-named Harlowgate, next year.", [][2]string{{"Acme", org}, {"Vellix", "MISC"}, {"Harlowgate", per}}, []string{"model=1", "product/code-name"}, ""},
		{"called", "It sells a new laptop called Velkaroo.", [][2]string{{"Velkaroo", per}}, []string{"model=1", "product/called"}, ""},
		{"called", "They met a man called Bo Ek.", [][2]string{{"Bo Ek", per}}, nil, ""},
		{"called", "They used a service called Tarvica.", [][2]string{{"Tarvica", org}}, nil, ""},
		{"called", "The company called Tarvica's offer low.", [][2]string{{"Tarvica", org}}, nil, ""},
		{"called", "They hired a firm called Tarvica Software.", [][2]string{{"Tarvica", org}}, nil, ""},
		{"prize-context", "Ann Kell won an Ostry for the drama.", [][2]string{{"Ann Kell", per}, {"Ostry", per}}, []string{"award/prize-context"}, ""},
		{"prize-context", "The film picked up two Ostrys.", [][2]string{{"Ostrys", loc}}, []string{"award/prize-context"}, ""},
		{"prize-context", "She was nominated for a Velden.", [][2]string{{"Velden", loc}}, []string{"award/prize-context"}, ""},
		{"prize-context", "The film got five Ostry nominations.", [][2]string{{"Ostry", org}}, []string{"award/prize-context"}, ""},
		{"prize-context", "She went to the Ostry awards.", [][2]string{{"Ostry", loc}}, []string{"award/prize-context"}, ""},
		{"prize-context", "She went to the Acme awards.", [][2]string{{"Acme", org}}, nil, ""},
		{"prize-context", "Norland won Pellam in the vote.", [][2]string{{"Norland", org}, {"Pellam", loc}}, nil, ""},
		{"prize-context", "Norland won the Pellam in the vote.", [][2]string{{"Norland", org}, {"Pellam", loc}}, nil, ""},
		{"prize-context", "Norland won three Pellam Cups.", [][2]string{{"Norland", org}, {"Pellam Cups", org}}, nil, ""},
		{"prize-context", "She was a rare Norway nominee.", [][2]string{{"Norway", loc}}, nil, ""},
		{"prize-context", "Acme won a Pellam contract.", [][2]string{{"Acme", org}, {"Pellam", loc}}, nil, ""},
		{"prize-context", "Ann Kell nominated Bo Ek for the post.", [][2]string{{"Ann Kell", per}, {"Bo Ek", per}}, nil, "Ann Kell"},
		{"prize-context", "Harlow winning the match was a shock.", [][2]string{{"Harlow", loc}}, nil, ""},
		{"shared-head", "They toured the Vornsby and Pellam provinces.", [][2]string{{"Vornsby", per}, {"Pellam", org}}, []string{"AdministrativeArea/shared-head"}, "Vornsby"},
		{"shared-head", "They toured the Vornsby and Pellam villages.", [][2]string{{"Vornsby", per}, {"Pellam", org}}, []string{"City/shared-head"}, "Vornsby"},
		{"shared-head", "Ministers from Norlandic and Ostmarkish countries met.", [][2]string{{"Norlandic", "MISC"}, {"Ostmarkish", "MISC"}}, nil, "Norlandic"},
		{"descriptor-after", "They toured the old Vornsby and Pellam districts.", [][2]string{{"Vornsby", per}, {"Pellam", org}}, []string{"City/shared-head"}, ""},
		{"before-person", "It stars Pellam actor Ann Lee.", [][2]string{{"Pellam", per}, {"Ann Lee", per}}, []string{"before-person/before-person", "work"}, "Pellam"},
		{"before-person", "It stars Pellam analyst Ann Lee.", [][2]string{{"Pellam", per}, {"Ann Lee", per}}, []string{"before-person/before-person"}, "Pellam"},
		{"before-person", "It stars Pellam and actor Ann Lee.", [][2]string{{"Pellam", per}, {"Ann Lee", per}}, nil, "Pellam"},
		{"result", "Acme took the lead with a 4-1 cruise past Pellam.", [][2]string{{"Acme", org}, {"Pellam", loc}}, []string{"team/result"}, ""},
		{"result", "It ended in a 95-68 home victory over the Pellam Saints.", [][2]string{{"Pellam Saints", org}}, []string{"team/result"}, ""},
		{"result", "It ended in a 2-1 win at Pellam.", [][2]string{{"Pellam", loc}}, nil, ""},
		{"result", "Harlow beat Pellam 2-1 on Sunday.", [][2]string{{"Harlow", loc}, {"Pellam", loc}}, []string{"team/result"}, ""},
		{"result", "Harlow v Pellam ended 20-20.", [][2]string{{"Harlow", loc}, {"Pellam", loc}}, []string{"team/result"}, "Harlow"},
		{"result", "Harlow v Pellam (Sat)", [][2]string{{"Harlow", loc}, {"Pellam", loc}}, []string{"team/result"}, "Harlow"},
		{"result", "Harlow beat Pellam in the vote.", [][2]string{{"Harlow", loc}, {"Pellam", loc}}, nil, ""},
		{"result", "Harlow won 3-1 on Sunday.", [][2]string{{"Harlow", loc}}, []string{"team/result"}, ""},
		{"result", "Harlow won the right to host the games.", [][2]string{{"Harlow", loc}}, nil, ""},
		{"result", "Harlow troops attacked Pellam.", [][2]string{{"Harlow", loc}, {"Pellam", loc}}, nil, ""},
		{"result", "Ann Lee beat Pellam's Bo Ek 7-5.", [][2]string{{"Ann Lee", per}, {"Pellam", loc}, {"Bo Ek", per}}, nil, "Pellam"},
		{"result", "Harlow beat Pellam by four wickets.", [][2]string{{"Harlow", loc}, {"Pellam", loc}}, []string{"team/result"}, ""},
		{"result", "Harlow beat Pellam by 12 runs.", [][2]string{{"Harlow", loc}, {"Pellam", loc}}, []string{"team/result"}, "Harlow"},
		{"result", "Harlow beat Pellam by a wide margin.", [][2]string{{"Harlow", loc}, {"Pellam", loc}}, nil, "Harlow"},
		{"result", "Acme of Norland beat Tarvik of Ostmark 92-81.", [][2]string{{"Acme", org}, {"Norland", loc}, {"Tarvik", org}, {"Ostmark", loc}}, nil, "Norland"},
		{"score-line", "Harlow 2 Pellam 1", [][2]string{{"Harlow", loc}, {"Pellam", loc}}, []string{"team/score-line"}, "Harlow"},
		{"score-line", "Harlow 2 Pellam 1", [][2]string{{"Harlow", loc}, {"Pellam", loc}}, []string{"team/score-line"}, ""},
		{"score-line", "Harlow 228-9 in 50 overs.", [][2]string{{"Harlow", loc}}, []string{"team/score-line"}, ""},
		{"score-line", "Harlow 1996 Pellam 1997", [][2]string{{"Harlow", loc}, {"Pellam", loc}}, nil, "Harlow"},
		{"score-line", "Harlow has 3 mines and Pellam 2.", [][2]string{{"Harlow", loc}, {"Pellam", loc}}, nil, ""},
		{"score-line", "Harlow's 2-1 win.", [][2]string{{"Harlow", loc}}, nil, ""},
		{"score-line", "Ann Lee of Pellam 6-2, 2-6, 7-5.", [][2]string{{"Ann Lee", per}, {"Pellam", loc}}, nil, "Pellam"},
		{"speaker", "Pellam said profits rose.", [][2]string{{"Pellam", loc}}, []string{"speaker/speaker"}, ""},
		{"speaker", "Pellam shares rose.", [][2]string{{"Pellam", loc}}, nil, ""},
		{"copula", "Pellam is a shipping firm.", [][2]string{{"Pellam", org}}, []string{"Corporation/copula"}, ""},
		{"copula", "Pellam is now a shipping firm.", [][2]string{{"Pellam", org}}, []string{"Corporation/copula"}, ""},
		{"copula", "Pellam is not a shipping firm.", [][2]string{{"Pellam", org}}, nil, ""},
		{"copula", "The Pellam is a small laptop for schools.", [][2]string{{"Pellam", org}}, []string{"model=1", "product/copula"}, ""},
		{"copula", "Pellam is a drug company.", [][2]string{{"Pellam", org}}, []string{"Corporation/copula"}, ""},
		{"copula", "The owner of Pellam is a shipping firm.", [][2]string{{"Pellam", org}}, nil, ""},
		{"copula", "Pellam's a shipping firm.", [][2]string{{"Pellam", org}}, nil, ""},
		{"appositive", "Vell Power, the studio behind the film, said.", [][2]string{{"Vell Power", org}}, nil, ""},
		{"appositive", "Tarn Holloway, a story about a boy, won.", [][2]string{{"Tarn Holloway", per}}, []string{"work"}, ""},
		{"occur-frame", "Last week Pellam Fest happened, and Tarvik Days took place.", [][2]string{{"Pellam Fest", org}, {"Tarvik Days", per}}, []string{"EVENT/occur-frame"}, "Pellam Fest"},
		{"occur-frame", "Last week Pellam Fest happened, and Tarvik Days took place.", [][2]string{{"Pellam Fest", org}, {"Tarvik Days", per}}, []string{"EVENT/occur-frame"}, ""},
		{"occur-frame", "Since then Tarvik Days has occurred twice.", [][2]string{{"Tarvik Days", org}}, []string{"EVENT/occur-frame"}, ""},
		{"occur-frame", "Ann Lee happened to be in Pellam.", [][2]string{{"Ann Lee", per}, {"Pellam", loc}}, nil, "Ann Lee"},
		{"occur-frame", "Ann Lee took the bus.", [][2]string{{"Ann Lee", per}}, nil, ""},
		{"occur-frame", "Much happened in Pellam.", [][2]string{{"Pellam", loc}}, nil, ""},
		{"occur-frame", "After Tarvik Days occurred, we left.", [][2]string{{"Tarvik Days", org}}, []string{"EVENT/occur-frame"}, ""},
		{"occur-frame", "The end of Tarvik Days happened fast.", [][2]string{{"Tarvik Days", org}}, nil, ""},
		{"during", "The town was hit during Tarvik War, and rebuilt.", [][2]string{{"Tarvik War", org}}, []string{"EVENT/during"}, ""},
		{"on-air", "She was voted off the Velkan show on Sunday.", [][2]string{{"Velkan", loc}}, []string{"NewsMediaOrganization/on-air"}, ""},
		{"on-air", "It beat the fellow Velkan programme Blue Night.", [][2]string{{"Velkan", loc}, {"Blue Night", "MISC"}}, []string{"NewsMediaOrganization/on-air"}, "Velkan"},
		{"on-air", "She hosts the Velkan show's quiz.", [][2]string{{"Velkan", loc}}, nil, ""},
		{"on-air", "She hosts the Velkan show host award.", [][2]string{{"Velkan", loc}}, nil, ""},
		{"on-air", "Harlow lost the Velkan game.", [][2]string{{"Harlow", org}, {"Velkan", loc}}, nil, ""},
		{"on-air", "Ann Lee missed the Velkan show.", [][2]string{{"Ann Lee", per}, {"Velkan", per}}, nil, ""},
		{"on-air", "She watched a Velkan show.", [][2]string{{"Velkan", loc}}, nil, ""},
		{"festival-name", "It won at the Velkan film festival last year.", [][2]string{{"Velkan", "MISC"}}, []string{"EVENT/festival-name"}, ""},
		{"festival-name", "Crowds came to the Velkan festival.", [][2]string{{"Velkan", org}}, []string{"EVENT/festival-name"}, ""},
		{"festival-name", "She met the Velkan festival director.", [][2]string{{"Velkan", org}}, nil, ""},
		{"festival-name", "She joined the Velkan festival's jury.", [][2]string{{"Velkan", org}}, nil, ""},
		{"festival-name", "Crowds came to the Harlow festival.", [][2]string{{"Harlow", loc}}, nil, ""},
		{"festival-name", "Crowds came to the Velkan film.", [][2]string{{"Velkan", org}}, nil, ""},
		{"during", "It rained during the Pellam Fest.", [][2]string{{"Pellam Fest", per}}, []string{"EVENT/during"}, ""},
		{"during", "It rained during Ann Lee's visit.", [][2]string{{"Ann Lee", per}}, nil, ""},
		{"during", "It rained during the Pellam occupation.", [][2]string{{"Pellam", "MISC"}}, nil, ""},
		{"during", "It rained in Pellam.", [][2]string{{"Pellam", loc}}, nil, ""},
		{"appositive", "They watched Tarvik Days, an annual procession of masks.", [][2]string{{"Tarvik Days", per}}, []string{"EVENT/appositive"}, ""},
		{"life-verb", "Halvard was born in a small town.", [][2]string{{"Halvard", org}}, []string{"PER/life-verb"}, ""},
		{"life-verb", "In 1990 Halvard died.", [][2]string{{"Halvard", org}}, []string{"PER/life-verb"}, ""},
		{"life-verb", "Then Halvard had retired.", [][2]string{{"Halvard", loc}}, []string{"PER/life-verb"}, ""},
		{"life-verb", "The firm of Halvard died out.", [][2]string{{"Halvard", org}}, nil, ""},
		{"life-verb", "Halvard's dog died.", [][2]string{{"Halvard", org}}, nil, ""},
		{"life-verb", "Halvard was married to the job.", [][2]string{{"Halvard", org}}, nil, ""},
		{"life-verb", "Halvard died out.", [][2]string{{"Halvard", org}}, nil, ""},
		{"copula", "Tarvik Days is a festival of light.", [][2]string{{"Tarvik Days", per}}, []string{"EVENT/copula"}, ""},
		{"appositive", "VELDEN, Norland The conflicts in the north grew.", [][2]string{{"VELDEN", loc}, {"Norland", loc}}, nil, "VELDEN"},
		{"appositive", "Bo Ek, a war veteran, spoke.", [][2]string{{"Bo Ek", per}}, nil, ""},
		{"occur-frame", "The rally in Pellam took place.", [][2]string{{"Pellam", loc}}, nil, ""},
	}
	a, err := annotate.Default()
	if err != nil {
		t.Fatal(err)
	}
	rules := map[string]contextRule{}
	for _, r := range contextRules {
		rules[r.name] = r
	}
	seen := map[string]bool{}
	g := gaz(t)
	for _, row := range rows {
		seen[row.rule] = true
		t.Run(row.rule+": "+row.text, func(t *testing.T) {
			r, ok := rules[row.rule]
			if !ok {
				t.Fatalf("no construction %q", row.rule)
			}
			res := build(t, g, row.text, row.mentions)
			res.IndexMentions()
			mi := len(res.Mentions) - 1
			for i, m := range res.Mentions {
				if m.Text == row.read {
					mi = i
				}
			}
			w := newWindow(res, a.Lexicon(), g, mi)
			ev := &evidence{partOf: -1}
			r.read(w, ev)
			if diff := cmp.Diff(row.want, summary(ev)); diff != "" {
				t.Errorf("%s on %q (-want +got):\n%s", row.rule, row.text, diff)
			}
		})
	}
	for _, c := range ContextConstructions() {
		if !seen[c[0]] {
			t.Errorf("context construction %s has no row", c[0])
		}
	}
}
