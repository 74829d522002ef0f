import smtplib

from fastapi import FastAPI, HTTPException, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel

app = FastAPI()


class Invite(BaseModel):
    email: str


@app.post("/invites", status_code=209)
#                                 ^^^ unknown-status warning =>
async def create_invite(invite: Invite):
    if not invite.email.endswith("@example.com"):
        raise HTTPException(status_code=452, detail="outside domain")
        #                               ^^^ unknown-status warning =>
    send_invite(invite.email)
    return {"email": invite.email}


@app.get("/invites/{invite_id}")
async def get_invite(invite_id: int):
    if invite_id > 10_000:
        raise HTTPException(status_code=status.HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS)
        #                               !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! unknown-status assigned
    return JSONResponse({"id": invite_id, "state": "pending"}, status_code=299)
    #                                                                      ^^^ unknown-status warning =>


@app.delete("/invites/{invite_id}", status_code=204)
#                                               !!! unknown-status assigned
async def delete_invite(invite_id: int):
    return None


def send_invite(address: str) -> None:
    with smtplib.SMTP("smtp.example.com", 587) as smtp:
        code, _ = smtp.ehlo()
        if code != 250:
            raise RuntimeError("EHLO refused")
        code, message = smtp.docmd("VRFY", address)
        if code == 550:
        #          !!! unknown-status an SMTP reply code
            raise RuntimeError(message)
        smtp.sendmail("noreply@example.com", [address], "Subject: invite\n\nJoin us")


def is_success(status_code: int) -> bool:
    return 200 <= status_code <= 299
    #                            !!! unknown-status a range bound
