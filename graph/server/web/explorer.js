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

function entityLink(iri, name) {
  return el("a", { class: "hit", href: "#", "data-iri": iri, onclick: (ev) => { ev.preventDefault(); openEntity(iri); } }, name || short(iri));
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
      const meta = [(h.classes || []).map(short).join(" "), h.documents + " docs"].filter(Boolean);
      if (h.matched !== h.name) meta.unshift("as " + h.matched);
      ul.append(el("li", {}, entityLink(h.iri, h.name), " ", el("span", { class: "meta" }, meta.join(" · "))));
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
  if (c.classes) d.append(el("div", { class: "meta" }, c.classes.map(short).join(", ") + " · " + c.documents + " documents"));
  if (c.aliases) d.append(el("h3", {}, "Aliases"), el("div", {}, c.aliases.join("; ")));
  if (c.links) {
    const ul = el("ul", { class: "links" });
    for (const l of c.links) {
      const li = el("li", {}, l.incoming ? "← sameAs " : "sameAs ", entityLink(l.target, l.name ? l.name + " (" + short(l.target) + ")" : short(l.target)));
      if (l.method) li.append(el("span", { class: "meta" }, " " + l.method + " " + l.score.toFixed(3)));
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
// on edges, repulsion between nodes, the centre pinned.
function renderGraph(nb) {
  const svg = $("graph");
  svg.replaceChildren();
  const W = 640, H = 420;
  const nodes = [{ iri: nb.center.iri, name: nb.center.name, x: W / 2, y: H / 2, fixed: true }];
  const index = new Map([[nb.center.iri, 0]]);
  (nb.nodes || []).forEach((n, i, all) => {
    const a = (2 * Math.PI * i) / Math.max(all.length, 1) + 0.6;
    index.set(n.iri, nodes.length);
    nodes.push({ iri: n.iri, name: n.name, x: W / 2 + 150 * Math.cos(a), y: H / 2 + 150 * Math.sin(a) });
  });
  const edges = (nb.edges || []).filter((e) => index.has(e.subject) && index.has(e.object))
    .map((e) => ({ s: index.get(e.subject), o: index.get(e.object), p: e.predicate }));
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
  for (const e of edges) {
    const a = nodes[e.s], b = nodes[e.o];
    svg.append(svgEl("line", { class: "edge", x1: a.x, y1: a.y, x2: b.x, y2: b.y }));
    const lab = svgEl("text", { class: "elabel", x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
    lab.textContent = short(e.p);
    svg.append(lab);
  }
  nodes.forEach((n, i) => {
    const g = svgEl("g", { class: i === 0 ? "node center" : "node", "data-iri": n.iri, transform: `translate(${n.x},${n.y})` });
    g.append(svgEl("circle", { r: i === 0 ? 9 : 6 }));
    const t = svgEl("text", { x: 9, y: 4 });
    t.textContent = n.name || short(n.iri);
    g.append(t);
    const title = svgEl("title", {});
    title.textContent = n.iri;
    g.append(title);
    g.addEventListener("click", () => openEntity(n.iri));
    svg.append(g);
  });
  if (nb.more) {
    const t = svgEl("text", { x: 8, y: H - 8, class: "elabel" });
    t.textContent = "+" + nb.more + " more neighbours";
    svg.append(t);
  }
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

$("search-form").addEventListener("submit", search);
$("path-form").addEventListener("submit", findPath);
const params = new URLSearchParams(location.search);
if (params.get("q")) { $("q").value = params.get("q"); search(); }
if (params.get("id")) openEntity(params.get("id"));
