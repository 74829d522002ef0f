use axum::{
    body::Body,
    extract::Path,
    http::{Response, StatusCode},
    response::IntoResponse,
};

pub async fn get_room(Path(id): Path<u64>) -> Response<Body> {
    if id == 0 {
        return Response::builder()
            .status(404)
            //      ^^^ magic-status-number hint => StatusCode::NOT_FOUND
            .body(Body::from("room not found"))
            .unwrap();
    }
    Response::builder()
        .status(StatusCode::OK)
        //      !!!!!!!!!!!!!! magic-status-number already named
        .header("content-type", "application/json")
        .body(Body::from(format!("{{\"id\":{id}}}")))
        .unwrap()
}

pub async fn create_room() -> Response<Body> {
    Response::builder()
        .status(201)
        //      ^^^ magic-status-number hint => StatusCode::CREATED
        .header("location", "/rooms/1")
        .body(Body::empty())
        .unwrap()
}

pub async fn delete_room(Path(_id): Path<u64>) -> impl IntoResponse {
    StatusCode::NO_CONTENT
}

pub async fn upstream_ok(client: &reqwest::Client) -> bool {
    match client.get("http://rooms.internal/health").send().await {
        Ok(resp) => resp.status().as_u16() == 200,
        //                                    !!! magic-status-number a client comparison
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn missing_room_is_404() {
        let res = get_room(Path(0)).await;
        assert_eq!(res.status(), 404);
        //                       !!! magic-status-number a test assertion
    }
}
