"""The demo's publications, people, topics and pages, read from the folders under `data/`.

Each item is a folder named `<number>-<key>`: the number orders the items (the order the demo
creates them in), the key is the slug of a publication or the key of a person or topic.
`meta.toml`, where there is one, holds what every language shares (a publication's type, date,
authors, topics, regions, languages...); `<language>.toml` holds the item's text in that
language, with the same fields in every language. A publication's `languages` list its
languages, the source first, and its folder holds exactly their files. Its `pdf` is the text of
its downloadable PDF (a title line, then paragraphs) and `pdf_only_words` the words found in
that PDF only (`build_files.py` checks them in the extracted text). Its `body` is a list of
blocks, each with one of `heading`, `paragraph` or `quote` (and a quote's `attribution`).

An item is read as one dict: its key, the shared values as written, and each text field as
{language: value}. So adding a publication means adding its folder, and no code.

Read with the standard library only: the Lucene tests read the demo text without Django."""

import tomllib
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
SHARED = "meta.toml"
BLOCK_KINDS = ("heading", "paragraph", "quote")


class DemoDataError(Exception):
    """A demo folder that does not hold what the loader expects."""


@cache
def publications() -> list[dict]:
    return [with_body_blocks(item) for item in read_items(DATA / "publications", "slug")]


@cache
def people() -> list[dict]:
    return read_items(DATA / "people", "key")


@cache
def topics() -> list[dict]:
    return read_items(DATA / "topics", "key")


@cache
def pages() -> dict[str, dict]:
    """The home and library pages' text, by page key: {field: {language: value}}."""
    return {item.pop("key"): item for item in read_items(DATA / "pages", "key")}


def read_items(folder: Path, key_name: str) -> list[dict]:
    return [read_item(path, key_name) for path in sorted(folder.iterdir()) if path.is_dir()]


def read_item(folder: Path, key_name: str) -> dict:
    number, separator, key = folder.name.partition("-")
    if not (number.isdigit() and separator and key):
        raise DemoDataError(f"{folder}: the folder's name must be <number>-<key>.")
    shared_path = folder / SHARED
    shared = read_toml(shared_path) if shared_path.exists() else {}
    texts = {
        path.stem: read_toml(path) for path in sorted(folder.glob("*.toml")) if path != shared_path
    }
    languages = shared.get("languages", list(texts))
    if sorted(languages) != sorted(texts):
        raise DemoDataError(f"{folder}: languages {languages} but text files for {list(texts)}.")
    fields = list(texts[languages[0]])
    for language, text in texts.items():
        if list(text) != fields:
            raise DemoDataError(f"{folder}/{language}.toml: fields {list(text)}, not {fields}.")
    item = {key_name: key, **shared}
    for field in fields:
        item[field] = {language: texts[language][field] for language in languages}
    return item


def read_toml(path: Path) -> dict:
    with path.open("rb") as handle:
        try:
            return tomllib.load(handle)
        except tomllib.TOMLDecodeError as error:
            raise DemoDataError(f"{path}: {error}") from error


def with_body_blocks(publication: dict) -> dict:
    """The body's blocks as (kind, text) pairs, and (kind, text, attribution) for a quote."""
    publication["body"] = {
        language: [body_block(block, publication["slug"]) for block in blocks]
        for language, blocks in publication["body"].items()
    }
    return publication


def body_block(block: dict, slug: str) -> tuple[str, ...]:
    kinds = [kind for kind in BLOCK_KINDS if kind in block]
    allowed = {"quote", "attribution"} if kinds == ["quote"] else set(kinds)
    if len(kinds) != 1 or set(block) - allowed:
        raise DemoDataError(f"{slug}: a body block needs one of {BLOCK_KINDS}, not {list(block)}.")
    kind = kinds[0]
    if kind == "quote":
        return (kind, block[kind], block.get("attribution", ""))
    return (kind, block[kind])
