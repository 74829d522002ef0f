const request = require("supertest");
const { app } = require("./express");

// Statuses a test asserts or a client reads are not sent by this code.
describe("POST /login", () => {
  it("redirects to the dashboard", async () => {
    const res = await request(app).post("/login").send({ user: "ada" });
    expect(res.status).toBe(302);
    //                      !!! redirect-method-change a test assertion
    expect(res.headers.location).toBe("/dashboard");
  });

  it("answers with a redirect", async () => {
    await request(app).post("/logout").expect(301);
    //                                        !!! redirect-method-change supertest expectation
  });
});

async function followManually(url) {
  const res = await fetch(url, { method: "POST", redirect: "manual" });
  if (res.status === 302 || res.status === 301) {
  //                 !!! redirect-method-change a client reading the status
    return res.headers.get("location");
  }
  if (res.status >= 300 && res.status < 400) {
    return null;
  }
  return url;
}

const REDIRECT_STATUSES = { MOVED_PERMANENTLY: 301, FOUND: 302 };
//                                                         !!! redirect-method-change a status table

module.exports = { followManually, REDIRECT_STATUSES };
