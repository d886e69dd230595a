package gazetteer_test

import (
	"fmt"

	"github.com/kg-project/kg/extract/gazetteer"
)

func ExampleGazetteer_Country() {
	g, err := gazetteer.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, name := range []string{"Federal Republic of Germany", "French", "UK"} {
		c, ok := g.Country(name)
		fmt.Println(name, "->", c.Code, c.Name, c.QID, ok)
	}
	// Output:
	// Federal Republic of Germany -> DE Germany Q183 true
	// French -> FR France Q142 true
	// UK -> GB United Kingdom Q145 true
}

func ExampleGazetteer_Places() {
	g, err := gazetteer.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	p := g.Places("Lagos")[0]
	fmt.Println(p.Name, p.Country, p.Class, p.GeonameID)
	// Output:
	// Lagos NG P 2332459
}
