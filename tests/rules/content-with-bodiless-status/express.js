const express = require("express");
const { StatusCodes } = require("http-status-codes");

const app = express();

app.delete("/items/:id", async (req, res) => {
  const item = await removeItem(req.params.id);
  res.status(204).json(item);
  //         ^^^ content-with-bodiless-status warning => 200
});

app.put("/items/:id", async (req, res) => {
  await saveItem(req.params.id, req.body);
  res.status(204).send("saved");
  //         ^^^ content-with-bodiless-status warning => 200
});

app.post("/items/:id/archive", async (req, res) => {
  const result = await archiveItem(req.params.id);
  return res.status(StatusCodes.NO_CONTENT).json({ archived: result.ok });
  //                ^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => StatusCodes.OK
});

app.post("/forms/:id/reset", (req, res) => {
  res.status(205).send({ reset: true });
  //         ^^^ content-with-bodiless-status warning => 200
});

app.post("/imports", async (req, res) => {
  const job = await startImport(req.body);
  // 102 is an interim status: the client never gets this JSON as the answer.
  res.status(102).json({ job: job.id, state: "processing" });
  //         ^^^ content-with-bodiless-status warning => 200
});

app.get("/items/:id", async (req, res) => {
  const item = await findItem(req.params.id);
  if (req.get("If-None-Match") === item.etag) {
    return res.status(304).json(item);
    //                ^^^ content-with-bodiless-status warning => 200
  }
  res.status(200).json(item);
  //         !!! content-with-bodiless-status 200 carries a body
});

app.post("/items", async (req, res) => {
  const item = await saveItem(null, req.body);
  res.status(201).json(item);
  //         !!! content-with-bodiless-status 201 carries a body
});

app.delete("/carts/:id", async (req, res) => {
  await removeCart(req.params.id);
  res.status(204).send();
  //         !!! content-with-bodiless-status no body
});

app.delete("/sessions/:id", (req, res) => {
  res.status(204).end();
  //         !!! content-with-bodiless-status no body
});

app.delete("/tokens/:id", (req, res) => {
  res.sendStatus(204);
  //             !!! content-with-bodiless-status sendStatus writes no content for 204
});

app.put("/prefs", (req, res) => {
  res.status(StatusCodes.NO_CONTENT).json(null);
  //         !!!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status a null body
});

app.get("/cache/:key", (req, res) => {
  res.status(304).send("");
  //         !!! content-with-bodiless-status an empty body
});

app.get("/missing", (req, res) => {
  res.status(404).json({ error: "not found" });
  //         !!! content-with-bodiless-status 404 carries a body
});

async function findItem(id) { return { id, etag: "x" }; }
async function saveItem(id, body) { return { id, ...body }; }
async function removeItem(id) { return { id }; }
async function removeCart(id) {}
async function archiveItem(id) { return { ok: true }; }
async function startImport(body) { return { id: 1 }; }

module.exports = app;
