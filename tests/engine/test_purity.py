import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_engine_imports_without_django() -> None:
    code = (
        "import sys\n"
        "import matching.engine\n"
        "import matching.engine.features, matching.engine.scoring, matching.engine.assignment\n"
        "import matching.engine.learning, matching.engine.reference, matching.engine.synthetic\n"
        "assert 'django' not in sys.modules, sorted(m for m in sys.modules if 'django' in m)\n"
        "print('pure')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "pure"
