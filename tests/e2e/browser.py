"""A headless Debian chromium driven by selenium, and the few gestures the editorial journey repeats.

Debian's own chromium and chromedriver are used on purpose: a tool that downloads its own browser cannot
reach the internet here (.ci/ensure-browser.sh installs them for `make test`).
"""

import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WAIT_SECONDS = 20
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,2000",
]


def start_chromium(profile_dir):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in [*CHROMIUM_ARGS, f"--user-data-dir={profile_dir}"]:
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    return driver


class Browser:
    """One browser session (one user's cookies) against the live server at `base_url`."""

    def __init__(self, base_url, artifacts_dir):
        self.base_url = base_url.rstrip("/")
        self.artifacts_dir = Path(artifacts_dir)
        self._profile = tempfile.TemporaryDirectory(prefix="e2e-chromium-")
        self.driver = start_chromium(self._profile.name)
        self.shots = []

    def close(self):
        try:
            self.driver.quit()
        finally:
            self._profile.cleanup()

    # navigation and waiting
    def open(self, path):
        self.driver.get(path if path.startswith("http") else self.base_url + path)

    def wait(self, condition, timeout=WAIT_SECONDS, message=""):
        # A page that reloads under a condition (a dashboard after a workflow action) makes elements go stale.
        ignored = (NoSuchElementException, StaleElementReferenceException)
        return WebDriverWait(self.driver, timeout, ignored_exceptions=ignored).until(condition, message)

    def find(self, css, timeout=WAIT_SECONDS):
        return self.wait(ec.presence_of_element_located((By.CSS_SELECTOR, css)), timeout, f"no element {css!r}")

    def visible(self, css, timeout=WAIT_SECONDS):
        return self.wait(ec.visibility_of_element_located((By.CSS_SELECTOR, css)), timeout, f"{css!r} not visible")

    def find_all(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def exists(self, css):
        return bool(self.find_all(css))

    def click(self, target):
        """A JS click: Wagtail's sticky footer and toasts would intercept a real pointer click."""
        element = self.find(target) if isinstance(target, str) else target
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", element)
        return element

    def wait_for_text(self, css, text, timeout=WAIT_SECONDS):
        try:
            self.wait(ec.text_to_be_present_in_element((By.CSS_SELECTOR, css), text), timeout)
        except TimeoutException as error:
            shown = " | ".join(el.text for el in self.find_all(css))
            raise AssertionError(
                f"{text!r} never appeared in {css!r}; it shows: {shown!r}{self.field_errors()}"
            ) from error

    def field_errors(self):
        """The form's field errors, so a failed save says which field the server refused."""
        errors = [
            f"{e.get_attribute('id')}: {e.get_attribute('textContent').strip()}"
            for e in self.find_all(".w-field__errors")
            if e.get_attribute("textContent").strip()
        ]
        return f"; field errors: {errors}" if errors else ""

    def wait_for_url(self, fragment, timeout=WAIT_SECONDS):
        self.wait(ec.url_contains(fragment), timeout, f"URL never contained {fragment!r}: {self.driver.current_url}")

    def text(self, css="body"):
        return self.find(css).text

    # forms
    def fill(self, name, value):
        field = self.find(f"[name='{name}']")
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", field)
        field.clear()
        field.send_keys(value)
        return field

    def select(self, name, visible_text):
        from selenium.webdriver.support.ui import Select

        Select(self.find(f"select[name='{name}']")).select_by_visible_text(visible_text)

    # evidence
    def screenshot(self, name):
        """Saves a full-height PNG of the current page and returns its path."""
        self.artifacts_dir.mkdir(parents=True, exist_ok=True)
        path = self.artifacts_dir / f"{name}.png"
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.driver.set_window_size(1400, max(2000, min(int(height), 8000)))
        self.driver.save_screenshot(str(path))
        self.driver.set_window_size(1400, 2000)
        self.shots.append(path)
        return path

    # the Wagtail admin
    def login(self, username, password):
        self.driver.delete_all_cookies()
        self.open("/admin/login/")
        self.fill("username", username)
        self.fill("password", password)
        self.click("form button[type='submit']")
        self.wait(lambda d: "/admin/login/" not in d.current_url, message=f"{username} could not log in")

    def logout(self):
        self.driver.delete_all_cookies()
