// A small net/http server: helpers given codes of the wrong class, and a
// vendor code.
package main

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/moved" {
		http.Redirect(w, r, "/new", 200)
		return
	}
	if r.Method != http.MethodGet {
		http.Error(w, "only GET", 200)
		return
	}
	if r.Header.Get("X-Drop") != "" {
		// nginx's "close the connection": no client ever sees it.
		w.WriteHeader(444)
		return
	}
	// The file imports net/http: http.StatusNoContent says what 204 means.
	w.WriteHeader(204)
}

func main() {
	http.HandleFunc("/", handler)
	_ = http.ListenAndServe(":8080", nil)
}
