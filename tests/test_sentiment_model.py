"""The shipped sentiment model is what the training script makes: retraining
with the fixed seed gives the same bytes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SENTFIN = ROOT.parent / "shared" / "datasets" / "sentfin" / "SEntFiN.csv"


@pytest.mark.skipif(not SENTFIN.exists(), reason="../shared/datasets/sentfin is absent")
def test_retraining_reproduces_the_shipped_model(tmp_path: Path) -> None:
    out = tmp_path / "model.json.gz"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_sentiment.py"), "--out", str(out)],
                   check=True, capture_output=True)
    shipped = ROOT / "src" / "marketfacts" / "data" / "sentiment_model.json.gz"
    assert out.read_bytes() == shipped.read_bytes()


def test_article_tone_of_one_sentence_is_the_models_label() -> None:
    """One sentiment answer: read() gives a one-sentence text the model's own
    label, so PhraseBank through `extract` scores what the model scores."""
    import marketfacts
    from marketfacts.sentiment import model

    from .conftest import shared_path

    path = shared_path("datasets", "financial_phrasebank", "Sentences_AllAgree.txt")
    data = [line.rsplit("@", 1) for line in path.read_text("latin-1").splitlines() if "@" in line]
    m = model()
    right = 0
    for sentence, gold in data:
        doc = marketfacts.read(sentence, events=False, checks=False)
        (tone,) = [f for f in doc.facts if f.kind == "sentiment" and f.get("subject") is None]
        assert tone.get("label") == m.score(sentence)[1], sentence
        right += tone.get("label") == gold.strip()
    assert right / len(data) >= 0.85
