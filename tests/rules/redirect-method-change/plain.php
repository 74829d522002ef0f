<?php

session_start();

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $_SESSION['user'] = $_POST['user'] ?? null;
    header('Location: /dashboard.php', true, 302);
    //                                       ^^^ redirect-method-change warning => 303 | 307
    exit;
}

if ($_SERVER['REQUEST_METHOD'] === 'GET') {
    header('Location: /login.php', true, 301);
    //                                   !!! redirect-method-change GET branch
    exit;
}

function redirect_to_login(): void
{
    http_response_code(302);
    //                 ^^^ redirect-method-change hint => 303 | 307
    header('Location: /login.php');
    exit;
}

function send_see_other(string $url): void
{
    header('Location: ' . $url, true, 303);
    //                                !!! redirect-method-change already 303
    exit;
}
