"""A small Flask app: error and redirect helpers given the wrong class of code."""
from flask import Flask, abort, redirect

app = Flask(__name__)


@app.route("/items/<int:item_id>")
def item(item_id):
    if item_id == 0:
        # abort() sends an error page; 200 tells the client all went well.
        abort(200)
    if item_id < 0:
        abort(404)
    return {"id": item_id}


@app.route("/old")
def old():
    return redirect("/new", code=500)


@app.route("/new")
def new():
    return {"ok": True}
