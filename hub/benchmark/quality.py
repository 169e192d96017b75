"""The relevance test set's judgments and the figures `search_quality` computes from them.

A judgments file (`<language>.toml` in tests/search/relevance/) holds its `language` and a list
of `[[query]]` tables: the query's `text`, the publications a reader judges `relevant` and,
optionally, those that must not match (`must_not`: a false conflation). Publications are named
by their demo folder's slug or their relevance corpus key, which are stable across runs.

Figures per language: recall@10 (the share of a query's relevant publications in its first
ten results, out of at most ten), MRR (the mean of 1 / the rank of the first relevant
publication in the first ten, 0 when none is there), the false-match rate (the share of the
queries with must-not publications that show one in the first ten) and the number of queries
where a must-not publication ranks above a relevant one (or is found while a relevant one is
not). Read with the standard library only."""

import json
import math
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

TOP = 10
# The results read per query: enough to see a must-not publication ranked above a relevant one
# that falls past the first ten.
DEPTH = 50
RECALL_TARGET = 0.95


class JudgmentsError(Exception):
    """A judgments file that is missing or does not hold what a judgment needs."""


@dataclass(frozen=True)
class Judgment:
    language: str
    text: str
    relevant: tuple[str, ...]
    must_not: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    """One judged query and the publications it found, best first."""

    judgment: Judgment
    found: tuple[str, ...]

    @property
    def top(self) -> tuple[str, ...]:
        return self.found[:TOP]

    @property
    def recall(self) -> float:
        relevant = set(self.judgment.relevant)
        return len(relevant & set(self.top)) / min(len(relevant), TOP)

    @property
    def reciprocal_rank(self) -> float:
        relevant = set(self.judgment.relevant)
        return next(
            (1 / rank for rank, key in enumerate(self.top, start=1) if key in relevant), 0.0
        )

    @property
    def false_matches(self) -> list[str]:
        """The must-not publications in the first ten."""
        return [key for key in self.top if key in self.judgment.must_not]

    @property
    def outranking(self) -> list[str]:
        """The must-not publications found above a relevant one (one found lower or not at all)."""
        ranks = {key: rank for rank, key in enumerate(self.found)}
        lowest_relevant = max(
            (ranks.get(key, len(self.found)) for key in self.judgment.relevant), default=-1
        )
        return [key for key in self.judgment.must_not if ranks.get(key, math.inf) < lowest_relevant]

    @property
    def missed(self) -> list[str]:
        """The relevant publications not in the first ten."""
        return [key for key in self.judgment.relevant if key not in self.top]


@dataclass
class Figures:
    language: str
    engine: str
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def queries(self) -> int:
        return len(self.outcomes)

    @property
    def recall_at_10(self) -> float:
        return mean([outcome.recall for outcome in self.outcomes])

    @property
    def mrr(self) -> float:
        return mean([outcome.reciprocal_rank for outcome in self.outcomes])

    @property
    def trap_queries(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.judgment.must_not)

    @property
    def false_match_rate(self) -> float:
        with_traps = [outcome for outcome in self.outcomes if outcome.judgment.must_not]
        return mean([1.0 if outcome.false_matches else 0.0 for outcome in with_traps])

    @property
    def outranked(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.outranking)

    def missed_targets(self) -> list[str]:
        """Sentences for the issue's targets this language misses."""
        missed = []
        if self.recall_at_10 < RECALL_TARGET:
            missed.append(
                f"{self.language}: recall@10 {self.recall_at_10:.3f} is below {RECALL_TARGET}."
            )
        if self.outranked:
            missed.append(
                f"{self.language}: in {self.outranked} queries a must-not publication ranks "
                "above a relevant one."
            )
        return missed

    def failing(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.missed or outcome.outranking]

    def as_dict(self) -> dict:
        return {
            "language": self.language,
            "engine": self.engine,
            "queries": self.queries,
            "recall_at_10": round(self.recall_at_10, 3),
            "mrr": round(self.mrr, 3),
            "trap_queries": self.trap_queries,
            "false_match_rate": round(self.false_match_rate, 3),
            "must_not_above_relevant": self.outranked,
            "failing": [
                {
                    "text": outcome.judgment.text,
                    "missed": outcome.missed,
                    "must_not_above_relevant": outcome.outranking,
                    "first_ten": list(outcome.top),
                }
                for outcome in self.failing()
            ],
        }


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def load_judgments(folder: Path) -> list[Judgment]:
    """Every judgment in the folder's `*.toml` files (its `corpus/` subfolder is not read)."""
    if not folder.is_dir():
        raise JudgmentsError(f"{folder}: there is no judgments folder here.")
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        raise JudgmentsError(f"{folder}: the folder holds no judgments file (*.toml).")
    return [judgment for path in paths for judgment in read_judgments(path)]


def read_judgments(path: Path) -> list[Judgment]:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise JudgmentsError(f"{path}: the file cannot be read ({error.strerror}).") from error
    except tomllib.TOMLDecodeError as error:
        raise JudgmentsError(f"{path}: the file is not valid TOML ({error}).") from error
    language = data.get("language")
    if not isinstance(language, str) or not language:
        raise JudgmentsError(f'{path}: the file needs its language, as language = "ar".')
    queries = data.get("query")
    if not isinstance(queries, list) or not queries:
        raise JudgmentsError(f"{path}: the file holds no [[query]] table.")
    return [judgment(path, language, number, entry) for number, entry in enumerate(queries, 1)]


def judgment(path: Path, language: str, number: int, entry: dict) -> Judgment:
    where = f"{path}: query {number}"
    text = entry.get("text")
    if not isinstance(text, str) or not text.strip():
        raise JudgmentsError(f"{where} has no text.")
    unknown = set(entry) - {"text", "relevant", "must_not"}
    if unknown:
        raise JudgmentsError(f"{where} ({text}) has unknown keys: {', '.join(sorted(unknown))}.")
    relevant = keys(entry.get("relevant", []), f"{where} ({text})", "relevant")
    if not relevant:
        raise JudgmentsError(f"{where} ({text}) names no relevant publication.")
    must_not = keys(entry.get("must_not", []), f"{where} ({text})", "must_not")
    both = set(relevant) & set(must_not)
    if both:
        raise JudgmentsError(
            f"{where} ({text}) has {', '.join(sorted(both))} both relevant and must_not."
        )
    return Judgment(language, text, relevant, must_not)


def keys(value, where: str, name: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(key, str) and key for key in value):
        raise JudgmentsError(f"{where}: {name} must be a list of publication keys.")
    return tuple(value)


def unknown_publications(judgments: list[Judgment], known: set[str]) -> list[str]:
    """Sentences for the judged publications that are neither a demo slug nor a corpus key."""
    return [
        f"{judgment.language} query {judgment.text!r} names {key}, which is no publication "
        "of the demo or the relevance corpus."
        for judgment in judgments
        for key in (*judgment.relevant, *judgment.must_not)
        if key not in known
    ]


# The figures two runs must agree on (the same judged set on two databases or engines).
COMPARED_FIGURES = ("queries", "recall_at_10", "mrr", "false_match_rate", "must_not_above_relevant")


def read_report(path: Path) -> dict:
    """A report printed by `search_quality --json`."""
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
        rows = {row["language"]: row for row in report["languages"]}
    except OSError as error:
        raise JudgmentsError(f"{path}: the report cannot be read ({error.strerror}).") from error
    except (ValueError, KeyError, TypeError) as error:
        raise JudgmentsError(
            f"{path}: this is not a report of search_quality --json ({error})."
        ) from error
    return {"engine": report.get("engine"), "database": report.get("database"), "rows": rows}


def differences(report: dict, other: dict) -> list[str]:
    """Sentences for every figure of `report` that `other` (a `read_report`) does not share."""
    found = []
    where = f"{other['engine']} on {other['database']}"
    for row in report["languages"]:
        theirs = other["rows"].get(row["language"])
        if theirs is None:
            found.append(f"{row['language']}: no figures for this language from {where}.")
            continue
        found.extend(
            f"{row['language']} {name}: {row[name]} here, {theirs.get(name)} with {where}."
            for name in COMPARED_FIGURES
            if row[name] != theirs.get(name)
        )
    return found
