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
