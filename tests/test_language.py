"""Not English: the rules read English only, so a text in another language gets a notice and no claims.

The other-language texts are Article 1 and 2 of the Universal Declaration of Human Rights in the UN's official
French, Spanish and German versions (free to reproduce), not news written for the test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reader.core.claims.extract import extract_claims, iter_claims
from reader.core.documents.document import from_text, load_document
from reader.core.text.language import english_share, is_english, language_notice
from reader.core.text.other_language import other_language
from reader.tui.app import ClaimReaderApp
from tests.conftest import ROOT, SAMPLES
from tests.screen import screen_text

UDHR = {
    "fr": "Tous les êtres humains naissent libres et égaux en dignité et en droits. Ils sont doués de raison et de "
          "conscience et doivent agir les uns envers les autres dans un esprit de fraternité. Chacun peut se prévaloir de "
          "tous les droits et de toutes les libertés proclamés dans la présente Déclaration, sans distinction aucune, "
          "notamment de race, de couleur, de sexe, de langue, de religion, d'opinion politique ou de toute autre opinion, "
          "d'origine nationale ou sociale, de fortune, de naissance ou de toute autre situation.",
    "es": "Todos los seres humanos nacen libres e iguales en dignidad y derechos y, dotados como están de razón y "
          "conciencia, deben comportarse fraternalmente los unos con los otros. Toda persona tiene todos los derechos y "
          "libertades proclamados en esta Declaración, sin distinción alguna de raza, color, sexo, idioma, religión, "
          "opinión política o de cualquier otra índole, origen nacional o social, posición económica, nacimiento o "
          "cualquier otra condición.",
    "de": "Alle Menschen sind frei und gleich an Würde und Rechten geboren. Sie sind mit Vernunft und Gewissen begabt und "
          "sollen einander im Geist der Brüderlichkeit begegnen. Jeder hat Anspruch auf alle in dieser Erklärung "
          "verkündeten Rechte und Freiheiten ohne irgendeinen Unterschied, etwa nach Rasse, Hautfarbe, Geschlecht, "
          "Sprache, Religion, politischer oder sonstiger Überzeugung, nationaler oder sozialer Herkunft, Vermögen, "
          "Geburt oder sonstigem Stand.",
}


def test_every_sample_article_is_english() -> None:
    for path in sorted(SAMPLES.glob("*.txt")) + [SAMPLES / "long" / "moby-dick.txt"]:
        assert is_english(path.read_text(encoding="utf-8")), path.name


def test_other_languages_are_not_english_and_give_no_claims() -> None:
    for lang, text in UDHR.items():
        assert english_share(text) < 0.05, lang
        doc = from_text("Déclaration\n\n" + text)
        assert extract_claims(doc) == [] and list(iter_claims(doc)) == [([], 1.0)], lang
        assert language_notice(text) is not None


def test_an_english_article_quoting_another_language_stays_english() -> None:
    doc = load_document(str(SAMPLES / "execution-squads.txt"))
    mixed = from_text(doc.text + "\n\n“" + UDHR["fr"][:120] + "”\n")
    assert is_english(mixed.text) and extract_claims(mixed)


def test_the_cli_says_so(tmp_path: Path) -> None:
    path = tmp_path / "udhr-fr.txt"
    path.write_text("Déclaration universelle des droits de l'homme\n\n" + UDHR["fr"] + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "reader", "claims", str(path), "--format", "jsonl"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    rec = json.loads(done.stdout)
    assert rec["claims"] == [] and "not read as English" in rec["notice"]
    assert done.stderr.count("\n") == 1 and "not read as English" in done.stderr


async def test_the_reader_says_so(tmp_path: Path) -> None:
    app = ClaimReaderApp(from_text("Déclaration universelle des droits de l'homme\n\n" + UDHR["de"] + "\n", str(tmp_path / "de.txt")))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for _ in range(200):  # the claims are found on a worker: wait for the pane to say it
            if "does not read as English" in screen_text(app):
                break
            await pilot.pause(0.05)
        assert app.screen.session.claims == []
        assert "does not read as English" in screen_text(app)


def test_a_short_original_with_accents_and_its_translation() -> None:
    """gv-mexico-supervia-bike-protest (tests/gold/news, as published): a one-line Spanish tweet holds one Spanish
    function word and an English-looking 'a'; its accented words ('pacífica') and 'nuestro' tell. An English line with
    accents only in names and a borrowing stays English."""
    assert other_language("Nuestra rodada es pacífica, ejercemos nuestro derecho a circular. #FleshAndConcrete "
                          "#CarneyConcreto #Bici")
    assert not other_language("Our bike ride is peaceful, we are exercising our right to circulate in the city. "
                              "#FleshAndConcrete #CarneyConcreto #Bici")
    assert not other_language("Her résumé mentions the café José opened.")
