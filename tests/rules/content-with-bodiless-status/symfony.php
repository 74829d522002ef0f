<?php

namespace App\Controller;

use App\Repository\ProductRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

class ProductController extends AbstractController
{
    public function __construct(private ProductRepository $products)
    {
    }

    #[Route('/products/{id}', methods: ['DELETE'])]
    public function delete(int $id): JsonResponse
    {
        $product = $this->products->remove($id);
        return new JsonResponse(['id' => $product->getId()], 204);
        //                                                   ^^^ content-with-bodiless-status warning => 200
    }

    #[Route('/products/{id}', methods: ['PUT'])]
    public function replace(int $id): Response
    {
        $this->products->replace($id);
        return new Response('replaced', Response::HTTP_NO_CONTENT);
        //                              ^^^^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => Response::HTTP_OK
    }

    #[Route('/products/{id}/stock', methods: ['PATCH'])]
    public function stock(int $id): JsonResponse
    {
        return $this->json($this->products->find($id), Response::HTTP_NO_CONTENT);
        //                                             ^^^^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => Response::HTTP_OK
    }

    #[Route('/products', methods: ['DELETE'])]
    public function clear(): Response
    {
        $this->products->clear();
        return new Response(null, Response::HTTP_NO_CONTENT);
        //                        !!!!!!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status a null body
    }

    #[Route('/products/archived', methods: ['DELETE'])]
    public function clearArchived(): Response
    {
        return new Response('', 204);
        //                      !!! content-with-bodiless-status an empty body
    }

    #[Route('/products/{id}', methods: ['GET'])]
    public function show(int $id): JsonResponse
    {
        return new JsonResponse($this->products->find($id), Response::HTTP_OK);
        //                                                  !!!!!!!!!!!!!!!!! content-with-bodiless-status 200 carries a body
    }
}
