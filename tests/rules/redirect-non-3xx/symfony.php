<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

class ShopController extends AbstractController
{
    #[Route('/shop', name: 'shop')]
    public function index(): Response
    {
        return $this->redirectToRoute('catalog', [], Response::HTTP_OK);
        //                                           ^^^^^^^^^^^^^^^^^ redirect-non-3xx error =>
    }

    #[Route('/shop/cart', name: 'cart', methods: ['POST'])]
    public function addToCart(Request $request): RedirectResponse
    {
        return $this->redirectToRoute('cart_show', [], Response::HTTP_SEE_OTHER);
        //                                             !!!!!!!!!!!!!!!!!!!!!!!! redirect-non-3xx after a form post
    }

    #[Route('/shop/sale', name: 'sale')]
    public function sale(): RedirectResponse
    {
        return $this->redirect('https://sale.example.com', 404);
        //                                                 ^^^ redirect-non-3xx error =>
    }

    #[Route('/shop/old-catalog', name: 'old_catalog')]
    public function oldCatalog(): RedirectResponse
    {
        return new RedirectResponse('/catalog', 200);
        //                                      ^^^ redirect-non-3xx error Symfony throws: not a redirect =>
    }

    #[Route('/shop/archive', name: 'archive')]
    public function archive(): RedirectResponse
    {
        return new RedirectResponse('/catalog', Response::HTTP_MOVED_PERMANENTLY);
        //                                      !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-non-3xx a real redirect
    }
}
