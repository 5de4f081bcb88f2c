"""The article the journey writes: every kind of medical block, filled in the editor as a writer would."""

import io

from PIL import Image, ImageDraw

from tests.e2e.editor import add_body_block, add_list_item, choose_snippet, type_rich_text, upload_image

TITLE = "Masseter injections for teeth grinding"
# The "Teeth grinding" synonym set (search migration 0002) makes this find the article by meaning, not by words.
TITLE_SYNONYM = "bruxism"
SLUG = "masseter-injections-for-teeth-grinding"  # made from the title by the editor
SUMMARY = "How injections into the jaw muscle ease night-time teeth grinding, what they cost and their risks."
SIDE_EFFECT = "Tender jaw muscles"
SIDE_EFFECT_EDITED = "Sore jaw muscles"
CONSENT_LABEL = "Clinic E2E, case 2026-042"


def write_photo(path, colour, label):
    """A small JPEG standing in for a patient photo (drawn, so the suite needs no real patient images)."""
    canvas = Image.new("RGB", (640, 480), colour)
    draw = ImageDraw.Draw(canvas)
    draw.ellipse((200, 100, 440, 380), outline=(90, 60, 50), width=6)
    draw.text((20, 20), label, fill=(30, 20, 10))
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=85)
    path.write_bytes(buffer.getvalue())
    return path


def fill_new_article(browser, author, photos):
    """Fills the add-article form with quick facts, a Q&A, pros and cons, side effects, a comparison table,
    a cost range and a before-and-after pair whose two photos are uploaded through the image chooser."""
    browser.fill("title", TITLE)
    browser.fill("summary", SUMMARY)
    browser.select("author", author)

    facts = add_body_block(browser, "Quick facts")
    browser.fill(f"body-{facts}-value-facts-0-value-label", "Results last")
    browser.fill(f"body-{facts}-value-facts-0-value-value", "4 to 6 months")

    qa = add_body_block(browser, "Question and answer")
    browser.fill(f"body-{qa}-value-question", "Does it stop teeth grinding for good?")
    type_rich_text(browser, f"body-{qa}-value-answer", "No. It relaxes the jaw muscle for a few months at a time.")

    pros_cons = add_body_block(browser, "Pros and cons")
    browser.fill(f"body-{pros_cons}-value-pros-0-value", "Less jaw pain in the morning")
    browser.fill(f"body-{pros_cons}-value-cons-0-value", "Needs repeating every few months")

    effects = add_body_block(browser, "Side effects")
    browser.fill(f"body-{effects}-value-effects-0-value-effect", SIDE_EFFECT)
    browser.select(f"body-{effects}-value-effects-0-value-frequency", "Common (up to 1 in 10 people)")
    browser.select(f"body-{effects}-value-effects-0-value-severity", "Mild")

    table = add_body_block(browser, "Comparison table")
    browser.fill(f"body-{table}-value-title", "Injections or a night guard")
    browser.fill(f"body-{table}-value-items-0-value", "Injections")
    add_list_item(browser, f"body-{table}-value-items")
    browser.fill(f"body-{table}-value-items-1-value", "Night guard")
    browser.fill(f"body-{table}-value-rows-0-value-attribute", "Protects the teeth")
    browser.fill(f"body-{table}-value-rows-0-value-cells-0-value", "Partly")
    add_list_item(browser, f"body-{table}-value-rows-0-value-cells")
    browser.fill(f"body-{table}-value-rows-0-value-cells-1-value", "Yes")

    cost = add_body_block(browser, "Cost range")
    browser.fill(f"body-{cost}-value-currency", "EUR")
    browser.fill(f"body-{cost}-value-minimum", "250")
    browser.fill(f"body-{cost}-value-maximum", "600")
    browser.select(f"body-{cost}-value-unit", "per session")

    gallery = add_body_block(browser, "Before-and-after gallery")
    pair = f"body-{gallery}-value-pairs-0-value"
    upload_image(browser, f"{pair}-before", photos["before"], "Jaw before injections", "Jaw line before treatment")
    upload_image(browser, f"{pair}-after", photos["after"], "Jaw after injections", "Jaw line after treatment")
    browser.fill(f"{pair}-treatment", "Masseter injections")
    browser.fill(f"{pair}-time_after_treatment", "3 months")
    choose_snippet(browser, f"{pair}-consent", CONSENT_LABEL)
    return {"facts": facts, "qa": qa, "pros_cons": pros_cons, "effects": effects, "gallery": gallery}


def block_index(browser, block_type):
    """The index in the body of the first block of `block_type` (e.g. "side_effects") on the open edit form."""
    for element in browser.find_all("[data-contentpath=body] input[name$='-type']"):
        name = element.get_attribute("name")
        if element.get_attribute("value") == block_type and name.count("-") == 2:
            return int(name.split("-")[1])
    raise AssertionError(f"the body has no {block_type} block")
