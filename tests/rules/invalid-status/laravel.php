<?php

namespace App\Http\Controllers;

use App\Models\Invoice;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;

class InvoiceController extends Controller
{
    public function show(int $id): JsonResponse
    {
        $invoice = Cache::remember("invoice:{$id}", 600, fn () => Invoice::find($id));
        //                                          !!! invalid-status a cache lifetime in seconds
        if ($invoice === null) {
            abort(700, 'Invoice not found');
            //    ^^^ invalid-status error =>
        }

        return response()->json($invoice, 200);
        //                                !!! invalid-status a real status
    }

    public function export(Request $request): JsonResponse
    {
        if (! $request->user()->can('export', Invoice::class)) {
            return response()->json(['error' => 'forbidden'], 603);
            //                                                ^^^ invalid-status error =>
        }

        return response()->json(Invoice::all()->take(500));
    }

    public function isServerError(int $status): bool
    {
        return $status >= 500 && $status < 600;
        //                                 !!! invalid-status range bound
    }
}

// A plain PHP endpoint next to the app.
function legacy_ping(): void
{
    http_response_code(800);
    //                 ^^^ invalid-status error =>
    echo 'pong';
}
