const express = require('express');
const app = express();

app.post('/login', (req, res) => {
  // 说明 😀 a proxy hint nobody follows
  res.status(305).send('use the proxy');
  res.status(
});
