"""Publications, people and topics for tests, in real English, Arabic and Hebrew."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale, Page

from hub.resources.models import (
    CampaignToolkitPage,
    Person,
    PolicyPaperPage,
    PublicationAuthor,
    PublicationRegion,
    PublicationTopic,
    ResearchReportPage,
    ResourceLibraryPage,
    Topic,
)
from tests.home.factories import build_home_tree


class PersonFactory(factory.django.DjangoModelFactory):
    name = "Lina Haddad"
    role = "Senior researcher"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Person


class TopicFactory(factory.django.DjangoModelFactory):
    name = "Platform censorship"
    slug = "platform-censorship"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Topic


class ResourceLibraryPageFactory(wagtail_factories.PageFactory):
    title = "Resource library"
    slug = "library"

    class Meta:
        model = ResourceLibraryPage


class PublicationFactory(wagtail_factories.PageFactory):
    publication_date = datetime.date(2025, 3, 14)

    @factory.post_generation
    def people(page, create, people, **kwargs):
        for order, person in enumerate(people or []):
            PublicationAuthor.objects.create(page=page, person=person, sort_order=order)

    @factory.post_generation
    def subjects(page, create, topics, **kwargs):
        for order, topic in enumerate(topics or []):
            PublicationTopic.objects.create(page=page, topic=topic, sort_order=order)

    @factory.post_generation
    def countries(page, create, codes, **kwargs):
        for order, code in enumerate(codes or []):
            PublicationRegion.objects.create(page=page, region=code, sort_order=order)


class ResearchReportPageFactory(PublicationFactory):
    title = "Erased: content takedowns during the May escalation"
    slug = "erased"
    summary = "How platforms removed Palestinian documentation of human-rights violations."

    class Meta:
        model = ResearchReportPage
        skip_postgeneration_save = True


class PolicyPaperPageFactory(PublicationFactory):
    title = "Transparency reporting in every language"
    slug = "transparency-in-every-language"
    summary = "Why platforms must publish moderation data for Arabic and Hebrew separately."

    class Meta:
        model = PolicyPaperPage
        skip_postgeneration_save = True


class CampaignToolkitPageFactory(PublicationFactory):
    title = "Secure your phone before the protest"
    slug = "secure-your-phone"
    summary = "Six steps to protect yourself and the people in your contacts."
    goal = "Every protester leaves home with a phone that gives nothing away."
    call_to_action = "Share this toolkit with your group before Friday."

    class Meta:
        model = CampaignToolkitPage
        skip_postgeneration_save = True


def translate(page, language, **fields):
    """A live translation of a page or snippet, as a translator would leave it."""
    translated = page.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(translated, name, value)
    if isinstance(translated, Page):
        translated.save_revision().publish()
        return type(page).objects.get(pk=translated.pk)
    translated.save()
    translated.save_revision().publish()
    return translated


def build_library_tree() -> dict:
    """Home and library in three languages, two people and two topics with Arabic versions,
    and one publication of each type (the report in all three languages)."""
    homes = build_home_tree()
    library = ResourceLibraryPageFactory(parent=homes["en"])
    libraries = {"en": library}
    libraries["ar"] = translate(library, "ar", title="مكتبة الموارد")
    libraries["he"] = translate(library, "he", title="ספריית המשאבים")

    lina = PersonFactory()
    sami = PersonFactory(name="Sami Khoury", role="Policy lead")
    translate(lina, "ar", name="لينا حداد", role="باحثة أولى")
    translate(sami, "ar", name="سامي خوري", role="مسؤول السياسات")
    censorship = TopicFactory()
    security = TopicFactory(name="Digital security", slug="digital-security")
    translate(censorship, "ar", name="الرقابة على المنصات")
    translate(security, "ar", name="الأمان الرقمي")

    report = ResearchReportPageFactory(
        parent=library,
        people=[lina, sami],
        subjects=[censorship],
        countries=["PS", "IL"],
        key_findings=[("finding", "Over 1,000 posts documenting violations were removed.")],
    )
    report.save_revision().publish()
    paper = PolicyPaperPageFactory(
        parent=library,
        people=[sami],
        subjects=[censorship],
        publication_date=datetime.date(2024, 11, 2),
        recommendations=[
            ("recommendation", {"addressee": "platforms", "text": "Publish data per language."})
        ],
    )
    toolkit = CampaignToolkitPageFactory(
        parent=library,
        people=[lina],
        subjects=[security],
        publication_date=datetime.date(2023, 6, 1),
    )
    reports = {
        "en": report,
        "ar": translate(
            report,
            "ar",
            title="محوٌ ممنهج: حذف المحتوى خلال تصعيد أيار",
            summary="كيف حذفت المنصات توثيق الفلسطينيين لانتهاكات حقوق الإنسان.",
        ),
        "he": translate(
            report,
            "he",
            title="נמחק: הסרת תכנים בזמן ההסלמה במאי",
            summary="איך הפלטפורמות הסירו תיעוד פלסטיני של הפרות זכויות אדם.",
        ),
    }
    papers = {
        "en": paper,
        "ar": translate(
            paper,
            "ar",
            title="الشفافية بكل اللغات",
            summary="لماذا يجب نشر بيانات الإشراف على المحتوى لكل لغة على حدة.",
        ),
    }
    return {
        "homes": homes,
        "libraries": libraries,
        "reports": reports,
        "papers": papers,
        "toolkit": toolkit,
        "people": (lina, sami),
        "topics": (censorship, security),
    }
