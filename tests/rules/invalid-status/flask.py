import time

from flask import Flask, Response, abort, jsonify, make_response, request

app = Flask(__name__)
MAX_UPLOAD_BYTES = 16 * 1024 * 1024
RETRY_DELAYS = [100, 250, 600]
#                         !!! invalid-status a delay in milliseconds


@app.route("/items/<int:item_id>")
def get_item(item_id):
    if item_id == 0:
        abort(700)
        #     ^^^ invalid-status error =>
    return jsonify({"id": item_id}), 200


@app.route("/export")
def export():
    data = "a,b\n1,2\n"
    return Response(data, status=620, mimetype="text/csv")
    #                            ^^^ invalid-status error =>


@app.route("/ping")
def ping():
    resp = make_response("pong", 800)
    #                            ^^^ invalid-status error =>
    resp.headers["X-Served-At"] = str(time.time())
    return resp


@app.route("/upload", methods=["POST"])
def upload():
    if request.content_length and request.content_length > MAX_UPLOAD_BYTES:
        abort(413)
        #     !!! invalid-status a real status
    return "", 204


def is_server_error(status_code):
    return 500 <= status_code < 600
    #                           !!! invalid-status range bound


if __name__ == "__main__":
    app.run(port=5000)
    #            !!!! invalid-status a port
