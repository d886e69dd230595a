// kg explorer: search, entity cards, neighbourhood graph, paths. No
// libraries: plain DOM and a small force layout in SVG.
"use strict";

const $ = (id) => document.getElementById(id);
const SVG = "http://www.w3.org/2000/svg";

const prefixes = [
  ["schema:", "http://schema.org/"], ["rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"],
  ["rdfs:", "http://www.w3.org/2000/01/rdf-schema#"], ["owl:", "http://www.w3.org/2002/07/owl#"],
  ["skos:", "http://www.w3.org/2004/02/skos/core#"], ["wd:", "http://www.wikidata.org/entity/"],
  ["wdt:", "http://www.wikidata.org/prop/direct/"], ["kg:", "https://kg.example/ns#"],
  ["kgid:", "https://kg.example/id/"],
];

function short(iri) {
  for (const [p, ns] of prefixes) {
    if (iri.startsWith(ns)) return p + iri.slice(ns.length);
  }
  return iri;
}

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}

function status(msg, isError) {
  const s = $("status");
  s.textContent = msg || "";
  s.className = isError ? "error" : "";
}

// A server started with --token-reads needs its token for every API call:
// open the explorer as /#token=TOKEN. The token is kept for this tab only
// (sessionStorage) and taken out of the address bar.
(function takeToken() {
  const m = location.hash.match(/^#token=(.+)$/);
  if (!m) return;
  sessionStorage.setItem("kg-token", decodeURIComponent(m[1]));
  history.replaceState(null, "", location.pathname + location.search);
})();

async function api(path, params) {
  const u = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  const headers = {};
  const token = sessionStorage.getItem("kg-token");
  if (token) headers.Authorization = "Bearer " + token;
  const r = await fetch(u, { headers });
  const body = await r.json();
  if (r.status === 401) throw new Error("this server needs its token: open the explorer as /#token=TOKEN");
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

// graphName names a graph by the last segment of its IRI (a dataset's
// file name).
function graphName(g) {
  const m = String(g).match(/([^/#]+)[/#]?$/);
  return m ? m[1] : g;
}

// entityLink links to an entity's card. A dataset item (a node no
// document mentions, such as the item an entity is linked to, which often
// has the same name) is marked: its IRI follows its name.
function entityLink(iri, name, dataset) {
  const a = el("a", { class: dataset ? "hit dataset" : "hit", href: "#", "data-iri": iri, title: iri, onclick: (ev) => { ev.preventDefault(); openEntity(iri); } }, name || short(iri));
  if (dataset && name) a.append(el("span", { class: "item-id" }, " · " + short(iri)));
  return a;
}

async function search(ev) {
  if (ev) ev.preventDefault();
  const q = $("q").value.trim();
  const ul = $("results");
  ul.replaceChildren();
  if (!q) return;
  try {
    const { hits } = await api("/api/kg/search", { q, limit: 15 });
    if (hits.length === 0) ul.append(el("li", {}, "no match"));
    for (const h of hits) {
      // A dataset's node may have no classes (older servers left the
      // field out then).
      const dataset = h.documents === 0;
      const meta = [(h.classes || []).map(short).join(" "), dataset ? "dataset item" : h.documents + " docs"].filter(Boolean);
      if (h.matched !== h.name) meta.unshift("as " + h.matched);
      ul.append(el("li", {}, entityLink(h.iri, h.name, dataset), " ", el("span", { class: "meta" }, meta.join(" · "))));
    }
    status("");
  } catch (e) { status(e.message, true); }
}

async function openEntity(iri) {
  status("loading " + short(iri) + " …");
  try {
    const [card, nb] = await Promise.all([
      api("/api/kg/entity", { id: iri, mentions: 5 }),
      api("/api/kg/neighbours", { id: iri, limit: 30 }),
    ]);
    renderCard(card);
    renderGraph(nb);
    if (!$("from").value) $("from").value = card.name || iri;
    status("");
  } catch (e) { status(e.message, true); }
}

function renderCard(c) {
  const d = $("card");
  d.replaceChildren(el("h2", { class: "name" }, c.name || short(c.iri)), el("div", { class: "iri" }, c.iri));
  if (c.documents === 0) {
    // A dataset item: say so, and which dataset it comes from.
    const from = (c.graphs || []).map((g) => el("span", { class: "graph", title: g }, graphName(g)));
    const line = el("div", { class: "source" }, el("span", { class: "badge" }, "dataset item"), " no document mentions it");
    if (from.length) line.append("; from ", ...from.flatMap((x, i) => (i ? [", ", x] : [x])));
    d.append(line);
  }
  if (c.classes) d.append(el("div", { class: "meta" }, c.classes.map(short).join(", ") + " · " + c.documents + " documents"));
  if (c.aliases) d.append(el("h3", {}, "Aliases"), el("div", {}, c.aliases.join("; ")));
  if (c.links) {
    const ul = el("ul", { class: "links" });
    for (const l of c.links) {
      const li = el("li", {}, l.incoming ? "← sameAs " : "sameAs ", entityLink(l.target, l.name ? l.name + " (" + short(l.target) + ")" : short(l.target)));
      if (l.method) li.append(el("span", { class: "meta" }, " " + l.method + " " + l.score.toFixed(3)));
      if (l.dataset) li.append(el("span", { class: "meta", title: l.dataset }, " · dataset " + graphName(l.dataset)));
      if (l.facts) li.append(el("div", { class: "meta" }, l.facts.map((f) => short(f.predicate) + " " + f.value).join(" · ")));
      ul.append(li);
    }
    d.append(el("h3", {}, "Links"), ul);
  }
  if (c.properties) {
    d.append(el("h3", {}, "Properties"), el("ul", {}, ...c.properties.map((f) => el("li", {}, short(f.predicate) + " " + f.value))));
  }
  if (c.relations) {
    const ul = el("ul", { class: "relations" });
    for (const r of c.relations) {
      const arrow = r.forward ? "→ " + short(r.predicate) + " → " : "← " + short(r.predicate) + " ← ";
      ul.append(el("li", {}, arrow, entityLink(r.other.iri, r.other.name), el("span", { class: "meta" }, r.sources ? " (" + r.sources.length + " sources)" : "")));
    }
    d.append(el("h3", {}, "Relations (" + c.relation_count + ")"), ul);
  }
  if (c.mentions) {
    const ul = el("ul", { class: "mentions" });
    for (const m of c.mentions) {
      ul.append(el("li", {}, el("span", { class: "meta" }, (m.document_name || short(m.document)) + ": "), m.before, el("mark", {}, m.text), m.after));
    }
    d.append(el("h3", {}, "Mentions (" + c.mention_count + ")"), ul);
  }
}

// renderGraph draws the neighbourhood with a small force layout: springs
// on edges, repulsion between nodes, the centre pinned. The edges between
// two nodes are one line with one label; labels that would overlap
// another label or a node's name are left out, and every edge shows its
// predicates when the pointer is on it. When the answer says which nodes
// documents mention (nb.documents), the others, dataset items, are drawn
// apart and their IRI follows their name.
function renderGraph(nb) {
  const svg = $("graph");
  svg.replaceChildren();
  const W = 640, H = 420;
  const docs = nb.documents;
  const isDataset = (iri) => !!docs && !(iri in docs);
  const nodes = [{ iri: nb.center.iri, name: nb.center.name, x: W / 2, y: H / 2, fixed: true }];
  const index = new Map([[nb.center.iri, 0]]);
  (nb.nodes || []).forEach((n, i, all) => {
    const a = (2 * Math.PI * i) / Math.max(all.length, 1) + 0.6;
    index.set(n.iri, nodes.length);
    nodes.push({ iri: n.iri, name: n.name, x: W / 2 + 150 * Math.cos(a), y: H / 2 + 150 * Math.sin(a) });
  });
  // Dataset items are drawn apart; a name shown twice (an entity and the
  // dataset item it is linked to, say) is followed by the IRI, but for
  // the entity the documents mention.
  const seen = new Map();
  for (const n of nodes) seen.set(n.name, (seen.get(n.name) || 0) + 1);
  for (const n of nodes) {
    n.dataset = isDataset(n.iri);
    n.label = n.name || short(n.iri);
    if (n.name && seen.get(n.name) > 1 && (n.dataset || !docs)) n.label += " · " + short(n.iri);
  }
  // One edge per pair of nodes, with all its predicates.
  const pairs = new Map();
  for (const e of nb.edges || []) {
    if (!index.has(e.subject) || !index.has(e.object)) continue;
    const s = index.get(e.subject), o = index.get(e.object);
    const key = Math.min(s, o) + " " + Math.max(s, o);
    if (!pairs.has(key)) pairs.set(key, { s, o, preds: [] });
    const p = pairs.get(key);
    const name = short(e.predicate);
    if (!p.preds.includes(name)) p.preds.push(name);
  }
  const edges = [...pairs.values()];
  for (let it = 0; it < 300; it++) {
    const t = 1 - it / 300;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        const d2 = Math.max(dx * dx + dy * dy, 1);
        const f = (3000 / d2) * t;
        const d = Math.sqrt(d2);
        dx /= d; dy /= d;
        if (!a.fixed) { a.x += dx * f; a.y += dy * f; }
        if (!b.fixed) { b.x -= dx * f; b.y -= dy * f; }
      }
    }
    for (const e of edges) {
      const a = nodes[e.s], b = nodes[e.o];
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const f = ((d - 140) / d) * 0.05 * t;
      if (!a.fixed) { a.x += dx * f; a.y += dy * f; }
      if (!b.fixed) { b.x -= dx * f; b.y -= dy * f; }
    }
    for (const n of nodes) {
      n.x = Math.min(W - 30, Math.max(30, n.x));
      n.y = Math.min(H - 15, Math.max(15, n.y));
    }
  }
  const edgeLayer = svgEl("g", {}), nodeLayer = svgEl("g", {}), labelLayer = svgEl("g", {});
  svg.append(edgeLayer, nodeLayer, labelLayer);
  for (const e of edges) {
    const a = nodes[e.s], b = nodes[e.o];
    const g = svgEl("g", { class: "edge" });
    g.append(svgEl("line", { class: "eline", x1: a.x, y1: a.y, x2: b.x, y2: b.y }));
    g.append(svgEl("line", { class: "ehit", x1: a.x, y1: a.y, x2: b.x, y2: b.y }));
    const title = svgEl("title", {});
    title.textContent = e.preds.join(", ");
    g.append(title);
    e.g = g;
    edgeLayer.append(g);
  }
  nodes.forEach((n, i) => {
    const cls = ["node"];
    if (i === 0) cls.push("center");
    if (n.dataset) cls.push("dataset");
    const g = svgEl("g", { class: cls.join(" "), "data-iri": n.iri, transform: `translate(${n.x},${n.y})` });
    g.append(n.dataset ? svgEl("rect", { x: -6, y: -6, width: 12, height: 12 }) : svgEl("circle", { r: i === 0 ? 9 : 6 }));
    const t = svgEl("text", { x: 9, y: 4 });
    t.textContent = n.label;
    g.append(t);
    const title = svgEl("title", {});
    title.textContent = n.iri + (n.dataset ? "\ndataset item: no document mentions it (open it to see its dataset)" : "");
    g.append(title);
    g.addEventListener("click", () => openEntity(n.iri));
    nodeLayer.append(g);
  });
  // Edge labels, placed where they overlap nothing drawn so far: the
  // names of nodes and the labels already placed.
  const boxes = [...nodeLayer.querySelectorAll("g.node")].map((g) => g.getBBox && box(g));
  const free = (b) => boxes.every((o) => !o || b.x + b.w <= o.x || o.x + o.w <= b.x || b.y + b.h <= o.y || o.y + o.h <= b.y);
  for (const e of edges) {
    const a = nodes[e.s], b = nodes[e.o];
    const lab = svgEl("text", { class: "elabel" });
    lab.textContent = e.preds.length > 2 ? e.preds.slice(0, 2).join(", ") + " +" + (e.preds.length - 2) : e.preds.join(", ");
    labelLayer.append(lab);
    let placed = false;
    for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78]) {
      lab.setAttribute("x", a.x + (b.x - a.x) * f);
      lab.setAttribute("y", a.y + (b.y - a.y) * f);
      const bb = box(lab);
      if (free(bb)) { boxes.push(bb); placed = true; break; }
    }
    if (!placed) {
      lab.setAttribute("x", (a.x + b.x) / 2);
      lab.setAttribute("y", (a.y + b.y) / 2);
      lab.classList.add("hidden");
    }
    // The pointer on an edge shows its label, above the others.
    e.g.addEventListener("mouseenter", () => { lab.classList.add("hover"); labelLayer.append(lab); });
    e.g.addEventListener("mouseleave", () => lab.classList.remove("hover"));
  }
  if (nb.more) {
    const t = svgEl("text", { x: 8, y: H - 8, class: "more" });
    t.textContent = "+" + nb.more + " more neighbours";
    svg.append(t);
  }
}

// box is an SVG element's bounding box in the graph's coordinates, with a
// pixel of margin.
function box(e) {
  const b = e.getBBox();
  const m = e.transform && e.transform.baseVal.numberOfItems ? e.transform.baseVal.getItem(0).matrix : { e: 0, f: 0 };
  return { x: b.x + m.e - 1, y: b.y + m.f - 1, w: b.width + 2, h: b.height + 2 };
}

// pathGraph turns a path into the shape renderGraph draws: its first node
// in the centre, the others around it, its edges between them.
function pathGraph(p) {
  const edges = [];
  p.steps.forEach((step, i) => {
    for (const l of step) {
      const a = p.nodes[i].iri, b = p.nodes[i + 1].iri;
      edges.push(l.forward ? { subject: a, predicate: l.predicate, object: b } : { subject: b, predicate: l.predicate, object: a });
    }
  });
  return { center: p.nodes[0], nodes: p.nodes.slice(1), edges };
}

function svgEl(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

async function findPath(ev) {
  if (ev) ev.preventDefault();
  const from = $("from").value.trim(), to = $("to").value.trim();
  const out = $("paths");
  out.replaceChildren();
  if (!from || !to) return;
  status("searching paths …");
  try {
    const res = await api("/api/kg/path", { from, to, "max-depth": $("depth").value || 4 });
    if (res.paths.length === 0) out.append(el("div", { class: "path none" }, "no path of at most " + ($("depth").value || 4) + " edges"));
    res.paths.forEach((p, i) => {
      const div = el("div", { class: "path" }, el("div", {}, "path " + (i + 1) + " (" + p.steps.length + " edges)"));
      p.nodes.forEach((n, j) => {
        div.append(el("div", {}, entityLink(n.iri, n.name)));
        if (j < p.steps.length) {
          for (const l of p.steps[j]) {
            const arrow = l.forward ? "↓ " + short(l.predicate) : "↑ " + short(l.predicate);
            div.append(el("div", { class: "step" }, arrow, el("span", { class: "meta" }, l.sources ? " · " + l.sources.length + " sources" : "")));
          }
        }
      });
      out.append(div);
    });
    if (res.paths.length > 0) renderGraph(pathGraph(res.paths[0]));
    status("");
  } catch (e) { status(e.message, true); }
}

// hint offers, before anything is typed, the entities the most
// documents mention, as placeholders and as links that search them.
async function hint() {
  const div = $("hint");
  try {
    const { hits } = await api("/api/kg/top", { limit: 3 });
    if (hits.length === 0) {
      div.replaceChildren("This store has no documents yet: add some with kg build FILES.");
      return;
    }
    $("q").placeholder = "Name or alias, e.g. " + hits[0].name;
    $("from").placeholder = "from (name or IRI), e.g. " + hits[0].name;
    if (hits[1]) $("to").placeholder = "to (name or IRI), e.g. " + hits[1].name;
    const links = hits.map((h) => el("a", { class: "try", href: "#", onclick: (ev) => { ev.preventDefault(); $("q").value = h.name; search(); } }, h.name));
    div.replaceChildren("Try ", ...links.flatMap((a, i) => (i ? [", ", a] : [a])), " (the most mentioned), or part of a name.");
  } catch (e) {
    div.replaceChildren();
  }
}

$("search-form").addEventListener("submit", search);
$("path-form").addEventListener("submit", findPath);
const params = new URLSearchParams(location.search);
if (params.get("q")) { $("q").value = params.get("q"); search(); }
if (params.get("id")) openEntity(params.get("id"));
hint();
