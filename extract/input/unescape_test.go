package input

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestUnescape(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Acme said on Monday.", "Acme said on Monday."},
		{"named", "Pellam &amp; Sons &lt;PEL.N&gt; rose", "Pellam & Sons <PEL.N> rose"},
		{"numeric", "Norland&#39;s and Ostmark&#x2019;s", "Norland's and Ostmark\u2019s"},
		{"ampersand lost", "Norland #39;s leader", "Norland's leader"},
		{"dollar lost", "up to  #36;50 million", "up to $50 million"},
		{"C1 as Windows-1252", "a vital win  #151; at last", "a vital win \u2014 at last"},
		{"name lost", "a  quot;dry run quot; test", "a \"dry run\" test"},
		{"possessive and quotation lost", "Acme #39;s chief said  quot;no quot;.", "Acme's chief said \"no\"."},
		{"amp lost", "Rock  amp; Roll and AT amp;T", "Rock & Roll and AT&T"},
		{"lost at the start", "#39;Yes #39;, he said", "'Yes', he said"},
		{"not a reference", "AT&T and R&D, #1 seed, No. 10; Q&A", "AT&T and R&D, #1 seed, No. 10; Q&A"},
		{"no semicolon", "&amp and &#39 and #39", "&amp and &#39 and #39"},
		{"unknown name", "&norland; stays", "&norland; stays"},
		{"inside a word", "equot; and X#39; stay", "equot; and X#39; stay"},
		{"at the end", "ends with &", "ends with &"},
		{"double escaped once", "&amp;lt;", "&lt;"},
		{"escaped tags go", "Acme &lt;b&gt;rose&lt;/b&gt; today", "Acme rose today"},
		{"escaped link stays", "Acme Inc. &lt;A HREF=\"http://x.example/\"&gt;ACM.N&lt;/A&gt;, a maker", "Acme Inc. <A HREF=\"http://x.example/\">ACM.N</A>, a maker"},
		{"escaped font goes", "&lt;FONT face=\"Verdana\"&gt;Acme&lt;/FONT&gt; rose", "Acme rose"},
		{"line break", "Acme&lt;br&gt;Pellam &lt;br/&gt;rose", "Acme\nPellam \nrose"},
		{"inline tag between words", "Acme&lt;b&gt;Pellam&lt;/b&gt;", "Acme Pellam"},
		{"a ticker is no tag", "Acme &lt;ACM.N&gt; and &lt;A.N&gt;", "Acme <ACM.N> and <A.N>"},
		{"unclosed tag stays", "x &lt;b and y", "x <b and y"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Unescape(tt.in); got != tt.want {
				t.Errorf("Unescape(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzUnescape(f *testing.F) {
	for _, s := range []string{"Pellam &amp; Sons &lt;PEL.N&gt;", "a &lt;A HREF=\"x\"&gt;b&lt;/A&gt; c", "&lt;b&gt;&lt;/b&gt;", "Norland #39;s", " quot;x quot;", "&#x1F600;", "#151;", "&#0;", "&", "#", "Acme #39;s chief said quot;no quot;", "a  #36;10 million deal"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Unescape(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Errorf("Unescape(%q) = %q, not valid UTF-8", s, got)
		}
		if len(got) > len(s)+len(s)/2+4 {
			t.Errorf("Unescape(%q) grew to %d bytes", s, len(got))
		}
	})
}

// TestReadUnescapes checks that a plain-text document is read with its
// character references replaced.
func TestReadUnescapes(t *testing.T) {
	doc, _, err := Read(context.Background(), Source{Path: "-"}, strings.NewReader("Pellam  amp; Sons said Norland #39;s output rose &gt; 5%."), nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Pellam & Sons said Norland's output rose > 5%."; doc.Text != want {
		t.Errorf("got %q, want %q", doc.Text, want)
	}
}

// TestStripMarkup checks that a span's tags, escaped or not, go and its
// references are decoded, while angle brackets of no tag stay.
func TestStripMarkup(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"link", `Acme Co. <A HREF="http://example.com/q?t=ACM.N">ACM.N</A> will cut jobs`, "Acme Co. ACM.N will cut jobs"},
		{"escaped paragraph", "the port &lt;p&gt;will close", "the port \nwill close"},
		{"lost ampersand", "a  #36;5 million fine", "a $5 million fine"},
		{"glued tags", "cut<b>ting</b> costs", "cut ting costs"},
		{"no tag", "a < b and c > d", "a < b and c > d"},
		{"unknown name", "the <ACM.N> shares", "the <ACM.N> shares"},
		{"plain", "the port will close", "the port will close"},
		{"backslashes", `a \$5 fine, the first\launch date`, "a $5 fine, the first launch date"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := StripMarkup(tt.in); got != tt.want {
				t.Errorf("StripMarkup(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
