package web

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Tests assert what the handlers send; they do not send it themselves.
func TestCoffee(t *testing.T) {
	rec := httptest.NewRecorder()
	coffeeHandler(rec, httptest.NewRequest(http.MethodGet, "/coffee", nil))
	assert.Equal(t, http.StatusTeapot, rec.Code)
	//              !!!!!!!!!!!!!!!!! deprecated-status a test assertion
	if rec.Code != 418 {
	//             !!! deprecated-status a test comparison
		t.Fatalf("got %d", rec.Code)
	}
}
