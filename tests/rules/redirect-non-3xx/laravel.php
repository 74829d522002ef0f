<?php

namespace App\Http\Controllers;

use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Redirect;

class AccountController extends Controller
{
    public function show(Request $request): RedirectResponse
    {
        if ($request->user() === null) {
            return redirect('/login', 401);
            //                        ^^^ redirect-non-3xx error =>
        }

        return redirect()->route('account.overview', [], 302);
        //                                               !!! redirect-non-3xx a real redirect
    }

    public function update(Request $request): RedirectResponse
    {
        $request->user()->update($request->validate(['name' => 'required']));

        return redirect()->to('/account', 200);
        //                                ^^^ redirect-non-3xx error =>
    }

    public function legacy(): RedirectResponse
    {
        return Redirect::to('/account', 500);
        //                              ^^^ redirect-non-3xx error =>
    }

    public function docs(): RedirectResponse
    {
        return redirect()->away('https://docs.example.com', 301);
        //                                                  !!! redirect-non-3xx a real redirect
    }

    public function store(Request $request): RedirectResponse
    {
        return redirect('/account', 303);
        //                          !!! redirect-non-3xx after a form post
    }
}
