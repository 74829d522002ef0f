from django.shortcuts import get_object_or_404
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.test import APITestCase

from .models import Invoice
from .serializers import InvoiceSerializer


class InvoiceViewSet(viewsets.ModelViewSet):
    queryset = Invoice.objects.all()
    serializer_class = InvoiceSerializer

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        if not serializer.is_valid():
            return Response(serializer.errors, status=400)
            #                                         ^^^ magic-status-number hint => status.HTTP_400_BAD_REQUEST
        serializer.save()
        return Response(serializer.data, status=status.HTTP_201_CREATED)
        #                                       !!!!!!!!!!!!!!!!!!!!!!! magic-status-number already named

    @action(detail=True, methods=["post"])
    def pay(self, request, pk=None):
        invoice = get_object_or_404(Invoice, pk=pk)
        if invoice.paid:
            return Response({"detail": "already paid"}, status=409)
            #                                                  ^^^ magic-status-number hint => status.HTTP_409_CONFLICT
        invoice.mark_paid()
        return Response(status=204)
        #                      ^^^ magic-status-number hint => status.HTTP_204_NO_CONTENT

    @action(detail=True, methods=["get"])
    def legacy(self, request, pk=None):
        return Response({"detail": "client closed request"}, status=499)
        #                                                           !!! magic-status-number no name for a vendor code


class InvoiceTests(APITestCase):
    def test_pay_twice(self):
        invoice = Invoice.objects.create(total=100, paid=True)
        response = self.client.post(f"/invoices/{invoice.pk}/pay/")
        self.assertEqual(response.status_code, 409)
        #                                      !!! magic-status-number a test assertion
