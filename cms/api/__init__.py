"""The delivery API (docs/api.md). `cms.api.api_router` is the v2 router cms/urls.py mounts.

The router is imported lazily: this package is also an app (for its template tags), and app loading
must not import models.
"""


def __getattr__(name):
    if name == "api_router":
        from cms.api.router import api_router

        return api_router
    raise AttributeError(name)
