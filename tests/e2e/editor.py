"""Gestures in Wagtail 8's page editor: stream blocks, rich text, choosers and the footer's action menu.

Field names follow Wagtail's stream form prefixes, e.g. body-3-value-effects-0-value-effect for the first
side effect of the fourth body block.
"""

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec


def body_block_count(browser):
    return int(browser.find("[name='body-count']").get_attribute("value"))


def add_body_block(browser, label):
    """Appends a block through the last "Insert a block" button; returns its index in the body."""
    index = body_block_count(browser)
    browser.click(browser.find_all("[data-contentpath=body] button.c-sf-add-button")[-1])
    browser.visible(".w-combobox__option")
    options = [option for option in browser.find_all(".w-combobox__option") if option.text.strip() == label]
    assert options, f"the block menu offers no {label!r}"
    browser.click(options[0])
    browser.find(f"[name='body-{index}-type']")
    return index


def add_list_item(browser, prefix):
    """Adds one more item to the ListBlock whose fields start with `prefix` (e.g. body-2-value-pros)."""
    count = int(browser.find(f"[name='{prefix}-count']").get_attribute("value"))
    container = browser.find(f"[name='{prefix}-count']").find_element(By.XPATH, "..")
    buttons = container.find_elements(By.CSS_SELECTOR, "button.c-sf-add-button")
    browser.click(buttons[-1])
    browser.find(f"[name='{prefix}-{count}-value']" if _is_simple(browser, prefix) else f"[name^='{prefix}-{count}-']")
    return count


def _is_simple(browser, prefix):
    return bool(browser.find_all(f"[name='{prefix}-0-value']"))


def type_rich_text(browser, block_prefix, text):
    """Types into the Draftail editor inside the block whose hidden input is named `block_prefix`."""
    hidden = browser.find(f"[name='{block_prefix}']")
    editor = hidden.find_element(By.XPATH, "..").find_element(By.CSS_SELECTOR, ".public-DraftEditor-content")
    browser.click(editor)
    editor.send_keys(text)
    browser.wait(lambda d: text.split()[0] in (hidden.get_attribute("value") or ""), message="Draftail kept no text")


def upload_image(browser, field_name, path, title, alt_text):
    """Opens the image chooser of `field_name`, uploads `path` in its Upload tab and waits until it is chosen."""
    browser.click(f"#{field_name}-chooser [data-chooser-action-choose]")
    browser.visible(".modal-dialog #tab-label-upload")
    browser.click(".modal-dialog #tab-label-upload")
    browser.visible(".modal-dialog [name='image-chooser-upload-title']")
    browser.find(".modal-dialog [name='image-chooser-upload-file']").send_keys(str(path))
    # The chooser fills the title from the file name; wait for that before typing ours over it.
    browser.wait(lambda d: d.find_element(By.NAME, "image-chooser-upload-title").get_attribute("value"))
    browser.fill("image-chooser-upload-title", title)
    browser.fill("image-chooser-upload-alt_text", alt_text)
    browser.click(".modal-dialog form[enctype] button[type='submit']")
    browser.wait(
        lambda d: d.find_element(By.NAME, field_name).get_attribute("value"),
        timeout=60,
        message=f"the upload of {path} was never chosen; the modal says: {_modal_text(browser)}",
    )
    browser.wait(ec.invisibility_of_element_located((By.CSS_SELECTOR, ".modal-dialog")))


def _modal_text(browser):
    return " | ".join(element.text for element in browser.find_all(".modal-dialog"))


def choose_snippet(browser, field_name, label):
    """Opens the snippet chooser of `field_name` and picks the row whose link reads `label`."""
    browser.click(f"#{field_name}-chooser [data-chooser-action-choose]")
    browser.visible(".modal-dialog [data-chooser-modal-choice]")
    choices = [a for a in browser.find_all(".modal-dialog [data-chooser-modal-choice]") if a.text.strip() == label]
    assert choices, f"the chooser lists no {label!r}: {_modal_text(browser)}"
    browser.click(choices[0])
    browser.wait(lambda d: d.find_element(By.NAME, field_name).get_attribute("value"), message="nothing chosen")
    browser.wait(ec.invisibility_of_element_located((By.CSS_SELECTOR, ".modal-dialog")))


def footer_actions(browser):
    """The labels of the editor footer's actions (the main button and the ones in its menu)."""
    names = []
    for element in browser.find_all("footer [data-w-dropdown-target='content'] button, footer .button-longrunning"):
        label = element.get_attribute("textContent").strip()
        if label and label not in names:
            names.append(" ".join(label.split()))
    return names


AUTOSAVE_STATE = (
    "const i = document.querySelector('#w-autosave-indicator');"
    "return i ? i.getAttribute('data-w-autosave-state-value') || 'idle' : 'none';"
)


def wait_for_autosave(browser):
    """Waits until Wagtail's autosave (half a second after each change) is neither pending nor running:
    an action clicked while it saves can reach the server as a plain save."""
    quiet = []

    def settled(driver):
        quiet.append(driver.execute_script(AUTOSAVE_STATE) != "saving")
        return len(quiet) >= 3 and all(quiet[-3:])

    browser.wait(settled, message="autosave never settled")


def run_footer_action(browser, label):
    """Clicks the footer action whose label is `label` (opening the menu first is not needed with a JS click)."""
    wait_for_autosave(browser)
    candidates = browser.find_all("footer button, footer a")
    matches = [c for c in candidates if " ".join(c.get_attribute("textContent").split()) == label]
    assert matches, f"no footer action {label!r}; the footer offers {footer_actions(browser)}"
    browser.click(matches[0])


def press_escape(browser):
    browser.driver.switch_to.active_element.send_keys(Keys.ESCAPE)
