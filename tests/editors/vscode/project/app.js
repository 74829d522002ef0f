// An Express app, opened by the VS Code end-to-end test.
const express = require("express");
const app = express();

app.get("/missing", (req, res) => {
  res.status(404).send("nothing here");
});

app.get("/old-proxy", (req, res) => {
  res.status(305).end();
});

app.post("/login", (req, res) => {
  res.redirect(302, "/home");
});

app.get("/new", (req, res) => {
  // the test writes here
});

module.exports = app;
