from fastapi import FastAPI, Form, status
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/")
async def root():
    return RedirectResponse("/docs", status_code=status.HTTP_200_OK)
    #                                            ^^^^^^^^^^^^^^^^^^ redirect-non-3xx error =>


@app.post("/subscribe")
async def subscribe(email: str = Form(...)):
    await save_subscriber(email)
    return RedirectResponse("/thanks", status_code=status.HTTP_303_SEE_OTHER)
    #                                              !!!!!!!!!!!!!!!!!!!!!!!!! redirect-non-3xx after a form post


@app.get("/legacy/{path:path}")
async def legacy(path: str):
    return RedirectResponse(f"/v2/{path}", status_code=500)
    #                                                  ^^^ redirect-non-3xx error =>


@app.get("/short/{code}")
async def short(code: str):
    return RedirectResponse(f"https://example.com/{code}", 307)
    #                                                      !!! redirect-non-3xx a temporary redirect


async def save_subscriber(email: str) -> None:
    ...
