package api

import (
	"encoding/json"
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

func createUser(w http.ResponseWriter, r *http.Request) {
	var u struct{ Email string }
	if err := json.NewDecoder(r.Body).Decode(&u); err != nil {
		http.Error(w, "malformed JSON", http.StatusBadRequest)
		//                              !!!!!!!!!!!!!!!!!!!!! error-helper-non-error a real error
		return
	}
	if u.Email == "" {
		http.Error(w, "email is required", http.StatusOK)
		//                                 ^^^^^^^^^^^^^ error-helper-non-error warning =>
		return
	}
	if exists(u.Email) {
		http.Error(w, "user already exists", 302)
		//                                   ^^^ error-helper-non-error warning =>
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func EchoRoutes(e *echo.Echo) {
	e.GET("/users/:id", func(c echo.Context) error {
		if c.Param("id") == "me" {
			return echo.NewHTTPError(http.StatusNoContent, "nothing to show")
			//                       ^^^^^^^^^^^^^^^^^^^^ error-helper-non-error warning =>
		}
		return echo.NewHTTPError(http.StatusNotFound, "user not found")
		//                       !!!!!!!!!!!!!!!!!!! error-helper-non-error a real error
	})
}

func FiberRoutes(app *fiber.App) {
	app.Delete("/users/:id", func(c *fiber.Ctx) error {
		if c.Params("id") == "" {
			return fiber.NewError(200, "nothing to delete")
			//                    ^^^ error-helper-non-error warning =>
		}
		return fiber.NewError(fiber.StatusConflict, "user has open orders")
		//                    !!!!!!!!!!!!!!!!!!!! error-helper-non-error a real error
	})
}

func exists(email string) bool { return false }
