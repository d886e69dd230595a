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

func TestOtherBody(t *testing.T) {
	tests := []struct {
		name, kind, label, alias string
		want                     bool
	}{
		{"parent company", "airline", "Norland Airlines", "VKR Corporation", true},
		{"merged company", "airline", "Norland Airlines", "Tarvik Airways", true},
		{"predecessor", "company", "Vellmar", "Blue Harbour Sports", true},
		{"shares a word", "airline", "Norland Airlines", "Norland Air Lines", false},
		{"legal form only shared", "company", "Acme Group", "Tarvik Group", true},
		{"other spacing", "company", "Vell-Mar", "Vell Mar", false},
		{"apostrophe and spacing", "company", "McVell's", "Mc Vells", false},
		{"expansion of the label", "corporation", "TVM", "Tarvik Vell Machines", false},
		{"expansion with a legal form", "company", "RCN", "Radio Corporation of Norland", false},
		{"label's initials", "corporation", "Tarvik Instruments", "TI Inc.", false},
		{"hyphenated initials", "corporation", "Vell-Kamp", "VK Development Company", false},
		{"acronym in order", "company", "AOL", "Acme Online", false},
		{"one word", "company", "Vellmar", "Tarvik", false},
		{"not a company", "university", "University of Harlow", "Tarvik Academy", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := otherBody(tt.kind, tt.label, tt.alias); got != tt.want {
				t.Errorf("otherBody(%q, %q, %q) = %v, want %v", tt.kind, tt.label, tt.alias, got, tt.want)
			}
		})
	}
}
