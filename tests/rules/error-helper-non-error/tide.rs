use tide::{Request, Response, StatusCode};

#[derive(Clone)]
struct State {
    db: Db,
}

async fn get_order(req: Request<State>) -> tide::Result {
    let id: u64 = req.param("id")?.parse()?;
    let order = req.state().db.find(id).await;
    match order {
        None => Err(tide::Error::from_str(404, "order not found")),
        //                                !!! error-helper-non-error a real error
        Some(o) if o.archived => Err(tide::Error::from_str(200, "order archived")),
        //                                                 ^^^ error-helper-non-error warning =>
        Some(o) => Ok(Response::builder(StatusCode::Ok).body(o.to_json()).build()),
    }
}

async fn cancel_order(req: Request<State>) -> tide::Result {
    let id: u64 = req.param("id")?.parse()?;
    if req.state().db.is_cancelled(id).await {
        return Err(tide::Error::from_str(304, "already cancelled"));
        //                               ^^^ error-helper-non-error warning =>
    }
    req.state().db.cancel(id).await;
    Ok(Response::new(StatusCode::NoContent))
}

/// The service's own error type, turned into a JSON problem response.
#[derive(Debug)]
pub struct ApiError {
    status: u16,
    message: String,
}

impl ApiError {
    pub fn new(status: u16, message: impl Into<String>) -> Self {
        Self { status, message: message.into() }
    }
}

fn validate(quantity: u32) -> Result<(), ApiError> {
    if quantity == 0 {
        return Err(ApiError::new(201, "nothing to order"));
        //                       ^^^ error-helper-non-error warning =>
    }
    if quantity > 100 {
        return Err(ApiError::new(422, "too many items"));
        //                       !!! error-helper-non-error a real error
    }
    Ok(())
}

#[derive(Clone)]
struct Db;
