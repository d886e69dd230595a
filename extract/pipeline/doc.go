// Package pipeline runs kg's extraction stages in order on a document:
// tokenization and sentence splitting, entity recognition, resolution of
// mentions into entities, and any further stages (typing, relations,
// claims, events) the caller adds.
package pipeline
