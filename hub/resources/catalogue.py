"""What the layers above the publications (search) may know of them: the publication types,
the regions, the models the index is built from and watched on, and the prefetch of the
people and topics in the reader's language (or of the authors only, for result cards).
Everything else in hub.resources is its own."""

from hub.resources.models import (
    CampaignToolkitPage,
    Person,
    PolicyPaperPage,
    PublicationAuthor,
    PublicationDownload,
    PublicationPage,
    PublicationRegion,
    PublicationTopic,
    ResearchReportPage,
    ResourceLibraryPage,
    Topic,
)
from hub.resources.models.base import (
    prefetch_localized_people_and_topics,
    prefetch_localized_snippets,
)
from hub.resources.models.types import publication_types
from hub.resources.regions import REGION_CODES, region_name

__all__ = [
    "REGION_CODES",
    "CampaignToolkitPage",
    "Person",
    "PolicyPaperPage",
    "PublicationAuthor",
    "PublicationDownload",
    "PublicationPage",
    "PublicationRegion",
    "PublicationTopic",
    "ResearchReportPage",
    "ResourceLibraryPage",
    "Topic",
    "prefetch_localized_people_and_topics",
    "prefetch_localized_snippets",
    "publication_types",
    "region_name",
]
