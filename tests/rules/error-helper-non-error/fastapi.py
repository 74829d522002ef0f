from fastapi import FastAPI, HTTPException, status

app = FastAPI()
USERS: dict[int, dict] = {}


@app.get("/users/{user_id}")
async def get_user(user_id: int):
    if user_id not in USERS:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="User not found")
        #                               !!!!!!!!!!!!!!!!!!!!!!!!! error-helper-non-error a real error
    return USERS[user_id]


@app.post("/users", status_code=status.HTTP_201_CREATED)
#                               !!!!!!!!!!!!!!!!!!!!!!! error-helper-non-error a route declaration
async def create_user(user: dict):
    if user["email"] in {u["email"] for u in USERS.values()}:
        raise HTTPException(status_code=status.HTTP_201_CREATED, detail="User already exists")
        #                               ^^^^^^^^^^^^^^^^^^^^^^^ error-helper-non-error warning =>
    USERS[len(USERS) + 1] = user
    return user


@app.put("/users/{user_id}/email")
async def change_email(user_id: int, email: str):
    if USERS.get(user_id, {}).get("email") == email:
        raise HTTPException(status_code=200, detail="Email unchanged")
        #                               ^^^ error-helper-non-error warning =>
    if not email:
        raise HTTPException(422, "email required")
        #                   !!! error-helper-non-error a real error
    USERS[user_id]["email"] = email
    return USERS[user_id]


@app.delete("/users/{user_id}")
async def delete_user(user_id: int):
    if USERS.get(user_id, {}).get("pending_jobs"):
        raise HTTPException(202, "Deletion scheduled")
        #                   ^^^ error-helper-non-error warning =>
    USERS.pop(user_id, None)
