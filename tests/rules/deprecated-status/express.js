const express = require("express");

const app = express();

// The easter egg everyone adds once.
app.get("/coffee", (req, res) => {
  res.status(418).send("I'm a teapot");
  //         ^^^ deprecated-status warning =>
});

app.get("/mirror", (req, res) => {
  res.set("Location", "http://proxy.internal:3128");
  res.sendStatus(305);
  //             ^^^ deprecated-status warning =>
});

app.post("/batch", (req, res) => {
  res.writeHead(102);
  //            ^^^ deprecated-status warning =>
  setTimeout(() => res.end(), 10);
});

app.get("/extensions", (req, res) => {
  res.status(510).json({ error: "policy extension required" });
  //         ^^^ deprecated-status warning =>
});

app.get("/tea", (req, res) => {
  // http-status: ignore[deprecated-status] RFC 2324 is the joke we mean
  res.status(418).send("short and stout");
  //         !!! deprecated-status suppressed
});

app.get("/moved", (req, res) => {
  res.redirect(308, "/new-home");
  //           !!! deprecated-status a current redirect code
});

// A client reading what an old proxy answers: handling 305 is not sending it.
async function fetchViaProxy(url) {
  const res = await fetch(url, { redirect: "manual" });
  if (res.status === 305) {
  //                 !!! deprecated-status a client reading the status
    return fetch(res.headers.get("location"));
  }
  return res;
}

const LEGACY_CODES = { 305: "Use Proxy", 306: "Switch Proxy" };
//                     !!! deprecated-status a status table

module.exports = { app, fetchViaProxy, LEGACY_CODES };
