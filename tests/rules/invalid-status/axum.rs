use std::time::Duration;

use axum::{
    body::Body,
    http::{Response, StatusCode},
    response::IntoResponse,
    routing::get,
    Router,
};

const MAX_RETRIES: u32 = 600;
//                       !!! invalid-status a retry count

async fn legacy() -> impl IntoResponse {
    let status = StatusCode::from_u16(700).unwrap();
    //                                ^^^ invalid-status error =>
    (status, "legacy endpoint")
}

async fn export() -> Response<Body> {
    Response::builder()
        .status(650)
        //      ^^^ invalid-status error =>
        .header("content-type", "text/csv")
        .body(Body::from("a,b\n"))
        .unwrap()
}

async fn ready() -> Response<Body> {
    Response::builder()
        .status(200)
        //      !!! invalid-status a real status
        .body(Body::empty())
        .unwrap()
}

fn is_server_error(status: u16) -> bool {
    (500..600).contains(&status)
    //    !!! invalid-status range bound
}

pub fn router() -> Router {
    Router::new()
        .route("/legacy", get(legacy))
        .route("/export", get(export))
        .route("/ready", get(ready))
}

pub async fn serve() {
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();
    tokio::time::sleep(Duration::from_millis(750)).await;
    //                                       !!! invalid-status a delay
    axum::serve(listener, router()).await.unwrap();
}
