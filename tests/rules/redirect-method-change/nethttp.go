package web

import (
	"net/http"
	"testing"
)

func loginHandler(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		setSession(w, r.FormValue("user"))
		http.Redirect(w, r, "/dashboard", http.StatusFound)
		//                                ^^^^^^^^^^^^^^^^ redirect-method-change warning => http.StatusSeeOther | http.StatusTemporaryRedirect
		return
	}
	if r.Method == http.MethodGet {
		http.Redirect(w, r, "/login.html", http.StatusMovedPermanently)
		//                                 !!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change GET branch
		return
	}
}

func itemHandler(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		http.Redirect(w, r, "/items/", 302)
		//                             !!! redirect-method-change GET case
	case http.MethodPut:
		saveItem(r)
		http.Redirect(w, r, "/items/", 301)
		//                             ^^^ redirect-method-change warning => 303 | 308
	case http.MethodDelete:
		deleteItem(r)
		w.Header().Set("Location", "/items/")
		w.WriteHeader(http.StatusFound)
		//            ^^^^^^^^^^^^^^^^ redirect-method-change warning => http.StatusSeeOther | http.StatusTemporaryRedirect
	case http.MethodPatch:
		http.Redirect(w, r, "/items/", http.StatusSeeOther)
		//                             !!!!!!!!!!!!!!!!!!! redirect-method-change already 303
	}
}

func formHandler(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	http.Redirect(w, r, "/thanks", http.StatusTemporaryRedirect)
	//                             !!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change 307 keeps the method
}

// A helper: the method is not known here.
func redirectHome(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", http.StatusFound)
	//                       ^^^^^^^^^^^^^^^^ redirect-method-change hint => http.StatusSeeOther | http.StatusTemporaryRedirect
}

func TestLoginRedirects(t *testing.T) {
	resp, err := http.PostForm(server.URL+"/login", nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusFound {
	//                    !!!!!!!!!!!!!!!! redirect-method-change a client comparison
		t.Errorf("status %d", resp.StatusCode)
	}
	switch resp.StatusCode {
	case 301, 302:
	//        !!! redirect-method-change a switch over a response read by a client
		t.Log(resp.Header.Get("Location"))
	}
}

var server = struct{ URL string }{URL: "http://localhost:8080"}

func setSession(w http.ResponseWriter, user string) {}

func saveItem(r *http.Request) {}

func deleteItem(r *http.Request) {}
