// Package temporal finds dates, times and quantities in a document and adds
// them as literal mentions (extract.Date, extract.Quantity) with a
// normalised value:
//
//   - dates as ISO 8601: "May 3, 2021" -> 2021-05-03; "May 3" with a
//     known publication date -> the nearest such day, without one ->
//     --05-03 (an XML Schema gMonthDay); "early May" -> the month;
//     "on Friday", "yesterday", "last week", "two days ago" -> resolved
//     against the publication date when it is known, else kept as text with
//     an empty value; "three days before the attack" is kept for the event
//     stage, which knows the attack's date;
//   - times and date-times: "at 3 p.m. on Friday" -> 2024-03-22T15:00;
//   - quantities as numbers: "over 140 people" -> 140, "$9.6 billion" ->
//     9600000000 (class MonetaryAmount), "six days" -> P6D (class
//     Duration); vague amounts ("hundreds of vessels") are kept as text.
//
// Everything is done with general English rules over the tokens; no
// mention of an entity (a person, organisation, place) is overlapped.
package temporal
