package api

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

type Task struct {
	ID   string `json:"id"`
	Done bool   `json:"done"`
}

func ginRoutes(r *gin.Engine, store map[string]Task) {
	r.DELETE("/tasks/:id", func(c *gin.Context) {
		task := store[c.Param("id")]
		delete(store, task.ID)
		c.JSON(204, task)
		//     ^^^ content-with-bodiless-status warning => 200
	})

	r.PUT("/tasks/:id", func(c *gin.Context) {
		c.JSON(http.StatusNoContent, gin.H{"updated": true})
		//     ^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => http.StatusOK
	})

	r.POST("/tasks/:id/done", func(c *gin.Context) {
		c.String(http.StatusNoContent, "marked %s done", c.Param("id"))
		//       ^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => http.StatusOK
	})

	r.GET("/tasks/:id", func(c *gin.Context) {
		task := store[c.Param("id")]
		if c.GetHeader("If-None-Match") == task.ID {
			c.JSON(http.StatusNotModified, task)
			//     ^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => http.StatusOK
			return
		}
		c.JSON(http.StatusOK, task)
		//     !!!!!!!!!!!!! content-with-bodiless-status 200 carries a body
	})

	r.DELETE("/tasks", func(c *gin.Context) {
		c.Status(http.StatusNoContent)
		//       !!!!!!!!!!!!!!!!!!!! content-with-bodiless-status no body
	})

	r.DELETE("/tasks/done", func(c *gin.Context) {
		c.JSON(204, nil)
		//     !!! content-with-bodiless-status a nil body
	})

	r.POST("/tasks/ping", func(c *gin.Context) {
		c.String(204, "")
		//       !!! content-with-bodiless-status an empty body
	})
}

func echoRoutes(e *echo.Echo, store map[string]Task) {
	e.DELETE("/tasks/:id", func(c echo.Context) error {
		task := store[c.Param("id")]
		delete(store, task.ID)
		return c.JSON(http.StatusNoContent, task)
		//            ^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => http.StatusOK
	})

	e.PUT("/tasks/:id/reset", func(c echo.Context) error {
		return c.String(http.StatusResetContent, "form cleared")
		//              ^^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => http.StatusOK
	})

	e.POST("/imports", func(c echo.Context) error {
		return c.JSON(http.StatusAccepted, map[string]string{"state": "queued"})
		//            !!!!!!!!!!!!!!!!!!! content-with-bodiless-status 202 carries a body
	})

	e.POST("/imports/early", func(c echo.Context) error {
		return c.JSON(http.StatusProcessing, map[string]string{"state": "processing"})
		//            ^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => http.StatusOK
	})

	e.DELETE("/tasks", func(c echo.Context) error {
		return c.NoContent(http.StatusNoContent)
		//                 !!!!!!!!!!!!!!!!!!!! content-with-bodiless-status no body
	})

	e.POST("/tasks", func(c echo.Context) error {
		return c.JSON(http.StatusCreated, Task{ID: "1"})
		//            !!!!!!!!!!!!!!!!!! content-with-bodiless-status 201 carries a body
	})
}
