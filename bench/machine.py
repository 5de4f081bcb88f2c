"""Facts about the machine and the software a benchmark ran on, so figures from two runs can be compared."""

import os
import platform
import sys
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

from django.db import connection

from search.connection import get_client, is_configured


def _meminfo_mb(key):
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith(key + ":"):
            return round(int(line.split()[1]) / 1024)
    return None


def _cpu_model():
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or None


def _elasticsearch_version():
    # The minimal integ-test distribution has no GET / (info), so ask the nodes API.
    nodes = get_client().nodes.info(node_id="_local", filter_path="nodes.*.version")["nodes"]
    return next(iter(nodes.values()))["version"]


def facts():
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()")
        database = cursor.fetchone()[0]
    search = _elasticsearch_version() if is_configured() else None
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpu_cores": os.cpu_count(),
        "cpu_affinity": len(os.sched_getaffinity(0)),
        "cpu_model": _cpu_model(),
        "memory_mb": _meminfo_mb("MemTotal"),
        "memory_available_mb": _meminfo_mb("MemAvailable"),
        "load_average": [round(value, 2) for value in os.getloadavg()],
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "postgres": database.split(" on ")[0],
        "elasticsearch": search,
        "django": version("Django"),
        "wagtail": version("wagtail"),
        "gunicorn": version("gunicorn"),
    }
