package ner

import "strings"

// Types are the entity types the tagger predicts, in label order.
var types = [...]string{"PER", "ORG", "LOC", "MISC"}

// Label encodings. In BIO a token is O, or B-/I- of a type; BILOU adds L-
// for the last token of a multi-token name and U- for a one-token name.
const (
	encBIO   = "BIO"
	encBILOU = "BILOU"
)

// labelSet lists the labels of an encoding: O first, then per type the
// prefixes in encoding order.
func labelSet(enc string) []string {
	ls := []string{"O"}
	for _, t := range types {
		for _, p := range enc[:len(enc)] {
			if p == 'O' {
				continue
			}
			ls = append(ls, string(p)+"-"+t)
		}
	}
	return ls
}

// splitLabel splits "B-PER" into 'B' and "PER"; "O" gives 'O' and "".
func splitLabel(l string) (byte, string) {
	if len(l) < 3 || l[1] != '-' {
		return 'O', ""
	}
	return l[0], l[2:]
}

// allowedFunc returns the transition rule of an encoding over ls for
// seqlab.NewTrainer: p == -1 is the start, y == -1 the end.
func allowedFunc(enc string, ls []string) func(p, y int) bool {
	return func(p, y int) bool {
		pp, pt := byte('O'), ""
		if p >= 0 {
			pp, pt = splitLabel(ls[p])
		}
		yp, yt := byte('O'), ""
		if y >= 0 {
			yp, yt = splitLabel(ls[y])
		}
		if enc == encBIO {
			// I-X must follow B-X or I-X.
			return yp != 'I' || ((pp == 'B' || pp == 'I') && pt == yt)
		}
		// BILOU: inside a name (after B or I) only I or L of the same
		// type may come; outside, only O, B or U.
		inside := pp == 'B' || pp == 'I'
		if inside {
			return (yp == 'I' || yp == 'L') && pt == yt
		}
		return yp == 'O' || yp == 'B' || yp == 'U'
	}
}

// toIOB2 rewrites tags in place so every name starts with B- (input may be
// IOB1, where B- only separates adjacent names of one type).
func toIOB2(tags []string) {
	prev := "O"
	for i, t := range tags {
		p, typ := splitLabel(t)
		if p == 'O' {
			tags[i] = "O"
		} else if p == 'I' {
			pp, pt := splitLabel(prev)
			if pp == 'O' || pt != typ {
				tags[i] = "B-" + typ
			}
		} else if p != 'B' {
			// Tags such as E- or S- are read as I- and B-.
			if p == 'E' || p == 'L' {
				tags[i] = "I-" + typ
				pp, pt := splitLabel(prev)
				if pp == 'O' || pt != typ {
					tags[i] = "B-" + typ
				}
			} else {
				tags[i] = "B-" + typ
			}
		}
		prev = tags[i]
	}
}

// encode maps IOB2 tags to label indexes of the encoding.
func encode(enc string, ls []string, tags []string, out []int) []int {
	out = out[:0]
	for i, t := range tags {
		p, typ := splitLabel(t)
		l := "O"
		if p != 'O' {
			next := byte('O')
			if i+1 < len(tags) {
				np, nt := splitLabel(tags[i+1])
				if nt == typ {
					next = np
				}
			}
			cont := next == 'I'
			switch {
			case enc == encBIO:
				l = string(p) + "-" + typ
			case p == 'B' && cont:
				l = "B-" + typ
			case p == 'B':
				l = "U-" + typ
			case cont:
				l = "I-" + typ
			default:
				l = "L-" + typ
			}
		}
		idx := 0
		for j, s := range ls {
			if s == l {
				idx = j
				break
			}
		}
		out = append(out, idx)
	}
	return out
}

// bioTags returns, per label of ls, the IOB2 tag it stands for.
func bioTags(ls []string) []string {
	out := make([]string, len(ls))
	for y, l := range ls {
		p, typ := splitLabel(l)
		switch p {
		case 'O':
			out[y] = "O"
		case 'B', 'U':
			out[y] = "B-" + typ
		default:
			out[y] = "I-" + typ
		}
	}
	return out
}

// typeOf returns the type of an IOB2 tag, "" for O.
func typeOf(tag string) string {
	_, t := splitLabel(tag)
	return strings.TrimSpace(t)
}

// iTag maps a type to its inside tag.
var iTag = map[string]string{"PER": "I-PER", "ORG": "I-ORG", "LOC": "I-LOC", "MISC": "I-MISC"}
