import requests
from django.test import TestCase

# Tests and clients compare statuses; they send no body with them.
EMPTY_STATUSES = {204: "No Content", 304: "Not Modified"}
#                 !!! content-with-bodiless-status a status table


class NoteTests(TestCase):
    def test_delete(self):
        resp = self.client.delete("/notes/1/")
        self.assertEqual(resp.status_code, 204)
        #                                  !!! content-with-bodiless-status a test assertion
        self.assertEqual(resp.content, b"")


def test_delete_all(client):
    resp = client.delete("/notes/")
    assert resp.status_code == 204
    #                          !!! content-with-bodiless-status a test assertion


def fetch_note(url):
    resp = requests.get(url)
    if resp.status_code in (204, 304):
    #                       !!! content-with-bodiless-status a client reading the status
        return None
    return resp.json()
