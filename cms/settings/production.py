"""Production: base.py is already secure; this only insists on what must come from the environment."""

import os
import sys

from .base import *  # noqa: F403

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    sys.exit("SECRET_KEY is not set. Production refuses to start without it: export SECRET_KEY=<a long random value>.")
