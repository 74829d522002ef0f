package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/labstack/echo/v4"
)

func ginRoutes(r *gin.Engine) {
	r.POST("/login", func(c *gin.Context) {
		c.SetCookie("session", "abc", 3600, "/", "", true, true)
		c.Redirect(http.StatusFound, "/dashboard")
		//         ^^^^^^^^^^^^^^^^ redirect-method-change warning => http.StatusSeeOther | http.StatusTemporaryRedirect
	})

	r.PUT("/profile", func(c *gin.Context) {
		c.Redirect(302, "/profile")
		//         ^^^ redirect-method-change warning => 303 | 307
	})

	r.DELETE("/cart/:id", func(c *gin.Context) {
		c.Redirect(http.StatusSeeOther, "/cart")
		//         !!!!!!!!!!!!!!!!!!! redirect-method-change already 303
	})

	r.POST("/upload", func(c *gin.Context) {
		c.Redirect(http.StatusTemporaryRedirect, "https://storage.example.com/upload")
		//         !!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change 307 keeps the method
	})

	r.GET("/old", func(c *gin.Context) {
		c.Redirect(http.StatusMovedPermanently, "/new")
		//         !!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change GET handler
	})

	r.GET("/home", func(c *gin.Context) {
		c.Redirect(302, "/dashboard")
		//         !!! redirect-method-change GET handler
	})
}

// Registered in routes.go: the handler itself does not say which method it serves.
func signupHandler(c *gin.Context) {
	c.Redirect(http.StatusFound, "/welcome")
	//         ^^^^^^^^^^^^^^^^ redirect-method-change hint => http.StatusSeeOther | http.StatusTemporaryRedirect
}

func echoRoutes(e *echo.Echo) {
	e.POST("/comments", func(c echo.Context) error {
		return c.Redirect(http.StatusMovedPermanently, "/comments")
		//                ^^^^^^^^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => http.StatusSeeOther | http.StatusPermanentRedirect
	})

	e.PATCH("/settings", func(c echo.Context) error {
		return c.Redirect(301, "/settings")
		//                ^^^ redirect-method-change warning => 303 | 308
	})

	e.GET("/docs", func(c echo.Context) error {
		return c.Redirect(http.StatusFound, "https://docs.example.com")
		//                !!!!!!!!!!!!!!!! redirect-method-change GET handler
	})
}

func chiRoutes(r chi.Router) {
	r.Post("/orders", func(w http.ResponseWriter, req *http.Request) {
		http.Redirect(w, req, "/orders/1", http.StatusFound)
		//                                 ^^^^^^^^^^^^^^^^ redirect-method-change warning => http.StatusSeeOther | http.StatusTemporaryRedirect
	})

	r.Put("/orders/{id}", func(w http.ResponseWriter, req *http.Request) {
		w.Header().Set("Location", "/orders/1")
		w.WriteHeader(http.StatusFound)
		//            ^^^^^^^^^^^^^^^^ redirect-method-change warning => http.StatusSeeOther | http.StatusTemporaryRedirect
	})

	r.Get("/orders/latest", func(w http.ResponseWriter, req *http.Request) {
		http.Redirect(w, req, "/orders/1", http.StatusFound)
		//                                 !!!!!!!!!!!!!!!! redirect-method-change GET handler
	})
}
