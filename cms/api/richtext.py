"""Rich text for the frontend: Wagtail's stored HTML with internal links and embeds resolved, in one pass."""

from wagtail.rich_text import expand_db_html

# Survives expand_db_html untouched, so many strings can be resolved in one call (one set of queries).
_SEPARATOR = "<!--guide-api-split-->"


def resolve_many(html_strings):
    """expand_db_html over a list of strings, resolving all their links with bulk queries."""
    if not html_strings:
        return []
    if any(_SEPARATOR in html for html in html_strings):
        return [expand_db_html(html) for html in html_strings]
    return expand_db_html(_SEPARATOR.join(html_strings)).split(_SEPARATOR)


# Where rich text lives in the body: block type → keys of its value that hold rich text ("" is the value).
RICH_TEXT_PATHS = {"rich_text": [""], "question_answer": ["answer"], "callout": ["text"]}


def rich_text_slots(body):
    """(container, key) pairs of every rich text string in body data, to read and replace in place."""
    for block in body:
        for key in RICH_TEXT_PATHS.get(block.get("type"), []):
            if key == "":
                yield block, "value"
            elif isinstance(block.get("value"), dict) and isinstance(block["value"].get(key), str):
                yield block["value"], key


def resolve_bodies(bodies):
    """Resolves the rich text of many bodies (lists of block data) in place."""
    slots = [slot for body in bodies for slot in rich_text_slots(body)]
    resolved = resolve_many([container[key] for container, key in slots])
    for (container, key), html in zip(slots, resolved, strict=True):
        container[key] = html
