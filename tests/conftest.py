import os

import pytest


def pytest_sessionfinish(session, exitstatus):
    """With CI=true a skipped or deselected test fails the run: every test must really run in CI."""
    if os.environ.get("CI", "").lower() != "true":
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None:
        return
    not_run = len(reporter.stats.get("skipped", [])) + len(reporter.stats.get("deselected", []))
    if not_run and session.exitstatus == 0:
        reporter.write_line(f"CI=true: {not_run} test(s) skipped or deselected; that fails the run.", red=True)
        session.exitstatus = 1


@pytest.fixture
def s3_bucket():
    """The real S3 bucket of the moto server, emptied after the test."""
    from django.conf import settings

    from tests.services import require_env

    require_env("AWS_S3_ENDPOINT_URL")
    import boto3

    bucket = boto3.resource(
        "s3",
        endpoint_url=settings.AWS_S3_ENDPOINT_URL,
        region_name=settings.AWS_S3_REGION_NAME,
    ).Bucket(settings.AWS_STORAGE_BUCKET_NAME)
    yield bucket
    bucket.objects.all().delete()
