from flask import Flask, Response, jsonify, request

app = Flask(__name__)
TODOS = {}


@app.delete("/todos/<int:todo_id>")
def delete_todo(todo_id):
    todo = TODOS.pop(todo_id)
    return jsonify(todo), 204
    #                     ^^^ content-with-bodiless-status warning => 200


@app.post("/todos/<int:todo_id>/done")
def finish_todo(todo_id):
    TODOS[todo_id]["done"] = True
    return "done", 204
    #              ^^^ content-with-bodiless-status warning => 200


@app.put("/todos/<int:todo_id>")
def replace_todo(todo_id):
    TODOS[todo_id] = request.get_json()
    return Response("replaced", status=204)
    #                                  ^^^ content-with-bodiless-status warning => 200


@app.get("/todos/<int:todo_id>")
def get_todo(todo_id):
    if request.headers.get("If-None-Match") == str(todo_id):
        return jsonify(TODOS[todo_id]), 304
        #                               ^^^ content-with-bodiless-status warning => 200
    return jsonify(TODOS[todo_id]), 200
    #                               !!! content-with-bodiless-status 200 carries a body


@app.post("/todos")
def create_todo():
    todo = request.get_json()
    TODOS[len(TODOS)] = todo
    return jsonify(todo), 201
    #                     !!! content-with-bodiless-status 201 carries a body


@app.delete("/todos")
def clear_todos():
    TODOS.clear()
    return "", 204
    #          !!! content-with-bodiless-status an empty body


@app.delete("/todos/done")
def clear_done():
    return Response(status=204)
    #                      !!! content-with-bodiless-status no body


@app.get("/todos/<int:todo_id>/missing")
def missing(todo_id):
    return jsonify(error="not found"), 404
    #                                  !!! content-with-bodiless-status 404 carries a body
