package temporal_test

import (
	"fmt"
	"time"

	"github.com/kg-project/kg/extract/temporal"
)

func ExampleFind() {
	text := "The June 4 flood, three days after a warning, killed over 60 people; talks resumed on Friday."
	published := time.Date(2023, 6, 9, 0, 0, 0, 0, time.UTC)
	for _, e := range temporal.Find(text, published) {
		fmt.Printf("%-18q %-8s %-17s %s\n", text[e.Start:e.End], e.Type, e.Class, e.Value)
	}
	// Output:
	// "June 4"           DATE     Date              2023-06-04
	// "over 60 people"   QUANTITY QuantitativeValue 60
	// "Friday"           DATE     Date              2023-06-09
}
