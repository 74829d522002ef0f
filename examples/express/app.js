// A small Express app with one mistake of each kind `check` knows.
const express = require("express");
const app = express();

app.get("/legacy", (req, res) => {
  // Browsers ignore 305: configure the proxy on the client instead.
  res.status(305).send("use the proxy");
});

app.post("/login", (req, res) => {
  // A redirect helper with a success code: the client never follows it.
  res.redirect(200, "/dashboard");
});

app.post("/orders", (req, res) => {
  // After a form post 302 is ambiguous: 303 says "now GET the result".
  res.redirect(302, "/orders/42");
});

app.delete("/orders/:id", (req, res) => {
  // 204 means no body: this JSON never reaches the client.
  res.status(204).json({ deleted: req.params.id });
});

app.get("/queued", (req, res) => {
  // 290 is this project's own code, declared in examples/http-status.toml.
  res.status(290).send("queued");
});

app.get("/odd", (req, res) => {
  res.status(299).send("not a registered code");
});

app.get("/broken", (req, res) => {
  res.status(700).send("not a status code at all");
});

app.get("/client-closed", (req, res) => {
  // nginx logs 499 when the client hangs up; other vendors mean other things.
  res.status(499).end();
});

app.get("/teapot", (req, res) => {
  res.status(418).send("short and stout"); // http-status: ignore[deprecated-status]
});

app.listen(3000);
