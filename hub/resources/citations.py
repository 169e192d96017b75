"""How to cite a publication: APA and Chicago text for the page, BibTeX and RIS to download.
Names and titles stay in their own script; nothing is transliterated."""

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

# What BibTeX and LaTeX read as commands, groups or markup, written as the literal characters.
# One pass: the braces of \textbackslash{} must not be escaped again.
BIBTEX_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
BIBTEX_SPECIAL = re.compile("|".join(re.escape(char) for char in BIBTEX_ESCAPES))
# url and doi are verbatim fields: escapes would be read literally, but a brace would still
# end the field, so braces and backslashes are percent-encoded as in any URL.
BIBTEX_VERBATIM_UNSAFE = "\\{}"
BIBLATEX_LANGUAGES = {"en": "english", "ar": "arabic", "he": "hebrew"}


def is_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


@dataclass(frozen=True)
class Author:
    name: str

    @property
    def family(self) -> str:
        return self.name.rsplit(" ", 1)[-1]

    @property
    def given(self) -> str:
        return self.name.rsplit(" ", 1)[0] if " " in self.name else ""

    @property
    def inverted(self) -> str:
        """ "Haddad, Lina" for Latin names; names in Arabic or Hebrew script as written, since
        their given/family order does not reliably follow the last space."""
        return f"{self.family}, {self.given}" if self.given and is_latin(self.name) else self.name

    @property
    def apa(self) -> str:
        if not (self.given and is_latin(self.name)):
            return self.name
        initials = " ".join(f"{part[0]}." for part in self.given.split())
        return f"{self.family}, {initials}"


@dataclass(frozen=True)
class Citation:
    title: str
    authors: list[Author]
    publisher: str
    published: date
    url: str
    language: str
    kind: str  # "report", "paper" or "toolkit"
    type_label: str
    summary: str = ""
    doi: str = ""
    isbn: str = ""
    key: str = ""

    @property
    def link(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else self.url

    def apa(self) -> str:
        names = [author.apa for author in self.authors]
        if len(names) > 1:
            names = [", ".join(names[:-1]) + ", & " + names[-1]]
        who = names[0] if names else self.publisher
        year = self.published.year
        return f"{who} ({year}). {self.title} [{self.type_label}]. {self.publisher}. {self.link}"

    def chicago(self) -> str:
        names = [self.authors[0].inverted] if self.authors else [self.publisher]
        names += [author.name for author in self.authors[1:]]
        who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", and " + names[-1]
        return f"{who}. {self.title}. {self.publisher}, {self.published.year}. {self.link}."

    def bibtex(self) -> str:
        entry_type = "misc" if self.kind == "toolkit" else "techreport"
        fields = {
            "author": " and ".join(bibtex_escape(a.inverted) for a in self.authors),
            "title": "{" + bibtex_escape(self.title) + "}",
            ("howpublished" if entry_type == "misc" else "institution"): bibtex_escape(
                self.publisher
            ),
            "type": bibtex_escape(self.type_label),
            "year": str(self.published.year),
            "month": str(self.published.month),
            "date": self.published.isoformat(),
            "url": bibtex_verbatim(self.url),
            "langid": BIBLATEX_LANGUAGES.get(self.language, self.language),
            "doi": bibtex_verbatim(self.doi),
            "isbn": self.isbn,
            "abstract": bibtex_escape(self.summary),
        }
        lines = [f"@{entry_type}{{{self.key},"]
        lines += [f"  {name} = {{{value}}}," for name, value in fields.items() if value]
        lines.append("}")
        return "\n".join(lines) + "\n"

    def ris(self) -> str:
        fields = [("TY", "RPRT" if self.kind != "toolkit" else "GEN")]
        fields += [("AU", author.inverted) for author in self.authors]
        fields += [
            ("TI", self.title),
            ("PY", str(self.published.year)),
            ("DA", self.published.strftime("%Y/%m/%d")),
            ("PB", self.publisher),
            ("M3", self.type_label),
            ("LA", self.language),
            ("UR", self.url),
            ("DO", self.doi),
            ("SN", self.isbn),
            ("AB", self.summary),
        ]
        lines = [f"{tag}  - {one_line(value)}" for tag, value in fields if value]
        lines.append("ER  - ")
        return "\r\n".join(lines) + "\r\n"


def bibtex_escape(text: str) -> str:
    return BIBTEX_SPECIAL.sub(lambda match: BIBTEX_ESCAPES[match.group()], one_line(text))


def bibtex_verbatim(text: str) -> str:
    return "".join(quote(char) if char in BIBTEX_VERBATIM_UNSAFE else char for char in text)


def one_line(text: str) -> str:
    return " ".join(text.split())
