<?php

use App\Models\Invoice;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Route;
use Symfony\Component\HttpFoundation\Response;

Route::delete('/invoices/{invoice}', function (Invoice $invoice) {
    $invoice->delete();
    return response()->json($invoice, 204);
    //                                ^^^ content-with-bodiless-status warning => 200
});

Route::put('/invoices/{invoice}', function (Request $request, Invoice $invoice) {
    $invoice->update($request->all());
    return response()->json(['updated' => true], Response::HTTP_NO_CONTENT);
    //                                           ^^^^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => Response::HTTP_OK
});

Route::post('/invoices/{invoice}/send', function (Invoice $invoice) {
    $invoice->send();
    return response('sent', 204);
    //                      ^^^ content-with-bodiless-status warning => 200
});

Route::get('/invoices/{invoice}', function (Request $request, Invoice $invoice) {
    if ($request->header('If-None-Match') === $invoice->etag) {
        return response()->json($invoice, Response::HTTP_NOT_MODIFIED);
        //                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => Response::HTTP_OK
    }
    return response()->json($invoice, 200);
    //                                !!! content-with-bodiless-status 200 carries a body
});

Route::delete('/invoices', function () {
    Invoice::query()->delete();
    return response()->noContent();
    //                 !!!!!!!!! content-with-bodiless-status no status literal and no body
});

Route::delete('/drafts', function () {
    return response('', 204);
    //                  !!! content-with-bodiless-status an empty body
});

Route::post('/invoices/{invoice}/archive', function (Invoice $invoice) {
    $invoice->archive();
    return response()->json(null, Response::HTTP_NO_CONTENT);
    //                            !!!!!!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status a null body
});

Route::post('/invoices', function (Request $request) {
    return response()->json(Invoice::create($request->all()), 201);
    //                                                        !!! content-with-bodiless-status 201 carries a body
});
