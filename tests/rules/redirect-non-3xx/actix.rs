use actix_web::{get, http::StatusCode, web, HttpRequest, HttpResponse, Responder};
use actix_web::web::Redirect;

#[get("/account")]
async fn account(req: HttpRequest) -> impl Responder {
    if req.cookie("session").is_none() {
        return Redirect::to("/login").using_status_code(StatusCode::UNAUTHORIZED);
        //                                              ^^^^^^^^^^^^^^^^^^^^^^^^ redirect-non-3xx error =>
    }
    Redirect::to("/account/overview").using_status_code(StatusCode::SEE_OTHER)
    //                                                  !!!!!!!!!!!!!!!!!!!!! redirect-non-3xx a real redirect
}

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(account)
        .service(web::redirect("/docs", "https://docs.example.com").using_status_code(StatusCode::PERMANENT_REDIRECT));
        //                                                                            !!!!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-non-3xx a real redirect
}

/// A small helper for the handlers that answer with plain `HttpResponse`s.
fn redirect(location: &str, status: u16) -> HttpResponse {
    HttpResponse::build(StatusCode::from_u16(status).unwrap())
        .insert_header(("Location", location))
        .finish()
}

#[get("/pricing")]
async fn pricing() -> HttpResponse {
    redirect("/plans", 200)
    //                 ^^^ redirect-non-3xx error =>
}

#[get("/plans/old")]
async fn old_plans() -> HttpResponse {
    redirect("/plans", 301)
    //                 !!! redirect-non-3xx a real redirect
}
