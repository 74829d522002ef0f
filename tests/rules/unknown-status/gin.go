package handlers

import (
	"net/http"
	"net/textproto"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func RegisterGin(r *gin.Engine) {
	r.POST("/carts/:id/checkout", func(c *gin.Context) {
		if c.GetHeader("Idempotency-Key") == "" {
			c.AbortWithStatusJSON(428, gin.H{"error": "Idempotency-Key required"})
			//                    !!! unknown-status assigned: Precondition Required
			return
		}
		c.JSON(299, gin.H{"status": "queued"})
		//     ^^^ unknown-status warning =>
	})

	r.GET("/carts/:id", func(c *gin.Context) {
		if c.Param("id") == "" {
			c.Status(432)
			//       ^^^ unknown-status warning =>
			return
		}
		c.JSON(http.StatusOK, gin.H{"id": c.Param("id")})
	})
}

func RegisterEcho(e *echo.Echo) {
	e.GET("/coupons/:code", func(c echo.Context) error {
		if len(c.Param("code")) != 8 {
			return echo.NewHTTPError(453, "malformed coupon")
			//                       ^^^ unknown-status warning =>
		}
		return c.NoContent(http.StatusNoContent)
	})
}

// verifyMailbox talks SMTP, not HTTP: its reply codes are not statuses.
func verifyMailbox(conn *textproto.Conn, address string) error {
	id, err := conn.Cmd("VRFY %s", address)
	if err != nil {
		return err
	}
	conn.StartResponse(id)
	defer conn.EndResponse(id)
	code, _, err := conn.ReadResponse(0)
	if code == 550 {
	//         !!! unknown-status an SMTP reply code
		return err
	}
	return nil
}

func legacy(w http.ResponseWriter, r *http.Request) {
	// http-status: ignore[unknown-status]
	w.WriteHeader(299)
	//            !!! unknown-status suppressed
}
