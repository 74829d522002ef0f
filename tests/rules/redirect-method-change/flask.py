from http import HTTPStatus

from flask import Blueprint, Flask, redirect, request, session, url_for

app = Flask(__name__)
bp = Blueprint("account", __name__)


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        session["user"] = request.form["user"]
        return redirect(url_for("dashboard"), code=302)
        #                                          ^^^ redirect-method-change warning => 303 | 307
    return "<form method=post><input name=user></form>"


@app.post("/logout")
def logout():
    session.clear()
    return redirect("/", 301)
    #                    ^^^ redirect-method-change warning => 303 | 308


@bp.route("/profile", methods=["PUT"])
def update_profile():
    save_profile(request.get_json())
    return redirect(url_for("account.profile"), code=HTTPStatus.FOUND)
    #                                                ^^^^^^^^^^^^^^^^ redirect-method-change warning => HTTPStatus.SEE_OTHER | HTTPStatus.TEMPORARY_REDIRECT


@bp.delete("/sessions/<sid>")
def end_session(sid):
    drop_session(sid)
    return redirect(url_for("account.sessions"), code=303)
    #                                                 !!! redirect-method-change 303 is the answer to a form post


@app.post("/upload")
def upload():
    return redirect("https://storage.example.com/upload", code=307)
    #                                                          !!! redirect-method-change 307 keeps the method


@app.get("/old-home")
def old_home():
    return redirect(url_for("dashboard"), code=301)
    #                                          !!! redirect-method-change GET handler


@app.route("/docs", methods=["GET"])
def docs():
    return redirect("https://docs.example.com/", code=HTTPStatus.MOVED_PERMANENTLY)
    #                                                 !!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change GET handler


def back_to_cart():
    # A helper: whichever view calls it decides the method.
    return redirect(url_for("cart"), code=302)
    #                                     ^^^ redirect-method-change hint => 303 | 307


@app.route("/dashboard")
def dashboard():
    return "dashboard"


@app.route("/cart")
def cart():
    return "cart"


def save_profile(data):
    pass


def drop_session(sid):
    pass
