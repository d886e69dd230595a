package input

import (
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLArticle is what ParseHTML finds in a web page.
type HTMLArticle struct {
	// Title is the headline: og:title, else <title>, else the first <h1>.
	Title string
	// Text is the article's main text, one paragraph (or heading, list
	// item, quotation) per line with blank lines between them.
	Text string
	// URL is the canonical address (link rel=canonical, else og:url).
	URL string
	// Date is the publication date from the page's metadata, or zero.
	Date time.Time
}

// ParseHTML finds the article in a web page with a real HTML parser. The
// main text is the <article> (the one with the most paragraph text) or
// <main> element when the page has one, else the element whose child
// paragraphs hold the most text. Boilerplate is left out: scripts and
// styles, navigation, headers and footers, asides, forms, figures, hidden
// elements, elements whose class or id names a share bar, comments,
// related links, adverts and the like, and lists that are mostly links.
func ParseHTML(src string) HTMLArticle {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil { // html.Parse only fails on read errors
		return HTMLArticle{}
	}
	var a HTMLArticle
	meta := pageMeta(doc)
	a.Title = firstOf(meta["og:title"], meta["twitter:title"], meta["<title>"], meta["<h1>"])
	a.URL = firstOf(meta["<canonical>"], meta["og:url"])
	for _, k := range []string{"article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "article.published", "sailthru.date", "parsely-pub-date", "<time>"} {
		if t, ok := ParseDate(meta[k]); ok {
			a.Date = t
			break
		}
	}
	root := mainElement(doc)
	if root != nil {
		var w textWriter
		w.block(root)
		a.Text = w.String()
	}
	return a
}

func firstOf(vs ...string) string {
	for _, v := range vs {
		if v = collapse(v); v != "" {
			return v
		}
	}
	return ""
}

// pageMeta collects <meta> name/property -> content (lower-case keys), the
// <title>, the first <h1>, the canonical link and the first <time datetime>.
func pageMeta(n *html.Node) map[string]string {
	m := map[string]string{}
	set := func(k, v string) {
		if _, ok := m[k]; !ok && strings.TrimSpace(v) != "" {
			m[k] = v
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(firstOf(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if key != "" {
					set(key, attr(n, "content"))
				}
			case atom.Title:
				set("<title>", textOf(n))
			case atom.H1:
				set("<h1>", textOf(n))
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					set("<canonical>", attr(n, "href"))
				}
			case atom.Time:
				set("<time>", attr(n, "datetime"))
			case atom.Script, atom.Style:
				return
			}
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") {
				set("datepublished", firstOf(attr(n, "content"), attr(n, "datetime")))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns the text under n, white space collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
		case html.ElementNode:
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return collapse(b.String())
}

// skipped elements never hold article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Video: true,
	atom.Audio: true, atom.Figure: true, atom.Menu: true, atom.Dialog: true, atom.Head: true,
}

// boilerWords in a class or id mark page furniture.
var boilerWords = []string{
	"share", "social", "comment", "related", "promo", "advert", "sponsor", "cookie",
	"newsletter", "subscribe", "signup", "sidebar", "breadcrumb", "navigation", "navbar",
	"menu", "footer", "masthead", "byline-share", "popup", "modal", "paywall", "recommend",
	"most-read", "mostread", "trending", "tags", "caption",
}

// boilerRoles are ARIA roles of page furniture.
var boilerRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "dialog": true, "alert": true, "menu": true, "menubar": true,
}

// isBoilerplate reports whether element n is page furniture.
func isBoilerplate(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if skipped[n.DataAtom] {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "role":
			if boilerRoles[strings.ToLower(a.Val)] {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		case "class", "id":
			v := strings.ToLower(a.Val)
			for _, w := range boilerWords {
				if strings.Contains(v, w) {
					return true
				}
			}
		}
	}
	return false
}

// mainElement picks the element holding the article.
func mainElement(doc *html.Node) *html.Node {
	var articles, mains []*html.Node
	var body *html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if isBoilerplate(n) {
				return
			}
			switch {
			case n.DataAtom == atom.Article:
				articles = append(articles, n)
			case n.DataAtom == atom.Main || strings.EqualFold(attr(n, "role"), "main"):
				mains = append(mains, n)
			case n.DataAtom == atom.Body:
				body = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	best := func(cands []*html.Node) *html.Node {
		var b *html.Node
		bestLen := 0
		for _, c := range cands {
			if l := paragraphText(c); l > bestLen {
				b, bestLen = c, l
			}
		}
		return b
	}
	if a := best(articles); a != nil {
		return a
	}
	if m := best(mains); m != nil {
		return m
	}
	// No semantic markup: score each element by the text of the paragraphs
	// directly under it (and half of that for its parent).
	score := map[*html.Node]int{}
	var order []*html.Node
	add := func(n *html.Node, s int) {
		if n == nil {
			return
		}
		if _, ok := score[n]; !ok {
			order = append(order, n)
		}
		score[n] += s
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if isBoilerplate(n) {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.P {
			l := len(textOf(n))
			if l >= 25 {
				add(n.Parent, l)
				if n.Parent != nil {
					add(n.Parent.Parent, l/2)
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	var top *html.Node
	for _, n := range order { // document order: ties go to the first
		if top == nil || score[n] > score[top] {
			top = n
		}
	}
	if top != nil {
		return top
	}
	if body != nil {
		return body
	}
	return doc
}

// paragraphText is the length of the text in <p> elements under n, outside
// boilerplate.
func paragraphText(n *html.Node) int {
	total := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if isBoilerplate(n) {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.P {
			total += len(textOf(n))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return total
}

// blockElements start a new paragraph of the extracted text.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Hr: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Body: true,
}

// textWriter turns an element tree into paragraphs of text.
type textWriter struct {
	paras []string
	cur   strings.Builder
}

func (w *textWriter) flush() {
	if s := collapse(w.cur.String()); s != "" {
		w.paras = append(w.paras, s)
	}
	w.cur.Reset()
}

func (w *textWriter) block(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if isBoilerplate(n) {
			return
		}
		if (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || n.DataAtom == atom.Table) && linkDense(n) {
			return
		}
		if n.DataAtom == atom.Br {
			w.flush()
			return
		}
		if n.DataAtom == atom.Pre {
			w.flush()
			if s := strings.TrimSpace(textRaw(n)); s != "" {
				w.paras = append(w.paras, s)
			}
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	blockish := n.Type == html.ElementNode && blockElements[n.DataAtom]
	if blockish {
		w.flush()
	} else if n.Type == html.ElementNode && (n.DataAtom == atom.Td || n.DataAtom == atom.Th) {
		w.cur.WriteByte(' ') // keep the words of adjacent cells apart
		defer w.cur.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.block(c)
	}
	if blockish {
		w.flush()
	}
}

// textRaw is the text under n as it is (for <pre>).
func textRaw(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// linkDense reports whether most of the text under n is link text (a list
// of related stories, a tag cloud).
func linkDense(n *html.Node) bool {
	all := len(textOf(n))
	if all == 0 {
		return false
	}
	links := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			links += len(textOf(n))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return links*2 > all
}

func (w *textWriter) String() string {
	w.flush()
	return strings.Join(w.paras, "\n\n")
}
