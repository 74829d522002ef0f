<?php

namespace App\Http\Controllers;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\RateLimiter;

class CheckoutController extends Controller
{
    public function confirm(Request $request): JsonResponse
    {
        if ($request->session()->token() !== $request->input('_token')) {
            abort(419);
            //    ^^^ unofficial-status warning Laravel, Spring and ASP.NET disagree =>
        }
        if (RateLimiter::tooManyAttempts('checkout:'.$request->ip(), 5)) {
            return response()->json(['error' => 'enhance your calm'], 420);
            //                                                        ^^^ unofficial-status warning =>
        }
        if ($request->user() === null) {
            return response()->json(['error' => 'login timed out'], 440);
            //                                                      ^^^ unofficial-status information =>
        }

        return response()->json(['confirmed' => true], 200);
    }

    public function quote(): JsonResponse
    {
        $response = Http::timeout(5)->get('https://rates.example.com/latest');
        if ($response->status() === 522) {
        //                          !!! unofficial-status a client reading the status
            return response()->json(['error' => 'rates unavailable'], 503);
            //                                                        !!! unofficial-status an IANA code
        }

        return response()->json($response->json());
    }
}

// tests/Feature/CheckoutTest.php
class CheckoutTest extends \Tests\TestCase
{
    public function test_a_stale_form_expires(): void
    {
        $this->post('/checkout/confirm', ['_token' => 'stale'])->assertStatus(419);
        //                                                                    !!! unofficial-status a test assertion
    }
}
