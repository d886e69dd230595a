package main

import "testing"

func TestDescType(t *testing.T) {
	tests := []struct {
		name, desc, want string
	}{
		{"person head", "Norland singer and songwriter", "per"},
		{"body head", "political party in Norland", "org"},
		{"place head", "city in Norland", "loc"},
		{"unknown head", "chemical compound", ""},
		{"broadcaster as a body", "Norland public service broadcaster", "org"},
		{"broadcaster by its medium", "television broadcaster in Norland", "org"},
		{"broadcaster as a person", "Norland broadcaster and naturalist", "per"},
		{"broadcaster with a trade", "sports broadcaster", "per"},
		{"broadcaster after a comma", "Norland journalist, broadcaster and writer", "per"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := descType(tt.desc); got != tt.want {
				t.Errorf("descType(%q) = %q, want %q", tt.desc, got, tt.want)
			}
		})
	}
}
