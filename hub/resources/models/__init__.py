from hub.resources.models.base import (
    DownloadKind,
    PublicationAuthor,
    PublicationDownload,
    PublicationPage,
    PublicationRegion,
    PublicationTopic,
    RelatedPublication,
)
from hub.resources.models.library import ResourceLibraryPage
from hub.resources.models.papers import PolicyPaperPage
from hub.resources.models.reports import ResearchReportPage
from hub.resources.models.snippets import Person, Topic
from hub.resources.models.toolkits import CampaignToolkitPage

__all__ = [
    "CampaignToolkitPage",
    "DownloadKind",
    "Person",
    "PolicyPaperPage",
    "PublicationAuthor",
    "PublicationDownload",
    "PublicationPage",
    "PublicationRegion",
    "PublicationTopic",
    "RelatedPublication",
    "ResearchReportPage",
    "ResourceLibraryPage",
    "Topic",
]
