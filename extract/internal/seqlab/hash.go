package seqlab

// Mix combines a running feature hash with a 64-bit value. It is a strong
// avalanche mix (splitmix64's finaliser), so features built from small
// integers spread across the table, and it never returns 0.
func Mix(h, v uint64) uint64 {
	x := (h+0x632BE59BD9B4E019)*0x9E3779B97F4A7C15 ^ v
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	if x == 0 {
		x = 1
	}
	return x
}

// String returns the FNV-1a hash of s mixed with seed.
func String(seed uint64, s string) uint64 {
	h := uint64(14695981039346656037) ^ seed
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return Mix(seed, h)
}

// Bytes is String for a byte slice.
func Bytes(seed uint64, b []byte) uint64 {
	h := uint64(14695981039346656037) ^ seed
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return Mix(seed, h)
}

// Feat1 is the hash of a feature of template t (a number the caller gives
// each kind of feature, part of its model format) with value a.
func Feat1(t int, a uint64) uint64 { return Mix(uint64(t), a) }

// Feat2 is Feat1 with two values.
func Feat2(t int, a, b uint64) uint64 { return Mix(Mix(uint64(t), a), b) }

// Feat3 is Feat1 with three values.
func Feat3(t int, a, b, c uint64) uint64 { return Mix(Mix(Mix(uint64(t), a), b), c) }
