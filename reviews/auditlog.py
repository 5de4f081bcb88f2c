"""Audit-log entries for refusals that must outlive the transaction they are refused in.

Wagtail saves a page inside `transaction.atomic` (and workflow approval is atomic too), so the guard's backstop
refuses from inside a transaction that rolls back. The refusal is still evidence: on PostgreSQL it is written
through a second, autocommitting connection; elsewhere (the embedded SQLite default) it is logged in the
current transaction as a best effort.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.utils import timezone
from wagtail.log_actions import get_active_log_context, log
from wagtail.models import PageLogEntry


def log_refusal(page, action, user=None, revision=None, data=None):
    """Writes a page audit-log entry that a rollback of the current transaction does not erase."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block or connection.vendor != "postgresql":
        return log(instance=page, action=action, user=user, revision=revision, data=data or {})
    context = get_active_log_context()
    user = user or context.user
    entry = PageLogEntry(
        content_type=ContentType.objects.get_for_model(page, for_concrete_model=False),
        label=page.get_admin_display_title(),
        action=action,
        data=data or {},
        timestamp=timezone.now(),
        uuid=context.uuid,
        user_id=getattr(user, "pk", None),
        revision_id=getattr(revision, "pk", None),
        page_id=page.pk,
    )
    _insert_outside_transaction(entry)
    return entry


def _insert_outside_transaction(entry):
    other = connections.create_connection(DEFAULT_DB_ALIAS)
    try:
        fields = [field for field in type(entry)._meta.concrete_fields if not field.primary_key]
        columns = ", ".join(other.ops.quote_name(field.column) for field in fields)
        values = [field.get_db_prep_save(field.pre_save(entry, True), other) for field in fields]
        placeholders = ", ".join(["%s"] * len(fields))
        table = other.ops.quote_name(type(entry)._meta.db_table)
        with other.cursor() as cursor:
            cursor.execute(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", values)  # noqa: S608
    finally:
        other.close()
