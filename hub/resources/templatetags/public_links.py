from django import template

from hub.resources.rich_text import public_page_urls

register = template.Library()


@register.simple_tag
def cards_with_links(cards):
    """(card, URL) pairs: the URL of the card's page where a public link may lead (see
    hub.resources.rich_text), else None, and the card is shown without a link."""
    urls = public_page_urls([card["page"].pk if card["page"] else None for card in cards])
    return list(zip(cards, urls, strict=True))
