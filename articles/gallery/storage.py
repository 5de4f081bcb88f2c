"""S3 storage for originals and renditions: the type from the stored name, caching by publication mode.

django-storages trusts `content.content_type`, which for an upload is whatever the browser claimed; the
name's extension is ours (validated and normalised on upload), so it decides. Public objects behind a CDN
are immutable and cache for a year; private objects, served through presigned URLs, must never sit in a
shared cache.
"""

import mimetypes

from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from storages.backends.s3 import S3Storage

# What a storage raises when S3 cannot be reached or refuses a request; OSError covers local disk.
STORAGE_ERRORS = (BotoCoreError, ClientError, OSError)


def cache_control():
    if getattr(settings, "AWS_S3_CUSTOM_DOMAIN", None):
        return "public, max-age=31536000, immutable"
    return f"private, max-age={getattr(settings, 'AWS_QUERYSTRING_EXPIRE', 3600)}"


class GuideS3Storage(S3Storage):
    def _get_write_parameters(self, name, content=None):
        params = self.get_object_parameters(name)
        params.setdefault("ContentType", mimetypes.guess_type(name)[0] or self.default_content_type)
        params.setdefault("CacheControl", cache_control())
        if "ACL" not in params and self.default_acl:
            params["ACL"] = self.default_acl
        return params
