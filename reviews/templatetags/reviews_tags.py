from django import template

from reviews.byline import byline_facts

register = template.Library()


@register.inclusion_tag("reviews/byline.html")
def article_byline(page):
    """`{% article_byline page %}`: “By X • Medical review by Y, MD on February 4, 2021”."""
    return {"byline": byline_facts(page)}
