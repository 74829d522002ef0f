// No status-constant library in this file: numbers are how Express code reads.
const express = require("express");

const app = express();

app.get("/carts/:id", (req, res) => {
  if (!req.params.id) {
    return res.status(400).json({ error: "id required" });
    //                !!! magic-status-number no library names statuses here
  }
  res.status(200).json({ id: req.params.id });
  //         !!! magic-status-number no library names statuses here
});

app.post("/carts/:id/checkout", (req, res) => {
  res.redirect(303, `/orders/${req.params.id}`);
  //           !!! magic-status-number no library names statuses here
});

module.exports = { app };
