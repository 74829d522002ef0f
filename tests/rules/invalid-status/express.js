const express = require("express");
const http = require("http");

const app = express();
const PORT = process.env.PORT || 3000;
const TIMEOUT_MS = 750;

app.get("/health", (req, res) => {
  res.status(700).send("odd");
  //         ^^^ invalid-status error =>
  res.status(200).send("ok");
  //         !!! invalid-status a real status
});

app.post("/upload", (req, res) => {
  if (req.headers["content-length"] > 1048576) {
    // Only three-digit numbers are read as statuses: a typo such as 4130 is
    // not reported yet (see the closing note of issue 5).
    return res.status(413).json({ error: "too large" });
  }
  res.statusCode = 600;
  //               ^^^ invalid-status error =>
  res.end();
});

app.use((err, req, res, next) => {
  const status = err.status || 500;
  //                           !!! invalid-status a fallback status
  res.status(status).json({ error: err.message });
});

// http-status: ignore[invalid-status]
app.get("/legacy", (req, res) => res.status(999).end());
//                                          !!! invalid-status suppressed by the comment above

function retryable(status) {
  return status >= 500 && status < 600;
  //                               !!! invalid-status upper bound of the 5xx range
}

app.listen(PORT, () => {
  setTimeout(() => console.log("warm"), TIMEOUT_MS);
});

http.createServer((req, res) => {
  res.writeHead(800, { "Content-Type": "text/plain" });
  //            ^^^ invalid-status error =>
  res.end("hello");
}).listen(8080);
//        !!!! invalid-status a port, not a status

module.exports = { app, retryable };
