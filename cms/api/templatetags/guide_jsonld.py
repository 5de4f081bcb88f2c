"""{% article_jsonld page %}: the article's schema.org JSON-LD, for the page's <head>."""

from django import template

from cms.api.jsonld import jsonld_script, page_jsonld

register = template.Library()


@register.simple_tag(takes_context=True)
def article_jsonld(context, page):
    return jsonld_script(page_jsonld(page, context.get("request")))
