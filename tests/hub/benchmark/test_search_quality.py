"""`manage.py search_quality`: the relevance figures per language, from a throwaway database,
with an exit code and a sentence for bad judgments and for missed targets."""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from hub.benchmark.management.commands.search_quality import format_report
from hub.benchmark.quality import Judgment, Outcome, unknown_publications
from hub.benchmark.quality_site import JUDGMENTS

ROOT = Path(__file__).resolve().parents[3]


def run_command(configured_database: Path, *arguments) -> subprocess.CompletedProcess:
    """The command in its own process, as CI runs it, configured with a SQLite file."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hub.settings.test",
        "DATABASE_URL": f"sqlite:///{configured_database}",
    }
    environment.pop("ELASTICSEARCH_URL", None)
    return subprocess.run(
        [sys.executable, "manage.py", "search_quality", *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def canary_database(path: Path) -> str:
    """A configured database holding one row; returns the file's digest."""
    with sqlite3.connect(path) as database:
        database.execute("CREATE TABLE operator_data (note TEXT)")
        database.execute("INSERT INTO operator_data VALUES ('the operator''s own data')")
    database.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def unmet_judgments(tmp_path_factory) -> Path:
    """The test set's corpus and one English judgment no engine can meet: a query whose only
    relevant publication does not hold its word."""
    folder = tmp_path_factory.mktemp("judgments")
    shutil.copytree(JUDGMENTS / "corpus", folder / "corpus")
    (folder / "en.toml").write_text(
        'language = "en"\n\n[[query]]\ntext = "spyware"\nrelevant = ["rel-en-organ-donation"]\n',
        encoding="utf-8",
    )
    return folder


def test_prints_the_figures_per_language_and_leaves_the_configured_database_alone(tmp_path):
    configured = tmp_path / "operator.sqlite3"
    digest = canary_database(configured)

    result = run_command(configured, "--no-targets")

    assert result.returncode == 0, result.stderr
    assert "Search quality: engine sqlite-fts5, database sqlite" in result.stdout
    rows = {line.split()[0]: line.split() for line in result.stdout.splitlines()[2:5]}
    assert set(rows) == {"en", "ar", "he"}
    for row in rows.values():
        queries, recall, mrr = int(row[1]), float(row[2]), float(row[3])
        assert queries >= 40
        assert 0.5 <= recall <= 1
        assert 0 < mrr <= 1
    assert hashlib.sha256(configured.read_bytes()).hexdigest() == digest


def test_a_missed_target_exits_with_1_and_says_which(tmp_path, unmet_judgments):
    configured = tmp_path / "operator.sqlite3"
    digest = canary_database(configured)

    result = run_command(configured, "--json", "--judgments", str(unmet_judgments))

    assert result.returncode == 1
    report = json.loads(result.stdout)
    english = report["languages"][0]
    assert english["language"] == "en"
    assert english["queries"] == 1
    assert english["recall_at_10"] == 0
    assert english["failing"][0]["missed"] == ["rel-en-organ-donation"]
    assert "Targets missed: en: recall@10 0.000 is below 0.95." in result.stderr
    assert hashlib.sha256(configured.read_bytes()).hexdigest() == digest


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('language = "ar"\n[[query]\n', "is not valid TOML"),
        ('[[query]]\ntext = "بحقوق"\nrelevant = ["cut-off"]\n', "needs its language"),
        ('language = "he"\n', "holds no [[query]] table"),
        ('language = "he"\n[[query]]\ntext = "מעקב"\n', "names no relevant publication"),
        (
            'language = "he"\n[[query]]\ntext = "מעקב"\nrelevant = "silent-intrusion"\n',
            "relevant must be a list of publication keys",
        ),
        (
            'language = "ar"\n[[query]]\ntext = "لبن"\nrelevant = ["rel-ar-dairy-app"]\n'
            'must_not = ["rel-ar-dairy-app"]\n',
            "both relevant and must_not",
        ),
        (
            'language = "en"\n[[query]]\ntext = "news"\nrelevant = ["cut-off"]\nrank = 1\n',
            "unknown keys: rank",
        ),
    ],
)
def test_a_malformed_judgments_file_exits_with_2_naming_the_file_and_the_problem(
    tmp_path, content, problem
):
    judgments = tmp_path / "he.toml"
    judgments.write_text(content, encoding="utf-8")

    with pytest.raises(CommandError) as raised:
        call_command("search_quality", "--judgments", str(tmp_path))

    assert raised.value.returncode == 2
    assert str(judgments) in str(raised.value)
    assert problem in str(raised.value)


def test_a_missing_judgments_folder_exits_with_2(tmp_path):
    missing = tmp_path / "nowhere"

    with pytest.raises(CommandError, match="there is no judgments folder here") as raised:
        call_command("search_quality", "--judgments", str(missing))

    assert raised.value.returncode == 2
    assert str(missing) in str(raised.value)


def test_a_corpus_publication_without_its_title_exits_with_2(tmp_path):
    shutil.copy(JUDGMENTS / "en.toml", tmp_path / "en.toml")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "en.toml").write_text(
        '[[publication]]\nkey = "rel-en-untitled"\ntype = "report"\ndate = "2025-01-01"\n'
        'summary = "A summary."\nbody = ["A paragraph."]\n',
        encoding="utf-8",
    )

    with pytest.raises(CommandError, match="publication rel-en-untitled lacks") as raised:
        call_command("search_quality", "--judgments", str(tmp_path))

    assert raised.value.returncode == 2


def test_judged_publications_that_do_not_exist_are_named():
    judgment = Judgment("ar", "لبنان", ("rel-ar-lebanon-data-law", "rel-ar-lebanon-typo"))

    assert unknown_publications([judgment], {"rel-ar-lebanon-data-law"}) == [
        "ar query 'لبنان' names rel-ar-lebanon-typo, which is no publication of the demo or "
        "the relevance corpus."
    ]


def test_a_must_not_publication_above_a_relevant_one_is_counted_and_shown():
    judgment = Judgment("he", "מעקב", ("rel-he-location-tracking",), ("rel-he-court-delay",))
    outcome = Outcome(judgment, ("rel-he-court-delay", "rel-he-location-tracking"))
    report = {
        "engine": "sqlite-fts5",
        "database": "sqlite",
        "distractors": 0,
        "languages": [
            {
                "language": "he",
                "queries": 1,
                "recall_at_10": outcome.recall,
                "mrr": outcome.reciprocal_rank,
                "trap_queries": 1,
                "false_match_rate": 1.0,
                "must_not_above_relevant": 1,
                "failing": [
                    {
                        "text": "מעקב",
                        "missed": outcome.missed,
                        "must_not_above_relevant": outcome.outranking,
                        "first_ten": list(outcome.top),
                    }
                ],
            }
        ],
    }

    text = format_report(report)

    assert outcome.recall == 1
    assert outcome.reciprocal_rank == 0.5
    assert outcome.false_matches == ["rel-he-court-delay"]
    assert "he          1     1.000  0.500     1.000 of   1" in text
    assert "  he 'מעקב': must-not above relevant: rel-he-court-delay" in text


def test_figures_that_differ_from_an_earlier_run_exit_with_1_and_say_which(
    tmp_path, unmet_judgments
):
    configured = tmp_path / "operator.sqlite3"
    canary_database(configured)
    earlier = tmp_path / "earlier.json"
    earlier.write_text(
        json.dumps(
            {
                "engine": "postgres-fts",
                "database": "postgresql",
                "languages": [
                    {
                        "language": "en",
                        "queries": 1,
                        "recall_at_10": 1.0,
                        "mrr": 1.0,
                        "false_match_rate": 0.0,
                        "must_not_above_relevant": 0,
                    }
                ],
            }
        ),
        encoding="utf-8",
    )

    result = run_command(
        configured, "--no-targets", "--judgments", str(unmet_judgments), "--same-as", str(earlier)
    )

    assert result.returncode == 1
    assert f"The figures differ from {earlier}:" in result.stderr
    assert "en recall_at_10: 0.0 here, 1.0 with postgres-fts on postgresql." in result.stderr
    assert "en mrr: 0.0 here, 1.0 with postgres-fts on postgresql." in result.stderr


@pytest.mark.parametrize(
    ("content", "problem"),
    [("{not json", "is not a report of search_quality --json"), ("{}", "is not a report")],
)
def test_an_unreadable_earlier_report_exits_with_2(tmp_path, content, problem):
    earlier = tmp_path / "earlier.json"
    earlier.write_text(content, encoding="utf-8")

    with pytest.raises(CommandError, match=problem) as raised:
        call_command("search_quality", "--same-as", str(earlier))

    assert raised.value.returncode == 2
    assert str(earlier) in str(raised.value)


def test_a_missing_earlier_report_exits_with_2(tmp_path):
    with pytest.raises(CommandError, match="the report cannot be read") as raised:
        call_command("search_quality", "--same-as", str(tmp_path / "missing.json"))

    assert raised.value.returncode == 2
