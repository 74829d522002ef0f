"""A Flask app, opened by the VS Code end-to-end test."""
from flask import Flask, abort

app = Flask(__name__)


@app.route("/missing")
def missing():
    abort(404)


@app.route("/proxy")
def proxy():
    return "use the proxy", 305
