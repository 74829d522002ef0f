from fastapi import FastAPI, HTTPException, status
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.testclient import TestClient

app = FastAPI()
NOTES: dict[int, str] = {}


@app.get("/notes/{note_id}")
async def get_note(note_id: int):
    if note_id not in NOTES:
        raise HTTPException(status_code=404, detail="Note not found")
        #                               ^^^ magic-status-number hint => status.HTTP_404_NOT_FOUND
    return {"id": note_id, "text": NOTES[note_id]}


@app.post("/notes", status_code=201)
#                               ^^^ magic-status-number hint a route declaration => status.HTTP_201_CREATED
async def create_note(text: str):
    NOTES[len(NOTES) + 1] = text
    return {"id": len(NOTES)}


@app.put("/notes/{note_id}")
async def replace_note(note_id: int, text: str):
    created = note_id not in NOTES
    NOTES[note_id] = text
    return JSONResponse({"id": note_id}, status_code=201 if created else 200)
    #                                                ^^^ magic-status-number hint => status.HTTP_201_CREATED
    #                                                                    ^^^ magic-status-number hint => status.HTTP_200_OK


@app.get("/n/{note_id}")
async def short_link(note_id: int):
    return RedirectResponse(f"/notes/{note_id}", status_code=307)
    #                                                        ^^^ magic-status-number hint => status.HTTP_307_TEMPORARY_REDIRECT


@app.delete("/notes/{note_id}", status_code=status.HTTP_204_NO_CONTENT)
#                                           !!!!!!!!!!!!!!!!!!!!!!!!!! magic-status-number already named
async def delete_note(note_id: int):
    NOTES.pop(note_id, None)


def test_get_missing_note():
    client = TestClient(app)
    response = client.get("/notes/999")
    assert response.status_code == 404
    #                              !!! magic-status-number a test assertion
