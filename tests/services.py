"""Access to the real services `make test` started (.ci/services.sh), for smoke and fault tests."""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVICES_SCRIPT = ROOT / ".ci" / "services.sh"


class ServiceUnavailable(AssertionError):
    """A test needs a service `make test` should have started; failing loudly beats skipping."""


def require_env(name):
    value = os.environ.get(name)
    if not value:
        raise ServiceUnavailable(f"{name} is not set: run the suite through `make test`, which starts the services")
    return value


def _run(action, service):
    state = require_env("CMS_SERVICES_DIR")
    subprocess.run(
        ["bash", str(SERVICES_SCRIPT), action, service, state],
        check=True,
        env={**os.environ, "VENV": os.environ.get("VENV", str(ROOT / ".venv"))},
        timeout=300,
    )


def stop_service(service):
    """Stops one real service: 'postgres', 'elasticsearch' or 's3'."""
    _run("stop-one", service)


def start_service(service):
    _run("start-one", service)
