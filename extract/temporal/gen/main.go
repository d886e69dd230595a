// Command gen writes currencies.tsv, the currency of each symbol and name
// that money is written with in English news, from the country data of
// ../shared/data/countries (mledoze/countries: each country's currencies
// with their names and symbols):
//
//	go run ./gen -data ../../../shared/data -out currencies.tsv
//
// Each line is "key<TAB>ISO 4217 code": a symbol ("£"), the last word of
// a currency's name ("pound"), or its whole name less the country's
// ("swiss franc"), lower case. A key several currencies share goes to the
// one the most countries use ("$": USD, "£": GBP); a key two currencies
// share equally is left out ("¥": the yen and the yuan).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	data := flag.String("data", "../../../shared/data", "the shared data `DIR`")
	out := flag.String("out", "currencies.tsv", "output `FILE`")
	flag.Parse()
	log.SetFlags(0)
	b, err := os.ReadFile(filepath.Join(*data, "countries", "countries.json"))
	if err != nil {
		log.Fatalf("gen: %v", err)
	}
	var countries []struct {
		Currencies map[string]struct {
			Name   string `json:"name"`
			Symbol string `json:"symbol"`
		} `json:"currencies"`
	}
	if err := json.Unmarshal(b, &countries); err != nil {
		log.Fatalf("gen: countries.json: %v", err)
	}
	uses := map[string]map[string]int{} // key -> code -> countries
	add := func(k, code string) {
		k = strings.ToLower(strings.TrimSpace(k))
		if k == "" {
			return
		}
		if uses[k] == nil {
			uses[k] = map[string]int{}
		}
		uses[k][code]++
	}
	for _, c := range countries {
		for code, cur := range c.Currencies {
			add(cur.Symbol, code)
			words := strings.Fields(cur.Name)
			if len(words) > 0 {
				add(words[len(words)-1], code)
				add(cur.Name, code)
			}
			if len(words) > 2 {
				add(strings.Join(words[len(words)-2:], " "), code)
			}
		}
	}
	keys := make([]string, 0, len(uses))
	for k := range uses {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var lines []string
	for _, k := range keys {
		best, n, tie := "", 0, false
		for code, m := range uses[k] {
			switch {
			case m > n:
				best, n, tie = code, m, false
			case m == n:
				tie = true
			}
		}
		if !tie && !strings.ContainsAny(k, "\t\n") {
			lines = append(lines, k+"\t"+best)
		}
	}
	if err := os.WriteFile(*out, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		log.Fatalf("gen: %v", err)
	}
	fmt.Fprintf(os.Stderr, "%d keys\n", len(lines))
}
