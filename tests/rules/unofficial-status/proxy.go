package proxy

import (
	"context"
	"errors"
	"net/http"
	"net/http/httputil"
	"net/url"
	"time"
)

// StatusClientClosedRequest is nginx's code for a client that went away.
const StatusClientClosedRequest = 499
//                                !!! unofficial-status a named definition, not a response

func New(target *url.URL) *httputil.ReverseProxy {
	p := httputil.NewSingleHostReverseProxy(target)
	p.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
		switch {
		case errors.Is(err, context.Canceled):
			w.WriteHeader(499)
			//            ^^^ unofficial-status warning nginx and ArcGIS disagree =>
		case errors.Is(err, context.DeadlineExceeded):
			w.WriteHeader(http.StatusGatewayTimeout)
		default:
			w.WriteHeader(520)
			//            ^^^ unofficial-status information =>
		}
	}
	return p
}

func blockScanners(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/.env" {
			w.WriteHeader(444)
			//            ^^^ unofficial-status information =>
			return
		}
		if r.URL.Path == "/legal-hold" {
			http.Error(w, "unavailable for legal reasons", 451)
			//                                             !!! unofficial-status an IANA code
			return
		}
		next.ServeHTTP(w, r)
	})
}

// probe reads what the CDN answers: Cloudflare codes here are not sent by us.
func probe(client *http.Client, u string) bool {
	resp, err := client.Get(u)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	if resp.StatusCode == 522 {
	//                    !!! unofficial-status a client reading the status
		time.Sleep(2 * time.Second)
		return false
	}
	return resp.StatusCode < 500
}
