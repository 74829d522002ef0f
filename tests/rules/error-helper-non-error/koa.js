const Koa = require("koa");
const Router = require("@koa/router");
const createError = require("http-errors");

const app = new Koa();
const router = new Router();

router.get("/orders/:id", async (ctx) => {
  const order = await ctx.db.orders.find(ctx.params.id);
  ctx.assert(order, 404, "order not found");
  //                !!! error-helper-non-error a real error
  if (order.archived) {
    ctx.throw(200, "order archived");
    //        ^^^ error-helper-non-error warning =>
  }
  ctx.body = order;
});

router.post("/orders", async (ctx) => {
  ctx.assert(ctx.state.user, 302, "sign in first");
  //                         ^^^ error-helper-non-error warning =>
  const order = await ctx.db.orders.create(ctx.request.body);
  ctx.status = 201;
  ctx.body = order;
});

router.delete("/orders/:id", async (ctx) => {
  if (!ctx.state.user.isAdmin) {
    throw createError(403, "admins only");
    //                !!! error-helper-non-error a real error
  }
  await ctx.db.orders.remove(ctx.params.id);
  ctx.status = 204;
});

router.put("/orders/:id", async (ctx) => {
  if (!ctx.request.body.items) {
    throw createError(204, "nothing to update");
    //                ^^^ error-helper-non-error warning =>
  }
  ctx.throw(409, "order is locked");
  //        !!! error-helper-non-error a real error
});

class OrderLockedError extends Error {
  status = 423;
  //       !!! error-helper-non-error a real error
}

app.use(router.routes());
app.listen(3000);

module.exports = { app, OrderLockedError };
