package web

import (
	"fmt"
	"net/http"
)

func coffeeHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTeapot)
	//            ^^^^^^^^^^^^^^^^^ deprecated-status warning =>
	fmt.Fprintln(w, "I'm a teapot")
}

func extensionHandler(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Man") == "" {
		http.Error(w, "mandatory extension missing", http.StatusNotExtended)
		//                                           ^^^^^^^^^^^^^^^^^^^^^^ deprecated-status warning =>
		return
	}
	w.WriteHeader(http.StatusOK)
	//            !!!!!!!!!!!!! deprecated-status a current code
}

func proxyHintHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "http://proxy.internal:3128")
	w.WriteHeader(305)
	//            ^^^ deprecated-status warning =>
}

func batchHandler(w http.ResponseWriter, r *http.Request) {
	// http-status: ignore[deprecated-status] the WebDAV client we serve still waits for it
	w.WriteHeader(http.StatusProcessing)
	//            !!!!!!!!!!!!!!!!!!!!! deprecated-status suppressed
	w.WriteHeader(http.StatusMultiStatus)
}

// fetchThroughProxy reads what a server answers; handling a 305 is not sending it.
func fetchThroughProxy(client *http.Client, url string) (*http.Response, error) {
	resp, err := client.Get(url)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusUseProxy {
	//                    !!!!!!!!!!!!!!!!!!! deprecated-status a client reading the status
		resp.Body.Close()
		return client.Get(resp.Header.Get("Location"))
	}
	return resp, nil
}

var reasonPhrases = map[int]string{305: "Use Proxy", 418: "I'm a teapot"}
//                                 !!! deprecated-status a status table
