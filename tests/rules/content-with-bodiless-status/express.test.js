const request = require("supertest");
const app = require("./express");

// A test that asserts a status, or a client that reads one, sends nothing.
describe("DELETE /carts/:id", () => {
  it("answers 204 without a body", async () => {
    const res = await request(app).delete("/carts/1").expect(204);
    //                                                       !!! content-with-bodiless-status supertest expectation
    expect(res.status).toBe(204);
    //                      !!! content-with-bodiless-status a test assertion
    expect(res.body).toEqual({});
  });
});

async function getJson(url) {
  const res = await fetch(url);
  if (res.status === 204 || res.status === 304) {
  //                 !!! content-with-bodiless-status a client reading the status
    return null;
  }
  return res.json();
}

const BODILESS = { 204: "No Content", 304: "Not Modified" };
//                 !!! content-with-bodiless-status a status table

module.exports = { getJson, BODILESS };
