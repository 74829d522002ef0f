<?php

namespace App\Controller;

use App\Repository\CouponRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Exception\HttpException;
use Symfony\Component\Routing\Attribute\Route;

class CouponController extends AbstractController
{
    #[Route('/coupons/{code}', methods: ['GET'])]
    public function show(string $code, CouponRepository $coupons): JsonResponse
    {
        if (strlen($code) !== 8) {
            throw new HttpException(432, 'Malformed coupon code');
            //                      ^^^ unknown-status warning =>
        }
        $coupon = $coupons->findOneBy(['code' => $code]);
        if ($coupon === null) {
            return new JsonResponse(['error' => 'unknown coupon'], Response::HTTP_NOT_FOUND);
        }

        return new JsonResponse($coupon->toArray(), 299);
        //                                          ^^^ unknown-status warning =>
    }

    #[Route('/coupons/{code}/redeem', methods: ['POST'])]
    public function redeem(string $code, Request $request): Response
    {
        $response = new Response();
        if ($request->headers->get('Early-Data') === '1') {
            $response->setStatusCode(425);
            //                       !!! unknown-status assigned: Too Early
            return $response;
        }
        $response->setStatusCode(452);
        //                       ^^^ unknown-status warning =>

        return $response;
    }

    public static function isSuccessful(int $statusCode): bool
    {
        return $statusCode >= 200 && $statusCode <= 299;
        //                                          !!! unknown-status a range bound
    }
}
