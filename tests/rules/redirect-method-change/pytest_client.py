from http import HTTPStatus

import requests
from django.test import TestCase

# Statuses read from responses, asserted in tests or listed in tables are not sent here.
REDIRECT_PHRASES = {301: "Moved Permanently", 302: "Found"}
#                                             !!! redirect-method-change a status table

HTTP_302_FOUND = 302
#                !!! redirect-method-change a constant definition


def test_login_redirects(client):
    resp = client.post("/login", data={"user": "ada"})
    assert resp.status_code == 302
    #                          !!! redirect-method-change a test assertion
    assert resp.headers["Location"] == "/dashboard"


class ContactTests(TestCase):
    def test_post_redirects(self):
        resp = self.client.post("/contact/", {"message": "hi"})
        self.assertEqual(resp.status_code, 302)
        #                                  !!! redirect-method-change a test assertion


def follow(url):
    resp = requests.post(url, allow_redirects=False)
    if resp.status_code in (301, 302):
    #                       !!! redirect-method-change a client reading the status
        return resp.headers["Location"]
    if 300 <= resp.status_code < 400:
    #  !!! redirect-method-change a range check
        return None
    if resp.status_code == HTTPStatus.FOUND:
    #                      !!!!!!!!!!!!!!!! redirect-method-change a client comparison
        return resp.headers["Location"]
    return url
