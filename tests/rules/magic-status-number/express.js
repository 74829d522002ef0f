const express = require("express");
const { StatusCodes } = require("http-status-codes");

const app = express();
app.use(express.json());

const carts = new Map();

app.get("/carts/:id", (req, res) => {
  const cart = carts.get(req.params.id);
  if (!cart) {
    return res.status(404).json({ error: "cart not found" });
    //                ^^^ magic-status-number hint => StatusCodes.NOT_FOUND
  }
  res.status(StatusCodes.OK).json(cart);
  //         !!!!!!!!!!!!!! magic-status-number already named
});

app.post("/carts", (req, res) => {
  const id = String(carts.size + 1);
  carts.set(id, { items: [] });
  res.status(201).location(`/carts/${id}`).json({ id });
  //         ^^^ magic-status-number hint => StatusCodes.CREATED
});

app.delete("/carts/:id", (req, res) => {
  carts.delete(req.params.id);
  res.sendStatus(204);
  //             ^^^ magic-status-number hint => StatusCodes.NO_CONTENT
});

app.get("/basket/:id", (req, res) => {
  res.redirect(302, `/carts/${req.params.id}`);
  //           ^^^ magic-status-number hint => StatusCodes.MOVED_TEMPORARILY
});

app.get("/drop", (req, res) => {
  res.status(444).end();
  //         !!! magic-status-number a vendor code has no name
});

async function cartExists(id) {
  const res = await fetch(`http://localhost:3000/carts/${id}`);
  return res.status === 200;
  //                    !!! magic-status-number a client comparison
}

app.listen(3000);
//         !!!! magic-status-number a port

module.exports = { app, cartExists };
