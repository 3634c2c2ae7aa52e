"""The pages in a real browser (Debian's chromium + chromium-driver through Selenium), against a
real server: ask, open a citation, follow up, give feedback, filter the staff lists, use the widget.

A screenshot of every step is written to tests/output/browser/ (git-ignored) for review.
Skipped, saying what to install, when the browser is missing:
``apt-get install -y chromium chromium-driver``.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from api.main import create_app
from assistant.embedding import Embedder
from assistant.knowledge import KnowledgeBase
from assistant.service import Assistant
from tests.conftest import API_KEYS, CORPUS, free_port, make_settings

pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
DRIVER = "/usr/bin/chromedriver"
SHOTS = Path(__file__).resolve().parents[1] / "output" / "browser"
PORTAL_DOC = """id: landau-59456-hauptsatzung-einzelabstimmung
title: Änderung der Hauptsatzung – Einzelabstimmung
source: https://info.landau.de/0001_bi/to0050.asp?__ktonr=59456
municipality: Stadt Landau in der Pfalz
body: Stadtrat
date: 2023-03-14
kind: minutes
---
TOP Ö 5  Änderung der Hauptsatzung

Ratsmitglied Gies beantragte, die drei Punkte des Beschlussvorschlages einzeln abzustimmen.
Ratsmitglied Maier erklärte, die SPD-Stadtratsfraktion lehne die Vorlage ab, weil die Zuständigkeit
des Hauptausschusses nicht erweitert werden solle. Ratsmitglied Lerch (CDU) stimmte zu.

Der Stadtrat beschloss mehrheitlich mit 23 Ja- und 16 Nein-Stimmen die Änderung des § 8 der
Hauptsatzung hinsichtlich der Zuständigkeit des Hauptausschusses.
"""

if not (Path(CHROMIUM).exists() and Path(DRIVER).exists()):
    pytest.skip(
        "browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver",
        allow_module_level=True,
    )
webdriver = pytest.importorskip("selenium.webdriver", reason="pip install selenium (in the dev extras)")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.select import Select  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[str]:
    from ingest.pipeline import ingest_paths

    folder = tmp_path_factory.mktemp("browser-docs")
    for path in CORPUS.iterdir():
        if path.suffix in (".txt", ".html", ".pdf"):
            shutil.copy(path, folder / path.name)
    (folder / "landau.txt").write_text(PORTAL_DOC, encoding="utf-8")
    settings = make_settings(tmp_path_factory.mktemp("browser-store"))
    kb = KnowledgeBase(settings, embedder)
    assert ingest_paths(kb, [folder]).ok
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings, Assistant(settings, kb)), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.1)
    yield url
    server.should_exit = True
    thread.join(timeout=30)
    kb.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--lang=de-DE",
        "--window-size=1280,1000",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=DRIVER), options=options)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def shot(driver: object, name: str) -> None:
    driver.save_screenshot(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def wait(driver: object, seconds: float = 60) -> WebDriverWait:
    return WebDriverWait(driver, seconds)


def ask(driver: object, question: str, turns: int) -> object:
    box = driver.find_element(By.ID, "question")  # type: ignore[attr-defined]
    box.clear()
    box.send_keys(question)
    driver.find_element(By.ID, "submit").click()  # type: ignore[attr-defined]
    wait(driver).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".turn")) == turns)
    return driver.find_elements(By.CSS_SELECTOR, ".turn")[-1]  # type: ignore[attr-defined]


def test_conversation_citation_follow_up_and_feedback(browser: object, base_url: str) -> None:
    d = browser
    d.get(base_url + "/")  # type: ignore[attr-defined]
    d.execute_script("sessionStorage.clear()")  # type: ignore[attr-defined]
    d.get(base_url + "/")  # type: ignore[attr-defined]
    shot(d, "01-chat-empty")
    first = ask(d, "Wie hat der Landauer Stadtrat über die Zuständigkeit des Hauptausschusses abgestimmt?", 1)
    assert "23" in first.find_element(By.CSS_SELECTOR, ".answer").text
    assert first.find_elements(By.CSS_SELECTOR, ".records .record")  # the decision with its votes
    portal = first.find_element(By.CSS_SELECTOR, ".citations .source-link")
    assert portal.get_attribute("href").startswith("https://info.landau.de/")
    first.find_element(By.CSS_SELECTOR, ".citation").click()
    mark = wait(d).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#panel-text mark")))
    assert mark.text.strip()
    assert d.find_element(By.ID, "panel-link").get_attribute("href").startswith("https://info.landau.de/")  # type: ignore[attr-defined]
    shot(d, "02-chat-answer-and-document")

    second = ask(d, "Und wer war dagegen?", 2)
    metas = " ".join(m.text for m in second.find_elements(By.CSS_SELECTOR, ".citation .meta"))
    assert "Landau" in metas
    d.refresh()  # type: ignore[attr-defined]
    wait(d).until(lambda drv: len(drv.find_elements(By.CSS_SELECTOR, ".turn")) == 2)  # kept in the tab
    second = d.find_elements(By.CSS_SELECTOR, ".turn")[-1]  # type: ignore[attr-defined]
    second.find_element(By.CSS_SELECTOR, "button[data-rating='wrong_sources']").click()
    second.find_element(By.CSS_SELECTOR, ".feedback-comment").send_keys("Die SPD fehlt im Zitat.")
    second.find_element(By.XPATH, ".//button[contains(., 'Rückmeldung senden')]").click()
    wait(d).until(lambda drv: drv.find_elements(By.CSS_SELECTOR, ".turn:last-child .feedback-done"))
    shot(d, "03-chat-follow-up-and-feedback")
    stored = httpx.get(base_url + "/v1/feedback", headers={"Authorization": f"Bearer {API_KEYS['admin']}"}).json()
    assert stored["results"][0]["comment"] == "Die SPD fehlt im Zitat."
    assert stored["results"][0]["question"] == "Und wer war dagegen?"


def test_staff_pages_filter_and_share(browser: object, base_url: str) -> None:
    d = browser
    d.get(base_url + "/beschluesse?body=Stadtrat")  # type: ignore[attr-defined]
    wait(d).until(lambda drv: drv.find_elements(By.CSS_SELECTOR, "#rows tr"))
    assert d.find_element(By.ID, "f-body").get_attribute("value") == "Stadtrat"  # type: ignore[attr-defined]
    everything = len(d.find_elements(By.CSS_SELECTOR, "#rows tr"))  # type: ignore[attr-defined]
    Select(d.find_element(By.ID, "f-outcome")).select_by_value("angenommen")  # type: ignore[attr-defined]
    d.find_element(By.ID, "apply").click()  # type: ignore[attr-defined]
    wait(d).until(lambda drv: "outcome=angenommen" in drv.current_url)
    wait(d).until(lambda drv: drv.find_elements(By.CSS_SELECTOR, "#rows tr"))
    rows = d.find_elements(By.CSS_SELECTOR, "#rows tr")  # type: ignore[attr-defined]
    assert 0 < len(rows) <= everything and all("angenommen" in r.text for r in rows)
    assert "Ja" in d.find_element(By.ID, "rows").text  # type: ignore[attr-defined]
    shot(d, "04-beschluesse")

    d.get(base_url + "/positionen?person=Czernitzki")  # type: ignore[attr-defined]
    wait(d).until(lambda drv: drv.find_elements(By.CSS_SELECTOR, "#rows tr"))
    assert "Czernitzki" in d.find_element(By.ID, "rows").text  # type: ignore[attr-defined]
    link = d.find_element(By.CSS_SELECTOR, "#rows a.source-link")  # type: ignore[attr-defined]
    link.click()
    mark = wait(d).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#panel-text mark")))
    assert mark.text.strip()
    d.get(base_url + "/positionen?person=Czernitzki")  # type: ignore[attr-defined]
    wait(d).until(lambda drv: drv.find_elements(By.CSS_SELECTOR, "#rows tr"))
    shot(d, "05-positionen")

    d.get(base_url + "/auftraege")  # type: ignore[attr-defined]
    wait(d).until(lambda drv: drv.find_elements(By.CSS_SELECTOR, "#rows tr"))
    badges = [b.text for b in d.find_elements(By.CSS_SELECTOR, "#rows .badge")]  # type: ignore[attr-defined]
    assert badges and set(badges) <= {"offen", "erledigt", "überfällig"}
    order = {"überfällig": 0, "offen": 1, "erledigt": 2}
    assert [order[b] for b in badges] == sorted(order[b] for b in badges)  # overdue first
    shot(d, "06-auftraege")
    d.set_window_size(390, 844)  # type: ignore[attr-defined]
    try:
        d.get(base_url + "/auftraege?status=open")  # type: ignore[attr-defined]
        wait(d).until(lambda drv: drv.find_elements(By.CSS_SELECTOR, "#rows tr"))
        width = d.execute_script("return document.documentElement.scrollWidth")  # type: ignore[attr-defined]
        assert width <= 400  # no sideways scrolling on a phone
        shot(d, "07-auftraege-phone")
        d.get(base_url + "/")  # type: ignore[attr-defined]
        wait(d).until(lambda drv: drv.find_elements(By.CSS_SELECTOR, ".turn"))
        assert d.execute_script("return document.documentElement.scrollWidth") <= 400  # type: ignore[attr-defined]
        shot(d, "08-chat-phone")
    finally:
        d.set_window_size(1280, 1000)  # type: ignore[attr-defined]


def test_widget_demo(browser: object, base_url: str) -> None:
    d = browser
    d.get(base_url + "/widget-demo")  # type: ignore[attr-defined]
    d.execute_script("sessionStorage.clear()")  # type: ignore[attr-defined]
    d.refresh()  # type: ignore[attr-defined]
    frame = wait(d).until(ec.presence_of_element_located((By.CSS_SELECTOR, "iframe.ratsinfo-widget")))
    assert "municipality=Landkreis" in frame.get_attribute("src")
    d.switch_to.frame(frame)  # type: ignore[attr-defined]
    try:
        wait(d).until(ec.visibility_of_element_located((By.ID, "preset")))
        assert "Landkreis Börde" in d.find_element(By.ID, "preset").text  # type: ignore[attr-defined]
        assert d.find_element(By.ID, "f-municipality").get_attribute("value") == "Landkreis Börde"  # type: ignore[attr-defined]
        turn = ask(d, "Welche Variante favorisierte Herr Czernitzki?", 1)
        assert "Börde" in turn.text
    finally:
        d.switch_to.default_content()  # type: ignore[attr-defined]
    d.execute_script("document.querySelector('iframe.ratsinfo-widget').scrollIntoView()")  # type: ignore[attr-defined]
    shot(d, "09-widget-demo")
