<?php

namespace App\Controller;

use App\Repository\EventRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Exception\HttpException;
use Symfony\Component\Routing\Attribute\Route;

class EventController extends AbstractController
{
    #[Route('/events/{id}', methods: ['GET'])]
    public function show(int $id, EventRepository $events): JsonResponse
    {
        $event = $events->find($id);
        if ($event === null) {
            return new JsonResponse(['error' => 'not found'], 404);
            //                                                ^^^ magic-status-number hint => Response::HTTP_NOT_FOUND
        }

        return new JsonResponse($event->toArray(), Response::HTTP_OK);
        //                                         !!!!!!!!!!!!!!!!! magic-status-number already named
    }

    #[Route('/events', methods: ['POST'])]
    public function create(Request $request): JsonResponse
    {
        if (! $this->isGranted('ROLE_ORGANIZER')) {
            throw new HttpException(403, 'Organizers only');
            //                      ^^^ magic-status-number hint => Response::HTTP_FORBIDDEN
        }

        return new JsonResponse(['id' => 42], 201);
        //                                    ^^^ magic-status-number hint => Response::HTTP_CREATED
    }

    #[Route('/e/{id}', methods: ['GET'])]
    public function shortLink(int $id): Response
    {
        return $this->redirectToRoute('event_show', ['id' => $id], 301);
        //                                                         ^^^ magic-status-number hint => Response::HTTP_MOVED_PERMANENTLY
    }
}

// tests/Controller/EventControllerTest.php
class EventControllerTest extends \Symfony\Bundle\FrameworkBundle\Test\WebTestCase
{
    public function testShowMissingEvent(): void
    {
        $client = static::createClient();
        $client->request('GET', '/events/999');
        $this->assertResponseStatusCodeSame(404);
        //                                  !!! magic-status-number a test assertion
    }
}
