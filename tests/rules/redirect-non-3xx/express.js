const express = require("express");
const app = express();

app.get("/old", (req, res) => {
  res.redirect(200, "/new");
  //           ^^^ redirect-non-3xx error =>
  res.redirect(301, "/new");
  //           !!! redirect-non-3xx a real redirect
});

app.get("/profile", (req, res) => {
  if (!req.user) {
    return res.redirect(401, "/login");
    //                  ^^^ redirect-non-3xx error the login page is reached with a redirect =>
  }
  res.redirect("/profile/" + req.user.id);
});

app.post("/sessions", (req, res) => {
  res.redirect(303, "/dashboard");
  //           !!! redirect-non-3xx after a form post
});

app.get("/docs", (req, res) => {
  res.redirect(308, "https://docs.example.com");
  //           !!! redirect-non-3xx permanent, keeps the method
});

// http-status: ignore[redirect-non-3xx]
app.get("/legacy-widget", (req, res) => res.redirect(200, "/widget"));
//                                                   !!! redirect-non-3xx suppressed

// Fastify 5 takes the status last.
const fastify = require("fastify")();

fastify.get("/old-api", (request, reply) => {
  reply.redirect("/v2/api", 500);
  //                        ^^^ redirect-non-3xx error =>
});

fastify.get("/home", (request, reply) => {
  reply.redirect("/", 302);
  //                  !!! redirect-non-3xx a real redirect
});
