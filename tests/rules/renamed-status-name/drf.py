# Django REST framework keeps the RFC 2616 names in rest_framework.status:
# HTTP_422_UNPROCESSABLE_ENTITY is its current (and only) name for 422.
from rest_framework import generics, status
from rest_framework.response import Response

from .models import Article
from .serializers import ArticleSerializer


class ArticleList(generics.ListCreateAPIView):
    queryset = Article.objects.all()
    serializer_class = ArticleSerializer

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        if not serializer.is_valid():
            return Response(serializer.errors, status=status.HTTP_422_UNPROCESSABLE_ENTITY)
            #                                         !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! renamed-status-name DRF's own name
        serializer.save()
        return Response(serializer.data, status=status.HTTP_201_CREATED)



class ArticleDetail(generics.RetrieveUpdateDestroyAPIView):
    queryset = Article.objects.all()
    serializer_class = ArticleSerializer

    def destroy(self, request, *args, **kwargs):
        article = self.get_object()
        if article.published:
            return Response({"detail": "unpublish first"}, status=status.HTTP_409_CONFLICT)
            #                                                     !!!!!!!!!!!!!!!!!!!!!!!! renamed-status-name never renamed
        article.delete()
        return Response(status=status.HTTP_204_NO_CONTENT)
