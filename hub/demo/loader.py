"""Builds the demo site: home and library in every language, people, topics, twelve
publications with covers and PDFs, translated through wagtail-localize; and the demo users."""

import hashlib
import html
from datetime import date
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files import File
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from hub.demo import content, dataset
from hub.demo.translation import parallel_strings, translate
from hub.editorial.role_names import EDITORS, MODERATORS, locale_roles
from hub.resources.models import (
    CampaignToolkitPage,
    DownloadKind,
    Person,
    PolicyPaperPage,
    PublicationAuthor,
    PublicationDownload,
    PublicationRegion,
    PublicationTopic,
    ResearchReportPage,
    ResourceLibraryPage,
    Topic,
)

FILES = Path(__file__).resolve().parent / "files"
PAGE_MODELS = {
    "report": ResearchReportPage,
    "paper": PolicyPaperPage,
    "toolkit": CampaignToolkitPage,
}


def per_language(value, language):
    """The `language` version of a demo value: {"en": …, "ar": …} dicts are resolved at any
    depth, the rest is kept."""
    if isinstance(value, dict):
        if set(value) <= {"en", "ar", "he"} and value:
            return value[language]
        return {key: per_language(item, language) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(per_language(item, language) for item in value)
    return value


def memory_between(value, source_language, target_language):
    return dict(
        parallel_strings(per_language(value, source_language), per_language(value, target_language))
    )


def body_blocks(items):
    blocks = []
    for kind, text, *rest in items:
        if kind == "heading":
            blocks.append(("heading", {"text": text, "level": "h2"}))
        elif kind == "paragraph":
            blocks.append(("paragraph", f"<p>{html.escape(text, quote=False)}</p>"))
        elif kind == "quote":
            blocks.append(("quote", {"quote": text, "attribution": rest[0] if rest else ""}))
    return blocks


def file_hash(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()  # noqa: S324 - Wagtail's own file hash


class DemoLoader:
    def __init__(self, report):
        self.report = report  # called with one sentence per thing created
        self.source_locale = Locale.get_default()
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}

    def load(self, password: str) -> list[tuple[str, str]]:
        home = self.home_page()
        for code, locale in self.locales.items():
            if code != self.source_locale.language_code:
                translate(home, locale, self.page_memory("home", code))
        library = self.library(home)
        people = {
            person["key"]: self.snippet(Person, person, ("name", "role", "bio"))
            for person in dataset.people()
        }
        topics = {topic["key"]: self.topic(topic) for topic in dataset.topics()}
        for publication in dataset.publications():
            self.publication(library, publication, people, topics)
        return self.users(password)

    # Home and library -----------------------------------------------------------------------

    def page_memory(self, page, language):
        source = content.page_text(page, self.source_locale.language_code)
        return dict(parallel_strings(source, content.page_text(page, language)))

    def home_page(self) -> HomePage:
        home = HomePage.objects.filter(locale=self.source_locale).first()
        if home is not None:
            return home
        root = Page.get_first_root_node()
        # Wagtail's migrations leave a "Welcome to your new Wagtail site!" page at the top.
        Page.objects.filter(depth=2, content_type__model="page", locale=self.source_locale).delete()
        root.refresh_from_db()
        home = root.add_child(instance=HomePage(slug="home", **content.home_page_fields("en")))
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.root_page = home
        site.site_name = content.ORGANISATION["en"]
        site.hostname = site.hostname or "localhost"
        site.port = site.port or 80
        site.save()
        self.report("Created the home page.")
        return home

    def library(self, home) -> ResourceLibraryPage:
        library = ResourceLibraryPage.objects.child_of(home).first()
        if library is None:
            home.refresh_from_db()
            library = home.add_child(
                instance=ResourceLibraryPage(slug="library", **content.page_text("library", "en"))
            )
            library.save_revision().publish()
            self.report("Created the resource library.")
        for code, locale in self.locales.items():
            if code != "en":
                translate(library, locale, self.page_memory("library", code))
        return library

    # People and topics ----------------------------------------------------------------------

    def snippet(self, model, data, fields):
        english = per_language(data, "en")
        instance = model.objects.filter(locale=self.source_locale, name=english["name"]).first()
        if instance is None:
            instance = model(locale=self.source_locale, **{f: english[f] for f in fields})
            instance.save()
            instance.save_revision().publish()
            self.report(f"Created {model._meta.verbose_name} {instance}.")
        texts = {field: data[field] for field in fields}
        for code, locale in self.locales.items():
            if code != "en":
                translate(instance, locale, memory_between(texts, "en", code))
        return instance

    def topic(self, data):
        topic = Topic.objects.filter(locale=self.source_locale, slug=data["key"]).first()
        if topic is None:
            topic = Topic(
                locale=self.source_locale,
                slug=data["key"],
                name=data["name"]["en"],
                description=data["description"]["en"],
            )
            topic.save()
            topic.save_revision().publish()
            self.report(f"Created topic {topic}.")
        texts = {"name": data["name"], "description": data["description"]}
        for code, locale in self.locales.items():
            if code != "en":
                translate(topic, locale, memory_between(texts, "en", code))
        return topic

    # Files ----------------------------------------------------------------------------------

    def stored_file(self, model, path: Path, title: str):
        """The Image or Document made from a demo file, found again by its content's hash."""
        instance = model.objects.filter(file_hash=file_hash(path)).first()
        if instance is None:
            with path.open("rb") as handle:
                instance = model(title=title, file=File(handle, name=path.name))
                instance.save()
        return instance

    # Publications ---------------------------------------------------------------------------

    def publication(self, library, data, people, topics):
        model = PAGE_MODELS[data["type"]]
        page = model.objects.child_of(library).filter(slug=data["slug"]).first()
        if page is None:
            page = self.create_publication(library, model, data, people, topics)
        for code in data["languages"][1:]:
            translate(page, self.locales[code], self.publication_memory(data, code))

    def create_publication(self, library, model, data, people, topics):
        english = per_language(data, "en")
        fields = {
            "slug": data["slug"],
            "title": english["title"],
            "summary": english["summary"],
            "publication_date": date.fromisoformat(data["date"]),
            "doi": data.get("doi", ""),
            "body": body_blocks(english["body"]),
            "cover_image": self.stored_file(
                Image, FILES / "covers" / f"{data['slug']}.jpg", english["title"]
            ),
        }
        if model is ResearchReportPage:
            fields["key_findings"] = [("finding", text) for text in english["key_findings"]]
            fields["methodology"] = f"<p>{html.escape(english['methodology'], quote=False)}</p>"
        elif model is PolicyPaperPage:
            fields["recommendations"] = [
                ("recommendation", {"addressee": item["addressee"], "text": item["text"]})
                for item in english["recommendations"]
            ]
        else:
            posts = {post["platform"]: post["text"] for post in english["posts"]}
            fields.update(
                goal=english["goal"],
                call_to_action=english["call_to_action"],
                steps=[("step", step) for step in english["steps"]],
                share_posts=[("posts", posts)],
                hashtags=" ".join(data["hashtags"]),
                campaign_start=date.fromisoformat(data["campaign_start"]),
                campaign_end=date.fromisoformat(data["campaign_end"]),
                partners=[("partner", {"name": name, "url": ""}) for name in english["partners"]],
            )
        page = model(**fields)
        page.authors = [PublicationAuthor(person=people[key]) for key in data["authors"]]
        page.topics = [PublicationTopic(topic=topics[key]) for key in data["topics"]]
        page.regions = [PublicationRegion(region=code) for code in data["regions"]]
        page.downloads = [
            PublicationDownload(
                document=self.stored_file(
                    Document,
                    FILES / "pdf" / f"{data['slug']}.{code}.pdf",
                    per_language(data, code)["title"],
                ),
                label=content.DOWNLOAD_LABELS["en"][code],
                language=code,
                kind=DownloadKind.FULL_TEXT,
            )
            for code in data["languages"]
        ]
        library.refresh_from_db()
        library.add_child(instance=page)
        page.save_revision().publish()
        self.report(f"Created the {model._meta.verbose_name} “{page.title}”.")
        return page

    def publication_memory(self, data, language):
        texts = {
            key: data[key]
            for key in (
                "title",
                "summary",
                "body",
                "key_findings",
                "methodology",
                "recommendations",
                "goal",
                "call_to_action",
                "steps",
                "posts",
                "partners",
            )
            if key in data
        }
        memory = memory_between(texts, "en", language)
        memory.update(
            zip(
                content.DOWNLOAD_LABELS["en"].values(),
                content.DOWNLOAD_LABELS[language].values(),
                strict=True,
            )
        )
        hashtags = " ".join(data.get("hashtags", []))
        memory[hashtags] = hashtags
        return memory

    # Users ----------------------------------------------------------------------------------

    def users(self, password: str) -> list[tuple[str, str]]:
        User = get_user_model()
        accounts = [
            ("admin", "Administrator (superuser)", None),
            ("editor", EDITORS, EDITORS),
            ("moderator", MODERATORS, MODERATORS),
        ]
        for roles in locale_roles():
            code = roles.language_code
            accounts.append((f"translator-{code}", roles.translators, roles.translators))
            accounts.append((f"moderator-{code}", roles.moderators, roles.moderators))
        for username, _role, group_name in accounts:
            if User.objects.filter(username=username).exists():
                continue
            if group_name is None:
                User.objects.create_superuser(username, f"{username}@localhost", password)
            else:
                user = User.objects.create_user(username, f"{username}@localhost", password)
                user.groups.add(Group.objects.get(name=group_name))
            self.report(f"Created the user {username}.")
        return [(username, role) for username, role, _group in accounts]
