from django.apps import AppConfig
from django.db.models.signals import pre_save


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = "Medical review"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from reviews.admin_views import ReadOnlyPermissionPolicy
        from reviews.guard import guard_live_article_save
        from reviews.models import MedicalSignOff

        # No sender: subclasses of the article page are guarded too (the receiver checks isinstance).
        pre_save.connect(guard_live_article_save, dispatch_uid="reviews.guard_live_article_save")
        register_permission_policy(MedicalSignOff, ReadOnlyPermissionPolicy(MedicalSignOff), exact_class=True)
