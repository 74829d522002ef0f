const express = require("express");
const nodemailer = require("nodemailer");

const app = express();
const mailer = nodemailer.createTransport({ host: "smtp.example.com", port: 587 });

app.post("/signup", async (req, res) => {
  const { email } = req.body;
  if (!email) {
    return res.status(432).json({ error: "email required" });
    //                ^^^ unknown-status warning a typo for 422 =>
  }
  try {
    await mailer.sendMail({ to: email, subject: "Welcome" });
  } catch (err) {
    if (err.responseCode === 550) {
    //                       !!! unknown-status an SMTP reply code
      return res.status(422).json({ error: "mailbox unavailable" });
    }
    throw err;
  }
  res.status(299).json({ ok: true, warning: "verification pending" });
  //         ^^^ unknown-status warning =>
});

app.get("/articles/:id", (req, res) => {
  if (req.query.region === "eu-blocked") {
    return res.sendStatus(451);
    //                    !!! unknown-status assigned: Unavailable For Legal Reasons
  }
  if (req.get("x-forwarded-for")?.split(",").length > 10) {
    return res.sendStatus(452);
    //                    ^^^ unknown-status warning =>
  }
  res.json({ id: req.params.id });
});

app.get("/drop", (req, res) => {
  res.status(444).end();
  //         !!! unknown-status a vendor code (nginx), another rule's business
});

app.use((err, req, res, next) => {
  // http-status: ignore[unknown-status] agreed with the mobile client team
  res.status(512).json({ error: err.message });
  //         !!! unknown-status suppressed
});

function classify(status) {
  if (status >= 200 && status < 299) return "success";
  //                            !!! unknown-status a range bound
  return "other";
}

module.exports = { app, classify };
