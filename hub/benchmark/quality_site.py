"""The site the relevance test set is judged on: the demo, the relevance corpus (publications
written for the test set, in tests/search/relevance/corpus/<language>.toml) and, optionally,
distractors from the benchmark's synthetic corpus; indexed by the configured engine and
searched through the library-search use case the page and the API share.

A corpus file holds `[[publication]]` tables: `key` (its slug, and its name in judgments),
`type` (report, paper or toolkit), `date`, `title`, `summary`, `body` (paragraphs) and, for a
toolkit, its `goal` and `call_to_action`. Each is one page in its file's language, created as
the benchmark creates its pages."""

import datetime
import io
import tomllib
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.core.management import call_command
from django.http import QueryDict
from django.test import RequestFactory

from hub.benchmark import corpus
from hub.benchmark.plan import PlannedPublication, plan_corpus
from hub.benchmark.quality import DEPTH, Judgment, JudgmentsError, Outcome
from hub.resources.catalogue import PublicationPage
from search.library import search_library
from search.query import parse_search

JUDGMENTS = Path(__file__).resolve().parents[2] / "tests" / "search" / "relevance"
CORPUS_FOLDER = "corpus"
# Relevance corpus translation keys are UUID5s in this namespace, so each run makes the same.
NAMESPACE = uuid.UUID("2b9e54d1-7c0a-4f3e-8d6b-5a1c9e07f342")
# Past the benchmark corpus's numbers, which distractors take from 1.
FIRST_NUMBER = 900_001


@dataclass(frozen=True)
class RelevancePublication(PlannedPublication):
    """A corpus publication: a planned page whose slug is its key."""

    key: str = ""

    @property
    def slug(self) -> str:
        return self.key


def read_corpus(folder: Path) -> list[RelevancePublication]:
    """The publications of every `<language>.toml` in the folder."""
    plans = []
    for path in sorted(folder.glob("*.toml")):
        try:
            with path.open("rb") as handle:
                entries = tomllib.load(handle).get("publication", [])
        except tomllib.TOMLDecodeError as error:
            raise JudgmentsError(f"{path}: the file is not valid TOML ({error}).") from error
        for entry in entries:
            plans.append(planned(path, len(plans), entry))
    return plans


def planned(path: Path, index: int, entry: dict) -> RelevancePublication:
    try:
        publication_type = entry["type"]
        type_texts = {
            "report": (),
            "paper": (),
            "toolkit": (entry.get("goal", ""), entry.get("call_to_action", "")),
        }[publication_type]
        return RelevancePublication(
            number=FIRST_NUMBER + index,
            group=FIRST_NUMBER + index,
            translation_key=uuid.uuid5(NAMESPACE, entry["key"]),
            language=path.stem,
            publication_type=publication_type,
            title=entry["title"],
            summary=entry["summary"],
            body=tuple(("paragraph", paragraph) for paragraph in entry["body"]),
            type_texts=type_texts,
            date=datetime.date.fromisoformat(str(entry["date"])),
            people=(),
            topics=(),
            regions=("PS",),
            key=entry["key"],
        )
    except (KeyError, TypeError, ValueError) as error:
        name = entry.get("key", f"number {index + 1}") if isinstance(entry, dict) else index + 1
        raise JudgmentsError(
            f"{path}: publication {name} lacks or mistypes a field ({error})."
        ) from error


def build_site(judgments_folder: Path, distractors: int = 0) -> set[str]:
    """Loads the demo, the relevance corpus and the distractors into the current database and
    rebuilds the index from it; returns the keys a judgment may name."""
    plans = read_corpus(judgments_folder / CORPUS_FOLDER)
    with corpus.quiet_page_log():
        call_command("load_demo", stdout=io.StringIO())
        corpus.create_corpus([*plan_corpus(distractors), *plans] if distractors else plans)
        call_command("search_index", "rebuild", "--noinput", stdout=io.StringIO())
    return set(publication_keys().values())


def publication_keys() -> dict[str, str]:
    """Translation key → the publication's key: its slug in its source (first) language."""
    keys = {}
    for translation_key, slug in PublicationPage.objects.order_by("pk").values_list(
        "translation_key", "slug"
    ):
        keys.setdefault(str(translation_key), slug)
    return keys


def run_judgments(judgments: list[Judgment]) -> list[Outcome]:
    """Each judged query through search_library, as the API asks it (the reader's language,
    relevance order), reading the first DEPTH results."""
    keys = publication_keys()
    request = RequestFactory().get("/api/search/")
    outcomes = []
    for judgment in judgments:
        params = QueryDict(mutable=True)
        params.update({"q": judgment.text, "page_size": str(DEPTH)})
        parsed = parse_search(params, judgment.language, api=True)
        found = search_library(parsed, request).results.hits
        outcomes.append(
            Outcome(judgment, tuple(keys.get(hit.translation_key, "") for hit in found))
        )
    return outcomes
