use actix_web::http::{header, StatusCode};
use actix_web::{delete, get, post, put, web, HttpResponse};
use axum::body::Body;
use axum::http::Response;

#[post("/login")]
async fn login(form: web::Form<Login>) -> HttpResponse {
    start_session(&form.user);
    HttpResponse::build(StatusCode::FOUND)
    //                  ^^^^^^^^^^^^^^^^^ redirect-method-change warning => StatusCode::SEE_OTHER | StatusCode::TEMPORARY_REDIRECT
        .insert_header((header::LOCATION, "/dashboard"))
        .finish()
}

#[put("/profile")]
async fn update_profile(form: web::Form<Login>) -> HttpResponse {
    save_profile(&form.user);
    HttpResponse::build(StatusCode::MOVED_PERMANENTLY)
    //                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => StatusCode::SEE_OTHER | StatusCode::PERMANENT_REDIRECT
        .insert_header((header::LOCATION, "/profile"))
        .finish()
}

#[delete("/cart/{id}")]
async fn remove_from_cart(path: web::Path<u32>) -> HttpResponse {
    remove_item(path.into_inner());
    HttpResponse::build(actix_web::http::StatusCode::FOUND)
    //                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => actix_web::http::StatusCode::SEE_OTHER | actix_web::http::StatusCode::TEMPORARY_REDIRECT
        .insert_header((header::LOCATION, "/cart"))
        .finish()
}

#[post("/comments")]
async fn add_comment() -> HttpResponse {
    HttpResponse::build(StatusCode::SEE_OTHER)
    //                  !!!!!!!!!!!!!!!!!!!!! redirect-method-change already 303
        .insert_header((header::LOCATION, "/comments"))
        .finish()
}

#[post("/upload")]
async fn upload() -> HttpResponse {
    HttpResponse::build(StatusCode::TEMPORARY_REDIRECT)
    //                  !!!!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change 307 keeps the method
        .insert_header((header::LOCATION, "https://storage.example.com/upload"))
        .finish()
}

#[get("/old")]
async fn old_page() -> HttpResponse {
    HttpResponse::build(StatusCode::MOVED_PERMANENTLY)
    //                  !!!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change GET handler
        .insert_header((header::LOCATION, "/new"))
        .finish()
}

// An axum handler, routed in main.rs: the method is not known here.
async fn back_home() -> Response<Body> {
    Response::builder()
        .status(StatusCode::FOUND)
        //      ^^^^^^^^^^^^^^^^^ redirect-method-change hint => StatusCode::SEE_OTHER | StatusCode::TEMPORARY_REDIRECT
        .header("location", "/")
        .body(Body::empty())
        .unwrap()
}

fn permanent(to: &str) -> Response<Body> {
    Response::builder()
        .status(301)
        //      ^^^ redirect-method-change hint => 303 | 308
        .header("location", to)
        .body(Body::empty())
        .unwrap()
}

#[derive(serde::Deserialize)]
struct Login {
    user: String,
}

fn start_session(_user: &str) {}

fn save_profile(_user: &str) {}

fn remove_item(_id: u32) {}
