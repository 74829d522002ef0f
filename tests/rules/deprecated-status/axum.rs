use axum::{
    body::Body,
    http::{Response, StatusCode},
    response::IntoResponse,
    routing::{get, post},
    Router,
};

async fn coffee() -> impl IntoResponse {
    (StatusCode::IM_A_TEAPOT, "I'm a teapot")
  // ^^^^^^^^^^^^^^^^^^^^^^^ deprecated-status warning =>
}

async fn extension() -> Response<Body> {
    Response::builder()
        .status(StatusCode::NOT_EXTENDED)
        //      ^^^^^^^^^^^^^^^^^^^^^^^^ deprecated-status warning =>
        .body(Body::from("mandatory extension missing"))
        .unwrap()
}

async fn proxy_hint() -> impl IntoResponse {
    let status = StatusCode::from_u16(305).unwrap();
    //                                ^^^ deprecated-status warning =>
    (status, [("location", "http://proxy.internal:3128")])
}

async fn accepted() -> impl IntoResponse {
    (StatusCode::ACCEPTED, "queued")
  // !!!!!!!!!!!!!!!!!!!! deprecated-status a current code
}

/// Reads what an upstream answers: handling a 305 is not sending it.
pub async fn fetch(client: &reqwest::Client, url: &str) -> reqwest::Result<reqwest::Response> {
    let resp = client.get(url).send().await?;
    if resp.status() == StatusCode::USE_PROXY {
    //                  !!!!!!!!!!!!!!!!!!!!! deprecated-status a client reading the status
        let next = resp.headers()["location"].to_str().unwrap_or_default().to_owned();
        return client.get(next).send().await;
    }
    Ok(resp)
}

pub fn router() -> Router {
    Router::new()
        .route("/coffee", get(coffee))
        .route("/extension", get(extension))
        .route("/proxy", get(proxy_hint))
        .route("/jobs", post(accepted))
}
