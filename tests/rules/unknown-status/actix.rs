use actix_web::{get, http::StatusCode, post, web, HttpResponse, Responder};
use serde::Deserialize;

#[derive(Deserialize)]
struct Transfer {
    amount_cents: u64,
    currency: String,
}

const MAX_TRANSFER_CENTS: u64 = 299_00;
//                              !!!!!! unknown-status an amount of money

#[post("/transfers")]
async fn create_transfer(body: web::Json<Transfer>) -> impl Responder {
    if body.amount_cents > MAX_TRANSFER_CENTS {
        return HttpResponse::build(StatusCode::from_u16(452).unwrap())
        //                                              ^^^ unknown-status warning =>
            .json(serde_json::json!({ "error": "limit exceeded" }));
    }
    if body.currency != "EUR" {
        return HttpResponse::build(StatusCode::from_u16(422).unwrap()).finish();
        //                                              !!! unknown-status assigned
    }
    HttpResponse::build(StatusCode::from_u16(299).unwrap()).body("pending review")
    //                                       ^^^ unknown-status warning =>
}

#[get("/transfers/{id}")]
async fn get_transfer(path: web::Path<u64>) -> impl Responder {
    let id = path.into_inner();
    if id == 0 {
        return HttpResponse::build(StatusCode::IM_USED).finish();
        //                         !!!!!!!!!!!!!!!!!!! unknown-status assigned: 226
    }
    HttpResponse::Ok().json(serde_json::json!({ "id": id }))
}

pub fn is_success(status: u16) -> bool {
    (200..=299).contains(&status)
    //     !!! unknown-status a range bound
}
