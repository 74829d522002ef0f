<?php

namespace App\Http\Controllers;

use App\Models\Ticket;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Symfony\Component\HttpKernel\Exception\HttpException;

class TicketController extends Controller
{
    public function close(Request $request, Ticket $ticket): JsonResponse
    {
        abort_unless($request->user()->can('close', $ticket), 403);
        //                                                    !!! error-helper-non-error a real error
        if ($ticket->closed_at !== null) {
            abort(200, 'Ticket already closed');
            //    ^^^ error-helper-non-error warning =>
        }
        $ticket->update(['closed_at' => now()]);

        return response()->json($ticket, 200);
        //                               !!! error-helper-non-error a normal response
    }

    public function reopen(Ticket $ticket): JsonResponse
    {
        if ($ticket->closed_at === null) {
            throw new HttpException(200, 'Ticket is already open');
            //                      ^^^ error-helper-non-error warning =>
        }
        abort_if($ticket->archived, 410, 'Ticket archived');
        //                          !!! error-helper-non-error a real error
        $ticket->update(['closed_at' => null]);

        return response()->json($ticket);
    }
}
