<?php

namespace App\Controller;

use App\Repository\TicketRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Exception\HttpException;
use Symfony\Component\HttpKernel\Exception\HttpExceptionInterface;
use Symfony\Component\Routing\Attribute\Route;

class TicketController extends AbstractController
{
    #[Route('/tickets/{id}/close', methods: ['POST'])]
    public function close(int $id, TicketRepository $tickets): JsonResponse
    {
        $ticket = $tickets->find($id);
        if ($ticket === null) {
            throw new HttpException(Response::HTTP_NOT_FOUND, 'Ticket not found');
            //                      !!!!!!!!!!!!!!!!!!!!!!!! error-helper-non-error a real error
        }
        if ($ticket->isClosed()) {
            throw new HttpException(Response::HTTP_OK, 'Ticket already closed');
            //                      ^^^^^^^^^^^^^^^^^ error-helper-non-error warning =>
        }
        if ($ticket->isLocked()) {
            throw new HttpException(302, 'Ticket moved to the archive');
            //                      ^^^ error-helper-non-error warning =>
        }
        $ticket->close();

        return new JsonResponse($ticket->toArray(), Response::HTTP_OK);
        //                                          !!!!!!!!!!!!!!!!! error-helper-non-error a normal response
    }
}

final class TicketArchivedException extends \RuntimeException implements HttpExceptionInterface
{
    public function getStatusCode(): int
    {
        return 200;
        //     ^^^ error-helper-non-error warning =>
    }

    public function getHeaders(): array
    {
        return [];
    }
}

final class TicketLockedException extends \RuntimeException implements HttpExceptionInterface
{
    public function getStatusCode(): int
    {
        return 423;
        //     !!! error-helper-non-error a real error
    }

    public function getHeaders(): array
    {
        return [];
    }
}
