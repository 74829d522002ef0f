import http

from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views import View
from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response


def contact(request):
    if request.method == "POST":
        send_message(request.POST)
        return HttpResponse(status=302, headers={"Location": reverse("thanks")})
        #                          ^^^ redirect-method-change warning => 303 | 307
    return render(request, "contact.html")


def subscribe(request):
    if request.method == "GET":
        return HttpResponseRedirect(reverse("newsletter"), status=301)
        #                                                         !!! redirect-method-change inside a GET branch
    add_subscriber(request.POST["email"])
    return HttpResponse(status=303, headers={"Location": reverse("thanks")})
    #                          !!! redirect-method-change already 303


class ArticleView(View):
    def get(self, request, slug):
        return HttpResponse(status=http.HTTPStatus.MOVED_PERMANENTLY, headers={"Location": f"/a/{slug}"})
        #                          !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! redirect-method-change GET method of a class-based view

    def post(self, request, slug):
        save_comment(slug, request.POST)
        return HttpResponseRedirect(f"/a/{slug}#comments", status=http.HTTPStatus.FOUND)
        #                                                         ^^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => http.HTTPStatus.SEE_OTHER | http.HTTPStatus.TEMPORARY_REDIRECT

    def delete(self, request, slug):
        delete_article(slug)
        return HttpResponse(status=301, headers={"Location": "/articles/"})
        #                          ^^^ redirect-method-change warning => 303 | 308


@api_view(["POST"])
def create_order(request):
    order = place_order(request.data)
    return Response(status=status.HTTP_302_FOUND, headers={"Location": f"/orders/{order}"})
    #                      ^^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => status.HTTP_303_SEE_OTHER | status.HTTP_307_TEMPORARY_REDIRECT


@api_view(["PUT", "PATCH"])
def move_order(request, pk):
    return Response(status=status.HTTP_301_MOVED_PERMANENTLY, headers={"Location": f"/v2/orders/{pk}"})
    #                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ redirect-method-change warning => status.HTTP_303_SEE_OTHER | status.HTTP_308_PERMANENT_REDIRECT


@api_view(["GET"])
def order_legacy(request, pk):
    return Response(status=status.HTTP_302_FOUND, headers={"Location": f"/orders/{pk}"})
    #                      !!!!!!!!!!!!!!!!!!!!! redirect-method-change GET view


def found(location):
    # Shared by several views; the method is not known here.
    return HttpResponse(status=302, headers={"Location": location})
    #                          ^^^ redirect-method-change hint => 303 | 307


def send_message(data):
    pass


def add_subscriber(email):
    pass


def save_comment(slug, data):
    pass


def delete_article(slug):
    pass


def place_order(data):
    return 1
