package temporal_test

import (
	"fmt"
	"time"

	"github.com/kg-project/kg/extract/temporal"
)

func ExampleFind() {
	text := "The March 22 attack, three days after a warning, killed over 140 people; talks resumed on Friday."
	published := time.Date(2024, 3, 29, 0, 0, 0, 0, time.UTC)
	for _, e := range temporal.Find(text, published) {
		fmt.Printf("%-18q %-8s %-17s %s\n", text[e.Start:e.End], e.Type, e.Class, e.Value)
	}
	// Output:
	// "March 22"         DATE     Date              2024-03-22
	// "over 140 people"  QUANTITY QuantitativeValue 140
	// "Friday"           DATE     Date              2024-03-29
}
