use axum::{
    extract::Request,
    http::StatusCode,
    middleware::Next,
    response::{IntoResponse, Response},
};

/// nginx's "client closed request", for the access log.
pub const CLIENT_CLOSED_REQUEST: u16 = 499;
//                                     !!! unofficial-status a named definition

pub async fn block_scanners(req: Request, next: Next) -> Response {
    if req.uri().path().starts_with("/wp-login") {
        return StatusCode::from_u16(444).unwrap().into_response();
        //                          ^^^ unofficial-status information =>
    }
    next.run(req).await
}

pub async fn origin_error() -> impl IntoResponse {
    (StatusCode::from_u16(521).unwrap(), "web server is down")
    //                    ^^^ unofficial-status information =>
}

pub async fn cancelled() -> impl IntoResponse {
    (StatusCode::from_u16(499).unwrap(), "client closed request")
    //                    ^^^ unofficial-status warning =>
}

pub async fn gone() -> impl IntoResponse {
    (StatusCode::from_u16(410).unwrap(), "gone")
    //                    !!! unofficial-status an IANA code
}

/// Retries what Cloudflare answers: reading those codes is not sending them.
pub async fn fetch_with_retry(client: &reqwest::Client, url: &str) -> reqwest::Result<String> {
    let resp = client.get(url).send().await?;
    if resp.status().as_u16() == 524 {
    //                           !!! unofficial-status a client reading the status
        return client.get(url).send().await?.text().await;
    }
    resp.text().await
}
