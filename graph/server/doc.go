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
//	/api/v2/read            Cayley's quad reader (?sub=&pred=&obj=&label=&format=)
//	/api/v2/formats         the quad formats
//	/api/v2/write, /delete  only when Options.Writable; through the store's write lock
//	/api/kg/search?q=       entities by name or alias (graph.Store.Search)
//	/api/kg/entity?id=      an entity card (graph.Store.Card); id is an IRI or a name
//	/api/kg/neighbours?id=  the entities one edge away (graph.Store.Neighbours)
//	/api/kg/path?from=&to=  the shortest paths (graph.Store.Paths); &max-depth=, &via=
//	/health                 "ok"
//
// Every request runs under Options.Timeout, and queries return at most
// Options.Limit results: a runaway Gizmo script gets an error when the
// timeout passes and the server goes on serving.
package server
