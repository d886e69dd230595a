// Package claim finds reported speech in news text: who said what, and
// through which outlet. Each claim has a speaker (an entity, or -1 when
// unnamed), an outlet that reported it (or -1), the span of what was said
// (a quotation, or the reported clause) and the reporting verb ("said",
// "was quoted as saying", "denied", "according to").
//
// Relations found inside a claim's span are the speaker's, not the
// document's: Process marks them with Relation.Claim, and the schema
// writes them as statements of the claim without a plain edge, so a user
// can ask what a ministry claimed and who denied it.
package claim
