package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func requireLogin(w http.ResponseWriter, r *http.Request) {
	if _, err := r.Cookie("session"); err != nil {
		http.Redirect(w, r, "/login", http.StatusUnauthorized)
		//                            ^^^^^^^^^^^^^^^^^^^^^^^ redirect-non-3xx error =>
		return
	}
	http.Redirect(w, r, "/home", http.StatusSeeOther)
	//                           !!!!!!!!!!!!!!!!!!! redirect-non-3xx a real redirect
}

func Routes(mux *http.ServeMux) {
	mux.Handle("/old-blog/", http.RedirectHandler("/blog/", http.StatusMovedPermanently))
	//                                                      !!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-non-3xx a real redirect
	mux.Handle("/feed", http.RedirectHandler("/rss.xml", 200))
	//                                                   ^^^ redirect-non-3xx error =>
}

func GinRoutes(r *gin.Engine) {
	r.GET("/pricing", func(c *gin.Context) {
		c.Redirect(http.StatusOK, "/plans")
		//         ^^^^^^^^^^^^^ redirect-non-3xx error =>
	})
	r.GET("/plans/old", func(c *gin.Context) {
		c.Redirect(http.StatusPermanentRedirect, "/plans")
		//         !!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-non-3xx a real redirect
	})
}

func EchoRoutes(e *echo.Echo) {
	e.GET("/signin", func(c echo.Context) error {
		return c.Redirect(404, "/login")
		//                ^^^ redirect-non-3xx error =>
	})
	e.GET("/signup", func(c echo.Context) error {
		return c.Redirect(http.StatusFound, "/register")
		//                !!!!!!!!!!!!!!!! redirect-non-3xx a real redirect
	})
}
