import wagtail_factories
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from hub.demo.content import home_page_fields


class HomePageFactory(wagtail_factories.PageFactory):
    slug = "manara"
    title = home_page_fields("en")["title"]
    intro = home_page_fields("en")["intro"]
    body = home_page_fields("en")["body"]

    class Meta:
        model = HomePage


def build_home_tree() -> dict[str, HomePage]:
    """The English home page as the default site's root, with live Arabic and Hebrew
    translations (same translation key), as the demo builds them."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    home.save_revision().publish()
    Site.objects.filter(is_default_site=True).update(root_page=home)
    pages = {"en": home}
    for code in ("ar", "he"):
        translated = home.copy_for_translation(Locale.objects.get(language_code=code))
        for field, value in home_page_fields(code).items():
            setattr(translated, field, value)
        translated.save_revision().publish()
        pages[code] = HomePage.objects.get(pk=translated.pk)
    return pages
