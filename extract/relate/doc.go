// Package relate finds relations between the entities of a sentence.
package relate
