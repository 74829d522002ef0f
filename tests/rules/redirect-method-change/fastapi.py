from fastapi import APIRouter, FastAPI, Form, Response, status
from fastapi.responses import RedirectResponse

app = FastAPI()
router = APIRouter(prefix="/items")


@app.post("/login")
async def login(username: str = Form(...)):
    # A browser form post answered with 302.
    return RedirectResponse("/home", status_code=302)
    #                                            ^^^ redirect-method-change warning => 303 | 307


@app.post("/signup")
async def signup(email: str = Form(...)):
    return RedirectResponse(url="/welcome", status_code=status.HTTP_302_FOUND)
    #                                                   ^^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => status.HTTP_303_SEE_OTHER | status.HTTP_307_TEMPORARY_REDIRECT


@router.put("/{item_id}")
async def replace_item(item_id: int):
    return RedirectResponse(f"/items/{item_id}", status_code=status.HTTP_301_MOVED_PERMANENTLY)
    #                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => status.HTTP_303_SEE_OTHER | status.HTTP_308_PERMANENT_REDIRECT


@router.patch("/{item_id}")
async def patch_item(item_id: int):
    return Response(status_code=301, headers={"Location": f"/items/{item_id}"})
    #                           ^^^ redirect-method-change warning => 303 | 308


@router.delete("/{item_id}")
async def delete_item(item_id: int):
    return RedirectResponse("/items", status_code=status.HTTP_303_SEE_OTHER)
    #                                             !!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change already 303


@app.post("/files")
async def upload():
    return RedirectResponse("/storage/files", status_code=307)
    #                                                     !!! redirect-method-change 307 keeps the method


@app.get("/old-docs")
async def old_docs():
    return RedirectResponse("/docs", status_code=301)
    #                                            !!! redirect-method-change GET handler


@router.get("/legacy/{item_id}")
async def legacy_item(item_id: int):
    return RedirectResponse(f"/items/{item_id}", status_code=status.HTTP_302_FOUND)
    #                                                        !!!!!!!!!!!!!!!!!!!!! redirect-method-change GET handler


def to_home() -> RedirectResponse:
    return RedirectResponse("/home", status_code=302)
    #                                            ^^^ redirect-method-change hint => 303 | 307


app.include_router(router)
