"""Small builders for demo articles, producing the import shape of articles.serializers."""


def paragraphs(*texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def text(*texts):
    return {"type": "rich_text", "value": paragraphs(*texts)}


def facts(*pairs, title="Quick facts"):
    return {"type": "quick_facts", "value": {"title": title, "facts": [{"label": k, "value": v} for k, v in pairs]}}


def qa(question, *answer, cites=()):
    return {
        "type": "question_answer",
        "value": {"question": question, "answer": paragraphs(*answer), "cites": list(cites)},
    }


def pros_cons(pros, cons):
    return {"type": "pros_cons", "value": {"pros": list(pros), "cons": list(cons)}}


def side_effects(*effects, intro=""):
    rows = [{"effect": e, "frequency": f, "severity": s, "note": n} for e, f, s, n in effects]
    return {"type": "side_effects", "value": {"intro": intro, "effects": rows}}


def cost(currency, minimum, maximum, unit="per_session", note=""):
    value = {"currency": currency, "minimum": str(minimum), "maximum": str(maximum), "unit": unit, "note": note}
    return {"type": "cost_range", "value": value}


def table(title, items, rows, note=""):
    value = {
        "title": title,
        "items": list(items),
        "rows": [{"attribute": attribute, "cells": list(cells)} for attribute, *cells in rows],
        "note": note,
    }
    return {"type": "comparison_table", "value": value}


def conditions(title, kind, *items):
    rows = [{"name": item[0], "description": item[1] if len(item) > 1 else ""} for item in items]
    return {"type": "treatable_conditions", "value": {"title": title, "kind": kind, "conditions": rows}}


def callout(style, title, *texts):
    return {"type": "callout", "value": {"style": style, "title": title, "text": paragraphs(*texts)}}


def gallery(title, *pairs):
    keys = ("before", "after", "treatment", "time_after_treatment", "caption", "consent")
    return {
        "type": "before_after_gallery",
        "value": {"title": title, "pairs": [dict(zip(keys, p, strict=True)) for p in pairs]},
    }


def references(*refs):
    rows = [{"title": t, "publisher": p, "url": u, "year": y} for t, p, u, y in refs]
    return {"type": "references", "value": {"references": rows}}


def article(slug, title, summary, *, author, category, tags, body, related=(), written_date=None):
    return {
        "title": title,
        "slug": slug,
        "seo_title": "",
        "search_description": summary[:160],
        "summary": summary,
        "written_date": written_date,
        "author": author,
        "category": category,
        "tags": list(tags),
        "hero_image": None,
        "body": body,
        "related_articles": [{"slug": slug} for slug in related],
    }
