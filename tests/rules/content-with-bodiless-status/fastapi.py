from fastapi import FastAPI, Response, status
from fastapi.responses import JSONResponse, PlainTextResponse

app = FastAPI()
ITEMS: dict[int, dict] = {}


@app.delete("/items/{item_id}")
async def delete_item(item_id: int):
    item = ITEMS.pop(item_id)
    return JSONResponse(content=item, status_code=204)
    #                                             ^^^ content-with-bodiless-status warning => 200


@app.put("/items/{item_id}")
async def replace_item(item_id: int, item: dict):
    ITEMS[item_id] = item
    return JSONResponse(content={"id": item_id}, status_code=status.HTTP_204_NO_CONTENT)
    #                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => status.HTTP_200_OK


@app.post("/items/{item_id}/touch")
async def touch_item(item_id: int):
    return Response(content="touched", status_code=204)
    #                                              ^^^ content-with-bodiless-status warning => 200


@app.get("/items/{item_id}/raw")
async def raw_item(item_id: int):
    return PlainTextResponse(content=str(ITEMS[item_id]), status_code=status.HTTP_304_NOT_MODIFIED)
    #                                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => status.HTTP_200_OK


@app.delete("/carts/{cart_id}")
async def delete_cart(cart_id: int):
    return Response(status_code=204)
    #                           !!! content-with-bodiless-status no body


@app.delete("/sessions/{sid}")
async def delete_session(sid: str):
    return Response(status_code=status.HTTP_204_NO_CONTENT)
    #                           !!!!!!!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status no body


@app.get("/items/{item_id}/etag")
async def item_etag(item_id: int):
    return Response(content=None, status_code=304, headers={"ETag": f'"{item_id}"'})
    #                                         !!! content-with-bodiless-status a None body


@app.post("/items")
async def create_item(item: dict):
    ITEMS[len(ITEMS)] = item
    return JSONResponse(content=item, status_code=status.HTTP_201_CREATED)
    #                                             !!!!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status 201 carries a body
