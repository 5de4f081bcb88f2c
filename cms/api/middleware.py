"""Refuses requests whose query string carries NUL characters, with 400 instead of a database error (500).

PostgreSQL text cannot hold NUL; without this, a lookup such as /api/v3/pages/find/?html_path=%00 fails
inside the database driver (found by the schemathesis run in tests/api/test_api_v3_fuzz.py).
"""

import re

from django.http import JsonResponse


class RejectNulCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any("\x00" in key or "\x00" in value for key, value in _params(request)):
            return JsonResponse({"message": "null characters are not allowed in the URL"}, status=400)
        return self.get_response(request)


def _params(request):
    for key, values in request.GET.lists():
        for value in values:
            yield key, value


ROOT_ACTION = re.compile(r"^/api/v3/pages/(?P<page_id>\d+)/(actions/[a-z_]+/)?$")


class RootPageActionsMiddleware:
    """API v3: an action on the tree's root page (copy, move, alias, delete …) answers 400, not a crash: Wagtail
    8.0.1 reaches for the root's parent first. Found by the schemathesis run in tests/api/test_api_v3_fuzz.py."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        match = ROOT_ACTION.match(request.path) if request.method in ("POST", "DELETE") else None
        if match and _is_root(int(match["page_id"])):
            return JsonResponse(
                {"type": "about:blank", "title": "Bad Request", "status": 400,
                 "detail": "The root of the page tree cannot be changed through the API."},
                status=400,
                content_type="application/problem+json",
            )  # fmt: skip
        return self.get_response(request)


def _is_root(page_id):
    from wagtail.models import Page

    return Page.objects.filter(pk=page_id, depth=1).exists()
