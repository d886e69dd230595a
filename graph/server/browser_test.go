package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/explore"
)

// chromium finds a Chromium binary: $KG_CHROMIUM, else Debian's.
func chromium() string {
	if p := os.Getenv("KG_CHROMIUM"); p != "" {
		return p
	}
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	return ""
}

// artifactDir is where the screenshot is kept: $KG_TEST_ARTIFACTS, else
// a temporary directory.
func artifactDir(t *testing.T) string {
	if d := os.Getenv("KG_TEST_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

// browser starts headless Chromium for a test, with a 90 s budget, and
// returns its context and a function that fails the test at a step (or
// skips it when Chromium did not start).
func browser(t *testing.T, bin string) (context.Context, func(step string, err error)) {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 900),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	t.Cleanup(cancel)
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel)
	fail := func(step string, err error) {
		t.Helper()
		if strings.Contains(err.Error(), "exec") || strings.Contains(err.Error(), "websocket") {
			t.Skipf("Chromium at %s did not start: %v", bin, err)
		}
		t.Fatalf("%s: %v", step, err)
	}
	return ctx, fail
}

// TestExplorerInBrowser drives the explorer page in headless Chromium:
// search an entity, open its card and neighbourhood, find a path.
func TestExplorerInBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium found (install Debian's chromium package, or set KG_CHROMIUM); skipping the browser test")
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ts, _ := testServer(t, nil)
	ctx, fail := browser(t, bin)
	// Search, with a typo.
	err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("q")),
		chromedp.SendKeys(chromedp.ID("q"), "vantr"),
		chromedp.Click(chromedp.ID("search-btn")),
		chromedp.WaitVisible(chromedp.CSS("#results a.hit")),
	)
	if err != nil {
		fail("search", err)
	}
	results, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("results")))
	if err != nil {
		fail("read results", err)
	}
	// Open the first hit: its card and neighbourhood.
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#results a.hit")),
		chromedp.WaitVisible(chromedp.CSS("#card h2.name")),
		chromedp.WaitVisible(chromedp.CSS("#graph g.node")),
	)
	if err != nil {
		fail("open card", err)
	}
	cardName, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#card h2.name")))
	if err != nil {
		fail("read card name", err)
	}
	cardText, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("card")))
	if err != nil {
		fail("read card", err)
	}
	nodes, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#graph g.node").length`))
	if err != nil {
		fail("count nodes", err)
	}
	// Ask for a path.
	err = chromedp.Do(ctx,
		chromedp.SetValue(chromedp.ID("from"), "Orla Quennell"),
		chromedp.SetValue(chromedp.ID("to"), "Freland"),
		chromedp.Click(chromedp.ID("path-btn")),
		chromedp.WaitVisible(chromedp.CSS("#paths .path")),
	)
	if err != nil {
		fail("path", err)
	}
	paths, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("paths")))
	if err != nil {
		fail("read paths", err)
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		fail("screenshot", err)
	}
	// Cayley's UI loads from /ui/ (its assets rewritten to that prefix)
	// and runs a Gizmo query against this server.
	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/ui/"),
		chromedp.WaitVisible(chromedp.CSS(".App")),
	)
	if err != nil {
		fail("cayley ui", err)
	}
	uiShot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		fail("ui screenshot", err)
	}
	uiQuery, err := chromedp.Run(ctx, chromedp.Evaluate[string](`fetch("/api/v2/query?lang=gizmo", {method: "POST", headers: {Accept: "application/ld+json"}, body: 'g.V("<https://kg.example/id/place/vantor>").Out("<http://schema.org/name>").All()'}).then(r => r.text())`, chromedp.EvalAwaitPromise))
	if err != nil {
		fail("cayley ui query", err)
	}
	if !strings.Contains(uiQuery, "Vantor") {
		t.Errorf("query as Cayley's UI sends it: %s", uiQuery)
	}
	dir := artifactDir(t)
	file := filepath.Join(dir, "explorer.png")
	if err := os.WriteFile(file, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", file, len(shot))
	if err := os.WriteFile(filepath.Join(dir, "cayley-ui.png"), uiShot, 0o644); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(results, "Vantor") {
		t.Errorf("search results: %q", results)
	}
	if cardName != "Vantor" || !strings.Contains(cardText, "Mentions") || !strings.Contains(cardText, "Brightwater Institute") {
		t.Errorf("card %q: %q", cardName, cardText)
	}
	if nodes != 3 { // Vantor, Freland, Brightwater Institute
		t.Errorf("neighbourhood drawn with %d nodes, want 3", nodes)
	}
	for _, want := range []string{"path 1 (3 edges)", "Orla Quennell", "Brightwater Institute", "Freland", "schema:worksFor"} {
		if !strings.Contains(paths, want) {
			t.Errorf("paths lack %q: %q", want, paths)
		}
	}
}

// TestExplorerLinkedInBrowser drives the explorer on a store with an
// imported dataset and links into it (issue 18.1: hits for dataset nodes,
// which have no classes, broke the search with "Cannot read properties of
// undefined").
func TestExplorerLinkedInBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium found (install Debian's chromium package, or set KG_CHROMIUM); skipping the browser test")
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ts, store := linkedServer(t, nil)
	ctx, fail := browser(t, bin)
	checkHint(t, ctx, fail, ts)
	checkLinkedSearch(t, ctx, fail, ts)
	checkLinkedNeighbourhood(t, ctx, fail, ts)
	checkBusyNode(t, ctx, fail, ts, store)
}

// checkHint checks that the first view suggests what to type.
func checkHint(t *testing.T, ctx context.Context, fail func(string, error), ts *httptest.Server) {
	// The first view suggests what to type: the entities the most
	// documents mention, as the server says (issue 18.4).
	_, body := get(t, ts, "/api/kg/top?limit=3")
	var top struct{ Hits []explore.SearchHit }
	if err := json.Unmarshal([]byte(body), &top); err != nil || len(top.Hits) == 0 {
		t.Fatalf("/api/kg/top: %v %s", err, body)
	}
	err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("q")),
	)
	if err != nil {
		fail("open", err)
	}
	hint, err := chromedp.Run(ctx, chromedp.Poll[string](`document.getElementById("hint").textContent`, chromedp.WithPollingTimeout(20*time.Second)))
	if err != nil {
		fail("wait for the hint", err)
	}
	placeholder, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("q").placeholder`))
	if err != nil {
		fail("read the placeholder", err)
	}
	if !strings.Contains(placeholder, "e.g. "+top.Hits[0].Name) {
		t.Errorf("search placeholder %q does not suggest %q", placeholder, top.Hits[0].Name)
	}
	for _, h := range top.Hits {
		if !strings.Contains(hint, h.Name) {
			t.Errorf("hint %q lacks %q", hint, h.Name)
		}
	}
}

// checkLinkedSearch checks a search on a linked store in the browser.
func checkLinkedSearch(t *testing.T, ctx context.Context, fail func(string, error), ts *httptest.Server) {
	// Search: the article's Vantor and the dataset's three.
	err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.ID("q"), "vantor"),
		chromedp.Click(chromedp.ID("search-btn")),
	)
	if err != nil {
		fail("search", err)
	}
	// Wait for results or an error.
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelectorAll("#results li").length > 0 || document.getElementById("status").textContent !== ""`, chromedp.WithPollingTimeout(20*time.Second)))
	if err != nil {
		fail("wait for the search", err)
	}
	status, err := chromedp.Run(ctx, chromedp.TextContent(chromedp.ID("status")))
	if err != nil {
		fail("read status", err)
	}
	if status != "" {
		t.Errorf("search on a linked store shows an error: %q", status)
	}
	hits, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#results a.hit"), (a) => a.dataset.iri)`))
	if err != nil {
		fail("read hits", err)
	}
	var local, dataset int
	for _, h := range hits {
		switch {
		case h == id+"place/vantor":
			local++
		case strings.HasPrefix(h, "http://www.wikidata.org/entity/"):
			dataset++
		}
	}
	if local != 1 || dataset != 3 {
		t.Errorf("hits %v: want the article's Vantor and the dataset's three", hits)
	}
	// The hits read differently, and the dataset items are marked.
	labels, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#results a.hit"), (a) => a.textContent + (a.classList.contains("dataset") ? " [dataset]" : ""))`))
	if err != nil {
		fail("read hit labels", err)
	}
	if dup := duplicates(labels); len(dup) > 0 || strings.Count(strings.Join(labels, "\n"), "[dataset]") != 3 {
		t.Errorf("hits read %q: want four different labels, three marked as dataset items", labels)
	}

}

// checkLinkedNeighbourhood checks that a linked entity's neighbourhood tells it and its dataset item apart.
func checkLinkedNeighbourhood(t *testing.T, ctx context.Context, fail func(string, error), ts *httptest.Server) {
	// The local Vantor's neighbourhood: it and the dataset item it is
	// linked to are told apart.
	err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/?id="+url.QueryEscape(id+"place/vantor")),
		chromedp.WaitVisible(chromedp.CSS("#graph g.node.center")),
	)
	if err != nil {
		fail("open the linked entity", err)
	}
	nodeLabels, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#graph g.node"), (g) => g.querySelector("text").textContent + (g.classList.contains("dataset") ? " [dataset]" : ""))`))
	if err != nil {
		fail("read node labels", err)
	}
	if dup := duplicates(nodeLabels); len(dup) > 0 || !slices.Contains(nodeLabels, "Vantor") || !slices.Contains(nodeLabels, "Vantor · wd:Q990010 [dataset]") {
		t.Errorf("neighbourhood nodes read %q: want Vantor and Vantor · wd:Q990010, marked as a dataset item", nodeLabels)
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		fail("screenshot", err)
	}
	if err := os.WriteFile(filepath.Join(artifactDir(t), "explorer-linked.png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}
	// Its card names its dataset.
	_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector("#graph g.node.dataset").dispatchEvent(new MouseEvent("click"))`))
	if err == nil {
		_, err = chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector("#card .source") !== null`, chromedp.WithPollingTimeout(20*time.Second)))
	}
	if err != nil {
		fail("open the dataset item", err)
	}
	source, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#card .source")?.textContent ?? ""`))
	if err != nil {
		fail("read the card", err)
	}
	if !strings.Contains(source, "dataset item") || !strings.Contains(source, "world.nt") {
		t.Errorf("the dataset item's card says %q: want \"dataset item\" and its dataset, world.nt", source)
	}

}

// checkBusyNode checks the layout of a node with many edges.
func checkBusyNode(t *testing.T, ctx context.Context, fail func(string, error), ts *httptest.Server, store *graph.Store) {
	// A busy node: edge labels do not overlap, and most are shown.
	var nq strings.Builder
	const hub = "https://example.org/hub"
	fmt.Fprintf(&nq, "<%s> <http://schema.org/name> \"Merrow Consortium\" .\n", hub)
	for i := 1; i <= 24; i++ {
		spoke := fmt.Sprintf("https://example.org/spoke/%d", i)
		fmt.Fprintf(&nq, "<%s> <http://schema.org/name> \"Spoke Station %d\" .\n", spoke, i)
		fmt.Fprintf(&nq, "<%s> <http://schema.org/member> <%s> .\n", hub, spoke)
		if i%2 == 0 {
			fmt.Fprintf(&nq, "<%s> <http://schema.org/funder> <%s> .\n", hub, spoke)
		}
		if i%3 == 0 {
			fmt.Fprintf(&nq, "<%s> <http://schema.org/sponsor> <%s> .\n", spoke, hub)
		}
	}
	if _, err := store.Import(context.Background(), strings.NewReader(nq.String()), &graph.ImportOptions{Format: "nquads", Name: "hub.nq", Label: "https://example.org/graph/hub"}); err != nil {
		t.Fatal(err)
	}
	err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/?id="+url.QueryEscape(hub)),
		chromedp.WaitVisible(chromedp.CSS("#graph g.node.center")),
	)
	if err != nil {
		fail("open the busy node", err)
	}
	layout, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]int](`(() => {
  const shown = Array.from(document.querySelectorAll("#graph text.elabel")).filter((e) => getComputedStyle(e).display !== "none");
  const bs = shown.map((e) => e.getBoundingClientRect());
  let overlaps = 0;
  for (let i = 0; i < bs.length; i++) for (let j = i + 1; j < bs.length; j++) {
    const a = bs[i], b = bs[j];
    if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps++;
  }
  return {nodes: document.querySelectorAll("#graph g.node").length, shown: shown.length, overlaps};
})()`))
	if err != nil {
		fail("measure the labels", err)
	}
	t.Logf("busy node: %v", layout)
	if layout["nodes"] != 25 || layout["overlaps"] != 0 || layout["shown"] < 8 {
		t.Errorf("busy node drawn with %d nodes and %d edge labels shown, %d pairs overlapping: want 25 nodes, at least 8 labels, none overlapping", layout["nodes"], layout["shown"], layout["overlaps"])
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		fail("screenshot", err)
	}
	if err := os.WriteFile(filepath.Join(artifactDir(t), "explorer-busy.png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}
}

// duplicates returns the strings that occur more than once in s.
func duplicates(s []string) []string {
	seen := map[string]int{}
	var out []string
	for _, x := range s {
		if seen[x]++; seen[x] == 2 {
			out = append(out, x)
		}
	}
	return out
}

// TestCrossOriginInBrowser proves, in headless Chromium, that a page
// served from another origin can neither write to a writable server nor
// read from it: a no-cors POST with text/plain (which browsers send
// without asking) is refused, a CORS write is never sent (this server
// grants no origin its preflight), and a read's answer is withheld from
// the page.
func TestCrossOriginInBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium found (install Debian's chromium package, or set KG_CHROMIUM); skipping the browser test")
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ts, _ := testServer(t, &Options{Writable: true})
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<!doctype html><title>another site</title><p>another site</p>")
	}))
	defer other.Close()
	actx, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(bin), chromedp.Flag("headless", true), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.UserDataDir(t.TempDir()))
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	script := `(async () => {
  const target = ` + strconv.Quote(ts.URL) + `;
  const nq = '<https://example.org/smuggled> <http://schema.org/name> "Smuggled Quill" .\n';
  const out = {};
  try {
    const r = await fetch(target + "/api/v2/write", {method: "POST", mode: "no-cors", headers: {"Content-Type": "text/plain"}, body: nq});
    out.noCorsWrite = r.type;
  } catch (e) { out.noCorsWrite = "failed"; }
  try {
    const r = await fetch(target + "/api/v2/write", {method: "POST", mode: "no-cors", body: new Blob([nq])});
    out.blobWrite = r.type;
  } catch (e) { out.blobWrite = "failed"; }
  try {
    const r = await fetch(target + "/api/v2/write", {method: "POST", headers: {"Content-Type": "application/n-quads"}, body: nq});
    out.corsWrite = String(r.status);
  } catch (e) { out.corsWrite = "failed"; }
  try {
    const r = await fetch(target + "/api/kg/search?q=vantor");
    out.read = await r.text();
  } catch (e) { out.read = "failed"; }
  try {
    const r = await fetch(target + "/api/kg/search?q=vantor", {mode: "no-cors"});
    out.opaqueRead = await r.text();
  } catch (e) { out.opaqueRead = "failed"; }
  return JSON.stringify(out);
})()`
	err := chromedp.Do(ctx, chromedp.Navigate(other.URL+"/"))
	var got string
	if err == nil {
		got, err = chromedp.Run(ctx, chromedp.Evaluate[string](script, chromedp.EvalAwaitPromise))
	}
	if err != nil {
		if strings.Contains(err.Error(), "exec") || strings.Contains(err.Error(), "websocket") {
			t.Skipf("Chromium at %s did not start: %v", bin, err)
		}
		t.Fatal(err)
	}
	t.Logf("the other origin's page saw: %s", got)
	var res map[string]string
	if err := json.Unmarshal([]byte(got), &res); err != nil {
		t.Fatal(err)
	}
	if res["corsWrite"] != "failed" {
		t.Errorf("a CORS write from another origin got an answer: %s", res["corsWrite"])
	}
	if strings.Contains(res["read"], "Vantor") || strings.Contains(res["opaqueRead"], "Vantor") {
		t.Errorf("the other origin read the store: %s", got)
	}
	// Nothing was written.
	if _, body := get(t, ts, "/api/kg/search?q=smuggled"); strings.Contains(body, "example.org/smuggled") {
		t.Errorf("a page from another origin wrote to the store: %s", body)
	}
	// The same requests from the server's own origin do work (so that the
	// test would see a write that got through).
	code, body := post(t, ts, "/api/v2/write", "application/n-quads", `<https://example.org/own> <http://schema.org/name> "Own Quill" .`+"\n")
	if code != 200 {
		t.Errorf("own write: %d %s", code, body)
	}

	// With --token-reads, the explorer opened as /#token=TOKEN searches
	// with the token, and the token leaves the address bar.
	tok, _ := testServer(t, &Options{Token: "s3cret", TokenReads: true})
	err = chromedp.Do(ctx,
		chromedp.Navigate(tok.URL+"/#token=s3cret"),
		chromedp.WaitVisible(chromedp.ID("q")),
		chromedp.SendKeys(chromedp.ID("q"), "vantr"),
		chromedp.Click(chromedp.ID("search-btn")),
		chromedp.WaitVisible(chromedp.CSS("#results a.hit")),
	)
	if err != nil {
		t.Fatalf("explorer with a token: %v", err)
	}
	href, err := chromedp.Run(ctx, chromedp.Evaluate[string](`location.href`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(href, "s3cret") {
		t.Errorf("the token stays in the address bar: %s", href)
	}
}
