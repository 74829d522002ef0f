from flask import Flask, abort, jsonify, request
from werkzeug.exceptions import HTTPException

app = Flask(__name__)


class QuotaExceeded(HTTPException):
    code = 429
    #      !!! error-helper-non-error a real error
    description = "Monthly quota exceeded"


class AlreadyDone(HTTPException):
    code = 200
    #      ^^^ error-helper-non-error warning =>
    description = "Nothing left to do"


@app.route("/jobs/<int:job_id>", methods=["DELETE"])
def cancel_job(job_id):
    job = JOBS.get(job_id)
    if job is None:
        abort(404)
        #     !!! error-helper-non-error a real error
    if job["state"] == "done":
        abort(200, description="job already finished")
        #     ^^^ error-helper-non-error warning =>
    job["state"] = "cancelled"
    return "", 204


@app.route("/jobs/<int:job_id>/retry", methods=["POST"])
def retry_job(job_id):
    if request.args.get("force") != "1":
        abort(304)
        #     ^^^ error-helper-non-error warning =>
    # http-status: ignore[error-helper-non-error] the legacy client polls until it gets 202
    abort(202)
    #     !!! error-helper-non-error suppressed
    return jsonify(id=job_id)


@app.errorhandler(404)
#                 !!! error-helper-non-error an error handler registration
def not_found(error):
    return jsonify(error=str(error)), 404


JOBS = {}
