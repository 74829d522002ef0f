<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

class CommentController extends AbstractController
{
    #[Route('/comments', name: 'comment_create', methods: ['POST'])]
    public function create(Request $request): Response
    {
        $this->save($request->request->all());
        return $this->redirectToRoute('comment_list', [], Response::HTTP_FOUND);
        //                                                ^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => Response::HTTP_SEE_OTHER | Response::HTTP_TEMPORARY_REDIRECT
    }

    #[Route('/comments/{id}', name: 'comment_update', methods: ['PUT', 'PATCH'])]
    public function update(int $id): Response
    {
        return $this->redirect('/comments/' . $id, Response::HTTP_MOVED_PERMANENTLY);
        //                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => Response::HTTP_SEE_OTHER | Response::HTTP_PERMANENTLY_REDIRECT
    }

    #[Route('/comments/{id}', name: 'comment_delete', methods: ['DELETE'])]
    public function delete(int $id): RedirectResponse
    {
        return new RedirectResponse('/comments', 302);
        //                                       ^^^ redirect-method-change warning => 303 | 307
    }

    #[Route('/comments/{id}/flag', name: 'comment_flag', methods: ['POST'])]
    public function flag(int $id): Response
    {
        return $this->redirectToRoute('comment_list', [], Response::HTTP_SEE_OTHER);
        //                                                !!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change already 303
    }

    #[Route('/old-comments', name: 'comment_old', methods: ['GET'])]
    public function old(): Response
    {
        return $this->redirectToRoute('comment_list', [], Response::HTTP_MOVED_PERMANENTLY);
        //                                                !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change GET route
    }

    private function toList(): Response
    {
        return $this->redirectToRoute('comment_list', [], 302);
        //                                                ^^^ redirect-method-change hint => 303 | 307
    }

    private function save(array $data): void
    {
    }
}
