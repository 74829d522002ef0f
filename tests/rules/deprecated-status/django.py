from http import HTTPStatus

import requests
from django.http import HttpResponse, JsonResponse
from django.test import TestCase
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView


def teapot(request):
    return HttpResponse("I'm a teapot", status=418)
    #                                          ^^^ deprecated-status warning =>


def legacy_proxy(request):
    response = HttpResponse(status=HTTPStatus.USE_PROXY)
    #                              ^^^^^^^^^^^^^^^^^^^^ deprecated-status warning =>
    response["Location"] = "http://proxy.internal:3128"
    return response


class ExtensionView(APIView):
    def get(self, request):
        return Response({"error": "extension required"}, status=status.HTTP_510_NOT_EXTENDED)
        #                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ deprecated-status warning =>

    def post(self, request):
        return Response({"queued": True}, status=status.HTTP_202_ACCEPTED)
        #                                        !!!!!!!!!!!!!!!!!!!!!!!! deprecated-status a current code


def upstream_health(request):
    r = requests.get("https://upstream.internal/health", timeout=5)
    if r.status_code == requests.codes.teapot:
    #                   !!!!!!!!!!!!!!!!!!!!! deprecated-status a client reading the status
        return JsonResponse({"upstream": "joking"})
    return JsonResponse({"upstream": r.status_code})


class TeapotTests(TestCase):
    def test_teapot(self):
        response = self.client.get("/teapot/")
        self.assertEqual(response.status_code, 418)
        #                                      !!! deprecated-status a test assertion
