const express = require("express");
const rateLimit = require("express-rate-limit");

const app = express();

app.use(
  rateLimit({
    windowMs: 60 * 1000,
    limit: 100,
    statusCode: 420,
    //          ^^^ unofficial-status warning vendors disagree on 420 =>
  }),
);

app.get("/scanner-bait", (req, res) => {
  res.status(444).end();
  //         ^^^ unofficial-status information =>
});

app.get("/maps/tiles/:z/:x/:y", (req, res) => {
  if (!req.query.token) {
    return res.status(499).json({ error: "token required" });
    //                ^^^ unofficial-status warning =>
  }
  if (req.query.token !== process.env.TILE_TOKEN) {
    return res.status(498).json({ error: "invalid token" });
    //                ^^^ unofficial-status information =>
  }
  res.sendFile(`${req.params.z}/${req.params.x}/${req.params.y}.png`, { root: "tiles" });
});

app.get("/legal/:country", (req, res) => {
  res.sendStatus(451);
  //             !!! unofficial-status an IANA code
});

app.get("/bandwidth", (req, res) => {
  // http-status: ignore[unofficial-status] our CDN understands it
  res.status(509).send("bandwidth exceeded");
  //         !!! unofficial-status suppressed
});

// Retrying what Cloudflare answers is reading those codes, not sending them.
async function fetchWithRetry(url, attempts = 3) {
  const res = await fetch(url);
  if ([520, 521, 522, 524].includes(res.status) && attempts > 1) {
  //   !!! unofficial-status a client reading the status
    return fetchWithRetry(url, attempts - 1);
  }
  return res;
}

module.exports = { app, fetchWithRetry };
