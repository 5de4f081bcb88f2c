from django import template

from articles.gallery.consent import visible_pairs as _visible_pairs

register = template.Library()


@register.filter
def visible_pairs(gallery_value):
    """`{% for pair in value|visible_pairs %}`: only pairs whose patient consent is valid."""
    return _visible_pairs(gallery_value)
