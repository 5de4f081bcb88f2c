"""Wagtail's publish and copy actions with the publish guard in front, for the paths that use the registry.

API v3 (`actions/publish/`, `actions/copy/`) asks `action_registry.get_action_class(Page, ...)`, so registering
these classes for Page (wagtail_hooks.py) checks the guard with the requesting user before Wagtail touches
anything; the `pre_save` backstop in guard.py still covers the paths that build the actions themselves.
"""

from wagtail.actions import CopyPageAction, CreatePageAction, EditPageAction, PublishPageRevisionAction
from wagtail.log_actions import LogContext

from reviews.guard import guard_copy, publish_guard


class GuardedPublishPageRevisionAction(PublishPageRevisionAction):
    def check(self, skip_permission_checks=False):
        super().check(skip_permission_checks=skip_permission_checks)
        publish_guard(self.revision, self.user, content=self.object)


class GuardedCopyPageAction(CopyPageAction):
    def check(self, skip_permission_checks=False):
        super().check(skip_permission_checks=skip_permission_checks)
        if self.keep_live:
            guard_copy(self.page, self.user, self.update_attrs, self.recursive)


class ActingUserMixin:
    """Runs the action inside Wagtail's LogContext, so a refusal by the pre_save backstop (which cannot see the
    action's user) is logged under the user who asked. API v3 create/edit with `"action": "publish"` need this."""

    def execute(self, *args, **kwargs):
        with LogContext(user=self.user):
            return super().execute(*args, **kwargs)


class LoggedEditPageAction(ActingUserMixin, EditPageAction):
    pass


class LoggedCreatePageAction(ActingUserMixin, CreatePageAction):
    pass
