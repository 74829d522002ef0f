const express = require("express");
const app = express();

app.get("/old", (req, res) => {
  res.redirect(200, "/new");
  //           ^^^ redirect-non-3xx error =>
  res.redirect(301, "/new");
  //           !!! redirect-non-3xx a real redirect
});
