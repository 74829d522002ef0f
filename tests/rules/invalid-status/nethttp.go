package api

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

const maxBodyBytes = 1 << 20

func healthHandler(w http.ResponseWriter, r *http.Request) {
	// Only three-digit numbers are read as statuses: WriteHeader(99) is not
	// reported yet (see the closing note of issue 5).
	w.WriteHeader(http.StatusOK)
}

func legacyHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(700)
	//            ^^^ invalid-status error =>
	w.Write([]byte("legacy"))
}

func uploadHandler(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
	var payload map[string]any
	if err := json.NewDecoder(r.Body).Decode(&payload); err != nil {
		http.Error(w, "bad payload", 600)
		//                           ^^^ invalid-status error =>
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func isServerError(resp *http.Response) bool {
	return resp.StatusCode >= 500 && resp.StatusCode < 600
	//                                                 !!! invalid-status range bound
}

func registerGin(r *gin.Engine) {
	r.GET("/version", func(c *gin.Context) {
		c.JSON(900, gin.H{"version": "1.4.2"})
		//     ^^^ invalid-status error =>
	})
	r.GET("/ready", func(c *gin.Context) {
		c.JSON(http.StatusOK, gin.H{"ready": true})
		c.String(200, "ok")
		//       !!! invalid-status a real status
	})
}

func newServer(h http.Handler) *http.Server {
	return &http.Server{
		Addr:              ":8080",
		Handler:           h,
		ReadHeaderTimeout: 600 * time.Millisecond,
		//                 !!! invalid-status a timeout
	}
}
