from http import HTTPStatus

from flask import Flask, abort, jsonify, redirect, request

app = Flask(__name__)
TODOS = {}


@app.get("/todos/<int:todo_id>")
def get_todo(todo_id):
    if todo_id not in TODOS:
        abort(404)
        #     ^^^ magic-status-number hint => HTTPStatus.NOT_FOUND
    return jsonify(TODOS[todo_id])


@app.post("/todos")
def create_todo():
    payload = request.get_json(silent=True)
    if not payload or "title" not in payload:
        abort(HTTPStatus.BAD_REQUEST)
        #     !!!!!!!!!!!!!!!!!!!!!! magic-status-number already named
    todo_id = len(TODOS) + 1
    TODOS[todo_id] = payload
    return jsonify(id=todo_id), 201
    #                           ^^^ magic-status-number hint => HTTPStatus.CREATED


@app.get("/t/<int:todo_id>")
def short_link(todo_id):
    return redirect(f"/todos/{todo_id}", code=308)
    #                                         ^^^ magic-status-number hint => HTTPStatus.PERMANENT_REDIRECT


@app.delete("/todos/<int:todo_id>")
def delete_todo(todo_id):
    TODOS.pop(todo_id, None)
    return "", HTTPStatus.NO_CONTENT


if __name__ == "__main__":
    app.run(port=5000, debug=True)
    #            !!!! magic-status-number a port
