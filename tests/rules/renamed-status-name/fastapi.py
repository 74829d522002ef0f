from http import HTTPStatus

from fastapi import FastAPI, HTTPException, Request, UploadFile, status
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient

app = FastAPI()
MAX_UPLOAD = 5 * 1024 * 1024


@app.post("/avatars")
async def upload_avatar(file: UploadFile):
    if file.size and file.size > MAX_UPLOAD:
        raise HTTPException(status_code=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE)
        #                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ renamed-status-name hint
    if file.content_type not in {"image/png", "image/jpeg"}:
        raise HTTPException(status_code=status.HTTP_415_UNSUPPORTED_MEDIA_TYPE)
        #                               !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! renamed-status-name never renamed
    return {"name": file.filename}


@app.exception_handler(ValueError)
async def value_error_handler(request: Request, exc: ValueError):
    return JSONResponse({"detail": str(exc)}, status_code=status.HTTP_422_UNPROCESSABLE_ENTITY)
    #                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ renamed-status-name hint


@app.get("/files/{name}")
async def get_file(name: str, request: Request):
    if request.headers.get("range", "").startswith("bytes=9999"):
        raise HTTPException(status_code=status.HTTP_416_RANGE_NOT_SATISFIABLE)
        #                               !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! renamed-status-name the current name
    if len(name) > 255:
        return JSONResponse({"detail": "name too long"}, status_code=HTTPStatus.REQUEST_URI_TOO_LONG)
        #                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ renamed-status-name hint
    return {"name": name}


@app.put("/files/{name}")
async def put_file(name: str, request: Request):
    if int(request.headers.get("content-length", 0)) > MAX_UPLOAD:
        return JSONResponse({"detail": "too large"}, status_code=HTTPStatus.CONTENT_TOO_LARGE)
        #                                                        !!!!!!!!!!!!!!!!!!!!!!!!!!!! renamed-status-name the current name
    return {"name": name}


def test_rejects_non_images():
    client = TestClient(app)
    response = client.post("/avatars", files={"file": ("a.txt", b"hi", "text/plain")})
    assert response.status_code == status.HTTP_415_UNSUPPORTED_MEDIA_TYPE
    response = client.post("/avatars", files={"file": ("big.png", b"0" * (MAX_UPLOAD + 1), "image/png")})
    assert response.status_code == status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    #                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ renamed-status-name hint Starlette warns here too
