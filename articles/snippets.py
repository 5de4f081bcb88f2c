"""People (authors, medical reviewers) and the category taxonomy, edited as Wagtail snippets."""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index


class Person(index.Indexed, models.Model):
    """Someone named on an article: its author, or a medical reviewer with credentials on file."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True)
    credentials = models.CharField(max_length=60, blank=True, help_text="Post-nominal letters, for example “MD”.")
    job_title = models.CharField(max_length=120, blank=True)
    bio = models.TextField(blank=True)
    photo = models.ForeignKey("articles.GuideImage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
        help_text="The admin account of this person, if they have one.",
    )
    specialty = models.CharField(max_length=120, blank=True, help_text="Medical reviewers only.")
    licence_number = models.CharField(max_length=60, blank=True, help_text="Medical reviewers only.")
    credential_verified_until = models.DateField(
        null=True, blank=True, help_text="Medical reviewers only: the licence was checked and is valid until this day."
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("credentials"),
        FieldPanel("job_title"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("user"),
        MultiFieldPanel(
            [FieldPanel("specialty"), FieldPanel("licence_number"), FieldPanel("credential_verified_until")],
            heading="Medical reviewer",
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """The name as a byline shows it, for example “Zahide Eris, MD”."""
        return f"{self.name}, {self.credentials}" if self.credentials else self.name


class Category(models.Model):
    """The one section of the guide an article belongs to (tags are the free-form taxonomy)."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "categories"

    def __str__(self):
        return self.name
