<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Contracts\HttpClient\HttpClientInterface;

class BrewController extends AbstractController
{
    public function __construct(private HttpClientInterface $client)
    {
    }

    #[Route('/coffee', methods: ['GET'])]
    public function coffee(): Response
    {
        return new Response("I'm a teapot", Response::HTTP_I_AM_A_TEAPOT);
        //                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deprecated-status warning =>
    }

    #[Route('/mirror', methods: ['GET'])]
    public function mirror(): Response
    {
        return new Response('', 305, ['Location' => 'http://proxy.internal:3128']);
        //                      ^^^ deprecated-status warning =>
    }

    #[Route('/extensions', methods: ['POST'])]
    public function extensions(): JsonResponse
    {
        return new JsonResponse(['error' => 'extension required'], Response::HTTP_NOT_EXTENDED);
        //                                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^ deprecated-status warning =>
    }

    #[Route('/orders', methods: ['POST'])]
    public function order(): JsonResponse
    {
        return new JsonResponse(['queued' => true], Response::HTTP_ACCEPTED);
        //                                          !!!!!!!!!!!!!!!!!!!!!!! deprecated-status a current code
    }

    /** Reads what the gateway answers: handling a 305 is not sending it. */
    public function fetchLegacy(string $url): string
    {
        $response = $this->client->request('GET', $url, ['max_redirects' => 0]);
        if ($response->getStatusCode() === 305) {
        //                                 !!! deprecated-status a client reading the status
            $response = $this->client->request('GET', $response->getHeaders(false)['location'][0]);
        }

        return $response->getContent();
    }
}
