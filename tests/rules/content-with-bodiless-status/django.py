from django.http import HttpResponse, JsonResponse
from django.views import View
from rest_framework import status
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Note
from .serializers import NoteSerializer


def delete_note(request, pk):
    Note.objects.filter(pk=pk).delete()
    return HttpResponse("deleted", status=204)
    #                                     ^^^ content-with-bodiless-status warning => 200


def archive_note(request, pk):
    note = Note.objects.get(pk=pk)
    note.archive()
    return JsonResponse({"id": note.pk, "archived": True}, status=204)
    #                                                             ^^^ content-with-bodiless-status warning => 200


class NoteView(View):
    def delete(self, request, pk):
        Note.objects.filter(pk=pk).delete()
        return HttpResponse(status=204)
        #                          !!! content-with-bodiless-status no body

    def put(self, request, pk):
        return HttpResponse("", status=204)
        #                              !!! content-with-bodiless-status an empty body


@api_view(["DELETE"])
def destroy_note(request, pk):
    note = Note.objects.get(pk=pk)
    data = NoteSerializer(note).data
    note.delete()
    return Response(data, status=status.HTTP_204_NO_CONTENT)
    #                            ^^^^^^^^^^^^^^^^^^^^^^^^^^ content-with-bodiless-status warning => status.HTTP_200_OK


@api_view(["DELETE"])
def destroy_all(request):
    Note.objects.all().delete()
    return Response(status=status.HTTP_204_NO_CONTENT)
    #                      !!!!!!!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status no body


@api_view(["PUT"])
def update_note(request, pk):
    serializer = NoteSerializer(Note.objects.get(pk=pk), data=request.data)
    serializer.is_valid(raise_exception=True)
    serializer.save()
    return Response(None, status=status.HTTP_204_NO_CONTENT)
    #                            !!!!!!!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status a None body


@api_view(["POST"])
def create_note(request):
    serializer = NoteSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    serializer.save()
    return Response(serializer.data, status=status.HTTP_201_CREATED)
    #                                       !!!!!!!!!!!!!!!!!!!!!!! content-with-bodiless-status 201 carries a body
