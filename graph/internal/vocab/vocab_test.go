package vocab

import (
	"strings"
	"testing"
)

func TestNameTokens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Orla Quennell", "orla quennell"},
		{"U.S.", "us"},
		{"O'Brien", "obrien"},
		{"São Tomé and Príncipe", "sao tome and principe"},
		{"Jean-Luc", "jean luc"},
		{"The Hague", "the hague"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := strings.Join(NameTokens(tc.in), " "); got != tc.want {
			t.Errorf("nameTokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := NameKey("The Hague"); got != "hague" {
		t.Errorf("nameKey(The Hague) = %q", got)
	}
}

func TestInflectionKey(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"-ies", "tories", "tory"},
		{"-s", "harbours", "harbour"},
		{"possessive, as nameTokens gives it", "britains", "britain"},
		{"-ches", "churches", "church"},
		{"-sses", "classes", "class"},
		{"-ss kept", "congress", "congress"},
		{"-us kept", "cyprus", "cyprus"},
		{"-is kept", "paris", "paris"},
		{"short stem kept", "news", "news"},
		{"short stem of -ies kept", "dies", "dies"},
		{"singular", "tory", "tory"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := InflectionKey(tc.in); got != tc.want {
				t.Errorf("inflectionKey(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
