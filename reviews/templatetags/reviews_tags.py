from django import template

from reviews.byline import byline_facts

register = template.Library()


@register.inclusion_tag("reviews/byline.html")
def article_byline(page):
    """`{% article_byline page %}`: “By X • Medical review by Y, MD on February 4, 2021”."""
    return {"byline": byline_facts(page)}


@register.simple_tag
def sign_off_problem_for(task_state, user):
    """Why `user` cannot sign off the draft in review (shown in the sign-off dialog), or None."""
    from reviews.signoff import sign_off_problem

    revision = task_state.workflow_state.content_object.get_latest_revision()
    return sign_off_problem(revision, user)
