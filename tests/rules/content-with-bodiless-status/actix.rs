use actix_web::http::StatusCode;
use actix_web::{delete, get, put, web, HttpResponse};
use axum::body::Body;
use axum::http::Response;
use serde::Serialize;

#[derive(Serialize)]
struct Bookmark {
    id: u32,
    url: String,
}

#[delete("/bookmarks/{id}")]
async fn delete_bookmark(path: web::Path<u32>) -> HttpResponse {
    let removed = Bookmark { id: path.into_inner(), url: String::new() };
    HttpResponse::build(StatusCode::NO_CONTENT).json(removed)
    //                  ^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => StatusCode::OK
}

#[put("/bookmarks/{id}")]
async fn replace_bookmark(path: web::Path<u32>) -> HttpResponse {
    HttpResponse::build(StatusCode::NO_CONTENT).body(format!("replaced {}", path.into_inner()))
    //                  ^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => StatusCode::OK
}

#[get("/bookmarks/{id}")]
async fn get_bookmark(path: web::Path<u32>) -> HttpResponse {
    let bookmark = Bookmark { id: path.into_inner(), url: String::new() };
    HttpResponse::build(StatusCode::OK).json(bookmark)
    //                  !!!!!!!!!!!!!! content-with-bodiless-status 200 carries a body
}

#[delete("/bookmarks")]
async fn clear_bookmarks() -> HttpResponse {
    HttpResponse::build(StatusCode::NO_CONTENT).finish()
    //                  !!!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status no body
}

// The http crate's builder, as axum and hyper use it.
async fn purge() -> Response<Body> {
    Response::builder()
        .status(StatusCode::NO_CONTENT)
        //      ^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => StatusCode::OK
        .body(Body::from("purged"))
        .unwrap()
}
