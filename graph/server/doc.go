// Package server is kg's HTTP server: Cayley's HTTP API v2 and web UI over
// a kg store, kg's own endpoints for search, entity cards, neighbourhoods
// and paths, and an explorer page that uses them.
//
// Routes:
//
//	/                       the explorer page (search, card, neighbourhood graph, paths)
//	/ui/                    Cayley's web UI (query editor)
//	/api/v2/query           Cayley's query API: ?lang=gizmo|graphql|mql, the query as
//	                        ?qu= (GET) or the body (POST); {"result": [...]} (GraphQL:
//	                        {"data": ...}) or {"error": "..."}
//	/api/v2/read            the quads matching ?sub=&pred=&obj=&label= (&format=, &limit=)
//	/api/v2/formats         the quad formats
//	/api/v2/write, /delete  only when Options.Writable; through the store's write lock
//	/api/kg/search?q=       entities by name or alias (explore.Search)
//	/api/kg/top?limit=      the entities the most documents mention (graph.Store.MostMentioned)
//	/api/kg/entity?id=      an entity card (explore.CardOf); id is an IRI or a name
//	/api/kg/neighbours?id=  the entities one edge away (explore.Neighbours)
//	/api/kg/path?from=&to=  the shortest paths (explore.Paths); &max-depth=, &via=
//	/health                 "ok"
//
// Every request runs under Options.Timeout, queries in every language and
// /api/v2/read return at most Options.Limit results (GraphQL: per list, and
// ten lists' worth in all), a query that grows the heap by more than
// Options.QueryMemory is stopped, and request bodies, search texts and
// names are capped: a runaway Gizmo script gets an error and the server
// goes on serving. Server.HTTPServer adds read-header, read, write and
// idle timeouts.
//
// Requests whose Host header does not name the server (Options.Hosts,
// loopback, the address they came in on) are answered 421, against DNS
// rebinding; writes need a non-simple Content-Type and a matching Origin,
// so that no web page of another origin can send them; Options.Token
// requires a bearer token for writes, and with Options.TokenReads for every
// /api/ request. docs/SECURITY.md describes it all for users.
package server
