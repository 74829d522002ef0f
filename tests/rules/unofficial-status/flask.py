import requests
from flask import Flask, Response, jsonify, request
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

app = Flask(__name__)

session = requests.Session()
session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, status_forcelist=[429, 520, 522, 524])))
#                                                                                       !!! unofficial-status a retry policy for what Cloudflare answers


@app.route("/search")
def search():
    if request.args.get("q", "") == "":
        return jsonify(error="query required"), 400
    if request.headers.get("X-Client-Gone") == "1":
        return jsonify(error="client closed request"), 499
        #                                              ^^^ unofficial-status warning =>
    return jsonify(results=[])


@app.route("/reports/<int:report_id>")
def report(report_id):
    if request.args.get("bandwidth") == "exceeded":
        return Response("bandwidth exceeded", status=509)
        #                                            ^^^ unofficial-status information =>
    return jsonify(id=report_id)


@app.route("/tiles/<path:tile>")
def tile(tile):
    if "token" not in request.args:
        return Response("token required", status=499)
        #                                        ^^^ unofficial-status warning =>
    return jsonify(tile=tile)


@app.route("/legal")
def legal():
    return Response("blocked", status=451)
    #                                 !!! unofficial-status an IANA code


def fetch_upstream(url):
    resp = session.get(url, timeout=10)
    if resp.status_code in (520, 521, 522):
    #                       !!! unofficial-status a client reading the status
        raise RuntimeError("origin down behind Cloudflare")
    return resp.json()
