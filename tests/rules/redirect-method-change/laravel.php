<?php

use App\Models\Post;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Redirect;
use Illuminate\Support\Facades\Route;

Route::post('/posts', function (Request $request) {
    $post = Post::create($request->validated());
    return redirect("/posts/{$post->id}", 302);
    //                                    ^^^ redirect-method-change warning => 303 | 307
});

Route::put('/posts/{post}', function (Request $request, Post $post) {
    $post->update($request->all());
    return redirect()->to("/posts/{$post->id}", 301);
    //                                          ^^^ redirect-method-change warning => 303 | 308
});

Route::delete('/posts/{post}', function (Post $post) {
    $post->delete();
    return redirect()->route('posts.index', [], 302);
    //                                          ^^^ redirect-method-change warning => 303 | 307
});

Route::patch('/posts/{post}/publish', function (Post $post) {
    $post->publish();
    return Redirect::to("/posts/{$post->id}", 303);
    //                                        !!! redirect-method-change already 303
});

Route::post('/uploads', function () {
    return redirect('https://storage.example.com/uploads', 307);
    //                                                     !!! redirect-method-change 307 keeps the method
});

Route::get('/blog', function () {
    return redirect('/posts', 301);
    //                        !!! redirect-method-change GET route
});

Route::get('/latest', function () {
    return Redirect::to('/posts/1', 302);
    //                              !!! redirect-method-change GET route
});

function backToPosts()
{
    // A helper called from several routes.
    return redirect('/posts', 302);
    //                        ^^^ redirect-method-change hint => 303 | 307
}
