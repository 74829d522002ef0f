const express = require("express");
const Router = require("@koa/router");
const { StatusCodes } = require("http-status-codes");

const app = express();
const api = express.Router();

// A login form posts here; 302 lets some clients replay the POST.
app.post("/login", (req, res) => {
  if (!req.body.user) {
    return res.redirect(303, "/login?error=1");
    //                  !!! redirect-method-change 303 already switches to GET
  }
  res.redirect(302, "/dashboard");
  //           ^^^ redirect-method-change warning => 303 | 307
});

app.post("/logout", function (req, res) {
  req.session = null;
  res.redirect(301, "/");
  //           ^^^ redirect-method-change warning => 303 | 308
});

api.put("/profile/:id", async (req, res) => {
  await saveProfile(req.params.id, req.body);
  res.status(302).location(`/profile/${req.params.id}`).end();
  //         ^^^ redirect-method-change warning => 303 | 307
});

api.delete("/cart/:id", (req, res) => {
  removeItem(req.params.id);
  res.redirect(StatusCodes.MOVED_TEMPORARILY, "/cart");
  //           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => StatusCodes.SEE_OTHER | StatusCodes.TEMPORARY_REDIRECT
});

api.patch("/settings", (req, res) => {
  res.writeHead(301, { Location: "/settings" });
  //            ^^^ redirect-method-change warning => 303 | 308
  res.end();
});

app.post("/upload", (req, res) => {
  res.redirect(307, "/storage/upload");
  //           !!! redirect-method-change 307 keeps the method
});

app.post("/moved-form", (req, res) => {
  res.redirect(308, "/new-form");
  //           !!! redirect-method-change 308 keeps the method
});

app.get("/old-page", (req, res) => {
  res.redirect(301, "/new-page");
  //           !!! redirect-method-change GET handler, method does not matter
});

app.get("/home", (req, res) => {
  res.status(302).set("Location", "/dashboard").end();
  //         !!! redirect-method-change GET handler
});

// Handlers defined apart from their route: the method is not known here.
function backToList(req, res) {
  res.redirect(302, "/items");
  //           ^^^ redirect-method-change hint => 303 | 307
}

function permanentMove(res, url) {
  res.redirect(StatusCodes.MOVED_PERMANENTLY, url);
  //           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ redirect-method-change hint => StatusCodes.SEE_OTHER | StatusCodes.PERMANENT_REDIRECT
}

app.use("/items", backToList);

// Koa with @koa/router.
const router = new Router();

router.post("/comments", async (ctx) => {
  await addComment(ctx.request.body);
  ctx.status = 301;
  //           ^^^ redirect-method-change warning => 303 | 308
  ctx.redirect("/comments");
});

router.get("/legacy", async (ctx) => {
  ctx.status = 301;
  //           !!! redirect-method-change GET handler
  ctx.redirect("/current");
});

module.exports = { app, api, router, backToList, permanentMove };
