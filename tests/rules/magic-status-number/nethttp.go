package store

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

func getProduct(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	if id == "" {
		http.Error(w, "missing id", 400)
		//                          ^^^ magic-status-number hint => http.StatusBadRequest
		return
	}
	p, ok := products[id]
	if !ok {
		w.WriteHeader(404)
		//            ^^^ magic-status-number hint => http.StatusNotFound
		return
	}
	w.WriteHeader(http.StatusOK)
	//            !!!!!!!!!!!!! magic-status-number already named
	json.NewEncoder(w).Encode(p)
}

func legacyProduct(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/products?id="+r.URL.Query().Get("id"), 301)
	//                                                           ^^^ magic-status-number hint => http.StatusMovedPermanently
}

func teapot(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(418)
	//            !!! magic-status-number not a standard code: deprecated-status speaks for it
}

func Routes(r *gin.Engine) {
	r.GET("/health", func(c *gin.Context) {
		c.JSON(200, gin.H{"ok": true})
		//     ^^^ magic-status-number hint => http.StatusOK
	})
	r.POST("/products", func(c *gin.Context) {
		// http-status: ignore[magic-status-number] mirrors the upstream API's docs
		c.JSON(201, gin.H{"created": true})
		//     !!! magic-status-number suppressed
	})
}

// fetchInventory reads statuses; comparisons are left alone.
func fetchInventory(client *http.Client) (bool, error) {
	resp, err := client.Get("http://inventory.internal:8080/stock")
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	return resp.StatusCode == 200, nil
	//                        !!! magic-status-number a comparison
}

var products = map[string]string{}
