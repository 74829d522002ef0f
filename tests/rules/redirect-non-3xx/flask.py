from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)


@app.route("/dashboard")
def dashboard():
    if "user_id" not in session:
        return redirect(url_for("login"), code=401)
        #                                      ^^^ redirect-non-3xx error =>
    return "dashboard"


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        session["user_id"] = request.form["user"]
        return redirect(url_for("dashboard"), code=303)
        #                                          !!! redirect-non-3xx after a form post
    return "login form"


@app.route("/old-pricing")
def old_pricing():
    return redirect("/pricing", 200)
    #                           ^^^ redirect-non-3xx error =>


@app.route("/docs")
def docs():
    return redirect("https://docs.example.com", code=301)
    #                                                !!! redirect-non-3xx a permanent redirect


@app.route("/blog/<slug>")
def blog(slug):
    return redirect(url_for("articles", slug=slug))


def test_dashboard_redirects(client):
    response = client.get("/dashboard")
    assert response.status_code == 302
    #                              !!! redirect-non-3xx a test assertion
